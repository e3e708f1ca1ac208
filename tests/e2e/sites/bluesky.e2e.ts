// Bluesky: what only bsky.app does, beyond the shared site contract (tests/e2e/contract, rows bluesky-post and
// bluesky-reply): Publish disabled for a thread with an empty post, the modal closed and opened again, thread drafts.
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { expectRecorded, modelText, PROMO, sitePosted, storedPosts, typeInto, useBrowser, VALUE_2, VALUE_3, waitForBadge } from '../helpers';
import { BLUESKY } from '../contract/sites';

const { editor: EDITOR, publish: PUBLISH } = BLUESKY;

/** The composer opened from the "New post" button, with its first editor. */
async function openComposer(page: Page) {
  await page.locator('[data-testid="composeFAB"]').click();
  const editor = page.locator(EDITOR).first();
  await editor.waitFor();
  return editor;
}

describe('Bluesky (bsky.app, TipTap)', () => {
  const env = useBrowser();

  it('records nothing for a thread that cannot be published (an empty second post keeps Publish disabled)', async () => {
    const page = await env.harness.open('https://bsky.app/');
    const editor = await openComposer(page);
    const before = (await storedPosts(env.ext)).length;
    // A thread with an empty second post cannot be published: the first post's text alone must not count.
    const blocked = 'A tip that never went out: an empty post in the thread keeps Publish disabled.';
    await typeInto(editor, blocked);
    await page.locator('[data-testid="composerAddPostButton"]').click();
    await expect.poll(() => page.locator(EDITOR).count()).toBe(2);
    expect(await page.locator(PUBLISH).getAttribute('aria-disabled')).toBe('true');
    await editor.press('ControlOrMeta+Enter');
    // force: Playwright would otherwise wait for the aria-disabled button to become enabled.
    await page.locator(PUBLISH).click({ force: true });
    await page.locator('[data-testid="composerDiscardButton"]').click();
    // A real post afterwards proves the recorder is alive, so the count below is a settled one.
    const probe = `Probe after a blocked thread ${Date.now()}: one tip, keep your commits small.`;
    await typeInto(await openComposer(page), probe);
    await page.locator(PUBLISH).click();
    await expectRecorded(env.ext, probe);
    expect((await storedPosts(env.ext)).length).toBe(before + 1);
    expect(await sitePosted(page)).toEqual([{ text: probe, via: 'composerPublishBtn' }]);
    await page.close();
  });

  it('labels the reply composer\'s button "Publish reply" (the adapter reads replies from it)', async () => {
    const page = await env.harness.open('https://bsky.app/');
    await page.locator('[data-testid="replyBtn"]').click();
    expect(await page.locator(PUBLISH).getAttribute('aria-label')).toBe('Publish reply');
    await page.close();
  });

  it('keeps working on a composer that was closed and opened again', async () => {
    const page = await env.harness.open('https://bsky.app/');
    await typeInto(await openComposer(page), PROMO);
    await waitForBadge(page, { kind: 'take' });
    await page.locator('[data-testid="composerDiscardButton"]').click();
    await expect.poll(() => page.locator('give-first-hint').count()).toBe(0);
    const editor = await openComposer(page);
    await typeInto(editor, VALUE_2);
    await waitForBadge(page, { kind: 'give' });
    expect(await page.locator('give-first-hint').count()).toBe(1);
    await page.close();
  });

  it('gives each post of a thread draft its own hint and records every post once', async () => {
    const page = await env.harness.open('https://bsky.app/?compose=1');
    const first = page.locator(EDITOR).first();
    await typeInto(first, PROMO);
    await page.locator('[data-testid="composerAddPostButton"]').click();
    const second = page.locator(EDITOR).nth(1);
    const secondText = VALUE_3;
    await typeInto(second, secondText);
    await waitForBadge(page, { kind: 'take', has: 'self-promotion' }, 0);
    await waitForBadge(page, { kind: 'give' }, 1);
    expect(await page.locator('give-first-hint').count()).toBe(2);
    expect(await modelText(page, 'post-0')).toBe(PROMO);
    expect(await modelText(page, 'post-1')).toBe(secondText);
    expect(await page.locator(PUBLISH).getAttribute('aria-label')).toBe('Publish posts');
    await page.locator(PUBLISH).click();
    await expect.poll(async () => (await sitePosted(page)).length).toBe(2);
    const [one] = await expectRecorded(env.ext, PROMO);
    const [two] = await expectRecorded(env.ext, secondText);
    expect(one).toMatchObject({ platform: 'bluesky', reply: false, kind: 'take' });
    expect(two).toMatchObject({ platform: 'bluesky', reply: false, kind: 'give' });
    await page.close();
  });

  it('records every post of a thread sent with Ctrl/Cmd+Enter, not only the focused one', async () => {
    const page = await env.harness.open('https://bsky.app/?compose=1');
    const firstText = `Thread by shortcut, part one: ${VALUE_2}`;
    const secondText = `Thread by shortcut, part two: ${VALUE_3}`;
    await typeInto(page.locator(EDITOR).first(), firstText);
    await page.locator('[data-testid="composerAddPostButton"]').click();
    const second = page.locator(EDITOR).nth(1);
    await typeInto(second, secondText);
    await second.press('ControlOrMeta+Enter');
    await expect.poll(async () => (await sitePosted(page)).length).toBe(2);
    await expectRecorded(env.ext, firstText);
    await expectRecorded(env.ext, secondText);
    await page.close();
  });
});
