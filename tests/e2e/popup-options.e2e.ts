// The popup and options pages over real recorded posts: counts, chart, goal verdict, export/delete/import, a11y.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launch, type Harness } from './harness';
import { expectRecorded, storedPosts, typeInto, waitForBadge } from './helpers';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const GIVE = 'Tip that took me years: write the failing test before the fix. Thanks to @kent for teaching me this.';
const TAKE = 'Big launch today! Use my code LAUNCH20 and follow me for more. Link in bio';

async function post(harness: Harness, text: string, kind: string) {
  const page = await harness.open('https://x.com/home');
  const editor = page.locator('[data-testid="tweetTextarea_0"]');
  await typeInto(editor, text);
  await waitForBadge(page, { kind });
  await page.locator('[data-testid="tweetButtonInline"]').click();
  await page.close();
}

async function balance(popup: Page) {
  const b = popup.locator('[data-testid="gf-balance"]');
  await b.waitFor();
  return {
    gives: Number(await b.getAttribute('data-gives')),
    takes: Number(await b.getAttribute('data-takes')),
    neutral: Number(await b.getAttribute('data-neutral')),
  };
}

async function axeViolations(page: Page): Promise<string[]> {
  await page.evaluate(axeSource);
  const result = await page.evaluate(async () => {
    type Result = { violations: { id: string; nodes: unknown[] }[]; passes: unknown[] };
    const axe = (window as unknown as { axe: { run(): Promise<Result> } }).axe;
    const r = await axe.run();
    return { violations: r.violations.map((v) => `${v.id} (${v.nodes.length})`), passes: r.passes.length };
  });
  // axe really looked at the page (color contrast, labels, landmarks...).
  expect(result.passes).toBeGreaterThan(5);
  return result.violations;
}

describe('popup and options', () => {
  let harness: Harness;
  let ext: Page;

  beforeAll(async () => {
    harness = await launch();
    ext = await harness.extensionPage('popup.html');
  });
  afterAll(async () => {
    await harness?.close();
  });

  it('welcomes a new user with an empty state and no axe violations', async () => {
    const popup = await harness.extensionPage('popup.html');
    await popup.locator('[data-testid="gf-empty"]').waitFor();
    expect(await balance(popup)).toEqual({ gives: 0, takes: 0, neutral: 0 });
    expect(await axeViolations(popup)).toEqual([]);
    await popup.close();
  });

  it('shows posts recorded on a fixture page in the counts and the chart', async () => {
    await post(harness, GIVE, 'give');
    await post(harness, TAKE, 'take');
    await expectRecorded(ext, GIVE);
    await expectRecorded(ext, TAKE);
    const popup = await harness.extensionPage('popup.html');
    await expect.poll(() => balance(popup)).toEqual({ gives: 1, takes: 1, neutral: 0 });
    const today = popup.locator('[data-testid="gf-chart"] g').last();
    expect(await today.getAttribute('data-gives')).toBe('1');
    expect(await today.getAttribute('data-takes')).toBe('1');
    expect(await popup.locator('[data-testid="gf-platforms"] li[data-platform="x"]').count()).toBe(1);
    await popup.locator('[data-testid="gf-period-all"]').click();
    expect(await balance(popup)).toEqual({ gives: 1, takes: 1, neutral: 0 });
    expect(await axeViolations(popup)).toEqual([]);
    await popup.emulateMedia({ colorScheme: 'dark' });
    expect(await axeViolations(popup)).toEqual([]);
    await popup.close();
  });

  it('changes the popup verdict when the goal changes in options', async () => {
    const popup = await harness.extensionPage('popup.html');
    const verdict = popup.locator('[data-testid="gf-verdict"]');
    // 1 take in 2 posts is over the default 1 in 5.
    await expect.poll(() => verdict.textContent()).toMatch(/^Over: 1 of your last 2 posts took/);
    const options = await harness.extensionPage('options.html');
    // The share field shows once "Custom" is chosen.
    await options.locator('[data-testid="gf-goal-custom"]').check();
    await options.locator('[data-testid="gf-goal-share"]').fill('50');
    await expect.poll(() => verdict.textContent()).toMatch(/^On track: 1 promotional post in 2/);
    // Weekly goals appear once set: the GIVE post thanks someone for something specific.
    expect(await popup.locator('[data-testid="gf-week"]').count()).toBe(0);
    await options.locator('[data-testid="gf-goal-gives"]').fill('2');
    await options.locator('[data-testid="gf-goal-thanks"]').fill('1');
    await expect.poll(() => popup.locator('[data-testid="gf-week-gives"]').textContent()).toBe('Giving posts: 1 (target: at least 2)');
    await expect.poll(() => popup.locator('[data-testid="gf-week-thanks"]').textContent()).toBe('Thank-you posts: 1 (target: at least 1) ✓ goal met');
    expect(await axeViolations(options)).toEqual([]);
    await options.emulateMedia({ colorScheme: 'dark' });
    expect(await axeViolations(options)).toEqual([]);
    await options.close();
    await popup.close();
  });

  it('exports, deletes everything after a confirmation, and imports back identical data', async () => {
    const before = await storedPosts(ext);
    expect(before.length).toBe(2);
    const options = await harness.extensionPage('options.html');
    const [download] = await Promise.all([options.waitForEvent('download'), options.locator('[data-testid="gf-export"]').click()]);
    const file = await download.path();
    const exported = readFileSync(file, 'utf8');
    expect(JSON.parse(exported)).toMatchObject({ format: 'give-first-history', version: 2 });

    await options.locator('[data-testid="gf-delete"]').click();
    await options.getByRole('alertdialog').waitFor();
    await options.locator('[data-testid="gf-delete-confirm"]').click();
    await expect.poll(async () => (await storedPosts(ext)).length).toBe(0);

    await options.locator('[data-testid="gf-import"]').setInputFiles({ name: 'back.json', mimeType: 'application/json', buffer: Buffer.from(exported) });
    await expect.poll(() => options.locator('[data-testid="gf-data-status"]').textContent()).toBe('Import done: 2 new posts, 0 updated, 0 already there.');
    const sort = (p: { id: string }[]) => [...p].sort((a, b) => a.id.localeCompare(b.id));
    expect(sort(await storedPosts(ext))).toEqual(sort(before));
    await options.close();
  });

  it('refuses a malformed or hostile import with a clear message and changes nothing', async () => {
    const before = await storedPosts(ext);
    const options = await harness.extensionPage('options.html');
    const status = options.locator('[data-testid="gf-data-status"]');
    const tryImport = async (body: string) =>
      options.locator('[data-testid="gf-import"]').setInputFiles({ name: 'bad.json', mimeType: 'application/json', buffer: Buffer.from(body) });

    await tryImport('{"format":"give-first-history","version":1,"posts":[\n{"id":"x"\n');
    await expect.poll(() => status.textContent()).toMatch(/^Nothing was imported: The file is damaged: it is not valid JSON/);
    await tryImport('{"format":"give-first-history","version":1,"posts":[\n{"id":"x","time":"soon"}\n]}');
    await expect.poll(() => status.textContent()).toMatch(/^Nothing was imported: Line 2, posts\[0\]\.time/);
    await tryImport('<img src=x onerror=alert(1)>');
    await expect.poll(() => status.textContent()).toMatch(/not a Give First export/);
    expect(await options.locator('img').count()).toBe(0);
    expect(await storedPosts(ext)).toEqual(before);
    await options.close();
  });

  it('made no request of its own and logged no error', () => {
    expect(harness.foreignRequests).toEqual([]);
    expect(harness.pageErrors).toEqual([]);
  });
});
