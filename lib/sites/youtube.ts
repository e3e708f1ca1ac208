// YouTube (www.youtube.com) comments: a plain contenteditable in Polymer elements rendered in light DOM. The
// collapsed simplebox mounts a ytd-commentbox when clicked; reply boxes are ytd-commentbox elements under
// ytd-comment-replies-renderer. The page enforces Trusted Types: nothing here builds markup.
// Every box here is a reply: a top-level comment answers the video as an Instagram comment answers a post, and
// a reply answers a comment. (Community posts, the only new posts on YouTube, are not covered.)
// No keyboard shortcut is assumed (none is confirmed on the site); the button is the send.
import { defineSite, isDisabled } from './adapter';

const COMMENTBOX = 'ytd-commentbox';
const EDITABLE = `${COMMENTBOX} #contenteditable-root[contenteditable="true"]`;
const FOOTER = '#footer';
const SUBMIT = `${COMMENTBOX} #submit-button button`;
const INVISIBLE_RE = /[\u200B\uFEFF]/g;
// A reply box sits in a comment thread, after the comment it answers; each comment shows its author as "@handle".
const THREAD = 'ytd-comment-thread-renderer';
const AUTHOR = '#author-text';
const HANDLE_RE = /^@[\w.-]{3,30}$/;

export default defineSite({
  id: 'youtube',
  composerSelectors: [EDITABLE],
  findComposers: (root) => [...root.querySelectorAll<HTMLElement>(EDITABLE)],
  // Lines are <br>s or <div>s inside one editable, not blocks for blockText: innerText keeps them as "\n".
  readText: (editable) => editable.innerText.replace(INVISIBLE_RE, '').replace(/\u00A0/g, ' ').replace(/\n$/, ''),
  placeHint(editable) {
    // Between the editor and the footer holding Cancel and Comment/Reply.
    const footer = editable.closest(COMMENTBOX)?.querySelector(FOOTER);
    if (footer?.parentNode) return { parent: footer.parentNode, before: footer };
    const anchor = editable.parentElement ?? editable;
    return { parent: anchor.parentNode ?? document.body, before: anchor.nextSibling };
  },
  isReply: () => true,
  replyTo(editable) {
    const authors = [...(editable.closest(THREAD)?.querySelectorAll(AUTHOR) ?? [])];
    // The nearest author before the box: the comment (or the reply) whose Reply button opened it.
    const answered = authors.filter((a) => a.compareDocumentPosition(editable) & Node.DOCUMENT_POSITION_FOLLOWING).pop();
    const handle = answered?.textContent?.trim() ?? '';
    return HANDLE_RE.test(handle) ? [handle.toLowerCase()] : [];
  },
  submitControl(target) {
    const control = target.closest<HTMLElement>(SUBMIT);
    return control && !isDisabled(control) ? control : null;
  },
  isSubmitKey: () => false,
});
