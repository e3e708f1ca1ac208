// Site health, per site: when an adapter last claimed a composer ("working"), and the last large editor that looked
// like a post editor but no adapter claimed (the site probably changed its composer). Kept locally, never sent; the
// popup says so and offers the note for a bug report. It describes elements, never any text typed into them.
import { storage } from 'wxt/utils/storage';
import { SITE_IDS, SITE_TABLE, type SiteId } from './platforms';
import { siteSwitch, type Settings } from './settings';

/** What the page saw (lib/page/health.ts): the editor's shape, never its content. */
export interface EditorSighting {
  kind: 'contenteditable' | 'textarea';
  /** The element's role attribute ('' when none). */
  role: string;
  /** Rounded CSS pixels. */
  width: number;
  height: number;
  /** The editor library its classes name ('' when none is recognised): helps whoever fixes the adapter. */
  library: string;
  /** The nearby submit control's tag and role, e.g. 'button' or 'div[role=button]'. */
  submit: string;
}

/** The content script's report of one unclaimed editor: the sighting, the page's host, the selectors tried. */
export interface UnclaimedReport extends EditorSighting {
  host: string;
  /** The adapter's composer selectors that matched nothing here. */
  selectors: string[];
}

export interface UnclaimedNote extends UnclaimedReport {
  time: number;
  /** The extension's version and the browser's user agent when it was seen. */
  version: string;
  browser: string;
}

export interface SiteHealthRecord {
  /** The last time an adapter claimed a composer on this site. */
  working?: number;
  /** The last unclaimed editor, until an adapter claims a composer on this site again. */
  unclaimed?: UnclaimedNote;
}

export type SiteHealth = Partial<Record<SiteId, SiteHealthRecord>>;

/** Content script to background, on focus only (lib/page/watch-health.ts). */
export type SiteHealthNote = { site: SiteId; claimed: true } | { site: SiteId; unclaimed: UnclaimedReport };

export const siteHealthItem = storage.defineItem<SiteHealth>('local:siteHealth', { fallback: {} });

/** The health after one note: a claim clears the site's unclaimed note; a sighting replaces the last one. */
export function withNote(health: SiteHealth, note: SiteHealthNote, now: number, about: { version: string; browser: string }): SiteHealth {
  const record = health[note.site] ?? {};
  const next: SiteHealthRecord =
    'claimed' in note ? { working: now } : { ...record, unclaimed: { ...note.unclaimed, time: now, ...about } };
  return { ...health, [note.site]: next };
}

/** `cant-see`: an unclaimed editor since the last claim; `unseen`: no composer noticed on this site yet. */
export type SiteStatus = 'working' | 'cant-see' | 'unseen' | 'paused' | 'off';

/** The person's own switch comes first: a paused or switched-off site is not looked at, so it cannot be broken. */
export function siteStatus(settings: Settings, health: SiteHealth, id: SiteId, now = Date.now()): SiteStatus {
  const switched = siteSwitch(settings, id, now);
  if (switched !== 'on') return switched;
  const record = health[id];
  if (record?.unclaimed) return 'cant-see';
  return record?.working ? 'working' : 'unseen';
}

export function siteStatuses(settings: Settings, health: SiteHealth, now = Date.now()): { id: SiteId; status: SiteStatus }[] {
  return SITE_IDS.map((id) => ({ id, status: siteStatus(settings, health, id, now) }));
}

/** The note as plain text for a bug report, in English for whoever maintains the adapters. No post text exists in it. */
export function bugReport(id: SiteId, note: UnclaimedNote): string {
  return [
    `Give First ${note.version}: an editor on ${SITE_TABLE[id].name} that no adapter claims`,
    `site: ${id} (${note.host})`,
    `seen: ${new Date(note.time).toISOString()}`,
    `element: ${note.kind}${note.role ? `, role=${note.role}` : ''}, ${note.width}×${note.height} px${note.library ? `, ${note.library}` : ''}`,
    `submit control nearby: ${note.submit}`,
    'adapter selectors tried:',
    ...(note.selectors.length ? note.selectors.map((s) => `  ${s}`) : ['  (the adapter lists none)']),
    `browser: ${note.browser}`,
  ].join('\n');
}
