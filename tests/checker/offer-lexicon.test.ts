// The offer lexicons are data: every entry says why it belongs and carries an example that its own pattern must
// match, in its own language, through the same phrase index the checker uses.
import { describe, expect, it } from 'vitest';
import { ruleInput } from '../../lib/checker';
import { deOffer } from '../../lib/checker/phrases/offer/de';
import { enOffer } from '../../lib/checker/phrases/offer/en';
import { OFFER_KEYS, type OfferLexicon } from '../../lib/checker/phrases/offer/entry';
import { esOffer } from '../../lib/checker/phrases/offer/es';
import { frOffer } from '../../lib/checker/phrases/offer/fr';
import { ptOffer } from '../../lib/checker/phrases/offer/pt';
import type { Lang } from '../../lib/checker/types';

const LEXICONS: [Lang, OfferLexicon][] = [['en', enOffer], ['es', esOffer], ['de', deOffer], ['fr', frOffer], ['pt', ptOffer]];

describe.each(LEXICONS)('offer lexicon %s', (lang, lexicon) => {
  it.each(OFFER_KEYS)('%s: every entry has a note and an example its list matches', (key) => {
    expect(lexicon[key].length).toBeGreaterThan(0);
    for (const entry of lexicon[key]) {
      expect(entry.why.length, entry.pattern).toBeGreaterThan(10);
      const found = ruleInput(entry.example, { lang }).find(key);
      expect(found.length, `${lang} ${key}: "${entry.example}" matches its list`).toBeGreaterThan(0);
    }
  });
});
