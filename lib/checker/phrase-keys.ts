// Which words a phrase can start with, worked out from its regex source, so it is tried only where such a word
// stands. A tiny reader of our own phrase syntax (literals, [classes], (?:groups|alternatives), ? * + {m,n}, and a
// space for the gap between words); anything else makes it give up, and the phrase is scanned instead.

export const DIGIT = '<d>';
export const KEY_LENGTH = 3;
/** Between a first word and the first character of the next one. */
const GAP_MARK = '\u0001';
/** The first word ends without a gap after it (punctuation, or the end of the phrase). */
const END_MARK = '\u0002';
const MAX_EXPANSIONS = 256;
const MAX_WORD = 40;
/** A repeated character ("enrol+") is spelled out at most this many times. */
const MAX_REPEAT = 3;

const WORD_CHAR_RE = /^[\p{L}\p{M}\p{N}]$/u;
const JOINER_RE = /^['’\-_.]$/;
const isDigit = (c: string) => c >= '0' && c <= '9';

export interface StartWords {
  /** Every first word the phrase can start with, lower case ("dm", "i'm", "#ad", "pre-order"). */
  words: Set<string>;
  /**
   * For each first word, the first characters the next word can start with; a word missing from the map may be
   * followed by anything (or by nothing: "thoughts?", "e.g.").
   */
  next: Map<string, Set<string>>;
  /**
   * For some first words, the first two characters (lower case) the next word can start with, when every way the
   * phrase goes on spells out two: a finer filter than `next` ("the ma|co|ci" for "the mayor|council|city").
   */
  nextPairs: Map<string, Set<string>>;
  /**
   * The characters that may follow the digits a phrase starts with, when every way it starts with a number says
   * which: ' ' for a gap ("17 things"), else one lower-case ASCII character ("3x", "20%"). A phrase with this set
   * cannot match at a number followed by anything else ("12 left" for "\\d+x", "4k" for "\\d+ things"). Null when the
   * phrase starts with no number, or some way on after its digits is not one plain character.
   */
  afterNumber: Set<string> | null;
}

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

/**
 * Sources already split, and the closing parenthesis of each group already found: expanding a phrase reads the same
 * groups again for every way its start can go (one per state), and splitting them again was a good part of compiling
 * a phrase book. Phrase sources are our own lists, so both stay small.
 */
const split = new Map<string, readonly string[]>();
const closers = new Map<string, Map<number, number>>();

/** Splits a source at top-level `|`. */
export function alternatives(src: string): readonly string[] {
  let out = split.get(src);
  if (!out) split.set(src, (out = splitAlternatives(src)));
  return out;
}

function splitAlternatives(src: string): string[] {
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
  let known = closers.get(src);
  if (!known) closers.set(src, (known = new Map()));
  let end = known.get(open);
  if (end === undefined) known.set(open, (end = findClosing(src, open)));
  return end;
}

function findClosing(src: string, open: number): number {
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

type Tail = (state: string) => string[] | null;

/** A gapped state whose next word is not spelled out: the first word, the gap (numberNeedsGap reads it), the end. */
const afterGap = (state: string) => state.slice(0, state.indexOf(GAP_MARK) + 1) + END_MARK;

/** How many characters of the next word a state reads (1, or 2 while `nextPairs` works them out). */
let nextReach = 1;

/** Has the state got as far as it needs: a whole first word and `nextReach` characters of the next? */
const complete = (state: string, keyOnly: boolean) =>
  state.includes(END_MARK) ||
  (state.includes(GAP_MARK) && state.length - state.indexOf(GAP_MARK) > nextReach) ||
  (keyOnly && state.length >= KEY_LENGTH);

function expand(src: string, tail: Tail, state: string, keyOnly: boolean, depth: number): string[] | null {
  if (complete(state, keyOnly)) return [state];
  const out = new Set<string>();
  for (const alt of alternatives(src)) {
    const got = sequence(alt, 0, state, tail, keyOnly, depth);
    if (got === null) return null;
    for (const g of got) out.add(g);
    if (out.size > MAX_EXPANSIONS) return null;
  }
  return [...out];
}

function union(a: string[] | null, b: string[] | null): string[] | null {
  return a === null || b === null ? null : withoutSpentNexts([...new Set([...a, ...b])]);
}

/**
 * Drops the next letters of a first word that may also be followed by anything ("two" in "two (?:[\\p{L}]+ )?things"):
 * they would be thrown away in the end (firstWords), and carried along they can exceed MAX_EXPANSIONS.
 */
function withoutSpentNexts(states: string[]): string[] {
  const free = new Set<string>();
  for (const s of states) {
    const end = s.indexOf(END_MARK);
    if (end < 0) continue;
    const gap = s.indexOf(GAP_MARK);
    free.add(s.slice(0, gap >= 0 ? gap : end));
  }
  if (free.size === 0) return states;
  return states.filter((s) => {
    const gap = s.indexOf(GAP_MARK);
    return gap < 0 || s.includes(END_MARK) || !free.has(s.slice(0, gap));
  });
}

function sequence(src: string, at: number, state: string, tail: Tail, keyOnly: boolean, depth: number): string[] | null {
  if (complete(state, keyOnly)) return [state];
  if (depth > 12 || state.length > MAX_WORD) return null;
  if (at >= src.length) return tail(state);
  // After a number only a gap is read on, past more digits ("100"); anything else ends it, and the state keeps the
  // character that must come next when it is one plain ASCII character ("x" in "\\d+x": afterNumber reads it).
  if (state === DIGIT && src[at] !== ' ') {
    const c = src[at]!;
    const quantified = at + 1 < src.length && '?*+{'.includes(src[at + 1]!);
    if (isDigit(c) && !quantified) return sequence(src, at + 1, DIGIT, tail, keyOnly, depth);
    const plain = !quantified && c.charCodeAt(0) < 128 && !'()[]\\.^$|?*+{'.includes(c);
    return [DIGIT + END_MARK + (plain ? c.toLowerCase() : '')];
  }
  const c = src[at]!;
  const literal = plainLetter(src, at, state);
  if (literal !== null) {
    // The commonest step, one letter with no quantifier, read on as the general path below would read it (take),
    // without its closures and arrays: every sequence result is already free of repeats.
    const got = sequence(src, at + 1, state + literal, tail, keyOnly, depth);
    return got === null || got.length > MAX_EXPANSIONS ? null : got;
  }
  const next = (s: string, from: number) => sequence(src, from, s, tail, keyOnly, depth + 1);
  const gapped = state.includes(GAP_MARK);
  // After the gap the first word is known: what this reader cannot spell out ("[\\p{L}]+") only means that anything
  // may follow it, as after punctuation.
  const unknown = () => (gapped ? [afterGap(state)] : null);
  if (c === ' ') {
    // The gap between words: the first word ends here; "a ?b" may also run on with no gap.
    if (state === '' || gapped) return null;
    const optional = src[at + 1] === '?';
    const after = optional ? at + 2 : at + 1;
    const withGap = keyOnly ? [state] : next(state + GAP_MARK, after);
    return optional ? union(withGap, next(state, after)) : withGap;
  }
  if (c === '(') {
    const end = closing(src, at);
    if (end < 0) return null;
    const inner = src.slice(at + 1, end);
    // A look-around ends the first word it follows; before any letter it only narrows where the phrase may match,
    // so the first words are those of what comes after it ("(?<!no )estoy buscando" is tried at "estoy").
    if (inner.startsWith('?=') || inner.startsWith('?!') || inner.startsWith('?<')) return next(state === '' ? state : state + END_MARK, end + 1);
    const body = inner.startsWith('?:') ? inner.slice(2) : inner;
    const q = quantifier(src, end + 1);
    const rest: Tail = (s) => next(s, q.after);
    // After one pass through a repeated group, either the group comes again or the rest follows.
    const again: Tail = q.max > 1 ? (s) => union(rest(s) ?? [], depth > 8 ? null : expand(body, rest, s, keyOnly, depth + 2)) : rest;
    const taken = expand(body, again, state, keyOnly, depth + 1);
    return q.min === 0 ? union(taken, rest(state)) : taken;
  }
  let options: string[] | null;
  let after: number;
  if (c === '[') {
    const end = src.indexOf(']', at + 1);
    if (end < 0) return null;
    options = classChars(src.slice(at + 1, end));
    after = end + 1;
  } else if (c === '\\') {
    const e = src[at + 1];
    options = e === 'd' ? [...'0123456789'] : e === '.' || e === '?' || e === '-' || e === '/' ? [e] : null;
    after = at + 2;
  } else if ('.^$|)?*+{'.includes(c)) {
    return unknown();
  } else {
    options = [c.toLowerCase()];
    after = at + 1;
  }
  if (options === null) return unknown();
  const q = quantifier(src, after);
  const opts = options;
  const word = gapped ? '' : state;
  // Numbers all share one key; a hashtag keeps its '#'.
  if (state === '' && opts.every(isDigit)) return q.min >= 1 ? sequence(src, q.after, DIGIT, tail, keyOnly, depth) : [DIGIT + END_MARK];
  const startsTag = state === '' && opts.length === 1 && opts[0] === '#';
  const wordish = (o: string) => WORD_CHAR_RE.test(o) || (word.length > 0 && JOINER_RE.test(o)) || startsTag;
  if (!opts.every(wordish)) {
    // Punctuation or an emoji: after a gap it tells us nothing about the next word's first letter.
    if (gapped) return [afterGap(state)];
    return state === '' ? null : [state + END_MARK];
  }
  const results: string[] = [];
  const take = (s: string, count: number): boolean => {
    if (count >= q.min) {
      // A letter read is no level deeper: `depth` bounds nested groups, and MAX_WORD bounds the letters (counted as
      // depth, a first word of more than a dozen letters, "firefighters", left its phrase unfiled).
      const got = sequence(src, q.after, s, tail, keyOnly, depth);
      if (got === null) return false;
      results.push(...got);
    }
    if (count < Math.min(q.max, MAX_REPEAT) && !complete(s, keyOnly)) {
      for (const o of opts) if (!take(s + o.toLowerCase(), count + 1)) return false;
    }
    return results.length <= MAX_EXPANSIONS;
  };
  if (!take(state, 0)) return null;
  return [...new Set(results)];
}

/**
 * The letter (lower case, as `take` spells it) when the source at `at` is one plain character with no quantifier that
 * the general path would read as part of the word; null when the general path must decide.
 */
function plainLetter(src: string, at: number, state: string): string | null {
  const c = src[at]!;
  if (c === ' ' || c === '(' || c === '[' || c === '\\' || '.^$|)?*+{'.includes(c)) return null;
  const after = src[at + 1];
  if (after !== undefined && '?*+{'.includes(after)) return null;
  const o = c.toLowerCase();
  if (state === '' && isDigit(o)) return null;
  const word = state.includes(GAP_MARK) ? '' : state;
  const startsTag = state === '' && o === '#';
  if (!(WORD_CHAR_RE.test(o) || (word.length > 0 && JOINER_RE.test(o)) || startsTag)) return null;
  return o.toLowerCase();
}

const endTail: Tail = (state) => (state === '' || state.endsWith(GAP_MARK) ? null : [state + END_MARK]);

/** First words (and what may follow them) of a phrase, or null when they cannot be worked out. */
export function startWords(phrase: string): StartWords | null {
  const found = firstWords(phrase);
  if (!found) return null;
  // Pairs are kept only for first words with next letters: with none, the second reading could add nothing.
  if (found.next.size === 0) return found;
  // The first two characters of the next word, where they can be worked out for the same first words.
  nextReach = 2;
  let pairs: StartWords | null;
  try {
    pairs = firstWords(phrase);
  } finally {
    nextReach = 1;
  }
  if (pairs && pairs.words.size === found.words.size && [...found.words].every((w) => pairs.words.has(w))) {
    for (const [word, next] of pairs.next) if (found.next.has(word) && [...next].every((p) => p.length === 2)) found.nextPairs.set(word, next);
  }
  return found;
}

function firstWords(phrase: string): StartWords | null {
  const states = expand(phrase.trim(), endTail, '', false, 0);
  if (states === null || states.length === 0) return null;
  const words = new Set<string>();
  const next = new Map<string, Set<string>>();
  const free = new Set<string>();
  // What may follow the digits of each way the phrase starts with a number (afterNumber); null once any is unknown.
  let afterNumber: Set<string> | null = new Set<string>();
  for (const s of states) {
    // A number: filed with every number (phrase-index.ts keyOf); the phrase's spelled-out words still file it under
    // whole words ("two", "a" + h for "a hundred"). After a gap sequence reads on, so a number has next letters
    // like a word ("\d+ days" only before a d); one that runs on ("20%", "3x") may be followed by anything.
    if (s.startsWith(DIGIT)) {
      words.add(DIGIT);
      const gap = s.indexOf(GAP_MARK);
      // A number that runs on keeps its next character after END_MARK (sequence), or none when it is not known.
      const after = gap >= 0 ? ' ' : s.slice(DIGIT.length + 1);
      if (after === '') afterNumber = null;
      else afterNumber?.add(after);
      if (gap >= 0 && !s.includes(END_MARK)) {
        const set = next.get(DIGIT) ?? new Set<string>();
        set.add(s.slice(gap + 1, gap + 1 + nextReach));
        next.set(DIGIT, set);
      } else free.add(DIGIT);
      continue;
    }
    const gap = s.indexOf(GAP_MARK);
    const end = s.indexOf(END_MARK);
    const cut = gap >= 0 ? gap : end;
    // A joiner ends a word unless a letter follows it, as in the tokenizer ("e.g." is the word "e.g").
    const word = s.slice(0, cut).replace(/['’\-_.]+$/u, '');
    if (word === '') return null;
    words.add(word);
    if (isDigit(word[0]!)) afterNumber = null;
    if (gap >= 0 && end < 0) {
      const set = next.get(word) ?? new Set<string>();
      set.add(s.slice(gap + 1, gap + 1 + nextReach));
      next.set(word, set);
    } else free.add(word);
  }
  for (const w of free) next.delete(w);
  return { words, next, nextPairs: new Map(), afterNumber: words.has(DIGIT) ? afterNumber : null };
}

/** The three-letter keys a phrase can start with, for phrases whose whole first word cannot be spelled out. */
export function phraseKeys(phrase: string): string[] | null {
  const states = expand(phrase.trim(), (s) => (s === '' ? null : [s]), '', true, 0);
  if (states === null || states.length === 0) return null;
  return [...new Set(states.map((s) => (s.startsWith(DIGIT) ? DIGIT : s.replace(/[\u0001\u0002]/gu, '').slice(0, KEY_LENGTH))))];
}

// ---- Words a match must hold -----------------------------------------------------------------------------------

/** A required literal shorter than this is in nearly every post: no use as a filter. */
const MIN_NEED = 3;
/** At most this many alternatives for a filter: past it, looking for each costs about what trying the phrase does. */
const MAX_NEEDS = 6;

/**
 * Literals (lower-case ASCII letters and digits) of which every match of the phrase holds at least one, after its
 * first word (which the index has already found where it is tried): "this (?:[\p{L}-]+ ){0,3}?(?:test|quiz) will"
 * needs "test", "quiz" or "will". The fewest, longest such set the reader can prove; null when it proves none. A phrase
 * whose literals are nowhere after the start in the text cannot match there, so its regex is not run (phrase-index.ts
 * tryAt): in a check each phrase's regex runs cold, a few microseconds, and most tries fail.
 */
export function requiredLiterals(phrase: string): string[] | null {
  const alts = alternatives(phrase.trim());
  const out = new Set<string>();
  for (const alt of alts) {
    const needs = sequenceNeeds(alt, true);
    if (!needs) return null;
    for (const n of needs) out.add(n);
  }
  return out.size > 0 && out.size <= MAX_NEEDS ? [...out] : null;
}

/**
 * The best set of literals one of which every match of a sequence (one alternative) holds: of its mandatory parts
 * (literal runs of at least MIN_NEED letters or digits, groups that must match whose every alternative has such a set),
 * the one with the fewest literals, then the longest shortest literal. `skipFirst`: the sequence's first part is the
 * word the phrase is filed under, and left out.
 */
function sequenceNeeds(src: string, skipFirst: boolean): string[] | null {
  let best: string[] | null = null;
  let bestShortest = 0;
  // Parts in order: a run of letters, a group, a class, an escape, any other character. Part 0 is the first word.
  let part = 0;
  const offer = (needs: string[] | null) => {
    if (!needs || needs.length === 0 || needs.length > MAX_NEEDS || (skipFirst && part === 0)) return;
    const shortest = Math.min(...needs.map((n) => n.length));
    if (shortest < MIN_NEED) return;
    if (!best || needs.length < best.length || (needs.length === best.length && shortest > bestShortest)) {
      best = needs;
      bestShortest = shortest;
    }
  };
  let run = '';
  const endRun = () => {
    if (run === '') return;
    offer([run]);
    run = '';
    part++;
  };
  for (let i = 0; i < src.length; ) {
    const c = src[i]!;
    if (c === '\\') {
      endRun();
      const e = src[i + 1];
      if (e === undefined || e === 'k' || e === 'c') return null;
      let j = i + 2;
      if ((e === 'p' || e === 'P' || e === 'u') && src[j] === '{') j = src.indexOf('}', j) + 1;
      else if (e === 'u') j += 4;
      else if (e === 'x') j += 2;
      if (j <= i) return null;
      i = quantifier(src, j).after;
      part++;
    } else if (c === '[') {
      endRun();
      let j = i + 1;
      while (j < src.length && src[j] !== ']') j += src[j] === '\\' ? 2 : 1;
      if (j >= src.length) return null;
      i = quantifier(src, j + 1).after;
      part++;
    } else if (c === '(') {
      endRun();
      const close = closing(src, i);
      if (close < 0) return null;
      const q = quantifier(src, close + 1);
      const look = src.startsWith('(?=', i) || src.startsWith('(?!', i) || src.startsWith('(?<=', i) || src.startsWith('(?<!', i);
      if (!look && q.min >= 1 && !src.startsWith('(?<', i)) offer(groupNeeds(src.startsWith('(?:', i) ? src.slice(i + 3, close) : src.slice(i + 1, close)));
      if (!look) part++;
      i = q.after;
    } else if (c === ')' || c === '|') {
      return null;
    } else {
      const q = quantifier(src, i + 1);
      const lower = c >= 'A' && c <= 'Z' ? c.toLowerCase() : c;
      const usable = (lower >= 'a' && lower <= 'z') || (lower >= '0' && lower <= '9');
      if (usable && q.after === i + 1) {
        run += lower;
        i++;
        continue;
      }
      // Repeated ("a+"), optional ("s?") or not a letter or digit: the run ends here, with the letter once if it
      // must be there.
      if (usable && q.min >= 1) run += lower;
      if (run !== '') endRun();
      else part++;
      i = q.after;
    }
  }
  endRun();
  return best;
}

/** The literals one of which any match of a group body holds: each alternative's best set, together. */
function groupNeeds(body: string): string[] | null {
  const out = new Set<string>();
  for (const alt of alternatives(body)) {
    const needs = sequenceNeeds(alt, false);
    if (!needs) return null;
    for (const n of needs) out.add(n);
  }
  return out.size > 0 ? [...out] : null;
}
