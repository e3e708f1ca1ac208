// The popup and options pages in each UI language the browser can ask for, over a realistic history: no English
// left (every English message that the catalog words differently must be absent), the page's lang set, axe clean.
// Also saves screenshots (light, dark, Spanish, a narrow window) to tests/tour/out/ for people to look at.
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launch } from './harness';
import { axeViolations, importThrough, sampleExport } from './popup-helpers';

type Messages = Record<string, { message: string }>;
const OUT = path.resolve(import.meta.dirname, '../tour/out');
const catalog = async (lang: string) => (await import(`../../public/_locales/${lang}/messages.json`)).default as Messages;

/** English messages (with their $N parts as wildcards) that show on the page although the catalog words them otherwise. */
async function englishOnPage(page: Page, lang: string): Promise<string[]> {
  const [en, local] = await Promise.all([catalog('en'), catalog(lang)]);
  const text = (await page.evaluate(() => document.body.innerText)).replace(/\s+/g, ' ');
  const found: string[] = [];
  for (const [key, { message }] of Object.entries(en)) {
    if (local[key]?.message === message) continue;
    // Short messages ("Day", "Remove $1") also occur in other languages (Portuguese "Remove"); look for the ones
    // with two words or more of their own, as whole words.
    if (message.replace(/\$\d/g, ' ').trim().split(/\s+/).length < 2) continue;
    const pattern = message.split(/\$\d/).map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('.{0,40}');
    if (new RegExp(`(?<![\\p{L}])${pattern}(?![\\p{L}])`, 'u').test(text)) found.push(key);
  }
  return found;
}

/** The popup whole (it is as tall as its content); the options page as the window shows it. */
async function screenshot(page: Page, name: string, size: { width: number; height: number }) {
  mkdirSync(OUT, { recursive: true });
  await page.setViewportSize(size);
  await page.screenshot({ path: path.join(OUT, name), fullPage: name.startsWith('popup') });
}

describe.each(['en', 'es', 'de', 'fr', 'pt'])('pages in %s', (lang) => {
  it('read wholly in the UI language, with the page language set, and axe finds nothing', async () => {
    const harness = await launch({ lang });
    try {
      const options = await harness.extensionPage('options.html');
      expect(await importThrough(options, 'history.json', 'application/json', sampleExport())).not.toMatch(/^$/);
      const popup = await harness.extensionPage('popup.html');
      await popup.locator('[data-testid="gf-recent"]').waitFor();
      await popup.locator('[data-testid="gf-reach"]').waitFor();
      for (const page of [popup, options]) {
        expect(await page.evaluate(() => document.documentElement.lang)).toBe(lang);
        if (lang !== 'en') expect(await englishOnPage(page, lang)).toEqual([]);
        expect(await axeViolations(page)).toEqual([]);
      }
      if (lang === 'en') {
        // English must show English: the check above would pass on an empty page otherwise.
        expect(await popup.locator('h2', { hasText: 'Recent posts' }).count()).toBe(1);
        await screenshot(popup, 'popup-light.png', { width: 360, height: 600 });
        await screenshot(options, 'options-light.png', { width: 900, height: 900 });
        await popup.emulateMedia({ colorScheme: 'dark' });
        await options.emulateMedia({ colorScheme: 'dark' });
        expect(await axeViolations(popup)).toEqual([]);
        expect(await axeViolations(options)).toEqual([]);
        await screenshot(popup, 'popup-dark.png', { width: 360, height: 600 });
        await screenshot(options, 'options-dark.png', { width: 900, height: 900 });
        await screenshot(options, 'options-narrow.png', { width: 400, height: 700 });
      } else {
        await screenshot(popup, `popup-${lang}.png`, { width: 360, height: 600 });
        await screenshot(options, `options-${lang}.png`, { width: 900, height: 900 });
      }
      expect(harness.foreignRequests).toEqual([]);
      expect(harness.pageErrors).toEqual([]);
    } finally {
      await harness.close();
    }
  });
});
