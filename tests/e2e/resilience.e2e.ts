// Faults and hostile input: the page and its editor keep working, nothing is lost or doubled, nothing executes.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, type Harness } from './harness';
import { badge, expectRecorded, modelText, sitePosted, storedPosts, typeInto, waitForBadge } from './helpers';

const EDITOR = '[data-testid="tweetTextarea_0"]';
const POST = '[data-testid="tweetButtonInline"]';

describe('resilience', () => {
  let harness: Harness;

  beforeAll(async () => {
    harness = await launch();
  });
  afterAll(async () => {
    await harness?.close();
  });

  const extPage = () => harness.extensionPage('popup.html');

  it('keeps hostile text as text: the editor holds exactly what was typed and nothing runs', async () => {
    const page = await harness.open('https://x.com/home');
    const editor = page.locator(EDITOR);
    const samples = [
      '<img src=x onerror="window.__gfPwned=1"> <script>window.__gfPwned=2</script> https://example.com',
      'family 👨‍👩‍👧‍👦 flags 🇵🇹🇯🇵 keycap 1️⃣ skin 👍🏽 zero\u200Bwidth\u200Djoin\uFEFF',
      'مرحبا بالعالم! שלום עולם — mixed RTL with English words and a link https://example.org',
      '日本語のテキストと中文字符，还有한국어 문장。 Use my code SAVE20',
    ];
    for (const text of samples) {
      await editor.click();
      await editor.press('ControlOrMeta+a');
      await editor.press('Backspace');
      await page.keyboard.insertText(text);
      await expect.poll(() => modelText(page)).toBe(text);
      await expect.poll(() => badge(page).getAttribute('data-kind')).toMatch(/^(give|take|neutral)$/);
      await badge(page).click();
      const quotes = await page.locator('give-first-hint .quote').allTextContents();
      for (const q of quotes) expect(text.includes(q.slice(1, -1).replace(/…$/, ''))).toBe(true);
      expect(await page.locator('give-first-hint img, give-first-hint script').count()).toBe(0);
      await badge(page).click();
    }
    expect(await page.evaluate(() => (window as { __gfPwned?: number }).__gfPwned)).toBeUndefined();
    await page.close();
  });

  it('handles a 100,000-character paste without breaking the editor', async () => {
    const page = await harness.open('https://x.com/home');
    const editor = page.locator(EDITOR);
    const text = 'Lorem ipsum dolor sit amet, consectetur adipiscing elit. Link in bio. '.repeat(1430).slice(0, 100_000);
    await editor.click();
    await page.keyboard.insertText(text);
    await expect.poll(() => modelText(page), { timeout: 30_000 }).toBe(text);
    await expect.poll(async () => (await badge(page).getAttribute('data-families'))?.includes('self-promotion'), { timeout: 15_000 }).toBe(true);
    await editor.press('ControlOrMeta+End');
    await editor.pressSequentially(' ok');
    await expect.poll(async () => (await modelText(page)).endsWith(' ok')).toBe(true);
    await page.close();
  });

  it('records both posts when two tabs send at the same moment', async () => {
    const a = await harness.open('https://x.com/home');
    const b = await harness.open('https://x.com/home');
    const ta = `Tab A: the retry tip from @sam fixed our flaky deploys, thanks! ${Date.now()}`;
    const tb = `Tab B: three lessons from our outage, first one is to page a human early. ${Date.now()}`;
    await typeInto(a.locator(EDITOR), ta);
    await typeInto(b.locator(EDITOR), tb);
    await Promise.all([a.locator(POST).click(), b.locator(POST).click()]);
    const ext = await extPage();
    await expectRecorded(ext, ta);
    await expectRecorded(ext, tb);
    await Promise.all([a.close(), b.close(), ext.close()]);
  });

  it('records a post once when the service worker is stopped while it is being sent', async () => {
    const ext = await extPage();
    const cdp = await harness.context.newCDPSession(ext);
    await cdp.send('ServiceWorker.enable');
    const page = await harness.open('https://x.com/home');
    const text = `Stopped worker: the kiln log trick, vent until 600°C, thanks @ana. ${Date.now()}`;
    await typeInto(page.locator(EDITOR), text);
    await Promise.all([page.locator(POST).click(), cdp.send('ServiceWorker.stopAllWorkers')]);
    await expect.poll(() => sitePosted(page)).toEqual([{ text, via: 'tweetButtonInline' }]);
    await expectRecorded(ext, text);
    // A second send while the worker is stopped again is not lost either.
    const second = `${text} (again, after a stop)`;
    await cdp.send('ServiceWorker.stopAllWorkers');
    await typeInto(page.locator(EDITOR), second);
    await page.locator(POST).click();
    await expectRecorded(ext, second);
    expect((await storedPosts(ext)).filter((p) => p.text === text || p.text === second)).toHaveLength(2);
    await Promise.all([page.close(), ext.close()]);
  });

  // Run last: in this test browser, reloading a command-line-loaded extension unloads it for good, so what can be
  // proven here is the old script's side. Re-attaching to open tabs on update is lib/attach-open-tabs.ts.
  it('keeps the page and editor working when the extension goes away under an open composer', async () => {
    const page = await harness.open('https://x.com/home');
    const editor = page.locator(EDITOR);
    await typeInto(editor, 'Before the reload: link in bio');
    await waitForBadge(page, { has: 'self-promotion' });
    const ext = await extPage();
    await ext.evaluate(() => chrome.runtime.reload()).catch(() => undefined);
    // The orphaned script notices on the next change and removes its hint; the editor never notices anything.
    await editor.press('ControlOrMeta+End');
    await editor.pressSequentially(' and follow me');
    await expect.poll(() => page.locator('give-first-hint').count(), { timeout: 15_000 }).toBe(0);
    expect(await modelText(page)).toBe('Before the reload: link in bio and follow me');
    await page.locator(POST).click();
    await expect.poll(() => sitePosted(page)).toEqual([{ text: 'Before the reload: link in bio and follow me', via: 'tweetButtonInline' }]);
    await editor.pressSequentially('still typing fine');
    await expect.poll(() => modelText(page)).toBe('still typing fine');
    await page.close();
  });

  it('made no request of its own and logged no error', () => {
    expect(harness.foreignRequests).toEqual([]);
    expect(harness.pageErrors).toEqual([]);
  });
});
