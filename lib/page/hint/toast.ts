// A short confirmation with a way back ("Paused on X for today. Undo"), shown where the hint was. Its own shadow
// root and its own host: pausing a site removes every hint, and the confirmation must outlive them.
import { t } from '../../model/i18n';
import type { HintPlacement } from '../../sites/adapter';
import { button, el, ISOLATED_EVENTS } from './view';

export const TOAST_TAG = 'give-first-toast';
/** Long enough to read and reach Undo by keyboard; it stays while focus is inside. */
export const TOAST_MS = 10_000;

const TOAST_CSS = `
:host { all: initial; font: 13px/1.4 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color-scheme: light dark; }
.toast { position: fixed; z-index: 2147483001; left: 50%; bottom: 16px; transform: translateX(-50%); max-width: min(440px, calc(100vw - 16px));
  box-sizing: border-box; display: flex; flex-wrap: wrap; gap: 6px 8px; align-items: center; padding: 8px 12px; border-radius: 8px;
  background: #1f2328; color: #fff; box-shadow: 0 8px 24px rgba(0,0,0,.25); }
button { all: unset; cursor: pointer; padding: 2px 8px; border-radius: 6px; border: 1px solid #8c959f; font-size: 12px; font-weight: 600; }
button:focus-visible { outline: 2px solid #58a6ff; outline-offset: 1px; }
@media (prefers-color-scheme: dark) { .toast { background: #e6edf3; color: #1f2328; } button { border-color: #57606a; } button:focus-visible { outline-color: #1d6fd8; } }
`;

export interface ToastAction {
  label: string;
  testId: string;
  run(): void;
}

/** Shows the confirmation with focus on its first action; `done` runs once it goes (by action, Esc or time). */
export function showToast(place: HintPlacement | null, message: string, actions: ToastAction[], done: (byKeyboard: boolean) => void): () => void {
  const host = document.createElement(TOAST_TAG);
  const root = host.attachShadow({ mode: 'open' });
  const box = el('div', 'toast');
  box.dataset.testid = 'gf-toast';
  box.setAttribute('role', 'status');
  let timer: ReturnType<typeof setTimeout> | undefined;
  let gone = false;
  const close = (byKeyboard: boolean) => {
    if (gone) return;
    gone = true;
    clearTimeout(timer);
    host.remove();
    done(byKeyboard);
  };
  box.append(el('span', undefined, message), ...actions.map((a) => button(a.label, a.testId, () => {
    a.run();
    close(true);
  })), button(t('hintClose'), 'gf-toast-close', () => close(true)));
  root.append(el('style', undefined, TOAST_CSS), box);
  for (const type of ISOLATED_EVENTS) host.addEventListener(type, (e) => e.stopPropagation());
  root.addEventListener('keydown', (e) => {
    if ((e as KeyboardEvent).key === 'Escape') close(true);
  });
  const arm = () => {
    clearTimeout(timer);
    timer = setTimeout(() => (root.activeElement ? arm() : close(false)), TOAST_MS);
  };
  // Inside the site's dialog when the hint was (a modal dialog makes everything outside it inert).
  const parent = place?.parent.isConnected ? place.parent : document.body;
  parent.insertBefore(host, place?.before && place.before.parentNode === parent ? place.before : null);
  root.querySelector('button')?.focus();
  arm();
  return () => close(false);
}
