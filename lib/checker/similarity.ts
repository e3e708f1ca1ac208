// Near-duplicate fingerprints: character 5-gram shingles of normalised text, a 64-value MinHash signature, 16×4 LSH
// bands. Parameters and their measured behaviour on short posts: shared/reference/heuristics.md §2.
//
// The signature uses one-permutation hashing with densification (heuristics.md §2.1): each shingle is hashed once
// and lands in one of 64 bins, which keeps its minimum; empty bins borrow from the next filled bin. It estimates the
// same Jaccard similarity as 64 separate hashes at a fraction of the cost on long posts (3,000 characters: about
// 0.2 ms down to 0.02 ms). Fingerprints record the scheme, so signatures made another way are never compared.

export const SHINGLE = 5;
export const SIGNATURE_SIZE = 64;
export const BANDS = 16;
export const ROWS = SIGNATURE_SIZE / BANDS;
/** Below this many normalised characters, compare exact normalised text instead of shingles. */
export const MIN_SHINGLE_CHARS = 40;
/** Which way `sig` was computed; fingerprints of another scheme take part only in exact, link and tag checks. */
export const SIGNATURE_SCHEME = 2;

const URL_RE = /(?:https?:\/\/|www\.)\S+/giu;
const MAY_HOLD_URL_RE = /www\./i;
const WORD_CHAR_RE = /[\p{L}\p{M}\p{N}]/u;

/** Lower case, links removed, @ and # dropped, punctuation and emoji to single spaces. */
export function normalize(text: string): string {
  // Most posts have no link to remove: a cheap look for what every link starts with skips the regex.
  const lower = (text.includes('://') || MAY_HOLD_URL_RE.test(text) ? text.replace(URL_RE, ' ') : text).toLowerCase();
  // Built as UTF-16 code units and decoded once: adding to a string one character at a time is slower. The
  // buffer is reused (checks are synchronous): allocating one per call cost as much as the loop.
  const out = unitsFor(lower.length);
  let n = 0;
  let space = true;
  for (let i = 0; i < lower.length; i++) {
    const c = lower.charCodeAt(i);
    let keep: boolean;
    let wide = false;
    if (c < 128) keep = (c >= 97 && c <= 122) || (c >= 48 && c <= 57);
    // Latin-1 and Latin Extended-A/B letters (× and ÷ are the two symbols among them).
    else if (c >= 0xc0 && c <= 0x24f) keep = c !== 0xd7 && c !== 0xf7;
    else {
      // Elsewhere, ask the Unicode tables; a surrogate pair is tested whole.
      wide = c >= 0xd800 && c <= 0xdbff && i + 1 < lower.length;
      keep = WORD_CHAR_RE.test(wide ? lower.slice(i, i + 2) : lower[i]!);
    }
    if (keep) {
      out[n++] = c;
      if (wide) out[n++] = lower.charCodeAt(i + 1);
      space = false;
    } else if (!space) {
      out[n++] = 32;
      space = true;
    }
    if (wide) i++;
  }
  if (space && n > 0) n--;
  return decodeUnits(out, n);
}

let units = new Uint16Array(1024);
function unitsFor(length: number): Uint16Array {
  if (units.length < length) units = new Uint16Array(Math.max(length, units.length * 2));
  return units;
}

/** The first `n` code units as a string, in chunks small enough for `fromCharCode`'s argument list. */
function decodeUnits(units: Uint16Array, n: number): string {
  const CHUNK = 8192;
  let out = '';
  for (let at = 0; at < n; at += CHUNK) {
    out += String.fromCharCode.apply(null, units.subarray(at, Math.min(n, at + CHUNK)) as unknown as number[]);
  }
  return out;
}

export function fnv1a(s: string, from = 0, to = s.length): number {
  let h = 0x811c9dc5;
  for (let i = from; i < to; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

function mix(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

const EMPTY = 0xffffffff;
const ROLL_BASE = 0x01000193;
/** ROLL_BASE to the power SHINGLE - 1 (mod 2^32): the weight of the character leaving the window. */
const ROLL_OUT = (() => {
  let p = 1;
  for (let i = 1; i < SHINGLE; i++) p = Math.imul(p, ROLL_BASE);
  return p >>> 0;
})();
const BIN_BITS = 6;
const VALUE_MASK = (1 << (32 - BIN_BITS)) - 1;

/** Files one whitened shingle hash: its top bits pick the bin, which keeps the smallest rest. */
function keepMin(sig: Uint32Array, h: number): void {
  const bin = h >>> (32 - BIN_BITS);
  const value = h & VALUE_MASK;
  if (value < sig[bin]!) sig[bin] = value;
}

/** The 64-value signature of a normalised text (one-permutation MinHash over its character 5-grams). */
/** Where a signature's bin minimums are gathered before the result is copied out (reused: checks are synchronous). */
const bins = new Uint32Array(SIGNATURE_SIZE);

export function signature(norm: string): Uint32Array {
  const sig = bins.fill(EMPTY);
  if (norm.length <= SHINGLE) {
    if (norm.length > 0) keepMin(sig, mix(fnv1a(norm)));
  } else {
    // A rolling polynomial hash of each 5-character window (mix() whitens it): O(1) per shingle.
    let h = 0;
    for (let i = 0; i < SHINGLE; i++) h = (Math.imul(h, ROLL_BASE) + norm.charCodeAt(i)) >>> 0;
    keepMin(sig, mix(h));
    for (let i = SHINGLE; i < norm.length; i++) {
      h = (Math.imul(h - Math.imul(norm.charCodeAt(i - SHINGLE), ROLL_OUT), ROLL_BASE) + norm.charCodeAt(i)) >>> 0;
      keepMin(sig, mix(h));
    }
  }
  // Densify: an empty bin takes the value of the next filled bin to its right, marked with the distance, so two
  // texts agree on it exactly when they agree on that filled bin.
  let filled = -1;
  for (let i = 0; i < SIGNATURE_SIZE; i++) if (sig[i] !== EMPTY) filled = i;
  if (filled < 0) return sig.slice();
  const dense = sig.slice();
  for (let i = 0; i < SIGNATURE_SIZE; i++) {
    if (sig[i] !== EMPTY) continue;
    let d = 1;
    while (sig[(i + d) % SIGNATURE_SIZE] === EMPTY) d++;
    dense[i] = mix(sig[(i + d) % SIGNATURE_SIZE]! + d * 0x9e3779b9) & VALUE_MASK;
  }
  return dense;
}

export function estimateJaccard(a: ArrayLike<number>, b: ArrayLike<number>): number {
  let same = 0;
  for (let i = 0; i < SIGNATURE_SIZE; i++) if (a[i] === b[i]) same++;
  return same / SIGNATURE_SIZE;
}

/** One key per band; two signatures that agree on a whole band share its key. */
export function bandKeys(sig: ArrayLike<number>): number[] {
  const keys: number[] = [];
  for (let b = 0; b < BANDS; b++) {
    let h = mix(b + 1);
    for (let r = 0; r < ROWS; r++) h = mix(h ^ sig[b * ROWS + r]!);
    keys.push(h);
  }
  return keys;
}

// ---- Content words: the view that catches a message said again in other words. ----
//
// A rewording keeps the key content (the sale, the 30%, Friday, the plants) and changes the rest, so each post is
// also reduced to its content words: function words of all five languages out, accents folded, lightly stemmed
// without knowing the language, each tagged with a class. Numbers and names carry the message ("30%", "Friday",
// "Cedar Park"), so they weigh more; a post that brings new numbers and names is news, not a repeat.

/** Which way content words are made; fingerprints with other (or no) word schemes take no part in rewordings. */
export const WORD_SCHEME = 2;
/** At most this many content words per post (the smallest hashes: the same sample of two long posts). */
export const MAX_WORDS = 48;
/** A word's class lives in the low two bits of its hash; the other 30 bits say which word it is. */
export const WORD_CLASS = { plain: 0, number: 1, name: 2, handle: 3 } as const;
/** A $cashtag or @handle names one thing exactly, like a number. */
const CLASS_WEIGHT = [1, 2, 1.5, 2];

export const wordWeight = (h: number): number => CLASS_WEIGHT[h & 3]!;

const WORD_RE = /[$@]?[\p{L}\p{M}\p{N}]+(?:['’][\p{L}]+)*/gu;
const SENTENCE_END_RE = /[.!?:;\n…•\-–—|"“(]/u;

const FOLD: Record<string, string> = {};
for (const [plain, accented] of Object.entries({ a: 'àáâãäå', c: 'ç', e: 'èéêë', i: 'ìíîï', n: 'ñ', o: 'òóôõö', u: 'ùúûü', y: 'ýÿ' })) {
  for (const ch of accented) FOLD[ch] = plain;
}
const FOLD_RE = /[àáâãäåçèéêëìíîïñòóôõöùúûüýÿ]/g;
const fold = (w: string) => w.replace(FOLD_RE, (c) => FOLD[c]!);

// Endings shared widely enough across en, es, de, fr and pt to strip without knowing the language: plurals,
// -ing/-ed, -ción/-ção/-tion, German -en/-er, French -ez, Romance gender vowels. Both sides are cut the same way, so an
// over-cut word still meets its own variants; stems are then capped so compounds of one root meet.
const ENDINGS = ['mente', 'ments', 'ment', 'tions', 'tion', 'cion', 'coes', 'cao', 'ings', 'ing', 'ed', 'es', 'en', 'er', 'ez'];
const MAX_STEM = 7;

export function stem(word: string): string {
  let w = word;
  if (w.length > 5) {
    for (const end of ENDINGS) {
      if (w.length - end.length >= 4 && w.endsWith(end)) {
        w = w.slice(0, w.length - end.length);
        break;
      }
    }
  }
  if (w.length > 3 && w.endsWith('s')) w = w.slice(0, -1);
  if (w.length > 4 && /[aeo]$/.test(w)) w = w.slice(0, -1);
  // "shipp" and "ship", "stopp" and "stop".
  if (w.length > 3 && w.charCodeAt(w.length - 1) === w.charCodeAt(w.length - 2)) w = w.slice(0, -1);
  return w.length > MAX_STEM ? w.slice(0, MAX_STEM) : w;
}

const isDigit = (c: number) => c >= 48 && c <= 57;

/** Reused by `contentWords` (checks are synchronous). */
let wordBuffer = new Uint32Array(256);

/**
 * The post's content words as sorted, distinct 32-bit hashes (class in the low two bits), at most MAX_WORDS.
 * `stop` holds the function words of every language (fingerprints are made without knowing the language).
 */
export function contentWords(text: string, stop: ReadonlySet<string>): number[] {
  const plain = text.includes('://') || MAY_HOLD_URL_RE.test(text) ? text.replace(URL_RE, ' ') : text;
  let count = 0;
  for (const m of plain.matchAll(WORD_RE)) {
    const raw = m[0];
    const lower = raw.toLowerCase().replace(/’/g, "'");
    const marked = raw.charCodeAt(0) === 36 || raw.charCodeAt(0) === 64; // $CASHTAG, @mention
    const body = marked ? lower.slice(1) : lower;
    if (body.length === 0 || stop.has(body)) continue;
    let digits = 0;
    for (let i = 0; i < body.length; i++) if (isDigit(body.charCodeAt(i))) digits++;
    let cls: number;
    let key: string;
    if (digits > 0) {
      cls = WORD_CLASS.number;
      key = body;
    } else {
      if (body.length < 3) continue;
      key = stem(fold(body.replace(/'.*$/, '')));
      if (key.length < 2) continue;
      cls = marked ? WORD_CLASS.handle : isName(raw, plain, m.index) ? WORD_CLASS.name : WORD_CLASS.plain;
    }
    if (count === wordBuffer.length) {
      const bigger = new Uint32Array(count * 2);
      bigger.set(wordBuffer);
      wordBuffer = bigger;
    }
    // A one-digit number ("3 places", "5 minutes") is a detail, not a key like "30%" or "2026".
    if (cls === WORD_CLASS.number && body.length === 1) cls = WORD_CLASS.plain;
    wordBuffer[count++] = ((fnv1a(key) & ~3) | cls) >>> 0;
  }
  const sorted = wordBuffer.subarray(0, count).sort();
  const out: number[] = [];
  for (let i = 0; i < count && out.length < MAX_WORDS; i++) {
    const h = sorted[i]!;
    const last = out.length - 1;
    // The same word twice keeps its weightiest class ("friday" and "Friday").
    if (last >= 0 && out[last]! >>> 2 === h >>> 2) out[last] = Math.max(out[last]!, h);
    else out.push(h);
  }
  return out;
}

/** A capitalised word that does not start a sentence: a name, a place, a product. */
function isName(raw: string, text: string, at: number): boolean {
  const first = raw.charCodeAt(0);
  const upper = raw[0] !== raw[0]!.toLowerCase();
  if (!upper || first > 0x24f) return false;
  // "SALE", "LAST CALL": shouting, not a name (two-letter acronyms like "EU" still count).
  if (raw.length > 3 && raw === raw.toUpperCase()) return false;
  for (let i = at - 1; i >= 0; i--) {
    const c = text[i]!;
    if (c === ' ' || c === '\t') continue;
    // After punctuation that ends a line or sentence, or after an emoji ("🧶 Moss"), a capital starts a sentence.
    const code = text.charCodeAt(i);
    return !SENTENCE_END_RE.test(c) && !(code >= 0xd800 && code <= 0xdfff) && code !== 0xfe0f && !/\p{Extended_Pictographic}/u.test(c);
  }
  return false;
}
