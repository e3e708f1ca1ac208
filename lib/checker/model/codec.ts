// The shipped weight table: a sparse list of hashed feature slots with one int8 weight per head, in base64.
// Layout: varint entry count, varint gaps between sorted slot numbers, then per head one signed byte per entry.
// (tests/train/table.ts writes it.) Each head's real weight is byte × scale; the scale and bias live beside the data in weights.ts.

function fromBase64(data: string): Uint8Array {
  const raw = atob(data);
  const bytes = new Uint8Array(raw.length);
  for (let i = 0; i < raw.length; i++) bytes[i] = raw.charCodeAt(i);
  return bytes;
}

interface Cursor {
  bytes: Uint8Array;
  at: number;
}

function readVarint(c: Cursor): number {
  let n = 0;
  for (let shift = 0; ; shift += 7) {
    const b = c.bytes[c.at++]!;
    n += (b & 0x7f) * 2 ** shift;
    if (b < 0x80) return n;
  }
}

/** Unpacks the table into one dense Int8Array per head, indexed by slot (fast lookups while scoring). */
export function decodeDense(data: string, headCount: number, size: number): Int8Array[] {
  const c: Cursor = { bytes: fromBase64(data), at: 0 };
  const count = readVarint(c);
  const slots = new Uint32Array(count);
  let slot = 0;
  for (let i = 0; i < count; i++) slots[i] = slot += readVarint(c);
  const dense: Int8Array[] = [];
  for (let h = 0; h < headCount; h++) {
    const head = new Int8Array(size);
    for (let i = 0; i < count; i++) head[slots[i]!] = (c.bytes[c.at++]! << 24) >> 24;
    dense.push(head);
  }
  return dense;
}
