// The offer, hype and copy lexicons are data: every entry says why it belongs and carries an example that its own pattern
// must match, in its own language, through the same phrase index the checker uses.
import { describe, expect, it } from 'vitest';
import { ruleInput } from '../../lib/checker';
import { deCopy } from '../../lib/checker/phrases/copy/de';
import { enCopy } from '../../lib/checker/phrases/copy/en';
import { COPY_KEYS } from '../../lib/checker/phrases/copy/entry';
import { esCopy } from '../../lib/checker/phrases/copy/es';
import { frCopy } from '../../lib/checker/phrases/copy/fr';
import { ptCopy } from '../../lib/checker/phrases/copy/pt';
import { deHype } from '../../lib/checker/phrases/hype/de';
import { enHype } from '../../lib/checker/phrases/hype/en';
import { HYPE_KEYS } from '../../lib/checker/phrases/hype/entry';
import { esHype } from '../../lib/checker/phrases/hype/es';
import { frHype } from '../../lib/checker/phrases/hype/fr';
import { ptHype } from '../../lib/checker/phrases/hype/pt';
import { deOffer } from '../../lib/checker/phrases/offer/de';
import { enOffer } from '../../lib/checker/phrases/offer/en';
import { OFFER_KEYS, OFFER_SIGN_OFF_KEYS, type OfferEntry } from '../../lib/checker/phrases/offer/entry';
import { esOffer } from '../../lib/checker/phrases/offer/es';
import { frOffer } from '../../lib/checker/phrases/offer/fr';
import { ptOffer } from '../../lib/checker/phrases/offer/pt';
import type { PhraseKey } from '../../lib/checker/phrases/book';
import type { Lang } from '../../lib/checker/types';

type Noted = Partial<Record<PhraseKey, OfferEntry[]>>;

const OFFERS: [Lang, Noted][] = [['en', enOffer], ['es', esOffer], ['de', deOffer], ['fr', frOffer], ['pt', ptOffer]];
const COPY: [Lang, Noted][] = [['en', enCopy], ['es', esCopy], ['de', deCopy], ['fr', frCopy], ['pt', ptCopy]];
const HYPE: [Lang, Noted][] = [['en', enHype], ['es', esHype], ['de', deHype], ['fr', frHype], ['pt', ptHype]];

function everyEntryMatches(name: string, lexicons: [Lang, Noted][], keys: readonly PhraseKey[]): void {
  describe.each(lexicons)(`${name} lexicon %s`, (lang, lexicon) => {
    it.each(keys)('%s: every entry has a note and an example its list matches', (key) => {
      const entries = lexicon[key] ?? [];
      expect(entries.length).toBeGreaterThan(0);
      for (const entry of entries) {
        expect(entry.why.length, entry.pattern).toBeGreaterThan(10);
        const found = ruleInput(entry.example, { lang }).find(key);
        expect(found.length, `${lang} ${key}: "${entry.example}" matches its list`).toBeGreaterThan(0);
      }
    });
  });
}

everyEntryMatches('offer', OFFERS, [...OFFER_KEYS, ...OFFER_SIGN_OFF_KEYS]);
everyEntryMatches('hype', HYPE, HYPE_KEYS);
everyEntryMatches('copy', COPY, COPY_KEYS);
