// The person's settings: one typed, versioned storage item. Content scripts read it directly; pages use the store.
import { storage } from 'wxt/utils/storage';
import type { Sensitivity } from '../checker';
import { SITE_IDS, type SiteId } from './platforms';

export interface Goal {
  /** At most this share of posts may take (0..1). 0.2 is "1 promotional post in 5". */
  maxPromoShare: number;
  /** At least this many giving posts a week (0: no target). */
  minGivesPerWeek: number;
  /** At least this many thank-you posts a week (0: no target). */
  thanksPerWeek: number;
}

export interface Settings {
  goal: Goal;
  sensitivity: Sensitivity;
  sites: Record<SiteId, boolean>;
  own: { brands: string[]; domains: string[] };
  muted: string[];
  pauseBeforePosting: boolean;
  /** false keeps only fingerprints of each post, never its text. */
  keepFullText: boolean;
  /** Posts older than this many days are deleted; 0 keeps everything. */
  retentionDays: number;
  /** Mastodon servers the person added (hostnames); mastodon.social is built in. */
  mastodonInstances: string[];
}

export const DEFAULT_SETTINGS: Settings = {
  goal: { maxPromoShare: 0.2, minGivesPerWeek: 0, thanksPerWeek: 0 },
  sensitivity: 'normal',
  sites: Object.fromEntries(SITE_IDS.map((id) => [id, true])) as Record<SiteId, boolean>,
  own: { brands: [], domains: [] },
  muted: [],
  pauseBeforePosting: false,
  keepFullText: true,
  retentionDays: 0,
  mastodonInstances: [],
};

/** Fills anything missing (older or hand-edited values) from the defaults. */
export function withDefaults(value: Partial<Settings> | null | undefined): Settings {
  const v = value ?? {};
  return {
    ...DEFAULT_SETTINGS,
    ...v,
    goal: { ...DEFAULT_SETTINGS.goal, ...v.goal },
    sites: { ...DEFAULT_SETTINGS.sites, ...v.sites },
    own: { ...DEFAULT_SETTINGS.own, ...v.own },
  };
}

export const settingsItem = storage.defineItem<Settings>('sync:settings', {
  fallback: DEFAULT_SETTINGS,
  version: 1,
});

export async function loadSettings(): Promise<Settings> {
  return withDefaults(await settingsItem.getValue());
}
