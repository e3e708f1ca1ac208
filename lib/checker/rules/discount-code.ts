import { soldAsPractice } from '../evidence';
import { answersWithPrices, scamView, unless, givesClearly } from '../policy';
import { scamBait } from '../scams';
import { defineRule } from '../rule';
import { hitMessage } from '../messages';
import { byStart, inOrder, type Span } from '../text';

function merge(spans: Span[]): Span[] {
  const out: Span[] = [];
  for (const s of inOrder([...spans], byStart)) {
    const last = out[out.length - 1];
    if (last && s.start <= last.end) last.end = Math.max(last.end, s.end);
    else out.push({ ...s });
  }
  return out;
}

export default defineRule({
  meta: {
    id: 'discount-code',
    family: 'self-promotion',
    description: 'A promo code, percent-off or free-shipping offer.',
    why: 'An offer turns the post into an ad; people who follow you for what you know skim past ads.',
    weight: 2,
  },
  check(input) {
    const { doc } = input;
    // A reply's price list with a student or weekday discount among its lines answers what someone asked.
    if (answersWithPrices(input)) return [];
    // The cut a scam warning warns of ("a fake page is running ads with 80% off") is the impostor's (scams.ts).
    const cuts = input.find('discount').filter((m) => !soldAsPractice(doc, m) && !scamBait(scamView(input), m, input.evidence.flags));
    const spans: Span[] = [...cuts, ...input.evidence.codes].map((m) => ({ start: m.start, end: m.end }));
    // start and end written out: a literal that spreads two objects ({ ...s, ...hitMessage() }) took V8's slow path,
    // several times the cost of the rest of the rule on a post with codes.
    const hits = merge(spans).map(({ start, end }) => ({
      start,
      end,
      ...hitMessage('discountCode', { words: doc.text.slice(start, end) }),
      suggestion:
        'Give the reader a reason beyond the price: what the thing does for them, a tip from making it, or a customer’s result. Keep the code for the last line.',
    }));
    return unless(input.sensitivity === 'gentle' && givesClearly(input), input, this.meta.weight, hits);
  },
});
