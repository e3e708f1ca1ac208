// Quality on labelled posts, scored through the CLI's own core (the shape `npm run check-posts` prints). The shared
// dev corpus has floors; our own held-out posts (written and labelled before the checker saw them) must do as well.
import { describe, expect, it } from 'vitest';
import { formatScore, readLabelled, scoreCorpus, type CorpusScore } from './corpus-score';

const FLOORS = { selfPromotionF1: 0.9, repetitionF1: 0.9, missingValueF1: 0.8, kindAccuracy: 0.85, nagRate: 0.05 };

function expectFloors(score: CorpusScore): void {
  expect(score.families['self-promotion'].f1, 'self-promotion F1').toBeGreaterThanOrEqual(FLOORS.selfPromotionF1);
  expect(score.families.repetition.f1, 'repetition F1').toBeGreaterThanOrEqual(FLOORS.repetitionF1);
  expect(score.families['missing-value'].f1, 'missing-value F1').toBeGreaterThanOrEqual(FLOORS.missingValueF1);
  expect(score.kindAccuracy, 'kind accuracy').toBeGreaterThanOrEqual(FLOORS.kindAccuracy);
  expect(score.nagRate, 'nag rate on value posts').toBeLessThanOrEqual(FLOORS.nagRate);
}

describe.each([
  ['shared dev corpus', 'tests/corpus/dev-posts.jsonl'],
  ['own held-out posts', 'tests/corpus/own-posts.jsonl'],
])('%s', (name, file) => {
  const posts = readLabelled(file);
  const score = scoreCorpus(posts);

  it('is large enough to mean something', () => {
    expect(posts.length).toBeGreaterThanOrEqual(100);
    expect(score.valuePosts).toBeGreaterThanOrEqual(40);
  });

  it('meets the quality floors', () => {
    console.log(`${formatScore(name, score)}\n${score.mistakes.map((m) => `  · ${m}`).join('\n')}`);
    expectFloors(score);
  });

  it('meets them with the language detected rather than given, as in the browser', () => {
    const detected = scoreCorpus(posts.map((p) => ({ ...p, raw: { ...(p.raw as object), lang: undefined } })));
    console.log(formatScore(`${name}, language detected`, detected));
    expectFloors(detected);
  });
});

// 160 posts and comments written and labelled by someone who never saw the checker's code. Scored blind first
// (self-promotion F1 0.86, repetition 0.87, missing-value 0.66, kind 85.9%, nag 6.2%), then one round of general
// fixes. Its labeller counts pure pitches as missing value too, which the checker deliberately leaves to
// self-promotion, so missing-value recall stays lower here. These floors guard against sliding back.
describe('blind batch 3', () => {
  const score = scoreCorpus(readLabelled('tests/corpus/blind-batch3.jsonl'));

  it('stays at or above where it stood after its first round of fixes', () => {
    console.log(`${formatScore('blind batch 3', score)}\n${score.mistakes.map((m) => `  · ${m}`).join('\n')}`);
    expect(score.families['self-promotion'].f1).toBeGreaterThanOrEqual(0.88);
    expect(score.families.repetition.f1).toBeGreaterThanOrEqual(0.85);
    expect(score.families['missing-value'].f1).toBeGreaterThanOrEqual(0.72);
    expect(score.kindAccuracy).toBeGreaterThanOrEqual(0.82);
    expect(score.nagRate).toBeLessThanOrEqual(0.05);
  });
});

// 144 newsroom headlines and tweets in es, de, fr, pt (18 teasers and 17-18 informative ones per language), written
// before the composed teaser kinds were built. Scored then: missing-value P 1.00, R 0.54, no missing-value false
// alarm; after: R 0.93, still none. These floors guard both sides.
describe('teasers beyond English', () => {
  const score = scoreCorpus(readLabelled('tests/corpus/blind-teasers-intl.jsonl'));

  it('catches teasers in four languages and leaves the news alone', () => {
    expect(score.families['missing-value'].recall).toBeGreaterThanOrEqual(0.9);
    expect(score.families['missing-value'].precision).toBeGreaterThanOrEqual(0.97);
    expect(score.nagRate).toBeLessThanOrEqual(0.04);
  });
});
