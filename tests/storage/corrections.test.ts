// Correcting a verdict: the balance changes at once, the correction is kept, and the words become hint feedback.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { check } from '../../lib/checker';
import type { RecordPostRequest } from '../../lib/model/messaging';
import { corrected, correctPost } from '../../lib/storage/corrections';
import { dailySince, sumDaily } from '../../lib/storage/daily';
import { GiveFirstDb } from '../../lib/storage/db';
import { ignoredKeys } from '../../lib/storage/feedback';
import { recordPost } from '../../lib/storage/posts';
import { exportJson, importJson, deleteEverything } from '../../lib/storage/transfer';

const TAKE = 'Our new course is live! Use my code SAVE20 at checkout and follow me for more. Link in bio';
const GIVE = 'Three things I learned moving our CI to ARM runners: pin base images, check native deps early, and cache per arch.';

function request(id: string, time: number, text: string): RecordPostRequest {
  const report = check(text, { platform: 'x' });
  return {
    id, time, text, platform: 'x', reply: false, kind: report.kind, families: report.families, signals: [...new Set(report.signals.map((s) => s.signal))],
    phrases: [], scores: report.scores, nudge: { hinted: false, firstFamilies: [], submitFamilies: [] },
  };
}

describe('corrected', () => {
  it.each([
    [{ kind: 'take', families: ['self-promotion', 'missing-value'] }, 'gave', { kind: 'give', families: [] }],
    [{ kind: 'neutral', families: ['repetition'] }, 'gave', { kind: 'give', families: ['repetition'] }],
    [{ kind: 'give', families: [] }, 'promotional', { kind: 'take', families: ['self-promotion'] }],
    [{ kind: 'neutral', families: ['repetition', 'missing-value'] }, 'not-repeat', { kind: 'neutral', families: ['missing-value'] }],
  ] as const)('%o + %s -> %o', (checked, verdict, want) => {
    expect(corrected({ kind: checked.kind, families: [...checked.families] }, verdict)).toEqual(want);
  });
});

describe('correcting a recorded post', () => {
  let db: GiveFirstDb;
  beforeEach(async () => {
    db = new GiveFirstDb(`corrections-${Math.random()}`);
    await recordPost(db, request('t', 1_000, TAKE), true);
    await recordPost(db, request('g', 2_000, GIVE), true);
  });
  afterEach(async () => {
    await db.delete();
  });

  it('moves the post from took to gave in the balance at once, and keeps what the checker said', async () => {
    expect((await db.posts.get('t'))?.kind).toBe('take');
    expect(sumDaily(await dailySince(db, 0))).toMatchObject({ takes: 1 });
    await correctPost(db, 't', 'gave', null, 5_000);
    const post = await db.posts.get('t');
    expect(post).toMatchObject({ kind: 'give', correction: { verdict: 'gave', time: 5_000, checkedKind: 'take' } });
    expect(post?.families).not.toContain('self-promotion');
    expect(sumDaily(await dailySince(db, 0))).toEqual({ gives: 2, takes: 0, neutral: 0 });
  });

  it('turns the flagged words into feedback, so the same hint stops for them', async () => {
    const keys = await correctPost(db, 't', 'gave');
    expect(keys.length).toBeGreaterThan(0);
    expect(keys.every((k) => k.includes(':'))).toBe(true);
    expect((await ignoredKeys(db)).sort()).toEqual([...keys].sort());
    // Checked again with that feedback, the same post no longer takes.
    expect(check(TAKE, { platform: 'x', ignore: new Set(keys) }).kind).not.toBe('take');
  });

  it('stores nothing as feedback when the text was not kept, but still corrects the balance', async () => {
    await recordPost(db, request('f', 3_000, TAKE + ' again'), false);
    expect(await correctPost(db, 'f', 'gave')).toEqual([]);
    expect((await db.posts.get('f'))?.kind).toBe('give');
  });

  it('can be corrected again, always from what the checker said', async () => {
    await correctPost(db, 'g', 'promotional');
    expect(sumDaily(await dailySince(db, 0))).toEqual({ gives: 0, takes: 2, neutral: 0 });
    await correctPost(db, 'g', 'gave');
    expect(await db.posts.get('g')).toMatchObject({ kind: 'give', correction: { verdict: 'gave', checkedKind: 'give' } });
    expect(sumDaily(await dailySince(db, 0))).toEqual({ gives: 1, takes: 1, neutral: 0 });
  });

  it('travels with export and import', async () => {
    await correctPost(db, 't', 'gave', null, 5_000);
    const file = await exportJson(db);
    await deleteEverything(db);
    expect(await importJson(db, file)).toMatchObject({ added: 2 });
    expect(await db.posts.get('t')).toMatchObject({ kind: 'give', correction: { verdict: 'gave', checkedKind: 'take' } });
    expect(sumDaily(await dailySince(db, 0))).toEqual({ gives: 2, takes: 0, neutral: 0 });
    expect((await ignoredKeys(db)).length).toBeGreaterThan(0);
  });
});
