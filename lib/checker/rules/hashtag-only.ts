import { defineRule } from '../rule';
import { hitMessage } from '../messages';
import { trimmedRange } from '../text';

export default defineRule({
  meta: {
    id: 'hashtag-only',
    family: 'missing-value',
    description: 'A post made only of hashtags (and emoji).',
    why: 'Tags tell feeds where to put a post; without words there is nothing for the reader once it gets there.',
    weight: 2,
  },
  check({ doc }) {
    if (doc.hashtags.length === 0 || doc.words.length > 0 || doc.urls.length > 0) return [];
    return [
      {
        ...trimmedRange(doc.text),
        ...hitMessage('hashtagOnly'),
        suggestion: 'Write one sentence about what the post is: what you made, learned or want to ask, and keep one tag.',
      },
    ];
  },
});
