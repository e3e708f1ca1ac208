// Timing helpers: warm up, then time each call on its own and report the median and the 99th percentile.

export interface Timing {
  median: number;
  p99: number;
  runs: number;
  /**
   * The same calls in CPU time (the process's user + system time, every thread's): on a shared machine the wall
   * clock's tail is mostly time the OS gave other processes, which CPU time leaves out (and GC threads' work keeps).
   */
  cpu?: { median: number; p99: number };
}

function quantile(sorted: readonly number[], q: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
}

export function summarize(samples: number[], cpuSamples?: number[]): Timing {
  const sorted = [...samples].sort((a, b) => a - b);
  const timing: Timing = { median: quantile(sorted, 0.5), p99: quantile(sorted, 0.99), runs: sorted.length };
  if (cpuSamples) {
    const cpu = [...cpuSamples].sort((a, b) => a - b);
    timing.cpu = { median: quantile(cpu, 0.5), p99: quantile(cpu, 0.99) };
  }
  return timing;
}

/** CPU time since `from` in ms. */
const cpuSince = (from: NodeJS.CpuUsage) => {
  const { user, system } = process.cpuUsage(from);
  return (user + system) / 1000;
};

/**
 * Times `fn` over the texts in turn: `warmup` untimed calls, then `runs` timed ones, by the wall clock and (read
 * outside the wall-clock pair, so it adds nothing to it) by CPU time.
 */
export function timeSync(texts: readonly string[], fn: (text: string) => unknown, warmup: number, runs: number): Timing {
  for (let i = 0; i < warmup; i++) fn(texts[i % texts.length]!);
  const samples: number[] = [];
  const cpuSamples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const text = texts[i % texts.length]!;
    const cpuStart = process.cpuUsage();
    const start = performance.now();
    fn(text);
    samples.push(performance.now() - start);
    cpuSamples.push(cpuSince(cpuStart));
  }
  return summarize(samples, cpuSamples);
}

export async function timeAsync(
  texts: readonly string[],
  fn: (text: string) => Promise<unknown>,
  warmup: number,
  runs: number,
): Promise<Timing> {
  for (let i = 0; i < warmup; i++) await fn(texts[i % texts.length]!);
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const text = texts[i % texts.length]!;
    const start = performance.now();
    await fn(text);
    samples.push(performance.now() - start);
  }
  return summarize(samples);
}

export const ms = (x: number) => (x < 1 ? x.toFixed(3) : x < 10 ? x.toFixed(2) : x.toFixed(1));

/**
 * Times two functions on the same texts in alternation (a, b, a, b...), so both see the same machine: on a shared
 * machine, load that comes and goes between two separate loops would move their ratio either way.
 */
export function timeInterleaved(
  texts: readonly string[],
  a: (text: string) => unknown,
  b: (text: string) => unknown,
  warmup: number,
  runs: number,
): [Timing, Timing] {
  for (let i = 0; i < warmup; i++) {
    a(texts[i % texts.length]!);
    b(texts[i % texts.length]!);
  }
  const samplesA: number[] = [];
  const samplesB: number[] = [];
  for (let i = 0; i < runs; i++) {
    const text = texts[i % texts.length]!;
    let start = performance.now();
    a(text);
    samplesA.push(performance.now() - start);
    start = performance.now();
    b(text);
    samplesB.push(performance.now() - start);
  }
  return [summarize(samplesA), summarize(samplesB)];
}
