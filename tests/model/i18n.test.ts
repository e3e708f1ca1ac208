// Every translation in public/_locales must match English key for key and substitution for substitution, so
// browser.i18n never falls back silently or drops a number.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

type Messages = Record<string, { message: string; placeholders?: Record<string, { content: string }> }>;

const LOCALES_DIR = path.resolve(import.meta.dirname, '../..', 'public', '_locales');
const read = (locale: string): Messages =>
  JSON.parse(readFileSync(path.join(LOCALES_DIR, locale, 'messages.json'), 'utf8')) as Messages;
const subs = (text: string) => [...new Set(text.match(/\$\d+/g) ?? [])].sort();
/** Named placeholders a message uses ($WORDS$), lower case as chrome.i18n matches them. */
const named = (text: string) => [...new Set([...text.matchAll(/\$([A-Za-z0-9_]+)\$/g)].map((m) => m[1]!.toLowerCase()))].sort();

const en = read('en');
const locales = readdirSync(LOCALES_DIR, { withFileTypes: true })
  .filter((d) => d.isDirectory() && d.name !== 'en')
  .map((d) => d.name);

// Messages that may equal the English text: key -> locales ('*' = any), each identical by nature.
const SAME_AS_ENGLISH: Record<string, '*' | string[]> = {
  extName: '*', // the product name is never translated
  hintIdle: '*', // the badge shows the product name
  sensitivityNormal: ['es', 'de', 'fr', 'pt'], // "Normal" is the word in all four
  sitesTitle: ['fr', 'pt'], // "Sites" is French and Portuguese too
  neutral: ['de'], // German "neutral"
  hintNeutral: ['de'], // German "Neutral"
  kindNeutral: ['de'], // German "Neutral"
  findingQuoted: ['es', 'pt'], // quoted words: Spanish and Portuguese use the same curly quotes
};
const mayMatchEnglish = (key: string, locale: string) => {
  const allowed = SAME_AS_ENGLISH[key];
  return allowed === '*' || (allowed?.includes(locale) ?? false);
};

describe('locales', () => {
  it('finds translations besides English', () => {
    expect(locales.length).toBeGreaterThan(0);
  });

  it('English messages are non-empty strings', () => {
    for (const [key, value] of Object.entries(en)) {
      expect(typeof value.message, key).toBe('string');
      expect(value.message.trim(), key).not.toBe('');
    }
  });

  it('English binds every named placeholder it uses, and only those', () => {
    for (const [key, value] of Object.entries(en)) {
      expect(named(value.message), key).toEqual(Object.keys(value.placeholders ?? {}).sort());
    }
  });

  describe.each(locales)('%s', (locale) => {
    it('parses', () => {
      expect(() => read(locale)).not.toThrow();
    });

    it('has exactly the keys of en', () => {
      expect(Object.keys(read(locale)).sort()).toEqual(Object.keys(en).sort());
    });

    it('has a non-empty string for every message', () => {
      for (const [key, value] of Object.entries(read(locale))) {
        expect(typeof value?.message, key).toBe('string');
        expect(value.message.trim(), key).not.toBe('');
      }
    });

    it('uses the same $N substitutions as English', () => {
      const messages = read(locale);
      for (const key of Object.keys(en)) {
        expect(subs(messages[key]?.message ?? ''), key).toEqual(subs(en[key]!.message));
      }
    });

    it('uses the same named placeholders as English, bound to the same substitutions', () => {
      const messages = read(locale);
      for (const key of Object.keys(en)) {
        expect(named(messages[key]?.message ?? ''), key).toEqual(named(en[key]!.message));
        expect(messages[key]?.placeholders, key).toEqual(en[key]!.placeholders);
      }
    });

    it('translates every message that is not the same by nature', () => {
      const messages = read(locale);
      const untranslated = Object.keys(en).filter(
        (key) => messages[key]?.message === en[key]!.message && !mayMatchEnglish(key, locale),
      );
      expect(untranslated).toEqual([]);
    });
  });
});
