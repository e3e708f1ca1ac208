// Mastodon runs on any domain. The person adds their server in options; the browser asks them to allow that one
// origin (optional host permission), and the content script is registered there. The background keeps the
// registrations in step with settings and granted permissions.
import { SITE_TABLE } from '../model/platforms';

export const BUILT_IN_INSTANCES: readonly string[] = SITE_TABLE.mastodon.hosts;
const SCRIPT_PREFIX = 'gf-mastodon-';
const CONTENT_SCRIPT = 'content-scripts/composer.js';

/** A hostname from what the person typed ("https://Fosstodon.org/@me" -> "fosstodon.org"), or null. */
export function instanceHost(input: string): string | null {
  const trimmed = input.trim().replace(/^@?[^@\s]+@(?=[^@\s]+\.[^@\s]+$)/, '');
  if (!trimmed) return null;
  try {
    const url = new URL(/^https?:\/\//i.test(trimmed) ? trimmed : `https://${trimmed}`);
    const host = url.hostname.toLowerCase();
    if (!/^(?=.{4,253}$)([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/.test(host)) return null;
    return host;
  } catch {
    return null;
  }
}

export function originPattern(host: string): string {
  return `https://${host}/*`;
}

/** Asks for one server's permission. Must run inside a user gesture (a click in options). */
export function requestInstance(host: string): Promise<boolean> {
  return browser.permissions.request({ origins: [originPattern(host)] });
}

export async function forgetInstance(host: string): Promise<void> {
  await browser.permissions.remove({ origins: [originPattern(host)] }).catch(() => false);
}

/** Registers the content script on every added server that is granted, and unregisters the rest. */
export async function syncInstanceScripts(instances: readonly string[]): Promise<string[]> {
  const registered = await browser.scripting.getRegisteredContentScripts();
  const ours = registered.filter((s) => s.id.startsWith(SCRIPT_PREFIX));
  const wanted: string[] = [];
  for (const host of new Set(instances)) {
    if (BUILT_IN_INSTANCES.includes(host)) continue;
    if (await browser.permissions.contains({ origins: [originPattern(host)] })) wanted.push(host);
  }
  const stale = ours.filter((s) => !wanted.includes(s.id.slice(SCRIPT_PREFIX.length))).map((s) => s.id);
  if (stale.length) await browser.scripting.unregisterContentScripts({ ids: stale });
  const have = new Set(ours.map((s) => s.id));
  const add = wanted.filter((h) => !have.has(SCRIPT_PREFIX + h));
  if (add.length) {
    await browser.scripting.registerContentScripts(
      add.map((host) => ({ id: SCRIPT_PREFIX + host, matches: [originPattern(host)], js: [CONTENT_SCRIPT], runAt: 'document_idle' as const })),
    );
  }
  return wanted;
}
