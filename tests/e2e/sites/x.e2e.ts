// X: what only x.com does, beyond the shared site contract (tests/e2e/contract, rows x-home and x-reply): repeats
// of recorded posts, and the popup following a post live. (Empty sends: the contract's empty-send case.)
import { describe, expect, it } from 'vitest';
import { expectRecorded, typeInto, useBrowser, VALUE, waitForBadge } from '../helpers';
import { X } from '../contract/sites';

const { editor: EDITOR, post: POST } = X;

describe('X (x.com, Draft.js)', () => {
  const env = useBrowser();

  it('flags a repeat of an earlier recorded post', async () => {
    const page = await env.harness.open('https://x.com/home');
    await typeInto(page.locator(EDITOR), VALUE);
    await page.locator(POST).click();
    await expectRecorded(env.ext, VALUE);
    await typeInto(page.locator(EDITOR), `ICYMI: ${VALUE}`);
    await waitForBadge(page, { has: 'repetition' });
    await page.close();
  });

  it('raises the popup balance live when a post is recorded', async () => {
    const popup = await env.harness.extensionPage('popup.html');
    const balance = popup.locator('[data-testid="gf-balance"]');
    await balance.waitFor();
    const takesBefore = Number(await balance.getAttribute('data-takes'));
    const page = await env.harness.open('https://x.com/home');
    await typeInto(page.locator(EDITOR), 'Pre-order now! Follow me for more and use my code EARLY10. Link in bio');
    await page.locator(POST).click();
    await expect.poll(async () => Number(await balance.getAttribute('data-takes')), { timeout: 10_000 }).toBe(takesBefore + 1);
    await page.close();
    await popup.close();
  });
});
