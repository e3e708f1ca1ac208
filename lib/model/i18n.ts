// All UI text goes through browser.i18n (public/_locales/<lang>/messages.json).
type Messages = typeof import('../../public/_locales/en/messages.json');
export type MessageKey = keyof Messages;

let fallback: Partial<Record<string, { message: string }>> = {};

/** Where browser.i18n is missing (unit tests), messages come from here. Pages never bundle the JSON. */
export function setFallbackMessages(messages: Partial<Record<string, { message: string }>>): void {
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
  return (fallback[key]?.message ?? key).replace(/\$(\d)/g, (_, i: string) => strings[Number(i) - 1] ?? '');
}

/** "call-to-action" → "ruleCallToAction": a rule's texts in the catalog start with this (keys allow only letters, digits and _). */
export function ruleKeyBase(rule: string): string {
  return `rule${rule.replace(/(?:^|-)([a-z])/g, (_, c: string) => c.toUpperCase())}`;
}

/** A rule's short title in the UI language ("Call to action"), for lists of muted hints. */
export function ruleTitle(rule: string): string {
  return t(`${ruleKeyBase(rule)}Title` as MessageKey);
}
