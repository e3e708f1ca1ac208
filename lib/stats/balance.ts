// Pure summaries over history for the popup: balance, per day, per platform, repeats. Hints heeded: heeded.ts;
// breadth: breadth.ts; goals and the verdict: goals.ts.
import type { Kind, Platform } from '../checker';
import { dayStart } from '../model/time';
import type { Balance, PostRecord } from '../storage/db';

export function balanceOf(posts: readonly { kind: Kind }[]): Balance {
  const b: Balance = { gives: 0, takes: 0, neutral: 0 };
  for (const p of posts) {
    if (p.kind === 'give') b.gives++;
    else if (p.kind === 'take') b.takes++;
    else b.neutral++;
  }
  return b;
}

export interface DayBalance extends Balance {
  /** Local midnight of the day, in ms. */
  day: number;
}

/** Counts per local day and site, as stored in the `daily` table. */
export interface DayCount extends Balance {
  day: number;
  platform: Platform;
}

/** Local midnight `days - 1` days before today: the first day of a period of `days` calendar days. */
export function periodStart(now: number, days: number): number {
  const d = new Date(dayStart(now));
  d.setDate(d.getDate() - (days - 1));
  return d.getTime();
}

/** One entry per calendar day for the last `days` days, oldest first. */
export function perDay(rows: readonly DayCount[], now: number, days = 30): DayBalance[] {
  const out: DayBalance[] = [];
  for (let i = days - 1; i >= 0; i--) out.push({ day: periodStart(now, i + 1), gives: 0, takes: 0, neutral: 0 });
  const index = new Map(out.map((d, i) => [d.day, i]));
  for (const r of rows) {
    const at = index.get(dayStart(r.day));
    if (at === undefined) continue;
    const b = out[at]!;
    b.gives += r.gives;
    b.takes += r.takes;
    b.neutral += r.neutral;
  }
  return out;
}

export function perPlatform(rows: readonly DayCount[]): [Platform, Balance][] {
  const map = new Map<Platform, Balance>();
  for (const r of rows) {
    const b = map.get(r.platform) ?? { gives: 0, takes: 0, neutral: 0 };
    b.gives += r.gives;
    b.takes += r.takes;
    b.neutral += r.neutral;
    map.set(r.platform, b);
  }
  return [...map].sort((a, b) => total(b[1]) - total(a[1]));
}

export function total(b: Balance): number {
  return b.gives + b.takes + b.neutral;
}

export interface Repeat {
  value: string;
  count: number;
}

/** Links, hashtags and flagged phrases used in more than one post, most used first. */
export function repeats(
  posts: readonly Pick<PostRecord, 'links' | 'tags' | 'phrases'>[],
  limit = 3,
): { links: Repeat[]; tags: Repeat[]; phrases: Repeat[] } {
  const count = (lists: string[][]) => {
    const m = new Map<string, number>();
    for (const l of lists) for (const v of new Set(l)) m.set(v, (m.get(v) ?? 0) + 1);
    return [...m]
      .filter(([, c]) => c > 1)
      .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
      .slice(0, limit)
      .map(([value, c]) => ({ value, count: c }));
  };
  return {
    links: count(posts.map((p) => p.links)),
    tags: count(posts.map((p) => p.tags.map((t) => `#${t}`))),
    phrases: count(posts.map((p) => (p.phrases ?? []).map((w) => `“${w}”`))),
  };
}
