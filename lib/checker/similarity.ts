// Near-duplicate fingerprints: character 5-gram shingles of normalised text, 64-value MinHash, 16×4 LSH bands.
// Parameters and their measured behaviour on short posts: shared/reference/heuristics.md §2.

export const SHINGLE = 5;
export const SIGNATURE_SIZE = 64;
export const BANDS = 16;
export const ROWS = SIGNATURE_SIZE / BANDS;
/** Below this many normalised characters, compare exact normalised text instead of shingles. */
export const MIN_SHINGLE_CHARS = 40;

const URL_RE = /(?:https?:\/\/|www\.)\S+/giu;
const NON_WORD_RE = /[^\p{L}\p{M}\p{N}]+/gu;

/** Lower case, links removed, @ and # dropped, punctuation and emoji to single spaces. */
export function normalize(text: string): string {
  return text.replace(URL_RE, ' ').toLowerCase().replace(NON_WORD_RE, ' ').trim();
}

export function fnv1a(s: string, from = 0, to = s.length): number {
  let h = 0x811c9dc5;
  for (let i = from; i < to; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

export function shingles(norm: string, k = SHINGLE): Set<number> {
  const out = new Set<number>();
  if (norm.length <= k) {
    if (norm.length > 0) out.add(fnv1a(norm));
    return out;
  }
  for (let i = 0; i + k <= norm.length; i++) out.add(fnv1a(norm, i, i + k));
  return out;
}

// Deterministic odd multipliers and offsets for the universal hashes (a·x + c mod 2^32).
const A = new Uint32Array(SIGNATURE_SIZE);
const C = new Uint32Array(SIGNATURE_SIZE);
{
  let seed = 0x9e3779b9;
  const next = () => {
    seed ^= seed << 13;
    seed ^= seed >>> 17;
    seed ^= seed << 5;
    return seed >>> 0;
  };
  for (let i = 0; i < SIGNATURE_SIZE; i++) {
    A[i] = next() | 1;
    C[i] = next();
  }
}

export function minhash(set: ReadonlySet<number>): Uint32Array {
  const sig = new Uint32Array(SIGNATURE_SIZE).fill(0xffffffff);
  for (const x of set) {
    for (let i = 0; i < SIGNATURE_SIZE; i++) {
      const h = (Math.imul(A[i]!, x) + C[i]!) >>> 0;
      if (h < sig[i]!) sig[i] = h;
    }
  }
  return sig;
}

export function estimateJaccard(a: ArrayLike<number>, b: ArrayLike<number>): number {
  let same = 0;
  for (let i = 0; i < SIGNATURE_SIZE; i++) if (a[i] === b[i]) same++;
  return same / SIGNATURE_SIZE;
}

function mix(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
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
