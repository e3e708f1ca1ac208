import { describe, expect, it } from 'vitest';
import { hintsHeeded, perDay, perPlatform, reach, repeats } from '../lib/balance';
import type { PostRecord } from '../lib/storage/db';

const NOW = new Date(2026, 10, 23, 15, 0).getTime();
const DAY = 86_400_000;
let n = 0;
function post(over: Partial<PostRecord>): PostRecord {
  return {
    id: `p${n++}`, time: NOW, platform: 'x', reply: false, kind: 'give', families: [],
    scores: { give: 1, take: 0, missing: 0, repeat: 0 }, nudge: { hinted: false, firstFamilies: [], submitFamilies: [] },
    links: [], tags: [], mentions: [], ...over,
  };
}

describe('summaries', () => {
  it('buckets posts per calendar day for the last 30 days', () => {
    const days = perDay([post({ kind: 'take' }), post({ time: NOW - DAY }), post({ time: NOW - 40 * DAY })], NOW);
    expect(days).toHaveLength(30);
    expect(days.at(-1)).toMatchObject({ takes: 1, gives: 0 });
    expect(days.at(-2)).toMatchObject({ gives: 1 });
    expect(days.reduce((s, d) => s + d.gives + d.takes + d.neutral, 0)).toBe(2);
  });

  it('breaks down by platform, busiest first', () => {
    const rows = perPlatform([post({ platform: 'linkedin' }), post({ platform: 'x', kind: 'take' }), post({ platform: 'x' })]);
    expect(rows).toEqual([
      ['x', { gives: 1, takes: 1, neutral: 0 }],
      ['linkedin', { gives: 1, takes: 0, neutral: 0 }],
    ]);
  });

  it('counts a hint as heeded when a flagged family was gone at submit', () => {
    const hinted = (first: PostRecord['families'], submit: PostRecord['families']) =>
      post({ nudge: { hinted: true, firstFamilies: first, submitFamilies: submit } });
    expect(hintsHeeded([
      hinted(['self-promotion'], []),
      hinted(['self-promotion', 'missing-value'], ['self-promotion']),
      hinted(['repetition'], ['repetition']),
      post({}),
    ])).toEqual({ hinted: 3, heeded: 2 });
  });

  it('finds repeated links and hashtags, and the reach of the posts', () => {
    const posts = [
      post({ links: ['ex.com/a'], tags: ['ai', 'growth'], mentions: ['@ann'] }),
      post({ links: ['ex.com/a', 'ex.com/b'], tags: ['ai'], mentions: ['@bo'] }),
      post({ links: ['ex.com/b', 'ex.com/a'], tags: ['ai', 'growth'], mentions: ['@ann'] }),
    ];
    expect(repeats(posts)).toEqual({
      links: [{ value: 'ex.com/a', count: 3 }, { value: 'ex.com/b', count: 2 }],
      tags: [{ value: '#ai', count: 3 }, { value: '#growth', count: 2 }],
    });
    expect(reach(posts)).toEqual({ topics: 2, people: 2 });
  });
});
