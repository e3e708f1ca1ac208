// The learned model: pure, deterministic, blind to case and punctuation, bounded on long texts, small when shipped.
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { decodeDense } from '../../lib/checker/model/codec';
import { CHAR_MAX, CHAR_MIN, features, HASH_BITS, normalWord } from '../../lib/checker/model/features';
import { MODEL } from '../../lib/checker/model/weights';
import { HEADS, loadModel, score, scoreWith } from '../../lib/checker/model';
import { tokenize } from '../../lib/checker/text';
import { encodeTable } from '../train/table';

describe('model features', () => {
  it('normalise words: case, accents, elongation and digits', () => {
    expect(normalWord('PLEEEASE')).toBe('pleease');
    expect(normalWord('Suscríbete')).toBe('suscribete');
    expect(normalWord('50k')).toBe('0k');
    expect(normalWord('2025')).toBe('<num>');
  });

  it('never see letter case or punctuation', () => {
    const hashes = (t: string) => features(tokenize(t)).map((f) => f.hash);
    expect(hashes('Subscribe ME!')).toEqual(hashes('subscribe me'));
    expect(hashes('You Won’t Believe What Happened Next')).toEqual(hashes("you won't believe what happened next?"));
  });

  it('reduce links, handles and crypto words to shapes', () => {
    const hashes = (t: string) => features(tokenize(t)).map((f) => f.hash);
    expect(hashes('see youtube.com/watch?v=1 by @ana')).toEqual(hashes('see youtu.be/xyz by @ben'));
    expect(hashes('see youtube.com/watch?v=1')).not.toEqual(hashes('see example.org/page'));
    expect(hashes('buy the bitcoin now')).toEqual(hashes('buy the now'));
  });

  it('mark each character n-gram with its length, shortest first within a word', () => {
    const found = features(tokenize('subscribe'));
    const grams = found.filter((f) => f.gram);
    // "<subscribe>" has 11 characters: 8 four-grams and 7 five-grams.
    expect(grams.filter((f) => f.gram === 4)).toHaveLength(8);
    expect(grams.filter((f) => f.gram === 5)).toHaveLength(7);
    expect(grams.map((f) => f.gram)).toEqual([...grams.map((f) => f.gram)].sort());
    expect(found.filter((f) => !f.gram)).toHaveLength(2); // the unigram and the bigram with the start marker
  });

  it('stop at a fixed number of tokens, so long texts cost a bounded amount', () => {
    const long = 'word '.repeat(5000);
    expect(features(tokenize(long)).length).toBe(features(tokenize('word '.repeat(1000))).length);
  });
});

describe('model score', () => {
  it('is the logistic of the weights of every feature, however scoring adds them up', () => {
    const tables = decodeDense(MODEL.data, HEADS.length, 1 << HASH_BITS);
    const texts = [
      'Subscribe my channel pls, new video every friday https://youtube.com/@me #minecraft',
      'You won’t believe what this dog did 😮 subscribe subscribe subscribe',
      'Thank you Ana, Ben and Chidi for staying late to ship the fix',
      '¡Suscríbete a mi canal! Así reaccionó el perro',
    ];
    for (const text of texts) {
      const found = features(tokenize(text));
      const s = score(text);
      HEADS.forEach((head, h) => {
        // Each head reads only the character n-grams up to its own length, and divides by its own count.
        const read = found.filter((f) => !f.gram || f.gram <= MODEL.charMax[h]!);
        const sum = read.reduce((total, f) => total + tables[h]![f.hash]!, 0);
        const z = MODEL.biases[h]! + (sum * MODEL.scales[h]!) / Math.sqrt(read.length);
        expect(s[head]).toBeCloseTo(1 / (1 + Math.exp(-z)), 12);
      });
    }
  });

  it('gives probabilities and spans that lie on the text, the same every time', () => {
    for (const text of ['', '🙂', 'Subscribe my channel', '17 things you didn’t know about sharks', 'x'.repeat(3000)]) {
      const s = score(text);
      expect(score(text)).toEqual(s);
      // `top` is computed on first read (a getter toEqual does not walk): compared on its own.
      expect(score(text).top).toEqual(s.top);
      for (const head of ['promotion', 'bait'] as const) {
        expect(s[head]).toBeGreaterThanOrEqual(0);
        expect(s[head]).toBeLessThanOrEqual(1);
        for (const w of [...s.top[head], ...(s.focus[head] ? [s.focus[head]!] : [])]) {
          expect(w.start).toBeGreaterThanOrEqual(0);
          expect(w.end).toBeLessThanOrEqual(text.length);
          expect(w.weight).toBeGreaterThan(0);
        }
      }
    }
  });

  it('tells a channel plug from a thank-you, and a teaser from a report', () => {
    expect(score('Subscribe my channel, new video every friday').promotion).toBeGreaterThan(0.8);
    expect(score('Thank you Ana, Ben and Chidi for staying late to ship the fix').promotion).toBeLessThan(0.3);
    expect(score('You won’t believe what this dog did').bait).toBeGreaterThan(0.8);
    expect(score('Road closed between exit 4 and 5 until 6pm, use Route 9').bait).toBeLessThan(0.3);
  });

  it('quotes the words that weighed most', () => {
    const text = 'help me get 50 subs';
    const s = score(text);
    expect(text.slice(s.focus.promotion!.start, s.focus.promotion!.end)).toContain('subs');
  });
});

describe('per-head feature sets', () => {
  // A hand-made table: one slot, weight 100 on both heads; promotion reads 5-grams, bait stops at 4-grams.
  const word = 'subscribe';
  const found = features(tokenize(word));
  const tableWith = (slot: number, charMax: readonly number[]) =>
    loadModel({
      biases: [0, 0],
      scales: [0.01, 0.01],
      charMax,
      data: encodeTable({ slots: Uint32Array.of(slot), heads: [Int8Array.of(100), Int8Array.of(100)] }),
    });
  // A slot that only a 5-gram of the word lands on (not a 4-gram, the unigram or the bigram).
  const fiveOnly = found.find((f) => f.gram === 5 && found.every((g) => g.hash !== f.hash || g.gram === 5))!;
  const fourOnly = found.find((f) => f.gram === 4 && found.every((g) => g.hash !== f.hash || g.gram === 4))!;
  const count = (max: number) => found.filter((f) => !f.gram || f.gram <= max).length;
  const logit = (p: number) => Math.log(p / (1 - p));

  it('a 5-gram slot moves the promotion score and not the bait score', () => {
    expect(fiveOnly).toBeDefined();
    const s = scoreWith(tableWith(fiveOnly.hash, [5, 4]), word);
    expect(logit(s.promotion)).toBeCloseTo((100 * 0.01) / Math.sqrt(count(5)), 9);
    expect(s.bait).toBe(0.5);
    expect(s.focus.bait).toBeNull();
    expect(s.focus.promotion).not.toBeNull();
    // With the heads' lengths swapped, the same slot moves only the bait score.
    const swapped = scoreWith(tableWith(fiveOnly.hash, [4, 5]), word);
    expect(swapped.promotion).toBe(0.5);
    expect(logit(swapped.bait)).toBeCloseTo((100 * 0.01) / Math.sqrt(count(5)), 9);
  });

  it('a 4-gram slot moves both heads, each divided by the number of features it reads', () => {
    expect(fourOnly).toBeDefined();
    const s = scoreWith(tableWith(fourOnly.hash, [5, 4]), word);
    expect(logit(s.promotion)).toBeCloseTo((100 * 0.01) / Math.sqrt(count(5)), 9);
    expect(logit(s.bait)).toBeCloseTo((100 * 0.01) / Math.sqrt(count(4)), 9);
    expect(count(4)).toBeLessThan(count(5));
  });

  it('reject a head length outside the n-grams the features make', () => {
    expect(() => tableWith(0, [CHAR_MAX + 1, CHAR_MIN])).toThrow(/charMax/);
  });
});

describe('shipped weights', () => {
  it('read 5-grams for promotion and stop at 4-grams for bait', () => {
    expect(MODEL.charMax).toEqual([5, 4]);
  });

  it('stay well under 60 kB gzipped', () => {
    const shipped = readFileSync('lib/checker/model/weights.ts');
    expect(gzipSync(shipped, { level: 9 }).length).toBeLessThan(60_000);
  });

  it('come with a manifest naming the data, the split rule and held-out scores per head', () => {
    const manifest = JSON.parse(readFileSync('lib/checker/model/manifest.json', 'utf8'));
    expect(manifest.splitRule).toMatch(/sha256\(id\)/);
    expect(manifest.data.length).toBeGreaterThanOrEqual(7);
    for (const file of manifest.data) expect(file.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(Object.keys(manifest.scores)).toEqual(['promotion', 'bait']);
    for (const head of ['promotion', 'bait']) expect(Object.keys(manifest.scores[head].heldOut).length).toBeGreaterThan(0);
  });
});
