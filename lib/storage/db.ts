// The history database, owned by the background and read live by popup and options.
// One block per schema version; a new version never edits an old block (DESIGN.md, "No data loss").
import Dexie, { type EntityTable } from 'dexie';
import type { Fingerprint } from '../checker/history';
import type { Family, Kind, Platform, Scores } from '../checker/types';
import type { NudgeOutcome } from '../messaging';

export interface PostRecord {
  id: string;
  time: number;
  platform: Platform;
  reply: boolean;
  /** Absent when the person keeps fingerprints only. */
  text?: string;
  kind: Kind;
  families: Family[];
  scores: Scores;
  fingerprint: Fingerprint;
  nudge: NudgeOutcome;
}

export const DB_NAME = 'give-first';

export class GiveFirstDb extends Dexie {
  posts!: EntityTable<PostRecord, 'id'>;

  constructor(name = DB_NAME) {
    super(name);
    this.version(1).stores({ posts: 'id, time, platform, kind' });
  }
}

let shared: GiveFirstDb | undefined;
export function openDb(): GiveFirstDb {
  shared ??= new GiveFirstDb();
  return shared;
}
