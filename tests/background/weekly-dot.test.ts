// The weekly review's dot: once a week when a review is ready, on the toolbar until the review is opened, never
// when switched off.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { checkWeeklyDot, dotShowing, reviewReady, WEEKLY_DOT, weeklyDot } from '../../lib/background/weekly-dot';
import { DEFAULT_SETTINGS, settingsItem } from '../../lib/model/settings';
import { DAY_MS } from '../../lib/model/time';
import { GiveFirstDb, type PostRecord } from '../../lib/storage/db';
import { markReviewSeen, weeklyReviewItem } from '../../lib/storage/weekly-review';

const NOW = Date.UTC(2026, 11, 3, 12);
const ago = (days: number) => NOW - days * DAY_MS;

describe('when a new weekly review is ready', () => {
  it.each([
    ['a week after the first post, with a post this week', {}, { first: ago(8), last: ago(1) }, true],
    ['a week after the review was opened, the dot before that', { shownAt: ago(9), seenAt: ago(7) }, { first: ago(30), last: ago(2) }, true],
    ['a week after the review was last opened', { seenAt: ago(7) }, { first: ago(30), last: ago(0) }, true],
    // Quiet: too soon, nothing to review, or no history at all.
    ['six days after the first post', {}, { first: ago(6), last: ago(1) }, false],
    ['six days after the review was opened', { shownAt: ago(20), seenAt: ago(6) }, { first: ago(30), last: ago(1) }, false],
    ['no post in the last week', { seenAt: ago(20) }, { first: ago(30), last: ago(8) }, false],
    ['no history', {}, {}, false],
  ])('%s', (_, state, history, ready) => {
    expect(reviewReady(state, history, NOW)).toBe(ready);
  });

  it('keeps the dot up until the review is opened after it went up', () => {
    expect(dotShowing({})).toBe(false);
    expect(dotShowing({ shownAt: ago(3) })).toBe(true);
    expect(dotShowing({ shownAt: ago(3), seenAt: ago(5) })).toBe(true);
    expect(dotShowing({ shownAt: ago(3), seenAt: ago(1) })).toBe(false);
  });

  it('puts the dot up once, notes when, and shows nothing when switched off', () => {
    const history = { first: ago(10), last: ago(1) };
    expect(weeklyDot({}, history, NOW, true)).toEqual({ show: true, state: { shownAt: NOW } });
    expect(weeklyDot({ shownAt: NOW }, history, NOW + DAY_MS, true)).toEqual({ show: true, state: { shownAt: NOW } });
    expect(weeklyDot({}, history, NOW, false)).toEqual({ show: false, state: {} });
    expect(weeklyDot({ shownAt: NOW }, history, NOW, false).show).toBe(false);
  });
});

describe('the toolbar badge', () => {
  let db: GiveFirstDb;
  const badge = () => browser.action.getBadgeText({});
  const post = (id: string, time: number) =>
    ({ id, time, platform: 'x', reply: false, kind: 'give', families: [], signals: [], phrases: [], links: [], tags: [], mentions: [],
      scores: { give: 2, take: 0, missing: 0, repeat: 0 }, nudge: { hinted: false, firstFamilies: [], submitFamilies: [] } }) satisfies PostRecord;
  beforeEach(async () => {
    fakeBrowser.reset();
    db = new GiveFirstDb(`dot-${Math.random()}`);
    await db.posts.bulkAdd([post('old', ago(9)), post('new', ago(1))]);
  });
  afterEach(() => db.delete());

  it('shows one mark when the review is ready and clears it once the review is opened', async () => {
    expect(await checkWeeklyDot(db, NOW)).toBe(true);
    expect(await badge()).toBe(WEEKLY_DOT);
    expect(WEEKLY_DOT).toHaveLength(1);
    expect(await weeklyReviewItem.getValue()).toEqual({ shownAt: NOW });
    await markReviewSeen(NOW + 1000);
    expect(await checkWeeklyDot(db, NOW + 2000)).toBe(false);
    expect(await badge()).toBe('');
    // The next week's review brings it back.
    await db.posts.add(post('later', NOW + 6 * DAY_MS));
    expect(await checkWeeklyDot(db, NOW + 6 * DAY_MS)).toBe(false);
    expect(await checkWeeklyDot(db, NOW + 7 * DAY_MS + 2000)).toBe(true);
  });

  it('stays off when the person switched it off, and takes a dot already up down', async () => {
    expect(await checkWeeklyDot(db, NOW)).toBe(true);
    await settingsItem.setValue({ ...DEFAULT_SETTINGS, weeklyReviewDot: false });
    expect(await checkWeeklyDot(db, NOW + 1000)).toBe(false);
    expect(await badge()).toBe('');
  });
});
