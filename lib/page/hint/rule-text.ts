// The words a hint card shows for one finding, in the UI language. The message is rendered from the finding's
// message id and data with the catalog (English included), so "Very similar (87%) to your post on LinkedIn 3 days
// ago" keeps its number, day and site in every language; the checker's English message is only the fallback for a
// key the catalog lacks. The suggestion is the checker's own in English (it may name the post's limit or count) and
// the rule's catalog suggestion in another language, so the whole card reads in one language.
import { type Finding, MESSAGE_TEMPLATES, messageKey, placeholdersOf, renderMessage, RULES, type Say } from '../../checker';
import { ruleKeyBase, t, type MessageKey } from '../../model/i18n';

export interface RuleText {
  message: string;
  suggestion: string;
  why: string;
}

const WHY = new Map(RULES.map((r) => [r.meta.id, r.meta.why]));

/** Reads a template from the UI catalog: values go in as $1, $2… in the order the English template first uses them. */
const sayInCatalog: Say = (id, values) => {
  const key = messageKey(id);
  const text = t(key as MessageKey, ...placeholdersOf(MESSAGE_TEMPLATES[id]).map((name) => values[name] ?? ''));
  return text === key ? null : text;
};

/** A finding's message in the UI language; the checker's English one when the catalog cannot say it. */
export function findingMessage(f: Finding): string {
  if (!Object.hasOwn(MESSAGE_TEMPLATES, f.messageId)) return f.message;
  return renderMessage(f.messageId, f.data ?? {}, sayInCatalog) ?? f.message;
}

/** The texts for each finding, in order; the catalog's language is asked once per card. */
export function ruleTexts(findings: readonly Finding[]): RuleText[] {
  const english = t('catalogLanguage') === 'en';
  return findings.map((f) => {
    const message = findingMessage(f);
    if (english) return { message, suggestion: f.suggestion, why: WHY.get(f.rule) ?? '' };
    const base = ruleKeyBase(f.rule);
    return { message, suggestion: t(`${base}Suggestion` as MessageKey), why: t(`${base}Why` as MessageKey) };
  });
}
