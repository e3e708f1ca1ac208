// Pins what the shipped manifests ask for, and that the builds carry no remote code.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { SITE_MATCHES } from '../../lib/sites';

const OUT = path.resolve(import.meta.dirname, '../../.output');
const manifest = (dir: string) => JSON.parse(readFileSync(path.join(OUT, dir, 'manifest.json'), 'utf8')) as Record<string, unknown>;
const sorted = (v: unknown) => [...(v as string[])].sort();

describe('the shipped manifests', () => {
  it('Chrome MV3 asks for storage, scripting and the supported sites only; Mastodon servers are optional', () => {
    const m = manifest('chrome-mv3');
    expect(m.manifest_version).toBe(3);
    expect(sorted(m.permissions)).toEqual(['scripting', 'storage']);
    expect(sorted(m.host_permissions)).toEqual([...SITE_MATCHES].sort());
    expect(m.optional_host_permissions).toEqual(['https://*/*']);
    expect(m.optional_permissions).toBeUndefined();
    const scripts = m.content_scripts as { matches: string[]; js: string[] }[];
    expect(scripts).toHaveLength(1);
    expect(sorted(scripts[0]!.matches)).toEqual([...SITE_MATCHES].sort());
    expect(m.content_security_policy).toBeUndefined();
    expect(m.web_accessible_resources).toBeUndefined();
    expect(m.externally_connectable).toBeUndefined();
  });

  it('Firefox MV2 asks for the same, declares no data collection and has a gecko id', () => {
    const m = manifest('firefox-mv2');
    expect(m.manifest_version).toBe(2);
    expect(sorted(m.permissions)).toEqual(['scripting', 'storage', ...SITE_MATCHES].sort());
    expect(m.optional_permissions).toEqual(['https://*/*']);
    expect(m.browser_specific_settings).toMatchObject({
      gecko: { id: 'give-first@give-first.dev', data_collection_permissions: { required: ['none'] } },
    });
    expect(m.content_security_policy).toBeUndefined();
  });

  it.each(['chrome-mv3', 'firefox-mv2'])('%s loads no remote code', (dir) => {
    const files = readdirSync(path.join(OUT, dir), { recursive: true, encoding: 'utf8' }).filter((f) => /\.(js|html)$/.test(f));
    expect(files.length).toBeGreaterThan(3);
    for (const file of files) {
      const body = readFileSync(path.join(OUT, dir, file), 'utf8');
      expect(body, file).not.toMatch(/<script[^>]+src=["']https?:/i);
      expect(body, file).not.toMatch(/importScripts\(\s*["']https?:/);
      expect(body, file).not.toMatch(/import\(\s*["']https?:/);
    }
  });
});
