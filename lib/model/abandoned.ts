// Drafts a seen hint was shown on that were never sent. Not posts (they stay out of the balance), but the popup's
// "changed after a hint" counts one as heeded when the person opened the card and then let the draft go.
import { storage } from 'wxt/utils/storage';
import type { NudgeOutcome } from './messaging';
import type { SiteId } from './platforms';

export interface AbandonedDraft {
  time: number;
  platform: SiteId;
  nudge: NudgeOutcome;
}

/** Newest first; only the most recent are kept (the popup looks at weeks, not years). */
export const ABANDONED_KEEP = 200;

export const abandonedDraftsItem = storage.defineItem<AbandonedDraft[]>('local:abandonedDrafts', { fallback: [] });

export async function noteAbandoned(draft: AbandonedDraft): Promise<void> {
  const list = await abandonedDraftsItem.getValue();
  await abandonedDraftsItem.setValue([draft, ...list].slice(0, ABANDONED_KEEP));
}
