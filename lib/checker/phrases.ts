// Phrase lists compile into one alternation per list, bounded so that a phrase never matches inside a word.
// Entries are small regex sources written by us (never user text); a space matches any run of white space.

export interface PhraseMatch {
  start: number;
  end: number;
  text: string;
}

export function compilePhrases(phrases: readonly string[]): RegExp {
  const sorted = [...phrases].sort((a, b) => b.length - a.length);
  const body = sorted.map((p) => p.trim().replace(/ +/g, String.raw`\s+`)).join('|');
  return new RegExp(String.raw`(?<![\p{L}\p{N}_])(?:${body})(?![\p{L}\p{N}_])`, 'giu');
}

export function findAll(re: RegExp, text: string): PhraseMatch[] {
  const out: PhraseMatch[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    if (m[0].length === 0) {
      re.lastIndex++;
      continue;
    }
    out.push({ start: m.index, end: m.index + m[0].length, text: m[0] });
  }
  return out;
}

/** Escapes user-provided text (own brand names) for use inside a RegExp. */
export function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
