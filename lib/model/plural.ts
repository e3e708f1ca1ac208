// Plurals for UI text. browser.i18n has none, so a counted message has one key per CLDR plural category
// (`<base>_one`, `<base>_other`; `_many` where a language needs it) and Intl.PluralRules picks one for the number
// in the language of the catalog actually in use (the `catalogLanguage` message), not the browser's guess.
import { t, type MessageKey } from './i18n';

const rules = new Map<string, Intl.PluralRules>();

function pluralRules(): Intl.PluralRules {
  const lang = t('catalogLanguage');
  let r = rules.get(lang);
  if (!r) {
    r = new Intl.PluralRules(lang === 'catalogLanguage' ? 'en' : lang);
    rules.set(lang, r);
  }
  return r;
}

/** Keys that exist with a plural suffix: `${base}_one` and `${base}_other` are required for every base. */
type PluralBase<K extends string> = K extends `${infer B}_other` ? B : never;
export type PluralKey = PluralBase<MessageKey>;

/** The message `base` for `count`, with `count` as $1 and `subs` as $2, $3... */
export function tn(base: PluralKey, count: number, ...subs: (string | number)[]): string {
  const category = pluralRules().select(count);
  const key = `${base}_${category}` as MessageKey;
  const text = t(key, count, ...subs);
  // A category the catalog has no key for (Spanish "many" for a million) reads as "other".
  return text === key ? t(`${base}_other` as MessageKey, count, ...subs) : text;
}

/** A number written the way the UI language writes it (1.234 in German, 1,234 in English). */
export function formatCount(n: number): string {
  const lang = t('catalogLanguage');
  return new Intl.NumberFormat(lang === 'catalogLanguage' ? 'en' : lang).format(n);
}
