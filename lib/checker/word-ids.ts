// Each word's written form interned once to an integer id, with its list form (lowerWord: what every word list looks
// words up by) kept per id. A check then lower-cases only words it has not met before, and the list forms it hands
// on are the same string objects from one check to the next: V8 keeps a string's hash once computed, so the many
// Map lookups each word goes through later (phrase index, shorthand, language table, ask vocabulary) skip hashing.
// Bounded: past MAX_WORDS distinct words the table starts over, so a long session cannot grow it without limit.

/** Distinct words kept before the table starts over (a few MB at most). */
export const MAX_WORDS = 1 << 14;

/** Lower case with curly apostrophes straightened: the form every word list is written in. */
export function lowerWord(text: string): string {
  const lower = text.toLowerCase();
  return lower.includes('’') ? lower.replace(/’/g, "'") : lower;
}

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

/**
 * The ids of a post's words, or null when the table started over while they were read (a post of more distinct
 * words than it holds): ids of two generations would mix.
 */
export function wordIds(words: readonly { text: string }[]): number[] | null {
  const from = generation;
  const out = new Array<number>(words.length);
  for (let i = 0; i < words.length; i++) out[i] = wordId(words[i]!.text);
  return generation === from ? out : null;
}

/**
 * A per-id memo for one generation of the table (what a word id means to one lookup: its languages, its canonical
 * form), emptied when the table starts over.
 */
export class IdMemo<T> {
  private values: (T | undefined)[] = [];
  private generation = -1;

  /** The memo's slots, valid for ids of the table's current generation. */
  slots(): (T | undefined)[] {
    if (this.generation !== generation) {
      this.values = new Array<T | undefined>(MAX_WORDS);
      this.generation = generation;
    }
    return this.values;
  }
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
