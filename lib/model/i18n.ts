// All UI text goes through browser.i18n (public/_locales/<lang>/messages.json).
type Messages = typeof import('../../public/_locales/en/messages.json');
export type MessageKey = keyof Messages;

/** One catalog entry: `$NAME$` in the message stands for its placeholder's content ("$1"), as in chrome.i18n. */
interface CatalogEntry {
  message: string;
  placeholders?: Readonly<Record<string, { content: string }>>;
}

let fallback: Partial<Record<string, CatalogEntry>> = {};

/** Where browser.i18n is missing (unit tests), messages come from here. Pages never bundle the JSON. */
export function setFallbackMessages(messages: Partial<Record<string, CatalogEntry>>): void {
  fallback = messages;
}

export function t(key: MessageKey, ...subs: (string | number)[]): string {
  const strings = subs.map(String);
  let message = '';
  try {
    message = browser.i18n.getMessage(key, strings);
  } catch {
    message = '';
  }
  if (message) return message;
  const entry = fallback[key];
  if (!entry) return key;
  // Named placeholders first (names are case-insensitive), then the $1, $2… they and plain messages hold.
  const named = entry.message.replace(/\$([A-Za-z0-9_]+)\$/g, (_, name: string) => entry.placeholders?.[name.toLowerCase()]?.content ?? '');
  return named.replace(/\$(\d)/g, (_, i: string) => strings[Number(i) - 1] ?? '');
}

/** "call-to-action" → "ruleCallToAction": a rule's texts in the catalog start with this (keys allow only letters, digits and _). */
export function ruleKeyBase(rule: string): string {
  return `rule${rule.replace(/(?:^|-)([a-z])/g, (_, c: string) => c.toUpperCase())}`;
}

/** A rule's short title in the UI language ("Call to action"), for lists of muted hints. */
export function ruleTitle(rule: string): string {
  return t(`${ruleKeyBase(rule)}Title` as MessageKey);
}
