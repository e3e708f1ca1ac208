// Keyboard first, on every fixture: the shortcut opens the card from the editor without typing a character, the
// badge is reachable, an action keeps focus in the card, Esc closes (from the badge too) and gives the editor back,
// and nothing is ever posted.
import { describe, expect, it } from 'vitest';
import type { Locator } from 'playwright-core';
import { sitePosted, typeInto, useBrowser } from './helpers';
import { editorHasFocus, focused, HINT_SITES, hintFor } from './hint-helpers';

const POST = 'Our new course is live! Use my code SAVE20 at checkout and follow me for more. Link in bio';
// Playwright's keyboard.press goes straight to the page, never to the browser's accelerators: this is the in-page
// fallback's key (the browser command itself is pressed in hint-command.e2e.ts).
const SHORTCUT = 'Alt+Shift+KeyG';
const CARD_CONTROLS = /^(gf-(feedback|mute|dismiss|show-all|pause-site|close|undo)|summary)$/;

const textOf = (editor: Locator) => editor.evaluate((e) => ('value' in e ? (e as HTMLTextAreaElement).value : (e as HTMLElement).innerText).trim());

describe('keyboard-only use of the hint', () => {
  const env = useBrowser();

  for (const site of HINT_SITES) {
    it(`${site.name}: shortcut, act, Esc, badge, Esc — no character typed, nothing posted`, async () => {
      const page = await env.harness.open(site.url);
      const editor = await site.open(page);
      await typeInto(editor, POST);
      const host = await hintFor(page, editor);
      const card = host.locator('.card');
      const badge = host.locator('[data-testid="gf-badge"]');
      await expect.poll(() => badge.getAttribute('data-kind'), { timeout: 10_000 }).toBe('take');
      const before = await textOf(editor);

      // The shortcut from the editor opens the card, focus on its first control.
      await page.keyboard.press(SHORTCUT);
      await card.waitFor({ state: 'visible' });
      expect(await focused(page)).toMatch(CARD_CONTROLS);
      // Act: Tab to the first "Dismiss" and press Enter; focus stays in the card.
      for (let i = 0; i < 12 && (await focused(page)) !== 'gf-dismiss'; i++) await page.keyboard.press('Tab');
      expect(await focused(page)).toBe('gf-dismiss');
      const rows = await card.locator('[data-testid="gf-finding"]').count();
      await page.keyboard.press('Enter');
      await expect.poll(() => card.locator('[data-testid="gf-finding"]').count()).toBe(rows - 1);
      expect(await focused(page)).toMatch(CARD_CONTROLS);
      // Esc closes and hands the editor back.
      await page.keyboard.press('Escape');
      await expect.poll(() => card.isHidden()).toBe(true);
      await expect.poll(() => editorHasFocus(editor)).toBe(true);

      // Reach the badge: shortcut, then Shift+Tab out of the card lands on it; Esc there closes and returns too.
      await page.keyboard.press(SHORTCUT);
      await card.waitFor({ state: 'visible' });
      await page.keyboard.press('Shift+Tab');
      expect(await focused(page)).toBe('gf-badge');
      await page.keyboard.press('Escape');
      await expect.poll(() => card.isHidden()).toBe(true);
      await expect.poll(() => editorHasFocus(editor)).toBe(true);
      // Enter on the badge toggles the card: closed (focus stays on the badge), open again; Esc closes it.
      await page.keyboard.press(SHORTCUT);
      await page.keyboard.press('Shift+Tab');
      await page.keyboard.press('Enter');
      await expect.poll(() => card.isHidden()).toBe(true);
      expect(await focused(page)).toBe('gf-badge');
      await page.keyboard.press('Enter');
      await expect.poll(() => card.isVisible()).toBe(true);
      await page.keyboard.press('Escape');
      await expect.poll(() => editorHasFocus(editor)).toBe(true);

      expect(await textOf(editor)).toBe(before);
      expect(await sitePosted(page)).toEqual([]);
      await page.close();
    });
  }

  it('made no request of its own and logged no error', () => {
    expect(env.harness.foreignRequests).toEqual([]);
    expect(env.harness.pageErrors).toEqual([]);
  });
});
