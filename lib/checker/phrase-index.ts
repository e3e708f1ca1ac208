// Phrase matching driven by the words already found by the tokenizer. Scanning the text with one big alternation
// per list tries every phrase at every position (measured: ~0.5 ms per post at 3,000 characters); instead each
// phrase is filed under the first three letters its first word can start with, and tried only where a word starts
// with them. Phrases whose start cannot be worked out (they start with $, ¿, an emoji, a letter class...) are
// scanned the old way. The result is the same as scanning with the list's regex: a test checks that.
import { phraseSource, startsWord, type PhraseMatch } from './phrases';
import type { Token } from './text';

const BOUNDARY_AFTER = String.raw`(?![\p{L}\p{N}_])`;
const KEY_LENGTH = 3;
/** A phrase whose first word expands to more start keys than this is scanned instead. */
const MAX_KEYS = 96;
const DIGIT = '<d>';

interface Phrase {
  order: number;
  sticky: RegExp;
}

export interface IndexedList {
  byKey: Map<string, Phrase[]>;
  /** Phrases scanned over the whole text, each with its order in the list. */
  scanned: { order: number; re: RegExp }[];
}

// ---- Working out which keys a phrase can start with -----------------------------------------------------------

/** One parsed piece of a phrase source: a set of alternative strings, or "anything" (null). */
type Piece = { options: string[] | null; min: number; max: number };

const WORD_CHAR_RE = /^[\p{L}\p{M}\p{N}]$/u;
const JOINER_RE = /^['’\-_.]$/;

function classChars(body: string): string[] | null {
  if (body.startsWith('^')) return null;
  const out: string[] = [];
  for (let i = 0; i < body.length; i++) {
    const c = body[i]!;
    if (c === '\\') {
      const e = body[i + 1];
      i++;
      if (e === 'd') out.push(...'0123456789');
      else if (e === '.' || e === '-' || e === '\\' || e === "'") out.push(e);
      else return null;
    } else if (body[i + 1] === '-' && body[i + 2] !== undefined && body[i + 2] !== ']') {
      const from = c.codePointAt(0)!;
      const to = body[i + 2]!.codePointAt(0)!;
      if (to - from > 30) return null;
      for (let cp = from; cp <= to; cp++) out.push(String.fromCodePoint(cp));
      i += 2;
    } else out.push(c);
  }
  return out;
}

/** Splits a source at top-level `|`. */
function alternatives(src: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let inClass = false;
  let from = 0;
  for (let i = 0; i < src.length; i++) {
    const c = src[i]!;
    if (c === '\\') i++;
    else if (inClass) inClass = c !== ']';
    else if (c === '[') inClass = true;
    else if (c === '(') depth++;
    else if (c === ')') depth--;
    else if (c === '|' && depth === 0) {
      out.push(src.slice(from, i));
      from = i + 1;
    }
  }
  out.push(src.slice(from));
  return out;
}

function closing(src: string, open: number): number {
  let depth = 0;
  let inClass = false;
  for (let i = open; i < src.length; i++) {
    const c = src[i]!;
    if (c === '\\') i++;
    else if (inClass) inClass = c !== ']';
    else if (c === '[') inClass = true;
    else if (c === '(') depth++;
    else if (c === ')' && --depth === 0) return i;
  }
  return -1;
}

/**
 * The strings (lower case, up to KEY_LENGTH characters, stopping at a space) a source can begin with, or null
 * when that cannot be worked out within MAX_KEYS. `tail` continues the expansion after this source.
 */
function starts(src: string, tail: (prefix: string) => string[] | null, prefix: string): string[] | null {
  if (prefix.length >= KEY_LENGTH) return [prefix];
  const out = new Set<string>();
  for (const alt of alternatives(src)) {
    const got = sequence(alt, 0, prefix, tail);
    if (got === null) return null;
    for (const g of got) out.add(g);
    if (out.size > MAX_KEYS) return null;
  }
  return [...out];
}

function sequence(
  src: string,
  at: number,
  prefix: string,
  tail: (prefix: string) => string[] | null,
  depth = 0,
): string[] | null {
  if (prefix.length >= KEY_LENGTH) return [prefix];
  if (depth > 8) return null;
  if (at >= src.length) return tail(prefix);
  const c = src[at]!;
  // A space, or any character a word cannot hold, ends the first word: the key is what we have so far.
  if (c === ' ') return prefix.length > 0 ? [prefix] : null;
  let piece: Piece;
  let next: number;
  if (c === '(') {
    const end = closing(src, at);
    if (end < 0) return null;
    const inner = src.slice(at + 1, end);
    if (inner.startsWith('?=') || inner.startsWith('?!') || inner.startsWith('?<')) return prefix.length > 0 ? [prefix] : null;
    const body = inner.startsWith('?:') ? inner.slice(2) : inner;
    const { min, max, after } = quantifier(src, end + 1);
    const rest = (p: string) => sequence(src, after, p, tail, depth + 1);
    // After one pass through a repeated group, either the group comes again or the rest follows.
    const next = max > 1 ? (p: string): string[] | null => merge(rest(p) ?? [], depth > 6 ? null : starts(body, rest, p)) : rest;
    const taken = starts(body, next, prefix);
    if (taken === null) return null;
    return min === 0 ? merge(taken, rest(prefix)) : taken;
  }
  if (c === '[') {
    const end = src.indexOf(']', at + 1);
    if (end < 0) return null;
    const chars = classChars(src.slice(at + 1, end));
    piece = { options: chars, min: 1, max: 1 };
    const q = quantifier(src, end + 1);
    piece.min = q.min;
    piece.max = q.max;
    next = q.after;
  } else if (c === '\\') {
    const e = src[at + 1];
    const options = e === 'd' ? [...'0123456789'] : e === '.' || e === '?' || e === '-' || e === '/' ? [e] : null;
    const q = quantifier(src, at + 2);
    piece = { options, min: q.min, max: q.max };
    next = q.after;
  } else if (c === '#') {
    const q = quantifier(src, at + 1);
    piece = { options: ['#'], min: q.min, max: q.max };
    next = q.after;
  } else if (c === "'") {
    const q = quantifier(src, at + 1);
    piece = { options: ["'"], min: q.min, max: q.max };
    next = q.after;
  } else if ('.^$|)?*+{'.includes(c)) {
    return null;
  } else {
    const q = quantifier(src, at + 1);
    piece = { options: [c.toLowerCase()], min: q.min, max: q.max };
    next = q.after;
  }
  if (piece.options === null) return null;
  const options = piece.options;
  // Numbers share one key; a hashtag keeps its '#'.
  if (prefix === '' && options.every((o) => o >= '0' && o <= '9')) return [DIGIT];
  if (prefix === '' && options.length === 1 && options[0] === '#') {
    const rest = sequence(src, next, '#', tail, depth + 1);
    return piece.min === 0 ? merge(rest ?? [], sequence(src, next, prefix, tail, depth + 1)) : rest;
  }
  // A character that cannot be inside a word token ends the first word here.
  const wordish = options.every((o) => WORD_CHAR_RE.test(o) || (prefix.length > 0 && JOINER_RE.test(o)));
  if (!wordish) return prefix.length > 0 ? [prefix] : null;
  const results: string[] = [];
  const take = (p: string, count: number): boolean => {
    if (count >= piece.min) {
      const rest = sequence(src, next, p, tail, depth + 1);
      if (rest === null) return false;
      results.push(...rest);
    }
    if (count < Math.min(piece.max, KEY_LENGTH) && p.length < KEY_LENGTH) {
      for (const o of options) if (!take(p + o.toLowerCase(), count + 1)) return false;
    }
    return results.length <= MAX_KEYS;
  };
  if (!take(prefix, 0)) return null;
  return [...new Set(results)];
}

function merge(a: string[], b: string[] | null): string[] | null {
  return b === null ? null : [...new Set([...a, ...b])];
}

function quantifier(src: string, at: number): { min: number; max: number; after: number } {
  const c = src[at];
  let q = { min: 1, max: 1, after: at };
  if (c === '?') q = { min: 0, max: 1, after: at + 1 };
  else if (c === '*') q = { min: 0, max: Infinity, after: at + 1 };
  else if (c === '+') q = { min: 1, max: Infinity, after: at + 1 };
  else if (c === '{') {
    const m = /^\{(\d+)(?:,(\d*))?\}/.exec(src.slice(at));
    if (m) q = { min: Number(m[1]), max: m[2] === undefined ? Number(m[1]) : m[2] === '' ? Infinity : Number(m[2]), after: at + m[0].length };
  }
  if (src[q.after] === '?' && q.after !== at) q.after++;
  return q;
}

/** Start keys of a phrase, or null when it must be scanned. Digits collapse to one key. */
export function phraseKeys(phrase: string): string[] | null {
  const keys = starts(phrase.trim(), (p) => (p.length > 0 ? [p] : null), '');
  if (keys === null || keys.length === 0) return null;
  return [...new Set(keys.map((k) => (/^\d/.test(k) ? DIGIT : k)))];
}

// ---- Matching ---------------------------------------------------------------------------------------------------

export function indexPhrases(phrases: readonly string[]): IndexedList {
  // The same order the alternation uses: longest source first, so the same phrase wins at a position.
  const sorted = [...phrases].sort((a, b) => b.length - a.length);
  const byKey = new Map<string, Phrase[]>();
  const scanned: IndexedList['scanned'] = [];
  sorted.forEach((phrase, order) => {
    const source = `(?:${phraseSource(phrase)})${BOUNDARY_AFTER}`;
    const keys = phraseKeys(phrase);
    if (keys === null) {
      scanned.push({ order, re: new RegExp(source, 'giu') });
      return;
    }
    const entry = { order, sticky: new RegExp(source, 'iuy') };
    for (const key of keys) byKey.set(key, [...(byKey.get(key) ?? []), entry]);
  });
  return { byKey, scanned };
}

/**
 * The key of the word starting at `at`: its first KEY_LENGTH characters in lower case, the whole word when shorter
 * ("my", "i'm"), '#' kept for hashtags, and one key for every number.
 */
function keyAt(text: string, at: number, end: number): string {
  const c = text.charCodeAt(at);
  if (c >= 48 && c <= 57) return DIGIT;
  let key = '';
  for (let i = at; i < end && key.length < KEY_LENGTH; i++) {
    const ch = text[i]!;
    if (i > at && JOINER_RE.test(ch) && !(i + 1 < end && WORD_CHAR_RE.test(text[i + 1]!))) break;
    key += ch === '’' ? "'" : ch;
  }
  return key.toLowerCase();
}

/** Positions where a phrase may start: each word, each part of a word after a joiner, each hashtag and its word. */
export function startPositions(text: string, tokens: readonly Token[]): { at: number; key: string }[] {
  const out: { at: number; key: string }[] = [];
  const push = (at: number, end: number) => {
    if (!startsWord(text, at)) return;
    out.push({ at, key: keyAt(text, at, end) });
  };
  for (const t of tokens) {
    if (t.type === 'word') {
      push(t.start, t.end);
      for (let i = t.start + 1; i < t.end; i++) if (JOINER_RE.test(text[i - 1]!)) push(i, t.end);
    } else if (t.type === 'hashtag') {
      push(t.start, t.end);
      push(t.start + 1, t.end);
    }
  }
  return out;
}

type Found = { start: number; end: number; order: number };

/** All non-overlapping matches of a list, as the list's alternation would find them scanning left to right. */
export function matchList(list: IndexedList, text: string, positions: readonly { at: number; key: string }[]): PhraseMatch[] {
  return matchAll(combine([list]), text, positions)[0]!;
}

/** Every list's phrases filed under one map, so each word costs one lookup however many lists there are. */
export interface CombinedIndex {
  byKey: Map<string, { list: number; order: number; sticky: RegExp }[]>;
  lists: readonly IndexedList[];
}

export function combine(lists: readonly IndexedList[]): CombinedIndex {
  const byKey: CombinedIndex['byKey'] = new Map();
  lists.forEach((list, i) => {
    for (const [key, phrases] of list.byKey) {
      const entries = byKey.get(key) ?? [];
      for (const p of phrases) entries.push({ list: i, order: p.order, sticky: p.sticky });
      byKey.set(key, entries);
    }
  });
  return { byKey, lists };
}

/** The matches of every list in the index, in list order. */
export function matchAll(index: CombinedIndex, text: string, positions: readonly { at: number; key: string }[]): PhraseMatch[][] {
  const found: Found[][] = index.lists.map(() => []);
  for (const { at, key } of positions) {
    const candidates = index.byKey.get(key);
    if (!candidates) continue;
    // Entries are grouped by list, each group in the list's order: the first match of a group is the one its
    // alternation would pick at this position.
    let done = -1;
    for (const p of candidates) {
      if (p.list === done) continue;
      p.sticky.lastIndex = at;
      const m = p.sticky.exec(text);
      if (m && m[0].length > 0) {
        found[p.list]!.push({ start: at, end: at + m[0].length, order: p.order });
        done = p.list;
      }
    }
  }
  return index.lists.map((list, i) => settle(list, text, found[i]!));
}

function settle(list: IndexedList, text: string, found: Found[]): PhraseMatch[] {
  for (const { order, re } of list.scanned) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m !== null; m = re.exec(text)) {
      if (m[0].length > 0 && startsWord(text, m.index)) found.push({ start: m.index, end: m.index + m[0].length, order });
      re.lastIndex = m.index + (text.codePointAt(m.index)! > 0xffff ? 2 : 1);
    }
  }
  if (found.length === 0) return [];
  if (list.scanned.length > 0) found.sort((a, b) => a.start - b.start || a.order - b.order);
  const out: PhraseMatch[] = [];
  let end = -1;
  for (const f of found) {
    if (f.start < end || (out.length > 0 && out[out.length - 1]!.start === f.start)) continue;
    out.push({ start: f.start, end: f.end, text: text.slice(f.start, f.end) });
    end = f.end;
  }
  return out;
}

export const EMPTY_LIST: IndexedList = { byKey: new Map(), scanned: [] };
