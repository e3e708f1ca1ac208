import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { RecordPostRequest } from '../../lib/model/messaging';
import { GiveFirstDb } from '../../lib/storage/db';
import { dailySince, sumDaily } from '../../lib/storage/daily';
import { peoplePrefsItem } from '../../lib/storage/people-prefs';
import { recordPost } from '../../lib/storage/posts';
import { markReviewSeen, weeklyReviewItem } from '../../lib/storage/weekly-review';
import { siteHealthItem } from '../../lib/model/site-health';
import { deleteEverything, exportCsv, exportJson, ImportError, importJson, parseExport } from '../../lib/storage/transfer';

const req = (id: string, time: number, text: string, kind: 'give' | 'take' = 'give'): RecordPostRequest => ({
  id, time, text, platform: 'linkedin', reply: false, kind, families: kind === 'take' ? ['self-promotion'] : [], signals: kind === 'give' ? ['thanks'] : [], phrases: kind === 'take' ? ['use my code'] : [],
  scores: { give: kind === 'give' ? 2 : 0, take: kind === 'take' ? 2 : 0, missing: 0, repeat: 0 },
  nudge: { hinted: kind === 'take', firstFamilies: [], submitFamilies: [] },
});

async function snapshot(db: GiveFirstDb) {
  return {
    posts: await db.posts.orderBy('id').toArray(),
    bodies: await db.bodies.orderBy('id').toArray(),
    feedback: await db.feedback.orderBy('key').toArray(),
  };
}

describe('export, delete, import', () => {
  let db: GiveFirstDb;
  beforeEach(async () => {
    db = new GiveFirstDb(`transfer-${Math.random()}`);
    await recordPost(db, req('a', 1_000, 'Thanks @lee for the kiln tip: wipe bisque with a damp sponge. https://ex.com/k #pottery'), true);
    await recordPost(db, req('b', 2_000, '=cmd|calc "quoted", with comma\nand a new line', 'take'), true);
    // A reply whose target the site showed: the target travels with the post.
    await recordPost(db, { ...req('c', 3_000, 'Fingerprint-only post about glazes and kilns and cones'), reply: true, replyTo: ['@Ada_Dev'] }, false);
    await db.feedback.put({ key: 'call-to-action:dm me', rule: 'call-to-action', words: 'dm me', verdict: 'not-promotional', time: 5 });
  });
  afterEach(async () => {
    await db.delete();
  });

  it('gives back identical data after export, delete everything, import', async () => {
    const before = await snapshot(db);
    expect(before.posts.map((p) => p.replyTo)).toEqual([undefined, undefined, ['@ada_dev']]);
    const file = await exportJson(db);
    await deleteEverything(db);
    expect(await db.posts.count()).toBe(0);
    expect(await db.bodies.count()).toBe(0);
    expect(await importJson(db, file)).toEqual({ added: 3, updated: 0, unchanged: 0, feedback: 1 });
    expect(await snapshot(db)).toEqual(before);
    expect(sumDaily(await dailySince(db, 0))).toEqual({ gives: 2, takes: 1, neutral: 0 });
  });

  it('deletes the site-health notes with everything else', async () => {
    await siteHealthItem.setValue({ x: { working: 1 } });
    await deleteEverything(db);
    expect(await siteHealthItem.getValue()).toEqual({});
  });

  it("carries the people page's choices through export, delete everything and import", async () => {
    const choices = { version: 1 as const, hidden: ['@spam'], merged: { 'name:maria lopez': '@mlopez' }, dismissed: ['meeting:@sam'] };
    await peoplePrefsItem.setValue(choices);
    const file = await exportJson(db);
    expect(JSON.parse(file).people).toEqual({ hidden: ['@spam'], merged: { 'name:maria lopez': '@mlopez' }, dismissed: ['meeting:@sam'] });
    await deleteEverything(db);
    expect(await peoplePrefsItem.getValue()).toEqual({ version: 1, hidden: [], merged: {}, dismissed: [] });
    await peoplePrefsItem.setValue({ version: 1, hidden: ['@other'], merged: {}, dismissed: [] });
    await importJson(db, file);
    expect(await peoplePrefsItem.getValue()).toEqual({ ...choices, hidden: ['@other', '@spam'] });
  });

  it('deletes when the weekly review was last shown and opened with everything else', async () => {
    await markReviewSeen(1_000);
    expect(await weeklyReviewItem.getValue()).toEqual({ seenAt: 1_000 });
    await deleteEverything(db);
    expect(await weeklyReviewItem.getValue()).toEqual({});
  });

  it('writes CSV with quoting, and neutralises formulas', async () => {
    const csv = await exportCsv(db);
    const lines = csv.split('\r\n');
    expect(lines[0]).toBe('id,time,platform,reply,kind,families,text');
    expect(csv).toContain(`"'=cmd|calc ""quoted"", with comma\nand a new line"`);
    expect(lines[1]).toMatch(/^a,1970-01-01T00:00:01.000Z,linkedin,false,give,,Thanks @lee/);
  });

  it('merges by id: importing the same file twice adds nothing', async () => {
    const file = await exportJson(db);
    expect(await importJson(db, file)).toEqual({ added: 0, updated: 0, unchanged: 3, feedback: 1 });
    expect(await importJson(db, file)).toEqual({ added: 0, updated: 0, unchanged: 3, feedback: 1 });
    expect(await db.posts.count()).toBe(3);
    expect(sumDaily(await dailySince(db, 0))).toEqual({ gives: 2, takes: 1, neutral: 0 });
  });
});

describe('refusing bad import files', () => {
  let db: GiveFirstDb;
  let good: string;
  beforeEach(async () => {
    db = new GiveFirstDb(`refuse-${Math.random()}`);
    await recordPost(db, req('a', 1_000, 'A post that gives: three tips on kiln logs'), true);
    await recordPost(db, req('b', 2_000, 'Another post, use my code SAVE20', 'take'), true);
    good = await exportJson(db);
  });
  afterEach(async () => {
    await db.delete();
  });

  const refuse = async (text: string, message: RegExp) => {
    const before = await snapshot(db);
    const error = await importJson(db, text).then(() => null, (e: unknown) => e);
    expect(error).toBeInstanceOf(ImportError);
    expect((error as Error).message).toMatch(message);
    expect(await snapshot(db)).toEqual(before);
  };

  it('names the line of a JSON syntax error', async () => {
    const broken = good.replace('"platform":"linkedin"', '"platform":"linkedin",,');
    const line = broken.split('\n').findIndex((l) => l.includes(',,')) + 1;
    await refuse(broken, new RegExp(`not valid JSON \\(line ${line}\\)`));
  });

  it('names the line and field of a bad value', async () => {
    const bad = good.replace('"kind":"take"', '"kind":"maybe"');
    const line = bad.split('\n').findIndex((l) => l.includes('"maybe"')) + 1;
    expect(line).toBeGreaterThan(1);
    await refuse(bad, new RegExp(`^Line ${line}, posts\\[1\\]\\.kind:`));
  });

  it('refuses a file that is not a Give First export', async () => {
    await refuse(JSON.stringify({ hello: 'world' }), /not a Give First export/);
    await refuse('[]', /not a Give First export|file/);
  });

  const reasonOf = (text: string) => {
    try {
      parseExport(text);
      return null;
    } catch (e) {
      return e instanceof ImportError ? { reason: e.reason, line: e.line, field: e.field } : String(e);
    }
  };

  it('says why a file was refused: a picture, random JSON, a newer export, the CSV export', async () => {
    const png = String.fromCharCode(0x89) + 'PNG\r\n\u001a\n\u0000\u0000\u0000\rIHDR\u0000\u0000\u0001';
    expect(reasonOf(png)).toMatchObject({ reason: 'not-export' });
    await refuse(png, /not a Give First export/);
    expect(reasonOf('{"name":"package","version":"1.0.0"}')).toMatchObject({ reason: 'not-export' });
    expect(reasonOf('hello, world')).toMatchObject({ reason: 'not-export' });
    const newer = good.replace('"version":2', '"version":9');
    expect(newer).not.toBe(good);
    expect(reasonOf(newer)).toMatchObject({ reason: 'newer' });
    await refuse(newer, /newer Give First/);
    expect(reasonOf(await exportCsv(db))).toMatchObject({ reason: 'csv' });
    expect(reasonOf('\uFEFF' + good)).toBeNull();
  });

  it('names line and field of a bad row as data, not only as text', () => {
    const bad = good.replace('"kind":"take"', '"kind":"maybe"');
    const line = bad.split('\n').findIndex((l) => l.includes('"maybe"')) + 1;
    expect(reasonOf(bad)).toEqual({ reason: 'bad-field', line, field: 'posts[1].kind' });
  });

  it('still reads version 1 exports, deriving people and topics from the text', async () => {
    const v1 = JSON.parse(good) as { version: number; posts: Record<string, unknown>[] };
    v1.version = 1;
    for (const p of v1.posts) {
      delete p.people;
      delete p.topics;
    }
    await deleteEverything(db);
    expect(await importJson(db, JSON.stringify(v1))).toMatchObject({ added: 2, updated: 0, unchanged: 0 });
    expect((await db.posts.get('a'))?.topics).toEqual(expect.arrayContaining(['kiln']));
  });

  it('keeps the seen and heeded parts of a hint outcome through export and import', async () => {
    const file = JSON.parse(good) as { posts: { nudge: Record<string, unknown> }[] };
    file.posts[0]!.nudge = { hinted: true, firstFamilies: ['missing-value'], submitFamilies: [], seenFamilies: ['missing-value'], heeded: false };
    await importJson(db, JSON.stringify(file));
    expect((await db.posts.get('a'))?.nudge).toEqual(file.posts[0]!.nudge);
    const again = JSON.parse(await exportJson(db)) as { posts: { id: string; nudge: unknown }[] };
    expect(again.posts.find((p) => p.id === 'a')?.nudge).toEqual(file.posts[0]!.nudge);
  });

  it('counts posts that differ from the stored ones as updated', async () => {
    const changed = good.replace('"kind":"take"', '"kind":"neutral"');
    expect(await importJson(db, changed)).toEqual({ added: 0, updated: 1, unchanged: 1, feedback: 0 });
    expect(sumDaily(await dailySince(db, 0))).toEqual({ gives: 1, takes: 0, neutral: 1 });
  });

  it('refuses hostile shapes without touching the history', async () => {
    const file = JSON.parse(good) as { posts: Record<string, unknown>[] };
    file.posts[0]!.text = 'x'.repeat(200_000);
    await refuse(JSON.stringify(file), /posts\[0\]\.text/);
    const proto = good.replace('"id":"a"', '"__proto__":{"polluted":true},"id":"a"');
    await importJson(db, proto);
    expect(({} as { polluted?: boolean }).polluted).toBeUndefined();
    const sig = JSON.parse(good) as { posts: { fingerprint: { sig: number[] }; text?: string }[] };
    delete sig.posts[1]!.text;
    sig.posts[1]!.fingerprint.sig = [1, 2, 3];
    await refuse(JSON.stringify(sig), /posts\[1\]\.fingerprint\.sig/);
  });

  it('applies all or nothing when the database fails half-way', async () => {
    const extra = good.replace(/"id":"a"/g, '"id":"z"').replace(/"id":"b"/g, '"id":"y"');
    db.bodies.hook('creating', (key) => {
      if (key === 'y') throw new Error('disk full');
    });
    const before = await snapshot(db);
    await expect(importJson(db, extra)).rejects.toThrow(/disk full/);
    expect(await snapshot(db)).toEqual(before);
  });
});

describe('parseExport', () => {
  it('reads a minimal valid file', () => {
    expect(parseExport('{"format":"give-first-history","version":1,"posts":[]}').posts).toEqual([]);
  });
});
