// Canonical links, so the same page with new tracking parameters counts as the same link.

const TRACKING = new Set([
  'fbclid', 'gclid', 'dclid', 'msclkid', 'igshid', 'igsh', 'si', 'ref', 'ref_src', 'ref_url', 'mc_cid', 'mc_eid',
  '_hsenc', '_hsmi', 'mkt_tok', 'li_fat_id', 'twclid', 'yclid', 'trk', 'trackingid', 's', 't', 'feature', 'share',
  'src', 'source', 'cmp', 'cmpid', 'campaign', 'cid', '_ga', '_gl', 'gad_source', 'gbraid', 'wbraid', 'srsltid',
  'ncid', 'sr_share', 'spm', 'share_id', 'from', 'via', 'mibextid', 'rcm', 'ocid', 'ito', 'guccounter',
]);

export function canonicalUrl(raw: string): string {
  return canonicalOf(raw, parseLoose(raw));
}

function canonicalOf(raw: string, url: URL | null): string {
  if (!url) return raw.toLowerCase();
  let host = url.hostname.toLowerCase().replace(/^(?:www|m|mobile)\./, '');
  let path = url.pathname.replace(/\/+$/, '');
  const params = [...url.searchParams].filter(([k]) => !/^utm_/i.test(k) && !TRACKING.has(k.toLowerCase()));
  if (host === 'youtu.be' && path.length > 1) {
    params.push(['v', path.slice(1)]);
    host = 'youtube.com';
    path = '/watch';
  }
  params.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  const query = params.length ? `?${params.map(([k, v]) => `${k}=${v}`).join('&')}` : '';
  return `${host}${path}${query}`;
}

/** The host of a link without www. (from its canonical form). */
const hostOf = (canonical: string) => canonical.split(/[/?]/, 1)[0] ?? '';

/** What the checker needs to know of one link, from a single parse. */
export interface LinkInfo {
  /** `canonicalUrl`. */
  canonical: string;
  /** The host without www. */
  host: string;
  /** Whether the author is paid for the click (an affiliate host or parameter). */
  affiliate: boolean;
}

// A draft is checked again and again while it is written, with the same links in it: parsing a URL is the costly
// part of a check's link work, so what each link is stays known (a bounded memo; the objects are never changed).
const LINK_MEMO = new Map<string, Readonly<LinkInfo>>();
const LINK_MEMO_MAX = 500;

/**
 * A public authority's host: a government, an agency or a health service ("citaprevia.gob.es", "gov.uk",
 * "ants.gouv.fr", "service.gv.at", "europa.eu"). Nobody's own shop.
 */
const PUBLIC_HOST_RE = /(?:^|\.)(?:(?:gov|gob|gouv|gub|gv|govt)(?:\.[a-z]{2,3})?|admin\.ch|bund\.de|europa\.eu|gc\.ca|nhs\.uk|nhs\.net|service-public\.fr)$/i;

export function publicAuthority(host: string): boolean {
  return PUBLIC_HOST_RE.test(host.replace(/^www\./i, ''));
}

export function linkInfo(raw: string): Readonly<LinkInfo> {
  let info = LINK_MEMO.get(raw);
  if (!info) {
    const url = parseLoose(raw);
    const canonical = canonicalOf(raw, url);
    info = Object.freeze({ canonical, host: hostOf(canonical), affiliate: affiliateOf(url) });
    if (LINK_MEMO.size >= LINK_MEMO_MAX) LINK_MEMO.clear();
    LINK_MEMO.set(raw, info);
  }
  return info;
}

// Affiliate and referral links: the author is paid when the reader clicks or buys. Plain source tags (ref=reddit,
// utm_*) are tracking, not affiliation, and are dropped by canonicalUrl instead.
const AFFILIATE_PARAMS = new Set([
  'aff', 'affid', 'aff_id', 'affiliate', 'affiliate_id', 'afftrack', 'rfsn', 'fpr', 'referral', 'referral_code',
  'refcode', 'ref_id', 'invite_code', 'irclickid', 'irgwc', 'clickref', 'sscid', 'awc', 'ranmid', 'ranEAID', 'tag',
]);
const AFFILIATE_HOSTS = new Set([
  'amzn.to', 'amzn.eu', 'a.co', 'geni.us', 'shareasale.com', 'go.skimresources.com', 'rstyle.me', 'shopstyle.it',
  'liketk.it', 'howl.me', 'click.linksynergy.com', 'awin1.com', 'tidd.ly', 'prf.hn', 'fave.co', 'shop-links.co', 'bitly.ws',
]);
/** Amazon's affiliate parameter is `tag`; elsewhere `tag` is often a plain filter, so it counts only on Amazon. */
const AMAZON_RE = /(?:^|\.)amazon\.[a-z.]+$/;

function parseLoose(raw: string): URL | null {
  try {
    return new URL(/^https?:\/\//i.test(raw) ? raw : `https://${raw}`);
  } catch {
    return null;
  }
}

function affiliateOf(url: URL | null): boolean {
  if (!url) return false;
  const host = url.hostname.toLowerCase().replace(/^www\./, '');
  if (AFFILIATE_HOSTS.has(host)) return true;
  for (const [key, value] of url.searchParams) {
    const k = key.toLowerCase();
    if (k === 'tag') {
      if (AMAZON_RE.test(host) && value.length > 0) return true;
      continue;
    }
    if (AFFILIATE_PARAMS.has(k)) return true;
    // ref=ABC123XY is a referral id; ref=reddit is a source tag.
    if (k === 'ref' && /\d/.test(value) && value.length >= 5) return true;
  }
  return false;
}

/** A user-entered own domain ("https://www.Acme.io/", "acme.io") as a bare lower-case host. */
export function bareDomain(domain: string): string {
  return domain.trim().toLowerCase().replace(/^[a-z]+:\/\//, '').replace(/^www\./, '').split(/[/?#]/, 1)[0] ?? '';
}

/** Whether a link points at one of the person's own domains (or a subdomain of one). */
/** Whether a `linkHost` is one of the person's own domains (or a subdomain of one). */
export function isOwnHost(host: string, domains: readonly string[]): boolean {
  if (!host) return false;
  return domains.some((d) => {
    const own = bareDomain(d);
    return own.length > 0 && (host === own || host.endsWith(`.${own}`));
  });
}
