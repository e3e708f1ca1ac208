// The reworded pair set (tests/corpus/reworded-pairs-*.jsonl): one author's earlier post and a new one, half the
// same message said again (word order, synonyms, inflections, numbers written another way, hashtags, emoji, links
// and filler added or dropped, shorter or longer, case and punctuation), half a different message on the same topic
// (an update, a thank-you after an event, another tip about the same tool). Written before the similarity it
// measures, then split by id hash within each language and label: the design half was looked at while choosing the
// similarity and its threshold, the blind half only counted. Both must hold.
import { describe, expect, it } from 'vitest';
import { formatScore, readLabelled, scoreCorpus } from './corpus-score';

const HALVES = ['design', 'blind'] as const;
const read = (half: (typeof HALVES)[number]) => readLabelled(`tests/corpus/reworded-pairs-${half}.jsonl`);
const langOf = (post: { raw: unknown }) => (post.raw as { lang: string }).lang;

describe('reworded pair set', () => {
  it('holds 60+ English pairs and 20+ in each other language, half of each a rewording, split evenly', () => {
    const all = HALVES.flatMap(read);
    for (const lang of ['en', 'es', 'de', 'fr', 'pt']) {
      const pairs = all.filter((p) => langOf(p) === lang);
      expect(pairs.length, lang).toBeGreaterThanOrEqual(lang === 'en' ? 60 : 20);
      expect(pairs.filter((p) => p.expect.repetition === true).length * 2, lang).toBe(pairs.length);
    }
    expect(read('design').length).toBe(read('blind').length);
    expect(new Set(all.map((p) => p.id)).size, 'every id once, in one half').toBe(all.length);
  });

  it.each(HALVES)('%s half: catches rewordings without flagging different messages on the same topic', (half) => {
    const score = scoreCorpus(read(half));
    const r = score.families.repetition;
    // The blind half's mistakes stay unprinted, so nobody tunes on them.
    const mistakes = half === 'design' ? score.mistakes.map((m) => `\n  · ${m}`).join('') : '';
    console.log(`${formatScore(`reworded pairs, ${half} half`, score)}${mistakes}`);
    expect(r.precision, 'precision').toBeGreaterThanOrEqual(0.9);
    expect(r.recall, 'recall').toBeGreaterThanOrEqual(0.9);
    expect(r.fp / (r.fp + r.tn), 'false alarms').toBeLessThanOrEqual(0.06);
  });
});
