import { runComposerScript } from '../../lib/composer/run';
import { adapterForPage, SITE_MATCHES } from '../../lib/sites';

export default defineContentScript({
  matches: SITE_MATCHES,
  runAt: 'document_idle',
  main(ctx) {
    const adapter = adapterForPage(location, document);
    if (!adapter) return;
    runComposerScript(adapter, ctx.signal).catch(() => undefined);
  },
});
