// Phrase lists per language share one shape, so every rule works in every language it has phrases for.
import { compilePhrases } from '../phrases';
import type { Lang } from '../types';
import { en } from './en';

export interface PhraseLists {
  /** Asking the audience to act for the author's benefit. */
  callToAction: string[];
  /** Pointers that say nothing about what is behind them. */
  vaguePointer: string[];
  teaching: string[];
  credit: string[];
  thanks: string[];
  helping: string[];
}

export type PhraseBook = { [K in keyof PhraseLists]: RegExp };

const LISTS: Partial<Record<Lang, PhraseLists>> = { en };
const compiled = new Map<Lang, PhraseBook>();

export function phraseBook(lang: Lang): PhraseBook {
  let book = compiled.get(lang);
  if (!book) {
    const lists = LISTS[lang] ?? en;
    book = Object.fromEntries(
      Object.entries(lists).map(([key, phrases]) => [key, compilePhrases(phrases as string[])]),
    ) as PhraseBook;
    compiled.set(lang, book);
  }
  return book;
}
