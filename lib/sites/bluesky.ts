// Bluesky (bsky.app): a TipTap/ProseMirror editor per post in the composer modal; a thread draft has several.
// Selectors come from Bluesky's open-source web app (social-app: TextInput.web.tsx, Composer.tsx).
import { defineSite, isDisabled, isModEnter } from './adapter';
import { blockText } from './dom/read-text';

const EDITABLE = '.ProseMirror[contenteditable="true"]';
/** TipTap renders one <p> per paragraph (innerText would double the newlines); HardBreak stays a <br> inside. */
const BLOCK = 'p, pre, h1, h2, h3, h4, h5, h6';
const COMPOSER = '[data-testid="composePostView"], [role="dialog"], [aria-modal="true"]';
const PUBLISH = '[data-testid="composerPublishBtn"]';
/** The publish label says post vs reply, singular vs plural: "Publish reply", "Publish replies". */
const REPLY_LABEL = /\brepl(y|ies)\b/i;
/** The parent post shown above the editor of a reply (composer's ComposerReplyTo). */
const REPLY_TO = '[data-testid="composerReplyTo"]';

function publishButton(editable: HTMLElement): HTMLElement | null {
  return editable.closest(COMPOSER)?.querySelector<HTMLElement>(PUBLISH) ?? null;
}

export default defineSite({
  id: 'bluesky',
  composerSelectors: [EDITABLE],
  findComposers: (root) => [...root.querySelectorAll<HTMLElement>(EDITABLE)],
  readText: (editable) => blockText(editable, BLOCK),
  placeHint(editable) {
    // A sibling right after the ProseMirror root, inside TipTap's EditorContent wrapper (outside the editable).
    return { parent: editable.parentNode ?? document.body, before: editable.nextSibling };
  },
  isReply(editable) {
    const composer = editable.closest(COMPOSER);
    if (!composer) return false;
    const label = composer.querySelector(PUBLISH)?.getAttribute('aria-label') ?? '';
    return REPLY_LABEL.test(label) || !!composer.querySelector(REPLY_TO);
  },
  submitControl(target) {
    const control = target.closest<HTMLElement>(PUBLISH);
    return control && !isDisabled(control) ? control : null;
  },
  isSubmitKey(event, editable) {
    if (!isModEnter(event)) return false;
    const publish = publishButton(editable);
    return !publish || !isDisabled(publish);
  },
});
