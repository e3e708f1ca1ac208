// Content words: the view of a post that survives rewording.
import { describe, expect, it } from 'vitest';
import { contentWordHashes, Probe } from '../../lib/checker/history';
import { stem, WORD_CLASS, wordWeight } from '../../lib/checker/similarity';

describe('stem', () => {
  it.each([
    ['plants', 'plant'],
    ['shipping', 'ship'],
    ['shipped', 'ship'],
    ['rebajas', 'rebaj'],
    ['reservation', 'reserv'],
    ['reservez', 'reserv'],
    ['Werkstudenten', 'Werkstu'],
  ])('%s → %s', (word, expected) => {
    expect(stem(word)).toBe(expected);
  });

  it('brings the forms of one word together in each language', () => {
    for (const forms of [['plant', 'plants'], ['sale', 'sales'], ['nuevo', 'nuevos', 'nueva'], ['Tipp', 'Tipps'], ['reservation', 'reservations']]) {
      expect(new Set(forms.map(stem)).size, forms.join(', ')).toBe(1);
    }
  });
});

describe('content words', () => {
  const classes = (text: string) => contentWordHashes(text).map((h) => h & 3).sort();

  it('drops function words of every language and keeps one entry per word', () => {
    expect(contentWordHashes('the and of la les der und que não')).toEqual([]);
    expect(contentWordHashes('Plants, plants and more PLANTS')).toHaveLength(1);
  });

  it('weighs numbers, names and handles above plain words', () => {
    expect(classes('Our sale ends Friday: 30% off')).toEqual([WORD_CLASS.plain, WORD_CLASS.plain, WORD_CLASS.number, WORD_CLASS.name].sort());
    expect(classes('check $MOONPAW')).toEqual([WORD_CLASS.plain, WORD_CLASS.handle].sort());
    expect(wordWeight(WORD_CLASS.number)).toBeGreaterThan(wordWeight(WORD_CLASS.plain));
    expect(wordWeight(WORD_CLASS.name)).toBeGreaterThan(wordWeight(WORD_CLASS.plain));
  });

  it('reads a capital after a sentence end, a line break or an emoji as a sentence start, not a name', () => {
    for (const text of ['Sold out. Thanks everyone', '🧶 Moss is back\nTonight only', 'SALE SALE SALE', 'Great: Lisbon was lovely']) {
      const found = classes(text);
      expect(found.length, text).toBeGreaterThan(0);
      expect(found.every((c) => c === WORD_CLASS.plain), text).toBe(true);
    }
    expect(classes('we met in Lisbon')).toContain(WORD_CLASS.name);
  });

  it('keeps the weightiest class when a word appears twice ("friday" and "Friday")', () => {
    expect(classes('friday is the day, see you on Friday')).toContain(WORD_CLASS.name);
  });

  it('folds accents, so a word typed with or without them meets itself', () => {
    expect(contentWordHashes('Réservation au Café Lumen')).toEqual(contentWordHashes('Reservation au Cafe Lumen'));
  });

  it('leaves links out, with or without a scheme', () => {
    const plain = new Probe('Grab yours here').words;
    expect(new Probe('Grab yours here shop.example.com/p/1?ref=tw2').words).toEqual(plain);
    expect(new Probe('Grab yours here https://example.com/p/123?utm_source=x').words).toEqual(plain);
  });
});
