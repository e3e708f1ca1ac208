// The checker's public contract: what check() takes and returns. Pure data, no DOM, no browser APIs.
import type { Platform } from '../model/platforms';
import type { HistoryIndex } from './history';
import type { FindingData, MessageId } from './messages';

export type { FindingData, MessageId, Platform };
export const FAMILIES = ['self-promotion', 'repetition', 'missing-value'] as const;
export type Family = (typeof FAMILIES)[number];

export type Kind = 'give' | 'take' | 'neutral';
export type Lang = 'en' | 'es' | 'de' | 'fr' | 'pt';
/** A detected language: one we have phrases for, or 'und' for any other (no phrase rules run). */
export type DocLang = Lang | 'und';
export type Sensitivity = 'gentle' | 'normal' | 'strict';

export interface OwnIdentity {
  brands: readonly string[];
  domains: readonly string[];
}

export interface CheckContext {
  platform?: Platform;
  reply?: boolean;
  /** The post's language when known; 'und' for a language without phrase lists. Detected when absent. */
  lang?: DocLang;
  own?: OwnIdentity;
  sensitivity?: Sensitivity;
  /** Rule ids the person turned off. */
  muted?: readonly string[];
  /** The person's earlier posts: an index of fingerprints, or plain texts (CLI, tests). */
  history?: HistoryIndex | readonly string[];
  /** Milliseconds since the epoch; used to say "3 days ago". Defaults to Date.now(). */
  now?: number;
  /** Feedback keys (ignore.ts) of hints the person said were wrong; those findings are dropped before scoring. */
  ignore?: ReadonlySet<string>;
}

export interface Finding {
  rule: string;
  family: Family;
  /** UTF-16 offsets into the checked text. */
  start: number;
  end: number;
  /** What the finding says, in English; rendered from `messageId` and `data` (messages.ts). */
  message: string;
  /** The catalog message this finding says (`finding<MessageId>` in public/_locales), filled from `data`. */
  messageId: MessageId;
  /** What to add or change, phrased kindly. */
  suggestion: string;
  /** How much this finding weighs toward `take` (self-promotion) or against value. */
  weight: number;
  /** The specifics in `message` as data ("similarity": 69, "days": 3, "site": "linkedin"), for a message catalog. */
  data: FindingData;
}

/** Evidence that a post gives something; shapes `kind`, never shown as a problem. */
export interface GiveSignal {
  signal: string;
  start: number;
  end: number;
  weight: number;
}

export interface Scores {
  give: number;
  /** Weight of findings that ask the audience for something: self-promotion, and engagement bait. */
  take: number;
  /** Weight of missing-value findings. */
  missing: number;
  /** Weight of repetition findings. */
  repeat: number;
}

export interface Report {
  findings: Finding[];
  signals: GiveSignal[];
  families: Family[];
  kind: Kind;
  scores: Scores;
}
