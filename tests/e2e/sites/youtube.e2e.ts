// YouTube: what only youtube.com does, beyond the shared site contract (tests/e2e/contract, row youtube-comment): a
// watch page that enforces Trusted Types (YouTube's CSP header), no send shortcut, the box cancelled and
// opened again, reply boxes.
import { describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { badge, expectBeside, expectRecorded, modelText, PROMO, sitePosted, storedPosts, typeInto, useBrowser, waitForBadge } from '../helpers';
import { YOUTUBE } from '../contract/sites';

const WATCH = 'https://www.youtube.com/watch?v=gf-fixture';
/** The page where the test itself breaks the policy once, to prove it is enforced. */
const PROBE = 'https://www.youtube.com/watch?v=gf-probe';
const PROBE_ERROR = `${PROBE}: console: This document requires 'TrustedHTML' assignment. The action has been blocked.`;
const { placeholder: PLACEHOLDER, comment: COMMENT } = YOUTUBE;
const REPLY_1 = '[data-fixture-id="reply-1"]';
const submitOf = (page: Page, editor: string) => page.locator('ytd-commentbox', { has: page.locator(editor) }).locator('#submit-button button');

async function openCommentBox(page: Page): Promise<Locator> {
  await page.locator(PLACEHOLDER).click();
  const editor = page.locator(COMMENT);
  await editor.waitFor();
  return editor;
}

describe('YouTube (www.youtube.com, contenteditable under Trusted Types)', () => {
  // The probe's own blocked assignment is the one error Chromium logs; nothing from the extension joins it (no
  // Trusted Types violation).
  const env = useBrowser({ expectedErrors: [PROBE_ERROR] });

  it('serves the page under an enforced Trusted Types policy, and the hint still renders', async () => {
    const page = await env.harness.context.newPage();
    const response = await page.goto(PROBE);
    expect(response?.headers()['content-security-policy']).toBe("require-trusted-types-for 'script'");
    // The policy is live: a plain string into innerHTML throws in this page.
    const blocked = await page.evaluate(() => {
      try {
        document.createElement('div').innerHTML = '<b>x</b>';
        return false;
      } catch (e) {
        return e instanceof TypeError;
      }
    });
    expect(blocked).toBe(true);
    const editor = await openCommentBox(page);
    await typeInto(editor, PROMO);
    await waitForBadge(page, { kind: 'take', has: 'self-promotion' });
    await badge(page).click();
    const findings = page.locator('give-first-hint [data-testid="gf-finding"]');
    await expect.poll(() => findings.count()).toBeGreaterThan(0);
    await page.close();
  });

  it('has no send shortcut: Ctrl+Enter neither sends nor records', async () => {
    const page = await env.harness.open(WATCH);
    const text = 'Use my code SAVE20 today and DM me for the rest of the deal. Link in bio!';
    const editor = await openCommentBox(page);
    await typeInto(editor, text);
    await waitForBadge(page, { kind: 'take' });
    await editor.press('ControlOrMeta+Enter');
    expect(await sitePosted(page)).toEqual([]);
    expect(await modelText(page, 'comment')).toBe(text);
    // A real comment afterwards proves the recorder is alive, so the count below is a settled one.
    const probe = `Probe after Ctrl+Enter ${Date.now()}: one tip, keep your commits small.`;
    await typeInto(editor, probe);
    await submitOf(page, COMMENT).click();
    await expectRecorded(env.ext, probe);
    expect((await storedPosts(env.ext)).filter((p) => p.text === text)).toEqual([]);
    await page.close();
  });

  it('keeps working when the box is cancelled and opened again', async () => {
    const page = await env.harness.open(WATCH);
    await typeInto(await openCommentBox(page), PROMO);
    await waitForBadge(page, { kind: 'take' });
    await page.locator('ytd-commentbox #cancel-button button').click();
    await expect.poll(() => page.locator('give-first-hint').count()).toBe(0);
    const text = `Opened again ${Date.now()}: a tip from @jane, cache your dependencies per architecture.`;
    await typeInto(await openCommentBox(page), text);
    await waitForBadge(page, { kind: 'give' });
    await submitOf(page, COMMENT).click();
    const [post] = await expectRecorded(env.ext, text);
    expect(post).toMatchObject({ platform: 'youtube', reply: true });
    await expect.poll(() => page.locator('give-first-hint').count()).toBe(0); // sent: the box unmounted
    await page.close();
  });

  it('gives the comment box and a reply box separate hints and sends only the reply', async () => {
    const page = await env.harness.open(WATCH);
    const promo = `${PROMO} ${Date.now()}`;
    await typeInto(await openCommentBox(page), promo);
    await page.locator('[data-fixture-reply="1"]').click();
    const reply = page.locator(REPLY_1);
    await typeInto(reply, 'Great question: write the test first for every bug you fix, it stops the same bug twice.');
    await waitForBadge(page, { kind: 'take' }, 0);
    await waitForBadge(page, { kind: 'give' }, 1);
    await expectBeside(page, 1, reply, submitOf(page, REPLY_1));
    await submitOf(page, REPLY_1).click();
    await expect.poll(async () => (await sitePosted(page)).map((p) => p.via)).toEqual(['reply:reply-1']);
    const [post] = await expectRecorded(env.ext, 'Great question: write the test first for every bug you fix, it stops the same bug twice.');
    expect(post).toMatchObject({ platform: 'youtube', reply: true });
    expect((await storedPosts(env.ext)).filter((p) => p.text === promo)).toEqual([]);
    await page.close();
  });
});
