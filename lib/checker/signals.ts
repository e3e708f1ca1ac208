// Give signals: evidence that a post hands the reader something. They shape `kind`; they are never findings.
import { findAll } from './phrases';
import type { PhraseBook } from './phrases/book';
import type { Doc } from './text';
import type { GiveSignal } from './types';

const LIST_ITEM_RE = /^[ \t]*(?:\d{1,2}[.)]|[0-9]\uFE0F?\u20E3|[•▪◦\-–*→✅])[ \t]+\S/gmu;
const SPECIFIC_RE = /(?<![\p{L}\p{N}])\d+(?:[.,]\d+)?\s?(?:%|ms|s|px|kb|mb|gb|kg|g|km|mi|min|minutes|hours?|days?|weeks?|months?|years?|x|k)(?![\p{L}\p{N}])/giu;
const QUESTION_RE = /[^.!?\n]{12,}\?/gu;

export function computeSignals(doc: Doc, book: PhraseBook): GiveSignal[] {
  const text = doc.text;
  const out: GiveSignal[] = [];
  const add = (signal: string, weight: number, re: RegExp) => {
    for (const m of findAll(re, text)) out.push({ signal, start: m.start, end: m.end, weight });
  };
  add('teaching', 1.5, book.teaching);
  add('credit', 2, book.credit);
  add('thanks', 1.5, book.thanks);
  add('helping', 2, book.helping);

  const items = findAll(LIST_ITEM_RE, text);
  if (items.length >= 3) {
    out.push({ signal: 'teaching', start: items[0]!.start, end: items[items.length - 1]!.end, weight: 2 });
  }
  const specifics = findAll(SPECIFIC_RE, text);
  if (specifics.length > 0) {
    out.push({ signal: 'specifics', start: specifics[0]!.start, end: specifics[0]!.end, weight: 0.5 });
  }
  // A question carries context when the post says enough around it.
  if (doc.words.length >= 12) {
    const q = findAll(QUESTION_RE, text)[0];
    if (q) out.push({ signal: 'question', start: q.start, end: q.end, weight: 1 });
  }
  return out.sort((a, b) => a.start - b.start);
}

export function giveScore(signals: readonly GiveSignal[]): number {
  // One kind of signal counts at most twice, so a list of "tips" cannot outweigh everything else.
  const perKind = new Map<string, number>();
  for (const s of signals) perKind.set(s.signal, Math.min((perKind.get(s.signal) ?? 0) + s.weight, s.weight * 2));
  let total = 0;
  for (const v of perKind.values()) total += v;
  return total;
}
