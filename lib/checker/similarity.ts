// Near-duplicate fingerprints: character 5-gram shingles of normalised text, a 64-value MinHash signature, 16×4 LSH
// bands. Character 5-grams were chosen on 400 real comments, each edited the eight ways people edit reposts (a new
// link, three more hashtags, a changed word or number, a prefix and suffix, a fifth of the words dropped...): edits
// keep a median Jaccard of 0.67 or more while unrelated pairs stay under 0.1 at p99, in any script. With the bands a
// lookup against 5,000 stored posts takes about 0.2 ms.
//
// The signature uses one-permutation hashing with densification: each shingle is hashed once
// and lands in one of 64 bins, which keeps its minimum; empty bins borrow from the next filled bin. It estimates the
// same Jaccard similarity as 64 separate hashes at a fraction of the cost on long posts (3,000 characters: about
// 0.2 ms down to 0.02 ms). Fingerprints record the scheme, so signatures made another way are never compared.

import { CHANGES, CONCEPTS, DENIALS, HEDGES, JUDGES, RESPONSES, TURNS } from './phrases/concepts';

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
  // Whether a surrogate was kept (a letter outside the BMP, or half of one): decodeUnits then decodes as it always did.
  let surrogates = false;
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
      if (c >= 0xd800 && c <= 0xdfff) surrogates = true;
      space = false;
    } else if (!space) {
      out[n++] = 32;
      space = true;
    }
    if (wide) i++;
  }
  if (space && n > 0) n--;
  return decodeUnits(out, n, surrogates);
}

let units = new Uint16Array(1024);
function unitsFor(length: number): Uint16Array {
  if (units.length < length) units = new Uint16Array(Math.max(length, units.length * 2));
  return units;
}

/**
 * Decodes the buffer straight into a string. `fromCharCode.apply` first copies the units into an argument list of
 * 8 bytes a unit, several times the string's own size on every check. Only where it gives the same string: a
 * little-endian buffer (every platform a browser runs on) and no surrogates (the decoder would replace a lone one).
 */
const UTF16 =
  typeof TextDecoder === 'function' && new Uint8Array(new Uint16Array([1]).buffer)[0] === 1 ? new TextDecoder('utf-16le', { ignoreBOM: true }) : null;

/** The first `n` code units as a string, in chunks small enough for `fromCharCode`'s argument list. */
function decodeUnits(units: Uint16Array, n: number, surrogates: boolean): string {
  if (UTF16 && !surrogates) return UTF16.decode(units.subarray(0, n));
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

/** The share of places where two signatures agree; `b`'s starts at `bFrom` (a post's place in the index's array). */
export function estimateJaccard(a: ArrayLike<number>, b: ArrayLike<number>, bFrom = 0): number {
  let same = 0;
  for (let i = 0; i < SIGNATURE_SIZE; i++) if (a[i] === b[bFrom + i]) same++;
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

/**
 * Which way content words are made; fingerprints with other (or no) word schemes take no part in rewordings (stored
 * ones are rebuilt from their text by lib/storage/posts.ts). 4: words of a concept (phrases/concepts.ts) are the
 * concept, and a turn word after a denial is left out. 5: more words of concepts (cancellations, 'appointed',
 * 'departs'), tens in words, scores and spans as words of their own, and (history.ts) the ASKS_WORD and
 * CONTRASTS_WORD markers. 6: words that say nothing (phrases/concepts.ts SAYS_NOTHING, laughter) out, decimals one
 * number ("6.1"), "first" and "1ère" the number 1. 7: French elided words are the word after the apostrophe
 * ("l'inflation" is "inflation", no longer dropped as "l"); "delay" turns "resumed", so "no delay" drops it, and
 * its verb forms ("retrasa", "verzögert", "atrasou"); "1.9M" is "1.9 million" and "Mio." "million"; "10%" is "10
 * percent", "115°F" "115 degree", '3"' and "inches" "3 inch", "ft" "foot" and "lbs" "pound"; "tres a uno" the
 * score "3-1". 8: (history.ts) the HEDGES_WORD, JUDGES_WORD and DENIES_WORD markers; the 'huge' and 'pregnant' concepts.
 * 9: (history.ts) the NEGATES_WORD and RESPONDS_WORD markers; refusals are denials; "-ies" is "-y". 10: the 'breach'
 * and 'flop' concepts. 11: requests and bets hedge, "I thought" judges, a concession ("despite", "trotz") contrasts.
 * 12: "did not", "n'a pas" and "is fake" deny, and so do rejections; "adia", "aplaza", "vertagt" put off (halted);
 * the first plain word after "no", "not", "never" (NEGATES_NEXT) is negated (negatedWord).
 */
export const WORD_SCHEME = 12;
/** At most this many content words per post (the smallest hashes: the same sample of two long posts). */
export const MAX_WORDS = 48;
/** A word's class lives in the low two bits of its hash; the other 30 bits say which word it is. */
export const WORD_CLASS = { plain: 0, number: 1, name: 2, handle: 3 } as const;
/** A $CASHTAG names one thing exactly, like a number. (@mentions are left out: see contentWords.) */
const CLASS_WEIGHT = [1, 2, 1.5, 2];

export const wordWeight = (h: number): number => CLASS_WEIGHT[h & 3]!;

/** Accented Latin letters (lower case) and the plain letter each folds to, as a table by code. */
const FOLD = new Uint16Array(0x250);
for (const [plain, accented] of Object.entries({ a: 'àáâãäå', c: 'ç', e: 'èéêë', i: 'ìíîï', n: 'ñ', o: 'òóôõö', u: 'ùúûü', y: 'ýÿ' })) {
  for (const ch of accented) FOLD[ch.charCodeAt(0)] = plain.charCodeAt(0);
}

function fold(word: string): string {
  let accented = false;
  for (let i = 0; i < word.length && !accented; i++) accented = word.charCodeAt(i) >= 0xc0;
  if (!accented) return word;
  let out = '';
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    out += String.fromCharCode(c < 0x250 && FOLD[c] ? FOLD[c]! : c);
  }
  return out;
}

/** The characters of a word, as `normalize` keeps them: letters, marks and digits of any script (BMP). */
function isWordCode(c: number): boolean {
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
  if (c >= 0xc0 && c <= 0x24f) return c !== 0xd7 && c !== 0xf7;
  if (c >= 0xd800 && c <= 0xdfff) return false;
  // Other scripts ask the Unicode tables once per character, remembered (1: a word character, 2: not).
  let known = wordCodes[c]!;
  if (known === 0) wordCodes[c] = known = WORD_CHAR_RE.test(String.fromCharCode(c)) ? 1 : 2;
  return known === 1;
}
const wordCodes = new Uint8Array(0x10000);

/**
 * ASCII characters after which a capital is no evidence of a name: sentence ends . ! ? : ; | " ( - and line breaks
 * start a sentence, and a hashtag is capitalised for reading (#OpenToWork).
 */
const SENTENCE_ENDS = new Set([...'.!?:;|"(-#\n\r'].map((c) => c.charCodeAt(0)));
/** After this (the start of the text, a sentence end, a bullet, dash, quote or emoji), a capital starts a sentence. */
const startsSentence = (before: number) => before === 0 || SENTENCE_ENDS.has(before) || (before >= 0x2000 && !isWordCode(before));

const isUpper = (c: number) => (c >= 65 && c <= 90) || (c >= 0xc0 && c <= 0xde && c !== 0xd7);

/**
 * One code unit in lower case, for the stop-word hash only: function words are written in ASCII and Latin-1, so
 * other letters need no case folding to tell that a word is not one of them.
 */
function lowerCode(c: number): number {
  return isUpper(c) ? c + 32 : c === 0x2019 ? 39 : c;
}

/**
 * Hashes of the function words, so most words of a long post are dropped without making a string of them. Kept as
 * signed 32-bit numbers (`| 0`), as `Math.imul` gives them: an unsigned hash above 2^31 would be a heap number, made
 * afresh for each word looked up.
 */
const stopHashes = new WeakMap<ReadonlySet<string>, Set<number>>();
function hashesOf(stop: ReadonlySet<string>): Set<number> {
  let hashes = stopHashes.get(stop);
  if (!hashes) {
    hashes = new Set([...stop].map((w) => fnv1a(w) | 0));
    stopHashes.set(stop, hashes);
  }
  return hashes;
}
const isApostrophe = (c: number) => c === 39 || c === 0x2019;
const isDecimalMark = (c: number) => c === 46 || c === 44;

/**
 * Words that deny the state word right after them: "no reopening before tomorrow" says the road is still closed, so
 * a word of a turn (phrases/concepts.ts TURNS) right after one is left out, and "I-70 has reopened" is news against it.
 * Hashed as contentWords reads words (lower case, signed).
 */
const NEGATORS = new Set(
  ['no', 'not', 'never', "won't", "isn't", "aren't", "wasn't", 'nicht', 'kein', 'keine', 'nie', 'pas', 'jamais', 'sin', 'nunca', 'sem', 'nao', 'não', 'ne'].map((w) => fnv1a(w) | 0),
);

/**
 * Words that negate the words right after them ("not a broken rail", "no prenup", "never", "kein Ladegerät", "nunca
 * llegó", "não tem fila", "ne fonctionne"): the first plain word within NEGATION_REACH tokens after one is negated.
 * Not the words that follow what they negate ("pas", "jamais", "nicht": "n'augmentera pas", "steigt nicht"), nor
 * names ("no TikTok" is Portuguese "on TikTok"; so German nouns, capitalised, are left out: "kein Unfall").
 */
const NEGATES_NEXT = new Set(['no', 'not', 'never', 'kein', 'keine', 'keinen', 'nunca', 'nao', 'não', 'ne'].map((w) => fnv1a(w) | 0));
const NEGATION_REACH = 3;
/**
 * A word negated stands beside itself as a word of its own range (key NEGATED_KEYS + the word's low 16 bits, far from
 * any hash but 1 in 16,000, as scores are): `isNegated` knows it, it weighs nothing and is never a lookup key, and
 * `negatedBase` tells which word it negates.
 */
const NEGATED_KEYS = 0x1d3b0000;
export const negatedWord = (h: number): number => (((NEGATED_KEYS + ((h >>> 2) & 0xffff)) << 2) >>> 0);
export const isNegated = (h: number): boolean => (h >>> 2) - NEGATED_KEYS >= 0 && (h >>> 2) - NEGATED_KEYS < 0x10000;
/** The low 16 bits of the word a negated word negates, as `(w >>> 2) & 0xffff` of that word. */
export const negatedBase = (h: number): number => (h >>> 2) - NEGATED_KEYS;

// Endings shared widely enough across en, es, de, fr and pt to strip without knowing the language: plurals, -ing/-ed,
// -ción/-ção/-tion, German -en/-er/-ung, French -ée/-ez, Spanish and Portuguese verb endings ("buscamos", "buscando",
// "perdido", "venceu", "mandem"), Romance gender vowels. Both sides are cut the same way, so an over-cut word still
// meets its own variants ("launching", "launched", "launch"); stems are then capped so compounds of one root meet.
// Longest first: the first ending that leaves at least MIN_STEM letters is cut.
const ENDINGS = [
  'amente', 'mente', 'ations', 'ciones', 'iendo', 'ieron', 'ungen',
  'ments', 'ation', 'tions', 'aron', 'amos', 'emos', 'imos', 'ando', 'endo', 'indo', 'ados', 'adas', 'idos', 'idas', 'ings', 'ment', 'tion', 'cion', 'coes',
  'cao', 'ado', 'ada', 'ido', 'ida', 'ing', 'ung', 'ees',
  'ed', 'es', 'en', 'er', 'ez', 'ee', 'ar', 'ir', 'ou', 'eu', 'iu', 'em', 'am',
];
const MIN_STEM = 4;
const MAX_STEM = 7;

export function stem(word: string): string {
  let w = word;
  let cut = false;
  // An English plural in -ies is the word in -y: "juries" and "jury", "countries" and "country" ("-es" alone left
  // "juri" against "jury").
  if (w.length > MIN_STEM + 1 && w.endsWith('ies')) {
    w = `${w.slice(0, -3)}y`;
    cut = true;
  } else if (w.length > MIN_STEM + 1) {
    for (const end of ENDINGS) {
      if (w.length - end.length >= MIN_STEM && w.endsWith(end)) {
        w = w.slice(0, w.length - end.length);
        cut = true;
        break;
      }
    }
  }
  // A plural "s" ("plants"), unless an ending was cut already ("closes", "closed" and "close" all give "clos").
  if (!cut && w.length > 3 && w.endsWith('s')) w = w.slice(0, -1);
  const last = w.charCodeAt(w.length - 1);
  // a, e, i, o: "nuevo"/"nueva", "perdí"/"perdido", "ferme"/"fermée".
  if (w.length > MIN_STEM && (last === 97 || last === 101 || last === 105 || last === 111)) w = w.slice(0, -1);
  // "shipp" and "ship", "stopp" and "stop".
  if (w.length > 3 && w.charCodeAt(w.length - 1) === w.charCodeAt(w.length - 2)) w = w.slice(0, -1);
  return w.length > MAX_STEM ? w.slice(0, MAX_STEM) : w;
}

const isDigit = (c: number) => c >= 48 && c <= 57;
const isLowerLetter = (c: number) => (c >= 97 && c <= 122) || (c >= 0xdf && c <= 0xff && c !== 0xf7);

/** Whether the word after `end` (one space on) is capitalised like a name: a capital, then a small letter. */
const nameGoesOn = (text: string, end: number): boolean =>
  text.charCodeAt(end) === 32 && isUpper(text.charCodeAt(end + 1)) && isLowerLetter(text.charCodeAt(end + 2));

/** What a word is, apart from where it stands: a one-digit number, a number, a word, or a capitalised word. */
const KIND = { digit: 1, number: 2, word: 3, capitalised: 4 } as const;

/**
 * A content word's hash (class bits clear) plus its KIND × 2^32, or -1 when it is too short to count. Its class
 * also depends on where it stands (after @ or $, at a sentence start), which `contentWords` adds.
 */
function wordInfo(raw: string): number {
  let lower = raw.toLowerCase();
  if (lower.includes('’')) lower = lower.replace(/’/g, "'");
  let digits = 0;
  for (let k = 0; k < lower.length; k++) if (isDigit(lower.charCodeAt(k))) digits++;
  if (digits > 0) {
    // A number written with a unit or an ordinal is the number: "6pm" and "6 pm", "4th" and "4", "19h", "I-70" and
    // "i70", "12k" and "12,000" (groups are joined by canonicalNumbers), "4e", "4ème" and "1ère".
    let key = lower;
    const marks = DECIMAL_MARK_RE.test(lower) ? 1 : 0;
    // A decimal is one number whichever mark it is written with ("magnitude 6.1", "1,2 million", "$15.49").
    if (marks && lower.length - digits - marks <= 2) key = lower.replace(/[^\d.,]+/g, '').replace(',', '.');
    else if (lower.length - digits <= 2 || LONG_ORDINAL_RE.test(lower)) {
      key = lower.replace(/\D+/g, '');
      if (lower.endsWith('k') && lower.length - digits === 1) key += '000';
    }
    // A one-digit number ("3 places", "5 minutes") is a detail, not a key like "30%" or "2026".
    return ((fnv1a(key) & ~3) >>> 0) + 2 ** 32 * (key.length === 1 ? KIND.digit : KIND.number);
  }
  const folded = fold(lower);
  // Laughter of any length ("jajaja", "kkkk", "hahaha", "rsrs", "lolol") says nothing of the message.
  if (LAUGHTER_RE.test(folded)) return -1;
  // A word of a concept (phrases/concepts.ts) is the concept: "hiring" and "vaga", "DM" and "privado" meet.
  const concept = CONCEPT_OF.get(folded);
  if (concept !== undefined) return concept + 2 ** 32 * KIND.word;
  const written = CANONICAL_WORDS.get(folded);
  if (written !== undefined) {
    if (!isDigit(written.charCodeAt(0))) return ((fnv1a(stem(written)) & ~3) >>> 0) + 2 ** 32 * KIND.word;
    return ((fnv1a(written) & ~3) >>> 0) + 2 ** 32 * (written.length === 1 ? KIND.digit : KIND.number);
  }
  // Two capitals are an acronym that names something ("JS", "EU", "OM"); other two-letter words say little.
  if (lower.length === 2 && raw === raw.toUpperCase() && raw !== lower) return ((fnv1a(lower) & ~3) >>> 0) + 2 ** 32 * KIND.capitalised;
  if (lower.length < 3) return -1;
  const apostrophe = lower.indexOf("'");
  // An elided article or pronoun before the word is not the word: "l'inflation", "d'après", "qu'Apple" (ELIDED_RE)
  // are "inflation", "après", "Apple"; otherwise the word is what comes before its apostrophe ("don't", "Render's").
  const elided = apostrophe > 0 && apostrophe <= 2 && ELIDED_RE.test(lower);
  const word = elided ? raw.slice(apostrophe + 1) : raw;
  const key = stem(fold(elided ? lower.slice(apostrophe + 1) : apostrophe > 0 ? lower.slice(0, apostrophe) : lower));
  if (key.length < 2 || (elided && word.length < 3)) return -1;
  // "SALE" is shouting, "EU" a name.
  const capitalised = isUpper(word.charCodeAt(0)) && (word.length <= 3 || word !== word.toUpperCase());
  return ((fnv1a(key) & ~3) >>> 0) + 2 ** 32 * (capitalised ? KIND.capitalised : KIND.word);
}

/** French elision: l', d', j', n', s', c', m', t', qu' before a word of at least three letters. */
const ELIDED_RE = /^(?:[ldjnsmct]|qu)'\p{L}{3}/u;

/** A decimal mark between two digits ("6.1", "1,2"): contentWords reads such a number as one word. */
const DECIMAL_MARK_RE = /\d[.,]\d/;
/** Ordinals whose ending is three letters ("4ème", "1ère"); shorter ones ("4th", "4e", "1º") drop theirs anyway. */
const LONG_ORDINAL_RE = /^\d+(?:[eè]re|[eè]me)$/;
/** Laughter written out, of any length: "haha", "jajaja", "hehe", "kkkk", "rsrsrs", "lolol", "lool". */
const LAUGHTER_RE = /^(?:(?:h[aeiou]){2,}h?|(?:j[aeiou]){2,}j?|(?:[aeiou]h){2,}|k{3,}|(?:rs){2,}r?|lo+l(?:ol)*|(?:lo)+l)$/;

/**
 * Words a rewording writes another way, each with the one form both sides are compared in (accents folded): small
 * numbers in words ("seven-month journey", "7 months"; "drei", "trois", "três"; "fifty homers", "50 HR"), times ("midnight", "12am") and the
 * shortened days, months and words of posts ("Thu", "Nov", "tmrw"). Left out where a form is also a common other
 * word ("once", "doce", "neuf", "mar", "sun", "sat", "jan"); stop words ("one", "dos", "mon") never get here.
 */
const CANONICAL_WORDS = new Map<string, string>(
  Object.entries({
    '2': 'two zwei deux dois duas', '3': 'three tres drei trois', '4': 'four cuatro vier quatre quatro',
    '5': 'five cinco funf cinq', '6': 'six seis sechs', '7': 'seven siete sieben sete', '8': 'eight ocho acht huit oito',
    '9': 'nine nueve neun nove', '10': 'ten diez zehn dix dez',
    // First, as a word or as "1st", "1ère", "1º": "for the 1ère fois", "pour la première fois", "erstmals".
    '1': 'first primero primera primer premier premiere erste ersten erster erstes erstmals primeiro primeira', '11': 'eleven onze', '12': 'twelve zwolf douze noon midnight mediodia medianoche mitternacht minuit',
    '20': 'twenty veinte zwanzig vingt vinte', '30': 'thirty treinta dreissig dreißig trente trinta', '40': 'forty cuarenta vierzig quarante quarenta',
    '50': 'fifty cincuenta funfzig cinquante cinquenta', '100': 'hundred cien hundert cem',
    tuesday: 'tue tues', wednesday: 'wed', thursday: 'thu thur thurs', friday: 'fri',
    february: 'feb', april: 'apr', june: 'jun', july: 'jul', august: 'aug', september: 'sep', october: 'oct', november: 'nov', december: 'dec',
    tomorrow: 'tmrw tmr tmw', hour: 'hrs', minute: 'mins', people: 'ppl', government: 'govt',
    tonight: 'tonite nite', weekend: 'wknd wkend finde fds', week: 'wks', birthday: 'bday', department: 'dept',
    information: 'info', photo: 'pic pics foto fotos', video: 'vid vids', point: 'pts', year: 'yr yrs', ticket: 'tix tkts',
    // The word after a number, however it is written (canonicalNumbers writes "1.9M" "1.9 million").
    million: 'millions millon millones millionen mio milhao milhoes', billion: 'billions milliarde milliarden mrd milliard milliards bilhao bilhoes',
    // Units written out or short: "3 feet" and "3 ft", "7 million pounds" and "7M lbs", "115 degrees" and "115°F".
    foot: 'feet ft', pound: 'pounds lbs', degree: 'degrees grados grad degres graus', inch: 'inches',
  }).flatMap(([canonical, forms]) => forms.split(' ').map((form): [string, string] => [form, canonical])),
);

/** A concept's content-word hash (class bits clear): one salted hash of its id. */
const conceptHash = (id: string): number => (fnv1a(`=${id}`) & ~3) >>> 0;

/** Each written form of a concept (accents folded) and its concept's hash. */
const CONCEPT_OF = new Map<string, number>(CONCEPTS.flatMap((c) => Object.values(c.words).flat().map((w): [string, number] => [fold(w), conceptHash(c.id)])));

/**
 * For a concept that TURNS pair with others (phrases/concepts.ts), the others' words (hash >>> 2): "reopened" against
 * an earlier "closed" is news, not the same message (history.ts reworded). A concept may turn more than one
 * ("departs" turns "appointed" and "resumed").
 */
export const TURN_OF = new Map<number, number[]>();
for (const [a, b] of TURNS) {
  for (const [from, to] of [
    [a, b],
    [b, a],
  ] as const) {
    const key = conceptHash(from) >>> 2;
    const partners = TURN_OF.get(key) ?? [];
    partners.push(conceptHash(to) >>> 2);
    TURN_OF.set(key, partners);
  }
}

/** The concepts of phrases/concepts.ts CHANGES, as content-word hashes (>>> 2, like TURN_OF). */
export const CHANGE_WORDS: ReadonlySet<number> = new Set(CHANGES.map((id) => conceptHash(id) >>> 2));

/**
 * The one-digit numbers, as content-word hashes (>>> 2, like TURN_OF), each with the hashes of itself times ten and
 * a hundred. A one-digit number is a detail, not a key (wordInfo): "3 seats" shares no number with "30 seats". But
 * one put where the earlier post had it times ten or a hundred, or the reverse ("the recount changed 300 votes" after
 * "…only 3 votes"), is another figure in the same sentence (history.ts). Only those: a rewording rounds ("nearly 2
 * million" for "1.9M") or writes a time another way ("7 pm" for "19h"), and a thousand or a million is "3k", "3 mil".
 */
export const DIGIT_TENS: ReadonlyMap<number, readonly number[]> = new Map(
  ['1', '2', '3', '4', '5', '6', '7', '8', '9'].map((d) => [
    (wordInfo(d) % 2 ** 32) >>> 2,
    [`${d}0`, `${d}00`].map((n) => (wordInfo(n) % 2 ** 32) >>> 2),
  ]),
);

/**
 * Days of the week and months of the five languages, as content-word hashes (>>> 2, like TURN_OF): two posts that
 * each name a day the other does not ("this Saturday", "next Wednesday") speak of two dates (history.ts reworded).
 * Days relative to the post ("tomorrow", "tonight", "weekend") are left out, as a reminder says them of the day it
 * first named; so are months that are also other words ("may", "march", "mars", "marco").
 */
export const DATE_WORDS: ReadonlySet<number> = new Set(
  [
    'monday tuesday wednesday thursday friday saturday sunday',
    'january february april june july august september october november december',
    'lunes martes miercoles jueves viernes sabado domingo',
    'enero febrero marzo abril mayo junio julio agosto septiembre setiembre octubre noviembre diciembre',
    'montag dienstag mittwoch donnerstag freitag samstag sonnabend sonntag',
    'januar februar marz april mai juni juli august september oktober november dezember',
    'lundi mardi mercredi jeudi vendredi samedi dimanche',
    'janvier fevrier avril mai juin juillet aout septembre octobre novembre decembre',
    'segunda terca quarta quinta sexta sabado domingo',
    'janeiro fevereiro abril maio junho julho agosto setembro outubro novembro dezembro',
  ]
    .flatMap((line) => line.split(' '))
    .map((w) => wordInfo(w))
    .filter((info) => info >= 0)
    .map((info) => (info % 2 ** 32) >>> 2),
);

/**
 * The stance a post takes (phrases/concepts.ts): it hedges (HEDGES: a rumour, a poll), judges (JUDGES: an opinion)
 * or denies (DENIALS). Found in `contentWords`' own pass over the words, by the hash it reads each word with and the
 * hash of each two words in a row, so no further pass over the text: `lastStance.bits` holds the last call's answer.
 */
export const STANCE = { hedges: 1, judges: 2, denies: 4, negates: 8, responds: 16 } as const;
export const lastStance = { bits: 0 };
/** Two words in a row as one key ("exit poll", "tal vez", "c'est faux"). */
const pairKey = (a: number, b: number) => (Math.imul(a ^ 0x5bd1e995, 0x01000193) ^ b) | 0;
const STANCE_WORDS = new Map<number, number>();
const STANCE_PAIRS = new Map<number, number>();
/** The low 16 bits of every key of both maps: most words miss here, without a map lookup. */
const STANCE_SEEN = new Uint8Array(0x10000);
for (const [bit, lists] of [
  [STANCE.hedges, HEDGES],
  [STANCE.judges, JUDGES],
  [STANCE.denies, DENIALS],
  [STANCE.responds, RESPONSES],
] as const) {
  for (const form of Object.values(lists).flat()) {
    for (const written of new Set([form, fold(form)])) {
      const words = written.replace(/’/g, "'").split(/[\s-]+/).map((w) => fnv1a(w) | 0);
      if (words.length > 2) throw new Error(`stance forms are one or two words: ${form}`);
      const [map, key] = words.length === 1 ? [STANCE_WORDS, words[0]!] : [STANCE_PAIRS, pairKey(words[0]!, words[1]!)];
      map.set(key, (map.get(key) ?? 0) | bit);
      STANCE_SEEN[key & 0xffff] = 1;
    }
  }
}

const MAY_GROUP_DIGITS_RE = /\d[\s.,\u00a0\u202f-]\d|\d[xX]\d/;
/** 9,000 / 9.000 / 9 000, and 1.134 (thousands in es, de, fr, pt). */
const THOUSANDS_RE = /(?<![\d.,])\d{1,3}(?:[.,\u00a0\u202f ]\d{3})+(?![\d]|[.,]\d)/g;
/** Phone numbers and dates in three or more groups: "06 12 34 56 78", "31 99999-1234". */
const DIGIT_GROUPS_RE = /(?<![\d.,])\d{2,5}(?:[ .-]\d{2,5}){2,}(?![\d])/g;
/** A score or a deal: "2x1". */
const TIMES_RE = /(\d)[xX](\d)/g;

/** Tens and units in words, for numbers written as two words ("twenty-two", "vingt-deux", "vinte e dois"). */
const TENS: Record<string, number> = {
  twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
  vingt: 20, trente: 30, quarante: 40, cinquante: 50, soixante: 60,
  vinte: 20, trinta: 30, quarenta: 40, cinquenta: 50, sessenta: 60, setenta: 70, oitenta: 80, noventa: 90,
};
const UNITS: Record<string, number> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9,
  un: 1, deux: 2, trois: 3, quatre: 4, cinq: 5, sept: 7, huit: 8, neuf: 9,
  um: 1, uma: 1, dois: 2, duas: 2, tres: 3, três: 3, quatro: 4, cinco: 5, seis: 6, sete: 7, oito: 8, nove: 9,
};
const COMPOUND_RE = new RegExp(`\\b(${Object.keys(TENS).join('|')})(?:-| e | et |-et-)(${Object.keys(UNITS).join('|')})\\b`, 'giu');
const MAY_COMPOUND_RE = /(?:ty|gt|nte|nta|ante)(?:-| e | et )/i;

/** The text with each number written one way, so a rewording that writes it another way still shares it. */
export function canonicalNumbers(raw: string): string {
  // "twenty-two years" is 22, not 20 and 2.
  const spelled = MAY_COMPOUND_RE.test(raw)
    ? raw.replace(COMPOUND_RE, (_, tens: string, unit: string) => String(TENS[tens.toLowerCase()]! + UNITS[unit.toLowerCase()]!))
    : raw;
  // "1.9M", "$35.1B", "£100m", "€2bn" are "1.9 million", "35.1 billion"...: the number, then the word (MAGNITUDE_WORDS).
  // A score in words ("tres a uno", "three to one", "drei zu eins") is the score in digits: "3-1".
  const scored = MAY_WORD_SCORE_RE.test(raw) ? spelledScores(spelled) : spelled;
  const scaled = MAY_MAGNITUDE_RE.test(scored) ? scored.replace(MAGNITUDE_RE, (_, n: string, m: string) => `${n} ${/^[mM]/.test(m) ? 'million' : 'billion'}`) : scored;
  // "10%", "10 percent", "10 por ciento", "10 Prozent", "10 pour cent", "10 por cento": the number and one word.
  // "115°F", "30 °C" and "115 degrees" likewise.
  const percent = MAY_PERCENT_RE.test(scaled) ? scaled.replace(PERCENT_RE, '$1 percent') : scaled;
  const measured = percent.includes('°') ? percent.replace(DEGREE_RE, '$1 degree') : percent;
  // '3"' (of rain, of snow) is 3 inches.
  const text = measured.includes('"') ? measured.replace(INCH_RE, '$1 inch') : measured;
  if (!MAY_GROUP_DIGITS_RE.test(text)) return text;
  const digitsOnly = (m: string) => m.replace(/\D+/g, '');
  return text.replace(THOUSANDS_RE, digitsOnly).replace(DIGIT_GROUPS_RE, digitsOnly).replace(TIMES_RE, '$1 $2');
}

/**
 * A number with a magnitude letter: a capital M or B ("1.9M", "35.1B"), or after a currency sign any case and "bn"/"mn"
 * ("£100m", "€2bn"). A small "m" alone is too often metres or minutes.
 */
const MAGNITUDE_RE = /((?<=[$£€]\s?)\d+(?:[.,]\d+)?|(?<![\p{L}\d.,])\d+(?:[.,]\d+)?)(M|B|(?<=[$£€]\s?\d+(?:[.,]\d+)?)(?:m|b|bn|mn))(?![\p{L}\d])/gu;
const MAY_MAGNITUDE_RE = /\d(?:M|B|m|b)/;

/** Small numbers in words, 0 to 9, in the five languages: the goals of a score. */
const SCORE_WORDS: Record<string, number> = {
  zero: 0, nil: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9,
  cero: 0, uno: 1, dos: 2, tres: 3, cuatro: 4, cinco: 5, seis: 6, siete: 7, ocho: 8, nueve: 9,
  null: 0, eins: 1, zwei: 2, drei: 3, vier: 4, fünf: 5, funf: 5, sechs: 6, sieben: 7, acht: 8, neun: 9,
  zéro: 0, un: 1, deux: 2, trois: 3, quatre: 4, cinq: 5, sept: 7, huit: 8, neuf: 9,
  um: 1, dois: 2, três: 3, quatro: 4, sete: 7, oito: 8, nove: 9,
};
/** The word between the goals of a score in words: "tres a uno", "three to one", "drei zu eins", "dois x um". */
const SCORE_JOINER_RE = / (?:to|a|à|zu|x) /giu;
const MAY_WORD_SCORE_RE = / (?:to|a|à|zu|x) /i;
/** The longest number word of a score ("quatre", "cuatro", "sieben"): a longer word before a joiner is none. */
const LONGEST_SCORE_WORD = Math.max(...Object.keys(SCORE_WORDS).map((w) => w.length));
const isLetter = (text: string, i: number): boolean => {
  const c = text.charCodeAt(i);
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c > 127 && LETTER_RE.test(text[i]!));
};
const LETTER_RE = /\p{L}/u;
/**
 * "tres a uno" as "3-1"; the same number twice ("uno a uno", "one to one", "un à un") is a manner, not a score. Found
 * from each joiner outward (the words either side read by hand and looked up), not by an alternation of every number
 * word tried at every position: " a " and " to " stand in nearly every post.
 */
function spelledScores(text: string): string {
  // canonicalNumbers and contentWords both ask for the same text, one after the other.
  if (text === lastScored.text) return lastScored.out;
  const out = scoresInDigits(text);
  lastScored.text = text;
  lastScored.out = out;
  return out;
}
const lastScored = { text: '', out: '' };

function scoresInDigits(text: string): string {
  let out = '';
  let from = 0;
  SCORE_JOINER_RE.lastIndex = 0;
  for (let m = SCORE_JOINER_RE.exec(text); m !== null; m = SCORE_JOINER_RE.exec(text)) {
    let start = m.index;
    while (start > from && m.index - start <= LONGEST_SCORE_WORD && isLetter(text, start - 1)) start--;
    if (start === m.index || m.index - start > LONGEST_SCORE_WORD || (start > 0 && /[\p{N}]/u.test(text[start - 1]!))) continue;
    const x = SCORE_WORDS[text.slice(start, m.index).toLowerCase()];
    if (x === undefined) continue;
    const after = m.index + m[0].length;
    let end = after;
    while (end < text.length && end - after <= LONGEST_SCORE_WORD && isLetter(text, end)) end++;
    if (end === after || end - after > LONGEST_SCORE_WORD || (end < text.length && /[\p{N}]/u.test(text[end]!))) continue;
    const y = SCORE_WORDS[text.slice(after, end).toLowerCase()];
    if (y === undefined || x === y) continue;
    out += `${text.slice(from, start)}${x}-${y}`;
    from = end;
    SCORE_JOINER_RE.lastIndex = end;
  }
  return from === 0 ? text : out + text.slice(from);
}

/** A percentage however it is written, after its number. */
const PERCENT_RE = /(\d)\s?(?:%|per ?cent\b|percent\b|pct\b|por ciento\b|prozent\b|pour ?cent\b|por cento\b)/giu;
const DEGREE_RE = /(\d)\s?°\s?[CF]?(?![\p{L}\d])/gu;
/** A number with a double quote right after it and no quoted words following: inches ('3" of rain'). */
const INCH_RE = /(?<![\d.,])(\d+(?:[.,]\d+)?)"(?=\s+(?:of|de|von|du)\b|\s*$|\s*[,.;)])/giu;
const MAY_PERCENT_RE = /%|cent|cient|prozent|pct/i;

/** A hashtag of capitalised words run together: "#TaylorSwift", "#SuperBowlLIX", "#ElClásico". */
const CAMEL_TAG_RE = /#\p{Lu}\p{Ll}+(?:\p{Lu}\p{Ll}+)+/gu;
/**
 * The text with the words of each camel-case hashtag written out after it ("#TaylorSwift" reads "#TaylorSwift Taylor
 * Swift"), so a post that tags a name shares it with one that writes it. The tag stays a word of its own: "#OpenAI"
 * still meets "OpenAI". Only tags that start with a capital and run whole words together ("#iPhone" is one word).
 */
function withTagWords(text: string): string {
  return text.replace(CAMEL_TAG_RE, (tag) => `${tag} ${tag.slice(1).replace(/(\p{Ll})(?=\p{Lu})/gu, '$1 ')}`);
}

/**
 * Scores and spans are content words of their own range (key SCORE_KEYS + 100a + b, far from any hash but 1 in
 * 100,000), so `isScore` knows them: a score both posts give weighs as a number, one only a post gives weighs
 * nothing (a span written "14 bis 17" in one post and "14-17" in the other), and two different ones are a swap.
 */
const SCORE_KEYS = 0x0e970000;
export const isScore = (h: number): boolean => (h >>> 2) - SCORE_KEYS >= 0 && (h >>> 2) - SCORE_KEYS < 10_000;

/**
 * Two small numbers joined as a result or a span: "3-1", "2x1", "2 a 1", "1 à 0", "2 zu 1", and "2:1" with one digit
 * each side ("4:12" is a time); "two to one" is left to the number words, dates ("6/3") join another way.
 */
const SCORE_RE = /(?<![\d.,:/])(\d{1,2})(?: ?(?:[-xX]| a | à | zu ) ?|:(?=\d(?!\d)))(\d{1,2})(?![\d%]|[.,:/]\d)/g;
const MAY_SCORE_RE = /\d ?(?:[-xX:]| a | à | zu ) ?\d/;

// Words recur from post to post and from keystroke to keystroke: what each is stays known (a bounded memo).
const WORD_INFO = new Map<string, number>();
const WORD_INFO_MAX = 20_000;

/** Reused by `contentWords` (checks are synchronous). */
let wordBuffer = new Uint32Array(256);

/**
 * The post's content words as sorted, distinct 32-bit hashes (class in the low two bits), at most MAX_WORDS.
 * `stop` holds the function words of every language (fingerprints are made without knowing the language).
 */
export function contentWords(raw: string, stop: ReadonlySet<string>): number[] {
  const numbers = canonicalNumbers(raw);
  const text = numbers.includes('#') ? withTagWords(numbers) : numbers;
  // One pass over the characters (a regex with Unicode classes cost several times more on long posts).
  const stopHash = hashesOf(stop);
  const n = text.length;
  let count = 0;
  let before = 0;
  let negated = false;
  // Tokens left in which a word negated by the word before (NEGATES_NEXT) may still come: see negatedWord.
  let negWindow = 0;
  let stance = 0;
  // The word before, while only spaces or a hyphen stand between (0 after other marks): for two-word stance forms.
  let previous = 0;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (!isWordCode(c)) {
      if (c !== 32 && c !== 9) {
        before = c;
        if (c !== 45) previous = 0;
      }
      i++;
      continue;
    }
    const start = i;
    // The lower-case word's hash as it is read, to drop function words before slicing them out.
    let h = Math.imul(0x811c9dc5 ^ lowerCode(c), 0x01000193);
    let end = i + 1;
    for (;;) {
      for (let code = 0; end < n && isWordCode((code = text.charCodeAt(end))); end++) h = Math.imul(h ^ lowerCode(code), 0x01000193);
      // "don't", "Render's": one word for the stop list; the ending is cut below.
      if (end + 1 < n && isApostrophe(text.charCodeAt(end)) && isWordCode(text.charCodeAt(end + 1))) {
        h = Math.imul(h ^ 39, 0x01000193);
        h = Math.imul(h ^ lowerCode(text.charCodeAt(end + 1)), 0x01000193);
        end += 2;
      } else if (end + 1 < n && isDecimalMark(text.charCodeAt(end)) && isDigit(text.charCodeAt(end - 1)) && isDigit(text.charCodeAt(end + 1))) {
        // "6.1", "1,2": one number (wordInfo), not a one-digit detail on either side of the mark.
        h = Math.imul(h ^ text.charCodeAt(end), 0x01000193);
        end += 1;
      } else break;
    }
    if (STANCE_SEEN[h & 0xffff] === 1) stance |= STANCE_WORDS.get(h) ?? 0;
    if (previous !== 0) {
      const pair = pairKey(previous, h);
      if (STANCE_SEEN[pair & 0xffff] === 1) stance |= STANCE_PAIRS.get(pair) ?? 0;
    }
    previous = h;
    const marked = before === 36 || before === 64; // $CASHTAG, @mention
    const atSentenceStart = startsSentence(before);
    const afterNegator = negated;
    negated = NEGATORS.has(h);
    if (negated) stance |= STANCE.negates;
    const inNegation = negWindow > 0;
    negWindow = NEGATES_NEXT.has(h) ? NEGATION_REACH : Math.max(0, negWindow - 1);
    before = text.charCodeAt(end - 1);
    i = end;
    // An @mention says whom a post is for, not what it says: rewordings add and drop them, and two different posts
    // to the same people share them.
    if (stopHash.has(h) || (marked && text.charCodeAt(start - 1) === 64)) continue;
    const raw = text.slice(start, end);
    let info = WORD_INFO.get(raw);
    if (info === undefined) {
      info = wordInfo(raw);
      if (WORD_INFO.size >= WORD_INFO_MAX) WORD_INFO.clear();
      WORD_INFO.set(raw, info);
    }
    if (info < 0) continue;
    if (afterNegator && TURN_OF.has((info % 2 ** 32) >>> 2)) continue;
    const kind = Math.floor(info / 2 ** 32);
    let cls: number;
    // A $CASHTAG is one even with digits in it ("$BTC2" is not a new number).
    if (marked) cls = WORD_CLASS.handle;
    else if (kind === KIND.digit) cls = WORD_CLASS.plain;
    else if (kind === KIND.number) cls = WORD_CLASS.number;
    // A capital that does not start a sentence is a name, a place, a product; the post's first content word is a name
    // when a capitalised word follows it, as posts open on whom they are about ("Ben Affleck and…", "Léon Marchand
    // remporte…", "Pope Francis…"). Only the first: after a sentence end mid-post, measured, it cost a rewording.
    else cls = kind === KIND.capitalised && (!atSentenceStart || (count === 0 && nameGoesOn(text, end))) ? WORD_CLASS.name : WORD_CLASS.plain;
    if (count === wordBuffer.length) {
      const bigger = new Uint32Array(count * 2);
      bigger.set(wordBuffer);
      wordBuffer = bigger;
    }
    if (inNegation && cls === WORD_CLASS.plain) {
      // The first plain word a "no"/"not"/"never" reaches is negated: it stands as itself and as another word
      // (negatedWord), which history.ts reads against the same word stated in the other post.
      if (count + 1 >= wordBuffer.length) {
        const bigger = new Uint32Array(wordBuffer.length * 2);
        bigger.set(wordBuffer);
        wordBuffer = bigger;
      }
      wordBuffer[count++] = (negatedWord(info % 2 ** 32) | cls) >>> 0;
      negWindow = 0;
    }
    wordBuffer[count++] = ((info % 2 ** 32) | cls) >>> 0;
  }
  // A score or a range, as one more number: "2 a 1" and "2x1" meet, "1 a 1" is another result (history.ts SWAP_MARGIN).
  const scores = MAY_WORD_SCORE_RE.test(raw) ? spelledScores(raw) : raw;
  if (MAY_SCORE_RE.test(scores)) {
    for (const m of scores.matchAll(SCORE_RE)) {
      if (count === wordBuffer.length) {
        const bigger = new Uint32Array(count * 2);
        bigger.set(wordBuffer);
        wordBuffer = bigger;
      }
      // Either way round: "verliert 1:2" and "schlägt 2:1" tell one result from the two sides.
      const [a, b] = [Number(m[1]), Number(m[2])];
      wordBuffer[count++] = (((SCORE_KEYS + Math.min(a, b) * 100 + Math.max(a, b)) << 2) | WORD_CLASS.number) >>> 0;
    }
  }
  lastStance.bits = stance;
  const sorted = wordBuffer.subarray(0, count).sort();
  const out: number[] = [];
  for (let k = 0; k < count && out.length < MAX_WORDS; k++) {
    const h = sorted[k]!;
    const last = out.length - 1;
    // The same word twice keeps its weightiest class ("friday" and "Friday").
    if (last >= 0 && out[last]! >>> 2 === h >>> 2) out[last] = Math.max(out[last]!, h);
    else out.push(h);
  }
  return out;
}
