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
  /** Sites paused from the hint "for today": the time (ms) the pause ends. `sites` is the lasting switch. */
  pausedUntil: Partial<Record<SiteId, number>>;
  own: { brands: string[]; domains: string[] };
  muted: string[];
  pauseBeforePosting: boolean;
  /** false keeps only fingerprints of each post, never its text. */
  keepFullText: boolean;
  /** Posts older than this many days are deleted; 0 keeps everything. */
  retentionDays: number;
  /** Mastodon servers the person added (hostnames); mastodon.social is built in. */
  mastodonInstances: string[];
  /** Once a week, a dot on the toolbar icon when a new weekly review is ready, until it is opened. */
  weeklyReviewDot: boolean;
}

export const DEFAULT_SETTINGS: Settings = {
  goal: { maxPromoShare: 0.2, minGivesPerWeek: 0, thanksPerWeek: 0 },
  sensitivity: 'normal',
  sites: Object.fromEntries(SITE_IDS.map((id) => [id, true])) as Record<SiteId, boolean>,
  pausedUntil: {},
  own: { brands: [], domains: [] },
  muted: [],
  pauseBeforePosting: false,
  keepFullText: true,
  retentionDays: 0,
  mastodonInstances: [],
  // On: one mark a week, gone when the review is opened, is the only way the review is found without remembering
  // to look; it never blocks, and one click in the options turns it off.
  weeklyReviewDot: true,
};

/** Fills anything missing (older or hand-edited values) from the defaults. */
export function withDefaults(value: Partial<Settings> | null | undefined): Settings {
  const v = value ?? {};
  return {
    ...DEFAULT_SETTINGS,
    ...v,
    goal: { ...DEFAULT_SETTINGS.goal, ...v.goal },
    sites: { ...DEFAULT_SETTINGS.sites, ...v.sites },
    pausedUntil: { ...v.pausedUntil },
    own: { ...DEFAULT_SETTINGS.own, ...v.own },
  };
}

/** Whether Give First runs on this site now: switched on, and not paused for today. */
export function siteActive(settings: Settings, id: SiteId, now = Date.now()): boolean {
  return siteSwitch(settings, id, now) === 'on';
}

/** Where the person left a site: switched off, paused for today, or on. The popup's lists read this too. */
export function siteSwitch(settings: Settings, id: SiteId, now = Date.now()): 'on' | 'paused' | 'off' {
  if (!settings.sites[id]) return 'off';
  return (settings.pausedUntil[id] ?? 0) > now ? 'paused' : 'on';
}

/** The end of the local day `now` falls in: a pause "for today" lasts until then. */
export function endOfToday(now = Date.now()): number {
  const d = new Date(now);
  d.setHours(24, 0, 0, 0);
  return d.getTime();
}

export const settingsItem = storage.defineItem<Settings>('sync:settings', {
  fallback: DEFAULT_SETTINGS,
  // 2: pausedUntil (a pause for today). Values stored at version 1 gain an empty one; nothing else changes.
  version: 2,
  migrations: {
    2: (old: Omit<Settings, 'pausedUntil'>): Settings => ({ ...old, pausedUntil: {} }),
  },
});

export async function loadSettings(): Promise<Settings> {
  return withDefaults(await settingsItem.getValue());
}
