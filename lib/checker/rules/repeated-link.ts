import { hitMessage } from '../messages';
import { defineRule } from '../rule';
import type { Sensitivity } from '../types';
import { earlierPost } from '../words';
import { DAY_MS as DAY } from '../../model/time';

/** How far back a link counts as "shared recently". */
const LINK_WINDOW_DAYS: Record<Sensitivity, number> = { gentle: 30, normal: 60, strict: 180 };

export default defineRule({
  meta: {
    id: 'repeated-link',
    family: 'repetition',
    description: 'Shares a link the person already shared recently, even with new tracking parameters.',
    why: 'Followers who saw the link last time see the same thing again; what changed since is what they would click for.',
    weight: 1.5,
  },
  check({ doc, history, now, sensitivity, evidence }) {
    if (!history || history.size === 0) return [];
    const since = now - LINK_WINDOW_DAYS[sensitivity] * DAY;
    const hits = [];
    for (const [i, url] of doc.urls.entries()) {
      const earlier = history
        .withLink(evidence.links[i]!.canonical)
        .filter((post) => post.time >= since && post.time <= now);
      const last = earlier[0];
      if (!last) continue;
      hits.push({
        start: url.start,
        end: url.end,
        ...hitMessage(earlier.length === 1 ? 'repeatedLink' : 'repeatedLinkTimes', { ...earlierPost(last, now), times: earlier.length }),
        suggestion:
          'Tell people what is new behind it (a result, an update, a date) or reply to your earlier post so the thread keeps its history.',
      });
    }
    return hits;
  },
});
