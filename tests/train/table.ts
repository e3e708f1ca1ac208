// Packs trained weights into the shipped table format that lib/checker/model/codec.ts reads.

export interface Table {
  /** Slot numbers in the hashed space, ascending. */
  slots: Uint32Array;
  /** One quantised weight per slot and head. */
  heads: Int8Array[];
}

export function encodeTable(table: Table): string {
  const bytes: number[] = [];
  const varint = (n: number) => {
    while (n >= 0x80) {
      bytes.push((n & 0x7f) | 0x80);
      n >>>= 7;
    }
    bytes.push(n);
  };
  varint(table.slots.length);
  let last = 0;
  for (const slot of table.slots) {
    varint(slot - last);
    last = slot;
  }
  for (const head of table.heads) for (const w of head) bytes.push(w & 0xff);
  return Buffer.from(bytes).toString('base64');
}

