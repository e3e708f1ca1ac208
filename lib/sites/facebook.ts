// Facebook (www.facebook.com): Lexical everywhere. The "Create post" dialog is a new post (sent by its Post button);
// comment and reply boxes are replies (bare Enter sends, Shift+Enter is a newline). Messenger chat boxes are Lexical
// textboxes too and are never matched: composers are found by the dialog's and the comment boxes' aria-labels.
// Selectors agree with open-source extensions that read the same composers (snorkel, Maskbook).
// The labels are English; Facebook localises and personalises them ("Comment as <Name>"), so other languages are
// not found yet.
import { defineSite, isDisabled } from './adapter';
import { blockText } from './dom/read-text';

const LEXICAL = '[data-lexical-editor="true"][contenteditable="true"]';
const POST_DIALOG = 'div[role="dialog"][aria-label="Create post"]';
const POST_EDITOR = `${POST_DIALOG} ${LEXICAL}`;
const COMMENT_LABELS = ['Comment as', 'Reply to', 'Write a comment', 'Write a public comment', 'Write a reply'];
const COMMENT_EDITOR = COMMENT_LABELS.map((label) => `${LEXICAL}[aria-label^="${label}"]`).join(', ');
const POST_SUBMIT = `${POST_DIALOG} div[role="button"][aria-label="Post"]`;
const COMMENT_SUBMIT = 'div[role="button"][aria-label="Comment"], #focused-state-composer-submit [role="button"], #focused-state-composer-submit';
const LEXICAL_BLOCK = 'p';

const isComment = (editable: Element) => editable.matches(COMMENT_EDITOR);

/** Whether a comment send control sits after a comment box in their shared container (a post's action-bar button
 *  comes before the box, and must never count as sending what the box holds). */
function followsCommentBox(control: Element): boolean {
  for (let node = control.parentElement; node; node = node.parentElement) {
    const boxes = node.querySelectorAll(COMMENT_EDITOR);
    if (boxes.length === 0) continue;
    return [...boxes].some((box) => box.compareDocumentPosition(control) & Node.DOCUMENT_POSITION_FOLLOWING);
  }
  return false;
}

/** A mention/typeahead list is open: Enter picks an entry (Lexical's typeahead marks the editable). */
function typeaheadOpen(editable: Element): boolean {
  return editable.getAttribute('aria-expanded') === 'true' || !!editable.getAttribute('aria-activedescendant');
}

export default defineSite({
  id: 'facebook',
  composerSelectors: [POST_EDITOR, COMMENT_EDITOR],
  findComposers: (root) => [...root.querySelectorAll<HTMLElement>(`${POST_EDITOR}, ${COMMENT_EDITOR}`)],
  // Lexical rich text renders a <p> per paragraph, which innerText doubles: one line per block instead.
  readText: (editable) => blockText(editable, LEXICAL_BLOCK),
  placeHint(editable) {
    // Below the editor's wrapper, which also holds Lexical's placeholder.
    const anchor = editable.parentElement ?? editable;
    return { parent: anchor.parentNode ?? document.body, before: anchor.nextSibling };
  },
  isReply: isComment,
  submitControl(target) {
    const post = target.closest<HTMLElement>(POST_SUBMIT);
    if (post) return isDisabled(post) ? null : post;
    const comment = target.closest<HTMLElement>(COMMENT_SUBMIT);
    if (!comment || isDisabled(comment)) return null;
    return followsCommentBox(comment) ? comment : null;
  },
  isSubmitKey(event, editable) {
    if (!isComment(editable)) return false; // the post dialog sends by its button only
    if (event.key !== 'Enter' || event.shiftKey || event.ctrlKey || event.metaKey || event.altKey) return false;
    return !event.isComposing && event.keyCode !== 229 && !typeaheadOpen(editable);
  },
});
