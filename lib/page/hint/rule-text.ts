// The words a hint card shows for one finding. In English the checker's own message and suggestion are the richest
// (they name the earlier post, the count, the limit); in another UI language each rule's title, suggestion and why
// come from the message catalog instead, so the whole card reads in one language.
import { type Finding, RULES } from '../../checker';
import { ruleKeyBase, t, type MessageKey } from '../../model/i18n';

export interface RuleText {
  message: string;
  suggestion: string;
  why: string;
}

const WHY = new Map(RULES.map((r) => [r.meta.id, r.meta.why]));

export { ruleKeyBase } from '../../model/i18n';

/** The texts for each finding, in order; the catalog's language is asked once per card. */
export function ruleTexts(findings: readonly Finding[]): RuleText[] {
  const english = t('catalogLanguage') === 'en';
  return findings.map((f) => {
    if (english) return { message: f.message, suggestion: f.suggestion, why: WHY.get(f.rule) ?? '' };
    const base = ruleKeyBase(f.rule);
    return {
      message: t(`${base}Title` as MessageKey),
      suggestion: t(`${base}Suggestion` as MessageKey),
      why: t(`${base}Why` as MessageKey),
    };
  });
}
