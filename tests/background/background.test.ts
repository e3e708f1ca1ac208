// The background answers the typed protocol: records posts once and serves fingerprints.
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { saveErrorItem } from '../../lib/storage/save-error';
import { openDb } from '../../lib/storage/db';
import background from '../../entrypoints/background';
import { sendMessage, type RecordPostRequest } from '../../lib/model/messaging';
import { DEFAULT_SETTINGS, settingsItem } from '../../lib/model/settings';
import { siteHealthItem, type UnclaimedReport } from '../../lib/model/site-health';

const post = (id: string, text: string): RecordPostRequest => ({
  id, text, time: Date.now(), platform: 'x', reply: false, kind: 'take', families: ['self-promotion'], signals: [], phrases: ['use my code'],
  scores: { give: 0, take: 2, missing: 0, repeat: 0 }, nudge: { hinted: true, firstFamilies: ['self-promotion'], submitFamilies: ['self-promotion'] },
});

describe('background', () => {
  // The fake browser has no commands API; the listener the background registers for the hint shortcut is kept here.
  const onCommand = vi.fn();
  beforeAll(() => {
    vi.spyOn(browser.commands.onCommand, 'addListener').mockImplementation(onCommand);
    background.main();
  });

  it('listens for the browser command that opens the hint', () => {
    expect(onCommand).toHaveBeenCalledTimes(1);
  });

  it('records through the protocol, idempotently, and returns fingerprints', async () => {
    expect(await sendMessage('recordPost', post('m1', 'Use my code SAVE20 and follow me for more deals today'))).toEqual({ recorded: true });
    expect(await sendMessage('recordPost', post('m1', 'Use my code SAVE20 and follow me for more deals today'))).toEqual({ recorded: false });
    const history = await sendMessage('getHistory', undefined);
    expect(history.fingerprints.map((f) => f.id)).toContain('m1');
    expect(history.fingerprints.find((f) => f.id === 'm1')?.preview).toContain('SAVE20');
    expect(history.recentKinds[0]).toBe('take');
  });

  it('says plainly when storage refuses a write, loses nothing, and clears the message once saving works', async () => {
    const db = openDb();
    const before = await db.posts.count();
    vi.spyOn(db.posts, 'add').mockRejectedValueOnce(new DOMException('Quota exceeded', 'QuotaExceededError'));
    await expect(sendMessage('recordPost', post('full', 'A tip about kiln logs that could not be saved'))).rejects.toThrow();
    expect(await db.posts.count()).toBe(before);
    expect(await db.bodies.get('full')).toBeUndefined();
    expect(await saveErrorItem.getValue()).toMatchObject({ message: 'the browser has no storage space left for extensions' });
    expect(await sendMessage('recordPost', post('full', 'A tip about kiln logs that could not be saved'))).toEqual({ recorded: true });
    expect(await db.posts.count()).toBe(before + 1);
    expect(await saveErrorItem.getValue()).toBeNull();
  });

  it('stores hint feedback and hands it back as ignored keys', async () => {
    const { key } = await sendMessage('giveFeedback', { rule: 'call-to-action', words: 'DM  me', verdict: 'not-promotional' });
    expect(key).toBe('call-to-action:dm me');
    expect((await sendMessage('getHistory', undefined)).ignored).toContain('call-to-action:dm me');
  });

  it('keeps a site-health sighting with the version, clears it on a claim, and ignores sightings on a site switched off', async () => {
    vi.spyOn(browser.runtime, 'getManifest').mockReturnValue({ manifest_version: 3, name: 'Give First', version: '9.8.7' });
    const sighting: UnclaimedReport = { kind: 'textarea', role: '', width: 500, height: 90, library: '', submit: 'button', host: 'x.com', selectors: ['[data-testid^="tweetTextarea_"]'] };
    await sendMessage('noteSiteHealth', { site: 'x', unclaimed: sighting });
    expect((await siteHealthItem.getValue()).x?.unclaimed).toMatchObject({ ...sighting, version: '9.8.7', browser: navigator.userAgent });
    await sendMessage('noteSiteHealth', { site: 'x', claimed: true });
    expect((await siteHealthItem.getValue()).x).toEqual({ working: expect.any(Number) });
    await settingsItem.setValue({ ...DEFAULT_SETTINGS, sites: { ...DEFAULT_SETTINGS.sites, reddit: false } });
    await sendMessage('noteSiteHealth', { site: 'reddit', unclaimed: { ...sighting, host: 'www.reddit.com' } });
    expect((await siteHealthItem.getValue()).reddit).toBeUndefined();
    await settingsItem.setValue(DEFAULT_SETTINGS);
  });
});
