// Reddit: new Reddit ("shreddit", www.reddit.com) and old Reddit (old.reddit.com), one adapter for both.
// The fixture in tests/fixtures/reddit serves both at their real addresses.
//
// What `reply` means here: every comment answers something, so a comment box counts as a reply, whether it
// answers the post (top-level box) or another comment. Only a post's own body (the submit page) is not a reply.
import { defineSite, isDisabled } from './adapter';
import { blockText, isTextField } from './dom/read-text';

const NEW_COMPOSER = 'shreddit-composer';
/**
 * New Reddit: `shreddit-composer` keeps its toolbar in a shadow root; the Lexical editable and the submit button are
 * slotted light-DOM children (slot="rte", slot="submit-button"), so document queries reach them.
 */
const NEW = {
  composer: NEW_COMPOSER,
  editable: `${NEW_COMPOSER} > [contenteditable="true"][role="textbox"]`,
  submit: `${NEW_COMPOSER} > button[type="submit"][slot="submit-button"]`,
  /** Top-level and reply boxes both mount under comment-composer-host; replies also sit in their shreddit-comment. */
  commentBox: 'comment-composer-host, shreddit-comment',
  /** The comment a reply box answers; its author's username is the `author` attribute. */
  answered: { selector: 'shreddit-comment[author]', attribute: 'author' },
};
/**
 * Lexical rich text: one element per paragraph, heading, quote, code block or list item (innerText would put
 * "\n\n" between paragraphs). A list item that only holds a nested list is skipped: its items are read themselves.
 */
const LEXICAL_BLOCK =
  ':scope > p, :scope > h1, :scope > h2, :scope > h3, :scope > h4, :scope > h5, :scope > h6, :scope > blockquote, ' +
  ':scope > code, :scope > pre, :scope li:not(:has(> ul, > ol))';

/** Old Reddit: server-rendered `form.usertext` with a textarea; reply forms are cloned in when "reply" is clicked. */
const OLD = {
  editable: 'form.usertext .usertext-edit textarea[name="text"]',
  submit: 'form.usertext .usertext-buttons button.save',
  /** Comment boxes: the top-level one in .commentarea, reply forms under a .thing's .child. */
  commentBox: '.commentarea, .thing',
  /** The edit form of an existing comment or self-post lives in its .entry: an edit is not a new post. */
  editForm: '.entry',
  answered: { selector: '.thing.comment[data-author]', attribute: 'data-author' },
};
const USERNAME_RE = /^[\w-]{3,20}$/;

export default defineSite({
  id: 'reddit',
  composerSelectors: [NEW.editable, OLD.editable],
  findComposers(root) {
    const oldBoxes = [...root.querySelectorAll<HTMLElement>(OLD.editable)].filter((t) => !t.closest(OLD.editForm));
    return [...root.querySelectorAll<HTMLElement>(NEW.editable), ...oldBoxes];
  },
  readText: (editable) => blockText(editable, LEXICAL_BLOCK),
  placeHint(editable) {
    if (isTextField(editable)) return { parent: editable.parentNode ?? document.body, before: editable.nextSibling };
    // A child of shreddit-composer would be slotted (or hidden when no slot takes it): go beside the composer.
    const composer = editable.closest(NEW.composer) ?? editable;
    return { parent: composer.parentNode ?? document.body, before: composer.nextSibling };
  },
  isReply(editable) {
    return !!editable.closest(isTextField(editable) ? OLD.commentBox : NEW.commentBox);
  },
  replyTo(editable) {
    const { selector, attribute } = isTextField(editable) ? OLD.answered : NEW.answered;
    const author = editable.closest(selector)?.getAttribute(attribute) ?? '';
    return USERNAME_RE.test(author) ? [`@${author.toLowerCase()}`] : [];
  },
  submitControl(target) {
    const control = target.closest<HTMLElement>(`${NEW.submit}, ${OLD.submit}`);
    if (!control || isDisabled(control) || control.closest(OLD.editForm)) return null;
    return control;
  },
  // No native shortcut: new Reddit's is unconfirmed, old Reddit's Ctrl+Enter comes only from RES.
  isSubmitKey: () => false,
});
