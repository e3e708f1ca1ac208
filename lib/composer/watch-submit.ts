// Notices a post being sent: capture-phase click on the site's submit control and keydown for its shortcut.
// Capture on the document runs before the site's own handlers, while the composer still holds the text.
import type { SiteAdapter } from './adapter';

export function watchSubmit(
  adapter: SiteAdapter,
  composers: () => Iterable<HTMLElement>,
  onSubmit: (editable: HTMLElement) => void,
  signal: AbortSignal,
): void {
  document.addEventListener(
    'click',
    (event) => {
      const target = event.composedPath()[0];
      if (!(target instanceof Element)) return;
      const control = adapter.submitControl(target);
      if (!control) return;
      for (const editable of composersFor(control, [...composers()])) onSubmit(editable);
    },
    { capture: true, signal },
  );
  document.addEventListener(
    'keydown',
    (event) => {
      if (event.defaultPrevented && !event.isTrusted) return;
      const target = event.composedPath()[0];
      if (!(target instanceof Node)) return;
      for (const editable of composers()) {
        if (editable === target || editable.contains(target)) {
          if (adapter.isSubmitKey(event, editable)) onSubmit(editable);
          return;
        }
      }
    },
    { capture: true, signal },
  );
}

/** The composers a submit control sends: those in its nearest ancestor that holds any (a thread sends several). */
export function composersFor(control: Element, editables: HTMLElement[]): HTMLElement[] {
  for (let node: Node | null = control; node; node = node.parentNode ?? (node as ShadowRoot).host ?? null) {
    const inside = editables.filter((e) => node!.contains(e));
    if (inside.length > 0) return inside;
  }
  return [];
}
