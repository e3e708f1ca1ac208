// The background: owns the history database, answers the typed message protocol, keeps Mastodon registrations and
// retention in step with settings, attaches to tabs already open at install, and puts up the weekly review's dot.
import { attachComposerUi, attachToOpenTabs } from './attach-open-tabs';
import { syncInstanceScripts } from './mastodon-instances';
import { checkWeeklyDot, startWeeklyDot } from './weekly-dot';
import { onMessage, sendMessage } from '../model/messaging';
import { HINT_COMMAND } from '../model/shortcut';
import { describeSaveError, saveErrorItem } from '../storage/save-error';
import { loadSettings, settingsItem, siteActive, withDefaults, type Settings } from '../model/settings';
import { siteHealthItem, withNote } from '../model/site-health';
import { DAY_MS } from '../model/time';
import { openDb } from '../storage/db';
import { ignoredKeys, saveFeedback } from '../storage/feedback';
import { deleteBefore, recentFingerprints, recentKinds, recordPost } from '../storage/posts';

export function startBackground(): void {
  const db = openDb();

  const upkeep = async (settings: Settings) => {
    if (settings.retentionDays > 0) await deleteBefore(db, Date.now() - settings.retentionDays * DAY_MS);
    if (browser.scripting) await syncInstanceScripts(settings.mastodonInstances);
  };
  void loadSettings().then(upkeep).catch(() => undefined);
  settingsItem.watch((value) => void upkeep(withDefaults(value)).catch(() => undefined));

  browser.runtime.onInstalled.addListener(() => void attachToOpenTabs().catch(() => undefined));
  startWeeklyDot(db);

  onMessage('recordPost', async ({ data }) => {
    const settings = await loadSettings();
    try {
      const recorded = await recordPost(db, data, settings.keepFullText);
      if (await saveErrorItem.getValue()) await saveErrorItem.setValue(null);
      if (recorded) void checkWeeklyDot(db).catch(() => undefined);
      return { recorded };
    } catch (error) {
      // The content script retries; the popup tells the person. Nothing already stored is touched.
      await saveErrorItem.setValue({ message: describeSaveError(error), time: Date.now() }).catch(() => undefined);
      throw error;
    }
  });
  onMessage('getHistory', async () => {
    const [fingerprints, ignored, kinds] = await Promise.all([recentFingerprints(db), ignoredKeys(db), recentKinds(db)]);
    return { fingerprints, ignored, recentKinds: kinds };
  });
  onMessage('attachComposerUi', async ({ sender }) => {
    const tabId = sender.tab?.id;
    return tabId === undefined ? false : attachComposerUi(tabId, sender.frameId ?? 0);
  });
  // The browser command (rebindable by the person) opens the hint of the composer being typed in.
  browser.commands?.onCommand.addListener((command, tab) => {
    if (command !== HINT_COMMAND || tab?.id === undefined) return;
    sendMessage('openHint', undefined, tab.id).catch(() => undefined);
  });
  // Local only. A paused or switched-off site is not looked at, so a sighting there is not a fault.
  onMessage('noteSiteHealth', async ({ data }) => {
    if ('unclaimed' in data && !siteActive(await loadSettings(), data.site)) return;
    const about = { version: browser.runtime.getManifest().version, browser: navigator.userAgent };
    await siteHealthItem.setValue(withNote(await siteHealthItem.getValue(), data, Date.now(), about));
  });
  onMessage('giveFeedback', async ({ data }) => ({ key: await saveFeedback(db, data) }));
}
