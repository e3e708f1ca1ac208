// The learned second opinion: a logistic regression per head over hashed n-gram features (features.ts), with
// weights trained by `npm run train` and shipped as a compact table (weights.ts). Pure and synchronous.
// Every probability comes with the words that weighed most, so a hint built on it can always quote its reason.
import { tokenize, type Token } from '../text';
import { decodeDense } from './codec';
import { features, HASH_BITS } from './features';
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
  const feats = features(tokens);
  const heads = tables();
  const norm = feats.length ? 1 / Math.sqrt(feats.length) : 0;
  const result = { top: {}, focus: {} } as ModelScore;
  HEADS.forEach((head, h) => {
    const w = heads[h]!;
    const scale = MODEL.scales[h]! * norm;
    // Contributions gathered per token start (a bigram's share is split between its two words).
    const byStart = new Map<number, Weighed>();
    const add = (start: number, end: number, weight: number) => {
      const slot = byStart.get(start);
      if (slot) slot.weight += weight;
      else byStart.set(start, { start, end, weight });
    };
    let z = MODEL.biases[h]!;
    for (const f of feats) {
      const q = w[f.hash]!;
      if (q === 0) continue;
      const c = q * scale;
      z += c;
      if (f.firstEnd !== undefined && f.secondStart !== undefined) {
        add(f.start, f.firstEnd, c / 2);
        add(f.secondStart, f.end, c / 2);
      } else add(f.start, f.end, c);
    }
    result[head] = sigmoid(z);
    const words = [...byStart.values()].sort((a, b) => a.start - b.start);
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
