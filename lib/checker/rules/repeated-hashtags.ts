import { hashtagKey } from '../history';
import { hitMessage } from '../messages';
import { defineRule } from '../rule';
import type { Sensitivity } from '../types';
import { earlierPost } from '../words';
import { DAY_MS as DAY } from '../../model/time';

/** Sets this small are a signature, not a habit worth a hint. */
const MIN_TAGS: Record<Sensitivity, number> = { gentle: 4, normal: 3, strict: 2 };
const WINDOW_DAYS = 30;

export default defineRule({
  meta: {
    id: 'repeated-hashtags',
    family: 'repetition',
    description: 'Uses exactly the same set of hashtags as a recent post.',
    why: 'The same tag block on every post reaches the same people in the same feeds; a tag chosen for this post finds new readers.',
    weight: 1,
  },
  check({ doc, history, now, sensitivity }) {
    if (!history || history.size === 0 || doc.hashtags.length === 0) return [];
    const key = hashtagKey(doc.tokens);
    if (key.split(' ').length < MIN_TAGS[sensitivity]) return [];
    const earlier = history.withTags(key).filter((post) => post.time >= now - WINDOW_DAYS * DAY && post.time <= now);
    const last = earlier[0];
    if (!last) return [];
    const tags = doc.hashtags;
    return [
      {
        start: tags[0]!.start,
        end: tags[tags.length - 1]!.end,
        ...hitMessage(earlier.length > 1 ? 'repeatedHashtagsMore' : 'repeatedHashtags', { ...earlierPost({ time: last.time, site: last.site }, now), times: earlier.length, more: earlier.length - 1, tags: key }),
        suggestion: 'Pick one or two tags for what this post is about, so it reaches people who have not seen your last one.',
      },
    ];
  },
});
