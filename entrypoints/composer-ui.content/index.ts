// The composer UI: checker, hints and recording. Not in the manifest: the small `composer` script asks the
// background to inject this one into a frame when a composer first appears there (content script budget).
import { runComposerScript } from '../../lib/page/run';
import { adapterForPage, SITE_MATCHES } from '../../lib/sites';

export default defineContentScript({
  matches: SITE_MATCHES,
  registration: 'runtime',
  main(ctx) {
    const adapter = adapterForPage(location, document);
    if (!adapter) return;
    // ctx.isValid notices an extension reload or update, so this copy stops quietly and a new one takes over.
    runComposerScript(adapter, ctx.signal, () => ctx.isValid).catch(() => undefined);
  },
});
