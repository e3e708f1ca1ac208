// `npx tsx tests/bench/lines.ts [short|long] [top] [text]`: where a check's time goes, by source line of the bundled
// checker, from the same CPU profile as profile.ts (sampled every 50 µs over a few thousand checks): each line's share
// of all samples and its text. A function's self time (profile.ts) says which function to read; this says which of
// its lines, and so which lookup or regex, costs it. Built-ins (regex exec, Map.get, sort) are charged to the line of
// their caller when V8 records it, otherwise to the caller's first line ("built-in in NAME:LINE").
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { isBundled, runBundled } from './bundled';
import { sampleChecks } from './sampling';
import { textsFromArgs } from './setup';

async function main(): Promise<void> {
  const { long, texts, top } = textsFromArgs();
  const n = long ? 2000 : 12000;
  const profile = await sampleChecks(texts, n);

  // This file is the bundle when it runs (bundled.ts), so its own text holds the lines the profile names.
  const source = readFileSync(fileURLToPath(import.meta.url), 'utf8').split('\n');
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const parent = new Map<number, number>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
  const samples = new Map<string, number>();
  const add = (key: string, ticks: number) => samples.set(key, (samples.get(key) ?? 0) + ticks);
  for (const node of profile.nodes) {
    if (node.callFrame.url) {
      for (const { line, ticks } of node.positionTicks ?? []) add(String(line), ticks);
      continue;
    }
    let at = parent.get(node.id);
    while (at !== undefined && !byId.get(at)!.callFrame.url) at = parent.get(at);
    if (at === undefined) continue;
    const f = byId.get(at)!.callFrame;
    add(`built-in in ${f.functionName || '(anonymous)'}:${f.lineNumber + 1}`, node.hitCount ?? 0);
  }
  const all = profile.samples.length;
  console.log(`share of ${all} samples over ${n} checks, by bundle line`);
  for (const [key, ticks] of [...samples].sort((a, b) => b[1] - a[1]).slice(0, top)) {
    const text = /^\d+$/.test(key) ? source[Number(key) - 1]!.trim().slice(0, 140) : '';
    console.log(`${((100 * ticks) / all).toFixed(2).padStart(6)}%  ${key.padEnd(8)} ${text}`);
  }
}

if (!isBundled()) process.exit(await runBundled('tests/bench/lines.ts'));
await main();
