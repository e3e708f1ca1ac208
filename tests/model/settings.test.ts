import { fakeBrowser } from 'wxt/testing/fake-browser';
import { beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, loadSettings, withDefaults } from '../../lib/model/settings';
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
});
