// `npx tsx tests/bench/ab.ts OLD_ROOT [NEW_ROOT] [ab|ba]`: two checkouts of the checker timed in one process. Each
// root's checker, history and bench texts are bundled as run.ts bundles them (Vite, unminified) and both bundles are
// loaded in the order given (`ab`: OLD first; the module loaded first tends to be faster, so run both orders). Per
// length: CPU time per check, best of 30 loops, the two sides alternating loop by loop; then the bench's own per-call
// loop (warm-up, runs) with the two sides alternating call by call, so both see the same machine: median and p99;
// then each side's garbage: bytes allocated per check and young-generation collections over the bench's runs (the
// 280-character tail is half collections, tests/bench/tail.ts), which load elsewhere does not move.
// NEW_ROOT defaults to this checkout. An old tree can be had with `git archive COMMIT | tar -x -C DIR` and a
// node_modules symlink in DIR.
import { mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PerformanceObserver } from 'node:perf_hooks';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'vite';
import { isBundled, runBundled } from './bundled';
import { ms, summarize } from './measure';
import { benchContext, bytesPerCheck, gc, type HistoryParts } from './setup';

const HERE = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
// Named from the checkout by the tsx process and handed to the bundled one (whose own file lives elsewhere).
const OUT = (process.env.GF_AB_OUT ??= path.join(os.tmpdir(), `give-first-ab-${path.basename(HERE)}`));

interface Side extends HistoryParts {
  check: (text: string, context: object) => unknown;
}

/** Bundles one root's checker and bench helpers into OUT/NAME.mjs. */
async function bundle(root: string, name: string): Promise<void> {
  const dir = path.join(OUT, name);
  mkdirSync(dir, { recursive: true });
  const entry = path.join(dir, 'entry.ts');
  const from = (file: string) => JSON.stringify(path.join(path.resolve(root), file));
  writeFileSync(
    entry,
    [
      `export { check } from ${from('lib/checker/index.ts')};`,
      `export { indexOf, syntheticFingerprints } from ${from('tests/bench/history.ts')};`,
      `export { SHORT_POSTS, LONG_POSTS } from ${from('tests/bench/texts.ts')};`,
    ].join('\n'),
  );
  await build({
    configFile: false,
    root: path.resolve(root),
    logLevel: 'warn',
    publicDir: false,
    build: {
      ssr: entry,
      outDir: path.join(dir, 'out'),
      emptyOutDir: true,
      minify: false,
      target: 'node20',
      rollupOptions: { output: { entryFileNames: `${name}.mjs` } },
    },
  });
}

let collections = 0;
new PerformanceObserver((list) => {
  collections += list.getEntries().length;
}).observe({ entryTypes: ['gc'] });
const settle = () => new Promise((resolve) => setTimeout(resolve, 20));

/** Collections during `runs` checks in turn, from a fresh young generation. */
async function collectionsIn(texts: readonly string[], run: (text: string) => unknown, runs: number): Promise<number> {
  gc();
  await settle();
  const from = collections;
  for (let i = 0; i < runs; i++) run(texts[i % texts.length]!);
  await settle();
  return collections - from;
}

const sideFile = (name: string) => pathToFileURL(path.join(OUT, name, 'out', `${name}.mjs`)).href;

async function main(): Promise<void> {
  const order = process.argv.includes('ba') ? ['new', 'old'] : ['old', 'new'];
  const loaded: Record<string, Side> = {};
  for (const name of order) loaded[name] = (await import(sideFile(name))) as Side;
  const sides = [loaded.old!, loaded.new!];
  console.log(`load ${os.loadavg()[0]!.toFixed(2)}; loaded ${order.join(' then ')}`);
  for (const [label, long, loop, runs, warmup] of [['280', false, 1000, 3000, 500], ['3000', true, 200, 800, 150]] as const) {
    const setups = sides.map((side) => {
      const texts = long ? side.LONG_POSTS : side.SHORT_POSTS;
      const context = benchContext(side);
      return { texts, run: (text: string) => side.check(text, context) };
    });
    for (const { texts, run } of setups) for (let i = 0; i < loop; i++) run(texts[i % texts.length]!);

    // CPU time, best of 30 loops; the side that goes first alternates.
    const best = [Infinity, Infinity];
    for (let r = 0; r < 30; r++) {
      for (const s of r % 2 ? [1, 0] : [0, 1]) {
        const { texts, run } = setups[s]!;
        const from = process.cpuUsage();
        for (let i = 0; i < loop; i++) run(texts[i % texts.length]!);
        const { user, system } = process.cpuUsage(from);
        best[s] = Math.min(best[s]!, (user + system) / 1000 / loop);
      }
    }

    // The bench's per-call loop, call by call in alternation.
    for (let i = 0; i < warmup; i++) for (const { texts, run } of setups) run(texts[i % texts.length]!);
    const samples: number[][] = [[], []];
    for (let i = 0; i < runs; i++) {
      for (const s of i % 2 ? [1, 0] : [0, 1]) {
        const { texts, run } = setups[s]!;
        const text = texts[i % texts.length]!;
        const start = performance.now();
        run(text);
        samples[s]!.push(performance.now() - start);
      }
    }
    const [a, b] = samples.map((x) => summarize(x));
    // Each text's 10th percentile, summed over the texts: on a loaded machine the low end of a text's times is the
    // part least touched by other processes, so the ratio of these is the steadiest.
    const low = samples.map((x) => {
      let sum = 0;
      const textCount = setups[0]!.texts.length;
      for (let t = 0; t < textCount; t++) {
        const own = x.filter((_, i) => i % textCount === t).sort((p, q) => p - q);
        sum += own[Math.floor(own.length / 10)]!;
      }
      return sum / textCount;
    });
    const kb = setups.map(({ texts, run }) => (bytesPerCheck(texts, run) / 1024).toFixed(1));
    const gcs: number[] = [];
    for (const { texts, run } of setups) gcs.push(await collectionsIn(texts, run, runs * 4));
    console.log(
      `${label.padStart(4)} ch: cpu best old ${best[0]!.toFixed(4)} new ${best[1]!.toFixed(4)} ms, new/old ${(best[1]! / best[0]!).toFixed(3)} | per-text p10 ${ms(low[0]!)} → ${ms(low[1]!)} (${(low[1]! / low[0]!).toFixed(3)}) | per call median ${ms(a!.median)} → ${ms(b!.median)} (${(b!.median / a!.median).toFixed(3)}), p99 ${ms(a!.p99)} → ${ms(b!.p99)} (${(b!.p99 / a!.p99).toFixed(3)}) | ${kb[0]} → ${kb[1]} KB per check, ${gcs[0]} → ${gcs[1]} collections per ${runs * 4} checks`,
    );
  }
}

if (!isBundled()) {
  const [oldRoot, newRoot = HERE] = process.argv.slice(2).filter((arg) => arg !== 'ab' && arg !== 'ba');
  if (!oldRoot) throw new Error('usage: tsx tests/bench/ab.ts OLD_ROOT [NEW_ROOT] [ab|ba]');
  await bundle(oldRoot, 'old');
  await bundle(newRoot, 'new');
  process.exit(await runBundled('tests/bench/ab.ts'));
}
await main();
