// `npx tsx tests/bench/snapshot.ts OUT.json`: the checker's full report (findings, signals, scores, kind) for every
// post in tests/corpus and the workspace's shared realdata, plus the benchmark texts against a 10k-post history, as
// JSON. A speed change must leave it byte-identical: run it before and after and diff. Held-out and `-blind` rows are
// written as a hash of their report only, so a diff says that they changed without showing them.
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { check } from '../../lib/checker';
import { toPostInput } from '../../lib/cli/check-posts-core';
import { isHeldOut, sharedDir } from '../eval/split';
import { benchContext, NOW } from './setup';
import { LONG_POSTS, SHORT_POSTS } from './texts';

const ROOT = join(import.meta.dirname, '..', '..');
const out: Record<string, unknown> = {};

function files(): { name: string; path: string; blind: boolean }[] {
  const found = [];
  const own = join(ROOT, 'tests', 'corpus');
  for (const f of readdirSync(own).filter((f) => f.endsWith('.jsonl')).sort()) found.push({ name: `corpus/${f}`, path: join(own, f), blind: f.endsWith('-blind.jsonl') });
  const shared = sharedDir();
  const real = shared && join(shared, 'realdata');
  if (real && existsSync(real)) for (const f of readdirSync(real).filter((f) => f.endsWith('.jsonl')).sort()) found.push({ name: `realdata/${f}`, path: join(real, f), blind: false });
  return found;
}

let posts = 0;
for (const file of files()) {
  const lines = readFileSync(file.path, 'utf8').split('\n');
  lines.forEach((line, i) => {
    if (!line.trim()) return;
    const raw = JSON.parse(line) as { id?: string };
    const post = toPostInput(raw);
    const report = check(post.text, { platform: post.platform, reply: post.reply, lang: post.lang, own: post.own, history: post.history, now: NOW });
    const json = JSON.stringify(report);
    const hidden = file.blind || (file.name.startsWith('realdata/') && isHeldOut(String(raw.id)));
    out[`${file.name}:${i + 1}`] = hidden ? createHash('sha256').update(json).digest('hex') : report;
    posts++;
  });
}
const context = benchContext();
for (const [name, texts] of [['short', SHORT_POSTS], ['long', LONG_POSTS]] as const) {
  texts.forEach((text, i) => {
    out[`bench/${name}:${i}`] = check(text, context);
    posts++;
  });
}
writeFileSync(process.argv[2] ?? '/tmp/snapshot.json', JSON.stringify(out, null, 1));
console.log(`${posts} posts written to ${process.argv[2] ?? '/tmp/snapshot.json'}`);
