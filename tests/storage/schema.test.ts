// Every schema version opens the data written by the one before it.
import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { fingerprint } from '../../lib/checker';
import { dailySince, sumDaily } from '../../lib/storage/daily';
import { GiveFirstDb } from '../../lib/storage/db';

describe('schema upgrades', () => {
  it('opens version 1 data in version 2: bodies split out, links/tags/mentions derived, nothing lost', async () => {
    const name = `v1-${Math.random()}`;
    const v1 = new Dexie(name);
    v1.version(1).stores({ posts: 'id, time, platform, kind' });
    const text = 'Thanks @Ana for the tip on kiln logs https://example.com/kiln?utm_source=x #pottery #Kilns';
    await v1.table('posts').bulkAdd([
      {
        id: 'p1', time: 1000, platform: 'x', reply: false, kind: 'give', families: [], text,
        scores: { give: 2, take: 0, missing: 0, repeat: 0 }, fingerprint: fingerprint(text, 'p1', 1000, true),
        nudge: { hinted: false, firstFamilies: [], submitFamilies: [] },
      },
      {
        id: 'p2', time: 2000, platform: 'mastodon', reply: true, kind: 'take', families: ['self-promotion'],
        scores: { give: 0, take: 2, missing: 0, repeat: 0 }, fingerprint: fingerprint('Link in bio', 'p2', 2000, false),
        nudge: { hinted: true, firstFamilies: ['self-promotion'], submitFamilies: ['self-promotion'] },
      },
    ]);
    v1.close();

    const db = new GiveFirstDb(name);
    const posts = await db.posts.orderBy('time').toArray();
    expect(posts.map((p) => p.id)).toEqual(['p1', 'p2']);
    expect(posts[0]).toMatchObject({ kind: 'give', links: ['example.com/kiln'], tags: ['kilns', 'pottery'], mentions: ['@ana'] });
    expect(posts[0]).not.toHaveProperty('text');
    expect(posts[0]).not.toHaveProperty('fingerprint');
    expect(posts[1]).toMatchObject({ kind: 'take', reply: true, mentions: [], nudge: { hinted: true } });
    const bodies = await db.bodies.orderBy('time').toArray();
    expect(bodies[0]?.text).toBe(text);
    expect(bodies[0]?.fingerprint.sig).toHaveLength(64);
    expect(bodies[1]?.text).toBeUndefined();
    expect(await db.feedback.count()).toBe(0);
    expect(sumDaily(await dailySince(db, 0))).toEqual({ gives: 1, takes: 1, neutral: 0 });
    await db.delete();
  });

  it('opens version 2 data in version 3: people and topics derived from kept text, mentions and tags otherwise', async () => {
    const name = `v2-${Math.random()}`;
    const v2 = new Dexie(name);
    v2.version(1).stores({ posts: 'id, time, platform, kind' });
    v2.version(2).stores({ posts: 'id, time, platform, kind', bodies: 'id, time', feedback: 'key, rule, time', daily: 'key, day' });
    const text = 'Huge thank you Maria Lopez and Mrs. Patel for the kiln tips! #pottery';
    const base = {
      platform: 'x', reply: false, families: [], signals: ['thanks'], phrases: [], links: [],
      scores: { give: 2, take: 0, missing: 0, repeat: 0 }, nudge: { hinted: false, firstFamilies: [], submitFamilies: [] },
    };
    await v2.table('posts').bulkAdd([
      { ...base, id: 'kept', time: 1000, kind: 'give', tags: ['pottery'], mentions: [] },
      { ...base, id: 'print', time: 2000, kind: 'neutral', tags: ['glaze'], mentions: ['@ann'] },
    ]);
    await v2.table('bodies').bulkAdd([
      { id: 'kept', time: 1000, text, fingerprint: fingerprint(text, 'kept', 1000, true) },
      { id: 'print', time: 2000, fingerprint: fingerprint('Glaze day with @ann #glaze', 'print', 2000, false) },
    ]);
    await v2.table('daily').bulkAdd([{ key: 'k', day: 0, platform: 'x', gives: 1, takes: 0, neutral: 1 }]);
    v2.close();

    const db = new GiveFirstDb(name);
    const [kept, print] = await db.posts.orderBy('time').toArray();
    expect(kept).toMatchObject({ id: 'kept', kind: 'give', tags: ['pottery'] });
    expect(kept!.people!.sort()).toEqual(['maria lopez', 'patel']);
    expect(kept!.topics).toEqual(expect.arrayContaining(['pottery', 'kiln']));
    expect(print).toMatchObject({ id: 'print', people: ['@ann'], topics: ['glaze'] });
    expect(await db.bodies.count()).toBe(2);
    expect(sumDaily(await dailySince(db, 0))).toEqual({ gives: 1, takes: 0, neutral: 1 });
    await db.delete();
  });
});
