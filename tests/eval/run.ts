// `npm run eval`: the checker's quality on every labelled corpus it can find. The project's own corpora live in
// tests/corpus; when the workspace holds a `shared/` folder beside the repository, its corpus and its real labelled
// posts (realdata: split into a training part and a fixed held-out quarter) are scored too, each part apart.
// Prints precision, recall and false-alarm rate per family, kind accuracy and the nag rate, then checks the floors
// in floors.json and exits 1 when a figure falls below its floor.
// floors.json holds, per corpus name and figure name as printed here, a floor 0.03 under (or a ceiling 0.03 over)
// the value measured when it was last set; figures counted on fewer than 10 posts have none (one post moves them more).
// Realdata floors apply only where the workspace's shared/realdata folder sits beside the repository.
//
//   npm run eval                       every corpus found
//   npm run eval -- --part train       realdata's training part only (what tuning may look at)
//   npm run eval -- --fold N           realdata's training fold N only (after npm run train -- --without-fold N)
//   npm run eval -- --half design      realdata's training rows whose sha256(id) starts with 4-9 (`check`: a-f), so a
//                                      rule designed on one half can be seen to hold on the other
//   npm run eval -- --misses FILE      also list the mistakes on corpora whose name contains FILE (training parts only)
//   npm run eval -- --raise-floors     move every floor (ceiling) in floors.json up (down) to 0.03 from today's figure
//                                      where today's figure allows it; never lowers a floor
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { FAMILIES } from '../../lib/checker/types';
import { checkPost, toPostInput } from '../../lib/cli/check-posts-core';
import { CORPUS_NOW, readLabelled, scoreCorpus, type CorpusScore, type Labelled } from '../checker/corpus-score';
import { foldOf, halfOf, isHeldOut, sharedDir, type Half } from './split';

const ROOT = join(import.meta.dirname, '..', '..');
const OWN = join(ROOT, 'tests', 'corpus');
const SHARED = sharedDir();

interface Corpus {
  name: string;
  posts: Labelled[];
  heldOut: boolean;
  /** Which posts count as informative for the "informative posts" line. */
  informative: (post: Labelled) => boolean;
}

/** Our corpora: a post labelled as giving, with nothing missing. */
const labelledGiving = (p: Labelled) => p.expect.kind === 'give' && p.expect['missing-value'] === false;
/**
 * Realdata files count informative as their README maps it: the crisis file's "Related and informative" rows are
 * every row with missing-value false, kind give or, for posts from businesses, no kind at all.
 */
const INFORMATIVE_BY_README: Record<string, (post: Labelled) => boolean> = {
  'crisislex-t26.jsonl': (p) => p.expect['missing-value'] === false,
};

function corpora(part: 'all' | 'train', fold: number | null, half: Half | null): Corpus[] {
  const found: Corpus[] = [];
  for (const file of readdirSync(OWN).filter((f) => f.endsWith('.jsonl')).sort()) {
    // A `-blind` half (reworded-pairs-blind.jsonl) is only counted: --misses never lists it.
    found.push({
      name: `tests/corpus/${file}`,
      posts: readLabelled(join(OWN, file)),
      heldOut: file.endsWith('-blind.jsonl'),
      informative: labelledGiving,
    });
  }
  const realdata = SHARED && join(SHARED, 'realdata');
  if (realdata && existsSync(realdata)) {
    for (const file of readdirSync(realdata).filter((f) => f.endsWith('.jsonl')).sort()) {
      const rows = readLabelled(join(realdata, file));
      const train = rows.filter((r) => !isHeldOut(r.id) && (fold === null || foldOf(r.id) === fold) && (half === null || halfOf(r.id) === half));
      const informative = INFORMATIVE_BY_README[file] ?? labelledGiving;
      const within = (fold === null ? '' : ` fold ${fold}`) + (half === null ? '' : ` ${half}`);
      found.push({ name: `realdata/${file} train${within}`, posts: train, heldOut: false, informative });
      if (part === 'all') {
        found.push({ name: `realdata/${file} held-out`, posts: rows.filter((r) => isHeldOut(r.id)), heldOut: true, informative });
      }
    }
  }
  return found;
}

const fixed = (x: number) => x.toFixed(3);
const pct = (x: number) => `${(x * 100).toFixed(1)}%`;

function describe(corpus: Corpus, s: CorpusScore): { lines: string[]; figures: Record<string, number> } {
  const lines = [`${corpus.name}  (${s.posts} posts)`];
  const figures: Record<string, number> = {};
  for (const f of FAMILIES) {
    const r = s.families[f];
    const labelled = r.tp + r.fp + r.fn + r.tn;
    if (labelled === 0) continue;
    const fpr = r.fp + r.tn === 0 ? 0 : r.fp / (r.fp + r.tn);
    const positives = r.tp + r.fn;
    lines.push(
      `  ${f.padEnd(15)} P ${positives && r.tp + r.fp ? fixed(r.precision) : '  -  '}  R ${positives ? fixed(r.recall) : '  -  '}  ` +
        `F1 ${positives ? fixed(r.f1) : '  -  '}  FPR ${r.fp + r.tn ? fixed(fpr) : '  -  '}   (tp ${r.tp}, fp ${r.fp}, fn ${r.fn}, tn ${r.tn})`,
    );
    if (positives) Object.assign(figures, { [`${f} P`]: r.precision, [`${f} R`]: r.recall, [`${f} F1`]: r.f1 });
    if (r.fp + r.tn) figures[`${f} FPR`] = fpr;
  }
  if (s.kindScored) {
    lines.push(`  kind accuracy   ${pct(s.kindAccuracy)} of ${s.kindScored}`);
    figures['kind'] = s.kindAccuracy;
  }
  if (s.valuePosts) {
    lines.push(`  nag rate        ${pct(s.nagRate)} of ${s.valuePosts} value posts`);
    figures['nag'] = s.nagRate;
  }
  const giving = corpus.posts.filter(corpus.informative);
  if (giving.length) {
    let give = 0;
    let flagged = 0;
    for (const post of giving) {
      const result = checkPost(toPostInput(post.raw), CORPUS_NOW);
      if (result.kind === 'give') give++;
      if (result.families.includes('self-promotion') || result.families.includes('missing-value')) flagged++;
    }
    lines.push(`  informative posts: read as give ${pct(give / giving.length)}, flagged ${pct(flagged / giving.length)} (${flagged}) of ${giving.length}`);
    figures['informative give'] = give / giving.length;
    figures['informative flagged'] = flagged / giving.length;
  }
  return { lines, figures };
}

type Floors = Record<string, Record<string, { min?: number; max?: number }>>;

/** The floor (ceiling) a figure allows: 0.03 under (over) it, to two decimals, rounded toward the figure's side. */
const MARGIN = 0.03;
const floorFor = (value: number) => Math.floor(Math.round((value - MARGIN) * 1e6) / 1e4) / 100;
const ceilingFor = (value: number) => Math.ceil(Math.round((value + MARGIN) * 1e6) / 1e4) / 100;

/** Tightens a corpus's bounds toward its figures; returns how many moved. A bound only ever tightens. */
function raise(bounds: Record<string, { min?: number; max?: number }>, figures: Record<string, number>): number {
  let moved = 0;
  for (const [figure, bound] of Object.entries(bounds)) {
    const value = figures[figure];
    if (value === undefined) continue;
    if (bound.min !== undefined && floorFor(value) > bound.min) (bound.min = floorFor(value)), moved++;
    if (bound.max !== undefined && ceilingFor(value) < bound.max) (bound.max = Math.max(0, ceilingFor(value))), moved++;
  }
  return moved;
}

function main(): void {
  const args = process.argv.slice(2);
  const fold = args.includes('--fold') ? Number(args[args.indexOf('--fold') + 1]) : null;
  const halfArg = args.includes('--half') ? args[args.indexOf('--half') + 1] : null;
  const half: Half | null = halfArg === 'design' || halfArg === 'check' ? halfArg : null;
  const part = fold !== null || half !== null || (args.includes('--part') && args[args.indexOf('--part') + 1] === 'train') ? 'train' : 'all';
  const missesFor = args.includes('--misses') ? args[args.indexOf('--misses') + 1] ?? '' : null;
  const floorsFile = join(import.meta.dirname, 'floors.json');
  const floors = JSON.parse(readFileSync(floorsFile, 'utf8')) as Floors;
  const raising = args.includes('--raise-floors');
  let raised = 0;
  const failures: string[] = [];
  for (const corpus of corpora(part, fold, half)) {
    const score = scoreCorpus(corpus.posts);
    const { lines, figures } = describe(corpus, score);
    console.log(lines.join('\n'));
    if (missesFor !== null && !corpus.heldOut && corpus.name.includes(missesFor)) {
      console.log(score.mistakes.map((m) => `    · ${m}`).join('\n'));
    }
    if (raising && floors[corpus.name]) raised += raise(floors[corpus.name]!, figures);
    for (const [figure, bound] of Object.entries(floors[corpus.name] ?? {})) {
      const value = figures[figure];
      if (value === undefined) failures.push(`${corpus.name}: ${figure} was not measured`);
      else if (bound.min !== undefined && value < bound.min) failures.push(`${corpus.name}: ${figure} ${fixed(value)} < floor ${bound.min}`);
      else if (bound.max !== undefined && value > bound.max) failures.push(`${corpus.name}: ${figure} ${fixed(value)} > ceiling ${bound.max}`);
    }
    console.log('');
  }
  if (raising) {
    writeFileSync(floorsFile, `${JSON.stringify(floors, null, 2)}\n`);
    console.log(`Raised ${raised} floors and ceilings in tests/eval/floors.json.`);
  }
  if (failures.length) {
    console.log(`Below the floors in tests/eval/floors.json:\n${failures.map((f) => `  ✗ ${f}`).join('\n')}`);
    process.exit(1);
  }
  console.log('All floors in tests/eval/floors.json hold.');
}

main();
