// An upgrade blocked by another tab that keeps the old schema open: the pages are told, and nothing is lost.
import { describe, expect, it } from 'vitest';
import { DB_NAME, onUpgradeBlocked, openDb } from '../../lib/storage/db';

function openV1(): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    // Dexie stores version n as IndexedDB version n × 10.
    const req = indexedDB.open(DB_NAME, 10);
    req.onupgradeneeded = () => {
      const store = req.result.createObjectStore('posts', { keyPath: 'id' });
      for (const index of ['time', 'platform', 'kind']) store.createIndex(index, index);
      store.put({ id: 'old', time: 1, platform: 'x', kind: 'give', families: [], reply: false });
    };
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });
}

describe('an upgrade blocked by another tab', () => {
  it('reports it, then upgrades without losing the old posts once the other tab lets go', async () => {
    const oldTab = await openV1(); // an old page that ignores "versionchange" and keeps the connection open
    let told = false;
    onUpgradeBlocked(() => (told = true));
    const opening = openDb().open();
    await expect.poll(() => told).toBe(true);
    oldTab.close();
    await opening;
    expect((await openDb().posts.get('old'))?.kind).toBe('give');
    expect(await openDb().daily.count()).toBe(1);
  });
});
