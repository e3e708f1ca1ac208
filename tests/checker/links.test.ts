import { describe, expect, it } from 'vitest';
import { bareDomain, canonicalUrl, isOwnHost, linkInfo } from '../../lib/checker/links';

const isAffiliateUrl = (raw: string) => linkInfo(raw).affiliate;
const isOwnUrl = (raw: string, domains: string[]) => isOwnHost(linkInfo(raw).host, domains);

describe('links', () => {
  it('canonicalises away tracking, www, scheme, order and trailing slashes', () => {
    expect(canonicalUrl('https://www.shop.example.com/a/?utm_source=x&src=fb3&b=2&a=1#top')).toBe('shop.example.com/a?a=1&b=2');
    expect(canonicalUrl('givecircle.example.org/westside-choir?src=fb2')).toBe(canonicalUrl('https://givecircle.example.org/westside-choir?src=fb'));
    expect(canonicalUrl('https://youtu.be/abc')).toBe('youtube.com/watch?v=abc');
    expect(linkInfo('https://www.shop.example.com/a/?utm_source=x')).toMatchObject({ canonical: 'shop.example.com/a', host: 'shop.example.com' });
  });

  it('tells affiliate links from source tags', () => {
    expect(isAffiliateUrl('https://amzn.to/3x')).toBe(true);
    expect(isAffiliateUrl('https://www.amazon.com/dp/B01?tag=me-20')).toBe(true);
    expect(isAffiliateUrl('app.example.io/join?ref=ANNA2024')).toBe(true);
    expect(isAffiliateUrl('blog.example.com/post?ref=reddit')).toBe(false);
    expect(isAffiliateUrl('shop.example.com/?tag=summer')).toBe(false);
  });

  it('matches own domains and their subdomains only', () => {
    expect(bareDomain('https://www.Acme.io/about')).toBe('acme.io');
    expect(isOwnUrl('shop.acme.io/x', ['acme.io'])).toBe(true);
    expect(isOwnUrl('https://notacme.io', ['acme.io'])).toBe(false);
    expect(isOwnUrl('acme.io.evil.example', ['acme.io'])).toBe(false);
  });
});
