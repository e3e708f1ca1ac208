// Every site Give First runs on, once. The Platform type, settings, storage and import validation, the CLI, the
// pages' names, the site registry, the manifest's host permissions and the tests derive from this table.
// A leaf module: it imports nothing, so the checker may use it too.

export interface SiteFacts {
  /** What the pages show. */
  name: string;
  /** Hostnames an adapter serves: exact, or a parent domain of the page's host. */
  hosts: readonly string[];
  /** Content-script match patterns; the manifest's host permissions are these. */
  matches: readonly string[];
  /** The longest new post the site accepts, in characters (comments may have a different limit). */
  charLimit: number;
  /** Hashtags a post can carry before they read as a reach grab: Instagram's readers expect many, X's few. */
  hashtagLimit: number;
  /** Every composer there comments on someone else's content, so a link in it is dropped into their page. */
  commentsOnly?: true;
}

export const SITE_TABLE = {
  x: {
    name: 'X',
    hosts: ['x.com', 'twitter.com'],
    matches: ['https://x.com/*', 'https://twitter.com/*', 'https://mobile.x.com/*', 'https://mobile.twitter.com/*'],
    charLimit: 280,
    hashtagLimit: 3,
  },
  linkedin: {
    name: 'LinkedIn',
    hosts: ['linkedin.com'],
    matches: ['https://www.linkedin.com/*', 'https://linkedin.com/*'],
    charLimit: 3000,
    hashtagLimit: 5,
  },
  facebook: {
    name: 'Facebook',
    hosts: ['facebook.com'],
    matches: ['https://www.facebook.com/*', 'https://web.facebook.com/*'],
    charLimit: 63_206,
    hashtagLimit: 3,
  },
  threads: {
    name: 'Threads',
    hosts: ['threads.com', 'threads.net'],
    matches: ['https://www.threads.com/*', 'https://www.threads.net/*'],
    charLimit: 500,
    hashtagLimit: 3,
  },
  instagram: {
    name: 'Instagram',
    hosts: ['instagram.com'],
    matches: ['https://www.instagram.com/*'],
    charLimit: 2200,
    hashtagLimit: 15,
  },
  bluesky: {
    name: 'Bluesky',
    hosts: ['bsky.app'],
    matches: ['https://bsky.app/*'],
    charLimit: 300,
    hashtagLimit: 3,
  },
  mastodon: {
    name: 'Mastodon',
    // The built-in instance; others are added by the person and recognised by their DOM.
    hosts: ['mastodon.social'],
    matches: ['https://mastodon.social/*'],
    charLimit: 500,
    hashtagLimit: 5,
  },
  reddit: {
    name: 'Reddit',
    hosts: ['reddit.com'],
    matches: ['https://www.reddit.com/*', 'https://old.reddit.com/*', 'https://new.reddit.com/*', 'https://reddit.com/*'],
    charLimit: 40_000,
    hashtagLimit: 2,
  },
  youtube: {
    name: 'YouTube',
    hosts: ['youtube.com'],
    matches: ['https://www.youtube.com/*'],
    charLimit: 10_000,
    hashtagLimit: 3,
    commentsOnly: true,
  },
} as const satisfies Record<string, SiteFacts>;

/** A site with an adapter. */
export type SiteId = keyof typeof SITE_TABLE;
/** Where a post was written: a supported site, or 'other' (the CLI, imports, tests). */
export type Platform = SiteId | 'other';

export const SITE_IDS = Object.keys(SITE_TABLE) as SiteId[];
export const PLATFORMS: readonly Platform[] = [...SITE_IDS, 'other'];

/** Facts for a platform; 'other' has no character limit, the common hashtag limit and a dash for a name. */
export const OTHER_PLATFORM: SiteFacts = { name: '—', hosts: [], matches: [], charLimit: Infinity, hashtagLimit: 5 };

export function platformFacts(platform: Platform): SiteFacts {
  // Records written by an older or newer version may name a platform this one does not know.
  return (SITE_TABLE as Record<string, SiteFacts>)[platform] ?? OTHER_PLATFORM;
}

export function isPlatform(value: unknown): value is Platform {
  return typeof value === 'string' && (PLATFORMS as readonly string[]).includes(value);
}

/** Every content-script match pattern, in table order. */
export const SITE_MATCHES: string[] = SITE_IDS.flatMap((id) => SITE_TABLE[id].matches);
