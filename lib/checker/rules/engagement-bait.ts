import { fishingBait } from '../evidence';
import { hasSubstance, unless } from '../policy';
import { defineRule } from '../rule';
import { hitMessage } from '../messages';

/** This many distinct bait asks make a post bait whatever else it says (like + share + tag to enter). */
const ALWAYS_AT = 2;
/**
 * A roll call of the year ("who's watching in 2024?", "alguém aí em 2024?") is stock filler under a video: it hands
 * the reader nothing, but asks nothing for the author either (no like, no follow), so alone it weighs under the bar
 * for `take` and the comment reads neutral. With a "like if" beside it, that ask takes as before.
 */
const ROLL_CALL_RE = /(?<![\p{N}])(?:19|20)\d\d$/u;
const ROLL_CALL_WEIGHT = 1;

export default defineRule({
  meta: {
    id: 'engagement-bait',
    family: 'missing-value',
    description: 'Asks for reactions, comments, tags or shares to boost reach: “Agree?”, “like if”, “tag a friend”, “comment YES”.',
    why: 'Platforms demote engagement bait (Facebook since 2017, LinkedIn since 2023), and readers feel used by it.',
    weight: 2,
    takes: true,
  },
  check(input) {
    const bait = fishingBait(input.find, !!input.ctx.reply);
    if (bait.length === 0) return [];
    const hits = bait.map((m) => ({
      start: m.start,
      end: m.end,
      ...(ROLL_CALL_RE.test(m.text) ? { weight: ROLL_CALL_WEIGHT } : {}),
      ...hitMessage('engagementBait', { words: m.text }),
      suggestion:
        'Ask a question only you could ask, with your own answer first (what you tried, what happened), so people have something real to reply to.',
    }));
    return unless(bait.length < ALWAYS_AT && hasSubstance(input), input, this.meta.weight, hits);
  },
});
