// Phrase matching driven by the words already found by the tokenizer. Scanning the text with one big alternation
// per list tries every phrase at every position (measured: ~0.5 ms per post at 3,000 characters); instead each
// phrase is filed under the first three letters of the words it can start with (phrase-keys.ts), and tried only
// where such a word stands, and only if the next word starts right. Phrases whose start cannot be worked out (they
// start with $, ¿, an emoji, a letter class...) are scanned the old way. The result is the same as scanning with
// the list's regex: a test checks that.
import { alternatives, DIGIT, KEY_LENGTH, phraseKeys, requiredLiterals, startWords } from './phrase-keys';
import { phraseSource, startsWord, type PhraseMatch } from './phrases';
import { inOrder, type Token } from './text';
import { internGeneration, listFormOf, MAX_WORDS, wordId } from './word-ids';

const BOUNDARY_AFTER = String.raw`(?![\p{L}\p{N}_])`;

/**
 * A phrase's sticky regex, built the first time the phrase is tried: most phrases of a list are never tried in a
 * session, and building a few thousand `u` regexes was most of compiling a language's phrase book (stickyOf). The
 * holder is shared by every copy of the phrase (combine), so it is built once.
 */
interface LazySticky {
  source: string;
  re: RegExp | null;
}

/** A phrase's sticky regex, built on first use. */
export function stickyOf(p: { sticky: LazySticky }): RegExp {
  const lazy = p.sticky;
  return lazy.re ?? (lazy.re = new RegExp(lazy.source, 'iuy'));
}

interface Phrase {
  order: number;
  sticky: LazySticky;
  /** The first words it can start with; null when only the key is known. */
  words: ReadonlySet<string> | null;
  /** For some first words, the letters the next word must start with. */
  next: ReadonlyMap<string, ReadonlySet<string>> | null;
  /** For some first words, the two characters the next word must start with (phrase-keys.ts nextPairs). */
  nextPairs: ReadonlyMap<string, ReadonlySet<string>> | null;
  /**
   * What may follow the digits it starts with (phrase-keys.ts afterNumber) as char codes, SPACE_CODE for white
   * space; null when anything may.
   */
  afterNumber: ReadonlySet<number> | null;
  /** Literals one of which every match holds (phrase-keys.ts requiredLiterals); null when none is known. */
  need: readonly string[] | null;
  /** `need` as literal ids (literalId), to look up where each next stands in the text without a map. */
  needIds: readonly number[] | null;
}

export interface IndexedList {
  byKey: Map<string, Phrase[]>;
  /** Phrases scanned over the whole text, each with its order in the list. */
  scanned: { order: number; re: RegExp }[];
}

// ---- Indexing ----------------------------------------------------------------------------------------------

export function indexPhrases(phrases: readonly string[]): IndexedList {
  // The same order the alternation uses: longest source first, so the same phrase wins at a position.
  const sorted = [...phrases].sort((a, b) => b.length - a.length);
  const byKey = new Map<string, Phrase[]>();
  const scanned: IndexedList['scanned'] = [];
  const file = (phrase: string, order: number, whole: boolean) => {
    const source = `(?:${phraseSource(phrase)})${BOUNDARY_AFTER}`;
    const sticky: LazySticky = { source, re: null };
    const start = startWords(phrase);
    const keys = start ? [...new Set([...start.words].map((w) => (w === DIGIT ? DIGIT : keyOf(w))))] : phraseKeys(phrase);
    if (keys === null) {
      // A phrase whose starts cannot all be worked out may still have alternatives whose starts can ("free mint|…|
      // [\d,.]+ in prizes"): each is filed on its own, so only the rest is scanned over the whole text (a long
      // alternation scanned at every position was a few per cent of a check). At one position the alternation takes
      // its first alternative that matches: the alternatives keep that rank within the phrase's order.
      const alts = whole ? alternatives(phrase.trim()) : [];
      if (alts.length > 1 && alts.every((alt) => alt !== '' && alt === alt.trim())) {
        alts.forEach((alt, i) => file(alt, order + i / alts.length, false));
        return;
      }
      scanned.push({ order, re: new RegExp(source, 'giu') });
      return;
    }
    const entry: Phrase = {
      order,
      sticky,
      words: start?.words ?? null,
      next: start && start.next.size > 0 ? start.next : null,
      nextPairs: start && start.nextPairs.size > 0 ? start.nextPairs : null,
      afterNumber: start?.afterNumber ? new Set([...start.afterNumber].map((c) => c.charCodeAt(0))) : null,
      need: null,
      needIds: null,
    };
    const need = requiredLiterals(phrase);
    if (need) {
      entry.need = need;
      entry.needIds = need.map(literalId);
    }
    for (const key of keys) {
      const filed = byKey.get(key);
      if (filed) filed.push(entry);
      else byKey.set(key, [entry]);
    }
  };
  sorted.forEach((phrase, order) => file(phrase, order, true));
  return { byKey, scanned };
}

const isDigit = (c: number) => c >= 48 && c <= 57;

/** The key a word files under: its first three characters ("#ad" keeps its '#'); every number shares one key. */
function keyOf(word: string): string {
  return isDigit(word.charCodeAt(0)) ? DIGIT : word.slice(0, KEY_LENGTH);
}

type Entry = Phrase & { list: number };

/**
 * Every list's phrases filed under one map, so each word costs one lookup however many lists there are: under the
 * whole first word when it is known ("the" holds the phrases starting with "the", not those starting with "they"),
 * otherwise under the three-letter key. Each bucket is sorted by list, then by the list's order.
 */
/** The phrases a known first word may start, each with the letters the next word must start with (if it must). */
export interface WordBucket {
  entries: Entry[];
  next: (ReadonlySet<string> | undefined)[];
  /**
   * `next` as bit masks, ASCII letters (bit 0 for 'a') and digits (bit 0 for '0') only: the usual next word (one
   * space, an ASCII letter) is checked without building its letter as a string (nextCode, inMasks).
   */
  nextLetterMasks: number[];
  nextDigitMasks: number[];
  /** The allowed pairs as pairCode numbers: comparing two char codes builds no string (nextPair). */
  nextPairs: (ReadonlySet<number> | undefined)[];
}

export interface CombinedIndex {
  byWord: Map<string, WordBucket>;
  byKey: Map<string, Entry[]>;
  /**
   * The phrases filed under DIGIT as a bucket: a word that starts with a number is tried on those that need the next
   * word to start right only when it does ("\d+ days" after "200 applications" is not tried). A number matched by
   * a phrase and then a gap ends its word (words never hold white space), so the word's next letter is the phrase's.
   */
  digits: WordBucket | undefined;
  /** First characters of the keys in `byKey`: most words start with none of them and skip the key lookup. */
  keyStarts: Set<number>;
  lists: readonly IndexedList[];
  /**
   * What each word id (word-ids.ts) starts here, looked up on first meeting: a check then reads an array slot per
   * word rather than doing the lookups. Allocated on first use; emptied when the word table starts over.
   */
  byId: (WordSlot | null | undefined)[] | null;
  /** The word table's generation `byId` was filled in. */
  byIdGeneration: number;
}

/**
 * The phrases a word may start: for a plain word its bucket when the whole word is known, and the candidates to try;
 * for a word with joiners (no bucket) the candidates of the word and of each part before a joiner.
 */
interface WordSlot {
  bucket: WordBucket | undefined;
  candidates: Entry[];
}

const byListOrder = (a: Entry, b: Entry) => a.list - b.list || a.order - b.order;

export function combine(lists: readonly IndexedList[]): CombinedIndex {
  const wordEntries = new Map<string, Entry[]>();
  const byKey = new Map<string, Entry[]>();
  const add = (map: Map<string, Entry[]>, key: string, entry: Entry) => {
    const list = map.get(key);
    if (!list) map.set(key, [entry]);
    else if (!list.includes(entry)) list.push(entry);
  };
  lists.forEach((list, i) => {
    const seen = new Map<Phrase, Entry>();
    for (const [key, phrases] of list.byKey) {
      for (const p of phrases) {
        let entry = seen.get(p);
        if (!entry) seen.set(p, (entry = { ...p, list: i }));
        // A number is no one word: phrases that start with one are filed under the key every number shares.
        if (entry.words) for (const w of entry.words) add(w === DIGIT ? byKey : wordEntries, w, entry);
        else add(byKey, key, entry);
      }
    }
  });
  // A known word also meets the phrases filed only under its key.
  const coded = new Map<ReadonlySet<string>, ReadonlySet<number>>();
  const byWord = new Map<string, WordBucket>();
  for (const [word, entries] of wordEntries) {
    entries.push(...(byKey.get(keyOf(word)) ?? []));
    entries.sort(byListOrder);
    byWord.set(word, bucketOf(word, entries, coded));
  }
  for (const entries of byKey.values()) entries.sort(byListOrder);
  const keyStarts = new Set<number>();
  for (const key of byKey.keys()) {
    if (key === DIGIT) for (let c = 48; c <= 57; c++) keyStarts.add(c);
    else keyStarts.add(key.charCodeAt(0));
  }
  const numbers = byKey.get(DIGIT);
  const digits = numbers ? bucketOf(DIGIT, numbers, coded) : undefined;
  return { byWord, byKey, digits, keyStarts, lists, byId: null, byIdGeneration: -1 };
}

/** The bucket of the phrases a first word (or every number, DIGIT) may start, with their next-letter filters. */
function bucketOf(word: string, entries: Entry[], coded: Map<ReadonlySet<string>, ReadonlySet<number>>): WordBucket {
  const next = entries.map((p) => p.next?.get(word));
  return {
    entries,
    next,
    nextLetterMasks: next.map((letters) => codeMask(letters, 97, 122)),
    nextDigitMasks: next.map((letters) => codeMask(letters, 48, 57)),
    nextPairs: entries.map((p) => pairCodes(p.nextPairs?.get(word), coded)),
  };
}

/**
 * A set of two-character pairs as pairCode numbers, each set converted once. Only pairs of ASCII letters and digits
 * are kept: nextPair reads no others (it does not filter there), so the rest could never be looked up.
 */
function pairCodes(pairs: ReadonlySet<string> | undefined, coded: Map<ReadonlySet<string>, ReadonlySet<number>>): ReadonlySet<number> | undefined {
  if (!pairs) return undefined;
  let codes = coded.get(pairs);
  if (!codes) {
    const out = new Set<number>();
    for (const pair of pairs) {
      if (pair.length === 2 && isAsciiLetterOrDigit(pair.charCodeAt(0)) && isAsciiLetterOrDigit(pair.charCodeAt(1))) {
        out.add(pairCode(pair.charCodeAt(0), pair.charCodeAt(1)));
      }
    }
    coded.set(pairs, (codes = out));
  }
  return codes;
}

/** The next letters with char codes from `first` to `last` (lower-case ASCII letters, or digits) as a bit mask. */
function codeMask(letters: ReadonlySet<string> | undefined, first: number, last: number): number {
  let mask = 0;
  if (letters) {
    for (const letter of letters) {
      const c = letter.charCodeAt(0);
      if (letter.length === 1 && c >= first && c <= last) mask |= 1 << (c - first);
    }
  }
  return mask;
}

/** Whether a code from nextCode (a lower-case ASCII letter or a digit) is in a bucket entry's masks. */
function inMasks(bucket: WordBucket, c: number, code: number): boolean {
  return code >= 97 ? ((bucket.nextLetterMasks[c]! >>> (code - 97)) & 1) === 1 : ((bucket.nextDigitMasks[c]! >>> (code - 48)) & 1) === 1;
}

// ---- Where phrases may start ----------------------------------------------------------------------------------

/** Word starts in text order: position, the word's end, the whole word in lower case, and its parts. */
export interface Starts {
  at: number[];
  end: number[];
  word: string[];
  /** The id (word-ids.ts) of the start's word, whose list form it is; -1 when it has none. */
  id: number[];
  /** The word table's generation the ids belong to (-1: none do, the table started over while they were read). */
  generation: number;
  /** Parts of the word before each joiner ("write" in "write-up"), or null for a plain word. */
  parts: (string[] | null)[];
}

const WORD_CHAR_RE = /^[\p{L}\p{M}\p{N}]$/u;
/** ' ’ - _ . join the parts of a word token. */
const isJoiner = (c: number) => c === 39 || c === 0x2019 || c === 45 || c === 95 || c === 46;
const SKIPPED_IN_GAP_RE = /[\s\p{Extended_Pictographic}\uFE0F\u200D\u{1F3FB}-\u{1F3FF}]/u;
const isSpace = (c: number) => c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0x2028 || c === 0x2029;
const isAsciiLetterOrDigit = (c: number) => (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);

/** The first character of the word after the gap that follows `end`, lower case; '' when there is no gap. */
function nextLetter(text: string, end: number): string {
  if (end >= text.length) return '';
  const first = text.charCodeAt(end);
  if (!isSpace(first) && !/\s/u.test(text[end]!)) return '';
  // The usual case, one space and an ASCII letter, without building strings.
  if (first === 32 && end + 1 < text.length && isAsciiLetterOrDigit(text.charCodeAt(end + 1))) return text[end + 1]!.toLowerCase();
  let i = end;
  while (i < text.length) {
    const cp = text.codePointAt(i)!;
    const ch = String.fromCodePoint(cp);
    if (!SKIPPED_IN_GAP_RE.test(ch)) return ch.toLowerCase();
    i += ch.length;
  }
  return '';
}

/** afterNumber's code for white space (the gap after a number), as phrase-keys.ts writes it: ' '. */
const SPACE_CODE = 32;
/** What followsDigits gives when the filter cannot tell: the phrase is tried. */
const ANY_CODE = -1;
/** What followsDigits gives at the end of the text: no phrase that needs a character there can match. */
const END_CODE = -2;

/**
 * The character after the digits that start at `at`, as afterNumber holds it: SPACE_CODE for white space, a
 * lower-case ASCII code, END_CODE at the end of the text. ANY_CODE where the filter must not judge: no digit at `at`
 * (the word there is a canonical form of other text), or a character outside ASCII that is not white space (the
 * regex's case folding matches some to ASCII letters: the Kelvin sign to k).
 */
function followsDigits(text: string, at: number): number {
  let i = at;
  while (i < text.length && isDigit(text.charCodeAt(i))) i++;
  if (i === at) return ANY_CODE;
  if (i >= text.length) return END_CODE;
  const c = text.charCodeAt(i);
  if (isSpace(c)) return SPACE_CODE;
  if (c < 128) return asciiLower(c);
  return /\s/u.test(text[i]!) ? SPACE_CODE : ANY_CODE;
}

/** Whether a phrase with these afterNumber codes may start at a number followed by `code` (from followsDigits). */
const letsNumber = (allowed: ReadonlySet<number>, code: number) => code === ANY_CODE || allowed.has(code);

/**
 * The next word's first character in lower case as a char code, in the usual case only: one space, then an ASCII
 * letter or digit (nextLetter's fast path). -1 otherwise: the caller then asks nextLetter.
 */
function nextCode(text: string, end: number): number {
  if (end + 1 >= text.length || text.charCodeAt(end) !== 32) return -1;
  const c = text.charCodeAt(end + 1);
  return isAsciiLetterOrDigit(c) ? asciiLower(c) : -1;
}

/** Two ASCII characters as one number. */
const pairCode = (a: number, b: number) => a * 128 + b;
const asciiLower = (c: number) => (c >= 65 && c <= 90 ? c + 32 : c);

/**
 * The first two characters of the next word in lower case as a pairCode, in the usual case only: one space, then two
 * ASCII letters or digits (where lower case and the regex's case folding agree). -1 otherwise: the caller then does
 * not filter.
 */
function nextPair(text: string, end: number): number {
  if (end + 2 >= text.length || text.charCodeAt(end) !== 32) return -1;
  const a = text.charCodeAt(end + 1);
  const b = text.charCodeAt(end + 2);
  if (!isAsciiLetterOrDigit(a) || !isAsciiLetterOrDigit(b)) return -1;
  return pairCode(asciiLower(a), asciiLower(b));
}

/** A word as the phrase lists spell it: lower case, curly apostrophes straightened. */
function listForm(lower: string): string {
  return lower.includes('’') ? lower.replace(/’/g, "'") : lower;
}

/**
 * Positions where a phrase may start: each word, each part of a word after a joiner, each hashtag and its word.
 * `lowerWords` holds the word tokens in list form, when the caller has them already.
 */
export function startPositions(text: string, tokens: readonly Token[], lowerWords?: readonly string[]): Starts {
  const generation = internGeneration();
  // The arrays are sized once for the most starts there can be and cut to length at the end: grown start by start,
  // each was copied a few times over on every check.
  const most = mostStarts(text, tokens);
  const out: Starts = { at: new Array<number>(most), end: new Array<number>(most), word: new Array<string>(most), id: new Array<number>(most), parts: new Array<string[] | null>(most), generation };
  count = 0;
  let wordIndex = 0;
  for (const t of tokens) {
    if (t.type === 'hashtag') {
      const id = wordId(t.text);
      const word = listFormOf(id);
      pushStart(out, text, t.start, t.end, word, id);
      pushStart(out, text, t.start + 1, t.end, tail(text, t, word, t.start + 1), NO_ID);
    } else if (t.type === 'word') {
      const id = wordId(t.text);
      const word = lowerWords?.[wordIndex++] ?? listFormOf(id);
      // A canonical word in place of the written one ("plz" → "please") is not the written word's list form.
      pushStart(out, text, t.start, t.end, word, word === listFormOf(id) ? id : NO_ID);
      for (let i = t.start + 1; i < t.end; i++) {
        if (isJoiner(text.charCodeAt(i - 1)) && WORD_CHAR_RE.test(text[i]!)) pushStart(out, text, i, t.end, tail(text, t, word, i), NO_ID);
      }
    }
  }
  if (internGeneration() !== generation) out.generation = -1;
  out.at.length = out.end.length = out.word.length = out.id.length = out.parts.length = count;
  return out;
}

/** Starts pushed so far by the startPositions call under way (a module variable: the call never runs inside another). */
let count = 0;

/** At most how many starts the tokens give: two per hashtag, one per word and one more per joiner inside it. */
function mostStarts(text: string, tokens: readonly Token[]): number {
  let most = 0;
  for (const t of tokens) {
    if (t.type === 'hashtag') most += 2;
    else if (t.type === 'word') {
      most++;
      for (let i = t.start + 1; i < t.end; i++) if (isJoiner(text.charCodeAt(i - 1))) most++;
    }
  }
  return most;
}

/** The token's list-form word from `from` on. */
function tail(text: string, t: Token, word: string, from: number): string {
  // Lower-casing kept the length (it nearly always does), so the tail is a slice of the word.
  return word.length === t.text.length ? word.slice(from - t.start) : listForm(text.slice(from, t.end).toLowerCase());
}

/** A start that is not a whole written word: its id is that of its list form, when interning it gives it back. */
const NO_ID = -2;

function pushStart(out: Starts, text: string, at: number, end: number, word: string, id: number): void {
  if (!startsWord(text, at)) return;
  if (id === NO_ID) {
    const own = wordId(word);
    id = listFormOf(own) === word ? own : -1;
  }
  let parts: string[] | null = null;
  for (let j = 1; j < word.length; j++) if (isJoiner(word.charCodeAt(j))) (parts ??= []).push(word.slice(0, j));
  out.at[count] = at;
  out.end[count] = end;
  out.word[count] = word;
  out.id[count] = id;
  out.parts[count] = parts;
  count++;
}

// ---- Matching -------------------------------------------------------------------------------------------------

/**
 * Whether a phrase can start with this word: the whole word, or a part of it before a joiner ("write" in
 * "write-up": the regex's word boundary allows that). A part before a joiner is followed by no gap.
 */
function fits(p: Phrase, word: string, next: string, parts: readonly string[] | null): boolean {
  const words = p.words!;
  // A number may be followed by anything (phrase-keys.ts): no next letter to check.
  if (isDigit(word.charCodeAt(0)) && words.has(DIGIT)) return true;
  if (words.has(word)) {
    const allowed = p.next?.get(word);
    return !allowed || allowed.has(next);
  }
  if (parts) for (const part of parts) if (words.has(part) && !p.next?.has(part)) return true;
  return false;
}

type Found = { start: number; end: number; order: number };
const byStartThenOrder = (a: Found, b: Found) => a.start - b.start || a.order - b.order;

/**
 * All non-overlapping matches of a list, as the list's alternation would find them scanning left to right (from the
 * starts whose indexes `only` holds, when given).
 */
export function matchList(list: IndexedList, text: string, starts: Starts, only: readonly number[] | null = null): PhraseMatch[] {
  return matchAll(aloneIndex(list), text, starts, only)[0]!;
}

/** A list matched on its own (matchList), its index built now rather than at its first match (prepare). */
export function prepareList(list: IndexedList): void {
  aloneIndex(list);
}

function aloneIndex(list: IndexedList): CombinedIndex {
  let index = alone.get(list);
  if (!index) alone.set(list, (index = combine([list])));
  return index;
}

/** A list's own combined index, built once: lists matched on their own run on every check. */
const alone = new WeakMap<IndexedList, CombinedIndex>();

/**
 * The matches of every list in the index, in list order. `only`, when given, holds the indexes (ascending) of the
 * starts to try: a few lists start only near a sentence's start, and an index list costs less than a copy of the
 * starts' five arrays.
 */
export function matchAll(index: CombinedIndex, text: string, starts: Starts, only: readonly number[] | null = null): PhraseMatch[][] {
  // Most lists find nothing in a post: their slots stay null rather than each holding a fresh empty array. The
  // slots are reused from call to call (a call never runs inside another) and emptied again once read.
  const lists = index.lists.length;
  if (foundSlots.length < lists) foundSlots = new Array<Found[] | null>(lists).fill(null);
  const found = foundSlots;
  const slots = slotsFor(index, starts);
  const count = only ? only.length : starts.at.length;
  for (let k = 0; k < count; k++) {
    const s = only ? only[k]! : k;
    const word = starts.word[s]!;
    const parts = starts.parts[s]!;
    const at = starts.at[s]!;
    // Entries are grouped by list, each group in the list's order: the first match of a group is the one its
    // alternation would pick at this position.
    let done = -1;
    let next: string | undefined;
    let code: number | undefined;
    let pair: number | undefined;
    let afterDigits: number | undefined;
    if (!parts) {
      // A plain word: its bucket holds only phrases that can start with it; some also need the next word's letter.
      const id = slots ? starts.id[s]! : -1;
      let slot = id >= 0 ? slots![id] : undefined;
      if (slot === undefined) {
        slot = wordSlot(index, word);
        if (id >= 0) slots![id] = slot;
      }
      if (slot === null) continue;
      const { bucket, candidates } = slot;
      for (let c = 0; c < candidates.length; c++) {
        const p = candidates[c]!;
        if (p.list === done) continue;
        const allowed = bucket?.next[c];
        if (allowed) {
          if ((code ??= nextCode(text, starts.end[s]!)) !== -1) {
            if (!inMasks(bucket!, c, code)) continue;
          } else if (!allowed.has((next ??= nextLetter(text, starts.end[s]!)))) continue;
        }
        const pairs = bucket?.nextPairs[c];
        if (pairs && (pair ??= nextPair(text, starts.end[s]!)) !== -1 && !pairs.has(pair)) continue;
        if (p.afterNumber && isDigit(word.charCodeAt(0)) && !letsNumber(p.afterNumber, (afterDigits ??= followsDigits(text, at)))) continue;
        if (tryAt(p, text, at, found)) done = p.list;
      }
      continue;
    }
    // A word with joiners may also start a phrase with its first part ("write" in "write-up").
    const id = slots ? starts.id[s]! : -1;
    let slot = id >= 0 ? slots![id] : undefined;
    if (slot === undefined) {
      slot = joinedSlot(index, word, parts);
      if (id >= 0) slots![id] = slot;
    }
    if (slot === null) continue;
    for (const p of slot.candidates) {
      if (p.list === done) continue;
      if (p.words && !fits(p, word, (next ??= nextLetter(text, starts.end[s]!)), parts)) continue;
      // A number with joiners ("1.5", "3-day") is filtered as a plain one: what follows its digits is what counts.
      if (p.afterNumber && isDigit(word.charCodeAt(0)) && !letsNumber(p.afterNumber, (afterDigits ??= followsDigits(text, at)))) continue;
      if (tryAt(p, text, at, found)) done = p.list;
    }
  }
  const out = index.lists.map((list, i) => settle(list, text, found[i]!));
  found.fill(null, 0, lists);
  return out;
}

/** matchAll's matches by list while it runs; null between calls. */
let foundSlots: (Found[] | null)[] = [];

/** The index's word-id slots, when the starts' ids can be used with them (allocated, or emptied, as needed). */
function slotsFor(index: CombinedIndex, starts: Starts): (WordSlot | null | undefined)[] | null {
  if (starts.generation < 0 || starts.generation !== internGeneration()) return null;
  if (index.byId === null || index.byIdGeneration !== starts.generation) {
    index.byId = new Array<WordSlot | null | undefined>(MAX_WORDS);
    index.byIdGeneration = starts.generation;
  }
  return index.byId;
}

/** What a plain word may start: the phrases filed under it, or under its key; null when none. */
function wordSlot(index: CombinedIndex, word: string): WordSlot | null {
  const bucket = index.byWord.get(word) ?? (isDigit(word.charCodeAt(0)) ? index.digits : undefined);
  const candidates = bucket ? bucket.entries : index.keyStarts.has(word.charCodeAt(0)) ? index.byKey.get(keyOf(word)) : undefined;
  return candidates ? { bucket, candidates } : null;
}

/** What a word with joiners may start: the phrases filed under it or its key, and under each part before a joiner. */
function joinedSlot(index: CombinedIndex, word: string, parts: readonly string[]): WordSlot | null {
  let candidates = index.byWord.get(word)?.entries ?? index.byKey.get(keyOf(word));
  const more = parts.flatMap((part) => index.byWord.get(part)?.entries ?? []);
  if (more.length > 0) candidates = [...new Set([...(candidates ?? []), ...more])].sort(byListOrder);
  return candidates ? { bucket: undefined, candidates } : null;
}

function tryAt(p: Entry, text: string, at: number, found: (Found[] | null)[]): boolean {
  if (p.needIds !== null && !mayHold(p.need!, p.needIds, text, at)) return false;
  // test() rather than exec(): a sticky regex leaves lastIndex at the match's end, and test() builds no match array.
  const sticky = stickyOf(p);
  sticky.lastIndex = at;
  if (!sticky.test(text) || sticky.lastIndex === at) return false;
  const hit = { start: at, end: sticky.lastIndex, order: p.order };
  const list = found[p.list];
  if (list) list.push(hit);
  else found[p.list] = [hit];
  return true;
}

/**
 * Whether one of a phrase's required literals stands in the text from `at` on: if none does, the phrase cannot match
 * there. The regex's case-insensitive matching folds only ASCII letters and two other characters (ſ to s, the Kelvin
 * sign to k) onto the literals' letters, so the text in lower case holds every literal a match holds, where lower
 * case keeps the text's length (positions stay put) and there is no ſ (whose lower case stays ſ). Otherwise the
 * filter says yes and the regex decides.
 *
 * Each literal's next place in the text is remembered for the text (literalNext): asked again at or before that
 * place the answer is known, and a literal found nowhere after a place is not looked for again after it. A search
 * from every start through a long text cost more than the tries it saved; this way each literal's searches cover the
 * text about once per pass over it.
 */
function mayHold(need: readonly string[], ids: readonly number[], text: string, at: number): boolean {
  if (text !== lowered.text) {
    const lower = text.toLowerCase();
    lowered.text = text;
    lowered.lower = lower.length === text.length && !text.includes('ſ') ? lower : null;
    lowered.stamp++;
  }
  const lower = lowered.lower;
  if (lower === null) return true;
  const stamp = lowered.stamp;
  for (let i = 0; i < ids.length; i++) {
    const id = ids[i]!;
    let next = literalNext[id]!;
    // Known when found at or after `at`, or found nowhere after a place at or before `at`.
    if (literalStamp[id] !== stamp || (next >= 0 ? next < at : literalFrom[id]! > at)) {
      next = lower.indexOf(need[i]!, at);
      literalNext[id] = next;
      literalFrom[id] = at;
      literalStamp[id] = stamp;
    }
    if (next >= at) return true;
  }
  return false;
}

/** The last text mayHold lower-cased (a check's passes all run over one text), null when it cannot be used. */
const lowered: { text: string | null; lower: string | null; stamp: number } = { text: null, lower: null, stamp: 0 };

/** Every required literal of every indexed phrase, by id. */
const literalIds = new Map<string, number>();
/**
 * Per literal id, for the text of `lowered.stamp`: the literal's first place at or after `literalFrom` (-1: none),
 * and the stamp these belong to. Grown as literals are added; a check allocates nothing here.
 */
let literalNext = new Int32Array(0);
let literalFrom = new Int32Array(0);
let literalStamp = new Int32Array(0);

function literalId(literal: string): number {
  let id = literalIds.get(literal);
  if (id === undefined) {
    id = literalIds.size;
    literalIds.set(literal, id);
    if (id >= literalNext.length) {
      const size = Math.max(256, literalNext.length * 2);
      const grow = (old: Int32Array) => {
        const out = new Int32Array(size);
        out.set(old);
        return out;
      };
      literalNext = grow(literalNext);
      literalFrom = grow(literalFrom);
      // Stamp 0 is never a text's: a new slot is never taken as known.
      literalStamp = grow(literalStamp);
    }
  }
  return id;
}

/**
 * What a list that finds nothing returns: most lists find nothing in a post, and one shared array saves an allocation
 * each. Frozen, so a caller that would change it throws rather than leak its change into the next check.
 */
export const NO_MATCHES: PhraseMatch[] = Object.freeze([]) as unknown as PhraseMatch[];

function settle(list: IndexedList, text: string, hits: Found[] | null): PhraseMatch[] {
  if (hits === null && list.scanned.length === 0) return NO_MATCHES;
  const found = hits ?? [];
  for (const { order, re } of list.scanned) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m !== null; m = re.exec(text)) {
      if (m[0].length > 0 && startsWord(text, m.index)) found.push({ start: m.index, end: m.index + m[0].length, order });
      re.lastIndex = m.index + (text.codePointAt(m.index)! > 0xffff ? 2 : 1);
    }
  }
  if (found.length === 0) return NO_MATCHES;
  if (list.scanned.length > 0) inOrder(found, byStartThenOrder);
  // At most one match per hit: sized so, and cut to length (a list's first push made room for 17).
  const out = new Array<PhraseMatch>(found.length);
  let kept = 0;
  let end = -1;
  for (const f of found) {
    if (f.start < end || (kept > 0 && out[kept - 1]!.start === f.start)) continue;
    out[kept++] = { start: f.start, end: f.end, text: text.slice(f.start, f.end) };
    end = f.end;
  }
  out.length = kept;
  return out;
}

export const EMPTY_LIST: IndexedList = { byKey: new Map(), scanned: [] };
