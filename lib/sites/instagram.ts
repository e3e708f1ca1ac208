// Instagram (www.instagram.com): comments are a <textarea> in a <form> (replies: a comment answers a post); the
// create-post caption is a new post. Selectors as of January 2026. Every label is localised ("Add a comment…", "Post",
// "Share"), so comments are matched by structure: the textarea of a <form>, outside the settings pages (/accounts/,
// where the profile bio is also a form textarea); its submit is the form's text-only button (the emoji button
// holds an svg). The caption: sources conflict (a 2026-04 script types into a textarea; most 2026 tooling into a
// Lexical contenteditable "Write a caption..."). Both are matched, by their English aria-label only: a structural
// match would also catch Lexical DM boxes. Captions in other languages are not found yet.
import { defineSite, isDisabled } from './adapter';
import { blockText, isTextField } from './dom/read-text';

const COMMENT = 'form textarea';
const SETTINGS_PATH = '/accounts/';
const CAPTION_LABEL = 'Write a caption';
const CAPTION = `[role="dialog"] [contenteditable="true"][aria-label^="${CAPTION_LABEL}"], [role="dialog"] textarea[aria-label^="${CAPTION_LABEL}"]`;
const DIALOG = '[role="dialog"]';
const CONTROL = 'button, [role="button"]';
const SHARE_TEXT = 'Share';
const LEXICAL_BLOCK = 'p';

function isCaption(editable: Element): boolean {
  return editable.matches(CAPTION);
}

/** A text-only button (the icon buttons beside a box hold an svg): "Post" under a comment, "Share" on a caption. */
function isTextButton(control: Element): boolean {
  return control.querySelector('svg, img') === null && (control.textContent ?? '').trim().length > 0;
}

/** The comment form's submit: its text-only button or role=button. */
function commentSubmit(form: HTMLFormElement): HTMLElement | null {
  return [...form.querySelectorAll<HTMLElement>(CONTROL)].find(isTextButton) ?? null;
}

function findComments(root: Document): HTMLElement[] {
  if (root.location?.pathname.startsWith(SETTINGS_PATH)) return [];
  return [...root.querySelectorAll<HTMLTextAreaElement>(COMMENT)].filter((t) => !isCaption(t));
}

export default defineSite({
  id: 'instagram',
  composerSelectors: [CAPTION, COMMENT],
  findComposers: (root) => [...root.querySelectorAll<HTMLElement>(CAPTION), ...findComments(root)],
  readText: (editable) => blockText(editable, LEXICAL_BLOCK),
  placeHint(editable) {
    // Comments: below the whole comment row (emoji, textarea, Post). Captions: below the editor's wrapper, which
    // also holds Lexical's placeholder.
    const anchor = (isTextField(editable) && !isCaption(editable) ? editable.closest('form') : editable.parentElement) ?? editable;
    return { parent: anchor.parentNode ?? document.body, before: anchor.nextSibling };
  },
  isReply: (editable) => !isCaption(editable),
  submitControl(target) {
    const control = target.closest<HTMLElement>(CONTROL);
    if (!control || isDisabled(control) || !isTextButton(control)) return null;
    const form = control.closest('form');
    if (form?.querySelector(COMMENT)) return commentSubmit(form) === control ? control : null;
    // The caption's "Share" sits in the create dialog's header, before the caption.
    const dialog = control.closest(DIALOG);
    const caption = dialog?.querySelector(CAPTION);
    if (!caption || (control.textContent ?? '').trim() !== SHARE_TEXT) return null;
    return control;
  },
  isSubmitKey(event, editable) {
    // Enter posts a comment; Shift+Enter is a newline. A caption has no shortcut (Enter is a newline there).
    if (isCaption(editable) || !(editable instanceof HTMLTextAreaElement)) return false;
    if (event.key !== 'Enter' || event.shiftKey || event.ctrlKey || event.metaKey || event.altKey) return false;
    if (event.isComposing || event.keyCode === 229) return false;
    const form = editable.closest('form');
    const submit = form && commentSubmit(form);
    return !!submit && !isDisabled(submit);
  },
});
