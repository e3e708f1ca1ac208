// The popup and options pages over real recorded posts: counts, chart, goal verdict, export/delete/import, a11y.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { expectRecorded, storedPosts, useBrowser } from './helpers';
import { axeViolations, balance, GIVE, postOnX, TAKE } from './popup-helpers';


describe('popup and options', () => {
  const env = useBrowser();

  it('welcomes a new user with an empty state and no axe violations', async () => {
    const popup = await env.harness.extensionPage('popup.html');
    await popup.locator('[data-testid="gf-empty"]').waitFor();
    expect(await balance(popup)).toEqual({ gives: 0, takes: 0, neutral: 0 });
    expect(await axeViolations(popup)).toEqual([]);
    await popup.close();
  });

  it('shows posts recorded on a fixture page in the counts and the chart', async () => {
    await postOnX(env.harness, GIVE, 'give');
    await postOnX(env.harness, TAKE, 'take');
    await expectRecorded(env.ext, GIVE);
    await expectRecorded(env.ext, TAKE);
    const popup = await env.harness.extensionPage('popup.html');
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
    const popup = await env.harness.extensionPage('popup.html');
    const verdict = popup.locator('[data-testid="gf-verdict"]');
    // 1 take in 2 posts is over the default 1 in 5.
    await expect.poll(() => verdict.textContent()).toMatch(/^Over: 1 of your last 2 posts took/);
    const options = await env.harness.extensionPage('options.html');
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
    const before = await storedPosts(env.ext);
    expect(before.length).toBe(2);
    const options = await env.harness.extensionPage('options.html');
    const [download] = await Promise.all([options.waitForEvent('download'), options.locator('[data-testid="gf-export"]').click()]);
    const file = await download.path();
    const exported = readFileSync(file, 'utf8');
    expect(JSON.parse(exported)).toMatchObject({ format: 'give-first-history', version: 2 });

    await options.locator('[data-testid="gf-delete"]').click();
    await options.getByRole('alertdialog').waitFor();
    await options.locator('[data-testid="gf-delete-confirm"]').click();
    await expect.poll(async () => (await storedPosts(env.ext)).length).toBe(0);

    await options.locator('[data-testid="gf-import"]').setInputFiles({ name: 'back.json', mimeType: 'application/json', buffer: Buffer.from(exported) });
    await expect.poll(() => options.locator('[data-testid="gf-data-status"]').textContent()).toBe('Import done: 2 new posts, 0 updated, 0 already there.');
    const sort = (p: { id: string }[]) => [...p].sort((a, b) => a.id.localeCompare(b.id));
    expect(sort(await storedPosts(env.ext))).toEqual(sort(before));
    await options.close();
  });

  it('refuses a malformed or hostile import with a clear message and changes nothing', async () => {
    const before = await storedPosts(env.ext);
    const options = await env.harness.extensionPage('options.html');
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
    expect(await storedPosts(env.ext)).toEqual(before);
    await options.close();
  });

  it('made no request of its own and logged no error', () => {
    expect(env.harness.foreignRequests).toEqual([]);
    expect(env.harness.pageErrors).toEqual([]);
  });
});
