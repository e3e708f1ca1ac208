// The person's earlier posts as compact fingerprints, indexed for sublinear lookup: MinHash/LSH bands for
// near-duplicates, an inverted index of content words for rewordings, and exact keys for links and hashtag sets.
import { canonicalUrl } from './links';
import { LEXICONS } from './phrases/book';
import { Postings } from './postings';
import { tokenize, type Token } from './text';
import { bandKeys, estimateJaccard, fnv1a, MIN_SHINGLE_CHARS, normalize, signature, SIGNATURE_SCHEME } from './similarity';

/** What the background stores per post and hands to content scripts. Plain data, structured-clone safe. */
export interface Fingerprint {
  id: string;
  time: number;
  /** MinHash signature of the normalised text (64 values). */
  sig: number[];
  /** How `sig` was computed (similarity.ts SIGNATURE_SCHEME); absent on fingerprints from before schemes were recorded. */
  scheme?: number;
  /** Hash of the whole normalised text, for short posts. */
  exact: number;
  /** Normalised length; short posts compare by `exact` only. */
  length: number;
  links: string[];
  /** Sorted lower-case hashtags joined by a space; '' when none. */
  tags: string;
  /** The start of the post, when the person keeps full text. */
  preview?: string;
  /**
   * Sorted hashes of the post's content words (function words dropped, light stemming), for rewordings that share
   * few character runs. Absent on fingerprints made before it existed; those only take part in the other checks.
   */
  words?: number[];
}

export interface Match {
  fingerprint: Fingerprint;
  similarity: number;
}

/** Sorted distinct lower-case hashtags (without #) joined by a space: the same set written in any order. */
export function hashtagKey(text: string | readonly Token[]): string {
  const tokens = typeof text === 'string' ? tokenize(text) : text;
  const tags = new Set<string>();
  for (const t of tokens) if (t.type === 'hashtag') tags.add(t.text.slice(1).toLowerCase());
  return [...tags].sort().join(' ');
}

/** Canonical forms of the post's links, found the same way the checker finds them (with or without a scheme). */
export function canonicalLinks(text: string | readonly Token[]): string[] {
  const tokens = typeof text === 'string' ? tokenize(text) : text;
  return [...new Set(tokens.filter((t) => t.type === 'url').map((t) => canonicalUrl(t.text)))];
}

/** Function words of every language we know: fingerprints are made without knowing the post's language. */
let stopWords: ReadonlySet<string> | null = null;
function allStopWords(): ReadonlySet<string> {
  stopWords ??= new Set(Object.values(LEXICONS).flatMap((l) => l.words.stop.map((w) => w.replace(/'/g, ''))));
  return stopWords;
}

/** At most this many content words per post: enough to tell rewordings apart, small to store. */
const MAX_WORDS = 64;

/** Light stemming, so "prices" and "price", "shipping" and "shipped" meet. */
function stemEnd(word: string): number {
  const n = word.length;
  if (n > 5) {
    if (word.endsWith('ing')) return n - 3;
    if (word.endsWith('ed') || word.endsWith('es')) return n - 2;
  }
  if (n > 3 && word.endsWith('s')) return n - 1;
  return n;
}

const isNumber = (w: string) => {
  for (let i = 0; i < w.length; i++) {
    const c = w.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return true;
};

/** Reused by `contentWordHashes` (checks are synchronous): a typed array per call cost more than filling it. */
const wordHashes = new Uint32Array(MAX_WORDS * 2);

/** Content-word hashes of an already normalised text: function words and numbers dropped, lightly stemmed. */
export function contentWordHashes(norm: string): number[] {
  const stop = allStopWords();
  const hashes = wordHashes;
  let count = 0;
  let from = 0;
  while (from < norm.length && count < hashes.length) {
    let to = norm.indexOf(' ', from);
    if (to < 0) to = norm.length;
    if (to - from >= 3) {
      const w = norm.slice(from, to);
      if (!stop.has(w) && !isNumber(w)) hashes[count++] = fnv1a(w, 0, stemEnd(w));
    }
    from = to + 1;
  }
  // A typed array sorts numerically, without a comparison callback; the unused tail sorts last and is not read.
  hashes.fill(0xffffffff, count).sort();
  // Unique, at most MAX_WORDS of them.
  const out: number[] = [];
  for (let i = 0; i < count && out.length < MAX_WORDS; i++) if (out[out.length - 1] !== hashes[i]) out.push(hashes[i]!);
  return out;
}

/** A text prepared once for every kind of lookup, computing each part only when asked. */
export class Probe {
  readonly norm: string;
  private sigValue: Uint32Array | null = null;
  private wordsValue: number[] | null = null;

  constructor(text: string) {
    this.norm = normalize(text);
  }

  get sig(): Uint32Array {
    return (this.sigValue ??= signature(this.norm));
  }

  get words(): number[] {
    return (this.wordsValue ??= contentWordHashes(this.norm));
  }
}

export function fingerprint(text: string, id: string, time: number, keepPreview = true): Fingerprint {
  const probe = new Probe(text);
  const tokens = tokenize(text);
  const fp: Fingerprint = {
    id,
    time,
    sig: Array.from(probe.sig),
    scheme: SIGNATURE_SCHEME,
    exact: fnv1a(probe.norm),
    length: probe.norm.length,
    links: canonicalLinks(tokens),
    tags: hashtagKey(tokens),
    words: probe.words,
  };
  if (keepPreview) fp.preview = text.trim().slice(0, 140);
  return fp;
}

/** Both sides need this many content words before a reworded match means anything. */
export const MIN_REWORD_WORDS = 6;
/**
 * A rewording shares at least this many content words. Replies need one more: they are short and conversational, and
 * two answers opening "Great question!" that share one more word are not the same message.
 */
export const MIN_SHARED_WORDS = { post: 3, reply: 4 };

function push<K>(map: Map<K, number[]>, key: K, at: number): void {
  const list = map.get(key);
  if (list) list.push(at);
  else map.set(key, [at]);
}

function intersectionSize(a: readonly number[], b: readonly number[]): number {
  let i = 0;
  let j = 0;
  let n = 0;
  while (i < a.length && j < b.length) {
    if (a[i]! < b[j]!) i++;
    else if (a[i]! > b[j]!) j++;
    else {
      n++;
      i++;
      j++;
    }
  }
  return n;
}

export class HistoryIndex {
  readonly entries: Fingerprint[] = [];
  private readonly bands = new Postings();
  private readonly exact = new Postings();
  private readonly words = new Postings();
  private readonly links = new Map<string, number[]>();
  private readonly tags = new Map<string, number[]>();

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
    this.exact.add(fp.exact, at);
    const comparable = fp.scheme === SIGNATURE_SCHEME;
    if (comparable && fp.length >= MIN_SHINGLE_CHARS) for (const key of bandKeys(fp.sig)) this.bands.add(key, at);
    if (comparable && fp.words && fp.words.length >= MIN_REWORD_WORDS) for (const w of fp.words) this.words.add(w, at);
    for (const link of fp.links) push(this.links, link, at);
    if (fp.tags) push(this.tags, fp.tags, at);
  }

  /** Earlier posts at least `threshold` similar to `text` (estimated Jaccard of character 5-grams), most similar first. */
  similar(text: string | Probe, threshold: number): Match[] {
    const probe = typeof text === 'string' ? new Probe(text) : text;
    const norm = probe.norm;
    if (norm.length === 0) return [];
    const found = new Map<number, number>();
    this.exact.forEach(fnv1a(norm), (at) => found.set(at, 1));
    if (norm.length >= MIN_SHINGLE_CHARS) {
      const sig = probe.sig;
      for (const key of bandKeys(sig)) {
        this.bands.forEach(key, (at) => {
          if (!found.has(at)) found.set(at, estimateJaccard(sig, this.entries[at]!.sig));
        });
      }
    }
    return this.ranked(found, threshold);
  }

  /**
   * Earlier posts sharing at least `threshold` of their content words with `text` (Jaccard): the same message
   * reworded. Words found in many posts are skipped while gathering candidates, so the lookup stays sublinear.
   */
  reworded(text: string | Probe, threshold: number, minShared = MIN_SHARED_WORDS.post): Match[] {
    const query = (typeof text === 'string' ? new Probe(text) : text).words;
    if (query.length < MIN_REWORD_WORDS) return [];
    const common = Math.max(64, this.entries.length / 20);
    const shared = new Map<number, number>();
    for (const w of query) {
      const n = this.words.count(w);
      if (n === 0 || n > common) continue;
      this.words.forEach(w, (at) => shared.set(at, (shared.get(at) ?? 0) + 1));
    }
    const found = new Map<number, number>();
    for (const [at, n] of shared) {
      if (n < 2) continue;
      const words = this.entries[at]!.words!;
      const inter = intersectionSize(query, words);
      if (inter >= minShared) found.set(at, inter / (query.length + words.length - inter));
    }
    return this.ranked(found, threshold);
  }

  /** Earlier posts that carried this canonical link. */
  withLink(link: string): Fingerprint[] {
    return (this.links.get(link) ?? []).map((at) => this.entries[at]!);
  }

  /** Earlier posts with exactly this hashtag set (a `hashtagKey`). */
  withTags(key: string): Fingerprint[] {
    return (this.tags.get(key) ?? []).map((at) => this.entries[at]!);
  }

  private ranked(found: Map<number, number>, threshold: number): Match[] {
    return [...found]
      .filter(([, s]) => s >= threshold)
      .map(([at, similarity]) => ({ fingerprint: this.entries[at]!, similarity }))
      .sort((a, b) => b.similarity - a.similarity || b.fingerprint.time - a.fingerprint.time);
  }
}
