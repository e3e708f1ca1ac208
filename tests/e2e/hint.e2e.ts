// The hint card's actions and the opt-in pause before posting, on the X fixture (shared machinery, any site).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launch, type Harness } from './harness';
import { badge, expectRecorded, modelText, sitePosted, storedPosts, typeInto, waitForBadge } from './helpers';

const EDITOR = '[data-testid="tweetTextarea_0"]';
const hint = (page: Page) => page.locator('give-first-hint').first();

describe('hint card actions and pause before posting', () => {
  let harness: Harness;
  let ext: Page;

  beforeAll(async () => {
    harness = await launch();
    ext = await harness.extensionPage('options.html');
  });
  afterAll(async () => {
    await harness?.close();
  });

  it('opens by keyboard, closes with Escape and gives focus back to the editor', async () => {
    const page = await harness.open('https://x.com/home');
    await typeInto(page.locator(EDITOR), 'Link in bio for the full guide');
    await waitForBadge(page, { has: 'self-promotion' });
    await badge(page).focus();
    await page.keyboard.press('Enter');
    await hint(page).locator('[data-testid="gf-finding"]').first().waitFor();
    await page.keyboard.press('Escape');
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('tweetTextarea_0');
    expect(await hint(page).locator('.card').isHidden()).toBe(true);
    expect(await modelText(page)).toBe('Link in bio for the full guide');
    await page.close();
  });

  it('remembers "not promotional" for those words, across pages', async () => {
    const text = 'Free community meetup on Thursday for anyone learning Rust. DM me for the address.';
    const page = await harness.open('https://x.com/home');
    await typeInto(page.locator(EDITOR), text);
    await waitForBadge(page, { has: 'self-promotion' });
    await badge(page).click();
    await hint(page).locator('[data-testid="gf-finding"][data-family="self-promotion"] [data-testid="gf-feedback"]').first().click();
    await waitForBadge(page, { families: '' });
    await page.close();
    const again = await harness.open('https://x.com/home');
    await typeInto(again.locator(EDITOR), text);
    await waitForBadge(again, { families: '' });
    await again.close();
  });

  it('mutes a rule from the card', async () => {
    const page = await harness.open('https://x.com/home');
    await typeInto(page.locator(EDITOR), 'https://example.com/some-article');
    await waitForBadge(page, { has: 'missing-value' });
    await badge(page).click();
    const finding = hint(page).locator('[data-testid="gf-finding"]').first();
    const rule = await finding.getAttribute('data-rule');
    await finding.locator('[data-testid="gf-mute"]').click();
    await expect.poll(() => hint(page).locator(`[data-testid="gf-finding"][data-rule="${rule}"]`).count()).toBe(0);
    const muted = await ext.evaluate(async () => ((await chrome.storage.sync.get('settings')).settings as { muted?: string[] } | undefined)?.muted);
    expect(muted).toContain(rule);
    await page.close();
  });

  it('pauses a send that breaks the goal: Post anyway sends it unchanged, once', async () => {
    await ext.reload();
    await ext.locator('[data-testid="gf-pause"]').check();
    const page = await harness.open('https://x.com/home');
    const text = 'Flash sale! Use my code FLASH30 and follow me for more deals. Link in bio';
    await typeInto(page.locator(EDITOR), text);
    await waitForBadge(page, { kind: 'take' });
    await page.locator('[data-testid="tweetButtonInline"]').click();
    const card = hint(page).locator('[data-testid="gf-pause-card"]');
    await card.waitFor();
    expect(await sitePosted(page)).toEqual([]);
    await card.locator('[data-testid="gf-post-anyway"]').click();
    await expect.poll(() => sitePosted(page)).toEqual([{ text, via: 'tweetButtonInline' }]);
    await expectRecorded(ext, text);
    await page.close();
  });

  it('pauses a shortcut send too; Edit keeps the text and sends nothing', async () => {
    const page = await harness.open('https://x.com/home');
    const editor = page.locator(EDITOR);
    const text = 'Pre-order now and use my code EARLY at checkout, link in bio';
    await typeInto(editor, text);
    await waitForBadge(page, { kind: 'take' });
    const before = (await storedPosts(ext)).length;
    await editor.press('ControlOrMeta+Enter');
    const card = hint(page).locator('[data-testid="gf-pause-card"]');
    await card.waitFor();
    await card.locator('[data-testid="gf-edit"]').click();
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('tweetTextarea_0');
    expect(await modelText(page)).toBe(text);
    expect(await sitePosted(page)).toEqual([]);
    // The pause asks once per text: sending the same text again goes through.
    await editor.press('ControlOrMeta+Enter');
    await expect.poll(() => sitePosted(page)).toEqual([{ text, via: 'tweetButtonInline' }]);
    await expectRecorded(ext, text);
    expect((await storedPosts(ext)).length).toBe(before + 1);
    await page.close();
  });

  it('pauses itself on a site from the card, and comes back when turned on again', async () => {
    const page = await harness.open('https://x.com/home');
    await typeInto(page.locator(EDITOR), 'Link in bio');
    await waitForBadge(page, { has: 'self-promotion' });
    await badge(page).click();
    await hint(page).locator('[data-testid="gf-pause-site"]').click();
    await expect.poll(() => page.locator('give-first-hint').count()).toBe(0);
    expect(await modelText(page)).toBe('Link in bio');
    // For today, with Undo: Undo brings the hint straight back.
    const toast = page.locator('give-first-toast [data-testid="gf-toast"]');
    await toast.locator('[data-testid="gf-undo"]').click();
    await waitForBadge(page, { has: 'self-promotion' });
    // "Until I turn it back on" switches the site off in settings.
    await badge(page).click();
    await hint(page).locator('[data-testid="gf-pause-site"]').click();
    await toast.locator('[data-testid="gf-pause-lasting"]').click();
    await expect.poll(() => page.locator('give-first-hint').count()).toBe(0);
    await expect
      .poll(() => ext.evaluate(async () => ((await chrome.storage.sync.get('settings')).settings as { sites: Record<string, boolean> }).sites.x))
      .toBe(false);
    await ext.reload();
    await ext.locator('[data-testid="gf-site-x"]').check();
    await waitForBadge(page, { has: 'self-promotion' });
    await page.close();
  });

  it('made no request of its own and logged no error', () => {
    expect(harness.foreignRequests).toEqual([]);
    expect(harness.pageErrors).toEqual([]);
  });
});
