// The normalising layer: canonical words for lookups, links written apart as links, offsets kept on the original.
import { describe, expect, it } from 'vitest';
import { ruleInput } from '../../lib/checker';
import { ASK_LEXICONS } from '../../lib/checker/lexicon';
import { canonicalWord, joinHiddenLinks } from '../../lib/checker/normalize';
import { parse } from '../../lib/checker/text';

describe('canonicalWord', () => {
  it.each([
    ['pleaaase', 'en', 'please'],
    ['pleeease', 'en', 'please'],
    ['pleaseeee', 'en', 'please'],
    ['soooo', 'en', 'so'],
    ['goooood', 'en', 'good'],
    ['plz', 'en', 'please'],
    ['pls', 'en', 'please'],
    ['plzzzz', 'en', 'please'],
    ['u', 'en', 'you'],
    ['ur', 'en', 'your'],
    ['suscribe', 'en', 'subscribe'],
    ['subcribe', 'en', 'subscribe'],
    ['subscibe', 'en', 'subscribe'],
    ['chanel', 'en', 'channel'],
    ['channle', 'en', 'channel'],
    ['vids', 'en', 'videos'],
    ['subs', 'en', 'subscribers'],
    ['porfa', 'es', 'por favor'],
    ['subscribete', 'es', 'suscríbete'],
    ['svp', 'fr', "s'il vous plaît"],
    ['pfv', 'pt', 'por favor'],
    ['vc', 'pt', 'você'],
    ['aboniert', 'de', 'abonniert'],
  ] as const)('%s (%s) → %s', (word, lang, canonical) => {
    expect(canonicalWord(word, lang)).toBe(canonical);
  });

  it('leaves ordinary words, other languages and unknown elongations readable', () => {
    expect(canonicalWord('channel', 'en')).toBe('channel');
    expect(canonicalWord('u', 'und')).toBe('u');
    expect(canonicalWord('u', 'es')).toBe('u');
    expect(canonicalWord('zzzzap', 'en')).toBe('zzap');
  });

  it('reads a digit as a word only between words it fits', () => {
    expect(canonicalWord('4', 'en', 'sub')).toBe('for');
    expect(canonicalWord('4', 'en', 'watching')).toBe('for');
    expect(canonicalWord('4', 'en', 'years')).toBe('4');
    expect(canonicalWord('4', 'en')).toBe('4');
  });

  it('has a note and an example for every shorthand entry in every language', () => {
    for (const [lang, lexicon] of Object.entries(ASK_LEXICONS)) {
      for (const entry of lexicon.shorthand) {
        expect(entry.note.length, `${lang} ${entry.means}`).toBeGreaterThan(5);
        expect(entry.example.length, `${lang} ${entry.means}`).toBeGreaterThan(3);
        for (const form of entry.forms) expect(form, `${lang}: one word per form`).not.toMatch(/\s/);
      }
    }
  });
});

describe('joinHiddenLinks', () => {
  it.each([
    ['visit my shop at site . com today', 'site . com', 'site.com'],
    ['visit my shop at site dot com today', 'site dot com', 'site.com'],
    ['go to mysite(dot)net/shop now', 'mysite(dot)net/shop', 'mysite.net/shop'],
    ['mint here https://\nnerdsoneth.fun', 'https://\nnerdsoneth.fun', 'https://nerdsoneth.fun'],
    // A "www" written apart belongs to the link, with or without its dot.
    ['go to www bit . ly / easycash22 its legit', 'www bit . ly / easycash22', 'www.bit.ly/easycash22'],
    ['go to www . easycash22 . com now', 'www . easycash22 . com', 'www.easycash22.com'],
    // yt23: the dot spelled in Portuguese, Spanish, French and German, before a shop's TLD.
    ['é só procurar camisasdogol ponto com ponto br', 'camisasdogol ponto com ponto br', 'camisasdogol.com.br'],
    ['compra en fundasya punto com envíos a todo México', 'fundasya punto com', 'fundasya.com'],
    ['allez sur bijouxlea point com pour la boutique', 'bijouxlea point com', 'bijouxlea.com'],
    ['alles auf holzliebe punkt de bestellen', 'holzliebe punkt de', 'holzliebe.de'],
  ])('%j holds the link %j', (text, written, link) => {
    const doc = parse(text);
    expect(joinHiddenLinks(doc)).toBe(true);
    expect(doc.urls.map((u) => [text.slice(u.start, u.end), u.text])).toEqual([[written, link]]);
    expect(doc.words.some((w) => w.start >= doc.urls[0]!.start && w.end <= doc.urls[0]!.end)).toBe(false);
  });

  it.each([
    'I finished the book. Com­pletely worth it.',
    'Meet me by the polka dot art wall.',
    'Version 2.0 is out, see the changelog.',
    'Node.js and e.g. stay words.',
    'The www is not the internet. Com­pletely.',
    // yt23: a spelled dot only before com, net, org, br (de after punkt): prose with these words stays prose.
    'El punto de partida fue bueno y el punto es que llegamos.',
    'O ponto de ônibus fica longe, mas o ponto alto foi o show.',
    "Le point fr de la réunion, c'est le budget.",
    'Der Punkt ist, dass wir Punkt acht Uhr da sind.',
  ])('leaves prose alone: %j', (text) => {
    const doc = parse(text);
    joinHiddenLinks(doc);
    expect(doc.urls).toEqual([]);
  });
});

describe('phrase lists over canonical words', () => {
  it('match what was written with its own offsets', () => {
    const text = 'pleaaase suscribe to my chanel';
    const input = ruleInput(text, { lang: 'en' });
    const found = input.find('callToAction').map((m) => text.slice(m.start, m.end));
    expect(found).toEqual(['suscribe to my']);
    for (const m of input.find('callToAction')) expect(m.text).toBe(text.slice(m.start, m.end));
  });

  it('leave a text with nothing to fold exactly as it was', () => {
    const text = 'Subscribe to my channel for weekly tips';
    const input = ruleInput(text, { lang: 'en' });
    expect(input.find('callToAction').map((m) => m.text)).toEqual(['Subscribe to my']);
  });
});
