// check(text, context) -> Report. Pure and synchronous: the same code runs in the content script, the CLI and tests.
import { HistoryIndex } from './history';
import { feedbackKey } from './ignore';
import { phraseBook } from './phrases/book';
import type { RuleInput } from './rule';
import { RULES } from './rules';
import { computeSignals, giveScore } from './signals';
import { parse } from './text';
import { FAMILIES, type CheckContext, type Family, type Finding, type Kind, type Report, type Sensitivity } from './types';

export type * from './types';
export { HistoryIndex, fingerprint, type Fingerprint } from './history';

/** How much self-promotion weight it takes to call a post `take`. */
const TAKE_AT: Record<Sensitivity, number> = { gentle: 2.5, normal: 2, strict: 1.5 };

function historyIndex(history: CheckContext['history'], now: number): HistoryIndex | null {
  if (!history) return null;
  if (history instanceof HistoryIndex) return history;
  return HistoryIndex.fromTexts(history as readonly string[], now);
}

/** Everything a rule sees for one text; exported so rule tests run a single rule exactly as check() does. */
export function ruleInput(text: string, context: CheckContext = {}): RuleInput {
  const now = context.now ?? Date.now();
  const doc = parse(text, context.lang ?? 'en');
  const phrases = phraseBook(doc.lang);
  const signals = computeSignals(doc, phrases);
  return { doc, ctx: context, phrases, history: historyIndex(context.history, now), signals, now };
}

export function check(text: string, context: CheckContext = {}): Report {
  const input = ruleInput(text, context);
  const { signals } = input;
  const muted = new Set(context.muted ?? []);

  const findings: Finding[] = [];
  for (const rule of RULES) {
    if (muted.has(rule.meta.id)) continue;
    for (const hit of rule.check(input)) {
      if (context.ignore?.has(feedbackKey(rule.meta.id, text.slice(hit.start, hit.end)))) continue;
      findings.push({
        rule: rule.meta.id,
        family: rule.meta.family,
        start: hit.start,
        end: hit.end,
        message: hit.message,
        suggestion: hit.suggestion,
        weight: hit.weight ?? rule.meta.weight,
      });
    }
  }
  findings.sort((a, b) => a.start - b.start || a.end - b.end);

  const sum = (family: Family) => findings.filter((f) => f.family === family).reduce((s, f) => s + f.weight, 0);
  const scores = { give: giveScore(signals), take: sum('self-promotion'), missing: sum('missing-value'), repeat: sum('repetition') };
  const families = FAMILIES.filter((family) => findings.some((f) => f.family === family));
  return { findings, signals, families, kind: decideKind(scores, context.sensitivity ?? 'normal'), scores };
}

function decideKind(scores: Report['scores'], sensitivity: Sensitivity): Kind {
  if (scores.take >= TAKE_AT[sensitivity] && scores.take >= scores.give) return 'take';
  if (scores.give >= 1 && scores.missing === 0 && scores.give > scores.take) return 'give';
  return 'neutral';
}
