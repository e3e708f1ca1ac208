// Per-day, per-site counts, updated inside the same transactions that write posts.
import { dayStart } from '../model/time';
import { type Balance, countInto, type DailyRecord, type GiveFirstDb, type PostRecord } from './db';

type Post = Pick<PostRecord, 'time' | 'platform' | 'kind'>;

/** Applies posts added (sign 1) or removed (sign -1) to the stored counts. Call inside a rw transaction on `daily`. */
export async function applyToDaily(db: GiveFirstDb, posts: readonly Post[], sign: 1 | -1): Promise<void> {
  if (posts.length === 0) return;
  const map = new Map<string, DailyRecord>();
  const keys = [...new Set(posts.map((p) => `${dayStart(p.time)}|${p.platform}`))];
  for (const row of await db.daily.bulkGet(keys)) if (row) map.set(row.key, row);
  for (const p of posts) countInto(map, p, sign);
  const rows = [...map.values()];
  const empty = rows.filter((r) => r.gives + r.takes + r.neutral <= 0).map((r) => r.key);
  await db.daily.bulkPut(rows.filter((r) => r.gives + r.takes + r.neutral > 0));
  if (empty.length) await db.daily.bulkDelete(empty);
}

/** Recounts everything from `posts` (after an import). Call inside a rw transaction on posts and daily. */
export async function rebuildDaily(db: GiveFirstDb): Promise<void> {
  const map = new Map<string, DailyRecord>();
  await db.posts.each((p) => countInto(map, p, 1));
  await db.daily.clear();
  await db.daily.bulkPut([...map.values()]);
}

export function dailySince(db: GiveFirstDb, fromDay: number): Promise<DailyRecord[]> {
  return db.daily.where('day').aboveOrEqual(fromDay).toArray();
}

export function sumDaily(rows: readonly DailyRecord[]): Balance {
  return rows.reduce((b, r) => ({ gives: b.gives + r.gives, takes: b.takes + r.takes, neutral: b.neutral + r.neutral }), { gives: 0, takes: 0, neutral: 0 });
}
