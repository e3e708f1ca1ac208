import { readFileSync } from 'node:fs';
import { ruleInput } from '../lib/checker/index';
import { checkPost, toPostInput } from '../lib/cli/check-posts-core';
import { CORPUS_NOW } from './checker/corpus-score';
for (const f of process.argv.slice(2)) {
  for (const line of readFileSync(f, 'utf8').trim().split('\n')) {
    const r = JSON.parse(line);
    const res = checkPost(toPostInput(r), CORPUS_NOW);
    if (!r.expect.kind || res.kind === r.expect.kind) continue;
    const ev = ruleInput(r.text, { platform: r.platform, reply: r.reply } as any).evidence;
    console.log(`${r.id} ${res.kind}->${r.expect.kind} reply=${r.reply} give=${ev.give.toFixed(2)} sig=[${ev.signals.map((s) => s.signal).join(',')}] find=[${res.findings.map((x: any) => x.rule).join(',')}] | ${r.text.slice(0, 150).replace(/\n/g, ' ')}`);
  }
}
