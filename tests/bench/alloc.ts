// `npx tsx tests/bench/alloc.ts [short|long] [top] [text]`: where a check's garbage comes from. Young-generation collections
// are most of the 280-character tail (tests/bench/tail.ts), and their number is bytes allocated per check over the
// young generation's size. Samples allocations with V8's heap profiler, counting objects already collected too, and
// sums them by allocating function (bytes per check); then the heap a long run leaves behind after a full collection
// (memo tables that keep growing would show here).
import { Session } from 'node:inspector/promises';
import { check } from '../../lib/checker';
import { isBundled, runBundled } from './bundled';
import { benchContext, gc, textsFromArgs } from './setup';

interface ProfileNode {
  callFrame: { functionName: string; url: string; lineNumber: number };
  selfSize: number;
  children: ProfileNode[];
}

async function main(): Promise<void> {
  const { texts, top } = textsFromArgs();
  const context = benchContext();
  const run = (n: number) => {
    for (let i = 0; i < n; i++) check(texts[i % texts.length]!, context);
  };
  run(2000);

  // What stays: the heap after a full collection, before and after many checks.
  gc();
  const kept0 = process.memoryUsage().heapUsed;
  run(8000);
  gc();
  const kept1 = process.memoryUsage().heapUsed;
  console.log(`heap kept after 8,000 more checks: ${((kept1 - kept0) / 1024).toFixed(0)} KB (${((kept1 - kept0) / 8000).toFixed(1)} bytes per check)`);

  // What is allocated, by function.
  const session = new Session();
  session.connect();
  const n = 4000;
  await session.post('HeapProfiler.startSampling', {
    samplingInterval: 256,
    includeObjectsCollectedByMajorGC: true,
    includeObjectsCollectedByMinorGC: true,
  });
  run(n);
  const { profile } = (await session.post('HeapProfiler.stopSampling')) as unknown as { profile: { head: ProfileNode } };
  session.disconnect();
  const bySite = new Map<string, number>();
  // With everything the function calls (each function once per stack): which step of a check makes the garbage.
  const inclusive = new Map<string, number>();
  let total = 0;
  const walk = (node: ProfileNode, caller: string, stack: Set<string>): number => {
    const f = node.callFrame;
    const own = `${f.functionName || '(anonymous)'}:${f.lineNumber + 1}`;
    // Built-ins (slice, match, Set…) are named with their caller, which is the line to change.
    const site = f.url ? own : `${f.functionName || '(native)'} in ${caller}`;
    if (node.selfSize) {
      bySite.set(site, (bySite.get(site) ?? 0) + node.selfSize);
      total += node.selfSize;
    }
    const inner = new Set(stack).add(own);
    let sum = node.selfSize;
    for (const child of node.children) sum += walk(child, f.url ? own : caller, inner);
    if (f.url && !stack.has(own)) inclusive.set(own, (inclusive.get(own) ?? 0) + sum);
    return sum;
  };
  walk(profile.head, '(root)', new Set());
  console.log(`allocated: ${(total / n / 1024).toFixed(1)} KB per check (sampled), by site (line numbers are the bundle's):`);
  for (const [site, bytes] of [...bySite].sort((a, b) => b[1] - a[1]).slice(0, top)) {
    console.log(`${(bytes / n / 1024).toFixed(2).padStart(8)} KB  ${((100 * bytes) / total).toFixed(1).padStart(5)}%  ${site}`);
  }
  console.log('\nwith what they call:');
  for (const [site, bytes] of [...inclusive].sort((a, b) => b[1] - a[1]).slice(0, top)) {
    console.log(`${(bytes / n / 1024).toFixed(2).padStart(8)} KB  ${((100 * bytes) / total).toFixed(1).padStart(5)}%  ${site}`);
  }
}

if (!isBundled()) process.exit(await runBundled('tests/bench/alloc.ts'));
await main();
