import { TICKER_RE } from '../asks';
import type { PhraseMatch } from '../phrases';
import { HYPE_EMOJI } from '../phrases/hype/entry';
import { givesClearly, unless } from '../policy';
import { defineRule, type RuleInput } from '../rule';
import { byStart, inOrder, overlaps } from '../text';
import { hitMessage } from '../messages';

/** Hype words, then hype emoji (a rocket), in text order. */
function hypeIn(input: RuleInput): PhraseMatch[] {
  const emoji = input.doc.emoji.filter((e) => HYPE_EMOJI.has(e.text.replace(/\uFE0F/g, '')));
  return inOrder([...input.find('hype'), ...emoji.map((e) => ({ start: e.start, end: e.end, text: e.text }))], byStart);
}

/**
 * A hype frame (phrases/hype/) with a call to act on a thing: "Don't miss the free mint. Be there", "Hop on, the
 * plane is set for the moon". Either alone is not promotion: "the launch was insane" is excitement, "be part of the
 * cleanup" an invitation. Asks the checker already reads (evidence.asks) and ways to take an offer (acquire) count as
 * the push too, and so does a token named by its ticker ($LSD); nothing counts in a post made on someone else's behalf (relief, victims).
 */
export default defineRule({
  meta: {
    id: 'hype-push',
    family: 'self-promotion',
    description: 'Talks a thing up (don’t miss, to the moon, you’re early, huge drop) and asks readers to jump in (hop on, claim yours, be part of).',
    why: 'Hype with a push asks readers to act on excitement instead of on what the thing is; saying what it does lets them decide.',
    weight: 2,
  },
  check(input) {
    const hype = hypeIn(input);
    if (hype.length === 0) return [];
    const { doc, evidence } = input;
    // evidence.asks holds urgency and bait too ("to the moon", "Agree?"): hype is never its own push, and asking
    // for a reaction is not asking to act on a thing.
    const notPushes = [...hype, ...input.find('urgency'), ...input.find('bait')];
    const asks = evidence.asks.filter((a) => !overlaps(notPushes, a.start, a.end));
    // A token named by its ticker is the thing to buy: hype over "$LSD" pushes it ("$LSD to the moon, next 100x gem").
    const pushes = input.find('jumpIn').length + input.find('acquire').length + asks.length + (TICKER_RE.test(doc.text) ? 1 : 0);
    if (pushes === 0 || evidence.forOthers) return [];
    // The first frame says it; more hype in the same post is the same push.
    const first = hype[0]!;
    const hits = [
      {
        start: first.start,
        end: first.end,
        ...hitMessage('hypePush', { words: first.text }),
        suggestion: 'Say what the thing is and does, with one fact a reader can check; then the link, without the push.',
      },
    ];
    return unless(givesClearly(input), input, this.meta.weight, hits);
  },
});
