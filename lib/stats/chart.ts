// What the popup's chart shows for a period: one bar per day for 7 and 30 days; for all time, one bar per day up to
// 60 days of history and one per week (starting Monday) beyond, so the bars stay readable.
import type { Balance } from '../storage/db';
import { type DayCount, perDay, periodStart } from './balance';

export type Period = '7' | '30' | 'all';

export interface Bar extends Balance {
  /** Local midnight of the first day the bar covers. */
  start: number;
  /** Days the bar covers: 1, or 7 for a week. */
  days: number;
}

/** Longest history drawn day by day; longer histories are drawn by week. */
export const MAX_DAILY_BARS = 60;

/** Calendar days from the first day with posts to today (at least 7). */
function daysSpanned(rows: readonly DayCount[], now: number): number {
  if (rows.length === 0) return 7;
  const first = Math.min(...rows.map((r) => r.day));
  let days = 7; // a week at least, so a new history still reads as a chart
  while (periodStart(now, days) > first && days < 3660) days++;
  return days;
}

export function chartBars(rows: readonly DayCount[], now: number, period: Period): Bar[] {
  const span = period === 'all' ? daysSpanned(rows, now) : Number(period);
  const days = perDay(rows, now, span).map((d) => ({ start: d.day, days: 1, gives: d.gives, takes: d.takes, neutral: d.neutral }));
  if (days.length <= MAX_DAILY_BARS) return days;
  const weeks: Bar[] = [];
  for (const d of days) {
    const monday = new Date(d.start);
    monday.setDate(monday.getDate() - ((monday.getDay() + 6) % 7));
    const last = weeks.at(-1);
    if (last && last.start === monday.getTime()) {
      last.gives += d.gives;
      last.takes += d.takes;
      last.neutral += d.neutral;
    } else {
      weeks.push({ start: monday.getTime(), days: 7, gives: d.gives, takes: d.takes, neutral: d.neutral });
    }
  }
  return weeks;
}
