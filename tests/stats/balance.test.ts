import { describe, expect, it } from 'vitest';
import { perDay, periodStart, perPlatform, repeats } from '../../lib/stats/balance';
import type { PostRecord } from '../../lib/storage/db';

const NOW = new Date(2026, 10, 23, 15, 0).getTime();
let n = 0;
function post(over: Partial<PostRecord>): PostRecord {
  return {
    id: `p${n++}`, time: NOW, platform: 'x', reply: false, kind: 'give', families: [], signals: [], phrases: [],
    scores: { give: 1, take: 0, missing: 0, repeat: 0 }, nudge: { hinted: false, firstFamilies: [], submitFamilies: [] },
    links: [], tags: [], mentions: [], ...over,
  };
}

describe('summaries', () => {
  const count = (day: number, platform: PostRecord['platform'], gives: number, takes: number, neutral = 0) => ({ day, platform, gives, takes, neutral });
  const today = periodStart(NOW, 1);

  it('starts a period of n calendar days at local midnight', () => {
    expect(new Date(periodStart(NOW, 7)).getDate()).toBe(17);
    expect(new Date(periodStart(NOW, 7)).getHours()).toBe(0);
  });

  it('lays out the last 30 days, summing sites per day', () => {
    const days = perDay([count(today, 'x', 0, 1), count(today, 'linkedin', 2, 0), count(periodStart(NOW, 2), 'x', 1, 0), count(periodStart(NOW, 41), 'x', 5, 5)], NOW);
    expect(days).toHaveLength(30);
    expect(days.at(-1)).toMatchObject({ day: today, gives: 2, takes: 1 });
    expect(days.at(-2)).toMatchObject({ gives: 1, takes: 0 });
    expect(days.reduce((s, d) => s + d.gives + d.takes + d.neutral, 0)).toBe(4);
  });

  it('breaks down by platform, busiest first', () => {
    const rows = perPlatform([count(today, 'linkedin', 1, 0), count(today, 'x', 0, 1), count(periodStart(NOW, 3), 'x', 1, 0)]);
    expect(rows).toEqual([
      ['x', { gives: 1, takes: 1, neutral: 0 }],
      ['linkedin', { gives: 1, takes: 0, neutral: 0 }],
    ]);
  });

  it('finds repeated links, hashtags and flagged phrases', () => {
    const posts = [
      post({ links: ['ex.com/a'], tags: ['ai', 'growth'], mentions: ['@ann'], phrases: ['link in bio'] }),
      post({ links: ['ex.com/a', 'ex.com/b'], tags: ['ai'], mentions: ['@bo'], phrases: ['link in bio', 'dm me'] }),
      post({ links: ['ex.com/b', 'ex.com/a'], tags: ['ai', 'growth'], mentions: ['@ann'] }),
    ];
    expect(repeats(posts)).toEqual({
      links: [{ value: 'ex.com/a', count: 3 }, { value: 'ex.com/b', count: 2 }],
      tags: [{ value: '#ai', count: 3 }, { value: '#growth', count: 2 }],
      phrases: [{ value: '“link in bio”', count: 2 }],
    });
  });
});
