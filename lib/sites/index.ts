// Every site adapter, and which one serves the current page.
import type { SiteAdapter } from './adapter';
import x from './x';
import bluesky from './bluesky';
import facebook from './facebook';
import instagram from './instagram';
import mastodon from './mastodon';
import reddit from './reddit';
import youtube from './youtube';
import linkedin from './linkedin';
import threads from './threads';

export const SITES: readonly SiteAdapter[] = [
  x,
  bluesky,
  reddit,
  mastodon,
  instagram,
  youtube,
  facebook,
  linkedin,
  threads,
];

export const SITE_MATCHES: string[] = SITES.flatMap((s) => s.matches);

export function adapterForHost(hostname: string): SiteAdapter | undefined {
  const host = hostname.toLowerCase();
  return SITES.find((s) => s.hosts.some((h) => host === h || host.endsWith(`.${h}`)));
}

/** The adapter for this page: by host, else by DOM (instances the person added, e.g. Mastodon). */
export function adapterForPage(location: Location, doc: Document): SiteAdapter | undefined {
  return adapterForHost(location.hostname) ?? SITES.find((s) => s.detect?.(doc));
}
