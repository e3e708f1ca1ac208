// Recent posts and corrections, and the chart per period, over posts recorded on a fixture page.
import { describe, expect, it } from 'vitest';
import { expectRecorded, storedPosts, typeInto, useBrowser, waitForBadge } from './helpers';
import { X } from './contract/sites';
import { axeViolations, balance, GIVE, postOnX, TAKE } from './popup-helpers';


describe('recent posts and corrections', () => {
  const env = useBrowser();

  it('lists recent posts with site, time, verdict and the flagged words', async () => {
    await postOnX(env.harness, GIVE, 'give');
    await postOnX(env.harness, TAKE, 'take');
    await expectRecorded(env.ext, GIVE);
    await expectRecorded(env.ext, TAKE);
    const popup = await env.harness.extensionPage('popup.html');
    const items = popup.locator('[data-testid="gf-recent-post"]');
    await expect.poll(() => items.count()).toBe(2);
    const take = items.first(); // newest first
    expect(await take.getAttribute('data-kind')).toBe('take');
    expect(await take.locator('.recent-head').textContent()).toMatch(/Took.*X.*(now|minute)/);
    expect(await take.locator('[data-testid="gf-recent-flagged"]').textContent()).toMatch(/link in bio|use my code|follow me/i);
    expect(await items.nth(1).getAttribute('data-kind')).toBe('give');
    await popup.close();
  });

  it('"this gave" moves the post at once, is stored with it, and stops the same hint for the same words', async () => {
    const popup = await env.harness.extensionPage('popup.html');
    await expect.poll(() => balance(popup)).toEqual({ gives: 1, takes: 1, neutral: 0 });
    const take = popup.locator('[data-testid="gf-recent-post"][data-kind="take"]');
    await take.locator('summary').click();
    await take.locator('[data-testid="gf-correct-gave"]').click();
    await expect.poll(() => balance(popup)).toEqual({ gives: 2, takes: 0, neutral: 0 });
    const corrected = popup.locator('[data-testid="gf-recent-post"][data-corrected="gave"]');
    await expect.poll(() => corrected.count()).toBe(1);
    expect(await corrected.locator('[data-testid="gf-recent-corrected"]').textContent()).toMatch(/Give First said: Took/);
    expect(await popup.locator('[data-testid="gf-verdict"]').textContent()).toMatch(/^On track: 0 promotional posts in 2/);
    const stored = (await storedPosts(env.ext)).find((p) => p.text === TAKE) as { kind: string; correction?: { verdict: string; checkedKind: string } };
    expect(stored).toMatchObject({ kind: 'give', correction: { verdict: 'gave', checkedKind: 'take' } });
    // The per-words feedback reaches the checker: the same post no longer reads as taking.
    const page = await env.harness.open('https://x.com/home');
    await typeInto(page.locator(X.editor), TAKE);
    await waitForBadge(page, { kind: 'neutral' });
    await page.close();
    expect(await axeViolations(popup)).toEqual([]);
    await popup.close();
  });

  it('titles and draws the chart for the selected period', async () => {
    const popup = await env.harness.extensionPage('popup.html');
    const title = popup.locator('[data-testid="gf-chart-title"]');
    const chart = popup.locator('[data-testid="gf-chart"]');
    await expect.poll(() => title.textContent()).toBe('Last 7 days');
    expect(await chart.getAttribute('data-bars')).toBe('7');
    await popup.locator('[data-testid="gf-period-30"]').click();
    await expect.poll(() => title.textContent()).toBe('Last 30 days');
    expect(await chart.getAttribute('data-bars')).toBe('30');
    expect(await chart.getAttribute('aria-label')).toMatch(/^Last 30 days: gave 2, took 0, neutral 0/);
    await popup.locator('[data-testid="gf-period-all"]').click();
    await expect.poll(() => title.textContent()).toBe('All time');
    const today = chart.locator('g').last();
    expect(await today.getAttribute('data-gives')).toBe('2');
    expect(await popup.locator('[data-testid="gf-goal-mark"]').count()).toBe(1);
    expect(await popup.locator('[data-testid="gf-legend"]').textContent()).toMatch(/Gave.*Neutral.*Took.*Goal/);
    // The table alternative carries the same numbers.
    await popup.locator('.chart-table summary').click();
    const row = popup.locator('[data-testid="gf-chart-table"] tbody tr');
    expect(await row.count()).toBe(1);
    expect(await row.locator('td').allTextContents()).toEqual(['2', '0', '0']);
    expect(await axeViolations(popup)).toEqual([]);
    await popup.emulateMedia({ colorScheme: 'dark' });
    expect(await axeViolations(popup)).toEqual([]);
    await popup.close();
  });

  it('made no request of its own and logged no error', () => {
    expect(env.harness.foreignRequests).toEqual([]);
    expect(env.harness.pageErrors).toEqual([]);
  });
});
