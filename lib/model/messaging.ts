// One typed protocol for every message between the content script and the background.
import { defineExtensionMessaging } from '@webext-core/messaging';
import type { Family, Fingerprint, Kind, Platform, Scores } from '../checker';
import type { SiteHealthNote } from './site-health';

/** What the checker and the session said about one sent post: recorded as is, read back by the popup. */
export interface PostOutcome {
  /** Made once per submit by the content script; recording the same id twice is a no-op. */
  id: string;
  time: number;
  platform: Platform;
  reply: boolean;
  /** Whom the reply answers, where the page shows it (X's "Replying to", Mastodon's reply indicator): lower-case
   * `@handle`s. Absent when not a reply, or the site does not show it; not indexed, so no schema version. */
  replyTo?: string[];
  kind: Kind;
  families: Family[];
  /** Distinct give signals in the post ("thanks", "question"...): weekly goals count these. */
  signals: string[];
  /** Short phrases the checker flagged ("link in bio", "dm me"), lower case: the popup shows the most repeated. */
  phrases: string[];
  scores: Scores;
  nudge: NudgeOutcome;
}

export interface RecordPostRequest extends PostOutcome {
  text: string;
}

/** What the hint did for one post (lib/page/nudge.ts decides each field). */
export interface NudgeOutcome {
  /** A settled hint with findings was on screen, or the card was opened: not a verdict flashing past mid-word. */
  hinted: boolean;
  /** Families of the first hint that was seen. */
  firstFamilies: Family[];
  /** Families flagged at submit. */
  submitFamilies: Family[];
  /** Every family a seen hint showed while writing (absent in posts stored before it existed). */
  seenFamilies?: Family[];
  /** The person opened the card for this draft. */
  opened?: boolean;
  /** A seen family was gone at submit (or, for an abandoned draft, the card had been opened). */
  heeded?: boolean;
}

export interface RecordPostResult {
  recorded: boolean;
}

export interface HistoryPayload {
  /** Fingerprints of the person's recent posts, newest first, for the repetition check. */
  fingerprints: Fingerprint[];
  /** Feedback keys (feedbackKey in lib/checker) of hints the person said were wrong. */
  ignored: string[];
  /** Kinds of the most recent posts, newest first, to judge whether a post would break the goal. */
  recentKinds: Kind[];
}

/** What the person said a hint got wrong; one verdict per family. */
export const FEEDBACK_VERDICTS = ['not-promotional', 'not-repeat', 'not-missing-value'] as const;
export type FeedbackVerdict = (typeof FEEDBACK_VERDICTS)[number];

export interface FeedbackRequest {
  rule: string;
  words: string;
  verdict: FeedbackVerdict;
}

export interface ProtocolMap {
  recordPost(request: RecordPostRequest): RecordPostResult;
  getHistory(): HistoryPayload;
  /** A composer appeared in the sender's frame: inject the composer UI there. */
  attachComposerUi(): boolean;
  /** "This is not promotional / not a repeat": stored so the same hint stops for the same words. */
  giveFeedback(request: FeedbackRequest): { key: string };
  /** An adapter claimed a composer, or a large editor no adapter claims got focus: kept in `local:siteHealth`. */
  noteSiteHealth(note: SiteHealthNote): void;
  /** Background to a tab: the hint's browser command was pressed; true where a composer had focus. */
  openHint(): boolean;
}

export const { sendMessage, onMessage } = defineExtensionMessaging<ProtocolMap>();
