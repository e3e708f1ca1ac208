import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { RecordPostRequest } from '../../lib/model/messaging';
import { dailySince, sumDaily } from '../../lib/storage/daily';
import { dayStart, DAY_MS } from '../../lib/model/time';
import { GiveFirstDb } from '../../lib/storage/db';
import { fingerprint, HistoryIndex, WORD_SCHEME } from '../../lib/checker';
import { deleteBefore, postsSince, recentFingerprints, recordPost } from '../../lib/storage/posts';

function request(id: string, time: number, text = `post ${id} with enough words to be a real post`): RecordPostRequest {
  return {
    id, time, text, platform: 'x', reply: false, kind: 'give', families: [], signals: [], phrases: [],
    scores: { give: 2, take: 0, missing: 0, repeat: 0 },
    nudge: { hinted: false, firstFamilies: [], submitFamilies: [] },
  };
}

describe('post history', () => {
  let db: GiveFirstDb;
  beforeEach(() => {
    db = new GiveFirstDb(`test-${Math.random()}`);
  });
  afterEach(async () => {
    await db.delete();
  });

  it('records a submit once, however often it arrives', async () => {
    expect(await recordPost(db, request('a', 1), true)).toBe(true);
    expect(await recordPost(db, request('a', 1), true)).toBe(false);
    expect(await db.posts.count()).toBe(1);
  });

  it('keeps whom a reply answers, lower case, as one of the people it reaches; not on a post that is no reply', async () => {
    await recordPost(db, { ...request('r', 1, 'Pin the lockfile, it saves hours.'), reply: true, replyTo: ['@Sam', '@sam'] }, true);
    await recordPost(db, { ...request('n', 2, 'Pin the lockfile, it saves hours.'), replyTo: ['@sam'] }, true);
    expect(await db.posts.get('r')).toMatchObject({ replyTo: ['@sam'], people: ['@sam'] });
    const notReply = await db.posts.get('n');
    expect(notReply?.replyTo).toBeUndefined();
    expect(notReply?.people).toEqual([]);
  });

  it('keeps only fingerprints when the person asks for that', async () => {
    await recordPost(db, request('b', 1, 'A private thought about pottery glazes for @sam #kiln'), false);
    const body = await db.bodies.get('b');
    expect(body?.text).toBeUndefined();
    expect(body?.fingerprint.preview).toBeUndefined();
    expect(body?.fingerprint.sig).toHaveLength(64);
    expect(await db.posts.get('b')).toMatchObject({ tags: ['kiln'], mentions: ['@sam'] });
  });

  it('hands out fingerprints newest first and reads a period', async () => {
    for (const [id, t] of [['old', 10], ['new', 30], ['mid', 20]] as const) await recordPost(db, request(id, t), true);
    expect((await recentFingerprints(db)).map((f) => f.id)).toEqual(['new', 'mid', 'old']);
    expect((await recentFingerprints(db, 1)).map((f) => f.id)).toEqual(['new']);
    expect((await postsSince(db, 20)).map((p) => p.id).sort()).toEqual(['mid', 'new']);
  });

  it('brings fingerprints stored before content-word classes and sites up to date once, from the text where kept', async () => {
    const withText = 'Our spring sale ends Friday: 30% off all plants in the greenhouse';
    await recordPost(db, { ...request('kept', 10, withText), platform: 'linkedin' }, true);
    await recordPost(db, { ...request('private', 20, 'A private thought about pottery glazes and kilns and cones'), platform: 'mastodon' }, false);
    // As an earlier version stored them: content words of scheme 1, no word scheme, no site.
    for (const id of ['kept', 'private']) {
      const body = (await db.bodies.get(id))!;
      const { site: _site, wordScheme: _scheme, ...old } = body.fingerprint;
      await db.bodies.put({ ...body, fingerprint: { ...old, words: [1, 2, 3, 4, 5, 6] } });
    }
    const prints = await recentFingerprints(db);
    expect(prints.map((f) => [f.id, f.site, f.wordScheme])).toEqual([['private', 'mastodon', WORD_SCHEME], ['kept', 'linkedin', WORD_SCHEME]]);
    expect(prints[1]).toEqual(fingerprint(withText, 'kept', 10, true, 'linkedin'));
    expect(prints[0]!.words).toBeUndefined();
    expect(prints[0]!.sig).toHaveLength(64);
    // Written back: the next read finds nothing to do, and the upgraded history finds the rewording.
    expect((await db.bodies.get('kept'))!.fingerprint.wordScheme).toBe(WORD_SCHEME);
    const index = new HistoryIndex();
    prints.forEach((f) => index.add(f));
    expect(index.reworded('Last chance! 30% off every plant in our spring sale, ends this Friday', 0.3)[0]?.post.site).toBe('linkedin');
  });

  it('keeps per-day counts in step with every write, removal and import', async () => {
    const day = new Date(2026, 10, 20, 12).getTime();
    const kinds = ['give', 'take', 'give', 'neutral'] as const;
    for (const [i, kind] of kinds.entries()) await recordPost(db, { ...request(`k${i}`, day + i), kind }, true);
    await recordPost(db, { ...request('k0', day), kind: 'give' }, true); // same id again: not counted twice
    await recordPost(db, { ...request('other-day', day - DAY_MS), platform: 'mastodon' }, true);
    expect(sumDaily(await dailySince(db, 0))).toEqual({ gives: 3, takes: 1, neutral: 1 });
    expect(sumDaily(await dailySince(db, dayStart(day)))).toEqual({ gives: 2, takes: 1, neutral: 1 });
    await deleteBefore(db, day);
    expect(sumDaily(await dailySince(db, 0))).toEqual({ gives: 2, takes: 1, neutral: 1 });
    expect((await db.daily.toArray()).map((r) => r.platform)).toEqual(['x']);
  });

  it('drops posts older than the retention limit, with their bodies', async () => {
    for (const [id, t] of [['old', 10], ['new', 30]] as const) await recordPost(db, request(id, t), true);
    expect(await deleteBefore(db, 20)).toBe(1);
    expect(await db.posts.toCollection().primaryKeys()).toEqual(['new']);
    expect(await db.bodies.toCollection().primaryKeys()).toEqual(['new']);
  });
});
