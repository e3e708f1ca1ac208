// The first check in a language compiles its phrase book, a few hundred milliseconds on the page's main thread: met
// while the person types or reaches for Post, it froze the editor. A composer session instead has the checker
// prepare the languages the person likely writes in while the page is idle, one step of one language per idle slot.
import { prepareSteps, type Lang } from '../checker';

const LANGS: readonly Lang[] = ['en', 'es', 'de', 'fr', 'pt'];
/** An idle slot is waited for at most this long: a busy page still gets its languages ready before long. */
export const WARM_IDLE_TIMEOUT_MS = 2_000;
/** Where there is no requestIdleCallback (Safari), the wait between languages. */
export const WARM_FALLBACK_MS = 300;

/** One of our languages for a language tag ("pt-BR" → pt), or null. */
export function checkerLang(tag: string | null | undefined): Lang | null {
  const primary = (tag ?? '').trim().toLowerCase().split(/[-_]/)[0] ?? '';
  return (LANGS as readonly string[]).includes(primary) ? (primary as Lang) : null;
}

/** The page's language, then the browser's, then English (what a short or mixed post is read as), without repeats. */
export function likelyLangs(pageLang: string | null | undefined, browserLangs: readonly string[]): Lang[] {
  const out = new Set<Lang>();
  for (const tag of [pageLang, ...browserLangs.slice(0, 1)]) {
    const lang = checkerLang(tag);
    if (lang) out.add(lang);
  }
  out.add('en');
  return [...out];
}

/** The languages this page likely writes in, from `<html lang>` and the browser's first language. */
export function pageLangs(): Lang[] {
  const browser = typeof navigator === 'undefined' ? [] : navigator.languages?.length ? navigator.languages : [navigator.language];
  return likelyLangs(document.documentElement.lang, browser);
}

/** Waits for an idle slot (or a timeout where there is none); returns the cancel. */
function whenIdle(run: () => void): () => void {
  if (typeof requestIdleCallback === 'function') {
    const id = requestIdleCallback(run, { timeout: WARM_IDLE_TIMEOUT_MS });
    return () => cancelIdleCallback(id);
  }
  const id = setTimeout(run, WARM_FALLBACK_MS);
  return () => clearTimeout(id);
}

/** Runs each language's prepare steps, one per idle slot, languages in order; nothing more runs once `signal` aborts. */
export function warmChecker(
  langs: readonly Lang[],
  signal: AbortSignal,
  stepsOf: (lang: Lang) => Array<() => void> = prepareSteps,
): void {
  // Steps are asked for when their language comes up: one another session prepared meanwhile has none left.
  let nextLang = 0;
  let steps: Array<() => void> = [];
  let cancel: (() => void) | null = null;
  const step = () => {
    cancel = null;
    if (signal.aborted) return;
    while (steps.length === 0 && nextLang < langs.length) steps = stepsOf(langs[nextLang++]!);
    steps.shift()?.();
    if (steps.length > 0 || nextLang < langs.length) cancel = whenIdle(step);
  };
  if (signal.aborted || langs.length === 0) return;
  signal.addEventListener('abort', () => cancel?.(), { once: true });
  cancel = whenIdle(step);
}
