// The person's earlier posts as compact fingerprints, indexed for sublinear near-duplicate lookup.
import { canonicalUrl } from './links';
import { bandKeys, estimateJaccard, fnv1a, minhash, MIN_SHINGLE_CHARS, normalize, shingles } from './similarity';

/** What the background stores per post and hands to content scripts. Plain data, structured-clone safe. */
export interface Fingerprint {
  id: string;
  time: number;
  /** MinHash signature of the normalised text (64 values). */
  sig: number[];
  /** Hash of the whole normalised text, for short posts. */
  exact: number;
  /** Normalised length; short posts compare by `exact` only. */
  length: number;
  links: string[];
  /** Sorted lower-case hashtags joined by a space; '' when none. */
  tags: string;
  /** The start of the post, when the person keeps full text. */
  preview?: string;
}

export interface Match {
  fingerprint: Fingerprint;
  similarity: number;
}

const TAG_RE = /(?<![\p{L}\p{N}_&])[#＃]([\p{L}\p{M}\p{N}_]*[\p{L}\p{M}][\p{L}\p{M}\p{N}_]*)/gu;
const LINK_RE = /(?:https?:\/\/|www\.)[^\s<>"'“”]+/giu;

export function hashtagKey(text: string): string {
  const tags = new Set<string>();
  for (const m of text.matchAll(TAG_RE)) tags.add(m[1]!.toLowerCase());
  return [...tags].sort().join(' ');
}

export function canonicalLinks(text: string): string[] {
  return [...new Set([...text.matchAll(LINK_RE)].map((m) => canonicalUrl(m[0].replace(/[.,;:!?)\]}»…]+$/u, ''))))];
}

export function fingerprint(text: string, id: string, time: number, keepPreview = true): Fingerprint {
  const norm = normalize(text);
  const fp: Fingerprint = {
    id,
    time,
    sig: Array.from(minhash(shingles(norm))),
    exact: fnv1a(norm),
    length: norm.length,
    links: canonicalLinks(text),
    tags: hashtagKey(text),
  };
  if (keepPreview) fp.preview = text.trim().slice(0, 140);
  return fp;
}

export class HistoryIndex {
  readonly entries: Fingerprint[] = [];
  private readonly bands = new Map<number, number[]>();
  private readonly exact = new Map<number, number[]>();

  static fromTexts(texts: readonly string[], now = Date.now()): HistoryIndex {
    // Given newest first (corpus schema); a day apart so "when" reads sensibly.
    const index = new HistoryIndex();
    texts.forEach((t, i) => index.add(fingerprint(t, `h${i}`, now - (i + 1) * 86_400_000)));
    return index;
  }

  get size(): number {
    return this.entries.length;
  }

  add(fp: Fingerprint): void {
    const at = this.entries.push(fp) - 1;
    const push = (map: Map<number, number[]>, key: number) => {
      const list = map.get(key);
      if (list) list.push(at);
      else map.set(key, [at]);
    };
    push(this.exact, fp.exact);
    if (fp.length >= MIN_SHINGLE_CHARS) for (const key of bandKeys(fp.sig)) push(this.bands, key);
  }

  /** Earlier posts at least `threshold` similar to `text`, most similar first. */
  similar(text: string, threshold: number): Match[] {
    const norm = normalize(text);
    if (norm.length === 0) return [];
    const found = new Map<number, number>();
    for (const at of this.exact.get(fnv1a(norm)) ?? []) found.set(at, 1);
    if (norm.length >= MIN_SHINGLE_CHARS) {
      const sig = minhash(shingles(norm));
      for (const key of bandKeys(sig)) {
        for (const at of this.bands.get(key) ?? []) {
          if (found.has(at)) continue;
          const s = estimateJaccard(sig, this.entries[at]!.sig);
          if (s >= threshold) found.set(at, s);
          else found.set(at, -1);
        }
      }
    }
    return [...found]
      .filter(([, s]) => s >= threshold)
      .map(([at, similarity]) => ({ fingerprint: this.entries[at]!, similarity }))
      .sort((a, b) => b.similarity - a.similarity || b.fingerprint.time - a.fingerprint.time);
  }
}
