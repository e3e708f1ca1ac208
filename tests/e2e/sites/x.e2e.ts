// X: what only x.com does, beyond the shared site contract (tests/e2e/contract, rows x-home and x-reply): the
// disabled button of an empty composer, repeats of recorded posts, and the popup following a post live.
import { describe, expect, it } from 'vitest';
import { expectRecorded, storedPosts, typeInto, useBrowser, VALUE, waitForBadge } from '../helpers';

const EDITOR = '[data-testid="tweetTextarea_0"]';
const POST = '[data-testid="tweetButtonInline"]';

describe('X (x.com, Draft.js)', () => {
  const env = useBrowser();

  it('ignores a click on the disabled button of an empty composer', async () => {
    const page = await env.harness.open('https://x.com/home');
    const before = (await storedPosts(env.ext)).length;
    // force: Playwright would otherwise wait for the aria-disabled button to become enabled.
    await page.locator(POST).click({ force: true });
    // A real post afterwards proves the recorder is alive, so the count below is a settled one.
    const probe = `Probe after an empty click ${Date.now()}: one tip, keep your commits small.`;
    await typeInto(page.locator(EDITOR), probe);
    await page.locator(POST).click();
    await expectRecorded(env.ext, probe);
    expect((await storedPosts(env.ext)).length).toBe(before + 1);
    await page.close();
  });

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
