// The missing-value lexicons are data: every entry says why it belongs and carries an example that its own
// pattern must match, in its own language, through the same phrase index the checker uses.
import { describe, expect, it } from 'vitest';
import { ruleInput } from '../../lib/checker';
import { deValue } from '../../lib/checker/phrases/value/de';
import { enValue } from '../../lib/checker/phrases/value/en';
import { VALUE_KEYS, type ValueLexicon } from '../../lib/checker/phrases/value/entry';
import { esValue } from '../../lib/checker/phrases/value/es';
import { frValue } from '../../lib/checker/phrases/value/fr';
import { ptValue } from '../../lib/checker/phrases/value/pt';
import { TEASER_KINDS } from '../../lib/checker/phrases/value/teaser-kinds';
import { AGAIN, saysAgain } from '../../lib/checker/phrases/again';
import type { Lang } from '../../lib/checker/types';

const LEXICONS: [Lang, ValueLexicon][] = [['en', enValue], ['es', esValue], ['de', deValue], ['fr', frValue], ['pt', ptValue]];
const KEYS = VALUE_KEYS;

describe.each(LEXICONS)('value lexicon %s', (lang, lexicon) => {
  it.each(KEYS)('%s: every entry has a note and an example its list matches', (key) => {
    expect(lexicon[key].length).toBeGreaterThan(0);
    for (const entry of lexicon[key]) {
      expect(entry.why.length, entry.pattern).toBeGreaterThan(10);
      const input = ruleInput(entry.example, { lang });
      const found = key === 'teaser' ? [...input.find('teaser'), ...input.find('teaserLead')] : input.find(key);
      expect(found.length, `${lang} ${key}: "${entry.example}" matches its list`).toBeGreaterThan(0);
    }
  });
});

// Composed teasers (teaser-kinds.ts): each kind's example, alone as a post, is a teaser the post does not deliver.
const KIND_NOTES = new Set<string>(Object.values(TEASER_KINDS).map((k) => k.why));
describe.each(LEXICONS.filter(([lang]) => lang !== 'en'))('composed teasers %s', (lang, lexicon) => {
  const composed = lexicon.teaser.filter((e) => KIND_NOTES.has(e.why));
  it('has most kinds', () => {
    expect(composed.length).toBeGreaterThanOrEqual(10);
  });
  it.each(composed.map((e) => [e.example, e] as const))('%s reads as an undelivered teaser', (example) => {
    expect(ruleInput(example, { lang }).evidence.teasers.length).toBeGreaterThan(0);
  });
});

// Words with which a post says it repeats itself (phrases/again.ts): every entry has a note and an example it matches.
describe.each(LEXICONS.map(([lang]) => lang))('again phrases %s', (lang) => {
  it('every entry has a note and an example that says "again"', () => {
    expect(AGAIN[lang].length).toBeGreaterThanOrEqual(3);
    for (const entry of AGAIN[lang]) {
      expect(entry.why.length, entry.pattern).toBeGreaterThan(10);
      expect(saysAgain(entry.example, lang), entry.example).toBe(true);
    }
  });
  it('a post that does not say so is not a repeat by its words', () => {
    expect(saysAgain('Our tool library opens on Saturdays now, 10 to 2.', lang)).toBe(false);
  });
});
