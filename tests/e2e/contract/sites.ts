// The shared site contract's table: one row per composer on each supported site, served by its fixture at the
// site's real address. contract.ts runs the common cases for every row in Chromium and in Firefox; what only one
// site does lives in tests/e2e/sites/<site>.e2e.ts. Adding a site: an adapter, a fixture and a row here.
import type { Target } from '../driver/types';

export interface ComposerRow {
  /** Unique, e.g. 'x-home'. */
  name: string;
  platform: string;
  url: string;
  /** Clicked once after the page opens (e.g. to move something out of the way). */
  setup?: Target[];
  /** Clicked in order whenever the editor is not on the page (opening a modal, expanding a collapsed box). */
  open?: Target[];
  editor: Target;
  /** The control a person clicks to send. */
  submit: Target;
  /** How a person sends from the keyboard: a shortcut in the editor, or Enter on the focused submit button; null
   * when the site's submit control takes no keyboard activation in the fixture (a bare div[role=button]). */
  keySend: 'ControlOrMeta+Enter' | 'Enter' | 'submit-then-Enter' | null;
  /** The key that starts a new line (where bare Enter sends, Shift+Enter). */
  newline: 'Enter' | 'Shift+Enter';
  /** Whether what this composer sends is a reply. */
  reply: boolean;
  /** The fixture's composer id for its model text. */
  model?: string;
  /** How the editor's model joins two paragraphs (Lexical rich text: a blank line). */
  paragraphBreak?: string;
  /** Which hint on the page belongs to this editor (others come first in the page). */
  hint?: number;
  /** Where the hint must be (one match), when it is not simply beside the editor in the document. */
  hintAt?: Target;
  /** Where the hint must not be (e.g. the custom element wrapping a slotted editor). */
  notHintAt?: Target;
  /** A value post for this site when the shared one does not fit (a comment on a video, a reply). */
  value?: string;
  /** The fixture's `via` for a click send and a keyboard send, where the fixture tells them apart. */
  via?: { click?: string; key?: string };
  /** The submit control is disabled (or aria-disabled) while the draft is empty: the empty-send case clicks it anyway,
   * presses the send shortcut in the empty editor, and proves with a real post afterwards that nothing was recorded. */
  disabledWhenEmpty?: true;
}

// Each fixture's selectors, once: the rows below use them, and so do the site files (tests/e2e/sites) for their quirks.
// Plain CSS, which both the driver and Playwright read (Playwright's CSS also pierces open shadow roots).
export const X = { editor: '[data-testid="tweetTextarea_0"]', post: '[data-testid="tweetButtonInline"]' };
export const BLUESKY = { editor: '.ProseMirror[contenteditable="true"]', publish: '[data-testid="composerPublishBtn"]' };
export const REDDIT = {
  editor: 'shreddit-composer > [contenteditable="true"][role="textbox"]',
  submit: 'shreddit-composer > button[slot="submit-button"]',
  trigger: '[data-testid="trigger-button"]',
  oldTop: '.commentarea > form.usertext',
};
export const FACEBOOK = {
  postEditor: '[role="dialog"][aria-label="Create post"] [data-lexical-editor="true"]',
  postButton: '[role="dialog"][aria-label="Create post"] [role="button"][aria-label="Post"]',
  comment: (n: number) => `[data-fixture-id="comment-${n}"]`,
};
export const THREADS = { modalButton: '[role="dialog"] [role="button"]', thread: (n: number) => `[data-fixture-id="thread-${n}"]`, inline: '[data-fixture-id="inline-reply"]' };
export const INSTAGRAM = {
  comment: (n: number) => `textarea[data-fixture-id="comment-${n}"]`,
  caption: '[role="dialog"] [contenteditable="true"][aria-label="Write a caption..."]',
};
export const YOUTUBE = { placeholder: 'ytd-comment-simplebox-renderer #placeholder-area', comment: '[data-fixture-id="comment"]' };
export const MASTODON = { editor: 'form.compose-form textarea.autosuggest-textarea__textarea', submit: 'form.compose-form button[type="submit"]' };
export const LINKEDIN = {
  post: (n: number) => `[data-urn="urn:li:activity:${n}"]`,
  classicComment: (post: string) => `${post} form.comments-comment-box__form .ql-editor`,
  classicCommentSubmit: (post: string) => `${post} button.comments-comment-box__submit-button--cr`,
  sduiComment: (post: string) => `${post} > [componentkey^="commentBox-"] [role="textbox"]`,
  sduiCommentSubmit: (post: string) => `${post} > [componentkey^="commentBox-"] button[data-view-name="comment-post"]`,
  sduiShareEditor: 'dialog [componentkey="ShareBox_textEditor"] [contenteditable="true"]',
};
const LI_POST_1 = LINKEDIN.post(1);
const MODAL_BUTTON = THREADS.modalButton;

export const COMPOSERS: ComposerRow[] = [
  { name: 'x-home', platform: 'x', url: 'https://x.com/home', editor: X.editor, submit: X.post, keySend: 'ControlOrMeta+Enter', newline: 'Enter', reply: false, disabledWhenEmpty: true },
  { name: 'x-reply', platform: 'x', url: 'https://x.com/compose/post?reply=1', editor: X.editor, submit: '[data-testid="tweetButton"]', keySend: 'ControlOrMeta+Enter', newline: 'Enter', reply: true },
  {
    name: 'bluesky-post', platform: 'bluesky', url: 'https://bsky.app/', open: ['[data-testid="composeFAB"]'], editor: BLUESKY.editor, submit: BLUESKY.publish,
    keySend: 'ControlOrMeta+Enter', newline: 'Enter', reply: false, hintAt: '[data-testid="composePostView"] give-first-hint', via: { click: 'composerPublishBtn', key: 'mod-enter' }, disabledWhenEmpty: true,
  },
  { name: 'bluesky-reply', platform: 'bluesky', url: 'https://bsky.app/', open: ['[data-testid="replyBtn"]'], editor: BLUESKY.editor, submit: BLUESKY.publish, keySend: 'ControlOrMeta+Enter', newline: 'Enter', reply: true },
  {
    name: 'reddit-comment', platform: 'reddit', url: 'https://www.reddit.com/r/programming/comments/abc/fixture/', open: [REDDIT.trigger],
    editor: REDDIT.editor, submit: REDDIT.submit, keySend: 'submit-then-Enter', newline: 'Enter',
    reply: true, model: 'top', paragraphBreak: '\n\n', notHintAt: 'shreddit-composer give-first-hint', disabledWhenEmpty: true,
  },
  {
    name: 'old-reddit-comment', platform: 'reddit', url: 'https://old.reddit.com/r/programming/comments/abc/fixture/', editor: `${REDDIT.oldTop} textarea`,
    submit: `${REDDIT.oldTop} button.save`, keySend: 'submit-then-Enter', newline: 'Enter', reply: true, model: 'top',
  },
  {
    name: 'facebook-post', platform: 'facebook', url: 'https://www.facebook.com/', open: ['[role="button"].opener'],
    editor: FACEBOOK.postEditor, submit: FACEBOOK.postButton,
    keySend: null, newline: 'Enter', reply: false, model: 'post', paragraphBreak: '\n\n', hint: 2, disabledWhenEmpty: true,
  },
  {
    name: 'facebook-comment', platform: 'facebook', url: 'https://www.facebook.com/', editor: FACEBOOK.comment(1),
    submit: '[data-fixture-box="comment-1"] [role="button"][aria-label="Comment"]', keySend: 'Enter', newline: 'Shift+Enter', reply: true, model: 'comment-1', disabledWhenEmpty: true,
  },
  {
    name: 'threads-post', platform: 'threads', url: 'https://www.threads.com/', open: ['[data-fixture-opener]'], editor: THREADS.thread(0),
    submit: { css: MODAL_BUTTON, text: 'Post' }, keySend: 'ControlOrMeta+Enter', newline: 'Enter', reply: false, model: 'thread-0', disabledWhenEmpty: true,
  },
  {
    name: 'threads-post-net', platform: 'threads', url: 'https://www.threads.net/', open: ['[data-fixture-opener]'], editor: THREADS.thread(0),
    submit: { css: MODAL_BUTTON, text: 'Post' }, keySend: 'ControlOrMeta+Enter', newline: 'Enter', reply: false, model: 'thread-0',
  },
  {
    name: 'threads-inline-reply', platform: 'threads', url: 'https://www.threads.com/@grace.ships/post/C0ffee', editor: THREADS.inline,
    submit: '[data-fixture-send]', keySend: 'ControlOrMeta+Enter', newline: 'Enter', reply: true, model: 'inline-reply',
    value: 'Great question: write the test first for every bug you fix, it stops the same bug twice.', via: { click: 'inline-reply' },
  },
  {
    name: 'instagram-comment', platform: 'instagram', url: 'https://www.instagram.com/p/C0ffee/', editor: INSTAGRAM.comment(1),
    submit: { css: `form:has(${INSTAGRAM.comment(1)}) [role="button"]`, text: 'Post' }, keySend: 'Enter', newline: 'Shift+Enter', reply: true, model: 'comment-1',
    value: 'Thanks for sharing this! A tip that saved me hours: run the migration with --dry-run first and diff the schema before you apply it.', disabledWhenEmpty: true,
  },
  {
    name: 'instagram-caption', platform: 'instagram', url: 'https://www.instagram.com/create/', editor: INSTAGRAM.caption,
    submit: { css: MODAL_BUTTON, text: 'Share' }, keySend: null, newline: 'Enter', reply: false, model: 'caption', paragraphBreak: '\n\n',
  },
  {
    name: 'youtube-comment', platform: 'youtube', url: 'https://www.youtube.com/watch?v=gf-fixture', open: [YOUTUBE.placeholder],
    editor: YOUTUBE.comment, submit: `ytd-commentbox:has(${YOUTUBE.comment}) #submit-button button`, keySend: 'submit-then-Enter', newline: 'Enter',
    reply: true, model: 'comment',
    value: 'Great walkthrough, thank you! One tip for anyone following along: at 4:12 pin the base image digest, or the ARM build pulls a different one.', disabledWhenEmpty: true,
  },
  {
    name: 'mastodon-home', platform: 'mastodon', url: 'https://mastodon.social/home', editor: MASTODON.editor,
    submit: MASTODON.submit, keySend: 'ControlOrMeta+Enter', newline: 'Enter', reply: false, disabledWhenEmpty: true,
  },
  {
    name: 'linkedin-comment', platform: 'linkedin', url: 'https://www.linkedin.com/feed/', editor: LINKEDIN.classicComment(LI_POST_1),
    submit: LINKEDIN.classicCommentSubmit(LI_POST_1), keySend: 'submit-then-Enter', newline: 'Enter', reply: true, model: 'comment-1', disabledWhenEmpty: true,
  },
  {
    // Post 1's comment box is collapsed first: the hint's page-wide z-index would lift its badge over the share overlay.
    name: 'linkedin-share', platform: 'linkedin', url: 'https://www.linkedin.com/feed/', setup: [`${LI_POST_1} button.comment-button`], open: ['.share-box-feed-entry__trigger'],
    editor: '#interop-outlet >>> .ql-editor[contenteditable="true"]', submit: '#interop-outlet >>> .share-actions__primary-action', keySend: 'submit-then-Enter', newline: 'Enter',
    reply: false, model: 'share', hintAt: '#interop-outlet >>> give-first-hint',
  },
  {
    name: 'linkedin-new-comment', platform: 'linkedin', url: 'https://www.linkedin.com/feed/?sdui=1', editor: LINKEDIN.sduiComment(LI_POST_1),
    submit: LINKEDIN.sduiCommentSubmit(LI_POST_1), keySend: 'submit-then-Enter', newline: 'Enter', reply: true, model: 'comment-1',
  },
  {
    name: 'linkedin-new-share', platform: 'linkedin', url: 'https://www.linkedin.com/feed/?sdui=1', open: ['button.start-post'],
    editor: LINKEDIN.sduiShareEditor, submit: { css: 'dialog button', text: 'Post' }, keySend: 'submit-then-Enter', newline: 'Enter',
    // Posts 1 and 2's comment boxes come first in the page with their (empty) hints.
    reply: false, model: 'share', hint: 2, hintAt: 'dialog give-first-hint', disabledWhenEmpty: true,
  },
];
