// check(text, context) -> Report. Pure and synchronous: the same code runs in the content script, the CLI and tests.
import { feedbackKey } from './ignore';
import { ruleInput } from './input';
import { takes } from './rule';
import { LEXICONS, phraseBook, preparePhraseBook } from './phrases/book';
import { RULES } from './rules';
import { inOrder } from './text';
import { FAMILIES, type CheckContext, type Finding, type Kind, type Lang, type Report, type Scores, type Sensitivity } from './types';

export type * from './types';
export { HistoryIndex, fingerprint, type Fingerprint } from './history';
export { ruleInput } from './input';
// What code outside the checker (storage, the page runtime, the pages) needs; nothing outside imports past this file.
export { FAMILIES } from './types';
export { RULES } from './rules';
export { feedbackKey, feedbackWords } from './ignore';
export { SIGNATURE_SIZE, WORD_SCHEME } from './similarity';
export { parse } from './text';
export { FINDING_MESSAGES, MESSAGE_TEMPLATES, messageKey, placeholdersOf, renderMessage, type Say } from './messages';

/** How much asking it takes to call a post `take`. */
const TAKE_AT: Record<Sensitivity, number> = { gentle: 2.5, normal: 2, strict: 1.5 };
/** How much giving it takes to call a post `give`. */
const GIVE_AT = 1.5;
/** Findings by place, then by rule. */
const byPlace = (a: Finding, b: Finding): number => a.start - b.start || a.end - b.end || (a.rule < b.rule ? -1 : 1);

/** A hint card shows a handful of places; a 100k-character paste of one phrase still yields a short report. */
export const MAX_FINDINGS_PER_RULE = 20;

export function check(text: string, context: CheckContext = {}): Report {
  const input = ruleInput(text, context);
  const muted = new Set(context.muted ?? []);

  const findings: Finding[] = [];
  let take = 0;
  for (const rule of RULES) {
    if (muted.has(rule.meta.id)) continue;
    let kept = 0;
    for (const hit of rule.check(input)) {
      if (kept >= MAX_FINDINGS_PER_RULE) break;
      if (context.ignore?.has(feedbackKey(rule.meta.id, text.slice(hit.start, hit.end)))) continue;
      kept++;
      const weight = hit.weight ?? rule.meta.weight;
      if (takes(rule.meta)) take += weight;
      findings.push({
        rule: rule.meta.id,
        family: rule.meta.family,
        start: hit.start,
        end: hit.end,
        message: hit.message,
        messageId: hit.messageId,
        suggestion: hit.suggestion,
        weight,
        data: hit.data,
      });
    }
  }
  inOrder(findings, byPlace);

  const scores: Scores = { give: input.evidence.give, take, missing: weightOf(findings, 'missing-value'), repeat: weightOf(findings, 'repetition') };
  const families = FAMILIES.filter((family) => findings.some((f) => f.family === family));
  return { findings, signals: input.signals, families, kind: decideKind(scores, input.sensitivity), scores };
}

/**
 * What the first check of a language builds, as steps a page can run in separate idle slots: its phrase book (a few
 * hundred milliseconds), then one check of the language's common words, which builds the rest a first check meets
 * (the model's weights, the regexes of the phrases those words start). Two steps, so neither holds the page as long
 * as both would. No steps for a language already prepared, or one we have no lists for. Pure: the page decides when
 * (lib/page/warm.ts, in idle time).
 */
export function prepareSteps(lang: Lang): Array<() => void> {
  if (!Object.hasOwn(LEXICONS, lang) || prepared.has(lang)) return [];
  // Marked done by the last step: a page that stops after the first (its session ended) leaves the rest to the next.
  const checkCommonWords = () => {
    check([...phraseBook(lang).words.stop].slice(0, SAMPLE_WORDS).join(' '), { lang });
    prepared.add(lang);
  };
  return [() => preparePhraseBook(lang), checkCommonWords];
}

/** Runs every step of `prepareSteps` at once; idempotent and cheap once done. */
export function prepare(lang: Lang): void {
  for (const step of prepareSteps(lang)) step();
}

const prepared = new Set<Lang>();
/** The common words prepare checks: a short post, as a first draft is (some lists are matched in short posts only). */
const SAMPLE_WORDS = 30;

function weightOf(findings: readonly Finding[], family: Finding['family']): number {
  let sum = 0;
  for (const f of findings) if (f.family === family) sum += f.weight;
  return sum;
}

function decideKind(scores: Scores, sensitivity: Sensitivity): Kind {
  if (scores.take >= TAKE_AT[sensitivity] && scores.take >= scores.give) return 'take';
  if (scores.give >= GIVE_AT && scores.give > scores.take && scores.missing === 0) return 'give';
  return 'neutral';
}
