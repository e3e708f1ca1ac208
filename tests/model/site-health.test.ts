import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, withDefaults } from '../../lib/model/settings';
import { bugReport, siteStatus, siteStatuses, withNote, type SiteHealth, type UnclaimedReport } from '../../lib/model/site-health';

const about = { version: '0.1.0', browser: 'Mozilla/5.0 Chrome/156' };
const sighting: UnclaimedReport = {
  kind: 'contenteditable', role: 'textbox', width: 560, height: 120, library: 'prosemirror', submit: 'button',
  host: 'www.linkedin.com', selectors: ['[componentkey="ShareBox_textEditor"] [contenteditable="true"]'],
};
const T = Date.UTC(2026, 11, 3, 12);

describe('withNote', () => {
  it('keeps an unclaimed sighting with time, version and browser, and a later claim clears it', () => {
    let health: SiteHealth = withNote({}, { site: 'linkedin', claimed: true }, T - 10, about);
    health = withNote(health, { site: 'linkedin', unclaimed: sighting }, T, about);
    expect(health.linkedin).toEqual({ working: T - 10, unclaimed: { ...sighting, time: T, ...about } });
    health = withNote(health, { site: 'linkedin', claimed: true }, T + 10, about);
    expect(health.linkedin).toEqual({ working: T + 10 });
  });

  it('leaves other sites alone', () => {
    const health = withNote({ x: { working: 1 } }, { site: 'linkedin', unclaimed: sighting }, T, about);
    expect(health.x).toEqual({ working: 1 });
  });
});

describe('siteStatus', () => {
  const health: SiteHealth = { linkedin: { working: 1, unclaimed: { ...sighting, time: T, ...about } }, x: { working: T } };
  it.each([
    ['linkedin', DEFAULT_SETTINGS, 'cant-see'],
    ['x', DEFAULT_SETTINGS, 'working'],
    ['bluesky', DEFAULT_SETTINGS, 'unseen'],
    ['linkedin', withDefaults({ pausedUntil: { linkedin: T + 1 } }), 'paused'],
    ['linkedin', withDefaults({ pausedUntil: { linkedin: T - 1 } }), 'cant-see'],
    ['x', withDefaults({ sites: { ...DEFAULT_SETTINGS.sites, x: false } }), 'off'],
  ] as const)('%s → %s', (id, settings, expected) => {
    expect(siteStatus(settings, health, id, T)).toBe(expected);
  });

  it('lists every site once', () => {
    expect(siteStatuses(DEFAULT_SETTINGS, health, T).map((s) => s.id)).toHaveLength(9);
  });
});

describe('bugReport', () => {
  it('says what was seen, where, when, with what and which selectors were tried', () => {
    const text = bugReport('linkedin', { ...sighting, time: T, ...about });
    expect(text).toContain('LinkedIn');
    expect(text).toContain('www.linkedin.com');
    expect(text).toContain('2026-12-03T12:00:00.000Z');
    expect(text).toContain('contenteditable, role=textbox, 560×120 px, prosemirror');
    expect(text).toContain('[componentkey="ShareBox_textEditor"] [contenteditable="true"]');
    expect(text).toContain('Give First 0.1.0');
    expect(text).toContain('Chrome/156');
  });
});
