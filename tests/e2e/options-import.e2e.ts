// Import outcomes people meet: a picture, a newer export, the page's own CSV, a re-import, a bad row; and the
// options page itself: presets vs custom, hint families, the separate delete zone, axe in light and dark.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launch, type Harness } from './harness';
import { storedPosts } from './helpers';
import { axeViolations, importThrough, sampleExport } from './popup-helpers';

// The first bytes of a real PNG file: signature, IHDR chunk of a 1×1 image.
const PNG = Buffer.from('89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d4944415478da63f8cfc0f01f0005000201a2b5b8a10000000049454e44ae426082', 'hex');

describe('import that speaks to people', () => {
  let harness: Harness;
  let ext: Page;
  let options: Page;
  const file = sampleExport();

  beforeAll(async () => {
    harness = await launch();
    ext = await harness.extensionPage('popup.html');
    options = await harness.extensionPage('options.html');
  });
  afterAll(async () => {
    await harness?.close();
  });

  it('imports an export and says how many posts were new', async () => {
    expect(await importThrough(options, 'history.json', 'application/json', file)).toBe('Import done: 12 new posts, 0 updated, 0 already there.');
    expect(await options.locator('[data-testid="gf-import-file"]').textContent()).toBe('history.json');
    expect((await storedPosts(ext)).length).toBe(12);
  });

  it('says a re-import found everything already there, and adds nothing', async () => {
    await options.reload();
    expect(await importThrough(options, 'history.json', 'application/json', file)).toBe('Import done: 0 new posts, 0 updated, 12 already there.');
    expect((await storedPosts(ext)).length).toBe(12);
  });

  it('refuses a picture, a newer export, the CSV export and a bad row, each with its reason, changing nothing', async () => {
    const before = await storedPosts(ext);
    expect(await importThrough(options, 'photo.png', 'image/png', PNG)).toBe(
      'Nothing was imported: This is not a Give First export. Choose the .json file that “Export history” saved.',
    );
    const newer = file.replace(/"version":\d+/, '"version":99');
    expect(await importThrough(options, 'newer.json', 'application/json', newer)).toBe(
      'Nothing was imported: This export was made by a newer Give First — update Give First first, then import it.',
    );
    const [download] = await Promise.all([options.waitForEvent('download'), options.locator('[data-testid="gf-export-csv"]').click()]);
    const csv = readFileSync(await download.path(), 'utf8');
    expect(csv.split('\r\n').length).toBeGreaterThan(12);
    expect(await importThrough(options, 'history.csv', 'text/csv', csv)).toMatch(/^Nothing was imported: This is the spreadsheet \(CSV\) export/);
    expect(await importThrough(options, 'random.json', 'application/json', '{"name":"my-app","version":"1.0.0"}')).toMatch(/not a Give First export/);
    const bad = file.replace(/"kind":"give"/, '"kind":"maybe"');
    expect(await importThrough(options, 'bad.json', 'application/json', bad)).toMatch(/^Nothing was imported: Line 1, posts\[\d+\]\.kind: /);
    expect(await options.locator('img').count()).toBe(0);
    expect(await storedPosts(ext)).toEqual(before);
  });

  it('shows presets or the custom field, never both, and keeps delete apart from export', async () => {
    await options.reload();
    expect(await options.locator('[data-testid="gf-goal-80-20"]').isChecked()).toBe(true);
    expect(await options.locator('[data-testid="gf-goal-share"]').count()).toBe(0);
    await options.locator('[data-testid="gf-goal-custom"]').check();
    await options.locator('[data-testid="gf-goal-share"]').fill('25');
    await expect.poll(() => options.locator('[data-testid="gf-goal-80-20"]').isChecked()).toBe(false);
    await options.locator('[data-testid="gf-goal-thirds"]').check();
    await expect.poll(() => options.locator('[data-testid="gf-goal-share"]').count()).toBe(0);
    // Delete lives in its own section, not beside export.
    const exportSection = options.locator('section', { has: options.locator('[data-testid="gf-export"]') });
    expect(await exportSection.locator('[data-testid="gf-delete"]').count()).toBe(0);
    // Hint toggles are grouped by family, each with a description and an example.
    expect(await options.locator('[data-testid="gf-family-self-promotion"] input[type="checkbox"]').count()).toBeGreaterThan(5);
    expect(await options.locator('[data-testid="gf-family-self-promotion"] .example').first().textContent()).toMatch(/^Example: /);
    const size = await options.evaluate(() => parseFloat(getComputedStyle(document.querySelector('.options')!).fontSize));
    expect(size).toBeGreaterThanOrEqual(14);
    expect(await axeViolations(options)).toEqual([]);
    await options.emulateMedia({ colorScheme: 'dark' });
    expect(await axeViolations(options)).toEqual([]);
  });

  it('made no request of its own and logged no error', () => {
    expect(harness.foreignRequests).toEqual([]);
    expect(harness.pageErrors).toEqual([]);
  });
});
