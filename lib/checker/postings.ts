// A multimap from 32-bit keys to entry numbers, kept in typed arrays. The history index files each post under 16
// band keys, its exact hash and up to 64 word hashes; as Map<number, number[]> that cost ~2 kB per post in small
// arrays, this costs a few bytes per posting.

const EMPTY = -1;

export class Postings {
  private slotKey: Uint32Array = new Uint32Array(1024);
  private slotHead: Int32Array = new Int32Array(1024).fill(EMPTY);
  private slotCount: Int32Array = new Int32Array(1024);
  private used = 0;
  private nodeValue: Int32Array = new Int32Array(1024);
  private nodeNext: Int32Array = new Int32Array(1024);
  private nodes = 0;

  /** Files `value` under `key`. */
  add(key: number, value: number): void {
    // Grow at 70% full: linear probing stays short, and the tables stay small.
    if ((this.used + 1) * 10 > this.slotKey.length * 7) this.grow();
    const slot = this.find(key >>> 0);
    if (this.slotHead[slot] === EMPTY) {
      this.slotKey[slot] = key >>> 0;
      this.used++;
    }
    if (this.nodes === this.nodeValue.length) {
      this.nodeValue = resize(this.nodeValue, this.nodes * 2);
      this.nodeNext = resize(this.nodeNext, this.nodes * 2);
    }
    const node = this.nodes++;
    this.nodeValue[node] = value;
    this.nodeNext[node] = this.slotHead[slot]!;
    this.slotHead[slot] = node;
    this.slotCount[slot]!++;
  }

  /** How many values are filed under `key`. */
  count(key: number): number {
    const slot = this.find(key >>> 0);
    return this.slotHead[slot] === EMPTY ? 0 : this.slotCount[slot]!;
  }

  /** Calls `fn` with each value filed under `key`, newest first. */
  forEach(key: number, fn: (value: number) => void): void {
    const slot = this.find(key >>> 0);
    for (let node = this.slotHead[slot]!; node !== EMPTY; node = this.nodeNext[node]!) fn(this.nodeValue[node]!);
  }

  /** The slot holding `key`, or the empty slot where it would go (linear probing). */
  private find(key: number): number {
    const mask = this.slotKey.length - 1;
    let slot = Math.imul(key, 0x9e3779b1) >>> 0 & mask;
    while (this.slotHead[slot] !== EMPTY && this.slotKey[slot] !== key) slot = (slot + 1) & mask;
    return slot;
  }

  private grow(): void {
    const keys = this.slotKey;
    const heads = this.slotHead;
    const counts = this.slotCount;
    this.slotKey = new Uint32Array(keys.length * 2);
    this.slotHead = new Int32Array(keys.length * 2).fill(EMPTY);
    this.slotCount = new Int32Array(keys.length * 2);
    for (let i = 0; i < keys.length; i++) {
      if (heads[i] === EMPTY) continue;
      const slot = this.find(keys[i]!);
      this.slotKey[slot] = keys[i]!;
      this.slotHead[slot] = heads[i]!;
      this.slotCount[slot] = counts[i]!;
    }
  }
}

function resize(array: Int32Array, length: number): Int32Array {
  const out = new Int32Array(length);
  out.set(array);
  return out;
}
