// The learned second opinion: a logistic regression per head over hashed n-gram features (features.ts), with
// weights trained by `npm run train` and shipped as a compact table (weights.ts). Pure and synchronous.
// Every probability comes with the words that weighed most, so a hint built on it can always quote its reason.
import { tokenize, type Token } from '../text';
import { decodeDense } from './codec';
import { HASH_BITS, visitFeatures } from './features';
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

let dense: Int8Array[] | null = null;
function tables(): Int8Array[] {
  dense ??= decodeDense(MODEL.data, HEADS.length, 1 << HASH_BITS);
  return dense;
}

const sigmoid = (z: number) => 1 / (1 + Math.exp(-z));

/** Scores a text; `tokens` may be passed when the caller already has them (the checker's own tokenizer). */
export function score(text: string, tokens: readonly Token[] = tokenize(text)): ModelScore {
  const [promotion, bait] = tables() as [Int8Array, Int8Array];
  // Raw weight sums per token, per head (a bigram's weight is split between its two words), in one pass.
  const byToken = [new Float64Array(tokens.length), new Float64Array(tokens.length)];
  const [onPromotion, onBait] = byToken as [Float64Array, Float64Array];
  let sumPromotion = 0;
  let sumBait = 0;
  const count = visitFeatures(tokens, (hash, k, first) => {
    const a = promotion[hash]!;
    const b = bait[hash]!;
    if (a === 0 && b === 0) return;
    sumPromotion += a;
    sumBait += b;
    if (first < 0) {
      onPromotion[k] = onPromotion[k]! + a;
      onBait[k] = onBait[k]! + b;
    } else {
      onPromotion[k] = onPromotion[k]! + a / 2;
      onPromotion[first] = onPromotion[first]! + a / 2;
      onBait[k] = onBait[k]! + b / 2;
      onBait[first] = onBait[first]! + b / 2;
    }
  });
  const sums = [sumPromotion, sumBait];
  const norm = count ? 1 / Math.sqrt(count) : 0;
  const result = { top: {}, focus: {} } as ModelScore;
  HEADS.forEach((head, h) => {
    const scale = MODEL.scales[h]! * norm;
    result[head] = sigmoid(MODEL.biases[h]! + sums[h]! * scale);
    const words: Weighed[] = [];
    byToken[h]!.forEach((raw, k) => {
      if (raw !== 0) words.push({ start: tokens[k]!.start, end: tokens[k]!.end, weight: raw * scale });
    });
    result.top[head] = words.filter((x) => x.weight > 0).sort((a, b) => b.weight - a.weight).slice(0, TOP_WORDS);
    result.focus[head] = strongestRun(words);
  });
  return result;
}

/** The run of at most FOCUS_WORDS adjacent words with the greatest positive sum, trimmed to start and end on a push. */
function strongestRun(words: readonly Weighed[]): Weighed | null {
  let best: Weighed | null = null;
  for (let i = 0; i < words.length; i++) {
    if (words[i]!.weight <= 0) continue;
    let sum = 0;
    for (let j = i; j < Math.min(words.length, i + FOCUS_WORDS); j++) {
      sum += words[j]!.weight;
      if (words[j]!.weight > 0 && (!best || sum > best.weight)) best = { start: words[i]!.start, end: words[j]!.end, weight: sum };
    }
  }
  return best;
}
