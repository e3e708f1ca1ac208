// `npx tsx tests/bench/tail.ts [short|long] [rounds]`: what the bench's p99 is made of. Runs the bench's own loop
// (texts in turn, the same warm-up and sample count as run.ts) a few rounds and, for the samples at or above each
// round's p99, says which text they were and whether a garbage collection ran during them (from the `gc` performance
// entries). Then each text alone: wall and CPU time per call (best, median, p99), and bytes allocated per check
// (heap growth over a short loop with the collector held off by a large young generation is not reliable, so it is
// measured between forced collections: gc(), N checks, heapUsed delta, with no collection in between).
import os from 'node:os';
import { PerformanceObserver, type PerformanceEntry } from 'node:perf_hooks';
import { check } from '../../lib/checker';
import { isBundled, runBundled } from './bundled';
import { ms } from './measure';
import { benchContext, bytesPerCheck } from './setup';
import { LONG_POSTS, SHORT_POSTS } from './texts';

const gcs: { start: number; end: number; kind: number }[] = [];
new PerformanceObserver((list) => {
  for (const e of list.getEntries() as (PerformanceEntry & { detail?: { kind?: number } })[]) {
    gcs.push({ start: e.startTime, end: e.startTime + e.duration, kind: e.detail?.kind ?? 0 });
  }
}).observe({ entryTypes: ['gc'] });

const quantile = (sorted: readonly number[], q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;

async function main(): Promise<void> {
  const long = process.argv[2] === 'long';
  const texts = long ? LONG_POSTS : SHORT_POSTS;
  const rounds = Number(process.argv[3] ?? 5);
  const [runs, warmup] = long ? [800, 150] : [3000, 500];
  const context = benchContext();
  console.log(`load ${os.loadavg()[0]!.toFixed(2)}; ${long ? '3,000' : '280'} ch, ${runs} runs after ${warmup} warm-up, as run.ts`);

  // The bench's loop, with each sample's text and span kept.
  for (let r = 0; r < rounds; r++) {
    for (let i = 0; i < warmup; i++) check(texts[i % texts.length]!, context);
    // Entries arrive asynchronously: let the warm-up's land, then forget them.
    await new Promise((resolve) => setTimeout(resolve, 10));
    gcs.length = 0;
    const samples: { text: number; start: number; wall: number; cpu: number }[] = [];
    for (let i = 0; i < runs; i++) {
      const text = i % texts.length;
      const cpuStart = process.cpuUsage();
      const start = performance.now();
      check(texts[text]!, context);
      const wall = performance.now() - start;
      const { user, system } = process.cpuUsage(cpuStart);
      samples.push({ text, start, wall, cpu: (user + system) / 1000 });
    }
    await new Promise((resolve) => setTimeout(resolve, 10));
    const sorted = samples.map((s) => s.wall).sort((a, b) => a - b);
    const p99 = quantile(sorted, 0.99);
    const tail = samples.filter((s) => s.wall >= p99);
    const withGc = tail.filter((s) => gcs.some((g) => g.start < s.start + s.wall && g.end > s.start));
    const byText = texts.map((_, t) => tail.filter((s) => s.text === t).length);
    // The bench's p99 if no collection had landed in a sample: what the checker's own slow cases cost.
    const clean = samples.filter((s) => !gcs.some((g) => g.start < s.start + s.wall && g.end > s.start)).map((s) => s.wall).sort((a, b) => a - b);
    // What p99 would be with fewer collections: the clean samples ranked from the slowest.
    const rank = (k: number) => ms(clean[clean.length - k] ?? NaN);
    const ranks = [10, 15, 20, 25, 30].map((k) => `#${k} ${rank(k)}`).join(' ');
    const gcMs = gcs.reduce((sum, g) => sum + g.end - g.start, 0);
    console.log(
      `round ${r + 1}: median ${ms(quantile(sorted, 0.5))} p99 ${ms(p99)} ms; ${tail.length} tail samples: by text [${byText.join(', ')}], ${withGc.length} overlap a GC; p99 of samples without a GC ${ms(quantile(clean, 0.99))} (slowest clean: ${ranks}); ${gcs.length} GCs in the loop (${ms(gcMs)} ms, ${(gcMs / runs).toFixed(4)} ms per check)`,
    );
  }

  // Each text alone.
  console.log('\ntext  wall best / median / p99 (ms)   cpu median   bytes per check');
  for (let t = 0; t < texts.length; t++) {
    const text = texts[t]!;
    for (let i = 0; i < 300; i++) check(text, context);
    const wall: number[] = [];
    const cpu: number[] = [];
    for (let i = 0; i < 2000; i++) {
      const cpuStart = process.cpuUsage();
      const start = performance.now();
      check(text, context);
      wall.push(performance.now() - start);
      const { user, system } = process.cpuUsage(cpuStart);
      cpu.push((user + system) / 1000);
    }
    wall.sort((a, b) => a - b);
    cpu.sort((a, b) => a - b);
    const bytes = bytesPerCheck([text], (one) => check(one, context));
    console.log(`${t}     ${ms(wall[0]!)} / ${ms(quantile(wall, 0.5))} / ${ms(quantile(wall, 0.99))}        ${ms(quantile(cpu, 0.5))}        ${(bytes / 1024).toFixed(1)} KB`);
  }
}

if (!isBundled()) process.exit(await runBundled('tests/bench/tail.ts'));
await main();
