// After an install or update, tabs that were already open have no (or an orphaned) content script. Inject the new
// one; it tells any old copy to stop (WXT's ContentScriptContext), so the page never runs two. The composer UI is
// injected the same way, into one frame, when that frame shows a composer.
import { SITE_MATCHES } from '../model/platforms';

const CONTENT_SCRIPT = '/content-scripts/composer.js';

const COMPOSER_UI = '/content-scripts/composer-ui.js';

export async function attachComposerUi(tabId: number, frameId = 0): Promise<boolean> {
  await browser.scripting.executeScript({ target: { tabId, frameIds: [frameId] }, files: [COMPOSER_UI] });
  return true;
}

export async function attachToOpenTabs(): Promise<number> {
  const tabs = await browser.tabs.query({ url: SITE_MATCHES });
  let attached = 0;
  for (const tab of tabs) {
    if (tab.id === undefined || tab.discarded) continue;
    try {
      await browser.scripting.executeScript({ target: { tabId: tab.id }, files: [CONTENT_SCRIPT] });
      attached++;
    } catch {
      // A tab that is loading, crashed or an error page: it gets the declared content script on its next load.
    }
  }
  return attached;
}
