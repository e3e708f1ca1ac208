import { describe, expect, it } from 'vitest';
import { instanceHost, originPattern } from '../lib/mastodon-instances';

describe('Mastodon server input', () => {
  it.each([
    ['fosstodon.org', 'fosstodon.org'],
    ['https://Fosstodon.org/@me', 'fosstodon.org'],
    ['  hachyderm.io  ', 'hachyderm.io'],
    ['@ana@social.example.org', 'social.example.org'],
    ['social.coop/about', 'social.coop'],
  ])('%s -> %s', (input, host) => {
    expect(instanceHost(input)).toBe(host);
  });

  it.each(['', 'localhost', 'not a server', 'http://', '<script>', 'a.b', '*.example.com'])('refuses %j', (input) => {
    expect(instanceHost(input)).toBeNull();
  });

  it('asks for exactly one origin', () => {
    expect(originPattern('fosstodon.org')).toBe('https://fosstodon.org/*');
  });
});
