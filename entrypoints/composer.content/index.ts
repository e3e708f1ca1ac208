// On every page of a supported site: a few kB that wait for a composer, then ask for the composer UI.
import { firstComposer } from '../../lib/page/first-composer';
import { watchSiteHealth } from '../../lib/page/watch-health';
import { sendMessage } from '../../lib/model/messaging';
import { adapterForPage, SITE_MATCHES } from '../../lib/sites';

export default defineContentScript({
  matches: SITE_MATCHES,
  runAt: 'document_idle',
  main(ctx) {
    const adapter = adapterForPage(location, document);
    if (!adapter) return;
    const found = firstComposer(adapter, ctx.signal);
    found.then(() => (ctx.isValid ? sendMessage('attachComposerUi') : false)).catch(() => undefined);
    watchSiteHealth(adapter, found, ctx.signal);
  },
});
