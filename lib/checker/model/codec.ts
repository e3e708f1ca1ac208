// The shipped weight table: a sparse list of hashed feature slots with one int8 weight per head, in base64.
// Layout: varint entry count, varint gaps between sorted slot numbers, then per head one signed byte per entry.
// (tests/train/table.ts writes it.) Each head's real weight is byte × scale; the scale and bias live beside the data in weights.ts.

function fromBase64(data: string): Uint8Array {
  const raw = atob(data);
  const bytes = new Uint8Array(raw.length);
  for (let i = 0; i < raw.length; i++) bytes[i] = raw.charCodeAt(i);
  return bytes;
}

/** Unpacks the table into one dense Int8Array per head, indexed by slot (fast lookups while scoring). */
export function decodeDense(data: string, headCount: number, size: number): Int8Array[] {
  const bytes = fromBase64(data);
  let at = 0;
  const varint = () => {
    let n = 0;
    let shift = 0;
    for (;;) {
      const b = bytes[at++]!;
      n += (b & 0x7f) * 2 ** shift;
      if (b < 0x80) return n;
      shift += 7;
    }
  };
  const count = varint();
  const slots = new Uint32Array(count);
  let slot = 0;
  for (let i = 0; i < count; i++) slots[i] = slot += varint();
  const dense: Int8Array[] = [];
  for (let h = 0; h < headCount; h++) {
    const head = new Int8Array(size);
    for (let i = 0; i < count; i++) head[slots[i]!] = (bytes[at++]! << 24) >> 24;
    dense.push(head);
  }
  return dense;
}
