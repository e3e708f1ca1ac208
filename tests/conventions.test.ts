// The project's conventions as a test: every rule has a table test, every site adapter has a fixture and an
// e2e case, and the code that runs in pages never builds markup from strings or talks to the network.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { RULES } from '../lib/checker/rules';
import { ruleKeyBase } from '../lib/page/hint/rule-text';
import { SITE_IDS } from '../lib/model/platforms';
import { SITES } from '../lib/sites';
import { ADAPTERS } from '../lib/sites/registry';
import { FIXTURE_SITES } from './e2e/sites';
import { TOUR } from './tour/samples';

const ROOT = path.resolve(import.meta.dirname, '..');
const read = (p: string) => readFileSync(path.join(ROOT, p), 'utf8');
const tsFiles = (dir: string) => readdirSync(path.join(ROOT, dir)).filter((f) => f.endsWith('.ts')).map((f) => f.slice(0, -3));
function sourceFiles(dir: string): string[] {
  return readdirSync(path.join(ROOT, dir), { recursive: true, encoding: 'utf8' })
    .filter((f) => /\.(ts|tsx)$/.test(f))
    .map((f) => path.join(dir, f));
}

describe('checker rules', () => {
  const ids = tsFiles('lib/checker/rules');

  it('finds the rule files', () => {
    expect(ids.length).toBeGreaterThanOrEqual(3);
  });

  it.each(ids)('%s is registered, named after its file, and has a table test', (id) => {
    const rule = RULES.find((r) => r.meta.id === id);
    expect(rule, `lib/checker/rules.ts registers ${id}`).toBeDefined();
    const test = `tests/checker/rules/${id}.test.ts`;
    expect(existsSync(path.join(ROOT, test)), `${test} exists`).toBe(true);
    const body = read(test);
    expect(body).toContain(`lib/checker/rules/${id}'`);
    expect(body).toMatch(/testRule\(/);
  });

  it.each(ids)('%s has a title, suggestion and why in the message catalog, with its why as in meta', (id) => {
    const en = JSON.parse(read('public/_locales/en/messages.json')) as Record<string, { message: string }>;
    const base = ruleKeyBase(id);
    for (const suffix of ['Title', 'Suggestion', 'Why']) expect(en[`${base}${suffix}`]?.message, `${base}${suffix}`).toBeTruthy();
    expect(en[`${base}Why`]!.message).toBe(RULES.find((r) => r.meta.id === id)!.meta.why);
  });

  it('registers no rule without a file', () => {
    expect(RULES.map((r) => r.meta.id).sort()).toEqual([...ids].sort());
  });
});

describe('checker hot paths', () => {
  // The bench and CLI run through tsx, which keeps function names: every named closure made inside a function is
  // wrapped in an Object.defineProperty call each time it is created. In the checker's per-post code that cost
  // ~18% (measured); plain module-level functions cost nothing. Code that runs once per phrase list is exempt.
  const ONCE_PER_LIST: Record<string, string[]> = { 'lib/checker/phrase-index.ts': ['add'] };
  const files = sourceFiles('lib/checker').filter((f) => !f.includes(`${path.sep}phrases${path.sep}`) && !f.endsWith('phrase-keys.ts'));

  it.each(files)('%s makes no named closure per call', (file) => {
    const named = [...read(file).matchAll(/^[ \t]+(?:(?:const|let) (\w+) = (?:async )?(?:\([^)]*\)|\w+)(?::[^=]+)? =>|function (\w+))/gm)]
      .map((m) => m[1] ?? m[2]!)
      .filter((name) => !(ONCE_PER_LIST[file] ?? []).includes(name));
    expect(named).toEqual([]);
  });
});

describe('site adapters', () => {
  it.each(SITE_IDS)('%s has an adapter file, a fixture page and an e2e case', (id) => {
    expect(SITES.find((s) => s.id === id), `lib/sites/${id}.ts defines the ${id} adapter`).toBe(ADAPTERS[id]);
    expect(existsSync(path.join(ROOT, `tests/fixtures/${id}/index.html`)), `tests/fixtures/${id}/index.html`).toBe(true);
    expect(FIXTURE_SITES.some((s) => s.fixture === id), `tests/e2e/sites.ts serves ${id}`).toBe(true);
    const e2e = `tests/e2e/sites/${id}.e2e.ts`;
    expect(existsSync(path.join(ROOT, e2e)), `${e2e} exists`).toBe(true);
    expect(read(e2e)).toMatch(/waitForBadge\(/);
    expect(TOUR.some((stop) => stop.site === id), `tests/tour/samples.ts visits ${id}`).toBe(true);
  });
});

describe('code that runs in pages', () => {
  const files = [...sourceFiles('lib'), ...sourceFiles('entrypoints'), ...sourceFiles('components')].filter(
    (f) => !f.startsWith(path.join('lib', 'cli')),
  );

  it.each(files)('%s never assigns markup from strings', (file) => {
    expect(read(file)).not.toMatch(/\.(innerHTML|outerHTML)\s*=|insertAdjacentHTML|dangerouslySetInnerHTML|document\.write/);
  });

  it.each(files)('%s makes no network request', (file) => {
    expect(read(file)).not.toMatch(/\b(fetch|XMLHttpRequest|sendBeacon|WebSocket|EventSource)\s*\(/);
  });
});
