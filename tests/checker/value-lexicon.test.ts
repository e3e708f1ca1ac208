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
