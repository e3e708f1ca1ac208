import { askLexicon, fold, type CompiledAsks } from '../lexicon';
import { answersWithPrices, unless, givesClearly } from '../policy';
import { defineRule } from '../rule';
import { hitMessage } from '../messages';
import { byStart, inOrder, type Doc, type Span } from '../text';

/** What ends the clause a price cut stands in. */
const CLAUSE_END_RE = /[.!?;:,\n]/u;
const WORD_RE = /[\p{L}'’]+/gu;

/**
 * Whether the price cut at `span` is how someone sells, told as a step ("sell yesterday's bread at half price",
 * "Brot vom Vortag zum halben Preis verkaufen"): its clause holds a selling word of the lexicon's `resale` with no
 * first-person subject next to it ("we sell everything at half price" offers).
 */
function soldAsPractice(doc: Doc, lex: CompiledAsks | null, span: Span): boolean {
  if (!lex || lex.resale.size === 0) return false;
  const { text } = doc;
  let from = span.start;
  while (from > 0 && !CLAUSE_END_RE.test(text[from - 1]!)) from--;
  let to = span.end;
  while (to < text.length && !CLAUSE_END_RE.test(text[to]!)) to++;
  const words = (text.slice(from, to).toLowerCase().match(WORD_RE) ?? []).map(fold);
  return words.some((w, i) => lex.resale.has(w) && !lex.subjects.has(words[i - 1] ?? '') && !lex.subjects.has(words[i + 1] ?? ''));
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
    const lex = askLexicon(doc.lang);
    const cuts = input.find('discount').filter((m) => !soldAsPractice(doc, lex, m));
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
