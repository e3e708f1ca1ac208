// Which site adapter serves the current page. The adapters themselves are listed in registry.ts (generated).
import { SITE_IDS } from '../model/platforms';
import type { SiteAdapter } from './adapter';
import { ADAPTERS } from './registry';

export { SITE_MATCHES } from '../model/platforms';

export const SITES: readonly SiteAdapter[] = SITE_IDS.map((id) => ADAPTERS[id]);

export function adapterForHost(hostname: string): SiteAdapter | undefined {
  const host = hostname.toLowerCase();
  return SITES.find((s) => s.hosts.some((h) => host === h || host.endsWith(`.${h}`)));
}

/** The adapter for this page: by host, else by DOM (instances the person added, e.g. Mastodon). */
export function adapterForPage(location: Location, doc: Document): SiteAdapter | undefined {
  return adapterForHost(location.hostname) ?? SITES.find((s) => s.detect?.(doc));
}
