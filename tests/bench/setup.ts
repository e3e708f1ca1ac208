// What the bench tools share: the fixed clock, the 10k-post history every tool checks against (with near-repeats of
// the bench texts), the `[short|long] [top] [text]` arguments, a forced collection and bytes allocated per check.
// run.ts keeps its own (its sizes and preview settings vary); the others take these from here.
import v8 from 'node:v8';
import vm from 'node:vm';
import { indexOf, syntheticFingerprints } from './history';
import { LONG_POSTS, SHORT_POSTS } from './texts';

export const NOW = Date.UTC(2026, 0, 15);

/** What building a bench history needs: this checkout's helpers, or another checkout's bundled ones (ab.ts). */
export interface HistoryParts {
  indexOf: (fingerprints: never) => unknown;
  syntheticFingerprints: (size: number, now: number, repeats: readonly string[]) => unknown;
  SHORT_POSTS: readonly string[];
  LONG_POSTS: readonly string[];
}

const OWN = { indexOf, syntheticFingerprints, SHORT_POSTS, LONG_POSTS };

/** The check context of every bench tool: 10k stored posts, a few of them light edits of the bench texts. */
export function benchContext<P extends HistoryParts = typeof OWN>(parts: P = OWN as unknown as P) {
  const repeats = [parts.SHORT_POSTS[0]!, parts.SHORT_POSTS[1]!, parts.LONG_POSTS[0]!.slice(0, 300)];
  const history = parts.indexOf(parts.syntheticFingerprints(10_000, NOW, repeats) as never) as ReturnType<P['indexOf']>;
  return { platform: 'x' as const, history, now: NOW };
}

/** `[short|long] [top] [text]`: which bench texts (one alone when its number is given) and how many rows to print. */
export function textsFromArgs(args: readonly string[] = process.argv.slice(2)) {
  const long = args[0] === 'long';
  const all = long ? LONG_POSTS : SHORT_POSTS;
  return { long, texts: args[2] === undefined ? all : [all[Number(args[2])]!], top: Number(args[1] ?? 30) };
}

let collect: (() => void) | undefined;
/** A full collection (the flag is set on first use, so tools that never force one run with node's defaults). */
export function gc(): void {
  if (!collect) {
    v8.setFlagsFromString('--expose-gc');
    collect = vm.runInNewContext('gc') as () => void;
  }
  collect();
}

/**
 * Bytes allocated per check: heap growth over 20 checks between forced collections. A collection inside the loop
 * would shrink the delta, so the largest of a few tries is the one without.
 */
export function bytesPerCheck(texts: readonly string[], run: (text: string) => unknown): number {
  let bytes = 0;
  for (let k = 0; k < 5; k++) {
    gc();
    const before = process.memoryUsage().heapUsed;
    for (let i = 0; i < 20; i++) run(texts[i % texts.length]!);
    bytes = Math.max(bytes, (process.memoryUsage().heapUsed - before) / 20);
  }
  return bytes;
}
