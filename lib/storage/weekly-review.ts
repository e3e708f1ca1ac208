// When the weekly review's badge dot last went up and when the person last opened the review: one item in
// browser.storage.local, written by the background (shown) and the people page (seen), removed with everything.
import { storage } from 'wxt/utils/storage';

/** What the background keeps between checks. */
export interface WeeklyDotState {
  /** When the dot last went up. */
  shownAt?: number;
  /** When the person last opened the review. */
  seenAt?: number;
}

export const weeklyReviewItem = storage.defineItem<WeeklyDotState>('local:weeklyReview', { fallback: {} });

/** The review was opened: the dot goes, and the next one waits a week. */
export async function markReviewSeen(now = Date.now()): Promise<void> {
  await weeklyReviewItem.setValue({ ...(await weeklyReviewItem.getValue()), seenAt: now });
}
