// What the tour types, per composer. Plain posts people write, one of each shape.
export interface TourStop {
  name: string;
  url: string;
  editor: string;
  posts: { label: string; text: string }[];
}

const SAMPLE_POSTS = [
  { label: 'promotional', text: 'Our new course is live! Use my code SAVE20 and follow me for more. Link in bio' },
  {
    label: 'value',
    text: 'Three things I learned moving our CI to ARM runners: pin base images, check native deps early, and cache per arch. Thanks to @jane for the build matrix tip!',
  },
  { label: 'bare link', text: 'Check this out https://example.com/article' },
];

export const TOUR: TourStop[] = [
  { name: 'x-home', url: 'https://x.com/home', editor: '[data-testid="tweetTextarea_0"]', posts: SAMPLE_POSTS },
  { name: 'x-reply', url: 'https://x.com/compose/post?reply=1', editor: '[data-testid="tweetTextarea_0"]', posts: SAMPLE_POSTS.slice(1, 2) },
  { name: 'bluesky-post', url: 'https://bsky.app/?compose=1', editor: '.ProseMirror[contenteditable="true"]', posts: SAMPLE_POSTS },
  { name: 'bluesky-reply', url: 'https://bsky.app/?reply=1', editor: '.ProseMirror[contenteditable="true"]', posts: SAMPLE_POSTS.slice(1, 2) },
  { name: 'reddit-comment', url: 'https://www.reddit.com/r/programming/comments/abc/fixture/?open=1', editor: 'shreddit-composer > [contenteditable="true"]', posts: SAMPLE_POSTS },
  { name: 'old-reddit-comment', url: 'https://old.reddit.com/r/programming/comments/abc/fixture/', editor: '.commentarea > form.usertext textarea', posts: SAMPLE_POSTS.slice(0, 1) },
  { name: 'linkedin-comment', url: 'https://www.linkedin.com/feed/', editor: '[data-urn="urn:li:activity:1"] .ql-editor', posts: SAMPLE_POSTS },
  { name: 'linkedin-sdui-comment', url: 'https://www.linkedin.com/feed/?sdui=1', editor: '[componentkey^="commentBox-"] [role="textbox"]', posts: SAMPLE_POSTS.slice(1, 2) },
];
