// The learned second opinion: a logistic regression per head over hashed n-gram features (features.ts), with
// weights trained by `npm run train` and shipped as a compact table (weights.ts). Pure and synchronous.
// Every probability comes with the words that weighed most, so a hint built on it can always quote its reason.
import { tokenize, type Token } from '../text';
import { decodeDense } from './codec';
import { CHAR_MAX, CHAR_MIN, HASH_BITS, visitFeatures, type WordFeatures } from './features';
import { MODEL } from './weights';

export const HEADS = ['promotion', 'bait'] as const;
export type Head = (typeof HEADS)[number];

/** A stretch of the text and how much it pushed a head toward yes (log-odds). */
export interface Weighed {
  start: number;
  end: number;
  weight: number;
}

export interface ModelScore {
  /** Probability that the post mainly promotes its author. */
  promotion: number;
  /** Probability that the post is clickbait, a teaser or gives the reader nothing. */
  bait: number;
  /** Per head: the words that pushed toward yes the most, strongest first (at most TOP_WORDS). */
  top: Record<Head, Weighed[]>;
  /** Per head: the run of up to FOCUS_WORDS adjacent words that together weighed most, or null if none pushed. */
  focus: Record<Head, Weighed | null>;
}

const TOP_WORDS = 5;
const FOCUS_WORDS = 6;

/** A weight table as weights.ts ships it: per head a bias, a scale and the longest character n-gram it reads. */
export interface ModelData {
  readonly biases: readonly number[];
  readonly scales: readonly number[];
  /** Per head, the longest character n-gram it reads (CHAR_MIN..CHAR_MAX): its weights and its feature count stop there. */
  readonly charMax: readonly number[];
  readonly data: string;
}

/** A decoded model, ready to score with. */
export interface Model {
  readonly data: ModelData;
  /** Both heads' weights interleaved (slot × 2 + head), so one feature's two weights share a cache line. */
  readonly weights: Int8Array;
  /** Per word (kept by the feature memo), the sum of its unigram's and its read character n-grams' weights per head. */
  readonly own: WeakMap<WordFeatures, readonly [number, number]>;
}

/** Decodes a weight table (the shipped one, or a hand-made one in tests). */
export function loadModel(data: ModelData): Model {
  const heads = decodeDense(data.data, HEADS.length, 1 << HASH_BITS);
  const weights = new Int8Array(2 << HASH_BITS);
  for (let slot = 0; slot < 1 << HASH_BITS; slot++) {
    weights[slot * 2] = heads[0]![slot]!;
    weights[slot * 2 + 1] = heads[1]![slot]!;
  }
  for (const n of data.charMax) if (!(n >= CHAR_MIN && n <= CHAR_MAX)) throw new Error(`charMax ${n} outside ${CHAR_MIN}..${CHAR_MAX}`);
  return { data, weights, own: new WeakMap() };
}

let shipped: Model | null = null;
const shippedModel = () => (shipped ??= loadModel(MODEL));

const sigmoid = (z: number) => 1 / (1 + Math.exp(-z));

// Per-token weight sums, reused from check to check (scoring is synchronous): fresh arrays per post were a large
// share of what a check allocated.
let onPromotion = new Float64Array(256);
let onBait = new Float64Array(256);
/** Character n-grams per length in the text being scored (reused). */
const gramCounts = new Int32Array(CHAR_MAX - CHAR_MIN + 1);

/** Scores a text; `tokens` may be passed when the caller already has them (the checker's own tokenizer). */
export function score(text: string, tokens: readonly Token[] = tokenize(text)): ModelScore {
  return scoreWith(shippedModel(), text, tokens);
}

/**
 * Scores a text with a given model. Each head reads character n-grams only up to its own length (charMax): one
 * hashing pass serves both, a longer n-gram adds to the heads that read it, and each head divides by its own count.
 */
export function scoreWith(model: Model, text: string, tokens: readonly Token[] = tokenize(text)): ModelScore {
  const { weights, data } = model;
  const promotionMax = data.charMax[0]!;
  const baitMax = data.charMax[1]!;
  // Raw weight sums per token, per head (a bigram's weight is split between its two words), in one pass.
  if (onPromotion.length < tokens.length) {
    onPromotion = new Float64Array(tokens.length * 2);
    onBait = new Float64Array(tokens.length * 2);
  }
  const promotionSums = onPromotion.fill(0, 0, tokens.length);
  const baitSums = onBait.fill(0, 0, tokens.length);
  let sumPromotion = 0;
  let sumBait = 0;
  gramCounts.fill(0);
  const count = visitFeatures(
    tokens,
    (hash, k, first) => {
      // Only bigrams and the unigrams of links, handles and emoji come here (a word's own features go to the second
      // visitor), so both heads read every feature that does.
      const a = weights[hash * 2]!;
      const b = weights[hash * 2 + 1]!;
      if (a === 0 && b === 0) return;
      sumPromotion += a;
      sumBait += b;
      if (first < 0) {
        promotionSums[k] = promotionSums[k]! + a;
        baitSums[k] = baitSums[k]! + b;
      } else {
        promotionSums[k] = promotionSums[k]! + a / 2;
        promotionSums[first] = promotionSums[first]! + a / 2;
        baitSums[k] = baitSums[k]! + b / 2;
        baitSums[first] = baitSums[first]! + b / 2;
      }
    },
    undefined,
    (word, k) => {
      // A word's unigram and character n-grams weigh the same wherever it stands: their sums are kept per word (one
      // read of the big weight table per occurrence saved). Weights are whole numbers (and halves), so summing them
      // in another order gives exactly the same result.
      const [a, b] = ownSums(model, word);
      sumPromotion += a;
      sumBait += b;
      promotionSums[k] = promotionSums[k]! + a;
      baitSums[k] = baitSums[k]! + b;
    },
    gramCounts,
  );
  const promotionScale = data.scales[0]! * normOf(count, promotionMax);
  const baitScale = data.scales[1]! * normOf(count, baitMax);
  // `top` is built only when read (hints quote `focus`), from copies: the buffers serve the next check.
  const promotionKept = promotionSums.slice(0, tokens.length);
  const baitKept = baitSums.slice(0, tokens.length);
  return new Scored(
    sigmoid(data.biases[0]! + sumPromotion * promotionScale),
    sigmoid(data.biases[1]! + sumBait * baitScale),
    { promotion: strongestRun(tokens, promotionSums, promotionScale), bait: strongestRun(tokens, baitSums, baitScale) },
    tokens,
    [promotionKept, baitKept],
    [promotionScale, baitScale],
  );
}

/**
 * A class rather than an object literal with a `get top()`: a literal's getter is a fresh closure per check, and V8
 * gives each such object a hidden class of its own that holds the closure from old space, keeping each check's
 * tokens alive through the next young-generation collections.
 */
class Scored implements ModelScore {
  private topValue: Record<Head, Weighed[]> | null = null;

  constructor(
    readonly promotion: number,
    readonly bait: number,
    readonly focus: Record<Head, Weighed | null>,
    private readonly tokens: readonly Token[],
    /** Per head, each token's weight sum (copies: the score's buffers serve the next check) and the head's scale. */
    private readonly sums: readonly [Float64Array, Float64Array],
    private readonly scales: readonly [number, number],
  ) {}

  get top(): Record<Head, Weighed[]> {
    return (this.topValue ??= {
      promotion: strongest(weighed(this.tokens, this.sums[0], this.scales[0])),
      bait: strongest(weighed(this.tokens, this.sums[1], this.scales[1])),
    });
  }
}

/** 1/√(features a head reads): all of them less the character n-grams longer than its charMax. */
function normOf(count: number, charMax: number): number {
  for (let n = charMax + 1; n <= CHAR_MAX; n++) count -= gramCounts[n - CHAR_MIN]!;
  return count > 0 ? 1 / Math.sqrt(count) : 0;
}

/** Per word (kept by the feature memo), the sum of its unigram's and its read character n-grams' weights per head. */
function ownSums(model: Model, word: WordFeatures): readonly [number, number] {
  let sums = model.own.get(word);
  if (!sums) {
    const { weights, data } = model;
    let a: number = weights[word.unigram * 2]!;
    let b: number = weights[word.unigram * 2 + 1]!;
    const promotionEnd = word.gramEnds[data.charMax[0]! - CHAR_MIN]!;
    const baitEnd = word.gramEnds[data.charMax[1]! - CHAR_MIN]!;
    for (let i = 0; i < word.chars.length; i++) {
      const slot = word.chars[i]!;
      if (i < promotionEnd) a += weights[slot * 2]!;
      if (i < baitEnd) b += weights[slot * 2 + 1]!;
    }
    model.own.set(word, (sums = [a, b]));
  }
  return sums;
}

/** Each token with a non-zero sum, in text order, with its weight in log-odds. */
function weighed(tokens: readonly Token[], sums: Float64Array, scale: number): Weighed[] {
  const words: Weighed[] = [];
  for (let k = 0; k < tokens.length; k++) {
    const raw = sums[k]!;
    if (raw !== 0) words.push({ start: tokens[k]!.start, end: tokens[k]!.end, weight: raw * scale });
  }
  return words;
}

/** The words that pushed toward yes the most, strongest first (ties in text order), at most TOP_WORDS. */
function strongest(words: readonly Weighed[]): Weighed[] {
  return words.filter((x) => x.weight > 0).sort((a, b) => b.weight - a.weight).slice(0, TOP_WORDS);
}

/** Indices of the tokens with a non-zero sum (reused, like the sums). */
let pushed = new Int32Array(256);

/**
 * The run of at most FOCUS_WORDS adjacent words (tokens with a non-zero sum) with the greatest positive sum, trimmed
 * to start and end on a push. Works on the sums directly: an object per word was much of what scoring allocated.
 */
function strongestRun(tokens: readonly Token[], sums: Float64Array, scale: number): Weighed | null {
  if (pushed.length < tokens.length) pushed = new Int32Array(tokens.length * 2);
  let n = 0;
  for (let k = 0; k < tokens.length; k++) if (sums[k] !== 0) pushed[n++] = k;
  let best: Weighed | null = null;
  for (let i = 0; i < n; i++) {
    if (sums[pushed[i]!]! * scale <= 0) continue;
    let sum = 0;
    for (let j = i; j < Math.min(n, i + FOCUS_WORDS); j++) {
      const weight = sums[pushed[j]!]! * scale;
      sum += weight;
      if (weight > 0 && (!best || sum > best.weight)) best = { start: tokens[pushed[i]!]!.start, end: tokens[pushed[j]!]!.end, weight: sum };
    }
  }
  return best;
}
