// The extension's own pages in each browser: the popup opens and shows the balance of posts recorded on a fixture
// page, and the options page exports them. (tests/e2e/popup-options.e2e.ts goes deeper in Chromium.)
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXPORT_FORMAT, EXPORT_VERSION } from '../../../lib/storage/export-format';
import { BROWSERS, type BrowserName, type Driver } from '../driver';
import { count, expectRecorded, query, typeInto, waitFor, waitForBadge } from '../driver/steps';
import { GIVE, TAKE } from '../popup-helpers';
import { X } from './sites';

const BALANCE = '[data-testid="gf-balance"]';

export function definePages(browser: BrowserName): void {
  describe(`popup and options in ${browser}`, () => {
    let driver: Driver;
    beforeAll(async () => {
      driver = await BROWSERS[browser]();
    });
    afterAll(async () => {
      await driver?.close();
    });

    it('shows the balance of posts recorded on a site in the popup', async () => {
      const page = await driver.open('https://x.com/home');
      for (const [text, kind] of [[GIVE, 'give'], [TAKE, 'take']] as const) {
        await typeInto(page, X.editor, text);
        await waitForBadge(page, { kind });
        await page.click(X.post);
        await expectRecorded(driver, text);
      }
      await page.close();
      const popup = await driver.extensionPage('popup.html');
      await waitFor(popup, BALANCE);
      const balance = async () => ({
        gives: await query(popup, { op: 'attr', target: BALANCE, nth: 0, name: 'data-gives' }),
        takes: await query(popup, { op: 'attr', target: BALANCE, nth: 0, name: 'data-takes' }),
      });
      await expect.poll(balance).toEqual({ gives: '1', takes: '1' });
      expect(await count(popup, '[data-testid="gf-platforms"] li[data-platform="x"]')).toBe(1);
      await popup.close();
    });

    it('exports the recorded posts from the options page', async () => {
      const options = await driver.extensionPage('options.html');
      await waitFor(options, '[data-testid="gf-export"]');
      // Keep what the page hands to the download (a Blob behind an object URL) where the test can read it.
      await options.evaluate(() => {
        const exported: Blob[] = [];
        (window as { __gfExported?: Blob[] }).__gfExported = exported;
        const create = URL.createObjectURL.bind(URL);
        URL.createObjectURL = (blob: Blob | MediaSource) => {
          if (blob instanceof Blob) exported.push(blob);
          return create(blob);
        };
      }, null);
      await options.click('[data-testid="gf-export"]');
      const text = async () =>
        options.evaluate(async () => {
          const [blob] = (window as { __gfExported?: Blob[] }).__gfExported ?? [];
          return blob ? blob.text() : null;
        }, null);
      await expect.poll(text).not.toBeNull();
      const file = JSON.parse((await text())!) as { format: string; version: number; posts: { kind: string }[] };
      expect(file).toMatchObject({ format: EXPORT_FORMAT, version: EXPORT_VERSION });
      expect(file.posts.map((p) => p.kind).sort()).toEqual(['give', 'take']);
      await options.close();
    });

    it('made no request of its own and logged no page error', () => {
      expect(driver.foreignRequests).toEqual([]);
      expect(driver.pageErrors).toEqual([]);
    });
  });
}
