// The rule architecture: one rule per file, `meta` plus a pure `check`, like ESLint rules.
import type { Evidence } from './evidence';
import type { HistoryIndex } from './history';
import type { ModelScore } from './model';
import type { PhraseMatch } from './phrases';
import type { PhraseBook, PhraseKey } from './phrases/book';
import type { Doc } from './text';
import type { FindingData, MessageId } from './messages';
import type { CheckContext, Family, GiveSignal, Sensitivity } from './types';

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
  /**
   * Whether a finding asks the audience to act for the author and so counts toward `take`.
   * Defaults to true for self-promotion and false otherwise (engagement bait sets it).
   */
  takes?: boolean;
}

export interface RuleInput {
  doc: Doc;
  ctx: CheckContext;
  phrases: PhraseBook;
  history: HistoryIndex | null;
  signals: GiveSignal[];
  now: number;
  sensitivity: Sensitivity;
  /** Matches of one phrase list, outside links, e-mail addresses and mentions; computed once per input. */
  find(key: PhraseKey): PhraseMatch[];
  /** What the post asks for and what it says beyond that, shared by the rules. */
  evidence: Evidence;
  /** The learned model's second opinion; computed on first read, once per check. */
  readonly model: ModelScore;
}

export interface Hit {
  start: number;
  end: number;
  /** English; build the three message fields with hitMessage(messageId, data) (messages.ts). */
  message: string;
  messageId: MessageId;
  /** The specifics of `message` as data (Finding.data). */
  data: FindingData;
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

/** Whether a finding of this rule counts toward `take`. */
export function takes(meta: RuleMeta): boolean {
  return meta.takes ?? meta.family === 'self-promotion';
}
