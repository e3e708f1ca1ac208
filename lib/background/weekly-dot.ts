// The weekly review's badge dot: once a week, when a new review is ready, the toolbar icon shows one mark until the
// review is opened (the people page marks it seen). Checked on events that happen anyway: the background starting
// (the browser opening; the badge is not kept across restarts), a post recorded, the setting or the state changing.
// No timer, so no "alarms" permission: a week without a post has no review to announce.
import { loadSettings, settingsItem } from '../model/settings';
import { WEEK_MS } from '../model/time';
import type { GiveFirstDb } from '../storage/db';
import { weeklyReviewItem, type WeeklyDotState } from '../storage/weekly-review';

/** The mark: one character, as small as a badge gets. */
export const WEEKLY_DOT = '•';

export interface HistorySpan {
  /** The first and last recorded post, ms; absent when there is none. */
  first?: number;
  last?: number;
}

/** The dot is up: it went up and the review has not been opened since. */
export function dotShowing(state: WeeklyDotState): boolean {
  return state.shownAt !== undefined && !(state.seenAt !== undefined && state.seenAt >= state.shownAt);
}

/**
 * A new review is ready: a week has passed since the dot last went up or the review was last opened (or, before
 * either, since the first post), and that week has posts to review.
 */
export function reviewReady(state: WeeklyDotState, history: HistorySpan, now: number): boolean {
  const since = Math.max(state.shownAt ?? 0, state.seenAt ?? 0) || history.first;
  if (since === undefined || history.last === undefined) return false;
  return now - since >= WEEK_MS && now - history.last < WEEK_MS;
}

/** What the badge should be after a check, and the state to keep. */
export function weeklyDot(state: WeeklyDotState, history: HistorySpan, now: number, enabled: boolean): { show: boolean; state: WeeklyDotState } {
  if (!enabled) return { show: false, state };
  if (dotShowing(state)) return { show: true, state };
  if (reviewReady(state, history, now)) return { show: true, state: { ...state, shownAt: now } };
  return { show: false, state };
}

/** The first and last recorded post. */
async function historySpan(db: GiveFirstDb): Promise<HistorySpan> {
  const [first, last] = await Promise.all([db.posts.orderBy('time').first(), db.posts.orderBy('time').last()]);
  return { first: first?.time, last: last?.time };
}

/** Firefox's MV2 build names the toolbar button browserAction. */
const toolbar = () => browser.action ?? (browser as unknown as { browserAction?: typeof browser.action }).browserAction;

/** Decides and applies the badge now; keeps the state when the dot goes up. */
export async function checkWeeklyDot(db: GiveFirstDb, now = Date.now()): Promise<boolean> {
  const [settings, state, history] = await Promise.all([loadSettings(), weeklyReviewItem.getValue(), historySpan(db)]);
  const next = weeklyDot(state, history, now, settings.weeklyReviewDot);
  if (next.state !== state) await weeklyReviewItem.setValue(next.state);
  await toolbar()?.setBadgeText({ text: next.show ? WEEKLY_DOT : '' });
  return next.show;
}

/** Checks now and whenever the setting or the state changes (the review opened, everything deleted). */
export function startWeeklyDot(db: GiveFirstDb): void {
  const check = () => void checkWeeklyDot(db).catch(() => undefined);
  check();
  settingsItem.watch(check);
  weeklyReviewItem.watch(check);
}
