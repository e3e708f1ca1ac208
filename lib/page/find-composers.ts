// Notices composers as the site mounts and unmounts them (SPA navigation, modals, collapsed boxes opening).
import type { SiteAdapter } from '../sites/adapter';

export const RESCAN_DELAY_MS = 100;

/** Calls `attach` once per composer with a signal that aborts when the composer leaves the page. */
export function watchComposers(
  adapter: SiteAdapter,
  attach: (editable: HTMLElement, signal: AbortSignal) => void,
  signal: AbortSignal,
): void {
  const live = new Map<HTMLElement, AbortController>();
  let timer: ReturnType<typeof setTimeout> | undefined;

  const scan = () => {
    timer = undefined;
    if (signal.aborted) return;
    watchShadowRoots();
    const found = new Set(adapter.findComposers(document));
    for (const [el, controller] of live) {
      if (!found.has(el) || !el.isConnected) {
        controller.abort();
        live.delete(el);
      }
    }
    for (const el of found) {
      if (live.has(el)) continue;
      const controller = new AbortController();
      live.set(el, controller);
      attach(el, controller.signal);
    }
  };
  const schedule = () => {
    if (timer === undefined && !signal.aborted) timer = setTimeout(scan, RESCAN_DELAY_MS);
  };

  const observer = new MutationObserver(schedule);
  observer.observe(document.documentElement, { childList: true, subtree: true });
  // A MutationObserver on the document never sees inside shadow roots; watch the adapter's hosts' roots too.
  const watchedRoots = new WeakSet<ShadowRoot>();
  const watchShadowRoots = () => {
    if (!adapter.shadowHosts) return;
    for (const host of document.querySelectorAll(adapter.shadowHosts)) {
      const root = host.shadowRoot;
      if (!root || watchedRoots.has(root)) continue;
      watchedRoots.add(root);
      observer.observe(root, { childList: true, subtree: true });
    }
  };
  // A focus can land on a composer before the rescan timer fires.
  document.addEventListener('focusin', scan, { capture: true, signal });
  signal.addEventListener('abort', () => {
    observer.disconnect();
    clearTimeout(timer);
    for (const controller of live.values()) controller.abort();
    live.clear();
  });
  scan();
}
