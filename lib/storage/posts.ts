// Writing and reading post history.
import { fingerprint, type Fingerprint, parse } from '../checker';
import type { RecordPostRequest } from '../model/messaging';
import { peopleIn, topicsIn } from '../stats/breadth';
import { applyToDaily } from './daily';
import type { GiveFirstDb, PostBody, PostRecord } from './db';

/** How many recent posts the content script compares against. */
export const FINGERPRINT_LIMIT = 10_000;

export function toRecords(req: RecordPostRequest, keepFullText: boolean): { post: PostRecord; body: PostBody } {
  const doc = parse(req.text);
  const fp = fingerprint(req.text, req.id, req.time, keepFullText);
  const post: PostRecord = {
    id: req.id,
    time: req.time,
    platform: req.platform,
    reply: req.reply,
    kind: req.kind,
    families: [...req.families],
    signals: [...new Set(req.signals)],
    phrases: [...new Set(req.phrases)].slice(0, 20),
    scores: { ...req.scores },
    nudge: { ...req.nudge },
    links: fp.links,
    tags: [...new Set(doc.hashtags.map((t) => t.text.slice(1).toLowerCase()))],
    mentions: [...new Set(doc.mentions.map((m) => m.text.toLowerCase()))],
    people: peopleIn(req.text),
    topics: topicsIn(req.text),
  };
  const body: PostBody = { id: req.id, time: req.time, fingerprint: fp };
  if (keepFullText) body.text = req.text;
  return { post, body };
}

/** Records a post once: the same submit id never counts twice. */
export async function recordPost(db: GiveFirstDb, req: RecordPostRequest, keepFullText: boolean): Promise<boolean> {
  const { post, body } = toRecords(req, keepFullText);
  return db.transaction('rw', db.posts, db.bodies, db.daily, async () => {
    if (await db.posts.get(req.id)) return false;
    await db.posts.add(post);
    await db.bodies.put(body);
    await applyToDaily(db, [post], 1);
    return true;
  });
}

export async function recentFingerprints(db: GiveFirstDb, limit = FINGERPRINT_LIMIT): Promise<Fingerprint[]> {
  const bodies = await db.bodies.orderBy('time').reverse().limit(limit).toArray();
  return bodies.map((b) => b.fingerprint);
}

export function postsSince(db: GiveFirstDb, since: number, limit = Infinity): Promise<PostRecord[]> {
  return db.posts.where('time').aboveOrEqual(since).reverse().limit(limit).toArray();
}

/** Deletes posts older than `before` (retention), with their bodies. */
export async function deleteBefore(db: GiveFirstDb, before: number): Promise<number> {
  return db.transaction('rw', db.posts, db.bodies, db.daily, async () => {
    const old = await db.posts.where('time').below(before).toArray();
    const ids = old.map((p) => p.id);
    await db.posts.bulkDelete(ids);
    await db.bodies.bulkDelete(ids);
    await applyToDaily(db, old, -1);
    return ids.length;
  });
}

/** Kinds of the newest posts, newest first. */
export async function recentKinds(db: GiveFirstDb, limit = 20): Promise<PostRecord['kind'][]> {
  return (await db.posts.orderBy('time').reverse().limit(limit).toArray()).map((p) => p.kind);
}
