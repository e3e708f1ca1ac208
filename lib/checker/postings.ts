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
/** A tail this short is scanned on lookup instead of merged. */
const SCANNED_TAIL = 32;
/** While adding, the tail is merged once longer than this and than an eighth of the sorted postings. */
const MERGED_TAIL = 4096;

export class Postings {
  private sorted = new Float64Array(0);
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
    let n = lowerBound(this.sorted, low + SPAN) - lowerBound(this.sorted, low);
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
    const from = lowerBound(this.sorted, low);
    const to = from === this.sorted.length || this.sorted[from]! >= low + SPAN ? from : lowerBound(this.sorted, low + SPAN);
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
  }
}

/** The first position in ascending `a` holding a value ≥ `x`. */
function lowerBound(a: Float64Array, x: number): number {
  let lo = 0;
  let hi = a.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (a[mid]! < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
