// All UI text goes through browser.i18n (public/_locales/<lang>/messages.json). English is the fallback where
// the API is missing (unit tests) or a key is untranslated.
import en from '../public/_locales/en/messages.json';

export type MessageKey = keyof typeof en;

export function t(key: MessageKey, ...subs: (string | number)[]): string {
  const strings = subs.map(String);
  let message = '';
  try {
    message = browser.i18n.getMessage(key, strings);
  } catch {
    message = '';
  }
  if (message) return message;
  return en[key].message.replace(/\$(\d)/g, (_, i: string) => strings[Number(i) - 1] ?? '');
}
