// The driver over puppeteer-core and Debian's Firefox ESR (WebDriver BiDi), with the MV2 build installed as a
// temporary add-on. Fixture pages are served through request interception like in Chromium; only page requests are
// counted (Firefox's own services are pointed at nothing by prefs).
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { fixtureResponse } from '../harness';
import { readStoredPosts } from './in-page';
import { driverPage } from './page';
import type { Driver, DriverPage } from './types';

const ROOT = path.resolve(import.meta.dirname, '../../..');
export const FIREFOX_EXTENSION_DIR = path.join(ROOT, '.output/firefox-mv2');
const ADDON_ID = 'give-first@give-first.dev';
/** Fixed, so extension pages have a known address (moz-extension://<uuid>/popup.html). */
const ADDON_UUID = '6f1c2a9e-5b7d-4e3a-9c11-0d2f4b8a7e55';
const EXTENSION_ORIGIN = `moz-extension://${ADDON_UUID}`;
const INTERNAL = new Set(['moz-extension:', 'data:', 'blob:', 'about:']);

/** 'ControlOrMeta+Shift+a' → the keys to hold, then the key to press (Linux: Control). */
function chord(keys: string): { hold: string[]; key: string } {
  const parts = keys.split('+').map((k) => (k === 'ControlOrMeta' ? 'Control' : k));
  return { hold: parts.slice(0, -1), key: parts[parts.length - 1] ?? keys };
}

function pageDriver(page: Page): DriverPage {
  return driverPage({
    url: () => page.url(),
    evaluate: (fn, arg) => page.evaluate(fn as (a: unknown) => unknown, arg) as never,
    mouseClick: (x, y) => page.mouse.click(x, y),
    type: (text) => page.keyboard.type(text),
    // A real paste through Firefox's (headless) clipboard: execCommand('insertText'), which puppeteer's
    // sendCharacter uses, throws inside Draft.js in Firefox and leaves its model empty, so it is no way a person types.
    async paste(text) {
      await page.evaluate((t) => navigator.clipboard.writeText(t), text);
      await page.keyboard.down('Control');
      await page.keyboard.press('v');
      await page.keyboard.up('Control');
    },
    async press(keys) {
      const { hold, key } = chord(keys);
      for (const k of hold) await page.keyboard.down(k as never);
      await page.keyboard.press(key as never);
      for (const k of hold.reverse()) await page.keyboard.up(k as never);
    },
    close: () => page.close(),
  });
}

export async function launchFirefox(): Promise<Driver> {
  if (!existsSync(path.join(FIREFOX_EXTENSION_DIR, 'manifest.json'))) throw new Error(`No Firefox build in ${FIREFOX_EXTENSION_DIR}: run npm run build:firefox`);
  const downloads = mkdtempSync(path.join(tmpdir(), 'gf-firefox-downloads-'));
  const browser: Browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr',
    headless: true,
    // The window size below, not an emulated viewport (Firefox 140's BiDi cannot emulate screen orientation).
    defaultViewport: null,
    // Lets the driver open moz-extension:// pages.
    args: ['--remote-allow-system-access', '--width=1000', '--height=760'],
    extraPrefsFirefox: {
      'xpinstall.signatures.required': false,
      // Lets the driver write the clipboard without a user gesture (Firefox's own test pref), for paste().
      'dom.events.testing.asyncClipboard': true,
      'extensions.webextensions.uuids': JSON.stringify({ [ADDON_ID]: ADDON_UUID }),
      // Firefox's own update, settings and telemetry polls go nowhere (they are not page requests either way).
      'services.settings.server': 'data:,#remote-settings-off',
      'app.update.enabled': false,
      'browser.safebrowsing.downloads.remote.enabled': false,
      'network.captive-portal-service.enabled': false,
      'network.connectivity-service.enabled': false,
      // Downloads (the options page's export) go to a scratch folder without asking.
      'browser.download.folderList': 2,
      'browser.download.dir': downloads,
      'browser.download.always_ask_before_handling_new_types': false,
    },
  });
  await browser.installExtension(FIREFOX_EXTENSION_DIR);
  const foreignRequests: string[] = [];
  const pageErrors: string[] = [];

  const newPage = async (): Promise<Page> => {
    const page = await browser.newPage();
    await page.setRequestInterception(true);
    page.on('request', (request) => {
      const href = request.url();
      if (INTERNAL.has(new URL(href).protocol)) return void request.continue();
      const response = fixtureResponse(href);
      if (!response) {
        foreignRequests.push(href);
        return void request.abort();
      }
      return void request.respond(response);
    });
    page.on('pageerror', (e) => pageErrors.push(`${page.url()}: ${e instanceof Error ? e.message : String(e)}`));
    page.on('console', (m) => {
      if (m.type() === 'error') pageErrors.push(`${page.url()}: console: ${m.text()}`);
    });
    return page;
  };

  const openExtensionPage = async (file: string): Promise<Page> => {
    const page = await newPage();
    const url = `${EXTENSION_ORIGIN}/${file}`;
    // Firefox loads the page but BiDi never reports the navigation as finished: wait for the document instead.
    page.goto(url).catch(() => undefined);
    const deadline = Date.now() + 15_000;
    for (;;) {
      const ready = await page.evaluate((u) => location.href === u && document.readyState === 'complete', url).catch(() => false);
      if (ready) return page;
      if (Date.now() > deadline) throw new Error(`${url} did not load`);
      await new Promise((r) => setTimeout(r, 100));
    }
  };
  const reader = await openExtensionPage('popup.html');

  return {
    browser: 'firefox',
    foreignRequests,
    pageErrors,
    async open(url) {
      const page = await newPage();
      await page.goto(url);
      return pageDriver(page);
    },
    extensionPage: async (file) => pageDriver(await openExtensionPage(file)),
    storedPosts: () => reader.evaluate(readStoredPosts),
    async close() {
      await browser.close();
      rmSync(downloads, { recursive: true, force: true });
    },
  };
}
