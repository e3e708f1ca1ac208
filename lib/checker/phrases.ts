// The phrase syntax. Entries are small regex sources written by us (never user text), matched case-insensitively
// and never inside a word. Two conveniences keep the lists readable: a space matches any run of white space or emoji
// ("like 👍 and comment"; " ?" makes it optional), and ' matches a straight or curly apostrophe.
// The checker matches phrases from the tokenizer's words (phrase-index.ts); `compilePhrases` + `findAll` scan a
// whole list with one regex, the plain reference that the word-indexed matcher is tested against.

export interface PhraseMatch {
  start: number;
  end: number;
  text: string;
}

// White space first, then any emoji between the words: the common case (a plain space) stays fast.
export const GAP = String.raw`\s+(?:[\p{Extended_Pictographic}\uFE0F\u200D]+\s*)*`;

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
        out += `(?:${GAP})?`;
      } else out += GAP;
    } else if (c === "'") out += "['’]";
    else out += c;
  }
  return out;
}

// The leading word boundary is checked in findAll rather than with a lookbehind: a regex that starts with a
// lookbehind cannot skip ahead on its first characters, and measured 4× slower on a 280-character post.
export function compilePhrases(phrases: readonly string[]): RegExp {
  const sorted = [...phrases].sort((a, b) => b.length - a.length);
  const body = sorted.map(phraseSource).join('|');
  return new RegExp(String.raw`(?:${body})(?![\p{L}\p{N}_])`, 'giu');
}

const WORD_CHAR_RE = /[\p{L}\p{N}_]/u;

/** Whether `at` starts a word: the character before it (a whole code point) is not a letter, digit or underscore. */
export function startsWord(text: string, at: number): boolean {
  if (at === 0) return true;
  const before = text.charCodeAt(at - 1);
  if (before < 128) return !((before >= 48 && before <= 57) || (before >= 65 && before <= 90) || (before >= 97 && before <= 122) || before === 95);
  const from = at >= 2 && before >= 0xdc00 && before <= 0xdfff ? at - 2 : at - 1;
  return !WORD_CHAR_RE.test(text.slice(from, at));
}

export function findAll(re: RegExp, text: string): PhraseMatch[] {
  const out: PhraseMatch[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    if (m[0].length === 0 || !startsWord(text, m.index)) {
      // Not at a word start: look again from the next code point, where a shorter phrase may begin.
      const next = m.index + (text.codePointAt(m.index)! > 0xffff ? 2 : 1);
      re.lastIndex = next;
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
