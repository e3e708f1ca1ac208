import { DAY_MS } from '../lib/balance';
import { syncInstanceScripts } from '../lib/mastodon-instances';
import { onMessage } from '../lib/messaging';
import { loadSettings, settingsItem, withDefaults, type Settings } from '../lib/settings';
import { openDb } from '../lib/storage/db';
import { deleteBefore, recentFingerprints, recordPost } from '../lib/storage/posts';

export default defineBackground(() => {
  const db = openDb();

  const upkeep = async (settings: Settings) => {
    if (settings.retentionDays > 0) await deleteBefore(db, Date.now() - settings.retentionDays * DAY_MS);
    if (browser.scripting) await syncInstanceScripts(settings.mastodonInstances);
  };
  void loadSettings().then(upkeep).catch(() => undefined);
  settingsItem.watch((value) => void upkeep(withDefaults(value)).catch(() => undefined));

  onMessage('recordPost', async ({ data }) => {
    const settings = await loadSettings();
    return { recorded: await recordPost(db, data, settings.keepFullText) };
  });
  onMessage('getFingerprints', () => recentFingerprints(db));
});
