// After an install or update, tabs that were already open have no (or an orphaned) content script. Inject the new
// one; it tells any old copy to stop (WXT's ContentScriptContext), so the page never runs two.
import { SITE_MATCHES } from './sites';

const CONTENT_SCRIPT = '/content-scripts/composer.js';

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
