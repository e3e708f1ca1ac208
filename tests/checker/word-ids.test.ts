import { describe, expect, it } from 'vitest';
import { check } from '../../lib/checker';
import { detectLang } from '../../lib/checker/lang';
import { normalize } from '../../lib/checker/normalize';
import { parse } from '../../lib/checker/text';
import { internStats, listForm, listFormOf, lowerWord, MAX_WORDS, wordId, wordIds } from '../../lib/checker/word-ids';

// Shorthand that holds only between two words ("4"), elongation, accents, another language, curly apostrophes.
const POSTS = [
  'plz sub 4 sub, pleaaase check out my chanel 🙏 4 real',
  'Gracias x todo!! porfa suscríbete a mi canal, q tengas buen día',
  'Merci beaucoup pour le partage, c’est très utile pour les débutants',
  'I don’t know who needs this but the 4 of us went 2 the market 4 apples',
];

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
    const post = 'Check out my new course, link in bio! Use code SAVE20 for 20% off, only 12 spots left 🔥 plz sub 4 sub';
    const context = { platform: 'x' as const, now: Date.UTC(2026, 0, 15) };
    const before = check(post, context);
    for (let i = 0; i < MAX_WORDS + 1; i++) wordId(`Other${i}`);
    expect(check(post, context)).toEqual(before);
  });

  it('has posts whose words normalizing changes', () => {
    const doc = parse(POSTS[0]!);
    const words = normalize(doc, doc.words.map((w) => lowerWord(w.text)), 'en', false).words;
    expect(words.slice(0, 4)).toEqual(['please', 'sub', 'for', 'sub']);
    expect(words).toContain('channel');
  });

  it.each(POSTS)('reads languages and canonical words by id as by string: %s', (post) => {
    const doc = parse(post);
    const ids = wordIds(doc.words)!;
    const lower = doc.words.map((w) => lowerWord(w.text));
    expect(ids.map(listFormOf)).toEqual(lower);
    const lang = detectLang(doc.words);
    // Twice: the first meets each id, the second reads what was kept.
    for (let round = 0; round < 2; round++) {
      expect(detectLang(doc.words, ids.map(listFormOf), ids)).toBe(lang);
      expect(normalize(doc, ids.map(listFormOf), lang, false, ids)).toEqual(normalize(doc, lower, lang, false));
    }
  });
});
