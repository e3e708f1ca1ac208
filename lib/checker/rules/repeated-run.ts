import { WORD_FLAG } from '../phrases/book';
import { hitMessage } from '../messages';
import { defineRule, type Hit } from '../rule';
import { fnv1a } from '../similarity';
import { byStart, inOrder, overlaps, within, type Span, type Token } from '../text';
import type { Sensitivity } from '../types';

/** A run of one emoji this long is no longer emphasis ("🙏🙏🙏" is; eight of them is padding). */
const EMOJI_RUN: Record<Sensitivity, number> = { gentle: 8, normal: 6, strict: 5 };
/** An emoji group this long that comes back counts as a repeated run... */
const EMOJI_GROUP = 3;
/** ...and a shorter group ("🚀🚀") when it comes back this often. */
const SHORT_GROUP_TIMES = 3;
/** Two groups around a title this short are a frame ("✨✨✨ GIVEAWAY ✨✨✨"), not a repeat. */
const FRAME_WORDS = 3;
/** One word this many times in a row ("lol lol lol lol lol") is padding; "no no no" is emphasis. */
const WORD_RUN: Record<Sensitivity, number> = { gentle: 6, normal: 5, strict: 4 };
/** A three-word phrase repeated this often ("SALE SALE SALE"), or a six-word passage repeated at all. */
const SHORT_PHRASE = 3;
const LONG_PASSAGE = 6;
/** Long posts may use a refrain; they need one more repeat before it counts. */
const LONG_POST_WORDS = 120;
const MAX_HITS = 5;

const emojiKey = (t: Token) => t.text.replace(/[\uFE0F\u{1F3FB}-\u{1F3FF}]/gu, '');

interface Unit {
  /** Token index ranges of every occurrence, in order. */
  at: number[];
  length: number;
}

function gramHash(ids: ArrayLike<number>, at: number, n: number): number {
  let h = 0x811c9dc5;
  for (let i = at; i < at + n; i++) h = Math.imul(h ^ ids[i]!, 0x01000193);
  return h >>> 0;
}

function sameGram(ids: ArrayLike<number>, a: number, b: number, n: number): boolean {
  for (let i = 0; i < n; i++) if (ids[a + i] !== ids[b + i]) return false;
  return true;
}

/**
 * Positions of each n-gram of `ids` starting at `starts` (ascending) and seen at least `minCount` times; occurrences
 * closer than `gap` to the previous kept one are skipped (gap = n: no overlaps).
 */
function repeatedGrams(
  ids: ArrayLike<number>,
  n: number,
  minCount: number,
  starts: Iterable<number>,
  keep: (start: number) => boolean,
  gap = n,
): Unit[] {
  const seen = new Map<number, number[]>();
  for (const i of starts) {
    if (i + n > ids.length || !keep(i)) continue;
    const key = gramHash(ids, i, n);
    const list = seen.get(key);
    if (!list) seen.set(key, [i]);
    // A hash collision between different n-grams is ignored rather than merged.
    else if (i >= list[list.length - 1]! + gap && sameGram(ids, list[0]!, i, n)) list.push(i);
  }
  const units: Unit[] = [];
  for (const at of seen.values()) if (at.length >= minCount) units.push({ at, length: n });
  return units.sort((a, b) => a.at[0]! - b.at[0]!);
}

/**
 * The word ids and content-word counts of a check, in buffers reused across checks (a check is synchronous and never
 * runs inside another): as arrays grown word by word, with hashes past the small-integer range, they were copied
 * over and over on every check.
 */
let idBuffer = new Uint32Array(256);
let contentBuffer = new Int32Array(513);

/** A zeroed Int32Array of at least `size`, reused across checks (they are synchronous; allocating cost more). */
let table = new Int32Array(1024);
function scratch(size: number): Int32Array {
  if (table.length < size) table = new Int32Array(size);
  else table.fill(0, 0, size);
  return table;
}

/**
 * Start positions of every three-word phrase that occurs more than once, ascending. Runs on every word of every
 * check, so the first occurrences sit in a typed open-addressing table rather than a Map.
 */
function returningTrigrams(ids: ArrayLike<number>): number[] {
  const count = ids.length - SHORT_PHRASE + 1;
  if (count < 2) return [];
  let size = 64;
  while (size < count * 2) size *= 2;
  const mask = size - 1;
  // Slot holds the first position of a trigram plus one; 0 is empty.
  // Slots first, then one mark per position.
  const slots = scratch(size + count);
  const marked = size;
  let any = false;
  for (let i = 0; i < count; i++) {
    let slot = Math.imul(gramHash(ids, i, SHORT_PHRASE), 0x9e3779b1) >>> 0 & mask;
    for (;;) {
      const held = slots[slot]!;
      if (held === 0) {
        slots[slot] = i + 1;
        break;
      }
      if (sameGram(ids, held - 1, i, SHORT_PHRASE)) {
        slots[marked + held - 1] = 1;
        slots[marked + i] = 1;
        any = true;
        break;
      }
      slot = (slot + 1) & mask;
    }
  }
  if (!any) return [];
  const out: number[] = [];
  for (let i = 0; i < count; i++) if (slots[marked + i]) out.push(i);
  return out;
}

/** Grows a repeated unit to the right while every occurrence still matches and none runs into the next. */
function extend(unit: Unit, ids: ArrayLike<number>): Unit {
  let length = unit.length;
  for (;;) {
    const ok = unit.at.every((p, i) => {
      const next = unit.at[i + 1] ?? ids.length;
      return p + length < next && ids[p + length] === ids[unit.at[0]! + length];
    });
    if (!ok) return { ...unit, length };
    length++;
  }
}

/** How many words lie between two spans. */
function wordsBetween(words: readonly Token[], a: Span, b: Span): number {
  let n = 0;
  for (const w of words) if (w.start >= a.end && w.end <= b.start) n++;
  return n;
}

/** Keeps a hit unless the rule has enough or it overlaps one already kept. */
function addHit(hits: Hit[], flagged: Span[], span: Span, said: ReturnType<typeof hitMessage>, suggestion: string): void {
  if (hits.length >= MAX_HITS || overlaps(flagged, span.start, span.end)) return;
  flagged.push(span);
  hits.push({ ...span, ...said, suggestion });
}

export default defineRule({
  meta: {
    id: 'repeated-run',
    family: 'repetition',
    description: 'Repeats a phrase, a hashtag or an emoji run inside the same post.',
    why: 'Repeating words makes a post longer, not stronger; readers skim the repeats and miss the one line that mattered.',
    weight: 1,
  },
  check({ doc, sensitivity, evidence }) {
    const hits: Hit[] = [];
    const flagged: Span[] = [];

    // The same hashtag twice.
    const tags = new Map<string, Token[]>();
    for (const t of doc.hashtags) {
      const key = t.text.slice(1).toLowerCase();
      const list = tags.get(key);
      if (list) list.push(t);
      else tags.set(key, [t]);
    }
    for (const list of tags.values()) {
      if (list.length < 2) continue;
      addHit(hits, flagged, list[1]!, hitMessage('repeatedRunHashtag', { tag: list[0]!.text, times: list.length }), 'Use each hashtag once; one well-chosen tag reaches the same readers.');
    }

    // Emoji: one long run, or the same group again.
    const runs: { span: Span; key: string; length: number }[] = [];
    for (const e of doc.emoji) {
      const last = runs[runs.length - 1];
      const joined = last && /^\s*$/.test(doc.text.slice(last.span.end, e.start)) && last.key === emojiKey(e);
      if (joined) {
        last.span.end = e.end;
        last.length++;
      } else runs.push({ span: { start: e.start, end: e.end }, key: emojiKey(e), length: 1 });
    }
    const emojiSuggestion = 'Keep one emoji for the feeling and spend the space on a detail the reader can use.';
    for (const r of runs) {
      if (r.length >= EMOJI_RUN[sensitivity]) addHit(hits, flagged, r.span, hitMessage('repeatedRunEmoji', { count: r.length }), emojiSuggestion);
    }
    const groups = runs.filter((r) => r.length >= 2);
    for (let i = 1; i < groups.length; i++) {
      const g = groups[i]!;
      const same = groups.slice(0, i).filter((p) => p.key === g.key);
      if (same.length === 0) continue;
      const long = g.length >= EMOJI_GROUP && same.some((p) => p.length >= EMOJI_GROUP);
      const often = groups.filter((p) => p.key === g.key).length >= SHORT_GROUP_TIMES;
      const frame = same.length === 1 && wordsBetween(doc.words, same[0]!.span, g.span) <= FRAME_WORDS;
      if ((long && !frame) || often) addHit(hits, flagged, g.span, hitMessage('repeatedRunEmojiGroup', { words: doc.text.slice(g.span.start, g.span.end) }), emojiSuggestion);
    }

    // One word over and over.
    const words = doc.words;
    for (let i = 0; i < words.length; ) {
      let j = i + 1;
      while (j < words.length && evidence.lower[j] === evidence.lower[i] && /^[\s,.!]*$/.test(doc.text.slice(words[j - 1]!.end, words[j]!.start))) j++;
      if (j - i >= WORD_RUN[sensitivity]) {
        addHit(hits, flagged, { start: words[i]!.start, end: words[j - 1]!.end }, hitMessage('repeatedRunWord', { words: words[i]!.text, count: j - i }), 'Say it once; the space is better spent on what you mean by it.');
      }
      i = j;
    }

    // Phrases: a three-word phrase three times, or a six-word passage twice.
    if (words.length < SHORT_PHRASE * 3) return inOrder(hits, byStart);
    // contentBefore[i]: how many of the first i words are not function words. A word's id is the 32-bit hash of
    // its lower-case form; two different words of one post sharing a hash is too rare to matter for a hint.
    const count = evidence.lower.length;
    if (idBuffer.length < count) {
      idBuffer = new Uint32Array(count * 2);
      contentBuffer = new Int32Array(count * 2 + 1);
    }
    const ids = idBuffer.subarray(0, count);
    // Read only up to index `count` (repeatedGrams keeps n-grams inside `ids`).
    const contentBefore = contentBuffer;
    contentBefore[0] = 0;
    for (let i = 0; i < count; i++) {
      contentBefore[i + 1] = contentBefore[i]! + (evidence.flags[i]! & WORD_FLAG.stop ? 0 : 1);
      ids[i] = fnv1a(evidence.lower[i]!);
    }
    const shortCount = SHORT_PHRASE + (words.length > LONG_POST_WORDS ? 1 : 0);
    // A six-word passage (or a three-word phrase) that comes back starts with a three-word phrase seen before:
    // one cheap pass finds those starts, and only they are looked at again.
    const passageStarts = returningTrigrams(ids);
    if (passageStarts.length === 0) return inOrder(hits, byStart);
    const units = [
      ...repeatedGrams(ids, LONG_PASSAGE, 2, passageStarts, (i) => contentBefore[i + LONG_PASSAGE]! - contentBefore[i]! >= 3),
      ...repeatedGrams(ids, SHORT_PHRASE, shortCount, passageStarts, (i) => contentBefore[i + SHORT_PHRASE]! - contentBefore[i]! >= 2),
    ];
    for (const found of units) {
      if (hits.length >= MAX_HITS) break;
      // Phrases inside a passage already flagged are part of it.
      const second = found.at[1]!;
      if (within(flagged, words[second]!.start)) continue;
      const unit = extend(found, ids);
      const first = unit.at[0]!;
      const message = hitMessage('repeatedRunPhrase', { words: doc.text.slice(words[first]!.start, words[first + unit.length - 1]!.end), times: unit.at.length });
      for (const p of unit.at.slice(1)) {
        addHit(
          hits,
          flagged,
          { start: words[p]!.start, end: words[p + unit.length - 1]!.end },
          message,
          'Say it once, where it matters most, and use the freed space for a detail, an example or a question.',
        );
      }
    }
    return inOrder(hits, byStart);
  },
});
