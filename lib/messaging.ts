// One typed protocol for every message between the content script and the background.
import { defineExtensionMessaging } from '@webext-core/messaging';
import type { Family, Kind, Platform, Scores } from './checker/types';
import type { Fingerprint } from './checker/history';

export interface RecordPostRequest {
  /** Made once per submit by the content script; recording the same id twice is a no-op. */
  id: string;
  platform: Platform;
  reply: boolean;
  text: string;
  time: number;
  kind: Kind;
  families: Family[];
  scores: Scores;
  nudge: NudgeOutcome;
}

export interface NudgeOutcome {
  /** Whether a hint with findings was on screen at any point while writing. */
  hinted: boolean;
  /** Families flagged the first time a hint showed findings. */
  firstFamilies: Family[];
  /** Families flagged at submit. */
  submitFamilies: Family[];
}

export interface RecordPostResult {
  recorded: boolean;
}

export interface ProtocolMap {
  recordPost(request: RecordPostRequest): RecordPostResult;
  /** Fingerprints of the person's recent posts, for the repetition check. */
  getFingerprints(): Fingerprint[];
}

export const { sendMessage, onMessage } = defineExtensionMessaging<ProtocolMap>();
