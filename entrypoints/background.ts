import { onMessage } from '../lib/messaging';
import { loadSettings } from '../lib/settings';
import { openDb } from '../lib/storage/db';
import { recentFingerprints, recordPost } from '../lib/storage/posts';

export default defineBackground(() => {
  const db = openDb();
  onMessage('recordPost', async ({ data }) => {
    const settings = await loadSettings();
    return { recorded: await recordPost(db, data, settings.keepFullText) };
  });
  onMessage('getFingerprints', () => recentFingerprints(db));
});
