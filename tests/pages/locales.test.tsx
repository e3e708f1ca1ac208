// Every page in every locale: the popup and the options page are rendered over a history that shows every part
// (weekly targets, corrections, repeats, hints), and each visible string and label is compared with the English
// rendering. A message key on screen means a missing string; text identical to English means an English fallback,
// unless it is a name, the person's own data, or a word the catalogs agree is the same in that language.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { importErrorText, importSummary } from '../../components/options/DataSection';
import { PLATFORMS, platformFacts } from '../../lib/model/platforms';
import { App as OptionsApp } from '../../entrypoints/options/App';
import { App as PopupApp } from '../../entrypoints/popup/App';
import { RULES } from '../../lib/checker';
import { setFallbackMessages } from '../../lib/model/i18n';
import { DEFAULT_SETTINGS } from '../../lib/model/settings';
import type { RecordPostRequest } from '../../lib/model/messaging';
import { correctPost } from '../../lib/storage/corrections';
import { openDb } from '../../lib/storage/db';
import { recordPost } from '../../lib/storage/posts';
import { useSettings } from '../../lib/storage/settings-store';
import { deleteEverything, ImportError, type ImportReason } from '../../lib/storage/transfer';

type Messages = Record<string, { message: string }>;
const LOCALES = ['en', 'es', 'de', 'fr', 'pt'] as const;
const read = (locale: string): Messages =>
  JSON.parse(readFileSync(path.resolve(import.meta.dirname, '../../public/_locales', locale, 'messages.json'), 'utf8')) as Messages;
const catalogs = Object.fromEntries(LOCALES.map((l) => [l, read(l)])) as Record<(typeof LOCALES)[number], Messages>;

const NOW = Date.now();
const post = (id: string, minutesAgo: number, text: string, over: Partial<RecordPostRequest>): RecordPostRequest => ({
  id, time: NOW - minutesAgo * 60_000, text, platform: 'x', reply: false, kind: 'give', families: [], signals: [], phrases: [],
  scores: { give: 2, take: 0, missing: 0, repeat: 0 }, nudge: { hinted: false, firstFamilies: [], submitFamilies: [] }, ...over,
});
/** The person's own words and names, shown as they are in every language. */
const DATA = ['link in bio', '#pottery', 'example.com', 'fosstodon.org', ...PLATFORMS.map((p) => platformFacts(p).name), 'Give First'];

async function seed() {
  const db = openDb();
  await recordPost(db, post('g', 5, 'Huge thank you Maria Lopez and Mrs. Patel for the kiln tips! #pottery', { signals: ['thanks'] }), true);
  await recordPost(db, post('t', 50, 'New glaze drop! Link in bio #pottery', {
    kind: 'take', families: ['self-promotion'], phrases: ['link in bio'], platform: 'instagram',
    nudge: { hinted: true, firstFamilies: ['self-promotion'], submitFamilies: ['self-promotion'] },
  }), true);
  await recordPost(db, post('r', 60 * 30, 'New glaze drop! Link in bio #pottery again', {
    kind: 'neutral', families: ['repetition', 'missing-value'], phrases: ['link in bio'], platform: 'linkedin',
    nudge: { hinted: true, firstFamilies: ['missing-value'], submitFamilies: [] },
  }), true);
  await recordPost(db, post('c', 60 * 50, 'A tip on trimming feet: wait for leather hard.', { kind: 'take', families: ['self-promotion'] }), true);
  await correctPost(db, 'c', 'gave');
}

/** Every string a person sees or hears: text nodes and accessible labels, in document order. */
function strings(root: HTMLElement): string[] {
  const out: string[] = [];
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (node.nodeType === Node.TEXT_NODE) {
      const text = node.textContent?.trim() ?? '';
      if (text) out.push(text);
      continue;
    }
    const el = node as Element;
    for (const attr of ['aria-label', 'title', 'placeholder', 'alt']) {
      const value = el.getAttribute(attr);
      if (value) out.push(value);
    }
  }
  return out;
}

async function render(locale: (typeof LOCALES)[number], page: 'popup' | 'options'): Promise<string[]> {
  setFallbackMessages(catalogs[locale]);
  const host = document.createElement('div');
  document.body.append(host);
  let root!: Root;
  await act(async () => {
    root = createRoot(host);
    root.render(page === 'popup' ? <PopupApp /> : <OptionsApp />);
  });
  const ready = page === 'popup' ? '[data-testid="gf-heeded"]' : '[data-testid="gf-delete"]';
  await vi.waitFor(() => expect(host.querySelector(ready)).not.toBeNull(), { timeout: 5_000 });
  if (page === 'popup') await vi.waitFor(() => expect(host.querySelector('[data-testid="gf-week"]')).not.toBeNull());
  if (page === 'options') {
    // The delete confirmation is part of the page too.
    await act(async () => (host.querySelector('[data-testid="gf-delete"]') as HTMLButtonElement).click());
    await vi.waitFor(() => expect(host.querySelector('[role="alertdialog"]')).not.toBeNull());
  }
  const found = strings(host);
  act(() => root.unmount());
  host.remove();
  return found;
}

const KEY_LIKE = /^[a-z][a-zA-Z0-9]*(?:_[a-z]+)?$/;
const hasLetters = (s: string) => /\p{L}/u.test(s);

describe.each(['popup', 'options'] as const)('the %s page in every locale', (page) => {
  const rendered = {} as Record<(typeof LOCALES)[number], string[]>;
  beforeAll(async () => {
    // Rendering waits on IndexedDB outside act(); React need not warn about that.
    (globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = false;
    await seed();
    useSettings.setState({
      loaded: true,
      settings: { ...DEFAULT_SETTINGS, goal: { maxPromoShare: 0.2, minGivesPerWeek: 3, thanksPerWeek: 1 } },
    });
    for (const locale of LOCALES) rendered[locale] = await render(locale, page);
  }, 60_000);
  afterAll(async () => {
    setFallbackMessages(catalogs.en);
    await deleteEverything(openDb());
  });

  it('renders the same structure in each locale, with real content', () => {
    expect(rendered.en.length).toBeGreaterThan(page === 'popup' ? 40 : 80);
    for (const locale of LOCALES) expect(rendered[locale].length, locale).toBe(rendered.en.length);
  });

  it.each(LOCALES)('%s: no message key is shown in place of a string', (locale) => {
    expect(rendered[locale].filter((s) => KEY_LIKE.test(s) && !DATA.includes(s) && (s in catalogs.en))).toEqual([]);
  });

  it.each(LOCALES.filter((l) => l !== 'en'))('%s: no English left on the page', (locale) => {
    // Messages a catalog deliberately words like English ("Normal", German "Neutral") may match.
    const same = new Set(Object.keys(catalogs.en).filter((k) => catalogs[locale][k]?.message === catalogs.en[k]!.message).map((k) => catalogs.en[k]!.message));
    const english = rendered[locale].filter(
      (s, i) => s === rendered.en[i] && hasLetters(s) && !same.has(s) && !DATA.some((d) => s === d || s === `“${d}”`),
    );
    expect(english).toEqual([]);
  });
});

describe('import messages in every locale', () => {
  const reasons: ImportReason[] = ['not-export', 'newer', 'csv', 'too-large', 'bad-json', 'bad-field'];
  const texts = (locale: (typeof LOCALES)[number]) => {
    setFallbackMessages(catalogs[locale]);
    const out = [
      ...reasons.map((r) => importErrorText(new ImportError('x', r, 3, 'posts[2].time'))),
      importErrorText(new ImportError('x', 'bad-json')),
      importSummary({ added: 1, updated: 0, unchanged: 2, feedback: 0 }),
      importSummary({ added: 5, updated: 1, unchanged: 0, feedback: 0 }),
    ];
    setFallbackMessages(catalogs.en);
    return out;
  };

  it('says every outcome in the UI language, with the line and field', () => {
    const en = texts('en');
    expect(en[5]).toBe('Nothing was imported: Line 3, posts[2].time: this value is not one a Give First export holds.');
    expect(en[7]).toBe('Import done: 1 new post, 0 updated, 2 already there.');
    for (const locale of LOCALES.filter((l) => l !== 'en')) {
      const local = texts(locale);
      local.forEach((s, i) => expect(s, `${locale} ${i}`).not.toBe(en[i]));
      expect(local[5]).toContain('posts[2].time');
      expect(local[5]).toContain('3');
    }
  });

  it('picks plural forms by count', () => {
    setFallbackMessages(catalogs.es);
    expect(importSummary({ added: 1, updated: 2, unchanged: 1, feedback: 0 })).toBe(
      'Importación hecha: 1 publicación nueva, 2 actualizadas, 1 ya estaba.',
    );
    setFallbackMessages(catalogs.en);
  });
});

describe('hint texts on the options page', () => {
  it('has a title, a why and an example for every rule in every locale', () => {
    const base = (id: string) => `rule${id.replace(/(?:^|-)([a-z])/g, (_, c: string) => c.toUpperCase())}`;
    for (const locale of LOCALES) {
      for (const rule of RULES) {
        for (const part of ['Title', 'Why', 'Example']) expect(catalogs[locale][`${base(rule.meta.id)}${part}`]?.message, `${locale} ${rule.meta.id} ${part}`).toBeTruthy();
      }
    }
  });
});


