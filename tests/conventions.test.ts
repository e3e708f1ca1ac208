// The project's conventions as a test: every rule has a table test, every site adapter has a fixture and an
// e2e case, lib/ depends one way (ARCHITECTURE.md, "Parts") with no import cycles, and the code that runs in pages
// never builds markup from strings or talks to the network.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { RULES } from '../lib/checker/rules';
import { FINDING_MESSAGES, MESSAGE_TEMPLATES, messageKey } from '../lib/checker/messages';
import { ruleKeyBase } from '../lib/model/i18n';
import { SITE_IDS } from '../lib/model/platforms';
import { SITES } from '../lib/sites';
import { ADAPTERS } from '../lib/sites/registry';
import { cycles, importGraph, sourceFiles, specifiers } from './tools/import-graph';

const ROOT = path.resolve(import.meta.dirname, '..');
const read = (p: string) => readFileSync(path.join(ROOT, p), 'utf8');
const tsFiles = (dir: string) => readdirSync(path.join(ROOT, dir)).filter((f) => f.endsWith('.ts')).map((f) => f.slice(0, -3));

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

  // Messages as data: a rule names what it says by id (hitMessage('callToAction', …)); the words live in the catalog.
  /** The message ids a rule file passes to hitMessage: every quoted identifier in its first argument. */
  const saidBy = (id: string) =>
    [...read(`lib/checker/rules/${id}.ts`).matchAll(/hitMessage\(([^,)]*)/g)].flatMap((m) => [...m[1]!.matchAll(/'([A-Za-z]+)'/g)].map((q) => q[1]!));
  const locales = readdirSync(path.join(ROOT, 'public/_locales'));

  it.each(ids)('%s builds every message from an id every language catalog has, never from an English string', (id) => {
    const said = saidBy(id);
    expect(said.length, `${id} says something through hitMessage`).toBeGreaterThan(0);
    expect(read(`lib/checker/rules/${id}.ts`)).not.toMatch(/\bmessage:/);
    for (const locale of locales) {
      const catalog = JSON.parse(read(`public/_locales/${locale}/messages.json`)) as Record<string, unknown>;
      for (const messageId of said) {
        expect(Object.hasOwn(FINDING_MESSAGES, messageId), `${messageId} is in lib/checker/messages.ts`).toBe(true);
        expect(catalog[messageKey(messageId)], `${locale}: ${messageKey(messageId)}`).toBeDefined();
      }
    }
  });

  it('says every message and part some rule can say, and every language has them', () => {
    const said = new Set(ids.flatMap(saidBy));
    expect(Object.keys(FINDING_MESSAGES).filter((m) => !said.has(m)), 'messages no rule says').toEqual([]);
    for (const locale of locales) {
      const catalog = JSON.parse(read(`public/_locales/${locale}/messages.json`)) as Record<string, unknown>;
      expect(Object.keys(MESSAGE_TEMPLATES).filter((m) => !catalog[messageKey(m)]), locale).toEqual([]);
    }
  });

  it('registers no rule without a file', () => {
    expect(RULES.map((r) => r.meta.id).sort()).toEqual([...ids].sort());
  });
});

// CONTRIBUTING.md, "Add a site": a row in the platform table, an adapter file, a fixture folder and a row in the e2e
// site contract. The registry and the manifest follow from the table; nothing else needs editing.
const CONTRACT = 'tests/e2e/contract/sites.ts';
const LEGACY_E2E_SITES = 'tests/e2e/sites.ts';
/** The sites the e2e tests serve: the contract's rows once it exists, the fixture host table until then. */
const e2eSites: string[] = existsSync(path.join(ROOT, CONTRACT))
  ? ((await import(/* @vite-ignore */ path.join(ROOT, CONTRACT))) as { COMPOSERS: { platform: string }[] }).COMPOSERS.map((r) => r.platform)
  : ((await import(/* @vite-ignore */ path.join(ROOT, LEGACY_E2E_SITES))) as { FIXTURE_SITES: { fixture: string }[] }).FIXTURE_SITES.map((s) => s.fixture);

describe('adding a site', () => {
  it('reads the e2e site table', () => {
    expect(e2eSites.length).toBeGreaterThanOrEqual(SITE_IDS.length);
  });

  it.each(SITE_IDS)('%s has its adapter file, a fixture page and an e2e row', (id) => {
    expect(SITES.find((s) => s.id === id), `lib/sites/${id}.ts defines the ${id} adapter`).toBe(ADAPTERS[id]);
    expect(existsSync(path.join(ROOT, `tests/fixtures/${id}/index.html`)), `tests/fixtures/${id}/index.html`).toBe(true);
    expect(e2eSites, `the e2e site table has a row for ${id}`).toContain(id);
    if (!existsSync(path.join(ROOT, CONTRACT))) expect(read(`tests/e2e/sites/${id}.e2e.ts`)).toMatch(/waitForBadge\(/);
  });

  it('has no adapter, fixture or e2e row for a site outside the platform table', () => {
    const known = new Set<string>([...SITE_IDS, 'other']);
    const fixtures = readdirSync(path.join(ROOT, 'tests/fixtures'), { withFileTypes: true })
      .filter((d) => d.isDirectory() && existsSync(path.join(ROOT, 'tests/fixtures', d.name, 'index.html')))
      .map((d) => d.name);
    expect(fixtures.filter((f) => !known.has(f) && f !== 'playground')).toEqual([]);
    expect(e2eSites.filter((s) => !known.has(s) && s !== 'playground')).toEqual([]);
  });
});

describe('dependency direction', () => {
  // Each part of lib/ may import itself and the parts listed; nothing else. Leaves import nothing at all.
  const MAY_IMPORT: Record<string, readonly string[]> = {
    leaf: [],
    checker: ['leaf'],
    model: ['leaf', 'checker'],
    sites: ['leaf', 'model'],
    storage: ['leaf', 'model', 'checker'],
    stats: ['leaf', 'model', 'checker', 'storage'],
    page: ['leaf', 'model', 'checker', 'sites'],
    background: ['leaf', 'model', 'checker', 'storage', 'sites'],
    cli: ['leaf', 'model', 'checker'],
    pages: ['leaf', 'model', 'checker', 'storage', 'stats', 'background'],
    entry: ['leaf', 'model', 'sites', 'page', 'background'],
  };
  /** Parts that stay pure: no package at all (the checker also runs in the CLI and the bench). */
  const NO_PACKAGES = ['leaf', 'checker', 'sites'];
  const LEAVES = ['lib/model/platforms.ts', 'lib/model/time.ts'];
  function partOf(file: string): string {
    if (LEAVES.includes(file)) return 'leaf';
    if (file.startsWith('lib/')) return file.split('/')[1]!;
    if (file.startsWith('components/') || /^entrypoints\/(popup|options)\//.test(file)) return 'pages';
    return 'entry';
  }
  const graph = importGraph(ROOT, sourceFiles(ROOT, ['lib', 'entrypoints', 'components']));

  it('reads the whole graph, every part of lib/ named', () => {
    expect(graph.length).toBeGreaterThan(50);
    for (const { file } of graph) expect(MAY_IMPORT[partOf(file)], `${file} is in a known part`).toBeDefined();
  });

  it.each(graph.map((n) => [n.file, n] as const))('%s imports only the parts below it', (file, node) => {
    const part = partOf(file);
    const wrong = node.imports.filter((to) => partOf(to) !== part && !MAY_IMPORT[part]!.includes(partOf(to)));
    expect(wrong, `${part} may import ${MAY_IMPORT[part]!.join(', ') || 'nothing'}`).toEqual([]);
    if (part === 'leaf') expect(node.imports).toEqual([]);
    if (NO_PACKAGES.includes(part)) expect(node.packages).toEqual([]);
  });

  it.each(graph.filter((n) => !n.file.startsWith('lib/checker/')).map((n) => [n.file, n] as const))(
    '%s reaches the checker only through lib/checker/index.ts',
    (_file, node) => {
      expect(node.imports.filter((to) => to.startsWith('lib/checker/') && to !== 'lib/checker/index.ts')).toEqual([]);
    },
  );

  it('has no import cycle that runs', () => {
    expect(cycles(graph.map((n) => ({ file: n.file, imports: n.runtimeImports })))).toEqual([]);
  });

  it('has no import cycle, type-only ones included, outside the checker', () => {
    // The checker's internals are being rebuilt; its remaining type-only loops (types.ts and history.ts, phrases/
    // book.ts and its languages) are its own to remove, then this filter goes.
    expect(cycles(graph).filter((group) => !group.every((f) => f.startsWith('lib/checker/')))).toEqual([]);
  });

  it.each(graph.filter((n) => partOf(n.file) === 'entry').map((n) => n.file))('%s is a thin shell', (file) => {
    const code = read(file).split('\n').filter((line) => line.trim() && !line.trim().startsWith('//'));
    expect(code.length, 'entrypoints wire lib/ together; logic lives in lib/').toBeLessThanOrEqual(20);
  });
});

describe('the import graph reader', () => {
  it('finds a loop, type-only imports and packages', () => {
    expect(cycles([{ file: 'a', imports: ['b'] }, { file: 'b', imports: ['c'] }, { file: 'c', imports: ['a'] }, { file: 'd', imports: ['a'] }])).toEqual([['a', 'b', 'c']]);
    expect(cycles([{ file: 'a', imports: ['b'] }, { file: 'b', imports: [] }])).toEqual([]);
    expect(cycles([{ file: 'a', imports: ['a'] }])).toEqual([['a']]);
    const text = "import type { A } from './a';\nimport {\n  type B,\n  c,\n} from './b';\nexport { type D } from 'pkg';\nconst e = await import('./e');";
    expect(specifiers(text)).toEqual([
      { spec: './a', typeOnly: true },
      { spec: './b', typeOnly: false },
      { spec: 'pkg', typeOnly: true },
      { spec: './e', typeOnly: false },
    ]);
  });
});

describe('a repository that stands alone', () => {
  // Nothing may send a reader to documents that live outside the repository. tests/eval (and tests/train) may read
  // a workspace's sibling corpora when present and must work without them.
  const OUTSIDE_DOCS = new RegExp(`\\b(?:${['DESIGN', 'heuristics', 'composers', 'toolchain'].join('|')})\\.md\\b|shared\\/reference|lib\\/feedback\\.ts`);
  /** Relative paths that climb above the repository's root (a sibling folder of the checkout). */
  function leavesRepository(file: string, text: string): string | undefined {
    const dir = path.dirname(path.join(ROOT, file));
    // In Markdown only links count: code samples there show imports relative to their own file.
    const climb = file.endsWith('.md') ? /\]\(((?:\.\.\/)+[\w.-]+)/g : /((?:\.\.\/)+[\w.-]+)/g;
    const paths = [...text.matchAll(climb)].map((m) => m[1]!);
    const joined = [...text.matchAll(/\bROOT, '\.\.', '([\w-]+)'/g)].map((m) => `../${m[1]}`);
    const inside = (p: string) => (path.resolve(dir, p) + path.sep).startsWith(ROOT + path.sep);
    return [...paths.filter((p) => !inside(p)), ...joined][0];
  }
  const files = execFileSync('git', ['ls-files', '--cached', '--others', '--exclude-standard'], { cwd: ROOT, encoding: 'utf8' })
    .split('\n')
    .filter((f) => /\.(ts|tsx|js|mjs|md|json|html|css)$/.test(f) && existsSync(path.join(ROOT, f)));

  it('reads the tracked files', () => {
    expect(files.length).toBeGreaterThan(100);
  });

  it.each(files)('%s points nowhere outside the repository', (file) => {
    const text = read(file);
    expect(text.match(OUTSIDE_DOCS)?.[0]).toBeUndefined();
    if (!/^tests\/(eval|train)\//.test(file)) expect(leavesRepository(file, text)).toBeUndefined();
  });
});

describe('code that runs in pages', () => {
  const files = sourceFiles(ROOT, ['lib', 'entrypoints', 'components']).filter((f) => !f.startsWith('lib/cli/'));

  it.each(files)('%s never assigns markup from strings', (file) => {
    expect(read(file)).not.toMatch(/\.(innerHTML|outerHTML)\s*=|insertAdjacentHTML|dangerouslySetInnerHTML|document\.write/);
  });

  it.each(files)('%s makes no network request', (file) => {
    expect(read(file)).not.toMatch(/\b(fetch|XMLHttpRequest|sendBeacon|WebSocket|EventSource)\s*\(/);
  });
});
