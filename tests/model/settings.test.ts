import { fakeBrowser } from 'wxt/testing/fake-browser';
import { beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, endOfToday, loadSettings, siteActive, withDefaults } from '../../lib/model/settings';
import { connectSettings, useSettings } from '../../lib/storage/settings-store';

describe('settings', () => {
  beforeEach(() => {
    fakeBrowser.reset();
  });

  it('defaults to the 80/20 goal, normal sensitivity, every site on and no pause', async () => {
    const s = await loadSettings();
    expect(s.goal.maxPromoShare).toBeCloseTo(0.2);
    expect(s.sensitivity).toBe('normal');
    expect(Object.values(s.sites).every(Boolean)).toBe(true);
    expect(s.pauseBeforePosting).toBe(false);
  });

  it('fills fields missing from an older stored value', () => {
    const s = withDefaults({ sensitivity: 'strict', sites: { x: false } as never });
    expect(s.sensitivity).toBe('strict');
    expect(s.sites.x).toBe(false);
    expect(s.sites.linkedin).toBe(true);
    expect(s.goal).toEqual(DEFAULT_SETTINGS.goal);
  });

  it('persists store updates to browser.storage and reads them back', async () => {
    await useSettings.getState().update({ sensitivity: 'gentle', own: { brands: ['Acme'], domains: ['acme.io'] } });
    const raw = await fakeBrowser.storage.sync.get('settings');
    expect(raw.settings).toMatchObject({ sensitivity: 'gentle', own: { brands: ['Acme'] } });
    useSettings.setState({ settings: DEFAULT_SETTINGS, loaded: false });
    const stop = connectSettings();
    await expect.poll(() => useSettings.getState().loaded).toBe(true);
    expect(useSettings.getState().settings.sensitivity).toBe('gentle');
    stop();
  });

  it('keeps a value stored at version 1 valid: it gains an empty pausedUntil and keeps everything else', async () => {
    const v1 = { ...DEFAULT_SETTINGS, sensitivity: 'strict', sites: { ...DEFAULT_SETTINGS.sites, reddit: false } } as Partial<typeof DEFAULT_SETTINGS>;
    delete v1.pausedUntil;
    await fakeBrowser.storage.sync.set({ settings: v1, settings$: { v: 1 } });
    const s = await loadSettings();
    expect(s.pausedUntil).toEqual({});
    expect(s.sensitivity).toBe('strict');
    expect(s.sites.reddit).toBe(false);
    expect(siteActive(s, 'x')).toBe(true);
    expect(siteActive(s, 'reddit')).toBe(false);
  });

  it('pauses a site for today only: active again from midnight', () => {
    const now = new Date(2026, 11, 3, 14, 30).getTime();
    const until = endOfToday(now);
    expect(until).toBe(new Date(2026, 11, 4, 0, 0).getTime());
    const s = withDefaults({ pausedUntil: { x: until } });
    expect(siteActive(s, 'x', now)).toBe(false);
    expect(siteActive(s, 'x', until)).toBe(true);
    expect(siteActive(s, 'linkedin', now)).toBe(true);
  });
});
