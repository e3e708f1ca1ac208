// Separation of rewordings from different messages: for each authored pair (never the blind half), the content-word
// similarity of the new post to its history (history.ts reworded) and the character 5-gram likeness (similar), so a
// change to similarity can be judged by how far apart the two groups move, not only by the figures at a threshold.
//   npx tsx tests/tools/separation.ts [--list]
import { readFileSync } from 'node:fs';
import { HistoryIndex } from '../../lib/checker/history';

const FILES = ['tests/corpus/reworded-pairs-design.jsonl', 'tests/checker/repetition-pairs.jsonl'];
interface Pair { id: string; text: string; history: string[]; expect: { repetition: boolean | null } }

/** near-duplicate.ts REWORDED.normal: what the counts at the end are taken at (margins and turns included). */
const NORMAL = 0.32;
const rows: { id: string; same: boolean; words: number; chars: number; hit: boolean; text: string; before: string }[] = [];
for (const file of FILES) {
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (!line.trim()) continue;
    const p = JSON.parse(line) as Pair;
    if (p.expect.repetition === null || !p.history?.length) continue;
    const index = HistoryIndex.fromTexts(p.history);
    const words = index.reworded(p.text, 0)[0]?.similarity ?? 0;
    const chars = index.similar(p.text, 0)[0]?.similarity ?? 0;
    const hit = index.reworded(p.text, NORMAL).length > 0;
    rows.push({ id: p.id, same: p.expect.repetition, words, chars, hit, text: p.text, before: p.history[0]! });
  }
}
const bucket = (xs: number[]) => {
  const edges = [0.2, 0.3, 0.32, 0.4, 0.5, 1.01];
  let from = 0;
  return edges.map((e) => {
    const n = xs.filter((x) => x >= from && x < e).length;
    const s = `[${from.toFixed(2)},${e > 1 ? '1' : e.toFixed(2)}): ${n}`;
    from = e;
    return s;
  }).join('  ');
};
const same = rows.filter((r) => r.same).map((r) => r.words);
const diff = rows.filter((r) => !r.same).map((r) => r.words);
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
console.log(`rewordings (${same.length}):        ${bucket(same)}  median ${median(same).toFixed(2)}`);
console.log(`different messages (${diff.length}): ${bucket(diff)}  median ${median(diff).toFixed(2)}`);
console.log(`rewordings < 0.40: ${same.filter((x) => x < 0.4).length}; different ≥ 0.32: ${diff.filter((x) => x >= 0.32).length}; different ≥ 0.27: ${diff.filter((x) => x >= 0.27).length}`);
console.log(`at ${NORMAL} (margins, turns): rewordings found ${rows.filter((r) => r.same && r.hit).length}/${same.length}, different flagged ${rows.filter((r) => !r.same && r.hit).length}/${diff.length}`);
if (process.argv.includes('--list')) {
  for (const r of rows.sort((a, b) => Number(a.same) - Number(b.same) || a.words - b.words)) {
    console.log(`${r.same ? 'SAME' : 'DIFF'}${r.hit ? '*' : ' '} ${r.words.toFixed(2)} ${r.chars.toFixed(2)} ${r.id}\n   new: ${r.text}\n   old: ${r.before}`);
  }
}
