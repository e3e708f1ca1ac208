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
  it('prepares one language per slot, in order', () => {
    vi.useFakeTimers();
    const done: string[] = [];
    warmChecker(['es', 'en'], new AbortController().signal, (lang) => done.push(lang));
    expect(done).toEqual([]);
    vi.advanceTimersByTime(WARM_FALLBACK_MS);
    expect(done).toEqual(['es']);
    vi.advanceTimersByTime(WARM_FALLBACK_MS);
    expect(done).toEqual(['es', 'en']);
    vi.advanceTimersByTime(WARM_FALLBACK_MS * 10);
    expect(done).toEqual(['es', 'en']);
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
    warmChecker(['fr', 'de', 'en'], controller.signal, (lang) => done.push(lang));
    expect(options).toEqual([{ timeout: WARM_IDLE_TIMEOUT_MS }]);
    const [first] = [...pending.entries()][0]!;
    pending.get(first)!();
    pending.delete(first);
    expect(done).toEqual(['fr']);
    expect(pending.size).toBe(1);
    controller.abort();
    expect(pending.size).toBe(0);
    expect(done).toEqual(['fr']);
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
