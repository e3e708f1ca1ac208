// Functions that run inside a page (passed to evaluate, so each is self-contained: no outer names).
import type { StoredPost, Target } from './types';

export type Query =
  | { op: 'count'; target: Target }
  | { op: 'center' | 'rect' | 'focus' | 'visible' | 'disabled' | 'containsHint'; target: Target; nth: number }
  | { op: 'attr'; target: Target; nth: number; name: string }
  | { op: 'attrs'; target: Target; name: string }
  | { op: 'focusedText' };

/** Finds elements across open shadow roots. ` >>> ` steps into each match's shadow root. */
export function inPage(query: Query): unknown {
  const all = (root: ParentNode, css: string): Element[] => {
    const out = [...root.querySelectorAll(css)];
    for (const host of root.querySelectorAll('*')) if (host.shadowRoot) out.push(...all(host.shadowRoot, css));
    return out;
  };
  const find = (target: Target): Element[] => {
    const { css, text } = typeof target === 'string' ? { css: target, text: undefined } : target;
    const [first, ...rest] = css.split(' >>> ');
    let found = all(document, first ?? css);
    for (const step of rest) found = found.flatMap((el) => (el.shadowRoot ? all(el.shadowRoot, step) : []));
    return text === undefined ? found : found.filter((el) => el.textContent?.trim() === text);
  };
  if (query.op === 'focusedText') {
    let el = document.activeElement;
    while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
    if (el instanceof HTMLTextAreaElement || el instanceof HTMLInputElement) return el.value;
    return el instanceof HTMLElement ? el.innerText : '';
  }
  if (query.op === 'count') return find(query.target).length;
  if (query.op === 'attrs') return find(query.target).map((el) => el.getAttribute(query.name));
  const el = find(query.target)[query.nth];
  if (!el) return null;
  switch (query.op) {
    case 'center': {
      el.scrollIntoView({ block: 'center', inline: 'center' });
      const r = el.getBoundingClientRect();
      return { x: r.x + r.width / 2, y: r.y + r.height / 2 };
    }
    case 'rect': {
      const r = el.getBoundingClientRect();
      return { x: r.x, y: r.y, width: r.width, height: r.height };
    }
    case 'focus':
      (el as HTMLElement).focus();
      return true;
    case 'visible': {
      const r = el.getBoundingClientRect();
      return r.width > 0 && r.height > 0 && getComputedStyle(el).visibility !== 'hidden';
    }
    case 'disabled':
      return (el as HTMLButtonElement).disabled === true || el.getAttribute('aria-disabled') === 'true';
    case 'containsHint':
      return el.querySelector('give-first-hint') !== null || el.closest('give-first-hint') !== null;
    case 'attr':
      return el.getAttribute(query.name);
  }
}

/** Every post in the extension's database with its text (run in an extension page). */
export function readStoredPosts(): Promise<StoredPost[]> {
  return new Promise<StoredPost[]>((resolve, reject) => {
    const open = indexedDB.open('give-first');
    open.onerror = () => reject(open.error);
    open.onsuccess = () => {
      const db = open.result;
      if (!db.objectStoreNames.contains('posts')) {
        db.close();
        return resolve([]);
      }
      const tx = db.transaction(['posts', 'bodies']);
      const posts = tx.objectStore('posts').getAll();
      const bodies = tx.objectStore('bodies').getAll();
      tx.oncomplete = () => {
        const texts = new Map((bodies.result as { id: string; text?: string }[]).map((b) => [b.id, b.text]));
        resolve((posts.result as StoredPost[]).map((p) => ({ ...p, text: texts.get(p.id) })));
        db.close();
      };
      tx.onerror = () => reject(tx.error);
    };
  });
}
