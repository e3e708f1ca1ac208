// Authored pairs of posts by one author (tests/checker/repetition-pairs.jsonl): half say an earlier message again
// in other words, order, hashtags, emoji, links or language register; half are a different message on the same
// topic or with the same opener ("Great question!", two React tips, an update after an announcement). Five
// languages, eight platforms. The repetition family must tell them apart.
import { describe, expect, it } from 'vitest';
import { formatScore, readLabelled, scoreCorpus } from './corpus-score';

describe('authored rewording pairs', () => {
  const pairs = readLabelled('tests/checker/repetition-pairs.jsonl');
  const score = scoreCorpus(pairs);
  const r = score.families.repetition;

  it('is large and balanced enough to mean something', () => {
    const reworded = pairs.filter((p) => p.expect.repetition === true).length;
    const different = pairs.filter((p) => p.expect.repetition === false).length;
    expect(reworded).toBeGreaterThanOrEqual(30);
    expect(different).toBeGreaterThanOrEqual(30);
    expect(new Set(pairs.map((p) => (p.raw as { lang: string }).lang)).size).toBe(5);
  });

  it('catches rewordings without flagging different messages on the same topic', () => {
    console.log(`${formatScore('rewording pairs', score)}\n${score.mistakes.map((m) => `  · ${m}`).join('\n')}`);
    expect(r.precision, 'precision').toBeGreaterThanOrEqual(0.9);
    expect(r.recall, 'recall').toBeGreaterThanOrEqual(0.9);
    expect(r.fp / (r.fp + r.tn), 'false alarms').toBeLessThanOrEqual(0.05);
  });
});
