// The learned model's features: hashed word unigrams, bigrams and character n-grams of normalised tokens. The same
// code runs when training (tests/train) and when checking, so a weight always means the same thing.
//
// What the model may see is chosen on purpose: lower-cased, accent-folded words with elongations squeezed, links
// reduced to `<url>` plus a host class, @handles to `<mention>`, numbers to `<num>`. It never sees letter case or
// punctuation: one training file has every positive in Title Case with its final punctuation stripped, and a model
// that learned that would mean nothing on real posts.
import type { Token } from '../text';

/** Size of the hashed feature space (2^18): big enough that collisions rarely matter at this vocabulary. */
export const HASH_BITS = 18;
const HASH_MASK = (1 << HASH_BITS) - 1;
/** Long texts: only the first words count, so a 3,000-character paste costs about what a long post does. */
export const MAX_TOKENS = 220;
/** Character n-grams run from CHAR_MIN to CHAR_MAX letters; each head may read only up to its own length (charMax). */
export const CHAR_MIN = 4;
export const CHAR_MAX = 5;
/** Character n-grams are taken from words of at most this many characters (longer ones are pasted noise). */
const CHAR_WORD_MAX = 24;

/** One hashed feature and the span of the original text it came from. */
export interface Feature {
  hash: number;
  start: number;
  end: number;
  /** For a bigram: where its first word ends and its second begins. */
  firstEnd?: number;
  secondStart?: number;
  /** For a character n-gram: its length n (a head reads only n-grams up to its own maximum). */
  gram?: number;
}

// Where a link goes, as a kind of place rather than one account or site.
const HOST_CLASSES: readonly (readonly [string, RegExp])[] = [
  ['video', /(?:^|\.)(?:youtube\.com|youtu\.be|twitch\.tv|tiktok\.com|vimeo\.com|kick\.com)$/],
  ['shop', /(?:^|\.)(?:amazon\.[a-z.]+|amzn\.to|etsy\.com|gumroad\.com|shopify\.com|ebay\.[a-z.]+|patreon\.com|ko-fi\.com|buymeacoffee\.com|substack\.com|udemy\.com|kickstarter\.com|indiegogo\.com|pump\.fun|lemonsqueezy\.com|stan\.store|beacons\.ai|linktr\.ee|bio\.link)$/],
  ['chat', /(?:^|\.)(?:t\.me|telegram\.me|discord\.gg|discord\.com|chat\.whatsapp\.com|wa\.me)$/],
  ['social', /(?:^|\.)(?:instagram\.com|facebook\.com|fb\.me|x\.com|twitter\.com|threads\.net|linkedin\.com|reddit\.com|bsky\.app|spotify\.com|soundcloud\.com)$/],
];

function hostClass(url: string): string {
  const host = url.toLowerCase().replace(/^[a-z]+:\/\//, '').replace(/^www\./, '').split(/[/?#:]/, 1)[0] ?? '';
  for (const [name, re] of HOST_CLASSES) if (re.test(host)) return name;
  return 'web';
}

/**
 * Crypto vocabulary, which the model never sees: half of the real promotion positives it learns from are about crypto
 * against 5% of the negatives, so these words would teach "crypto = promotion" rather than what asking looks like.
 */
export const TOPIC_WORDS: ReadonlySet<string> = new Set([
  'crypto', 'cryptos', 'cryptocurrency', 'bitcoin', 'btc', 'eth', 'ethereum', 'sol', 'solana', 'token', 'tokens',
  'coin', 'coins', 'memecoin', 'memecoins', 'nft', 'nfts', 'web0', 'defi', 'blockchain', 'onchain', 'altcoin',
  'altcoins', 'usdt', 'usdc', 'bnb', 'xrp', 'doge', 'pumpfun', 'dex', 'ca', 'wallet', 'wallets', 'staking', 'degen',
  'degens', 'hodl', 'dao', 'airdrop', 'airdrops', 'dapp', 'dapps', 'mint', 'minting', 'minted', 'pump', 'gem', 'gems',
  'presale', 'whitelist', 'wl',
]);

const MARKS_RE = /\p{M}+/gu;
const DIGITS_RE = /\p{N}+/gu;
const HAS_LETTER_RE = /\p{L}/u;
/** "pleeeease" and "pleease" are one word; doubled letters ("good", "sees") stay. */
const ELONGATION_RE = /(\p{L})\1{2,}/gu;
const APOSTROPHE_RE = /[’‘`]/g;

/** A word as the model sees it: lower case, no accents, elongations squeezed, digit runs as one "0". */
export function normalWord(word: string): string {
  const lower = word.toLowerCase().normalize('NFD').replace(MARKS_RE, '').replace(APOSTROPHE_RE, "'");
  if (!HAS_LETTER_RE.test(lower)) return '<num>';
  return lower.replace(ELONGATION_RE, '$1$1').replace(DIGITS_RE, '0');
}

/** The token the model reads in place of one text token, or null for tokens it skips. */
export function modelToken(token: Token): string | null {
  switch (token.type) {
    case 'word': {
      const word = normalWord(token.text);
      return TOPIC_WORDS.has(word) ? null : word;
    }
    case 'url':
      return `<url:${hostClass(token.text)}>`;
    case 'email':
      return '<email>';
    case 'mention':
      return '<mention>';
    case 'hashtag':
      return `#${normalWord(token.text.slice(1))}`;
    case 'emoji':
      return '<emoji>';
  }
}

// FNV-1a, 32-bit, over UTF-16 code units. Stable across engines, cheap, and good enough for hashing n-grams.
const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;
function mix(h: number, s: string, from = 0, to = s.length): number {
  for (let i = from; i < to; i++) h = Math.imul(h ^ s.charCodeAt(i), FNV_PRIME);
  return h;
}
const SEP = 0x1f;
function hashOf(kind: string, a: string, b?: string): number {
  let h = mix(FNV_OFFSET, kind);
  h = mix(Math.imul(h ^ SEP, FNV_PRIME), a);
  if (b !== undefined) h = mix(Math.imul(h ^ SEP, FNV_PRIME), b);
  return (h >>> 0) & HASH_MASK;
}

const BIGRAM_SEED = Math.imul(mix(FNV_OFFSET, 'b') ^ SEP, FNV_PRIME);
/** hashOf('b', a, b) as a state after `a` (kept per word), so a bigram hashes only its second word. */
const bigramLeft = (a: string) => Math.imul(mix(BIGRAM_SEED, a) ^ SEP, FNV_PRIME);
const bigramOf = (left: number, b: string) => (mix(left, b) >>> 0) & HASH_MASK;
const START_LEFT = bigramLeft('^');

/**
 * Receives one feature: its slot, the index of its token, for a bigram the index of its first token (else -1), and for
 * a character n-gram its length n (else 0).
 */
export type Visit = (hash: number, token: number, firstOfPair: number, gram: number) => void;
/**
 * Receives one word's own features at once: its unigram's slot and its character n-grams' slots, with the index of its
 * token. The same word always hands the same object, so a scorer may keep what it worked out from it (the weights of
 * a word's own features are then read once per word, not once per occurrence).
 */
export type VisitWord = (word: WordFeatures, token: number) => void;

const CHAR_SEED = Math.imul(mix(FNV_OFFSET, 'c') ^ SEP, FNV_PRIME);

/**
 * Every feature of a text's tokens, in text order, without allocating per feature. Unigrams and bigrams of model
 * tokens (a bigram with "^" marks the opening word), and character 4- and 5-grams of each word padded with "<" and ">"
 * (so "subscribe" shares most of its n-grams with "suscribe" and "subscribed"). `names`, when given, receives a
 * readable name per feature (training); `visitWord`, when given, receives each word's unigram and character n-grams
 * together instead of `visit` one by one (bigrams still go to `visit`). Returns the number of features;
 * `gramCounts`, when given, has the number of character n-grams of each length n added at [n - CHAR_MIN] (so a head
 * that reads shorter n-grams only can count its own features).
 */
export function visitFeatures(
  tokens: readonly Token[],
  visit: Visit,
  names?: string[],
  visitWord?: VisitWord,
  gramCounts?: Int32Array,
): number {
  let count = 0;
  let prev = '^';
  let prevLeft = START_LEFT;
  let prevIndex = -1;
  const last = Math.min(tokens.length, MAX_TOKENS);
  for (let k = 0; k < last; k++) {
    const token = tokens[k]!;
    const word = token.type === 'word' || token.type === 'hashtag' ? wordFeatures(token) : null;
    const t = word ? word.token : modelToken(token);
    if (t === null) continue;
    if (!word) visit(hashOf('w', t), k, -1, 0);
    else if (!visitWord) visit(word.unigram, k, -1, 0);
    visit(bigramOf(prevLeft, t), k, prevIndex, 0);
    count += 2;
    names?.push(t, `${prev} ${t}`);
    prev = t;
    prevLeft = word ? word.left : bigramLeft(t);
    prevIndex = k;
    if (!word) continue;
    if (visitWord) visitWord(word, k);
    else {
      for (let n = CHAR_MIN, i = 0; n <= CHAR_MAX; n++) {
        for (const end = word.gramEnds[n - CHAR_MIN]!; i < end; i++) visit(word.chars[i]!, k, -1, n);
      }
    }
    count += word.chars.length;
    if (gramCounts) {
      for (let n = CHAR_MIN, from = 0; n <= CHAR_MAX; n++) {
        const end = word.gramEnds[n - CHAR_MIN]!;
        gramCounts[n - CHAR_MIN] = gramCounts[n - CHAR_MIN]! + end - from;
        from = end;
      }
    }
    if (names) for (const gram of charGrams(t, token.type)) names.push(`"${gram}"`);
  }
  return count;
}

/** What one word contributes on its own: its model token, unigram and character n-grams (null: a skipped word). */
export interface WordFeatures {
  token: string | null;
  unigram: number;
  /** The bigram hash state after this word (bigramLeft). */
  left: number;
  /** Character n-gram slots, shortest n-grams first. */
  chars: Uint32Array;
  /** Where the n-grams of each length end in `chars`: [n - CHAR_MIN] (a head reading up to n stops there). */
  gramEnds: Uint8Array;
}

// Words recur from keystroke to keystroke and post to post, so their features are kept (a bounded memo).
const WORD_MEMO = new Map<string, WordFeatures>();
const WORD_MEMO_MAX = 5_000;
const NO_CHARS = new Uint32Array(0);
const NO_ENDS = new Uint8Array(CHAR_MAX - CHAR_MIN + 1);

function wordFeatures(token: Token): WordFeatures {
  const key = token.type === 'word' ? token.text : `#${token.text}`;
  let found = WORD_MEMO.get(key);
  if (found) return found;
  const t = modelToken(token);
  if (t === null) found = { token: null, unigram: 0, left: 0, chars: NO_CHARS, gramEnds: NO_ENDS };
  else {
    const grams = charGrams(t, token.type);
    const chars = new Uint32Array(grams.length);
    const gramEnds = new Uint8Array(CHAR_MAX - CHAR_MIN + 1);
    grams.forEach((gram, i) => {
      chars[i] = (mix(CHAR_SEED, gram) >>> 0) & HASH_MASK;
      // Grams come shortest first, so each length's end is one past its last gram (and at least the previous end).
      for (let n = gram.length; n <= CHAR_MAX; n++) gramEnds[n - CHAR_MIN] = i + 1;
    });
    found = { token: t, unigram: hashOf('w', t), left: bigramLeft(t), chars, gramEnds };
  }
  if (WORD_MEMO.size >= WORD_MEMO_MAX) WORD_MEMO.clear();
  WORD_MEMO.set(key, found);
  return found;
}

/** Character 4- and 5-grams of a word padded with "<" and ">"; none for hashtags, numbers and very long words. */
function charGrams(t: string, type: Token['type']): string[] {
  if (type !== 'word' || t === '<num>' || t.length > CHAR_WORD_MAX) return [];
  const padded = `<${t}>`;
  const grams: string[] = [];
  for (let n = CHAR_MIN; n <= CHAR_MAX; n++) {
    if (padded.length < n) break;
    // Words shorter than the n-gram add nothing the unigram does not already say.
    if (n > padded.length - 1 && n > CHAR_MIN) break;
    for (let i = 0; i + n <= padded.length; i++) grams.push(padded.slice(i, i + n));
  }
  return grams;
}

/** The features as a list, with the span each came from (training, tests). */
export function features(tokens: readonly Token[], names?: string[]): Feature[] {
  const out: Feature[] = [];
  visitFeatures(
    tokens,
    (hash, k, first, gram) => {
      const { start, end } = tokens[k]!;
      if (gram) out.push({ hash, start, end, gram });
      else if (first < 0) out.push({ hash, start, end });
      else out.push({ hash, start: tokens[first]!.start, end, firstEnd: tokens[first]!.end, secondStart: start });
    },
    names,
  );
  return out;
}
