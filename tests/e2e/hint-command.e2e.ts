// The browser command (manifest `commands`, "open-hint", Alt+Shift+G, rebindable): pressed as a key the browser
// itself handles, it reaches the extension's service worker, whose handler tells the tab to open the card of the
// composer being typed in. On every fixture composer: the card opens from the editor, the key never reaches the page
// (so no character is typed and the in-page fallback is not what opened it), and nothing is posted.
// The in-page fallback (for browsers where the command is unbound) is exercised by hint-keyboard.e2e.ts.
import { describe, expect, it } from 'vitest';
import type { Locator, Page, Worker } from 'playwright-core';
import { HINT_COMMAND, HINT_COMMAND_KEY } from '../../lib/model/shortcut';
import { sitePosted, typeInto, useBrowser } from './helpers';
import { focused, HINT_SITES, hintFor, MORE_DIALOG_SITES, pressBrowserShortcut } from './hint-helpers';

const POST = 'Our new course is live! Use my code SAVE20 at checkout and follow me for more. Link in bio';
const CARD_CONTROLS = /^(gf-(feedback|mute|dismiss|show-all|pause-site|close|undo)|summary)$/;

const textOf = (editor: Locator) => editor.evaluate((e) => ('value' in e ? (e as HTMLTextAreaElement).value : (e as HTMLElement).innerText).trim());

type Recorded = { __gfCommands?: string[] };

/** The extension's service worker, recording every command it receives from now on (alongside its own handler). */
async function commandsSeen(worker: Worker): Promise<() => Promise<string[]>> {
  await worker.evaluate(() => {
    const g = globalThis as Recorded;
    if (g.__gfCommands) return;
    g.__gfCommands = [];
    chrome.commands.onCommand.addListener((command) => g.__gfCommands!.push(command));
  });
  return () => worker.evaluate(() => [...((globalThis as Recorded).__gfCommands ?? [])]);
}

/** Every key-down of G that reaches the page, recorded before any of the page's or the extension's listeners. */
async function pageKeysG(page: Page): Promise<() => Promise<number>> {
  await page.evaluate(() => {
    const w = window as unknown as { __gfKeysG: number };
    w.__gfKeysG = 0;
    window.addEventListener('keydown', (e) => {
      if (e.code === 'KeyG') w.__gfKeysG++;
    }, { capture: true });
  });
  return () => page.evaluate(() => (window as unknown as { __gfKeysG: number }).__gfKeysG);
}

describe('the browser command opens the hint', () => {
  const env = useBrowser();
  const worker = () => env.harness.context.serviceWorkers().find((w) => w.url().startsWith(`chrome-extension://${env.harness.extensionId}/`))!;

  it(`is bound to ${HINT_COMMAND_KEY} in the browser`, async () => {
    const commands = await worker().evaluate(() => chrome.commands.getAll());
    expect(commands.find((c) => c.name === HINT_COMMAND)?.shortcut).toBe(HINT_COMMAND_KEY);
  });

  for (const site of [...HINT_SITES, ...MORE_DIALOG_SITES]) {
    it(`${site.name}: the command opens the card from the editor, no character typed, nothing posted`, async () => {
      const page = await env.harness.open(site.url);
      const editor = await site.open(page);
      await typeInto(editor, POST);
      const host = await hintFor(page, editor);
      const card = host.locator('.card');
      await expect.poll(() => host.locator('[data-testid="gf-badge"]').getAttribute('data-kind'), { timeout: 10_000 }).toBe('take');
      const before = await textOf(editor);
      const commands = await commandsSeen(worker());
      const seenBefore = (await commands()).length;
      const keysG = await pageKeysG(page);
      await editor.focus();
      expect(await card.isHidden()).toBe(true);

      await pressBrowserShortcut(page);
      await card.waitFor({ state: 'visible' });
      // The browser took the key as its command; the page never saw it.
      expect((await commands()).slice(seenBefore)).toEqual([HINT_COMMAND]);
      expect(await keysG()).toBe(0);
      await expect.poll(() => focused(page)).toMatch(CARD_CONTROLS);
      expect(await textOf(editor)).toBe(before);
      expect(await sitePosted(page)).toEqual([]);
      await page.close();
    });
  }

  it('with no composer focused, the command opens nothing', async () => {
    const site = HINT_SITES[0]!;
    const page = await env.harness.open(site.url);
    const editor = await site.open(page);
    await typeInto(editor, POST);
    const host = await hintFor(page, editor);
    await expect.poll(() => host.locator('[data-testid="gf-badge"]').getAttribute('data-kind'), { timeout: 10_000 }).toBe('take');
    const commands = await commandsSeen(worker());
    const seenBefore = (await commands()).length;
    await editor.evaluate((e) => (e as HTMLElement).blur());
    await pressBrowserShortcut(page);
    await expect.poll(async () => (await commands()).length).toBe(seenBefore + 1);
    await page.waitForTimeout(300);
    expect(await host.locator('.card').isHidden()).toBe(true);
    await page.close();
  });
});
