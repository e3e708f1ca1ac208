// The normalising layer under every rule: people write "pleaaase", "plz sub 4 sub", "suscribe to my chanel" and
// "site . com"; rules are written for "please", "for", "subscribe", "channel" and links. Words are folded to a
// canonical form (elongation, then the language's shorthand table in lexicon/<lang>.ts), links written apart are
// joined into link tokens, and phrase lists run over a canonical copy of the text whose offsets map back to the
// original, so every finding still points at what the person wrote.
import { askLexicon, fold } from './lexicon';
import type { Shorthand } from './lexicon/types';
import { phraseBook } from './phrases/book';
import { byStart, inOrder, type Doc, type Token } from './text';
import type { DocLang } from './types';
import { IdMemo } from './word-ids';

// ---- Links written apart ---------------------------------------------------------------------------------------

// TLDs that spammers spell out ("site dot com"): a short list, so "polka dot art" style prose is not read as a link.
const SPELLED_TLDS = 'com|net|org|io|co|me|tv|shop|store|xyz|app|dev|info|biz|online|site|live|link|ly|gg|us|uk|de|fr|es|pt|br';
/**
 * "site . com", "site dot com", "site(dot)com", "site[.]com", "site [dot] com": a name, a dot written so that it
 * is not a link, then a TLD. A plain "name. Com" (a dot then a space) is prose, so a bare dot needs a space before it.
 * A "www" before it belongs to the link, with or without its dot ("www bit . ly / x").
 */
/**
 * yt23: the dot spelled in the other languages ("camisasdogol ponto com ponto br", "tienda punto com", "laden punkt
 * de"), only before the TLDs a shop uses: "el punto de partida", "el punto es" and "le point fr" stay prose.
 */
const WORD_DOT = String.raw`\s(?:ponto|punto|point)\s(?=(?:com|net|org|br)(?![\p{L}\p{N}]))|\spunkt\s(?=(?:com|net|org|de)(?![\p{L}\p{N}]))`;
const SPELLED_LINK_RE = new RegExp(
  String.raw`(?<![\p{L}\p{N}@.\/-])((?:www(?:\s*\.\s*|\s+)(?=[a-z0-9]))?(?:[a-z0-9][a-z0-9-]*\s*(?:\s\.|\(\s*(?:dot|\.)\s*\)|\[\s*(?:dot|\.)\s*\]|\{\s*(?:dot|\.)\s*\}|\sdot\s|${WORD_DOT})\s*)+)(${SPELLED_TLDS})(?![\p{L}\p{N}])((?:\s*\/\s*[\p{L}\p{N}_-]+)*)`,
  'giu',
);
/** "https://" then white space, then the rest of the link: links broken by a page's layout when copied. */
const BROKEN_LINK_RE = /\bhttps?:\/\/[ \t]*\n?[ \t]*\n?[ \t]*([a-z0-9-]+(?:\.[a-z0-9-]+)+(?:\/\S*)?)/giu;
const WWW_APART_RE = /^www(?:\s*\.\s*|\s+)/iu;
const SPELLED_DOT_RE = /\s*(?:\(\s*(?:dot|\.)\s*\)|\[\s*(?:dot|\.)\s*\]|\{\s*(?:dot|\.)\s*\}|\s(?:dot|ponto|punto|point|punkt)\s|\.)\s*/giu;

/** Whether the text may hold a link written apart: cheap tests before the regexes run. */
function mayHideLinks(text: string): boolean {
  if (!text.includes(' .') && !/dot|ponto|punto|point|punkt/iu.test(text) && !text.includes('://') && !text.includes('.]') && !text.includes('.)')) return false;
  return /https?:\/\/\s|\s\.\s*[a-z]|\bdot\b|\s(?:ponto|punto|point|punkt)\s(?:com|net|org|br|de)(?![\p{L}\p{N}])|[([{]\s*(?:dot|\.)\s*[)\]}]/iu.test(text);
}

/**
 * Turns links written apart into link tokens (in place): the tokens they cover are replaced by one `url` token whose
 * `text` is the link put back together ("site.com"), while `start` and `end` cover what was written.
 */
export function joinHiddenLinks(doc: Doc): boolean {
  const text = doc.text;
  if (!mayHideLinks(text)) return false;
  const found: Token[] = [];
  SPELLED_LINK_RE.lastIndex = 0;
  for (let m = SPELLED_LINK_RE.exec(text); m !== null; m = SPELLED_LINK_RE.exec(text)) {
    const compact = (m[1]!.replace(WWW_APART_RE, 'www.').replace(SPELLED_DOT_RE, '.') + m[2]! + m[3]!.replace(/\s+/g, '')).toLowerCase();
    found.push({ type: 'url', text: compact, start: m.index, end: m.index + m[0].length });
  }
  BROKEN_LINK_RE.lastIndex = 0;
  for (let m = BROKEN_LINK_RE.exec(text); m !== null; m = BROKEN_LINK_RE.exec(text)) {
    if (!/\s/.test(m[0])) continue;
    found.push({ type: 'url', text: m[0].replace(/\s+/g, ''), start: m.index, end: m.index + m[0].length });
  }
  if (found.length === 0) return false;
  inOrder(found, byStart);
  const tokens: Token[] = [];
  let f = 0;
  for (const t of doc.tokens) {
    while (f < found.length && found[f]!.end <= t.start) tokens.push(found[f++]!);
    const cover = f < found.length && t.start < found[f]!.end && t.end > found[f]!.start ? found[f]! : null;
    if (!cover) tokens.push(t);
  }
  while (f < found.length) tokens.push(found[f++]!);
  doc.tokens = tokens;
  doc.words = tokens.filter((t) => t.type === 'word');
  doc.urls = tokens.filter((t) => t.type === 'url');
  doc.hashtags = tokens.filter((t) => t.type === 'hashtag');
  doc.mentions = tokens.filter((t) => t.type === 'mention');
  doc.emoji = tokens.filter((t) => t.type === 'emoji');
  return true;
}

// ---- Canonical words -------------------------------------------------------------------------------------------

/** A run of three or more of one letter: elongation ("pleaaase", "soooo"). */
const ELONGATED_RE = /(\p{L})\1{2,}/u;
const RUNS_TO_TWO_RE = /(\p{L})\1{2,}/gu;
const RUNS_TO_ONE_RE = /(\p{L})\1+/gu;

function knows(lang: DocLang, word: string): boolean {
  const asks = askLexicon(lang);
  if (asks?.vocabulary.has(word)) return true;
  const { stop, filler, me, you } = phraseBook(lang).words;
  return stop.has(word) || filler.has(word) || me.has(word) || you.has(word);
}

/**
 * The canonical form of one lower-case word ("pleaaase" → "please", "plz" → "please", "chanel" → "channel").
 * `next` is the following word (lower case) when the word stands between two words, for entries that need it.
 */
export function canonicalWord(word: string, lang: DocLang, next?: string): string {
  return withNext(canonicalAlone(word, lang), next);
}

type Alone = string | { word: string; entry: Shorthand };

/** The canonical form, given the next word (for an entry that holds only between two words). */
function withNext(alone: Alone, next: string | undefined): string {
  if (typeof alone === 'string') return alone;
  return next !== undefined && alone.entry.between!.includes(next) ? alone.entry.means : alone.word;
}

/**
 * The canonical form of a word whatever follows it, or, when its shorthand entry holds only between two words
 * (`between`), the de-elongated word and that entry.
 */
function canonicalAlone(word: string, lang: DocLang): Alone {
  const asks = askLexicon(lang);
  if (!asks) return word;
  let w = word;
  if (elongated(w) && ELONGATED_RE.test(w) && !knows(lang, w)) {
    const two = w.replace(RUNS_TO_TWO_RE, '$1$1');
    const one = w.replace(RUNS_TO_ONE_RE, '$1');
    w = knows(lang, two) ? two : knows(lang, one) ? one : asks.shorthand.has(two) ? two : asks.shorthand.has(one) ? one : two;
  }
  const entry = asks.shorthand.get(w) ?? (w.charCodeAt(w.length - 1) >= 128 ? undefined : asks.shorthand.get(fold(w)));
  if (!entry) return w;
  return entry.between ? { word: w, entry } : entry.means;
}

/** Per language, what canonicalAlone gives each word id (word-ids.ts), met once per id. */
const canonicalById = new Map<DocLang, IdMemo<Alone>>();

export interface Normalized {
  /** Whether any word or link changed; when not, `text` and `tokens` are the original ones. */
  changed: boolean;
  /** Canonical form of each of `doc.words` (lower case; may be two words: "por favor"). */
  words: string[];
  /** The text with canonical words in place of the written ones. */
  text: string;
  /** Tokens of `text`, with offsets into it. */
  tokens: Token[];
  /** Each word token of `tokens` in canonical lower case. */
  lower: string[];
  /** Replaced stretches: [canonical start, canonical end, original start, original end] in text order. */
  segments: number[];
}

/** An offset in the canonical text, as an offset in the original: a replaced word maps to its written ends. */
export function toOriginal(n: Normalized, at: number, isEnd: boolean): number {
  const seg = n.segments;
  let lo = 0;
  let hi = seg.length / 4;
  // The last segment starting at or before `at` (or, for an end, before it).
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (isEnd ? seg[mid * 4]! < at : seg[mid * 4]! <= at) lo = mid + 1;
    else hi = mid;
  }
  if (lo === 0) return at;
  const i = (lo - 1) * 4;
  const [cs, ce, os, oe] = [seg[i]!, seg[i + 1]!, seg[i + 2]!, seg[i + 3]!];
  if (at < ce || (isEnd && at === ce)) return isEnd ? oe : os;
  return oe + (at - ce);
}

/** A run of three of one character, without a regex per word. */
function elongated(word: string): boolean {
  for (let i = 2; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c === word.charCodeAt(i - 1) && c === word.charCodeAt(i - 2) && (c < 48 || c > 57)) return true;
  }
  return false;
}

/**
 * Canonical words and the canonical text for a parsed post. `lower` holds each of `doc.words` in lower case, and
 * `ids` (when given) their word ids, whose list forms they are (word-ids.ts).
 * Runs after `joinHiddenLinks`, so links written apart are already link tokens.
 */
export function normalize(doc: Doc, lower: readonly string[], lang: DocLang, linksJoined: boolean, ids?: readonly number[] | null): Normalized {
  const words = lower.slice();
  let changed = linksJoined;
  if (askLexicon(lang)) {
    let memo = canonicalById.get(lang);
    if (!memo) canonicalById.set(lang, (memo = new IdMemo()));
    const forms = ids ? memo.slots() : null;
    for (let i = 0; i < words.length; i++) {
      const w = words[i]!;
      let alone = forms ? forms[ids![i]!] : undefined;
      if (alone === undefined) {
        alone = canonicalAlone(w, lang);
        if (forms) forms[ids![i]!] = alone;
      }
      // Only an entry that holds between two words needs to know the next one.
      const c = typeof alone === 'string' ? alone : withNext(alone, i + 1 < lower.length && isNeighbour(doc, i) ? lower[i + 1] : undefined);
      if (c !== w) {
        words[i] = c;
        changed = true;
      }
    }
  }
  if (!changed) return { changed, words, text: doc.text, tokens: doc.tokens, lower: words, segments: [] };
  // Build the canonical text: unchanged stretches copied, changed words and joined links replaced.
  const text = doc.text;
  let out = '';
  let from = 0;
  const tokens: Token[] = [];
  const canonLower: string[] = [];
  const segments: number[] = [];
  let wi = 0;
  for (const t of doc.tokens) {
    const isWord = t.type === 'word';
    const canonical = isWord ? words[wi]! : t.text;
    const replaced = isWord ? canonical !== lower[wi] : t.type === 'url' && t.text !== text.slice(t.start, t.end);
    if (isWord) wi++;
    out += text.slice(from, t.start);
    const start = out.length;
    if (!replaced) {
      out += text.slice(t.start, t.end);
      tokens.push({ ...t, start, end: out.length });
      if (isWord) canonLower.push(canonical);
    } else {
      out += canonical;
      if (isWord) {
        // A word may stand for two ("porfa" → "por favor"): each is a word token of its own.
        let at = start;
        for (const part of canonical.split(' ')) {
          tokens.push({ type: 'word', text: part, start: at, end: at + part.length });
          canonLower.push(part);
          at += part.length + 1;
        }
      } else tokens.push({ ...t, start, end: out.length });
      segments.push(start, out.length, t.start, t.end);
    }
    from = t.end;
  }
  out += text.slice(from);
  return { changed, words, text: out, tokens, lower: canonLower, segments };
}

/** Whether word i and word i + 1 stand side by side, with only white space between them. */
function isNeighbour(doc: Doc, i: number): boolean {
  const a = doc.words[i]!;
  const b = doc.words[i + 1]!;
  for (let k = a.end; k < b.start; k++) {
    const c = doc.text.charCodeAt(k);
    if (!(c === 32 || (c >= 9 && c <= 13))) return false;
  }
  return i > 0;
}
