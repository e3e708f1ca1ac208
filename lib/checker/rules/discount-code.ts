import { soldAsPractice } from '../evidence';
import { answersWithPrices, unless, givesClearly } from '../policy';
import { defineRule, type RuleInput } from '../rule';
import { WORD_FLAG } from '../phrases/book';
import { hitMessage } from '../messages';
import { byStart, inOrder, type Span } from '../text';

/** The sentence holding a span (the whole post if none does). */
function sentenceOf(input: RuleInput, m: Span): Span {
  return input.evidence.sentences.find((x) => m.start >= x.start && m.start < x.end) ?? { start: 0, end: input.doc.text.length };
}

/** Whether a word of the author (I, we, my, our) stands in the sentence holding a span. */
function authorInSentence(input: RuleInput, m: Span): boolean {
  const { evidence, doc } = input;
  const s = sentenceOf(input, m);
  return doc.words.some((w, i) => w.start >= s.start && w.start < s.end && (evidence.flags[i]! & WORD_FLAG.me) !== 0);
}

/** Whether two spans start in the same sentence. */
function sameSentence(input: RuleInput, a: Span, b: Span): boolean {
  const s = sentenceOf(input, a);
  return b.start >= s.start && b.start < s.end;
}

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
    // In a scam warning ("Scam alert: a fake page is running ads with 80% off. It is not us."), a cut in the sentence that
    // names the scam ("una página falsa con nuestro logo anuncia un 70%") or in one with no word of the author's (I, we,
    // our) is the impostor's bait the post warns of, not the author's offer. "Our real sale: 20% off" still sells.
    const scams = input.find('scamWarning');
    const baited = (m: Span) => scams.length > 0 && (!authorInSentence(input, m) || scams.some((w) => sameSentence(input, w, m)));
    const cuts = input.find('discount').filter((m) => !soldAsPractice(doc, m) && !baited(m));
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
