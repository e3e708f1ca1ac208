// The word-indexed phrase matcher must find exactly what scanning with the list's whole regex finds.
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { indexPhrases, matchList, NO_MATCHES, startPositions, stickyOf } from '../../lib/checker/phrase-index';
import { DIGIT, phraseKeys, requiredLiterals, startWords } from '../../lib/checker/phrase-keys';
import { compilePhrases, findAll, type PhraseMatch } from '../../lib/checker/phrases';
import { LEXICONS, phraseBook, type PhraseKey } from '../../lib/checker/phrases/book';
import { overlaps, tokenize } from '../../lib/checker/text';
import type { Lang } from '../../lib/checker/types';
import { LONG_POSTS, SHORT_POSTS } from '../bench/texts';

const texts = [
  ...['tests/corpus/dev-posts.jsonl', 'tests/corpus/own-posts.jsonl'].flatMap((file) =>
    readFileSync(file, 'utf8')
      .split('\n')
      .filter((l) => l.trim())
      .flatMap((l) => {
        const post = JSON.parse(l) as { text: string; history?: string[] };
        return [post.text, ...(post.history ?? [])];
      }),
  ),
  ...SHORT_POSTS,
  ...LONG_POSTS,
  'Pre-order now! DM me. #OpenToWork #ad e.g. h/t @jane — 20% off, $5 off, -30 %, ¿qué opináis? Rabattcode SOMMER',
  'don’t forget to like + subscribe, I’m so humbled and honored to share, RT if you agree!!',
];

const reference = new Map<string, RegExp>();

/** Matches inside links, e-mail addresses and mentions are dropped by the checker either way. */
function outsideOpaque(text: string, spans: PhraseMatch[]): number[][] {
  const opaque = tokenize(text).filter((t) => t.type === 'url' || t.type === 'email' || t.type === 'mention');
  return spans.filter((m) => !overlaps(opaque, m.start, m.end)).map((m) => [m.start, m.end]);
}

function expected(lang: Lang, key: PhraseKey, text: string) {
  const id = `${lang}.${key}`;
  if (!reference.has(id)) reference.set(id, compilePhrases(LEXICONS[lang]!.phrases[key]));
  return outsideOpaque(text, findAll(reference.get(id)!, text));
}

function actual(lang: Lang, key: PhraseKey, text: string) {
  return outsideOpaque(text, matchList(phraseBook(lang)[key], text, startPositions(text, tokenize(text))));
}

const langs = Object.keys(LEXICONS) as Lang[];
const keys = Object.keys(LEXICONS.en!.phrases) as PhraseKey[];

/** Counts how often the one number-led phrase of `list` is tried (its sticky regex's test calls). */
function countTries(list: ReturnType<typeof indexPhrases>): { count: number } {
  const sticky = stickyOf(list.byKey.get(DIGIT)![0]!);
  const tries = { count: 0 };
  const test = sticky.test.bind(sticky);
  sticky.test = (s: string) => {
    tries.count++;
    return test(s);
  };
  return tries;
}

describe('word-indexed phrase matching', () => {
  it('files almost every phrase under start keys (the rest are scanned)', () => {
    const all = langs.flatMap((l) => keys.flatMap((k) => LEXICONS[l]!.phrases[k]));
    const keyed = all.filter((p) => phraseKeys(p) !== null).length;
    expect(keyed / all.length).toBeGreaterThan(0.95);
    const spelled = all.filter((p) => startWords(p) !== null).length;
    expect(spelled / all.length).toBeGreaterThan(0.9);
    const dm = startWords('dm (?:me|us)(?: for)?')!;
    expect([...dm.words]).toEqual(['dm']);
    expect([...dm.next.get('dm')!].sort()).toEqual(['m', 'u']);
    const eg = startWords('e\\.g\\.')!;
    expect([...eg.words]).toEqual(['e.g']);
    expect(eg.next.size).toBe(0);
    expect(phraseKeys("i(?:'m| am) (?:so )?humbled")).toEqual(["i'm", 'i']);
    expect(phraseKeys('(?:#)?open ?to ?work')).toEqual(['#op', 'ope']);
    expect(phraseKeys('\\d{1,2} ?% off')).toEqual(['<d>']);
    // A look-around before any letter narrows where the phrase matches; it is filed under the word after it.
    expect(phraseKeys('(?<!no )estoy buscando')).toEqual(['est']);
    expect([...startWords('(?!foo)bar baz')!.words]).toEqual(['bar']);
  });

  it('spells out long first words and the first two letters of the next word where every way on has two', () => {
    const officials = startWords('(?:officials?|firefighters|the mayor|the city|paramedics)')!;
    expect([...officials.words].sort()).toEqual(['firefighters', 'official', 'officials', 'paramedics', 'the']);
    expect([...officials.nextPairs.get('the')!].sort()).toEqual(['ci', 'ma']);
    // "is a" may run on with any next letter after "a": only the first letter is known.
    const isA = startWords('(?:is a|is open)')!;
    expect([...isA.next.get('is')!].sort()).toEqual(['a', 'o']);
    expect(isA.nextPairs.has('is')).toBe(false);
    // A matched pair never hides a match: "the City" and "the  mayor" (two spaces) are still tried and found.
    for (const text of ['Update from the City: shelters open', 'the  mayor said', 'The county, not the company']) {
      expect(actual('en', 'report', text)).toEqual(expected('en', 'report', text));
    }
  });

  it('files a phrase that starts with a number under its spelled-out words and the number key', () => {
    const listicle = '(?:\\d{1,3}|six|nine|a hundred) (?:[\\p{L}]+ ){0,2}?(?:recipes|rules)';
    const start = startWords(listicle)!;
    expect([...start.words].sort()).toEqual([DIGIT, 'a', 'nine', 'six']);
    // "a" is tried only before an h; after a number word anything may follow ([\p{L}] is not spelled out).
    expect([...start.next.get('a')!]).toEqual(['h']);
    expect(start.next.has('six')).toBe(false);
    expect(start.next.has(DIGIT)).toBe(false);
    // What a reader cannot spell out after the gap leaves the first word known and the next letter free.
    expect([...startWords('(?:these|those) [\\p{L}]+ (?:cost|paid)')!.words].sort()).toEqual(['these', 'those']);
    const list = indexPhrases([listicle]);
    const reference = compilePhrases([listicle]);
    for (const text of [
      'Six quick recipes for a cold night', 'nine-ish rules', '12 house rules, a hundred little recipes', 'a happy six recipes',
      'For 40 rules', 'sixty recipes', '3.5 easy rules', 'a-hundred recipes', 'nineteen rules', 'Nine\u00a0rules', 'six 🍲 recipes',
    ]) {
      expect(matchList(list, text, startPositions(text, tokenize(text))), text).toEqual(findAll(reference, text));
    }
  });

  it('keeps first words that may be followed by anything known however many next letters other ways on spell out', () => {
    // Twenty first words, each before an optional unspelled word and sixteen nouns: 320 next letters, over the cap
    // on expansions, unless those of a word that may be followed by anything are dropped as they are found.
    const firsts = 'red|orange|yellow|green|blue|indigo|violet|black|white|grey|pink|brown|gold|silver|beige|navy|teal|cyan|lime|plum';
    const nouns = 'apples|boots|coats|dresses|eggs|flags|gloves|hats|inks|jackets|kites|lamps|mugs|nets|owls|pens';
    const colours = `(?:${firsts}) (?:[\\p{L}]+ ){0,2}?(?:${nouns})`;
    const start = startWords(colours)!;
    expect(start.words.size).toBe(20);
    expect(start.next.size).toBe(0);
    const list = indexPhrases([colours]);
    const reference = compilePhrases([colours]);
    for (const text of ['Red velvet coats and navy owls', 'a blue, big lamp', 'teal-ish pens', 'greyhound owls', 'plum wool dark jackets']) {
      expect(matchList(list, text, startPositions(text, tokenize(text))), text).toEqual(findAll(reference, text));
    }
  });

  it('tries a phrase that starts with a number only where its digits are followed by what it spells next', () => {
    const after = (phrase: string) => {
      const set = startWords(phrase)!.afterNumber;
      return set && [...set].sort();
    };
    expect(after('(?:\\d{1,3}|100) (?:[\\p{L}]+ )?recipes')).toEqual([' ']);
    expect(after('(?:only )?\\d+ (?:days|nights) to go')).toEqual([' ']);
    // A number that runs on says with what ("20%", "100x", "100%", "24/7"), in lower case.
    expect(after('\\d{1,2} ?% off')).toEqual([' ', '%']);
    expect(after('\\d+X (?:soon|later)')).toEqual(['x']);
    expect(after('(?:\\d+ recipes|100%)')).toEqual([' ', '%']);
    expect(after('(?:\\d+|24/7) recipes')).toEqual([' ', '/']);
    // What follows the digits is not one plain character: anything may.
    expect(after('\\d+(?:[.,]\\d+)? recipes')).toBeNull();
    expect(after('\\d+\\.\\d recipes')).toBeNull();
    expect(after('\\d+x? recipes')).toBeNull();
    expect(after('(?:\\d+|\\d+[km]) recipes')).toBeNull();
    expect(after('(?:\\d+ recipes|\\d+)')).toBeNull();
    expect(after('two recipes')).toBeNull();
    for (const phrase of [
      '(?:\\d{1,3}|100) (?:[\\p{L}]+ )?recipes', '(?:\\d+ recipes|100%)', '\\d{1,2} ?% off', '\\d+x (?:soon|later)', '(?:\\d+|24/7) recipes',
      '(?:first|1st) (?:order|box)', '\\d+k (?:views|fans)',
    ]) {
      const list = indexPhrases([phrase]);
      const reference = compilePhrases([phrase]);
      for (const text of [
        '20% recipes', '100 recipes', '1000 quick recipes', '4k recipes', '12\u3000recipes', '12\u00a0recipes', '3.5 recipes', '7',
        '7 ', 'x7 recipes', '100% sure', '15 % off', '#100 recipes', 'top-10 recipes', '2,500 recipes',
        '3X soon', '3x later', '3xx soon', '12 x soon', '24/7 recipes', '24/7', '1st box', '1ST order', '11st box', '3\u212a views',
        '1\u017ft box', '100 % off', '7%', 'first order', '1.5x soon', '2-3x soon', "3x's soon", '3-day recipes', '1.5 recipes',
        '3x-soon', '3.x soon', '1st-order box',
      ]) {
        expect(matchList(list, text, startPositions(text, tokenize(text))), `${phrase} in ${text}`).toEqual(findAll(reference, text));
      }
    }
    // The filter does its work: "\\d+x" is tried only where an x follows the digits ("3x"), not at "12" or "20%".
    const alone = indexPhrases(['\\d+x (?:soon|later)']);
    const tries = countTries(alone);
    const text = '12 left, 20% off, 4k views, 3x soon';
    expect(matchList(alone, text, startPositions(text, tokenize(text))).map((m) => m.text)).toEqual(['3x soon']);
    expect(tries.count).toBe(1);
  });

  it('tries a phrase whose number is followed by a gap only where the next word starts right', () => {
    const phrase = '(?:only )?\\d+ (?:days|nights) to go';
    const start = startWords(phrase)!;
    expect([...start.next.get(DIGIT)!].sort()).toEqual(['d', 'n']);
    // A number that may run on ("20%", "3x") may be followed by anything: no next letters.
    expect(startWords('(?:\\d+ days|\\d+x) to go')!.next.has(DIGIT)).toBe(false);
    expect(startWords('\\d{1,2} ?% off')!.next.has(DIGIT)).toBe(false);
    const list = indexPhrases([phrase, 'only \\d+x (?:soon|later)']);
    const reference = compilePhrases([phrase, 'only \\d+x (?:soon|later)']);
    for (const text of [
      '2 days to go', '2 Days to go', '2  nights to go', '2 🔥 days to go', '2\u00a0days to go', '2\u3000days to go', '20 weeks, 3 days to go',
      '4k days to go', '2x days to go', '#2 days to go', 'top-2 days to go', '2.5 days to go', 'only 2 days to go', 'only 3x soon', '7 ', '7',
      'x7 days to go', '2,500 nights to go', '12 dark nights to go',
    ]) {
      expect(matchList(list, text, startPositions(text, tokenize(text))), text).toEqual(findAll(reference, text));
    }
    // The filter does its work: after "12 long" and "200 applications" the phrase is not tried at all.
    const alone = indexPhrases([phrase]);
    const tries = countTries(alone);
    const text = '12 long nights, 200 applications, 3 days to go';
    expect(matchList(alone, text, startPositions(text, tokenize(text))).map((m) => m.text)).toEqual(['3 days to go']);
    expect(tries.count).toBe(1);
  });

  it('files the alternatives of a phrase that can be filed, and scans only the rest, ranked as the alternation ranks them', () => {
    const phrase = 'free mint|mint (?:price|date)|[\\d,.]+[km]? in prizes|mint';
    const list = indexPhrases([phrase, 'mint price list']);
    expect(list.scanned).toHaveLength(1);
    expect([...list.byKey.keys()].sort()).toEqual(['fre', 'min']);
    const reference = compilePhrases([phrase, 'mint price list']);
    for (const text of [
      'Free mint today, mint price 0.1, mint date soon', '5k in prizes and 1,000 in prizes', '.5 in prizes', 'the mint price list is out',
      'mint', 'minty mint', 'free  mint', 'free 🔥 mint in prizes', '12 in prizes, free mint', 'x5 in prizes',
    ]) {
      expect(matchList(list, text, startPositions(text, tokenize(text))), text).toEqual(findAll(reference, text));
    }
  });

  it('tries only the starts it is given, when given some (the teaser leads near a sentence start)', () => {
    const list = indexPhrases(['here is why', 'this is why']);
    const text = 'Here is why. And this is why, this is why.';
    const starts = startPositions(text, tokenize(text));
    const all = matchList(list, text, starts).map((m) => m.start);
    expect(all).toEqual([0, 17, 30]);
    // The starts of "Here" and of the second "this": the first "this" is left out.
    const only = [0, starts.at.indexOf(30)];
    expect(matchList(list, text, starts, only).map((m) => m.start)).toEqual([0, 30]);
    expect(matchList(list, text, starts, [])).toBe(NO_MATCHES);
  });

  it.each([
    ["(?:this|these) (?:[\\p{L}'’-]+ ){0,3}?(?:test|quiz) (?:will|can) (?:reveal|show)", ['test', 'quiz']],
    ['looks? like (?:a|the) (?:pro|boss)', ['like']],
    ["don't miss (?:out|it|this)", ['miss']],
    ['link(?:s|\\s+is)? in (?:my )?bio', ['bio']],
    // "¿" is the part the phrase is filed under: "alguien" must follow it.
    ['¿alguien (?:más )?sabe', ['alguien']],
    ['schau (?:dir )?(?:das|mal) an', ['das', 'mal']],
    ['(?:lien|liens) (?:en|dans la) (?:bio|description)', ['bio', 'description']],
    // Only ASCII letters and digits: "página" holds "gina".
    ['confira (?:o|a) (?:link|página)', ['link', 'gina']],
    ['free mint|mint (?:price|date)|mint', null],
    ['this!+', null],
    ['(?:\\d+|ten)x (?:more|faster)', ['more', 'faster']],
    ['(?<!new )drop (?=now)', null],
  ])('reads the literals every match of %s holds after its first word', (phrase, need) => {
    expect(requiredLiterals(phrase as string)).toEqual(need);
  });

  it('skips a phrase whose required words are nowhere after the start, and finds what the regex finds', () => {
    const phrases = ["(?:this|these) (?:[\\p{L}'’-]+ ){0,3}?(?:test|quiz) will", 'dein (?:neues )?kurs', 'ce cours (?:est|sera) gratuit', 'este curso (?:es|está) gratis', 'esse curso é grátis', 'these (?:[\\p{L}-]+ )?tests?'];
    const list = indexPhrases(phrases);
    expect(requiredLiterals(phrases.at(-1)!)).toEqual(['test']);
    const reference = compilePhrases(phrases);
    for (const text of [
      'This little quiz will tell you', 'THIS QUIZ WILL', 'this one will not', 'This TEST will', 'this ſilly test will', 'these teſt', 'These big TEſTS', 'dein \u212Aurs', 'Dein neues \u212AURS',
      'this \u212Aids quiz will', 'İstanbul: this quiz will', 'Dein neues Kurs', 'dein Buch', 'Ce cours est gratuit', 'ce cours sera payant',
      'Este curso está gratis', 'este curso es caro', 'Esse curso é grátis', 'esse curso não', 'quiz will this',
    ]) {
      expect(matchList(list, text, startPositions(text, tokenize(text))), text).toEqual(findAll(reference, text));
    }
  });

  it('hands back one frozen empty array when a list finds nothing', () => {
    const list = indexPhrases(['(?:\\d{1,3}|six) rules']);
    const none = matchList(list, 'no match here', startPositions('no match here', tokenize('no match here')));
    expect(none).toBe(NO_MATCHES);
    expect(matchList(list, 'six cats', startPositions('six cats', tokenize('six cats')))).toBe(NO_MATCHES);
    expect(Object.isFrozen(NO_MATCHES)).toBe(true);
    expect(() => (none as PhraseMatch[]).push({ start: 0, end: 1, text: 'n' })).toThrow(TypeError);
    expect(matchList(list, 'Six rules', startPositions('Six rules', tokenize('Six rules')))).toEqual([{ start: 0, end: 9, text: 'Six rules' }]);
  });

  it.each(langs)('finds what the %s regexes find, on every corpus and benchmark text', (lang) => {
    for (const text of texts) for (const key of keys) expect(actual(lang, key, text), `${key} in ${text.slice(0, 40)}`).toEqual(expected(lang, key, text));
  });

  it('finds what the regexes find on generated text', () => {
    const words = [
      'link', 'in', 'bio', 'dm', 'me', 'I’m', "i'm", 'so', 'humbled', 'tips', '20%', 'off', '#ad', '#OpenToWork', 'don’t',
      'forget', 'to', 'like', 'and', 'share', 'pre-order', 'write-up', 'now', 'e.g.', 'h/t', 'tl;dr', 'código', 'AHORRA20',
      '¿alguien', 'sabe', '🔥', '👍', '\n', 'x.com/a', '@jo', 'agree?', 'the', 'hard', 'way', 'follow', 'me!', 'sub4sub',
      'check', 'it', 'out', 'only', '3', 'left', 'use', 'code', 'SAVE20', 'thank', 'you', 'for', 'the', 'tip', '.', ',', '-',
      'two', 'a', 'hundred', 'things', 'reasons', '17', '10.5', 'ten-year', 'this', 'these', 'guy',
    ];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...words), { maxLength: 40 }), fc.constantFrom(' ', '', '  ', ' 👍 '), fc.constantFrom(...langs), (parts, glue, lang) => {
        const text = parts.join(glue);
        for (const key of keys) expect(actual(lang, key, text)).toEqual(expected(lang, key, text));
      }),
      { numRuns: 600 },
    );
  });
});
