// LinkedIn (linkedin.com): two generations are live at once, per account.
// Classic (Ember): Quill editors; the share box sits in the open shadow root of #interop-outlet, comment boxes in
// the page. New ("SDUI", React): TipTap editors; the share box is a native <dialog>, comment boxes are keyed
// commentBox-*. No native keyboard shortcut submits: click only.
// Selectors agree with open-source cross-posting and rich-post extensions; the fixture in tests/fixtures/linkedin
// mounts both generations on the real Quill and TipTap.
import { defineSite, isDisabled } from './adapter';
import { queryThroughHosts } from './dom/deep-query';
import { blockText } from './dom/read-text';

/** The classic share box renders inside this host's open shadow root. */
const INTEROP_HOST = '#interop-outlet, [data-testid="interop-shadowdom"]';

const QUILL_EDITABLE = '.ql-editor[contenteditable="true"]';
const QUILL_CONTAINER = '.ql-container';
const CLASSIC_SHARE =
  '.share-box-v2__modal, [data-test-modal-id="sharebox"], [role="dialog"][aria-labelledby="share-to-linkedin-modal__header"]';
const CLASSIC_COMMENT_FORM = 'form.comments-comment-box__form';

const NEW_SHARE_KEY = '[componentkey="ShareBox_textEditor"]';
const TIPTAP_WRAPPER = '[data-testid="ui-core-tiptap-text-editor-wrapper"]';
const NEW_COMMENT_BOX = '[componentkey^="commentBox-"]';
const TIPTAP_EDITABLE = '[contenteditable="true"][role="textbox"]';

// :is() keeps each list a unit inside a descendant selector.
const EDITABLES = [
  `:is(${CLASSIC_SHARE}) ${QUILL_EDITABLE}`,
  `${CLASSIC_COMMENT_FORM} ${QUILL_EDITABLE}`,
  // The share editor's key has been seen on the editable itself and on a wrapper around it.
  `${NEW_SHARE_KEY}[contenteditable="true"]`,
  `${NEW_SHARE_KEY} [contenteditable="true"]`,
  `${NEW_COMMENT_BOX} ${TIPTAP_WRAPPER} ${TIPTAP_EDITABLE}`,
];
const EDITABLE = EDITABLES.join(', ');

/** Quill: one block per line (innerText doubles the newlines of its <p>s); list items and code lines too. */
const QUILL_BLOCK =
  ':scope > p, :scope > h1, :scope > h2, :scope > h3, :scope > blockquote, :scope > ol > li, :scope > ul > li, :scope .ql-code-block';
/** TipTap: one <p> per paragraph (list items hold a <p> too). */
const TIPTAP_BLOCK = 'p, pre, h1, h2, h3, h4, h5, h6';

const CLASSIC_SUBMIT =
  '.share-actions__primary-action, button.comments-comment-box__submit-button--cr, ' +
  `${CLASSIC_COMMENT_FORM} button[class*="comments-comment-box__submit-button"]`;
const NEW_COMMENT_SUBMIT =
  'button[data-view-name="comment-post"], button[data-view-name="comment-reply-post"], [componentkey*="commentButtonSection"] button';
/** The new share box: a native <dialog> showing the ShareCompose screen. */
const NEW_SHARE_DIALOG = `dialog:has(${NEW_SHARE_KEY}), dialog:has([data-sdui-screen*="sharing.ShareCompose"])`;

function isShareBox(editable: HTMLElement): boolean {
  return !!editable.closest(`${CLASSIC_SHARE}, ${NEW_SHARE_KEY}, ${NEW_SHARE_DIALOG}`);
}

/**
 * The new share dialog's Post button has no stable attribute and a localised label. Every other button in the
 * dialog carries an icon, so the submit control is its last text-only button (the crossposter keys on the same shape).
 */
function newSharePostButton(button: HTMLButtonElement): boolean {
  const dialog = button.closest(NEW_SHARE_DIALOG);
  if (!dialog) return false;
  const textOnly = [...dialog.querySelectorAll('button')].filter(
    (b) => !b.querySelector('svg, img') && (b.textContent ?? '').trim() !== '' && !b.closest('[contenteditable="true"]'),
  );
  return textOnly.at(-1) === button;
}

export default defineSite({
  id: 'linkedin',
  shadowHosts: INTEROP_HOST,
  composerSelectors: EDITABLES,
  findComposers: (root) => [...new Set(queryThroughHosts<HTMLElement>(root, INTEROP_HOST, EDITABLE))],
  readText: (editable) => blockText(editable, editable.matches('.ql-editor') ? QUILL_BLOCK : TIPTAP_BLOCK),
  placeHint(editable) {
    // Beside the editor's own wrapper (Quill's container, TipTap's wrapper), never inside the editable. For the
    // classic share box that parent is inside #interop-outlet's shadow root, so the hint shows over the overlay.
    const wrapper = editable.matches('.ql-editor')
      ? editable.closest(QUILL_CONTAINER)
      : (editable.closest(TIPTAP_WRAPPER) ?? editable.parentElement?.closest(NEW_SHARE_KEY));
    const anchor = wrapper ?? editable;
    return { parent: anchor.parentNode ?? document.body, before: anchor.nextSibling };
  },
  // Comments answer a post or another comment; share-box posts are new posts.
  isReply: (editable) => !isShareBox(editable),
  submitControl(target) {
    const control =
      target.closest<HTMLElement>(`${CLASSIC_SUBMIT}, ${NEW_COMMENT_SUBMIT}`) ??
      (() => {
        const button = target.closest('button');
        return button && newSharePostButton(button) ? button : null;
      })();
    return control && !isDisabled(control) ? control : null;
  },
  isSubmitKey: () => false,
});
