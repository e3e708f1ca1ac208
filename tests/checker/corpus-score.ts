// Scores labelled posts (tests/corpus/LABELS.md schema) through the CLI's own core, so the numbers describe
// exactly what `npm run check-posts` outputs. Null labels are skipped, never guessed.
import { readFileSync } from 'node:fs';
import { checkPost, toPostInput, type PostResult } from '../../lib/cli/check-posts-core';
import { FAMILIES, type Family, type Kind } from '../../lib/checker/types';

export interface Labelled {
  id: string;
  text: string;
  expect: Partial<Record<Family, boolean | null>> & { kind?: Kind | null };
  raw: unknown;
}

export interface FamilyScore {
  tp: number;
  fp: number;
  fn: number;
  tn: number;
  precision: number;
  recall: number;
  f1: number;
}

export interface CorpusScore {
  posts: number;
  families: Record<Family, FamilyScore>;
  kindAccuracy: number;
  kindScored: number;
  /** Share of value posts (no self-promotion, no missing value expected) flagged with either. */
  nagRate: number;
  valuePosts: number;
  mistakes: string[];
}

export function readLabelled(path: string): Labelled[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((line, i) => {
      const raw = JSON.parse(line) as { id?: string; text: string; expect: Labelled['expect'] };
      return { id: raw.id ?? `line ${i + 1}`, text: raw.text, expect: raw.expect, raw };
    });
}

const ratio = (a: number, b: number) => (b === 0 ? 1 : a / b);

/** A fixed clock, so "3 days ago" and recency windows do not depend on when the test runs. */
export const CORPUS_NOW = Date.UTC(2026, 0, 15);

export function scoreCorpus(posts: readonly Labelled[]): CorpusScore {
  const counts = Object.fromEntries(FAMILIES.map((f) => [f, { tp: 0, fp: 0, fn: 0, tn: 0 }])) as Record<
    Family,
    { tp: number; fp: number; fn: number; tn: number }
  >;
  let kindRight = 0;
  let kindScored = 0;
  let valuePosts = 0;
  let nagged = 0;
  const mistakes: string[] = [];
  for (const post of posts) {
    const result: PostResult = checkPost(toPostInput(post.raw), CORPUS_NOW);
    const wrong: string[] = [];
    for (const family of FAMILIES) {
      const want = post.expect[family];
      if (want === null || want === undefined) continue;
      const got = result.families.includes(family);
      const c = counts[family];
      if (got && want) c.tp++;
      else if (got && !want) c.fp++;
      else if (!got && want) c.fn++;
      else c.tn++;
      if (got !== want) wrong.push(`${family} ${got ? 'flagged' : 'missed'}`);
    }
    const kind = post.expect.kind;
    if (kind) {
      kindScored++;
      if (result.kind === kind) kindRight++;
      else wrong.push(`kind ${result.kind} (want ${kind})`);
    }
    if (post.expect['self-promotion'] === false && post.expect['missing-value'] === false) {
      valuePosts++;
      if (result.families.includes('self-promotion') || result.families.includes('missing-value')) nagged++;
    }
    if (wrong.length > 0) {
      const rules = result.findings.map((f) => `${f.rule}:“${post.text.slice(f.start, f.end).slice(0, 40)}”`).join(' ');
      mistakes.push(`${post.id}: ${wrong.join(', ')} | ${rules || 'no findings'} | ${post.text.slice(0, 70).replace(/\n/g, ' ')}`);
    }
  }
  const families = Object.fromEntries(
    FAMILIES.map((f) => {
      const { tp, fp, fn, tn } = counts[f];
      const precision = ratio(tp, tp + fp);
      const recall = ratio(tp, tp + fn);
      const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
      return [f, { tp, fp, fn, tn, precision, recall, f1 }];
    }),
  ) as Record<Family, FamilyScore>;
  return {
    posts: posts.length,
    families,
    kindAccuracy: ratio(kindRight, kindScored),
    kindScored,
    nagRate: ratio(nagged, valuePosts),
    valuePosts,
    mistakes,
  };
}

export function formatScore(name: string, s: CorpusScore): string {
  const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
  const rows = FAMILIES.map((f) => {
    const r = s.families[f];
    return `  ${f.padEnd(15)} P ${r.precision.toFixed(3)}  R ${r.recall.toFixed(3)}  F1 ${r.f1.toFixed(3)}   (tp ${r.tp}, fp ${r.fp}, fn ${r.fn})`;
  });
  return [
    `${name}: ${s.posts} posts`,
    ...rows,
    `  kind accuracy   ${pct(s.kindAccuracy)} of ${s.kindScored}`,
    `  nag rate        ${pct(s.nagRate)} of ${s.valuePosts} value posts`,
  ].join('\n');
}
