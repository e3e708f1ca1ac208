// Mastodon (mastodon.social, and any instance the person adds, recognised by its DOM). A plain textarea.
// Selectors come from Mastodon's own source (compose_form.jsx, autosuggest_textarea.jsx, _web_app.html.haml). Forks (glitch-soc, Akkoma…) render other markup and are not matched.
import { defineSite, isDisabled, isModEnter } from './adapter';

const APP_ROOT = 'div#mastodon';
const INITIAL_STATE = 'script#initial-state';
const FORM = 'form.compose-form';
const TEXTAREA = `${FORM} textarea.autosuggest-textarea__textarea`;
const TEXTAREA_WRAPPER = '.autosuggest-textarea';
const SUBMIT = `${FORM} button[type="submit"]`;
const REPLY_INDICATOR = '.reply-indicator';
// The answered status's author in the reply indicator (DisplayName: "@acct", or "@user@domain" on newer versions).
const REPLY_ACCOUNT = `${REPLY_INDICATOR} .display-name__account`;
// Saving an edit re-sends a post that was recorded when first published; it is not a new post.
const EDIT_INDICATOR = '.edit-indicator';
// The mention/hashtag/emoji list renders in an overlay under <body>, not inside the form; while it shows, Enter
// (with or without Ctrl) picks a suggestion instead of posting.
const OPEN_SUGGESTIONS = '.autosuggest-textarea__suggestions .autosuggest-textarea__suggestions__item';

function formOf(editable: Element): HTMLFormElement | null {
  return editable.closest<HTMLFormElement>(FORM);
}

function isEditing(form: Element): boolean {
  return form.querySelector(EDIT_INDICATOR) !== null;
}

export default defineSite({
  id: 'mastodon',
  detect: (doc) => doc.querySelector(APP_ROOT) !== null || doc.querySelector(INITIAL_STATE) !== null,
  composerSelectors: [TEXTAREA],
  findComposers: (root) => [...root.querySelectorAll<HTMLElement>(TEXTAREA)],
  readText: (editable) => (editable as HTMLTextAreaElement).value,
  placeHint(editable) {
    // Below the textarea's wrapper: the footer with the submit button stays where it is.
    const anchor = editable.closest(TEXTAREA_WRAPPER) ?? editable;
    return { parent: anchor.parentNode ?? document.body, before: anchor.nextSibling };
  },
  isReply: (editable) => formOf(editable)?.querySelector(REPLY_INDICATOR) != null,
  replyTo(editable) {
    const account = formOf(editable)?.querySelector(REPLY_ACCOUNT)?.textContent?.trim().toLowerCase() ?? '';
    if (!/^@[^\s@]+(?:@[^\s@]+)?$/.test(account)) return [];
    // An account on this server is written without its domain when mentioned: one person either way.
    const local = `@${editable.ownerDocument.location.hostname.toLowerCase()}`;
    return [account.endsWith(local) ? account.slice(0, -local.length) : account];
  },
  submitControl(target) {
    const control = target.closest<HTMLElement>(SUBMIT);
    if (!control || isDisabled(control)) return null;
    const form = formOf(control);
    return form && !isEditing(form) ? control : null;
  },
  isSubmitKey(event, editable) {
    if (!isModEnter(event) || event.isComposing || event.keyCode === 229) return false;
    const form = formOf(editable);
    if (!form || isEditing(form)) return false;
    if (editable.ownerDocument.querySelector(OPEN_SUGGESTIONS)) return false;
    const submit = form.querySelector(SUBMIT);
    return !!submit && !isDisabled(submit);
  },
});
