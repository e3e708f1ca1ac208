// Writing and reading post history.
import { fingerprint, type Fingerprint } from '../checker/history';
import type { RecordPostRequest } from '../messaging';
import type { GiveFirstDb, PostRecord } from './db';

/** How many recent posts the content script compares against. */
export const FINGERPRINT_LIMIT = 10_000;

/** Records a post once: the same submit id never counts twice. */
export async function recordPost(db: GiveFirstDb, req: RecordPostRequest, keepFullText: boolean): Promise<boolean> {
  const record: PostRecord = {
    id: req.id,
    time: req.time,
    platform: req.platform,
    reply: req.reply,
    kind: req.kind,
    families: [...req.families],
    scores: { ...req.scores },
    fingerprint: fingerprint(req.text, req.id, req.time, keepFullText),
    nudge: req.nudge,
  };
  if (keepFullText) record.text = req.text;
  return db.transaction('rw', db.posts, async () => {
    if (await db.posts.get(req.id)) return false;
    await db.posts.add(record);
    return true;
  });
}

export async function recentFingerprints(db: GiveFirstDb, limit = FINGERPRINT_LIMIT): Promise<Fingerprint[]> {
  const posts = await db.posts.orderBy('time').reverse().limit(limit).toArray();
  return posts.map((p) => p.fingerprint);
}

export function postsSince(db: GiveFirstDb, since: number): Promise<PostRecord[]> {
  return db.posts.where('time').aboveOrEqual(since).toArray();
}
