// Notices a post being sent: capture-phase click on the site's submit control and keydown for its shortcut.
// Capture on the document runs before the site's own handlers, while the composer still holds the text,
// and lets "pause before posting" hold the send before the site sees it.
import type { SiteAdapter } from '../sites/adapter';

export interface SubmitHandler {
  /** 'hold' stops this send before the site sees it; `replay` sends it later, unchanged. */
  decide(editables: HTMLElement[], replay: () => void): 'allow' | 'hold';
  record(editable: HTMLElement): void;
}

export function watchSubmit(
  adapter: SiteAdapter,
  composers: () => Iterable<HTMLElement>,
  handler: SubmitHandler,
  signal: AbortSignal,
): void {
  const send = (event: Event, editables: HTMLElement[], replay: () => void) => {
    if (editables.length === 0) return;
    if (handler.decide(editables, replay) === 'hold') {
      event.preventDefault();
      event.stopImmediatePropagation();
      return;
    }
    for (const editable of editables) handler.record(editable);
  };
  document.addEventListener(
    'click',
    (event) => {
      const target = event.composedPath()[0];
      if (!(target instanceof Element)) return;
      const control = adapter.submitControl(target);
      if (!control) return;
      send(event, composersFor(control, [...composers()]), () => control.click());
    },
    { capture: true, signal },
  );
  document.addEventListener(
    'keydown',
    (event) => {
      const target = event.composedPath()[0];
      if (!(target instanceof Node)) return;
      for (const editable of composers()) {
        if (editable !== target && !editable.contains(target)) continue;
        if (!event.isComposing && adapter.isSubmitKey(event, editable)) {
          const init = keyInit(event);
          // Clicking the composer's own button sends most faithfully; sites that read keyCode ignore synthetic keys.
          const replay = () => {
            const control = submitControlFor(adapter, editable);
            if (control) control.click();
            else target.dispatchEvent(new KeyboardEvent('keydown', init));
          };
          // A shortcut sends what the composer's own button would: a whole thread where the site has one.
          const control = submitControlFor(adapter, editable);
          const sent = control ? composersFor(control, [...composers()]) : [];
          send(event, sent.includes(editable) ? sent : [editable], replay);
        }
        return;
      }
    },
    { capture: true, signal },
  );
}

function keyInit(e: KeyboardEvent): KeyboardEventInit {
  const { key, code, ctrlKey, metaKey, shiftKey, altKey } = e;
  return { key, code, ctrlKey, metaKey, shiftKey, altKey, bubbles: true, cancelable: true, composed: true };
}

const CONTROLS = 'button, [role="button"], input[type="submit"]';

/** The enabled submit control nearest to a composer, walking out from it. */
export function submitControlFor(adapter: SiteAdapter, editable: HTMLElement): HTMLElement | null {
  for (let node: Node | null = editable.parentNode; node; node = node.parentNode ?? (node as ShadowRoot).host ?? null) {
    if (!(node instanceof Element || node instanceof ShadowRoot || node instanceof Document)) continue;
    for (const candidate of node.querySelectorAll(CONTROLS)) {
      const control = adapter.submitControl(candidate);
      if (control) return control;
    }
  }
  return null;
}

/** The composers a submit control sends: those in its nearest ancestor that holds any (a thread sends several). */
export function composersFor(control: Element, editables: HTMLElement[]): HTMLElement[] {
  for (let node: Node | null = control; node; node = node.parentNode ?? (node as ShadowRoot).host ?? null) {
    const inside = editables.filter((e) => node!.contains(e));
    if (inside.length > 0) return inside;
  }
  return [];
}
