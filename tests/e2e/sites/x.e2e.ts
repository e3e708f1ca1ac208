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

  it('records whom a reply answers from the answered post, and nothing of the kind for a post', async () => {
    const page = await env.harness.open('https://x.com/compose/post?reply=1');
    const reply = 'Write the failing test before the fix: it tells you when you are done.';
    await typeInto(page.locator(EDITOR), reply);
    await page.locator('[data-testid="tweetButton"]').click();
    const [stored] = await expectRecorded(env.ext, reply);
    expect(stored).toMatchObject({ platform: 'x', reply: true, replyTo: ['@ada_dev'] });
    await page.goto('https://x.com/home');
    const post = `A post, not a reply ${Date.now()}: keep your commits small.`;
    await typeInto(page.locator(EDITOR), post);
    await page.locator(POST).click();
    const [plain] = await expectRecorded(env.ext, post);
    expect(plain!.reply).toBe(false);
    expect(plain!.replyTo).toBeUndefined();
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
