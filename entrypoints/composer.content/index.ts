import { runComposerScript } from '../../lib/composer/run';
import { adapterForPage, SITE_MATCHES } from '../../lib/sites';

export default defineContentScript({
  matches: SITE_MATCHES,
  runAt: 'document_idle',
  main(ctx) {
    const adapter = adapterForPage(location, document);
    if (!adapter) return;
    // ctx.isValid notices an extension reload or update, so this copy stops quietly and a new one takes over.
    runComposerScript(adapter, ctx.signal, () => ctx.isValid).catch(() => undefined);
  },
});
