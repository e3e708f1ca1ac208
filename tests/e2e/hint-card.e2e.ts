// The short card on every fixture, at 1280×720 and 800×600: inside the viewport and the site's dialog (every fixture
// composer in a dialog), clear of the send control, no scrolling for a typical post (in a dialog too short to hold it,
// scrolling is the last resort), closed by a click elsewhere or by typing again; axe finds nothing.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { typeInto, useBrowser } from './helpers';
import { DIALOG_SITES, HINT_SITES, hintFor, MORE_DIALOG_SITES, overlaps, within, type HintSite, type Rect } from './hint-helpers';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
// A typical promotional post: an announcement, a code, a follow ask, a link in bio.
const TYPICAL = 'Our new course is live! Use my code SAVE20 at checkout and follow me for more. Link in bio';
const VIEWPORTS = [{ width: 1280, height: 720 }, { width: 800, height: 600 }];

async function openCard(page: Page, site: HintSite): Promise<{ editor: Locator; host: Locator; card: Locator }> {
  const editor = await site.open(page);
  await typeInto(editor, TYPICAL);
  const host = await hintFor(page, editor);
  const badge = host.locator('[data-testid="gf-badge"]');
  await expect.poll(() => badge.getAttribute('data-kind'), { timeout: 10_000 }).toBe('take');
  await badge.click();
  const card = host.locator('.card');
  await card.waitFor({ state: 'visible' });
  return { editor, host, card };
}

/** Whether a dialog this tall could hold the card and the send control one above the other (with the gaps): when
 * it could not, the card may scroll inside it (the last resort), and only then. */
const dialogHolds = (dialog: Rect, viewport: { height: number }, send: Rect, cardHeight: number) =>
  Math.min(dialog.y + dialog.height, viewport.height) - Math.max(dialog.y, 0) >= cardHeight + send.height + 16;

async function axeOn(host: Locator): Promise<string[]> {
  await host.page().evaluate(axeSource);
  const result = await host.evaluate(async (el) => {
    type Result = { violations: { id: string; nodes: unknown[] }[]; passes: unknown[] };
    const axe = (window as unknown as { axe: { run(ctx: Element, options: object): Promise<Result> } }).axe;
    const r = await axe.run(el, { resultTypes: ['violations'] });
    return { violations: r.violations.map((v) => `${v.id} (${v.nodes.length})`), passes: r.passes.length };
  });
  expect(result.passes).toBeGreaterThan(3);
  return result.violations;
}

describe('the hint card', () => {
  const env = useBrowser();

  for (const site of [...HINT_SITES, ...MORE_DIALOG_SITES]) {
    for (const viewport of VIEWPORTS) {
      it(`${site.name} at ${viewport.width}×${viewport.height}: inside the viewport${site.dialog ? ' and the dialog' : ''}, clear of send, no scroll${site.dialog ? ' unless the dialog is too short' : ''}`, async () => {
        const page = await env.harness.context.newPage();
        await page.setViewportSize(viewport);
        await page.goto(site.url);
        const { card, editor, host } = await openCard(page, site);
        const box = (await card.boundingBox())!;
        expect(within(box, { x: 0, y: 0, ...viewport }), `card ${JSON.stringify(box)}`).toBe(true);
        const send = (await site.send(page).boundingBox())!;
        expect(overlaps(box, send), `card ${JSON.stringify(box)} over send ${JSON.stringify(send)}`).toBe(false);
        const natural = await card.evaluate((c) => c.scrollHeight);
        const scrolls = await card.evaluate((c) => c.scrollHeight > c.clientHeight + 1);
        // Clear of its own badge and of the words being written (in the fixtures' short dialogs the card may have to
        // cover them rather than scroll).
        if (!site.dialog) {
          const badge = (await host.locator('[data-testid="gf-badge"]').boundingBox())!;
          expect(overlaps(box, badge), `card ${JSON.stringify(box)} over badge ${JSON.stringify(badge)}`).toBe(false);
          const words = (await editor.boundingBox())!;
          expect(overlaps(box, words), `card ${JSON.stringify(box)} over editor ${JSON.stringify(words)}`).toBe(false);
        }
        if (site.dialog) {
          // Inside the site's dialog, always; scrolling only where the dialog is too short to hold it whole.
          const dialog = (await page.locator(site.dialog).first().boundingBox())!;
          expect(within(box, dialog), `card ${JSON.stringify(box)} in dialog ${JSON.stringify(dialog)}`).toBe(true);
          if (scrolls) expect(dialogHolds(dialog, viewport, send, natural), `scrolls in dialog ${JSON.stringify(dialog)}`).toBe(false);
        } else {
          expect(scrolls).toBe(false);
        }
        // Two findings show; the rest wait behind "Show all"; each quote once.
        const shown = card.locator('[data-testid="gf-finding"]:visible');
        expect(await shown.count()).toBe(2);
        const quotes = await card.locator('[data-testid="gf-finding"] .message').allTextContents();
        expect(new Set(quotes).size).toBe(quotes.length);
        await page.close();
      });
    }
  }

  for (const site of DIALOG_SITES) {
    for (const viewport of VIEWPORTS) {
      it(`${site.name} at ${viewport.width}×${viewport.height}, in a dialog as tall as the site's: inside it, clear of send, no scroll`, async () => {
        const page = await env.harness.context.newPage();
        await page.setViewportSize(viewport);
        await page.goto(site.url);
        const editor = await site.open(page);
        // Real composer dialogs are taller than the fixtures' (a toolbar, an audience picker, media): as tall as the
        // viewport leaves room for, up to 560 px.
        await page.locator(site.dialog!).first().evaluate((d, height) => {
          const top = Math.max(d.getBoundingClientRect().top, 0);
          (d as HTMLElement).style.minHeight = `${Math.min(560, height - top - 16)}px`;
        }, viewport.height);
        await typeInto(editor, TYPICAL);
        const host = await hintFor(page, editor);
        await expect.poll(() => host.locator('[data-testid="gf-badge"]').getAttribute('data-kind'), { timeout: 10_000 }).toBe('take');
        await host.locator('[data-testid="gf-badge"]').click();
        const card = host.locator('.card');
        await card.waitFor({ state: 'visible' });
        const box = (await card.boundingBox())!;
        const dialog = (await page.locator(site.dialog!).first().boundingBox())!;
        const send = (await site.send(page).boundingBox())!;
        expect(within(box, dialog), `card ${JSON.stringify(box)} in dialog ${JSON.stringify(dialog)}`).toBe(true);
        expect(within(box, { x: 0, y: 0, ...viewport }), `card ${JSON.stringify(box)}`).toBe(true);
        expect(overlaps(box, send), `card ${JSON.stringify(box)} over send ${JSON.stringify(send)}`).toBe(false);
        expect(await card.evaluate((c) => c.scrollHeight <= c.clientHeight + 1)).toBe(true);
        await page.close();
      });
    }
  }

  for (const site of HINT_SITES) {
    it(`${site.name}: closes on a click elsewhere and on typing in the editor again; axe finds nothing`, async () => {
      const page = await env.harness.open(site.url);
      const { editor, host, card } = await openCard(page, site);
      expect(await axeOn(host)).toEqual([]);
      await page.emulateMedia({ colorScheme: 'dark' });
      expect(await axeOn(host)).toEqual([]);
      await page.emulateMedia({ colorScheme: 'light' });
      await page.mouse.click(5, 5);
      await expect.poll(() => card.isHidden()).toBe(true);
      await host.locator('[data-testid="gf-badge"]').click();
      await card.waitFor({ state: 'visible' });
      await editor.focus();
      await page.keyboard.type(' Thanks');
      await expect.poll(() => card.isHidden()).toBe(true);
      await page.close();
    });
  }

  it('made no request of its own and logged no error', () => {
    expect(env.harness.foreignRequests).toEqual([]);
    expect(env.harness.pageErrors).toEqual([]);
  });
});
