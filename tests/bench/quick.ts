// `npx tsx tests/bench/quick.ts [rounds]`: the bench's targets alone, fast: the checker (10k history) alternating text
// by text with write-good at 280 and 3,000 characters, and the checker's own loop at each length (median, p99), a
// few rounds each so a moment of load elsewhere shows as one odd round. Bytes allocated per check beside it.
import os from 'node:os';
import writeGood from 'write-good';
import { check } from '../../lib/checker';
import { isBundled, runBundled } from './bundled';
import { ms, timeInterleaved, timeSync } from './measure';
import { benchContext } from './setup';
import { LONG_POSTS, SHORT_POSTS } from './texts';

function main(): void {
  const context = benchContext();
  if (process.argv[2] === 'loop') {
    // `quick.ts loop short|long N`: only the checker, N calls, for a profiler (node --cpu-prof on the bundle).
    const texts = process.argv[3] === 'long' ? LONG_POSTS : SHORT_POSTS;
    const n = Number(process.argv[4] ?? 20000);
    for (let i = 0; i < n; i++) check(texts[i % texts.length]!, context);
    return;
  }
  if (process.argv[2] === 'cpu') {
    // `quick.ts cpu`: CPU time per check (all threads, GC included), the best of 30 short loops per length: on a loaded
    // machine the best loop is the one least disturbed, so two builds compare better than by the wall clock.
    const cells: string[] = [];
    for (const [name, texts, n] of [['280', SHORT_POSTS, 1000], ['3000', LONG_POSTS, 200]] as const) {
      for (let i = 0; i < n; i++) check(texts[i % texts.length]!, context);
      let best = Infinity;
      for (let r = 0; r < 30; r++) {
        const from = process.cpuUsage();
        for (let i = 0; i < n; i++) check(texts[i % texts.length]!, context);
        const { user, system } = process.cpuUsage(from);
        best = Math.min(best, (user + system) / 1000 / n);
      }
      cells.push(`${name}: ${best.toFixed(4)} ms`);
    }
    console.log(cells.join('  '));
    return;
  }
  const rounds = Number(process.argv[2] ?? 3);
  console.log(`load ${os.loadavg()[0]!.toFixed(2)}`);
  for (let r = 0; r < rounds; r++) {
    const cells: string[] = [];
    for (const [name, texts, runs, warmup] of [['280', SHORT_POSTS, 3000, 500], ['3000', LONG_POSTS, 800, 150]] as const) {
      const [ours, theirs] = timeInterleaved(texts, (t) => check(t, context), (t) => writeGood(t), warmup, runs);
      const alone = timeSync(texts, (t) => check(t, context), warmup, runs);
      const wg = timeSync(texts, (t) => writeGood(t), warmup, runs);
      const before = process.memoryUsage().heapUsed;
      let allocated = 0;
      // Rough bytes per check: heap growth over a short loop without a collection in it (skipped when one ran).
      const n = 20;
      for (let i = 0; i < n; i++) check(texts[i % texts.length]!, context);
      const after = process.memoryUsage().heapUsed;
      if (after > before) allocated = (after - before) / n;
      cells.push(
        `${name}: alt ${(ours.median / theirs.median).toFixed(3)} (${ms(ours.median)}/${ms(theirs.median)}) sep ${(alone.median / wg.median).toFixed(3)} p99 ${ms(alone.p99)} ~${(allocated / 1024).toFixed(0)}KB`,
      );
    }
    console.log(cells.join(' | '));
  }
  console.log(`load ${os.loadavg()[0]!.toFixed(2)}`);
}

if (!isBundled()) process.exit(await runBundled('tests/bench/quick.ts'));
main();
