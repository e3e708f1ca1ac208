// The short card's plan, the badge's tone, the rewrite in the post's own words, where the card goes, and what
// shows while the writer is still typing.
import { describe, expect, it } from 'vitest';
import { check, type Finding } from '../../lib/checker';
import { whileWriting } from '../../lib/page/calm';
import { badgeTone, FIRST_ROWS, importance, ownWords, planCard } from '../../lib/page/hint/card';
import { placeCard, type Box } from '../../lib/page/hint/place';

const PROMO = 'Our new course is live! Use my code SAVE20 at checkout and follow me for more. Link in bio';

const finding = (rule: string, family: Finding['family'], start: number, end: number, weight = 2): Finding =>
  ({ rule, family, start, end, weight, message: 'm', suggestion: 's' }) as Finding;

describe('planCard', () => {
  it('shows each quote once, even when two rules flag the same words', () => {
    const text = 'Sign up at https://acme.io/c and https://acme.io/c';
    const a = text.indexOf('https');
    const b = text.lastIndexOf('https');
    const plan = planCard(text, [
      finding('own-link', 'self-promotion', a, a + 17),
      finding('own-link', 'self-promotion', b, b + 17),
      finding('repeated-link', 'repetition', b, b + 17, 1),
    ]);
    const rows = plan.groups.flatMap((g) => g.rows);
    expect(rows.map((r) => r.quote)).toEqual(['https://acme.io/c']);
    expect(rows[0]!.merged.map((f) => f.rule)).toEqual(['own-link', 'own-link', 'repeated-link']);
    expect(plan.rowCount).toBe(1);
  });

  it('groups by family, weightiest family first, and keeps two rows before "Show all"', () => {
    const report = check(PROMO);
    const plan = planCard(PROMO, report.findings);
    expect(plan.groups.map((g) => g.family)).toEqual(['self-promotion', 'missing-value']);
    expect(plan.first.size).toBe(FIRST_ROWS);
    expect([...plan.first].every((r) => r.finding.family === 'self-promotion')).toBe(true);
    // One row per ask: every finding sits in exactly one row, and no two quoted rows overlap in the post.
    const rows = plan.groups.flatMap((g) => g.rows);
    expect(plan.rowCount).toBe(rows.length);
    expect(rows.flatMap((r) => r.merged).sort((a, b) => a.start - b.start || a.rule.localeCompare(b.rule))).toEqual(
      [...report.findings].sort((a, b) => a.start - b.start || a.rule.localeCompare(b.rule)),
    );
    const quoted = rows.filter((r) => r.quote).flatMap((r) => r.merged.map((f) => ({ row: r, f })));
    for (const a of quoted) for (const b of quoted) if (a.row !== b.row) expect(a.f.start < b.f.end && b.f.start < a.f.end).toBe(false);
  });

  it('puts money and explicit asks before weak generic findings (issue 13: the two that matter most first)', () => {
    const plan = planCard(PROMO, check(PROMO).findings);
    const rows = plan.groups.flatMap((g) => g.rows);
    // Before: "Our new course" and "is live" led, and "Use my code" / "code SAVE20" were two rows for one ask.
    // "Our new course is live" is one announcement: the plug and the brag on it share a row.
    expect(rows.map((r) => r.quote)).toEqual(['code SAVE20', 'follow me for more', 'Link in bio', 'Our new course', '']);
    expect(rows[0]!.merged.map((f) => f.rule)).toEqual(['discount-code', 'call-to-action']);
    expect([...plan.first].map((r) => r.quote)).toEqual(['code SAVE20', 'follow me for more']);
    expect(importance(rows[0]!.finding)).toBeGreaterThan(importance(rows[3]!.finding));
  });

  it('shows two different asks first when they matter about as much, not one offer twice', () => {
    const text = 'Just launched my new ebook! Grab yours now, link in bio. Use code LAUNCH30 for 30% off.';
    const plan = planCard(text, check(text).findings);
    const rows = plan.groups.flatMap((g) => g.rows);
    expect(rows.slice(0, 2).map((r) => r.finding.rule)).toEqual(['discount-code', 'discount-code']);
    expect([...plan.first].map((r) => r.finding.rule)).toEqual(['discount-code', 'call-to-action']);
    // Two asks of one rule stay first together when nothing else comes close.
    const asks = 'Our new course is live! Check it out 👉 https://acme.io/course Follow me for more tips.';
    const first = [...planCard(asks, check(asks).findings).first];
    expect(first.map((r) => r.quote)).toEqual(['Check it out', 'Follow me for more tips']);
  });

  it('does not quote a finding that is the whole post back at the writer', () => {
    const plan = planCard('Great post!', check('Great post!').findings);
    expect(plan.groups[0]!.rows[0]!.quote).toBe('');
  });
});

describe('badgeTone', () => {
  const cases: [Parameters<typeof badgeTone>, string][] = [
    [['take', ['self-promotion'], false], 'take'],
    [['take', ['missing-value'], false], 'warn'], // never "Takes" when every finding is missing value
    [['give', ['repetition'], false], 'warn'], // never green on a repeat
    [['give', [], false], 'give'],
    [['neutral', [], false], 'neutral'],
    [['neutral', [], true], 'idle'],
  ];
  for (const [args, want] of cases) it(`${args.join(' / ')} -> ${want}`, () => expect(badgeTone(...args)).toBe(want));
});

describe('ownWords', () => {
  it('leads with the post\'s own result instead of the first ask', () => {
    const text = 'Just launched our new course! It helped 40% of students pass their exam faster.';
    const w = ownWords(text, check(text).findings);
    expect(w).toEqual({ lead: 'It helped 40% of students pass their exam faster.', ask: 'Just launched' });
  });

  it('quotes the ask when no sentence is free of it', () => {
    expect(ownWords(PROMO, check(PROMO).findings)).toEqual({ lead: '', ask: 'Our new course' });
  });

  it('says nothing when the post already opens with what it gives, or takes nothing', () => {
    const gives = 'Cut our build time by 40% with one cache key per arch. Link in bio';
    expect(ownWords(gives, check(gives).findings)).toBeNull();
    const plain = 'Three things I learned moving CI to ARM: pin images, check native deps, cache per arch.';
    expect(ownWords(plain, check(plain).findings)).toBeNull();
  });
});

describe('placeCard', () => {
  const viewport: Box = { left: 0, top: 0, right: 800, bottom: 600 };
  const inside = (b: Box, r: { left: number; top: number; width: number }, h: number) =>
    r.left >= b.left && r.top >= b.top && r.left + r.width <= b.right && r.top + h <= b.bottom;
  const overlaps = (a: Box, r: { left: number; top: number; width: number }, h: number) =>
    a.left < r.left + r.width && r.left < a.right && a.top < r.top + h && r.top < a.bottom;

  it('opens below the badge when it fits', () => {
    const p = placeCard({ left: 700, top: 100, right: 760, bottom: 120 }, { width: 340, height: 300 }, viewport, []);
    expect(p).toMatchObject({ left: 420, top: 124, width: 340 });
  });

  it('opens above when below would leave the viewport, and never over the send control', () => {
    const badge = { left: 700, top: 500, right: 760, bottom: 520 };
    const send = { left: 690, top: 530, right: 780, bottom: 560 };
    const p = placeCard(badge, { width: 340, height: 300 }, viewport, [send]);
    expect(inside(viewport, p, 300)).toBe(true);
    expect(overlaps(send, p, 300)).toBe(false);
    expect(p.top + 300).toBeLessThanOrEqual(badge.top);
  });

  it('stays inside a dialog narrower than the card, and clear of a send button right below the badge', () => {
    const dialog = { left: 200, top: 50, right: 500, bottom: 550 };
    const badge = { left: 420, top: 300, right: 480, bottom: 320 };
    const send = { left: 400, top: 330, right: 490, bottom: 360 };
    const p = placeCard(badge, { width: 340, height: 200 }, dialog, [send]);
    expect(p.width).toBeLessThanOrEqual(292);
    expect(inside(dialog, p, 200)).toBe(true);
    expect(overlaps(send, p, 200)).toBe(false);
  });

  it('keeps off the left edge when the badge sits near it', () => {
    const p = placeCard({ left: 10, top: 100, right: 70, bottom: 120 }, { width: 340, height: 200 }, viewport, []);
    expect(p.left).toBeGreaterThanOrEqual(4);
  });
});

describe('whileWriting', () => {
  it('holds back "too short" while the writer is still at it, and nothing else', () => {
    const short = check('Great post!');
    expect(short.families).toEqual(['missing-value']);
    expect(whileWriting(short).findings).toEqual([]);
    expect(whileWriting(short).families).toEqual([]);
    const promo = check('Link in bio');
    expect(whileWriting(promo).families).toContain('self-promotion');
  });
});
