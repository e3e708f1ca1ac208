// Site health: does the editor that just got focus look like a post editor the site's adapter does not claim? When
// a site ships a new composer, Give First would otherwise just go quiet there. Pure and cheap: called on focusin
// only, never per keystroke; it reads attributes, one bounding box and a few nearby controls, never any text typed.
import type { EditorSighting } from '../model/site-health';
import type { SiteAdapter } from '../sites/adapter';

/**
 * Smaller than this is a chat bubble, an inline rename field or a one-line search, not a place to write a post. A
 * collapsed comment box (one line, about 40 px tall, full width) still counts: it is where people write comments.
 */
export const MIN_EDITOR_WIDTH = 200;
export const MIN_EDITOR_HEIGHT = 32;

/** How far up from the editor a submit control may sit: the composer's own box, not the whole page. */
const NEAR_LEVELS = 5;

/**
 * Words a post editor's submit control starts with, in the five UI languages, lower case. Why: a big editable with
 * "Post" or "Reply" beside it is a composer; one beside "Send" is usually a direct message, which no adapter claims
 * on purpose, so "send" words are left out, and so are "save" words (a profile's About box has a big textarea and a
 * Save button). Example: "Publish post" (Bluesky), "Publicar" (LinkedIn in Spanish).
 */
export const SUBMIT_WORDS: ReadonlySet<string> = new Set([
  // en
  'post', 'publish', 'reply', 'comment', 'tweet', 'share', 'toot',
  // es, pt
  'publicar', 'responder', 'comentar', 'compartir', 'compartilhar', 'postar',
  // de
  'posten', 'veröffentlichen', 'antworten', 'kommentieren', 'teilen',
  // fr
  'publier', 'répondre', 'commenter', 'partager',
]);

const BUTTON_LIKE = 'button, [role="button"], input[type="submit"]';
/** Search fields, pickers and code editors are editable but never where a post is written. */
const NOT_A_POST_EDITOR = '[role="search"], [role="searchbox"], [role="combobox"], [type="search"], .cm-editor, .monaco-editor';
const LIBRARIES: [selector: string, name: string][] = [
  ['.ProseMirror', 'prosemirror'],
  ['.ql-editor', 'quill'],
  ['[data-lexical-editor]', 'lexical'],
  ['.public-DraftEditor-content', 'draft-js'],
];

/** The editing host the focus landed in: a textarea, or the outermost contenteditable around the target. */
export function editingHost(target: Element): HTMLElement | null {
  if (target instanceof HTMLTextAreaElement) return target.readOnly || target.disabled ? null : target;
  if (!(target instanceof HTMLElement) || !target.isContentEditable) return null;
  let host = target;
  while (host.parentElement?.isContentEditable) host = host.parentElement;
  return host;
}

function controlLabel(control: Element): string {
  const text = control instanceof HTMLInputElement ? control.value : (control.getAttribute('aria-label') || control.textContent || '');
  return text.trim().toLowerCase();
}

/** A button-like control whose label starts with a submit word ("Post", "Post all", "Reply", "Publicar"). */
export function isSubmitLike(control: Element): boolean {
  if (control.matches('input[type="submit"], button[type="submit"]')) return true;
  const label = controlLabel(control);
  if (!label || label.length > 30) return false;
  const first = label.split(/[^\p{L}]+/u).find(Boolean) ?? '';
  return SUBMIT_WORDS.has(first);
}

/** The submit-like control closest above the editor (within a few levels), outside the editor itself, and the
 * smallest ancestor holding both: the composer's box. */
export function nearbySubmit(editor: HTMLElement): { control: Element; box: Element } | null {
  let box: Element | null = editor.parentElement;
  for (let level = 0; box && box !== editor.ownerDocument.body && level < NEAR_LEVELS; level++, box = box.parentElement) {
    for (const control of box.querySelectorAll(BUTTON_LIKE)) {
      if (!editor.contains(control) && isSubmitLike(control)) return { control, box };
    }
  }
  return null;
}

function describeControl(control: Element): string {
  const tag = control.tagName.toLowerCase();
  const role = control.getAttribute('role');
  return role && role !== tag ? `${tag}[role=${role}]` : tag;
}

/**
 * The sighting when `target` (what got focus) is in a large editor that looks like a post editor, has a submit
 * control near it, and is not one of `adapter`'s composers; null otherwise (claimed, too small, a search box...).
 * `size` is the editor's box (getBoundingClientRect by default; tests pass one, as their DOM has no layout).
 */
export function unclaimedEditor(
  target: Element,
  adapter: Pick<SiteAdapter, 'findComposers'>,
  size: (el: HTMLElement) => { width: number; height: number } = (el) => el.getBoundingClientRect(),
): EditorSighting | null {
  const editor = editingHost(target);
  if (!editor || editor.closest(NOT_A_POST_EDITOR)) return null;
  const { width, height } = size(editor);
  if (width < MIN_EDITOR_WIDTH || height < MIN_EDITOR_HEIGHT) return null;
  const near = nearbySubmit(editor);
  if (!near) return null;
  // Last, as it queries the whole page: an editor inside (or around) a claimed composer is the adapter's, and one
  // sharing its box with a claimed composer is a field of a working one (Reddit's title above the claimed body).
  const doc = editor.ownerDocument;
  const claimed = (c: HTMLElement) => c === editor || c.contains(editor) || editor.contains(c) || near.box.contains(c);
  if (adapter.findComposers(doc).some(claimed)) return null;
  return {
    kind: editor instanceof HTMLTextAreaElement ? 'textarea' : 'contenteditable',
    role: editor.getAttribute('role') ?? '',
    width: Math.round(width),
    height: Math.round(height),
    library: LIBRARIES.find(([selector]) => editor.matches(selector) || editor.closest(selector))?.[1] ?? '',
    submit: describeControl(near.control),
  };
}
