// Canonical links, so the same page with new tracking parameters counts as the same link.

const TRACKING = new Set([
  'fbclid', 'gclid', 'dclid', 'msclkid', 'igshid', 'igsh', 'si', 'ref', 'ref_src', 'ref_url', 'mc_cid', 'mc_eid',
  '_hsenc', '_hsmi', 'mkt_tok', 'li_fat_id', 'twclid', 'yclid', 'trk', 'trackingid', 's', 't', 'feature', 'share',
]);

export function canonicalUrl(raw: string): string {
  const withScheme = /^https?:\/\//i.test(raw) ? raw : `https://${raw}`;
  let url: URL;
  try {
    url = new URL(withScheme);
  } catch {
    return raw.toLowerCase();
  }
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

/** The host of a link without www., or '' when it does not parse. */
export function linkHost(raw: string): string {
  return canonicalUrl(raw).split(/[/?]/, 1)[0] ?? '';
}
