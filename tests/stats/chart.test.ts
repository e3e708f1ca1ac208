import { describe, expect, it } from 'vitest';
import { periodStart } from '../../lib/stats/balance';
import { chartBars } from '../../lib/stats/chart';

const NOW = new Date(2026, 10, 23, 15, 0).getTime(); // a Monday
const row = (daysAgo: number, gives: number, takes: number, neutral = 0) => ({ day: periodStart(NOW, daysAgo + 1), platform: 'x' as const, gives, takes, neutral });

describe('chart bars', () => {
  const rows = [row(0, 1, 1), row(3, 2, 0), row(20, 0, 1, 1), row(100, 5, 0)];

  it('draws one bar per day of the selected period, oldest first', () => {
    const week = chartBars(rows, NOW, '7');
    expect(week).toHaveLength(7);
    expect(week.at(-1)).toMatchObject({ start: periodStart(NOW, 1), days: 1, gives: 1, takes: 1 });
    expect(week.reduce((s, b) => s + b.gives + b.takes + b.neutral, 0)).toBe(4);
    const month = chartBars(rows, NOW, '30');
    expect(month).toHaveLength(30);
    expect(month.reduce((s, b) => s + b.gives + b.takes + b.neutral, 0)).toBe(6);
  });

  it('draws all time by week once the history is longer than 60 days, losing no post', () => {
    const all = chartBars(rows, NOW, 'all');
    expect(all.every((b) => b.days === 7 && new Date(b.start).getDay() === 1)).toBe(true);
    expect(all.reduce((s, b) => s + b.gives + b.takes + b.neutral, 0)).toBe(11);
    expect(all.at(-1)).toMatchObject({ gives: 1, takes: 1 }); // this week: today only (a Monday)
    expect(all.length).toBeGreaterThanOrEqual(15);
    expect(all.length).toBeLessThanOrEqual(16);
  });

  it('draws a short history day by day, over a week at least', () => {
    const all = chartBars([row(0, 1, 0), row(9, 0, 1)], NOW, 'all');
    expect(all).toHaveLength(10);
    expect(all[0]).toMatchObject({ takes: 1, days: 1 });
    expect(chartBars([row(0, 1, 0)], NOW, 'all')).toHaveLength(7);
  });
});
