// Reddit: new Reddit ("shreddit", www.reddit.com) and old Reddit (old.reddit.com), one adapter for both.
// The fixture in tests/fixtures/reddit serves both at their real addresses.
//
// What `reply` means here: every comment answers something, so a comment box counts as a reply, whether it
// answers the post (top-level box) or another comment. Only a post's own body (the submit page) is not a reply.
import { defineSite, isDisabled } from './adapter';
import { blockText, isTextField } from './dom/read-text';

// New Reddit: `shreddit-composer` keeps its toolbar in a shadow root; the Lexical editable and the submit button
// are slotted light-DOM children (slot="rte", slot="submit-button"), so document queries reach them.
const NEW_COMPOSER = 'shreddit-composer';
const NEW_EDITABLE = `${NEW_COMPOSER} > [contenteditable="true"][role="textbox"]`;
const NEW_SUBMIT = `${NEW_COMPOSER} > button[type="submit"][slot="submit-button"]`;
/** Top-level and reply boxes both mount under comment-composer-host; replies also sit in their shreddit-comment. */
const NEW_COMMENT_BOX = 'comment-composer-host, shreddit-comment';
/**
 * Lexical rich text: one element per paragraph, heading, quote, code block or list item (innerText would put
 * "\n\n" between paragraphs). A list item that only holds a nested list is skipped: its items are read themselves.
 */
const LEXICAL_BLOCK =
  ':scope > p, :scope > h1, :scope > h2, :scope > h3, :scope > h4, :scope > h5, :scope > h6, :scope > blockquote, ' +
  ':scope > code, :scope > pre, :scope li:not(:has(> ul, > ol))';

// Old Reddit: server-rendered `form.usertext` with a textarea; reply forms are cloned in when "reply" is clicked.
const OLD_EDITABLE = 'form.usertext .usertext-edit textarea[name="text"]';
const OLD_SUBMIT = 'form.usertext .usertext-buttons button.save';
/** Comment boxes: the top-level one in .commentarea, reply forms under a .thing's .child. */
const OLD_COMMENT_BOX = '.commentarea, .thing';
/** The edit form of an existing comment or self-post lives in its .entry: an edit is not a new post. */
const OLD_EDIT_FORM = '.entry';
/** The comment a reply box answers, and its author's username: shreddit-comment[author], old Reddit's .thing[data-author]. */
const NEW_ANSWERED = 'shreddit-comment[author]';
const OLD_ANSWERED = '.thing.comment[data-author]';
const USERNAME_RE = /^[\w-]{3,20}$/;

export default defineSite({
  id: 'reddit',
  composerSelectors: [NEW_EDITABLE, OLD_EDITABLE],
  findComposers(root) {
    const oldBoxes = [...root.querySelectorAll<HTMLElement>(OLD_EDITABLE)].filter((t) => !t.closest(OLD_EDIT_FORM));
    return [...root.querySelectorAll<HTMLElement>(NEW_EDITABLE), ...oldBoxes];
  },
  readText: (editable) => blockText(editable, LEXICAL_BLOCK),
  placeHint(editable) {
    if (isTextField(editable)) return { parent: editable.parentNode ?? document.body, before: editable.nextSibling };
    // A child of shreddit-composer would be slotted (or hidden when no slot takes it): go beside the composer.
    const composer = editable.closest(NEW_COMPOSER) ?? editable;
    return { parent: composer.parentNode ?? document.body, before: composer.nextSibling };
  },
  isReply(editable) {
    return !!editable.closest(isTextField(editable) ? OLD_COMMENT_BOX : NEW_COMMENT_BOX);
  },
  replyTo(editable) {
    const old = isTextField(editable);
    const author = editable.closest(old ? OLD_ANSWERED : NEW_ANSWERED)?.getAttribute(old ? 'data-author' : 'author') ?? '';
    return USERNAME_RE.test(author) ? [`@${author.toLowerCase()}`] : [];
  },
  submitControl(target) {
    const control = target.closest<HTMLElement>(`${NEW_SUBMIT}, ${OLD_SUBMIT}`);
    if (!control || isDisabled(control) || control.closest(OLD_EDIT_FORM)) return null;
    return control;
  },
  // No native shortcut: new Reddit's is unconfirmed, old Reddit's Ctrl+Enter comes only from RES.
  isSubmitKey: () => false,
});
