// The history database, owned by the background and read live by popup and options.
// One block per schema version; a new version never edits an old block, and each has its upgrade, so no update
// ever loses a person's history. Tests open data written by every earlier version (CONTRIBUTING.md).
import Dexie, { type EntityTable, type Transaction } from 'dexie';
import type { Family, Fingerprint, Kind, Platform } from '../checker';
import type { FeedbackVerdict, PostOutcome } from '../model/messaging';
import { dayStart } from '../model/time';
import { peopleIn, topicsIn } from '../model/reach';

/** What the person said about a recorded post's verdict. */
export type CorrectionVerdict = 'gave' | 'promotional' | 'not-repeat';

export interface PostCorrection {
  verdict: CorrectionVerdict;
  time: number;
  /** What the checker said, kept so the person can see both and a correction can be changed again. */
  checkedKind: Kind;
  checkedFamilies: Family[];
}

/** What the popup reads: small, so 10k of them load fast. */
export interface PostRecord extends PostOutcome {
  /** Canonical links, lower-case hashtags and @mentions: for "what you repeat" and the echo-chamber view. */
  links: string[];
  tags: string[];
  mentions: string[];
  /** People the post names (@handles, names thanked or credited) and its topics (hashtags, main nouns): breadth.
   * Since version 3; absent in records made before, where breadth falls back to mentions and tags. */
  people?: string[];
  topics?: string[];
  /** The person's correction of the verdict; `kind` and `families` already reflect it. Since version 3. */
  correction?: PostCorrection;
}

/** The heavy part of a post: its text (when kept) and its repetition fingerprint. */
export interface PostBody {
  id: string;
  time: number;
  /** Absent when the person keeps fingerprints only. */
  text?: string;
  fingerprint: Fingerprint;
}

/** "This is not promotional / not a repeat": stops the same hint for the same words. */
export interface FeedbackRecord {
  /** rule + ':' + normalised words (see feedbackKey in lib/checker). */
  key: string;
  rule: string;
  words: string;
  verdict: FeedbackVerdict;
  time: number;
}

/** Posts per local day and site, kept in step with `posts` in the same transactions: the popup reads these. */
export interface DailyRecord extends Balance {
  /** `${day}|${platform}` */
  key: string;
  /** Local midnight, ms. */
  day: number;
  platform: Platform;
}

/** How many posts gave, took or were neither: the counts the popup shows. */
export interface Balance {
  gives: number;
  takes: number;
  neutral: number;
}

export const DB_NAME = 'give-first';
const MENTION_RE = /(?<![\p{L}\p{N}_])@[\p{L}\p{N}_]{1,30}/gu;

export class GiveFirstDb extends Dexie {
  posts!: EntityTable<PostRecord, 'id'>;
  bodies!: EntityTable<PostBody, 'id'>;
  feedback!: EntityTable<FeedbackRecord, 'key'>;
  daily!: EntityTable<DailyRecord, 'key'>;

  constructor(name = DB_NAME) {
    super(name);
    // Version 1: one table; each post carried its text and fingerprint.
    this.version(1).stores({ posts: 'id, time, platform, kind' });
    // Version 2: the heavy part of each post moves to `bodies`; per-day counts in `daily` let the popup paint
    // without reading posts; hint feedback gets its own table.
    this.version(2)
      .stores({ posts: 'id, time, platform, kind', bodies: 'id, time', feedback: 'key, rule, time', daily: 'key, day' })
      .upgrade(upgradeToV2);
    // Version 3: each post names its people and topics (for breadth) and may carry the person's correction.
    this.version(3)
      .stores({ posts: 'id, time, platform, kind', bodies: 'id, time', feedback: 'key, rule, time', daily: 'key, day' })
      .upgrade(upgradeToV3);
  }
}

/** v1 post rows held `text` and `fingerprint`; split them into posts + bodies and derive links, tags, mentions. */
async function upgradeToV2(tx: Transaction): Promise<void> {
  const bodies: PostBody[] = [];
  await tx
    .table('posts')
    .toCollection()
    .modify((row: PostRecord & { text?: string; fingerprint?: Fingerprint }) => {
      const fp = row.fingerprint;
      if (fp) {
        const body: PostBody = { id: row.id, time: row.time, fingerprint: fp };
        if (row.text !== undefined) body.text = row.text;
        bodies.push(body);
      }
      const text = row.text ?? '';
      row.signals = row.signals ?? [];
      row.phrases = row.phrases ?? [];
      row.links = fp?.links ?? [];
      row.tags = fp?.tags ? fp.tags.split(' ').filter(Boolean) : [];
      row.mentions = [...new Set((text.match(MENTION_RE) ?? []).map((m) => m.toLowerCase()))];
      delete row.text;
      delete row.fingerprint;
    });
  await tx.table('bodies').bulkPut(bodies);
  const daily = new Map<string, DailyRecord>();
  await tx.table('posts').each((post: PostRecord) => countInto(daily, post, 1));
  await tx.table('daily').bulkPut([...daily.values()]);
}

/** Derives people and topics from the kept text; posts kept as fingerprints only fall back to @mentions and #tags. */
async function upgradeToV3(tx: Transaction): Promise<void> {
  const texts = new Map<string, string>();
  await tx.table('bodies').each((b: PostBody) => {
    if (b.text !== undefined) texts.set(b.id, b.text);
  });
  await tx
    .table('posts')
    .toCollection()
    .modify((row: PostRecord) => {
      const text = texts.get(row.id);
      row.people = text !== undefined ? peopleIn(text) : [...(row.mentions ?? [])];
      row.topics = text !== undefined ? topicsIn(text) : [...(row.tags ?? [])];
    });
}

/** Adds (or with sign -1 removes) one post to per-day counts held in a map. */
export function countInto(map: Map<string, DailyRecord>, post: Pick<PostRecord, 'time' | 'platform' | 'kind'>, sign: 1 | -1): void {
  const day = dayStart(post.time);
  const key = `${day}|${post.platform}`;
  const row = map.get(key) ?? { key, day, platform: post.platform, gives: 0, takes: 0, neutral: 0 };
  if (post.kind === 'give') row.gives += sign;
  else if (post.kind === 'take') row.takes += sign;
  else row.neutral += sign;
  map.set(key, row);
}

let shared: GiveFirstDb | undefined;
const blockedListeners = new Set<() => void>();
let blocked = false;

export function openDb(): GiveFirstDb {
  if (!shared) {
    shared = new GiveFirstDb();
    // Another tab still holds the previous schema open, so this one cannot upgrade yet: say so, wait, lose nothing.
    shared.on('blocked', () => {
      blocked = true;
      blockedListeners.forEach((listener) => listener());
    });
  }
  return shared;
}

/** Calls `listener` if (or once) opening the database is blocked by an older version open elsewhere. */
export function onUpgradeBlocked(listener: () => void): () => void {
  if (blocked) listener();
  blockedListeners.add(listener);
  return () => blockedListeners.delete(listener);
}
