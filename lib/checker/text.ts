// Tokenising with UTF-16 offsets (what string indices, Range, Selection and selectionStart use; never graphemes):
// one sticky regex pass, URL before email before mention before hashtag before emoji before word.
import type { DocLang } from './types';

export type TokenType = 'url' | 'email' | 'mention' | 'hashtag' | 'emoji' | 'word';

export interface Token {
  type: TokenType;
  text: string;
  start: number;
  end: number;
}

export interface Doc {
  text: string;
  tokens: Token[];
  words: Token[];
  urls: Token[];
  hashtags: Token[];
  mentions: Token[];
  emoji: Token[];
  lang: DocLang;
}

// Common TLDs for links written without a scheme ("myshop.studio/x"). A word followed by one of these after a dot
// is a link; anything else ("Node.js", "e.g.") stays words.
const TLDS =
  'com|org|net|io|co|dev|app|ai|me|ly|gl|gg|tv|fm|de|fr|es|pt|br|uk|us|ca|au|in|it|nl|eu|ch|be|ie|nz|za|mx|ar|cl|' +
  'jp|dk|fi|pl|cz|info|shop|store|blog|xyz|link|page|site|studio|design|art|news|academy|agency|club|tech|' +
  'online|live|life|today|space|website|works|tools|email|cafe|church|school|education|garden|fund|social|market|' +
  'press|media|photo|photography|gallery|events|coffee|bio|community|' +
  // City, region and trade endings small shops use ("petitbain.paris"); short ones that open sentences ("no", "at",
  // "run") stay out, since "done.no problem" is a missing space, not a link.
  'paris|berlin|london|nyc|wien|madrid|barcelona|bzh|eus|gal|biz|tips|guru|video|band|radio|travel|tours|yoga|' +
  'health|clinic|dental|vet|legal|consulting|solutions|services|digital|network|software|cloud|ngo';
// Link shorteners and link-in-bio hosts on endings too short or too common to read as links in general ("amzn.to",
// "linktr.ee"): written without a scheme, they were words, and an affiliate or bare link went unseen.
const SHORT_HOSTS = String.raw`(?:amzn|lnk|ffm|fanlink|hyperfollow)\.to|linktr\.ee|found\.ee|is\.gd|rb\.gy|kck\.st|shorturl\.at`;
const URL_SRC =
  String.raw`(?:https?:\/\/|www\.)[^\s<>"'“”]+` +
  String.raw`|(?<![\p{L}\p{N}@.])(?:${SHORT_HOSTS})(?![\p{L}\p{N}])(?:\/[^\s<>"'“”]*)?` +
  String.raw`|(?<![\p{L}\p{N}@.])(?:[a-z0-9-]+\.)+(?:${TLDS})(?![\p{L}\p{N}])(?:\/[^\s<>"'“”]*)?`;
const EMAIL_SRC = String.raw`[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+`;
const MENTION_SRC = String.raw`(?<![\p{L}\p{N}_])@[\p{L}\p{N}_](?:[\p{L}\p{N}_-]{0,29}[\p{L}\p{N}_])?(?:@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+|(?:\.[\p{L}\p{N}-]+)+)?`;
const HASHTAG_SRC = String.raw`(?<![\p{L}\p{N}_&])[#＃][\p{L}\p{M}\p{N}_]*[\p{L}\p{M}][\p{L}\p{M}\p{N}_]*`;
const EMOJI_SRC =
  String.raw`\p{Regional_Indicator}{2}|[0-9#*]\uFE0F?\u20E3|\p{Extended_Pictographic}(?:\uFE0F|\p{Emoji_Modifier})?(?:\u200D\p{Extended_Pictographic}(?:\uFE0F|\p{Emoji_Modifier})?)*`;
const WORD_SRC = String.raw`[\p{L}\p{M}\p{N}]+(?:['’\-_.][\p{L}\p{M}\p{N}]+)*`;

const TOKEN_RE = new RegExp(
  `(${URL_SRC})|(${EMAIL_SRC})|(${MENTION_SRC})|(${HASHTAG_SRC})|(${EMOJI_SRC})|(${WORD_SRC})`,
  'giu',
);
const TYPES: TokenType[] = ['url', 'email', 'mention', 'hashtag', 'emoji', 'word'];

/** Characters that commonly end a URL in prose but are not part of it. */
const URL_TRAILING = /[.,;:!?)\]}»…]+$/u;

/** The reference tokenizer: one regex over the whole text (kept for the differential test of `tokenize`). */
export function tokenizeWithRegex(text: string): Token[] {
  const tokens: Token[] = [];
  filled = 0;
  regexTokens(text, 0, text.length, tokens);
  tokens.length = filled;
  return tokens;
}

/** Tokens starting in [from, to), found with TOKEN_RE on the whole text so lookbehinds see the real context. */
function regexTokens(text: string, from: number, to: number, tokens: Token[]): void {
  TOKEN_RE.lastIndex = from;
  for (let m = TOKEN_RE.exec(text); m !== null && m.index < to; m = TOKEN_RE.exec(text)) {
    let type: TokenType = 'word';
    for (let i = 1; i <= TYPES.length; i++) {
      if (m[i] !== undefined) {
        type = TYPES[i - 1]!;
        break;
      }
    }
    let value = m[0];
    if (type === 'url') value = value.replace(URL_TRAILING, '');
    if (value.length === 0) continue;
    tokens[filled++] = { type, text: value, start: m.index, end: m.index + value.length };
  }
}

const isSpace = (c: number) => c === 32 || (c >= 9 && c <= 13);
const isAlnum = (c: number) => (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
/** ' ’ - _ join the parts of a word ("don't", "don’t", "pre-order", "snake_case"). */
const isJoiner = (c: number) => c === 39 || c === 0x2019 || c === 45 || c === 95;
const isTagChar = (c: number) => isAlnum(c) || c === 95;
const isLetter = (c: number) => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
/** A mention's name is at most this long when it is all ASCII (the regex allows 31; staying under keeps it simple). */
const MENTION_NAME = 30;

/**
 * Tokens with UTF-16 offsets. Tokens never span white space, so the text is cut into runs of non-space characters;
 * a run of plain ASCII (’ allowed) with no @ or #, no "://" and no dot before a letter can only hold words and is
 * read by hand (most of any post), as is a whole run that is an ASCII #hashtag or @name; every other run goes
 * through TOKEN_RE. Same result as `tokenizeWithRegex` (a property test checks), faster.
 */
/**
 * Tokens written so far by the tokenize call under way; its helpers write at this index. A module variable: a call
 * never runs inside another.
 */
let filled = 0;

/** About how many characters a token and its gap take (a 280-character post holds 50 to 70 tokens). */
const CHARS_PER_TOKEN = 4;

export function tokenize(text: string): Token[] {
  // Sized for the usual share of tokens and cut to length at the end (it grows past that if it must): grown token by
  // token, the array was copied a few times over on every check.
  const tokens = new Array<Token>(Math.ceil(text.length / CHARS_PER_TOKEN));
  filled = 0;
  const n = text.length;
  let i = 0;
  while (i < n) {
    if (isSpace(text.charCodeAt(i))) {
      i++;
      continue;
    }
    const start = i;
    let plain = true;
    for (; i < n; i++) {
      const c = text.charCodeAt(i);
      if (isSpace(c)) break;
      // '.' matters only before a letter or digit (a domain, "e.g"), ':' only in "://".
      if ((c >= 128 && c !== 0x2019) || c === 64 || c === 35) plain = false;
      else if (c === 46 && i + 1 < n && isAlnum(text.charCodeAt(i + 1))) plain = false;
      else if (c === 58 && text.charCodeAt(i + 1) === 47) plain = false;
    }
    if (plain) asciiWords(text, start, i, tokens);
    else if (!asciiTagOrName(text, start, i, tokens)) regexTokens(text, start, i, tokens);
  }
  tokens.length = filled;
  return tokens;
}

/** A run that is exactly "#tag" (with a letter) or "@name" in ASCII: one token, as TOKEN_RE would find it. */
function asciiTagOrName(text: string, from: number, to: number, tokens: Token[]): boolean {
  const first = text.charCodeAt(from);
  if ((first !== 35 && first !== 64) || to - from < 2) return false;
  let letter = false;
  for (let i = from + 1; i < to; i++) {
    const c = text.charCodeAt(i);
    if (!isTagChar(c)) return false;
    letter ||= isLetter(c);
  }
  if (first === 35 ? !letter : to - from - 1 > MENTION_NAME) return false;
  tokens[filled++] = { type: first === 35 ? 'hashtag' : 'mention', text: text.slice(from, to), start: from, end: to };
  return true;
}

function asciiWords(text: string, from: number, to: number, tokens: Token[]): void {
  let i = from;
  while (i < to) {
    if (!isAlnum(text.charCodeAt(i))) {
      i++;
      continue;
    }
    const start = i;
    while (i < to) {
      const c = text.charCodeAt(i);
      if (isAlnum(c)) i++;
      else if (isJoiner(c) && i + 1 < to && isAlnum(text.charCodeAt(i + 1))) i += 2;
      else break;
    }
    tokens[filled++] = { type: 'word', text: text.slice(start, i), start, end: i };
  }
}

export function parse(text: string, lang: DocLang = 'en'): Doc {
  const tokens = tokenize(text);
  // Each kind's array is made at its size, counted first: grown token by token, `words` was copied a few times over
  // on every check.
  let words = 0;
  let urls = 0;
  let hashtags = 0;
  let mentions = 0;
  let emoji = 0;
  for (const t of tokens) {
    if (t.type === 'word') words++;
    else if (t.type === 'url') urls++;
    else if (t.type === 'hashtag') hashtags++;
    else if (t.type === 'mention') mentions++;
    else if (t.type === 'emoji') emoji++;
  }
  const doc: Doc = {
    text, tokens,
    words: new Array<Token>(words), urls: new Array<Token>(urls), hashtags: new Array<Token>(hashtags), mentions: new Array<Token>(mentions), emoji: new Array<Token>(emoji),
    lang,
  };
  words = urls = hashtags = mentions = emoji = 0;
  for (const t of tokens) {
    if (t.type === 'word') doc.words[words++] = t;
    else if (t.type === 'url') doc.urls[urls++] = t;
    else if (t.type === 'hashtag') doc.hashtags[hashtags++] = t;
    else if (t.type === 'mention') doc.mentions[mentions++] = t;
    else if (t.type === 'emoji') doc.emoji[emoji++] = t;
  }
  return doc;
}

/** The range of the text without leading and trailing white space. */
export function trimmedRange(text: string): { start: number; end: number } {
  const start = text.length - text.trimStart().length;
  const end = text.trimEnd().length;
  return end > start ? { start, end } : { start: 0, end: 0 };
}

export interface Span {
  start: number;
  end: number;
}

// A sentence ends at . ! ? … (with closing quotes or brackets) before white space, at a line break, or at an emoji
// standing between words ("20% off this weekend ☀️ tag a friend").
const SENTENCE_END_RE =
  /[.!?…]+["'”’)\]]*(?=\s|$)|\n+|(?<=\s)(?:\p{Extended_Pictographic}[\uFE0F\u200D\p{Emoji_Modifier}]*)+(?=\s)/gu;

/**
 * A dot that closes an abbreviation, not a sentence: a month before its day ("on Sept. 1", "Jan. 5", "el 5 de sept. de"
 * aside) or a title before a name ("Dr. Smith", "Sr. Pérez", "Mr. Bean"; not "St.", as often a street ending its sentence). Only a single dot, with the day's digit or
 * the name's capital right after the space, counts.
 */
const MONTH_DOT_RE = /(?<![\p{L}])(?:jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec|ene|abr|ago|dic)$/iu;
const TITLE_DOT_RE = /(?<![\p{L}])(?:mr|mrs|ms|dr|drs|dra|sr|sra|srta|prof|profa|mme|mlle|hr|gov|sen|sgt|capt)$/iu;
const DAY_AFTER_RE = /^\s+\d/u;
const NAME_AFTER_RE = /^\s+\p{Lu}/u;

function abbreviationDot(text: string, m: RegExpExecArray): boolean {
  if (m[0] !== '.') return false;
  const before = text.slice(Math.max(0, m.index - 6), m.index);
  const after = text.slice(m.index + 1, m.index + 4);
  return (MONTH_DOT_RE.test(before) && DAY_AFTER_RE.test(after)) || (TITLE_DOT_RE.test(before) && NAME_AFTER_RE.test(after));
}

/** Sentence spans, trimmed, each holding at least one non-space character. */
export function sentences(text: string): Span[] {
  const out: Span[] = [];
  let from = 0;
  SENTENCE_END_RE.lastIndex = 0;
  for (let m = SENTENCE_END_RE.exec(text); m !== null; m = SENTENCE_END_RE.exec(text)) {
    if (abbreviationDot(text, m)) continue;
    const end = m.index + m[0].length;
    pushTrimmed(out, text, from, m[0].startsWith('\n') ? m.index : end);
    from = end;
  }
  pushTrimmed(out, text, from, text.length);
  return out;
}

/** "Oakwood", "Émile": an upper-case letter then a lower-case one (not SHOUTING, not "iPhone"). */
export function capitalised(word: string): boolean {
  const a = word.charCodeAt(0);
  const b = word.charCodeAt(1);
  if (a < 128 && b < 128) return a >= 65 && a <= 90 && b >= 97 && b <= 122;
  return /^\p{Lu}\p{Ll}/u.test(word);
}

/** Whether the code unit at `at` is white space as /\s/ reads it; ASCII by hand (each sentence's ends are trimmed). */
function spaceAt(text: string, at: number): boolean {
  const c = text.charCodeAt(at);
  return c < 128 ? isSpace(c) : /\s/.test(text[at]!);
}

function pushTrimmed(out: Span[], text: string, from: number, to: number): void {
  while (from < to && spaceAt(text, from)) from++;
  while (to > from && spaceAt(text, to - 1)) to--;
  if (to > from) out.push({ start: from, end: to });
}

// Indexed loops rather than for...of in these two, which run for every word and sentence of a check: called with
// arrays of many shapes (and the frozen NO_MATCHES), for...of there was not optimised away and allocated an
// iterator result per step (measured: ~15% of the bytes a 3,000-character check allocates).
export function within(spans: readonly Span[], at: number): boolean {
  for (let i = 0; i < spans.length; i++) {
    const s = spans[i]!;
    if (at >= s.start && at < s.end) return true;
  }
  return false;
}

export function overlaps(spans: readonly Span[], start: number, end: number): boolean {
  for (let i = 0; i < spans.length; i++) {
    const s = spans[i]!;
    if (start < s.end && end > s.start) return true;
  }
  return false;
}

/**
 * The spans of `items` that overlap none of `skip`, in one walk: both in text order, `skip` not overlapping itself
 * (tokens never do).
 */
export function outside<T extends Span>(items: readonly T[], skip: readonly Span[]): T[] {
  if (skip.length === 0 || items.length === 0) return items as T[];
  // Sized for every item and cut to length (a first push makes room for 17; most lists hold one to three).
  const out = new Array<T>(items.length);
  let kept = 0;
  let k = 0;
  for (let i = 0; i < items.length; i++) {
    const item = items[i]!;
    while (k < skip.length && skip[k]!.end <= item.start) k++;
    // Later skips start later still; only ones starting before the item ends can overlap it.
    let hit = false;
    for (let j = k; j < skip.length && skip[j]!.start < item.end; j++) {
      if (skip[j]!.end > item.start) {
        hit = true;
        break;
      }
    }
    if (!hit) out[kept++] = item;
  }
  out.length = kept;
  return out;
}

/**
 * `list.sort(compare)`, the same list in the same order, but a list already in order (most are: spans are found in
 * text order) is left as it is. V8's sort builds work arrays whatever it sorts (~900 bytes for six spans, ~80 for
 * none), on every check for each of a few dozen lists. `compare` must order consistently, as a stable sort needs.
 */
export function inOrder<T>(list: T[], compare: (a: T, b: T) => number): T[] {
  let i = 1;
  while (i < list.length && compare(list[i - 1]!, list[i]!) <= 0) i++;
  if (i >= list.length) return list;
  if (list.length > SHORT_LIST) return list.sort(compare);
  // A short list is sorted here by insertion, each item after every one it does not come before: what V8's sort does
  // for fewer than 64 items (binary insertion asks compare(item, placed) the same way), without its work arrays.
  for (; i < list.length; i++) {
    const item = list[i]!;
    let j = i - 1;
    while (j >= 0 && compare(item, list[j]!) < 0) {
      list[j + 1] = list[j]!;
      j--;
    }
    list[j + 1] = item;
  }
  return list;
}

/** Lists up to this long are sorted by inOrder itself. */
const SHORT_LIST = 32;

/** Spans by where they start: one function for every sort, rather than a fresh closure per call. */
export const byStart = (a: Span, b: Span): number => a.start - b.start;
/** Spans by where they start, then by where they end. */
export const byStartThenEnd = (a: Span, b: Span): number => a.start - b.start || a.end - b.end;

/**
 * A quoted title ('Soil Memory', „Buchhaltung für Kreative“) names exactly what a post is about. French sets its
 * guillemets off with a space (« L'argent sans peur »): the space after « is the title's quote still.
 */
export const QUOTED_TITLE_RE =
  /(?<![\p{L}\p{N}])(?:[“„"‘']|«\s?)[\p{L}\p{N}][^“”„«»"\n]{1,60}?\s[^“”„«»"\n]{1,60}?[”“»"’'](?![\p{L}\p{N}])/gu;

/** The quoted titles of a text, as spans (quotes included). */
export function quotedTitleSpans(text: string): Span[] {
  const out: Span[] = [];
  QUOTED_TITLE_RE.lastIndex = 0;
  for (let m = QUOTED_TITLE_RE.exec(text); m !== null; m = QUOTED_TITLE_RE.exec(text)) out.push({ start: m.index, end: m.index + m[0].length });
  return out;
}
