// X (x.com): Draft.js on desktop, a textarea on the touch layout. Selectors are the data-testid attributes X renders
// (tweetTextarea_N, tweetButton, tweetButtonInline); the fixture in tests/fixtures/x reproduces them.
import { defineSite, isDisabled, isModEnter } from './adapter';
import { blockText, isTextField } from './dom/read-text';

const COMPOSER = '[data-testid^="tweetTextarea_"]';
const EDITABLE = `${COMPOSER}[contenteditable="true"], textarea${COMPOSER}, ${COMPOSER} textarea`;
const DRAFT_ROOT = '.DraftEditor-root';
const DRAFT_BLOCK = '[data-block="true"]';
const SUBMIT = '[data-testid="tweetButtonInline"], [data-testid="tweetButton"]';
const INLINE_REPLY = '[data-testid="inline_reply_offscreen"]';
const MODAL = '[aria-labelledby="modal-header"], [role="dialog"]';
const QUOTED_POST = '[data-testid="tweet"], article';

export default defineSite({
  id: 'x',
  composerSelectors: [EDITABLE],
  findComposers: (root) => [...root.querySelectorAll<HTMLElement>(EDITABLE)],
  readText: (editable) => blockText(editable, DRAFT_BLOCK),
  placeHint(editable) {
    const anchor = isTextField(editable) ? editable : (editable.closest(DRAFT_ROOT) ?? editable);
    return { parent: anchor.parentNode ?? document.body, before: anchor.nextSibling };
  },
  isReply(editable) {
    if (editable.closest(INLINE_REPLY)) return true;
    // A reply modal shows the post being answered above the composer; a quote shows it below.
    const shown = editable.closest(MODAL)?.querySelector(QUOTED_POST);
    return !!shown && !!(shown.compareDocumentPosition(editable) & Node.DOCUMENT_POSITION_FOLLOWING);
  },
  submitControl(target) {
    const control = target.closest<HTMLElement>(SUBMIT);
    return control && !isDisabled(control) ? control : null;
  },
  isSubmitKey: (event) => isModEnter(event),
});
