// Site health, end to end in Chromium: LinkedIn's share box on the real TipTap, once with its identifying attributes
// gone (tests/fixtures/linkedin/changed.html) and once as usual, both at www.linkedin.com. Focusing the changed
// composer makes the popup say Give First cannot see it there; the copied note has no post text; the usual composer
// clears the notice; nothing leaves the page.
import { expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { SiteHealth } from '../../lib/model/site-health';
import { useBrowser } from './helpers';
import { axeViolations } from './popup-helpers';

const CHANGED = 'https://www.linkedin.com/__gf_fixture__/linkedin/changed.html?sdui=1&share=1';
const USUAL = 'https://www.linkedin.com/feed/?sdui=1&share=1';
const EDITOR = 'dialog [contenteditable="true"]';
const DRAFT = 'Private draft about our Q3 layoffs, do not share';
const ALERT = '[data-testid="gf-health-alert"][data-site="linkedin"]';

const env = useBrowser();

function siteHealth(ext: Page): Promise<SiteHealth> {
  return ext.evaluate(async () => ((await chrome.storage.local.get('siteHealth')).siteHealth ?? {}) as SiteHealth);
}

it('notices the changed composer on focus, says so in the popup, copies a note without the words, and clears it on the usual composer', async () => {
  const { harness, ext } = env;
  const page = await harness.open(CHANGED);
  const editor = page.locator(EDITOR);
  await editor.waitFor();
  // The page focuses the editor at load, before the content script runs (document_idle): focus it again, as a
  // person clicking into it would, until the note is there.
  await editor.click();
  await editor.pressSequentially(DRAFT);
  await expect
    .poll(async () => {
      await page.locator('dialog h2').click();
      await editor.click();
      return (await siteHealth(ext)).linkedin?.unclaimed ?? null;
    }, { timeout: 15_000 })
    .toMatchObject({ kind: 'contenteditable', role: 'textbox', library: 'prosemirror', host: 'www.linkedin.com', submit: 'button' });
  const note = (await siteHealth(ext)).linkedin!.unclaimed!;
  expect(note.width).toBeGreaterThan(400);
  expect(note.height).toBeGreaterThanOrEqual(120);
  expect(note.selectors.some((s) => s.includes('ShareBox_textEditor'))).toBe(true);
  expect(JSON.stringify(note)).not.toContain('layoffs');
  // No adapter claimed it, so no hint came either.
  expect(await page.locator('give-first-hint').count()).toBe(0);

  const popup = await harness.extensionPage('popup.html');
  const alert = popup.locator(ALERT);
  await alert.waitFor();
  expect(await alert.textContent()).toContain("Give First can't see the composer on LinkedIn right now.");
  expect(await popup.locator('[data-testid="gf-site-status"] li[data-site="linkedin"]').getAttribute('data-status')).toBe('cant-see');
  expect(await popup.locator('[data-testid="gf-site-status"]').evaluate((d) => (d as HTMLDetailsElement).open)).toBe(false);
  expect(await axeViolations(popup)).toEqual([]);
  await popup.emulateMedia({ colorScheme: 'dark' });
  expect(await axeViolations(popup)).toEqual([]);
  await popup.emulateMedia({ colorScheme: 'light' });

  // Keep what the popup hands the real clipboard (reading the clipboard back needs a permission the extension
  // does not ask for); the confirmation shows only once the browser accepted the write.
  await popup.evaluate(() => {
    const write = navigator.clipboard.writeText.bind(navigator.clipboard);
    navigator.clipboard.writeText = (text: string) => {
      (window as { __gfCopied?: string }).__gfCopied = text;
      return write(text);
    };
  });
  await popup.bringToFront();
  await alert.locator('[data-testid="gf-health-copy"]').click();
  await expect.poll(() => alert.locator('[data-testid="gf-health-copied"]').textContent()).toBe('Copied. Paste it into a bug report.');
  const copied = (await popup.evaluate(() => (window as { __gfCopied?: string }).__gfCopied)) ?? '';
  expect(copied).toContain('LinkedIn');
  expect(copied).toContain('www.linkedin.com');
  expect(copied).toContain('[componentkey="ShareBox_textEditor"]');
  expect(copied).toMatch(/contenteditable, role=textbox, \d+×\d+ px, prosemirror/);
  expect(copied).not.toMatch(/layoffs|Private draft/);
  await page.close();

  // The usual composer, at the usual address: the adapter claims it, and the notice goes.
  const usual = await harness.open(USUAL);
  await usual.locator('give-first-hint').first().waitFor({ state: 'attached' });
  await expect.poll(async () => (await siteHealth(ext)).linkedin).toEqual({ working: expect.any(Number) });
  await expect.poll(() => alert.count()).toBe(0);
  expect(await popup.locator('[data-testid="gf-site-status"] li[data-site="linkedin"]').getAttribute('data-status')).toBe('working');
  await usual.close();
  await popup.close();
});
