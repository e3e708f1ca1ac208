// Site health in the page: on focus only, tell the background whether the focused editor is one of the adapter's
// composers or an unclaimed editor that looks like one (lib/page/health.ts). Runs in the small script on every page
// of a supported site, so that a site whose composer the adapter no longer finds is noticed at all.
import { sendMessage } from '../model/messaging';
import type { SiteHealthNote } from '../model/site-health';
import type { SiteAdapter } from '../sites/adapter';
import { editingHost, unclaimedEditor } from './health';

/** `found` resolves when the adapter first finds a composer on the page (lib/page/first-composer.ts). */
export function watchSiteHealth(adapter: SiteAdapter, found: Promise<void>, signal: AbortSignal): void {
  let last: HTMLElement | 'claimed' | null = null;
  const note = (n: SiteHealthNote) => void sendMessage('noteSiteHealth', n).catch(() => undefined);
  const claimed = () => {
    if (last === 'claimed' || signal.aborted) return;
    last = 'claimed';
    note({ site: adapter.id, claimed: true });
  };
  void found.then(claimed, () => undefined);
  document.addEventListener('focusin', (event) => {
    const target = event.composedPath()[0];
    const editor = target instanceof Element ? editingHost(target) : null;
    if (!editor || editor === last) return;
    const sighting = unclaimedEditor(editor, adapter);
    if (!sighting) {
      if (adapter.findComposers(document).some((c) => c === editor || c.contains(editor))) claimed();
      return;
    }
    last = editor;
    note({ site: adapter.id, unclaimed: { ...sighting, host: location.hostname, selectors: [...(adapter.composerSelectors ?? [])] } });
  }, { capture: true, signal });
}
