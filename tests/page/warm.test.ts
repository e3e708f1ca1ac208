import { afterEach, describe, expect, it, vi } from 'vitest';
import { phraseBookCompiles } from '../../lib/checker/phrases/book';
import { ComposerSession, type SessionEnv } from '../../lib/page/session';
import { checkerLang, likelyLangs, WARM_FALLBACK_MS, WARM_IDLE_TIMEOUT_MS, warmChecker } from '../../lib/page/warm';
import type { SiteAdapter } from '../../lib/sites/adapter';

afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
  document.body.replaceChildren();
  document.documentElement.lang = '';
});

describe('likelyLangs', () => {
  it('maps language tags to the checker languages, page first, English last', () => {
    expect(checkerLang('pt-BR')).toBe('pt');
    expect(checkerLang('ES')).toBe('es');
    expect(checkerLang('ja')).toBeNull();
    expect(checkerLang('')).toBeNull();
    expect(likelyLangs('de', ['fr-FR', 'es'])).toEqual(['de', 'fr', 'en']);
    expect(likelyLangs('en-GB', ['en-US'])).toEqual(['en']);
    expect(likelyLangs('', ['ja', 'es'])).toEqual(['en']);
    expect(likelyLangs(null, [])).toEqual(['en']);
  });
});

describe('warmChecker', () => {
  // Each language's steps as labels ("es1", "es2"); a language in `ready` has none left.
  const labelled = (done: string[], ready: readonly string[] = []) => (lang: string) =>
    ready.includes(lang) ? [] : [1, 2].map((n) => () => void done.push(`${lang}${n}`));

  it('runs one prepare step per slot, languages in order', () => {
    vi.useFakeTimers();
    const done: string[] = [];
    warmChecker(['es', 'en'], new AbortController().signal, labelled(done));
    expect(done).toEqual([]);
    vi.advanceTimersByTime(WARM_FALLBACK_MS);
    expect(done).toEqual(['es1']);
    vi.advanceTimersByTime(WARM_FALLBACK_MS);
    expect(done).toEqual(['es1', 'es2']);
    vi.advanceTimersByTime(WARM_FALLBACK_MS * 2);
    expect(done).toEqual(['es1', 'es2', 'en1', 'en2']);
    vi.advanceTimersByTime(WARM_FALLBACK_MS * 10);
    expect(done).toEqual(['es1', 'es2', 'en1', 'en2']);
  });

  it('spends no slot on a language that is already prepared', () => {
    vi.useFakeTimers();
    const done: string[] = [];
    warmChecker(['de', 'fr', 'en'], new AbortController().signal, labelled(done, ['de', 'en']));
    vi.advanceTimersByTime(WARM_FALLBACK_MS);
    expect(done).toEqual(['fr1']);
    vi.advanceTimersByTime(WARM_FALLBACK_MS * 10);
    expect(done).toEqual(['fr1', 'fr2']);
  });

  it('uses idle callbacks where there are, with a timeout, and cancels the pending one on abort', () => {
    const pending = new Map<number, () => void>();
    let nextId = 1;
    const options: unknown[] = [];
    vi.stubGlobal('requestIdleCallback', (run: () => void, opts: unknown) => {
      options.push(opts);
      pending.set(nextId, run);
      return nextId++;
    });
    vi.stubGlobal('cancelIdleCallback', (id: number) => pending.delete(id));
    const done: string[] = [];
    const controller = new AbortController();
    warmChecker(['fr', 'de', 'en'], controller.signal, labelled(done));
    expect(options).toEqual([{ timeout: WARM_IDLE_TIMEOUT_MS }]);
    const [first] = [...pending.entries()][0]!;
    pending.get(first)!();
    pending.delete(first);
    expect(done).toEqual(['fr1']);
    expect(pending.size).toBe(1);
    controller.abort();
    expect(pending.size).toBe(0);
    expect(done).toEqual(['fr1']);
  });
});

describe('ComposerSession warm-up', () => {
  const adapter = {
    id: 'other',
    readText: (e: HTMLElement) => e.textContent ?? '',
    placeHint: (e: HTMLElement) => ({ parent: e.parentNode!, before: e.nextSibling }),
    isReply: () => false,
    submitControl: () => null,
  } as unknown as SiteAdapter;
  const env = {
    context: () => ({}),
    record: () => {},
    abandoned: () => {},
    actions: { feedback: () => {}, mute: () => {}, unmute: () => {} },
    pauseSite: () => {},
  } as unknown as SessionEnv;

  const start = (lang: string, signal: AbortSignal) => {
    document.documentElement.lang = lang;
    const editable = document.createElement('div');
    editable.contentEditable = 'true';
    document.body.append(editable);
    return new ComposerSession(editable, adapter, env, signal);
  };

  it("compiles the page's language in idle time after the session starts, not before", () => {
    vi.useFakeTimers();
    start('pt-BR', new AbortController().signal);
    const before = phraseBookCompiles();
    vi.advanceTimersByTime(WARM_FALLBACK_MS);
    expect(phraseBookCompiles()).toBe(before + 1);
  });

  it('compiles nothing once the session is torn down', () => {
    vi.useFakeTimers();
    const controller = new AbortController();
    start('fr', controller.signal);
    const before = phraseBookCompiles();
    controller.abort();
    vi.advanceTimersByTime(WARM_FALLBACK_MS * 10);
    expect(phraseBookCompiles()).toBe(before);
  });
});
