// `npx tsx tests/bench/profile.ts [short|long] [top] [text]`: where a check's time goes, by function, from V8's CPU
// profiler sampling the bundled checker (every 50 µs) over a few thousand checks: self time (the function's own code,
// with the built-ins it calls: regex exec, sort, Set…) and total time (with everything it calls). One text alone when
// its number is given, to see why that text is slower than the others.
import { isBundled, runBundled } from './bundled';
import { sampleChecks } from './sampling';
import { textsFromArgs } from './setup';

async function main(): Promise<void> {
  const { long, texts, top } = textsFromArgs();
  const n = long ? 2000 : 12000;
  const profile = await sampleChecks(texts, n);

  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const parent = new Map<number, number>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
  // Built-ins are charged to the bundle function that called them, which is the line to change.
  const siteOf = (id: number): string => {
    const f = byId.get(id)!.callFrame;
    if (f.url || !parent.has(id)) return `${f.functionName || '(anonymous)'}:${f.lineNumber + 1}`;
    return siteOf(parent.get(id)!);
  };
  const self = new Map<string, number>();
  const total = new Map<string, number>();
  let all_us = 0;
  profile.samples.forEach((id, i) => {
    const dt = profile.timeDeltas[i] ?? 0;
    all_us += dt;
    const site = siteOf(id);
    self.set(site, (self.get(site) ?? 0) + dt);
    // Inclusive: each function on the stack once.
    const seen = new Set<string>();
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
      const s = siteOf(at);
      if (seen.has(s)) continue;
      seen.add(s);
      total.set(s, (total.get(s) ?? 0) + dt);
    }
  });
  const perCheck = (us: number) => (us / n / 1000).toFixed(4);
  console.log(`${perCheck(all_us)} ms per check sampled over ${n} checks (bundle line numbers)\n  self ms    total ms   function`);
  for (const [site, us] of [...self].sort((a, b) => b[1] - a[1]).slice(0, top)) {
    console.log(`  ${perCheck(us)}    ${perCheck(total.get(site) ?? 0)}     ${site}`);
  }
}

if (!isBundled()) process.exit(await runBundled('tests/bench/profile.ts'));
await main();
