// The tokenizer: the fast path must give exactly what the reference regex gives, on any text.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { byStart, byStartThenEnd, inOrder, sentences, tokenize, tokenizeWithRegex } from '../../lib/checker/text';
import { clip } from '../../lib/checker/words';

describe('tokenize', () => {
  it('types links, e-mail addresses, mentions, hashtags, emoji and words with their offsets', () => {
    const text = 'See shop.example.com/x, mail a@b.co, ping @jane-doe.bsky.social #Gründer 👨‍👩‍👧 don’t AHORRA20';
    expect(tokenize(text).map((t) => `${t.type}:${t.text}`)).toEqual([
      'word:See', 'url:shop.example.com/x', 'word:mail', 'email:a@b.co', 'word:ping', 'mention:@jane-doe.bsky.social',
      'hashtag:#Gründer', 'emoji:👨‍👩‍👧', 'word:don’t', 'word:AHORRA20',
    ]);
    for (const t of tokenize(text)) expect(text.slice(t.start, t.end)).toBe(t.text);
  });

  it('reads a link with a city or trade ending as a link, and a missing space after a full stop as words', () => {
    const types = (text: string) => tokenize(text).map((t) => `${t.type}:${t.text}`);
    expect(types('Nouvelle collection sur petitbain.paris')).toContain('url:petitbain.paris');
    expect(types('Book at studio-lena.yoga/classes')).toContain('url:studio-lena.yoga/classes');
    // Shorteners and link-in-bio hosts on endings that are no link in general.
    expect(types('mine: amzn.to/3Kx9pQz')).toContain('url:amzn.to/3Kx9pQz');
    expect(types('everything is on linktr.ee/anafotos')).toContain('url:linktr.ee/anafotos');
    expect(types('came back.to be honest')).toEqual(['word:came', 'word:back.to', 'word:be', 'word:honest']);
    expect(types('All done.no problem at all')).toEqual(['word:All', 'word:done.no', 'word:problem', 'word:at', 'word:all']);
  });

  it('matches the reference regex tokenizer on any text', () => {
    const parts = fc.constantFrom('a', 'Z', '9', "'", '’', '-', '_', '.', '@', '#', '＃', ':', '/', ' ', '\n', '\u00a0', 'é', '🔥', '👨‍👩‍👧', '1️⃣', '🇵🇹', 'http://x.io', 'www.a.com', 'a.com', 'x@y.io', '@jo', '#tag', '&', 'don', 't', '#_1', '#a_b', `@${'n'.repeat(29)}`, `@${'n'.repeat(31)}`, '#9', '’s');
    const same = (text: string) => {
      expect(tokenize(text)).toEqual(tokenizeWithRegex(text));
    };
    fc.assert(fc.property(fc.array(parts, { maxLength: 30 }), (p) => same(p.join(''))), { numRuns: 3000 });
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 80 }), same), { numRuns: 3000 });
  });
});

describe('sentences', () => {
  it('splits at end punctuation, line breaks and emoji between words', () => {
    const text = 'First one. Second one!\nThird line 20% off ☀️ tag a friend';
    expect(sentences(text).map((s) => text.slice(s.start, s.end))).toEqual(['First one.', 'Second one!', 'Third line 20% off ☀️', 'tag a friend']);
  });

  it('trims every kind of white space from its sentences, as /\\s/ reads it', () => {
    const text = '\u00a0\t Hi there.\u3000\v\nNext\f\u2028 one\u200b';
    expect(sentences(text).map((s) => text.slice(s.start, s.end))).toEqual(['Hi there.', 'Next\f\u2028 one\u200b']);
    expect(sentences(' \u00a0 ')).toEqual([]);
  });

  it('does not end a sentence at a title before a name, in five languages', () => {
    const split = (text: string) => sentences(text).map((s) => text.slice(s.start, s.end));
    expect(split('Danke an Dr. Miriam Scholz für alles. Bis bald!')).toEqual(['Danke an Dr. Miriam Scholz für alles.', 'Bis bald!']);
    expect(split('Thanks to Prof. Lee and Mrs. Diaz. They stayed late.')).toEqual(['Thanks to Prof. Lee and Mrs. Diaz.', 'They stayed late.']);
    expect(split('Gracias a la Dra. Gómez y al Sr. Ruiz.')).toEqual(['Gracias a la Dra. Gómez y al Sr. Ruiz.']);
    expect(split('Merci à Mme. Roux. Elle a tout relu.')).toEqual(['Merci à Mme. Roux.', 'Elle a tout relu.']);
    // A period after the same letters that ends its sentence still does: no name follows, or they are a word's end.
    expect(split('I finally saw the dr. then went home.')).toEqual(['I finally saw the dr.', 'then went home.']);
    expect(split('We fixed the door. Come by!')).toEqual(['We fixed the door.', 'Come by!']);
  });

  it('does not end a sentence at a month before its day or a title before a name', () => {
    const text = 'Gmail deletes inactive accounts from Sept. 1. Dr. Smith and Sr. Pérez agree. It ends in Sept. Then what?';
    expect(sentences(text).map((s) => text.slice(s.start, s.end))).toEqual([
      'Gmail deletes inactive accounts from Sept. 1.',
      'Dr. Smith and Sr. Pérez agree.',
      'It ends in Sept.',
      'Then what?',
    ]);
  });
});

describe('inOrder', () => {
  const spans = fc.array(fc.record({ start: fc.nat(20), end: fc.nat(20), id: fc.nat() }), { maxLength: 40 });

  it('orders as a stable sort does, in place, whether or not the list was in order', () => {
    fc.assert(
      fc.property(spans, fc.boolean(), (list, presorted) => {
        // The last one, like check()'s order of findings, says 1 for both orders of two that tie.
        const tieAfter = (a: { start: number; id: number }, b: { start: number; id: number }) => a.start - b.start || (a.id % 3 < b.id % 3 ? -1 : 1);
        for (const compare of [byStart, byStartThenEnd, tieAfter]) {
          const given = presorted ? [...list].sort(compare) : [...list];
          const expected = [...given].sort(compare);
          const result = inOrder(given, compare);
          expect(result).toBe(given);
          expect(result).toEqual(expected);
        }
      }),
    );
  });

  it('sorts a list that is out of order', () => {
    const list = [{ start: 5, end: 6 }, { start: 1, end: 2 }, { start: 1, end: 1 }];
    expect(inOrder(list, byStartThenEnd).map((s) => `${s.start}-${s.end}`)).toEqual(['1-1', '1-2', '5-6']);
  });
});

describe('clip', () => {
  it('gives what folding every run of white space into one space would, then cutting', () => {
    const parts = fc.constantFrom('a', 'word', ' ', '  ', '\n', '\t', '\u00a0', '\u2028', '🔥', 'é', ' x ');
    fc.assert(
      fc.property(fc.array(parts, { maxLength: 40 }), fc.integer({ min: 2, max: 80 }), (pieces, max) => {
        const text = pieces.join('');
        const flat = text.replace(/\s+/g, ' ').trim();
        const cut = clip(text, max);
        if (flat.length <= max) expect(cut).toBe(flat);
        else expect(flat.startsWith(cut.slice(0, -1).trimEnd())).toBe(true);
        expect(/\s{2}|[^\S ]/.test(cut)).toBe(false);
      }),
    );
  });
});
