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
/**
 * A bait that goes on the next word with the purpose of the ask before it ("share this post so it reaches more
 * people", "help this reach"): one ask said whole, not a second one. Counted once against ALWAYS_AT.
 */
const PURPOSE_RE = /^(?:so|to help|help|para que|pra|para|damit|pour que|pour|afin)(?![\p{L}])/iu;
const ONLY_SPACE_RE = /^\s{0,3}$/u;

/** How many asks the bait matches make, a purpose run on from the ask before it counted with that ask. */
function distinctAsks(text: string, bait: readonly { start: number; end: number; text: string }[]): number {
  const sorted = [...bait].sort((a, b) => a.start - b.start);
  let n = 0;
  for (let i = 0; i < sorted.length; i++) {
    const prev = sorted[i - 1];
    const m = sorted[i]!;
    if (prev && m.start >= prev.end && ONLY_SPACE_RE.test(text.slice(prev.end, m.start)) && PURPOSE_RE.test(m.text)) continue;
    n++;
  }
  return n;
}

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
    return unless(distinctAsks(input.doc.text, bait) < ALWAYS_AT && hasSubstance(input), input, this.meta.weight, hits);
  },
});
