import { givesBeyondPitch, pitchGive, unless } from '../policy';
import { defineRule, type RuleInput } from '../rule';
import { hitMessage } from '../messages';

/**
 * Whether the post says where to collect what it promises: a link, a handle, an ask (DM, link in bio), or a way to
 * reach the sender (`reach`: "search X on google", WhatsApp). A claim with none of these ("I made $3,000 last month
 * selling prints") is a story.
 */
export function reachable(input: RuleInput): boolean {
  const { doc, evidence } = input;
  // A handle thanked or credited ("thanks @ana for the tip") is someone the story is about, not a contact.
  const contactHandle = doc.mentions.length > 0 && input.find('thanks').length + input.find('credit').length === 0;
  return doc.urls.length > 0 || contactHandle || evidence.asks.length > 0 || input.find('reach').length > 0;
}

/**
 * Whether the post only lures: a lure with a way to collect it (or two lures) and no giving outside the lure's own
 * sentences and its contact line. Its thanks ("Dank Frau Keller…", "Grâce à Mme Dubois…") and its figures are the
 * testimonial's wrapping, not something handed to the reader.
 */
export function luresOnly(input: RuleInput): boolean {
  const lures = input.find('lure');
  if (lures.length === 0 || input.evidence.forOthers) return false;
  if (lures.length < 2 && !reachable(input)) return false;
  return !givesBeyondPitch(input, [...lures, ...input.find('reach')]);
}

export default defineRule({
  meta: {
    id: 'lure',
    family: 'self-promotion',
    description: 'Promises money, a prize, a free audience or company nearby, and says where to collect it.',
    why: 'An easy-money or you-have-won line with a contact is how scams open; readers learn to skip every post like it.',
    weight: 2.5,
  },
  check(input) {
    const lures = input.find('lure');
    if (lures.length === 0 || input.evidence.forOthers) return [];
    // Two lures back each other ("you have been selected… claim your prize"): the claim is its own way in.
    if (lures.length < 2 && !reachable(input)) return [];
    const first = lures[0]!;
    const pitch = [...lures, ...input.find('reach')];
    const hits = [
      {
        start: first.start,
        end: first.end,
        // What the lure's own sentences seem to give (its sum read as an answer) weighs on it, as an offer's wrapping does.
        weight: this.meta.weight + pitchGive(input, pitch),
        ...hitMessage('lure', { words: first.text }),
        suggestion:
          'If the result is real, say how you got it in steps people can check (what you did, how long, what it cost) and drop the contact line.',
      },
    ];
    // The lure's own sentences ("I made $5,000 last week trading with Mrs. Anna") and the contact line are its pitch:
    // their numbers and names read as an answer or a report, so only giving outside them quiets it.
    return unless(givesBeyondPitch(input, pitch), input, this.meta.weight, hits);
  },
});
