// What the tour types, per composer. Plain posts people write, one of each shape.
import type { SiteId } from '../../lib/model/platforms';

export interface TourStop {
  /** The site of the platform table this stop visits. */
  site: SiteId;
  name: string;
  url: string;
  editor: string;
  posts: { label: string; text: string; /** What the badge should say (checked by tests/e2e/tour.e2e.ts). */ want: { kind?: string; families?: string; has?: string } }[];
}

const SAMPLE_POSTS = [
  { label: 'promotional', text: 'Our new course is live! Use my code SAVE20 and follow me for more. Link in bio', want: { kind: 'take' } },
  {
    label: 'value',
    text: 'Three things I learned moving our CI to ARM runners: pin base images, check native deps early, and cache per arch. Thanks to @jane for the build matrix tip!',
    want: { kind: 'give', families: '' },
  },
  { label: 'bare link', text: 'Check this out https://example.com/article', want: { has: 'missing-value' } },
];

export const TOUR: TourStop[] = [
  { site: 'x', name: 'x-home', url: 'https://x.com/home', editor: '[data-testid="tweetTextarea_0"]', posts: SAMPLE_POSTS },
  { site: 'x', name: 'x-reply', url: 'https://x.com/compose/post?reply=1', editor: '[data-testid="tweetTextarea_0"]', posts: SAMPLE_POSTS.slice(1, 2) },
  { site: 'bluesky', name: 'bluesky-post', url: 'https://bsky.app/?compose=1', editor: '.ProseMirror[contenteditable="true"]', posts: SAMPLE_POSTS },
  { site: 'bluesky', name: 'bluesky-reply', url: 'https://bsky.app/?reply=1', editor: '.ProseMirror[contenteditable="true"]', posts: SAMPLE_POSTS.slice(1, 2) },
  { site: 'reddit', name: 'reddit-comment', url: 'https://www.reddit.com/r/programming/comments/abc/fixture/?open=1', editor: 'shreddit-composer > [contenteditable="true"]', posts: SAMPLE_POSTS },
  { site: 'reddit', name: 'old-reddit-comment', url: 'https://old.reddit.com/r/programming/comments/abc/fixture/', editor: '.commentarea > form.usertext textarea', posts: SAMPLE_POSTS.slice(0, 1) },
  { site: 'facebook', name: 'facebook-post', url: 'https://www.facebook.com/create', editor: '[role="dialog"][aria-label="Create post"] [data-lexical-editor="true"]', posts: SAMPLE_POSTS },
  { site: 'facebook', name: 'facebook-comment', url: 'https://www.facebook.com/', editor: '[aria-label="Comment as Ada Lovelace"] >> nth=0', posts: SAMPLE_POSTS.slice(1, 2) },
  { site: 'threads', name: 'threads-reply', url: 'https://www.threads.com/@grace.ships/post/C0ffee', editor: '[aria-placeholder^="Reply to"]', posts: SAMPLE_POSTS },
  { site: 'instagram', name: 'instagram-comment', url: 'https://www.instagram.com/p/C0ffee/', editor: 'form textarea', posts: SAMPLE_POSTS },
  { site: 'instagram', name: 'instagram-caption', url: 'https://www.instagram.com/create/', editor: '[aria-label="Write a caption..."]', posts: SAMPLE_POSTS.slice(0, 1) },
  // The collapsed placeholder mounts the editor when clicked; after that only the editor matches.
  { site: 'youtube', name: 'youtube-comment', url: 'https://www.youtube.com/watch?v=gf-fixture', editor: 'ytd-comment-simplebox-renderer #placeholder-area:not([hidden]), ytd-commentbox #contenteditable-root', posts: SAMPLE_POSTS },
  { site: 'mastodon', name: 'mastodon-home', url: 'https://mastodon.social/home', editor: 'form.compose-form textarea.autosuggest-textarea__textarea', posts: SAMPLE_POSTS },
  { site: 'linkedin', name: 'linkedin-comment', url: 'https://www.linkedin.com/feed/', editor: '[data-urn="urn:li:activity:1"] .ql-editor', posts: SAMPLE_POSTS },
  { site: 'linkedin', name: 'linkedin-sdui-comment', url: 'https://www.linkedin.com/feed/?sdui=1', editor: '[data-urn="urn:li:activity:1"] > [componentkey^="commentBox-"] [role="textbox"]', posts: SAMPLE_POSTS.slice(1, 2) },
];
