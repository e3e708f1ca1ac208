// A multimap from 32-bit keys to entry numbers in one sorted Float64Array: each posting is the single number
// key × 2^21 + entry, so a key's postings sit side by side and a lookup is two binary searches. Eight bytes per
// posting and no per-key object: the history index files each post under its band keys, its exact hash, its content
// words, links and hashtag set, and as Map<number, number[]> that cost ~2 kB per post in small arrays.
//
// New postings wait in an unsorted tail. It is merged in (one sort of the tail, one linear merge) on the next lookup
// once longer than a few entries, and by `settleIfLong` whenever it outgrows an eighth of the sorted part, so a tail
// never holds much memory of its own; a bulk load adds everything and settles once (one sort).

/** Entry numbers below 2^21: two million posts, far beyond what a composer tab keeps. */
const ENTRY_BITS = 21;
const SPAN = 2 ** ENTRY_BITS;
export const MAX_ENTRIES = SPAN;
/**
 * The sorted postings are cut into 2^DIRECTORY_BITS runs by the top bits of their keys, and `directory` says where
 * each run starts: a lookup searches one run (a few dozen postings at 10k posts) instead of the whole array, whose
 * binary search cost a cache miss per step. 64 kB, rebuilt whenever the tail is merged in.
 */
const DIRECTORY_BITS = 14;
const DIRECTORY_SHIFT = 32 - DIRECTORY_BITS;
/** A tail this short is scanned on lookup instead of merged. */
const SCANNED_TAIL = 32;
/** While adding, the tail is merged once longer than this and than an eighth of the sorted postings. */
const MERGED_TAIL = 4096;

export class Postings {
  private sorted = new Float64Array(0);
  private directory = new Uint32Array((1 << DIRECTORY_BITS) + 1);
  private tail = new Float64Array(64);
  private tailLength = 0;

  get size(): number {
    return this.sorted.length + this.tailLength;
  }

  /** Files `value` (an entry number below MAX_ENTRIES) under `key`. */
  add(key: number, value: number): void {
    if (this.tailLength === this.tail.length) {
      const bigger = new Float64Array(this.tail.length * 2);
      bigger.set(this.tail);
      this.tail = bigger;
    }
    this.tail[this.tailLength++] = (key >>> 0) * SPAN + value;
  }

  /** How many values are filed under `key`. */
  count(key: number): number {
    this.settle();
    const low = (key >>> 0) * SPAN;
    const run = (key >>> 0) >>> DIRECTORY_SHIFT;
    const first = this.directory[run]!;
    const last = this.directory[run + 1]!;
    let n = lowerBound(this.sorted, low + SPAN, first, last) - lowerBound(this.sorted, low, first, last);
    for (let i = 0; i < this.tailLength; i++) if (this.tail[i]! >= low && this.tail[i]! < low + SPAN) n++;
    return n;
  }

  /** Calls `fn` with each value filed under `key`, newest (highest) first. */
  forEach(key: number, fn: (value: number) => void): void {
    this.forEachUpTo(key, Infinity, fn);
  }

  /**
   * Calls `fn` with each value filed under `key`, newest first, unless there are more than `most` of them (then
   * none). Returns how many there are: one lookup where `count` and `forEach` would take two.
   */
  forEachUpTo(key: number, most: number, fn: (value: number) => void): number {
    this.settle();
    const low = (key >>> 0) * SPAN;
    let inTail = 0;
    for (let i = 0; i < this.tailLength; i++) if (this.tail[i]! >= low && this.tail[i]! < low + SPAN) inTail++;
    const run = (key >>> 0) >>> DIRECTORY_SHIFT;
    const last = this.directory[run + 1]!;
    const from = lowerBound(this.sorted, low, this.directory[run]!, last);
    const to = from === last || this.sorted[from]! >= low + SPAN ? from : lowerBound(this.sorted, low + SPAN, from, last);
    const n = to - from + inTail;
    if (n === 0 || n > most) return n;
    for (let i = this.tailLength - 1; i >= 0 && inTail > 0; i--) if (this.tail[i]! >= low && this.tail[i]! < low + SPAN) fn(this.tail[i]! - low);
    for (let i = to - 1; i >= from; i--) fn(this.sorted[i]! - low);
    return n;
  }

  /** Merges the tail in once it outgrows an eighth of the sorted postings: call after adding one entry's keys. */
  settleIfLong(): void {
    if (this.tailLength >= MERGED_TAIL && this.tailLength * 8 >= this.sorted.length) this.settle();
  }

  /** Merges a long tail into the sorted postings (one linear pass), leaving the array exactly as long as needed. */
  settle(): void {
    if (this.tailLength <= SCANNED_TAIL) return;
    const tail = this.tail.subarray(0, this.tailLength).sort();
    const old = this.sorted;
    const merged = new Float64Array(old.length + tail.length);
    let i = 0;
    let j = 0;
    let k = 0;
    while (i < old.length && j < tail.length) merged[k++] = old[i]! <= tail[j]! ? old[i++]! : tail[j++]!;
    while (i < old.length) merged[k++] = old[i++]!;
    while (j < tail.length) merged[k++] = tail[j++]!;
    this.sorted = merged;
    this.tail = new Float64Array(64);
    this.tailLength = 0;
    this.index();
  }

  /** Where each run of keys starts in `sorted` (and where the last one ends). */
  private index(): void {
    const directory = this.directory;
    let at = 0;
    for (let run = 0; run < directory.length - 1; run++) {
      const runStart = run * 2 ** DIRECTORY_SHIFT * SPAN;
      while (at < this.sorted.length && this.sorted[at]! < runStart) at++;
      directory[run] = at;
    }
    directory[directory.length - 1] = this.sorted.length;
  }
}

/** The first position in ascending `a` holding a value ≥ `x`, searching between `lo` and `hi` (where it must lie). */
function lowerBound(a: Float64Array, x: number, lo: number, hi: number): number {
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (a[mid]! < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
