// Phrase lists compile into one alternation per list, bounded so that a phrase never matches inside a word.
// Entries are small regex sources written by us (never user text). Two conveniences keep the lists readable:
// a space matches any run of white space or emoji ("like 👍 and comment"; " ?" makes it optional), and ' matches a
// straight or curly apostrophe.

export interface PhraseMatch {
  start: number;
  end: number;
  text: string;
}

/** A regex that never matches: the compiled form of an empty list. */
export const NEVER = /(?!)/gu;

const GAP = String.raw`[\s\p{Extended_Pictographic}\uFE0F\u200D]+`;

/** Applies the two conveniences outside character classes and escapes; inside them characters stay literal. */
export function phraseSource(phrase: string): string {
  let out = '';
  let inClass = false;
  const src = phrase.trim();
  for (let i = 0; i < src.length; i++) {
    const c = src[i]!;
    if (c === '\\') {
      out += c + (src[i + 1] ?? '');
      i++;
    } else if (inClass) {
      if (c === ']') inClass = false;
      out += c;
    } else if (c === '[') {
      inClass = true;
      out += c;
    } else if (c === ' ') {
      while (src[i + 1] === ' ') i++;
      // "a ?b": the gap is optional.
      if (src[i + 1] === '?') {
        i++;
        out += `${GAP.slice(0, -1)}*`;
      } else out += GAP;
    } else if (c === "'") out += "['’]";
    else out += c;
  }
  return out;
}

export function compilePhrases(phrases: readonly string[]): RegExp {
  const sorted = [...phrases].sort((a, b) => b.length - a.length);
  const body = sorted.map(phraseSource).join('|');
  return new RegExp(String.raw`(?<![\p{L}\p{N}_])(?:${body})(?![\p{L}\p{N}_])`, 'giu');
}

export function findAll(re: RegExp, text: string): PhraseMatch[] {
  const out: PhraseMatch[] = [];
  if (re === NEVER) return out;
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
