import { describe, expect, it } from 'vitest';
import { instanceHost, originPattern } from '../../lib/background/mastodon-instances';

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

describe('syncInstanceScripts', () => {
  it('registers granted servers, unregisters removed or revoked ones, and never the built-in one', async () => {
    const { fakeBrowser } = await import('wxt/testing/fake-browser');
    const { vi } = await import('vitest');
    const { syncInstanceScripts } = await import('../../lib/background/mastodon-instances');
    const registered = [{ id: 'gf-mastodon-old.example', matches: ['https://old.example/*'] }, { id: 'gf-mastodon-keep.example', matches: ['https://keep.example/*'] }];
    const granted = new Set(['https://keep.example/*', 'https://new.example/*']);
    vi.spyOn(fakeBrowser.scripting, 'getRegisteredContentScripts').mockResolvedValue(registered as never);
    vi.spyOn(fakeBrowser.permissions, 'contains').mockImplementation(async (p) => granted.has(p.origins![0]!));
    const unregister = vi.spyOn(fakeBrowser.scripting, 'unregisterContentScripts').mockResolvedValue(undefined as never);
    const register = vi.spyOn(fakeBrowser.scripting, 'registerContentScripts').mockResolvedValue(undefined as never);

    const wanted = await syncInstanceScripts(['keep.example', 'new.example', 'denied.example', 'mastodon.social']);
    expect(wanted).toEqual(['keep.example', 'new.example']);
    expect(unregister).toHaveBeenCalledWith({ ids: ['gf-mastodon-old.example'] });
    expect(register).toHaveBeenCalledTimes(1);
    expect(register.mock.calls[0]![0]).toEqual([
      { id: 'gf-mastodon-new.example', matches: ['https://new.example/*'], js: ['content-scripts/composer.js'], runAt: 'document_idle' },
    ]);
  });
});
