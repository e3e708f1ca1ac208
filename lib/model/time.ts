// Time helpers shared by storage, stats, the pages and the checker. A leaf module: it imports nothing.

export const DAY_MS = 86_400_000;
export const WEEK_MS = 7 * DAY_MS;

/** Local midnight of the day `time` falls in, in ms: the key of per-day counts. */
export function dayStart(time: number): number {
  const d = new Date(time);
  d.setHours(0, 0, 0, 0);
  return d.getTime();
}
