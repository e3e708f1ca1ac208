// X (x.com): Draft.js on desktop, a textarea on the touch layout. Selectors are the data-testid attributes X renders
// (tweetTextarea_N, tweetButton, tweetButtonInline); the fixture in tests/fixtures/x reproduces them.
import { defineSite, isDisabled, isModEnter } from './adapter';
import { blockText, isTextField } from './dom/read-text';

const COMPOSER = '[data-testid^="tweetTextarea_"]';
const EDITABLE = `${COMPOSER}[contenteditable="true"], textarea${COMPOSER}, ${COMPOSER} textarea`;
const DRAFT = { root: '.DraftEditor-root', block: '[data-block="true"]' };
const SUBMIT = '[data-testid="tweetButtonInline"], [data-testid="tweetButton"]';
/** Where a reply composer sits (inline under a post, or a modal showing the post) and whose post it answers. */
const REPLY = {
  inline: '[data-testid="inline_reply_offscreen"]',
  modal: '[aria-labelledby="modal-header"], [role="dialog"]',
  shownPost: '[data-testid="tweet"], article',
  post: 'article[data-testid="tweet"]',
  // A post's author: the profile links in its name line (href="/handle"), the same in every language.
  authorLink: '[data-testid="User-Name"] a[href^="/"]',
  handlePath: /^\/([A-Za-z0-9_]{1,15})$/,
};

/** The post a reply composer answers: above it in a reply modal, or the last post before an inline reply box. */
function answeredPost(editable: HTMLElement): Element | undefined {
  const before = (post: Element) => !!(post.compareDocumentPosition(editable) & Node.DOCUMENT_POSITION_FOLLOWING);
  const modal = editable.closest(REPLY.modal);
  if (modal) {
    const shown = modal.querySelector(REPLY.shownPost);
    return shown && before(shown) ? shown : undefined;
  }
  if (!editable.closest(REPLY.inline)) return undefined;
  return [...editable.ownerDocument.querySelectorAll(REPLY.post)].filter(before).pop();
}

export default defineSite({
  id: 'x',
  composerSelectors: [EDITABLE],
  findComposers: (root) => [...root.querySelectorAll<HTMLElement>(EDITABLE)],
  readText: (editable) => blockText(editable, DRAFT.block),
  placeHint(editable) {
    const anchor = isTextField(editable) ? editable : (editable.closest(DRAFT.root) ?? editable);
    return { parent: anchor.parentNode ?? document.body, before: anchor.nextSibling };
  },
  isReply(editable) {
    if (editable.closest(REPLY.inline)) return true;
    // A reply modal shows the post being answered above the composer; a quote shows it below.
    const shown = editable.closest(REPLY.modal)?.querySelector(REPLY.shownPost);
    return !!shown && !!(shown.compareDocumentPosition(editable) & Node.DOCUMENT_POSITION_FOLLOWING);
  },
  replyTo(editable) {
    const post = answeredPost(editable);
    const path = post?.querySelector(REPLY.authorLink)?.getAttribute('href') ?? '';
    const handle = REPLY.handlePath.exec(path)?.[1];
    return handle ? [`@${handle.toLowerCase()}`] : [];
  },
  submitControl(target) {
    const control = target.closest<HTMLElement>(SUBMIT);
    return control && !isDisabled(control) ? control : null;
  },
  isSubmitKey: (event) => isModEnter(event),
});
