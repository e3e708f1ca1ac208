// Each word's written form interned once to an integer id, with its list form (lowerWord: what every word list looks
// words up by) kept per id. A check then lower-cases only words it has not met before, and the list forms it hands
// on are the same string objects from one check to the next: V8 keeps a string's hash once computed, so the many
// Map lookups each word goes through later (phrase index, shorthand, language table, ask vocabulary) skip hashing.
// Bounded: past MAX_WORDS distinct words the table starts over, so a long session cannot grow it without limit.
import { lowerWord } from './lang';

/** Distinct words kept before the table starts over (a few MB at most). */
export const MAX_WORDS = 1 << 14;

let ids = new Map<string, number>();
let forms: string[] = [];
/** How many times the table has started over: ids from an earlier generation mean nothing in a later one. */
let generation = 0;

/** The id of a word as written (case and apostrophes kept), valid until the table next starts over. */
export function wordId(written: string): number {
  let id = ids.get(written);
  if (id === undefined) {
    if (forms.length >= MAX_WORDS) {
      ids = new Map();
      forms = [];
      generation++;
    }
    id = forms.length;
    ids.set(written, id);
    forms.push(lowerWord(written));
  }
  return id;
}

/** The list form of an interned word: lower case, curly apostrophes straightened. */
export function listFormOf(id: number): string {
  return forms[id]!;
}

/** The list form of a word as written, interned: the same string as `lowerWord(written)`. */
export function listForm(written: string): string {
  return forms[wordId(written)]!;
}

/** The table's generation: an id is only good with the generation it was given in. */
export function internGeneration(): number {
  return generation;
}

/** How many distinct words the table holds now, and how often it has started over (for tests). */
export function internStats(): { size: number; generation: number } {
  return { size: forms.length, generation };
}
