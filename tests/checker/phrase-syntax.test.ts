// The phrase syntax (phrases.ts) turns a space into a gap, and every phrase ends with a boundary that no letter may
// follow. A gap that ends a phrase's alternative therefore needs a non-letter after the white space: before a word
// the alternative never matches. Such alternatives were written meaning "a space, then anything" ("fuerza (?:a|para) |…")
// and were dead; this keeps new ones out.
import { describe, expect, it } from 'vitest';
import { GAP, phraseSource } from '../../lib/checker/phrases';
import { LEXICONS } from '../../lib/checker/phrases/book';

/** Where in a phrase's regex source a gap ends one of its alternatives (outside lookarounds, which end there anyway). */
function gapsAtTheEnd(source: string): number[] {
  const inLookaround = new Array<boolean>(source.length).fill(false);
  const groups: boolean[] = [];
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    inLookaround[i] = groups.includes(true);
    const c = source[i]!;
    if (c === '\\') {
      i++;
      continue;
    }
    if (inClass) {
      if (c === ']') inClass = false;
    } else if (c === '[') inClass = true;
    else if (c === '(') groups.push(/^\(\?(?:=|!|<=|<!)/.test(source.slice(i, i + 4)));
    else if (c === ')') groups.pop();
  }
  const found: number[] = [];
  for (let at = source.indexOf(GAP); at >= 0; at = source.indexOf(GAP, at + 1)) {
    if (inLookaround[at]) continue;
    // Walk on past closing groups and the rest of their alternations: reaching the end means nothing follows the gap.
    let j = at + GAP.length;
    for (;;) {
      if (j >= source.length) {
        found.push(at);
        break;
      }
      if (source[j] === ')') {
        j++;
        while (source[j] === '?' || source[j] === '*' || source[j] === '+') j++;
      } else if (source[j] === '|') {
        let depth = 0;
        let inSet = false;
        for (j++; j < source.length; j++) {
          const c = source[j]!;
          if (c === '\\') j++;
          else if (inSet) inSet = c !== ']';
          else if (c === '[') inSet = true;
          else if (c === '(') depth++;
          else if (c === ')' && depth-- === 0) break;
        }
      } else break;
    }
  }
  return found;
}

describe('phrase syntax', () => {
  it('finds a gap that ends an alternative, and none that a word follows', () => {
    expect(gapsAtTheEnd(phraseSource('fuerza (?:a|para) |mucha fuerza'))).toHaveLength(1);
    expect(gapsAtTheEnd(phraseSource('(?:muy )?cansad[oa]'))).toEqual([]);
    expect(gapsAtTheEnd(phraseSource('este(?= )'))).toEqual([]);
    expect(gapsAtTheEnd(phraseSource('wo finde ich (?:noch )?'))).toHaveLength(1);
  });

  it('has no phrase with an alternative that ends in a gap', () => {
    const dead = Object.entries(LEXICONS).flatMap(([lang, lexicon]) =>
      Object.entries(lexicon.phrases).flatMap(([key, list]) =>
        (list as string[]).filter((phrase) => gapsAtTheEnd(phraseSource(phrase)).length > 0).map((phrase) => `${lang}.${key}: ${phrase}`),
      ),
    );
    expect(dead).toEqual([]);
  });
});
