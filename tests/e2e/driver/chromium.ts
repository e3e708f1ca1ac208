// The driver over Playwright and Debian's Chromium (the MV3 build), on top of the harness the site quirk files use.
import type { Page } from 'playwright-core';
import { launch } from '../harness';
import { readStoredPosts } from './in-page';
import { driverPage } from './page';
import type { Driver, DriverPage } from './types';

function pageDriver(page: Page): DriverPage {
  return driverPage({
    url: () => page.url(),
    evaluate: (fn, arg) => page.evaluate(fn as (a: unknown) => never, arg as unknown),
    mouseClick: (x, y) => page.mouse.click(x, y),
    type: (text) => page.keyboard.type(text),
    // One insertText input event at the caret (CDP Input.insertText), what a paste or an IME commit produces.
    paste: (text) => page.keyboard.insertText(text),
    press: (keys) => page.keyboard.press(keys),
    close: () => page.close(),
  });
}

/** The Chromium driver with the extension loaded over CDP, so that the test can reload it the way an update does. */
export interface UpdatableDriver extends Driver {
  reloadExtension(): Promise<void>;
}

export async function launchChromium(options: { loadOverCdp?: boolean } = {}): Promise<UpdatableDriver> {
  const harness = await launch(options);
  // An extension page to read the database; a reload closes it, so it is opened again when needed.
  let reader: Page | null = null;
  return {
    browser: 'chromium',
    foreignRequests: harness.foreignRequests,
    pageErrors: harness.pageErrors,
    open: async (url) => pageDriver(await harness.open(url)),
    extensionPage: async (file) => pageDriver(await harness.extensionPage(file)),
    async storedPosts() {
      if (!reader || reader.isClosed()) reader = await harness.extensionPage('popup.html');
      return reader.evaluate(readStoredPosts);
    },
    async reloadExtension() {
      await reader?.close();
      reader = null;
      await harness.reloadExtension();
    },
    close: () => harness.close(),
  };
}
