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
}

const X_EDITOR = '[data-testid="tweetTextarea_0"]';
const BSKY_EDITOR = '.ProseMirror[contenteditable="true"]';
const BSKY_PUBLISH = '[data-testid="composerPublishBtn"]';
const LI_POST_1 = '[data-urn="urn:li:activity:1"]';
const MODAL_BUTTON = '[role="dialog"] [role="button"]';

export const COMPOSERS: ComposerRow[] = [
  { name: 'x-home', platform: 'x', url: 'https://x.com/home', editor: X_EDITOR, submit: '[data-testid="tweetButtonInline"]', keySend: 'ControlOrMeta+Enter', newline: 'Enter', reply: false },
  { name: 'x-reply', platform: 'x', url: 'https://x.com/compose/post?reply=1', editor: X_EDITOR, submit: '[data-testid="tweetButton"]', keySend: 'ControlOrMeta+Enter', newline: 'Enter', reply: true },
  {
    name: 'bluesky-post', platform: 'bluesky', url: 'https://bsky.app/', open: ['[data-testid="composeFAB"]'], editor: BSKY_EDITOR, submit: BSKY_PUBLISH,
    keySend: 'ControlOrMeta+Enter', newline: 'Enter', reply: false, hintAt: '[data-testid="composePostView"] give-first-hint', via: { click: 'composerPublishBtn', key: 'mod-enter' },
  },
  { name: 'bluesky-reply', platform: 'bluesky', url: 'https://bsky.app/', open: ['[data-testid="replyBtn"]'], editor: BSKY_EDITOR, submit: BSKY_PUBLISH, keySend: 'ControlOrMeta+Enter', newline: 'Enter', reply: true },
  {
    name: 'reddit-comment', platform: 'reddit', url: 'https://www.reddit.com/r/programming/comments/abc/fixture/', open: ['[data-testid="trigger-button"]'],
    editor: 'shreddit-composer > [contenteditable="true"][role="textbox"]', submit: 'shreddit-composer > button[slot="submit-button"]', keySend: 'submit-then-Enter', newline: 'Enter',
    reply: true, model: 'top', paragraphBreak: '\n\n', notHintAt: 'shreddit-composer give-first-hint',
  },
  {
    name: 'old-reddit-comment', platform: 'reddit', url: 'https://old.reddit.com/r/programming/comments/abc/fixture/', editor: '.commentarea > form.usertext textarea',
    submit: '.commentarea > form.usertext button.save', keySend: 'submit-then-Enter', newline: 'Enter', reply: true, model: 'top',
  },
  {
    name: 'facebook-post', platform: 'facebook', url: 'https://www.facebook.com/', open: ['[role="button"].opener'],
    editor: '[role="dialog"][aria-label="Create post"] [data-lexical-editor="true"]', submit: '[role="dialog"][aria-label="Create post"] [role="button"][aria-label="Post"]',
    keySend: null, newline: 'Enter', reply: false, model: 'post', paragraphBreak: '\n\n', hint: 2,
  },
  {
    name: 'facebook-comment', platform: 'facebook', url: 'https://www.facebook.com/', editor: '[data-fixture-id="comment-1"]',
    submit: '[data-fixture-box="comment-1"] [role="button"][aria-label="Comment"]', keySend: 'Enter', newline: 'Shift+Enter', reply: true, model: 'comment-1',
  },
  {
    name: 'threads-post', platform: 'threads', url: 'https://www.threads.com/', open: ['[data-fixture-opener]'], editor: '[data-fixture-id="thread-0"]',
    submit: { css: MODAL_BUTTON, text: 'Post' }, keySend: 'ControlOrMeta+Enter', newline: 'Enter', reply: false, model: 'thread-0',
  },
  {
    name: 'threads-post-net', platform: 'threads', url: 'https://www.threads.net/', open: ['[data-fixture-opener]'], editor: '[data-fixture-id="thread-0"]',
    submit: { css: MODAL_BUTTON, text: 'Post' }, keySend: 'ControlOrMeta+Enter', newline: 'Enter', reply: false, model: 'thread-0',
  },
  {
    name: 'threads-inline-reply', platform: 'threads', url: 'https://www.threads.com/@grace.ships/post/C0ffee', editor: '[data-fixture-id="inline-reply"]',
    submit: '[data-fixture-send]', keySend: 'ControlOrMeta+Enter', newline: 'Enter', reply: true, model: 'inline-reply',
    value: 'Great question: write the test first for every bug you fix, it stops the same bug twice.', via: { click: 'inline-reply' },
  },
  {
    name: 'instagram-comment', platform: 'instagram', url: 'https://www.instagram.com/p/C0ffee/', editor: 'textarea[data-fixture-id="comment-1"]',
    submit: { css: 'form:has(textarea[data-fixture-id="comment-1"]) [role="button"]', text: 'Post' }, keySend: 'Enter', newline: 'Shift+Enter', reply: true, model: 'comment-1',
    value: 'Thanks for sharing this! A tip that saved me hours: run the migration with --dry-run first and diff the schema before you apply it.',
  },
  {
    name: 'instagram-caption', platform: 'instagram', url: 'https://www.instagram.com/create/', editor: '[role="dialog"] [contenteditable="true"][aria-label="Write a caption..."]',
    submit: { css: MODAL_BUTTON, text: 'Share' }, keySend: null, newline: 'Enter', reply: false, model: 'caption', paragraphBreak: '\n\n',
  },
  {
    name: 'youtube-comment', platform: 'youtube', url: 'https://www.youtube.com/watch?v=gf-fixture', open: ['ytd-comment-simplebox-renderer #placeholder-area'],
    editor: '[data-fixture-id="comment"]', submit: 'ytd-commentbox:has([data-fixture-id="comment"]) #submit-button button', keySend: 'submit-then-Enter', newline: 'Enter',
    reply: true, model: 'comment',
    value: 'Great walkthrough, thank you! One tip for anyone following along: at 4:12 pin the base image digest, or the ARM build pulls a different one.',
  },
  {
    name: 'mastodon-home', platform: 'mastodon', url: 'https://mastodon.social/home', editor: 'form.compose-form textarea.autosuggest-textarea__textarea',
    submit: 'form.compose-form button[type="submit"]', keySend: 'ControlOrMeta+Enter', newline: 'Enter', reply: false,
  },
  {
    name: 'linkedin-comment', platform: 'linkedin', url: 'https://www.linkedin.com/feed/', editor: `${LI_POST_1} form.comments-comment-box__form .ql-editor`,
    submit: `${LI_POST_1} button.comments-comment-box__submit-button--cr`, keySend: 'submit-then-Enter', newline: 'Enter', reply: true, model: 'comment-1',
  },
  {
    // Post 1's comment box is collapsed first: the hint's page-wide z-index would lift its badge over the share overlay.
    name: 'linkedin-share', platform: 'linkedin', url: 'https://www.linkedin.com/feed/', setup: [`${LI_POST_1} button.comment-button`], open: ['.share-box-feed-entry__trigger'],
    editor: '#interop-outlet >>> .ql-editor[contenteditable="true"]', submit: '#interop-outlet >>> .share-actions__primary-action', keySend: 'submit-then-Enter', newline: 'Enter',
    reply: false, model: 'share', hintAt: '#interop-outlet >>> give-first-hint',
  },
  {
    name: 'linkedin-new-comment', platform: 'linkedin', url: 'https://www.linkedin.com/feed/?sdui=1', editor: `${LI_POST_1} > [componentkey^="commentBox-"] [role="textbox"]`,
    submit: `${LI_POST_1} > [componentkey^="commentBox-"] button[data-view-name="comment-post"]`, keySend: 'submit-then-Enter', newline: 'Enter', reply: true, model: 'comment-1',
  },
  {
    name: 'linkedin-new-share', platform: 'linkedin', url: 'https://www.linkedin.com/feed/?sdui=1', open: ['button.start-post'],
    editor: 'dialog [componentkey="ShareBox_textEditor"] [contenteditable="true"]', submit: { css: 'dialog button', text: 'Post' }, keySend: 'submit-then-Enter', newline: 'Enter',
    // Posts 1 and 2's comment boxes come first in the page with their (empty) hints.
    reply: false, model: 'share', hint: 2, hintAt: 'dialog give-first-hint',
  },
];
