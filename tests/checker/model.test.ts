// The learned model: pure, deterministic, blind to case and punctuation, bounded on long texts, small when shipped.
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { decodeDense } from '../../lib/checker/model/codec';
import { features, HASH_BITS, normalWord } from '../../lib/checker/model/features';
import { MODEL } from '../../lib/checker/model/weights';
import { HEADS, score } from '../../lib/checker/model';
import { tokenize } from '../../lib/checker/text';

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
        const sum = found.reduce((total, f) => total + tables[h]![f.hash]!, 0);
        const z = MODEL.biases[h]! + (sum * MODEL.scales[h]!) / Math.sqrt(found.length);
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

describe('shipped weights', () => {
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
