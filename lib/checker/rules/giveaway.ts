import { defineRule, type RuleInput } from '../rule';
import { hitMessage } from '../messages';

/** A prize alone is not the problem; the entry mechanics (like, share, tag, follow) are. */
export function entryByEngagement(input: RuleInput): boolean {
  return input.find('bait').length + input.find('callToAction').length > 0;
}

export default defineRule({
  meta: {
    id: 'giveaway',
    family: 'self-promotion',
    description: 'A giveaway whose entry is liking, sharing, following or tagging friends.',
    why: 'Entry-by-engagement grows the count, not the audience: people who came for a prize leave after the draw.',
    weight: 2.5,
  },
  check(input) {
    const keyword = input.find('giveaway')[0];
    if (!keyword) return [];
    if (!entryByEngagement(input)) return [];
    return [
      {
        start: keyword.start,
        end: keyword.end,
        ...hitMessage('giveaway', { words: keyword.text }),
        suggestion:
          'Make entry about what you share: ask people to post a photo of something they made or a tip of their own, and show the prize being made.',
      },
    ];
  },
});
