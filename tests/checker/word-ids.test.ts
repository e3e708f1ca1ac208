import { describe, expect, it } from 'vitest';
import { check } from '../../lib/checker';
import { lowerWord } from '../../lib/checker/lang';
import { internStats, listForm, listFormOf, MAX_WORDS, wordId } from '../../lib/checker/word-ids';

describe('word ids', () => {
  it.each(['Hello', 'DON’T', "don't", 'Ünïcödé', 'İstanbul', 'ΣΟΦΊΑ', 'straße', '42', 'x_y'])(
    'keeps %s with the list form lowerWord gives',
    (written) => {
      expect(listForm(written)).toBe(lowerWord(written));
      expect(listFormOf(wordId(written))).toBe(lowerWord(written));
    },
  );

  it('gives a word the same id and the same list-form string each time it is met', () => {
    const first = wordId('Pottery');
    expect(wordId('Pottery')).toBe(first);
    expect(listForm('Pottery')).toBe(listFormOf(first));
    expect(wordId('pottery')).not.toBe(first);
  });

  it('starts over past its bound, and words keep their list forms across the restart', () => {
    const before = internStats();
    for (let i = 0; i < MAX_WORDS + 10; i++) wordId(`Filler${i}`);
    const after = internStats();
    expect(after.generation).toBeGreaterThan(before.generation);
    expect(after.size).toBeLessThanOrEqual(MAX_WORDS);
    expect(listForm('ÉCOLE’S')).toBe("école's");
  });

  it('checks a post the same before and after the table starts over', () => {
    const post = 'Check out my new course, link in bio! Use code SAVE20 for 20% off, only 12 spots left 🔥';
    const context = { platform: 'x' as const, now: Date.UTC(2026, 0, 15) };
    const before = check(post, context);
    for (let i = 0; i < MAX_WORDS + 1; i++) wordId(`Other${i}`);
    expect(check(post, context)).toEqual(before);
  });
});
