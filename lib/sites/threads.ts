// Threads (www.threads.com, formerly www.threads.net): contenteditable role=textbox on Meta's stack (Lexical
// assumed, not confirmed). New posts and thread drafts are composed in a [role=dialog] modal sent by a role=button
// reading "Post" (it sends every post of the draft); reply boxes carry aria-placeholder "Reply to …", inline under a
// post (sent by a role=button holding the Reply-arrow svg, after the box: the Reply svg before it, in the post's
// action bar, only opens the box) or in a reply modal that shows the post above the box. Ctrl/Cmd+Enter sends
// (as another extension's content script relies on; not confirmed on the site itself). Selectors as of January
// 2026. Labels are English; Threads localises them.
import { defineSite, isDisabled, isModEnter } from './adapter';
import { blockText } from './dom/read-text';

const EDITABLE = '[role="textbox"][contenteditable="true"]';
const MODAL = '[role="dialog"]';
const REPLY_PLACEHOLDER = '[aria-placeholder^="Reply to"]';
const COMPOSER = `${MODAL} ${EDITABLE}, ${EDITABLE}${REPLY_PLACEHOLDER}`;
const CONTROL = '[role="button"]';
const POST_TEXT = 'Post';
const REPLY_ICON = 'svg[aria-label="Reply"]';
const SHOWN_POST = '[data-pressable-container="true"]';
const LEXICAL_BLOCK = 'p';

const isModalPost = (control: Element) => (control.textContent ?? '').trim() === POST_TEXT && control.closest(MODAL) !== null;

/** The inline reply's send: a Reply-icon button that comes after a reply box in their shared container. */
function sendsInlineReply(control: Element): boolean {
  if (!control.querySelector(REPLY_ICON)) return false;
  for (let node = control.parentElement; node; node = node.parentElement) {
    const boxes = node.querySelectorAll(`${EDITABLE}${REPLY_PLACEHOLDER}`);
    if (boxes.length === 0) continue;
    return [...boxes].some((box) => box.compareDocumentPosition(control) & Node.DOCUMENT_POSITION_FOLLOWING);
  }
  return false;
}

/** The control that sends this editable: the modal's Post, or the inline reply's send icon. */
function sendControlFor(editable: Element): Element | null {
  const modal = editable.closest(MODAL);
  const controls = [...(modal ?? editable.parentElement?.parentElement ?? editable).querySelectorAll(CONTROL)];
  return controls.find((c) => (modal ? isModalPost(c) : sendsInlineReply(c))) ?? null;
}

export default defineSite({
  id: 'threads',
  composerSelectors: [COMPOSER],
  findComposers: (root) => [...root.querySelectorAll<HTMLElement>(COMPOSER)],
  readText: (editable) => blockText(editable, LEXICAL_BLOCK),
  placeHint(editable) {
    const anchor = editable.parentElement ?? editable;
    return { parent: anchor.parentNode ?? document.body, before: anchor.nextSibling };
  },
  isReply(editable) {
    if (editable.matches(REPLY_PLACEHOLDER)) return true;
    // A reply modal shows the post being answered above the box.
    const shown = editable.closest(MODAL)?.querySelector(SHOWN_POST);
    return !!shown && !!(shown.compareDocumentPosition(editable) & Node.DOCUMENT_POSITION_FOLLOWING);
  },
  submitControl(target) {
    const control = target.closest<HTMLElement>(CONTROL);
    if (!control || isDisabled(control)) return null;
    return isModalPost(control) || sendsInlineReply(control) ? control : null;
  },
  isSubmitKey(event, editable) {
    if (!isModEnter(event) || event.isComposing || event.keyCode === 229) return false;
    const control = sendControlFor(editable);
    return !control || !isDisabled(control);
  },
});
