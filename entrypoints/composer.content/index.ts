import { runComposerScript } from '../../lib/composer/run';
import { adapterForHost, SITE_MATCHES } from '../../lib/sites';

export default defineContentScript({
  matches: SITE_MATCHES,
  runAt: 'document_idle',
  main(ctx) {
    const adapter = adapterForHost(location.hostname);
    if (!adapter) return;
    runComposerScript(adapter, ctx.signal).catch(() => undefined);
  },
});
