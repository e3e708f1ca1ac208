// Timing helpers: warm up, then time each call on its own and report the median and the 99th percentile.

export interface Timing {
  median: number;
  p99: number;
  runs: number;
}

export function summarize(samples: number[]): Timing {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
  return { median: at(0.5), p99: at(0.99), runs: sorted.length };
}

/** Times `fn` over the texts in turn: `warmup` untimed calls, then `runs` timed ones. */
export function timeSync(texts: readonly string[], fn: (text: string) => unknown, warmup: number, runs: number): Timing {
  for (let i = 0; i < warmup; i++) fn(texts[i % texts.length]!);
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const text = texts[i % texts.length]!;
    const start = performance.now();
    fn(text);
    samples.push(performance.now() - start);
  }
  return summarize(samples);
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
