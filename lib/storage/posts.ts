// Writing and reading post history.
import { fingerprint, type Fingerprint, parse, WORD_SCHEME } from '../checker';
import type { RecordPostRequest } from '../model/messaging';
import { peopleIn, topicsIn } from '../model/reach';
import { applyToDaily } from './daily';
import type { GiveFirstDb, PostBody, PostRecord } from './db';

/** How many recent posts the content script compares against. */
export const FINGERPRINT_LIMIT = 10_000;

export function toRecords(req: RecordPostRequest, keepFullText: boolean): { post: PostRecord; body: PostBody } {
  const doc = parse(req.text);
  const fp = fingerprint(req.text, req.id, req.time, keepFullText, req.platform);
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
    people: peopleIn(req.text, req),
    topics: topicsIn(req.text),
  };
  if (req.reply && req.replyTo?.length) post.replyTo = [...new Set(req.replyTo.map((r) => r.toLowerCase()))].slice(0, 20);
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
  await upgradeFingerprints(db, bodies);
  return bodies.map((b) => b.fingerprint);
}

/**
 * Fingerprints stored before content words had classes (no `wordScheme`) and before they named their site are
 * brought up to date once, in place: made again from the text where the person keeps it; otherwise given their
 * post's site and stripped of the old words, which no longer compare (signature, exact hash, links and hashtags
 * still do). Either way they are written back, so this runs once per post.
 */
export async function upgradeFingerprints(db: GiveFirstDb, bodies: PostBody[]): Promise<void> {
  const stale = bodies.filter((b) => b.fingerprint.wordScheme !== WORD_SCHEME);
  if (stale.length === 0) return;
  const posts = await db.posts.bulkGet(stale.map((b) => b.id));
  stale.forEach((body, i) => {
    const old = body.fingerprint;
    const site = posts[i]?.platform ?? old.site;
    if (body.text !== undefined) {
      body.fingerprint = fingerprint(body.text, old.id, old.time, old.preview !== undefined, site);
    } else {
      const { words: _oldWords, ...kept } = old;
      body.fingerprint = { ...kept, wordScheme: WORD_SCHEME, ...(site && { site }) };
    }
  });
  await db.bodies.bulkPut(stale);
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
