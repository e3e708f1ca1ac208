// Table tests for what a scam warning excuses (lib/checker/scams.ts), and the ask lexicons' scam words checked
// against their own examples.
import { describe, expect, it } from 'vitest';
import { ruleInput } from '../../lib/checker';
import { ASK_LEXICONS, askLexicon } from '../../lib/checker/lexicon';
import { scamView } from '../../lib/checker/policy';
import { imitated, mentionsScam, namedAsScam, namesRealChannel, scamBait } from '../../lib/checker/scams';
import type { CheckContext } from '../../lib/checker/types';

/** The input and the place of `word` in `text`. */
function at(text: string, word: string, ctx: CheckContext = {}) {
  const input = ruleInput(text, ctx);
  const start = text.indexOf(word);
  if (start < 0) throw new Error(`"${word}" is not in "${text}"`);
  return { input, view: scamView(input), span: { start, end: start + word.length } };
}

describe('imitated: the author’s thing named as what a scam copies', () => {
  it.each([
    ['Scam alert: a fake site copying our shop is selling everything at 70% off', 'our shop', {}, true],
    ['Ojo, estafa: una web falsa que copia nuestra tienda vende todo al 70%', 'nuestra tienda', { lang: 'es' }, true],
    ['Achtung Betrug: Eine Fake-Seite kopiert unseren Shop und verkauft alles mit 70 % Rabatt', 'unseren Shop', { lang: 'de' }, true],
    ['Alerte arnaque : un faux site qui copie notre boutique vend tout à -70 %', 'notre boutique', { lang: 'fr' }, true],
    ['Alerta de golpe: um site falso copiando nossa loja vende tudo com 70% de desconto', 'nossa loja', { lang: 'pt' }, true],
    // No scam named: copying is a compliment or a how-to, the shop still the author's.
    ['Everyone is copying our shop window this year, come see the original!', 'our shop', {}, false],
    // A scam named, but the shop is not what it copies.
    ['Scam alert: fake parcel texts are going around. Meanwhile our shop is open till 8.', 'our shop', {}, false],
  ] as const)('%s', (text, word, ctx, want) => {
    const { view, span } = at(text, word, ctx as CheckContext);
    expect(imitated(view, span.start)).toBe(want);
  });
});

describe('namedAsScam: what sells in the sentence that names a scam', () => {
  it.each([
    ["The 'free $ZEN airdrop' sites are wallet drainers. Don't connect.", 'airdrop', true],
    ["Big news: our $ZEN airdrop opens Friday. Beware of drainers, they are a scam.", 'airdrop', false],
  ] as const)('%s', (text, word, want) => {
    const { view, span } = at(text, word);
    expect(namedAsScam(view, span)).toBe(want);
  });
});

describe('scamBait: a cut the warning quotes is the impostor’s', () => {
  it.each([
    ['SCAM WARNING: a fake page is running ads with 80% off. It is not us.', '80% off', true],
    ['Fake pages are a scam. Ads everywhere with 80% off. Report them.', '80% off', true],
    ['Fake pages are a scam. Our real sale: 20% off until Sunday.', '20% off', false],
    ['Our winter sale: 20% off until Sunday.', '20% off', false],
  ] as const)('%s', (text, word, want) => {
    const { input, view, span } = at(text, word);
    expect(scamBait(view, span, input.evidence.flags)).toBe(want);
  });
});

describe('namesRealChannel: the only place the real thing is had', () => {
  it.each([
    ['SCAM WARNING: a fake page is running ads with 70% off. It is not us. We only sell on shopluma.co', 'We only sell', {}, true],
    ['Aviso de estafa: una página falsa anuncia un 70% de descuento. No somos nosotros. Solo vendemos en lahoja.es.', 'Solo vendemos', { lang: 'es' }, true],
    ['Achtung Betrug: Eine Fake-Seite wirbt mit 70 % Rabatt. Das sind nicht wir. Wir verkaufen nur auf holzliebe.de.', 'Wir verkaufen', { lang: 'de' }, true],
    ["Alerte arnaque : une fausse page annonce -70 %. Ce n'est pas nous. On vend uniquement sur lespetitspots.fr.", 'On vend', { lang: 'fr' }, true],
    ['Alerta de golpe: uma página falsa anuncia 70% de desconto. Não somos nós. Só vendemos em cafedaserra.com.br.', 'Só vendemos', { lang: 'pt' }, true],
    // Without a scam named, "only here" is the shop's own pointer.
    ['We only sell on shopluma.co, come have a look at the new arrivals!', 'We only sell', {}, false],
    // A scam named, but the offer's sentence names no single place.
    ['SCAM WARNING: a fake page is running ads. It is not us. We sell on shopluma.co', 'We sell', {}, false],
  ] as const)('%s', (text, word, ctx, want) => {
    const { view, span } = at(text, word, ctx as CheckContext);
    expect(namesRealChannel(view, span)).toBe(want);
  });
});

describe('mentionsScam: a scam named or warned of', () => {
  it.each([
    ['Scam warning: texts asking for a £1.45 redelivery fee are fake', true],
    ['Got an SMS asking for $48.300. Es FALSO.', false],
    ['Not a scam, I promise: our sale is real, 20% off', false],
    ['Our sale is on: 20% off everything', false],
  ] as const)('%s', (text, want) => {
    expect(mentionsScam(at(text, text.slice(0, 3)).view)).toBe(want);
  });
});

describe('the ask lexicons’ scam words', () => {
  it.each(Object.entries(ASK_LEXICONS).filter(([, lex]) => lex?.scam))('%s: each example holds its words', (lang) => {
    const lex = ASK_LEXICONS[lang as keyof typeof ASK_LEXICONS]!;
    const compiled = askLexicon(lang as never)!;
    const copied = lex.scam!.imitates.example;
    // Some place in the example ends the text before the imitated thing.
    expect([...copied.matchAll(/\s/g)].some((m) => compiled.imitatedBefore!.test(copied.slice(0, m.index! + 1)))).toBe(true);
    expect(compiled.onlyChannel!.test(lex.scam!.only.example)).toBe(true);
    expect(compiled.onlyChannel!.test('We sell it on our site')).toBe(false);
  });
});
