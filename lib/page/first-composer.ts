// The part that runs on every page of a supported site: notice the first composer, cheaply, and nothing else.
import type { SiteAdapter } from '../sites/adapter';

const RESCAN_DELAY_MS = 250;

/** Resolves once the page shows a composer (or one gets focus); never resolves on pages without one. */
export function firstComposer(adapter: SiteAdapter, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const observer = new MutationObserver(() => {
      timer ??= setTimeout(scan, RESCAN_DELAY_MS);
    });
    const done = () => {
      observer.disconnect();
      clearTimeout(timer);
      document.removeEventListener('focusin', scan, true);
    };
    function scan() {
      timer = undefined;
      if (signal.aborted) return done();
      if (adapter.findComposers(document).length === 0) return;
      done();
      resolve();
    }
    signal.addEventListener('abort', done);
    observer.observe(document.documentElement, { childList: true, subtree: true });
    document.addEventListener('focusin', scan, true);
    scan();
  });
}
