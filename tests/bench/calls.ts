// `npx tsx tests/bench/calls.ts [short|long] [top] [text]`: how many times per check each function of the bundled
// checker runs (V8's precise coverage with call counts, over a few rounds of the bench texts), most called first.
// Work done more than once per check shows here: a function that reads the whole post and runs twice, a lookup made
// per word in several passes. Bundle offsets, not lines: read the bundle (node_modules/.cache) at the offset.
import { Session } from 'node:inspector/promises';
import { check } from '../../lib/checker';
import { isBundled, runBundled } from './bundled';
import { benchContext, textsFromArgs } from './setup';

interface FunctionCoverage {
  functionName: string;
  ranges: { startOffset: number; count: number }[];
}

async function main(): Promise<void> {
  const { texts, top } = textsFromArgs();
  const context = benchContext();
  for (let i = 0; i < 200; i++) check(texts[i % texts.length]!, context);

  const session = new Session();
  session.connect();
  await session.post('Profiler.enable');
  await session.post('Profiler.startPreciseCoverage', { callCount: true, detailed: false });
  // Counts are since the last take: the first take drops the warm-up's.
  await session.post('Profiler.takePreciseCoverage');
  const n = texts.length * 4;
  for (let i = 0; i < n; i++) check(texts[i % texts.length]!, context);
  const { result } = (await session.post('Profiler.takePreciseCoverage')) as unknown as {
    result: { url: string; functions: FunctionCoverage[] }[];
  };
  session.disconnect();

  const rows: [string, number][] = [];
  for (const script of result) {
    if (!script.url.endsWith('calls.mjs')) continue;
    for (const f of script.functions) {
      const { startOffset, count } = f.ranges[0]!;
      if (count > 0) rows.push([`${f.functionName || '(anonymous)'} @${startOffset}`, count / n]);
    }
  }
  console.log(`calls per check over ${n} checks`);
  for (const [name, calls] of rows.sort((a, b) => b[1] - a[1]).slice(0, top)) console.log(`${calls.toFixed(1).padStart(9)}  ${name}`);
}

if (!isBundled()) process.exit(await runBundled('tests/bench/calls.ts'));
await main();
