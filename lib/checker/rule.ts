// The rule architecture: one rule per file, `meta` plus a pure `check`, like ESLint rules.
import type { HistoryIndex } from './history';
import type { PhraseBook } from './phrases/book';
import type { Doc } from './text';
import type { CheckContext, Family, GiveSignal } from './types';

export interface RuleMeta {
  /** kebab-case, equal to the file name. */
  id: string;
  family: Family;
  /** One sentence: what the rule looks for. */
  description: string;
  /** Why it matters to the reader; shown in the hint card. */
  why: string;
  /** Default weight of one finding. */
  weight: number;
}

export interface RuleInput {
  doc: Doc;
  ctx: CheckContext;
  phrases: PhraseBook;
  history: HistoryIndex | null;
  signals: GiveSignal[];
  now: number;
}

export interface Hit {
  start: number;
  end: number;
  message: string;
  suggestion: string;
  weight?: number;
}

export interface Rule {
  meta: RuleMeta;
  check(input: RuleInput): Hit[];
}

export function defineRule(rule: Rule): Rule {
  return rule;
}
