// Which fixture page answers which real address. Every other request is aborted and counted.
export interface FixtureSite {
  /** Hostnames served by this fixture (the site's real addresses). */
  hosts: string[];
  /** Folder under tests/fixtures (and .output/fixtures). */
  fixture: string;
  /** Extra response headers for the page, e.g. YouTube's Trusted Types CSP. */
  headers?: Record<string, string>;
}

export const FIXTURE_SITES: FixtureSite[] = [
  { hosts: ['playground.give-first.test'], fixture: 'playground' },
  { hosts: ['x.com', 'twitter.com', 'mobile.x.com'], fixture: 'x' },
  { hosts: ['bsky.app'], fixture: 'bluesky' },
  { hosts: ['www.reddit.com', 'old.reddit.com'], fixture: 'reddit' },
  // social.example.org: a made-up instance, outside the manifest's matches (see tests/sites/mastodon.test.ts).
  { hosts: ['mastodon.social', 'social.example.org'], fixture: 'mastodon' },
  { hosts: ['www.instagram.com', 'instagram.com'], fixture: 'instagram' },
  { hosts: ['www.facebook.com', 'web.facebook.com'], fixture: 'facebook' },
  { hosts: ['www.threads.com', 'www.threads.net'], fixture: 'threads' },
  { hosts: ['www.youtube.com', 'youtube.com'], fixture: 'youtube', headers: { 'content-security-policy': "require-trusted-types-for 'script'" } },
  { hosts: ['www.linkedin.com', 'linkedin.com'], fixture: 'linkedin' },
];

export const PLAYGROUND_URL = 'https://playground.give-first.test/';
