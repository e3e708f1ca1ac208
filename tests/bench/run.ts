// `npm run bench`: the checker's speed per post at 280 and 3,000 characters with 0, 1k, 10k and 100k stored posts,
// beside write-good, alex and harper.js on the same texts in the same process; the history index's memory; and how
// the repetition lookup grows with history size. Run it under `flock /tmp/gf-cpu.lock` on a shared machine.
// Started under tsx, it bundles itself and runs the bundle (bundled.ts), so the checker is timed as it ships.
import os from 'node:os';
import vm from 'node:vm';
import v8 from 'node:v8';
import { text as alexText } from 'alex';
import { Dialect, LocalLinter } from 'harper.js';
import { binary } from 'harper.js/binary';
import writeGood from 'write-good';
import { check } from '../../lib/checker';
import type { HistoryIndex } from '../../lib/checker/history';
import { isBundled, runBundled } from './bundled';
import { indexOf, syntheticFingerprints } from './history';
import { ms, timeAsync, timeInterleaved, timeSync, type Timing } from './measure';
import { LONG_POSTS, SHORT_POSTS } from './texts';

const NOW = Date.UTC(2026, 0, 15);
const SIZES = [0, 1_000, 10_000, 100_000];
const LENGTHS = [
  { name: '280 ch', texts: SHORT_POSTS, runs: 3000, warmup: 500, p99Target: 0.5 },
  { name: '3,000 ch', texts: LONG_POSTS, runs: 800, warmup: 150, p99Target: 3 },
];

v8.setFlagsFromString('--expose-gc');
const gc = vm.runInNewContext('gc') as () => void;

/**
 * JS heap plus typed-array buffers (the index keeps its postings in typed arrays, outside the JS heap). The buffers
 * of collected typed arrays are freed a little after the collection, so it collects and waits a few times.
 */
async function heapAfterGc(): Promise<number> {
  for (let i = 0; i < 4; i++) {
    gc();
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  const { heapUsed, arrayBuffers } = process.memoryUsage();
  return heapUsed + arrayBuffers;
}

/** The memory an index of 10k posts adds, measured on a fresh one with nothing else held. */
async function indexBytes(repeats: readonly string[], previewEvery: number): Promise<number> {
  const base = await heapAfterGc();
  const index = indexOf(syntheticFingerprints(10_000, NOW, repeats, 7, previewEvery));
  const bytes = (await heapAfterGc()) - base;
  if (index.size !== 10_000) throw new Error('the index lost posts');
  return bytes;
}

function row(cells: string[], widths: number[]): string {
  return cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ');
}

async function main(): Promise<void> {
  const started = performance.now();
  const load = () => os.loadavg()[0]!.toFixed(2);
  console.log('Give First checker benchmark (Node %s, %s; load average %s on %d cores)\n', process.version, process.arch, load(), os.availableParallelism());

  // History indexes, built once; memory measured on the 10k one.
  const repeats = [SHORT_POSTS[0]!, SHORT_POSTS[1]!, LONG_POSTS[0]!.slice(0, 300)];
  const indexes = new Map<number, HistoryIndex>();
  let buildMs = 0;
  for (const size of SIZES) {
    const t0 = performance.now();
    indexes.set(size, indexOf(syntheticFingerprints(size, NOW, repeats)));
    if (size === 100_000) buildMs = performance.now() - t0;
  }
  // Memory: as the bench has always measured it (1 in 10 posts with a preview), and as a tab holds it for someone who
  // keeps full text (a preview on every post).
  const bytesPer10k = await indexBytes(repeats, 10);
  const bytesPer10kAllPreviews = await indexBytes(repeats, 1);

  // The checker.
  const ours = new Map<string, Timing>();
  for (const { name, texts, runs, warmup } of LENGTHS) {
    for (const size of SIZES) {
      const history = indexes.get(size)!;
      const context = { platform: 'x' as const, history: size > 0 ? history : undefined, now: NOW };
      ours.set(`${name}|${size}`, timeSync(texts, (t) => check(t, context), warmup, runs));
    }
  }

  // The share of write-good's time, with the two alternating text by text (10k history).
  const interleaved = new Map<string, [Timing, Timing]>();
  for (const { name, texts, runs, warmup } of LENGTHS) {
    const context = { platform: 'x' as const, history: indexes.get(10_000), now: NOW };
    interleaved.set(name, timeInterleaved(texts, (t) => check(t, context), (t) => writeGood(t), warmup, runs));
  }

  // Peers on the same texts, in the same process.
  const peers = new Map<string, Timing>();
  for (const { name, texts, runs, warmup } of LENGTHS) {
    peers.set(`write-good|${name}`, timeSync(texts, (t) => writeGood(t), warmup, runs));
    peers.set(`alex|${name}`, timeSync(texts, (t) => alexText(t), Math.ceil(warmup / 10), Math.ceil(runs / 10)));
  }
  const harperStart = performance.now();
  const harper = new LocalLinter({ binary, dialect: Dialect.American });
  await harper.setup();
  await harper.lint('Warm up the linter once.', { language: 'plaintext' });
  const harperSetup = performance.now() - harperStart;
  for (const { name, texts, runs, warmup } of LENGTHS) {
    const lint = async (t: string) => {
      for (const l of await harper.lint(t, { language: 'plaintext' })) l.free();
    };
    peers.set(`harper.js|${name}`, await timeAsync(texts, lint, Math.ceil(warmup / 2), Math.ceil(runs / 8)));
  }

  // Table 1: the checker by history size.
  const w1 = [22, 12, 12, 12, 12];
  console.log('Checker per post (ms)');
  console.log(row(['history', ...LENGTHS.flatMap((l) => [`${l.name} median`, `${l.name} p99`])], w1));
  for (const size of SIZES) {
    const cells = [size === 0 ? 'none' : `${size.toLocaleString('en')} posts`];
    for (const l of LENGTHS) {
      const t = ours.get(`${l.name}|${size}`)!;
      cells.push(ms(t.median), ms(t.p99));
    }
    console.log(row(cells, w1));
  }

  // Table 2: peers, with the ratio of our time (10k history) to theirs.
  console.log('\nSame texts, same process (ms; ratio = Give First with 10k history ÷ peer, median)');
  const w2 = [22, 12, 12, 10, 12, 12, 10];
  console.log(row(['checker', '280 median', '280 p99', 'ratio', '3000 median', '3000 p99', 'ratio'], w2));
  const ourRow = (size: number, label: string) => {
    const a = ours.get(`280 ch|${size}`)!;
    const b = ours.get(`3,000 ch|${size}`)!;
    console.log(row([label, ms(a.median), ms(a.p99), '', ms(b.median), ms(b.p99), ''], w2));
  };
  ourRow(0, 'Give First (no history)');
  ourRow(10_000, 'Give First (10k history)');
  for (const peer of ['write-good', 'alex', 'harper.js']) {
    const a = peers.get(`${peer}|280 ch`)!;
    const b = peers.get(`${peer}|3,000 ch`)!;
    const ra = ours.get('280 ch|10000')!.median / a.median;
    const rb = ours.get('3,000 ch|10000')!.median / b.median;
    console.log(row([peer, ms(a.median), ms(a.p99), ra.toFixed(2), ms(b.median), ms(b.p99), rb.toFixed(2)], w2));
  }
  console.log(`harper.js setup (WASM compile + first lint): ${ms(harperSetup)} ms`);

  // Table 3: the repetition lookup alone, to show how it grows with history size.
  console.log('\nRepetition lookup alone (near-duplicate + reworded + same link), 280-character post');
  const w3 = [22, 12, 12, 16];
  console.log(row(['history', 'median ms', 'p99 ms', 'vs 1k posts'], w3));
  let base = 0;
  for (const size of SIZES.filter((s) => s > 0)) {
    const index = indexes.get(size)!;
    const t = timeSync(
      SHORT_POSTS,
      (text) => {
        index.similar(text, 0.5);
        index.reworded(text, 0.25);
        index.withLink('shop.example.com/drop');
      },
      300,
      2000,
    );
    if (size === 1_000) base = t.median;
    const growth = `${(t.median / base).toFixed(1)}× for ${size / 1_000}×`;
    console.log(row([`${size.toLocaleString('en')} posts`, ms(t.median), ms(t.p99), growth], w3));
  }

  const mb = (bytes: number) => (bytes / 1024 / 1024).toFixed(1);
  console.log(`\nHistory index memory: ${mb(bytesPer10k)} MB per 10,000 posts (JS heap and typed arrays after GC, everything the index holds; 1 in 10 with a preview), ${mb(bytesPer10kAllPreviews)} MB with a preview on every post`);
  console.log(`Building 100,000 fingerprints and their index: ${(buildMs / 1000).toFixed(1)} s`);

  // Targets.
  const wg = (len: string) => peers.get(`write-good|${len}`)!.median;
  const t280 = ours.get('280 ch|10000')!;
  const t3000 = ours.get('3,000 ch|10000')!;
  const verdict = (ok: boolean) => (ok ? 'met' : 'MISSED');
  /** The full check may take at most this share of write-good's time on the same texts. */
  const PEER_SHARE = 0.3;
  console.log('\nTargets (10k history)');
  // Judged by the wall clock, as always; the CPU-time p99 beside it says how much of the tail was the machine's load.
  const cpuP99 = (t: Timing) => (t.cpu ? ` (process CPU time, all threads: median ${ms(t.cpu.median)}, p99 ${ms(t.cpu.p99)} ms)` : '');
  console.log(`  p99 at 280 ch ≤ 0.5 ms: ${ms(t280.p99)} ms${cpuP99(t280)}, ${verdict(t280.p99 <= 0.5)}`);
  console.log(`  p99 at 3,000 ch ≤ 3 ms: ${ms(t3000.p99)} ms${cpuP99(t3000)}, ${verdict(t3000.p99 <= 3)}`);
  console.log(`  history index < 8 MB per 10k posts: ${mb(bytesPer10kAllPreviews)} MB with every preview, ${verdict(bytesPer10kAllPreviews < 8 * 1024 * 1024)}`);
  for (const [len, t] of [['280 ch', t280], ['3,000 ch', t3000]] as const) {
    // Judged on the alternating run; the share from the separate loops above is shown beside it.
    const [ours, theirs] = interleaved.get(len)!;
    const share = ours.median / theirs.median;
    const separate = t.median / wg(len);
    console.log(
      `  ≤ ${PEER_SHARE}× write-good at ${len}: ${share.toFixed(2)} alternating text by text (${ms(ours.median)} vs ${ms(theirs.median)} ms; ${separate.toFixed(2)} from separate loops), ${verdict(share <= PEER_SHARE)}`,
    );
  }
  console.log(`\nDone in ${((performance.now() - started) / 1000).toFixed(0)} s (load average now ${load()})`);
}

if (!isBundled()) process.exit(await runBundled('tests/bench/run.ts'));

main().catch((err: unknown) => {
  console.error(err);
  process.exitCode = 1;
});
