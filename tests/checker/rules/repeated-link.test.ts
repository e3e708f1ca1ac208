import { describe, expect, it } from 'vitest';
import { fingerprint, HistoryIndex } from '../../../lib/checker/history';
import rule from '../../../lib/checker/rules/repeated-link';
import { runRule, testRule } from '../rule-tester';

const now = Date.UTC(2026, 10, 23);
const earlier = [
  'thoughts? pinecrest.example.com/2024/11/small-shops?utm_source=twitter',
  'Donate here: givecircle.example.org/westside-choir?src=fb2',
  'Watch the talk https://youtu.be/abc123',
];

const longAgo = new HistoryIndex();
longAgo.add(fingerprint(earlier[0]!, 'old', now - 400 * 86_400_000));

testRule(rule, {
  valid: [
    { text: 'A different article: pinecrest.example.com/2024/12/winter-markets', ctx: { history: earlier, now } },
    { text: 'pinecrest.example.com/2024/11/small-shops', ctx: {}, note: 'no history' },
    { text: 'Same site, other page: givecircle.example.org/about', ctx: { history: earlier, now } },
    { text: 'pinecrest.example.com/2024/11/small-shops', ctx: { history: longAgo, now }, note: 'shared more than a year ago' },
  ],
  invalid: [
    {
      text: 'pinecrest.example.com/2024/11/small-shops?utm_source=twitter&utm_medium=social',
      ctx: { history: earlier, now },
      flags: ['pinecrest.example.com/2024/11/small-shops?utm_source=twitter&utm_medium=social'],
    },
    { text: 'Only 5 days left! https://givecircle.example.org/westside-choir?src=fb3', ctx: { history: earlier, now }, flags: ['https://givecircle.example.org/westside-choir?src=fb3'] },
    { text: 'Still the best talk on the subject: https://www.youtube.com/watch?v=abc123&t=42', ctx: { history: earlier, now }, flags: ['https://www.youtube.com/watch?v=abc123&t=42'] },
  ],
});

// Someone else's page shared again with a message of its own about it (another fact from it, a question, a quote of
// someone in it) is a new post on the same page; the page's claim said again, the author's own link pushed again
// (I, we, our; an ask), or a post that says it repeats itself ("ICYMI") is the link again.
const news = [
  'Ford is recalling 1.9 million Explorer SUVs because a trim piece can come off while driving https://cnb.example/rc1',
  'El ayuntamiento cierra el parque del Retiro por rachas de viento de hasta 90 km/h https://bit.example/rt1',
  'Die Stadt sperrt die Carolabrücke nach dem Teileinsturz für den gesamten Verkehr https://mdr.example/cb1',
  'La SNCF annonce une grève des contrôleurs le week-end du 15 février https://bit.example/sn1',
  'Prefeitura de Curitiba suspende as aulas da rede municipal por causa do frio intenso https://bit.example/cw1',
  'How we cut CI from 22 to 6 minutes, the three changes that mattered https://tidewater.example/ci-speed',
];
testRule(rule, {
  valid: [
    { text: 'Owners can look up their VIN on the Ford site and the repair is free https://cnb.example/rc1', ctx: { history: news, now }, note: 'another fact from the page' },
    { text: 'Does this cover the 2020 Explorer Hybrid too? The article never says https://cnb.example/rc1', ctx: { history: news, now }, note: 'a question' },
    {
      text: 'Step 3 is the one people skip: cache the lockfile hash, not the folder https://tidewater.example/ci-speed',
      ctx: { history: news, now },
      note: "someone else's page with a message of its own (no own domains set)",
    },
    { text: "I can't believe they let these SUVs on the road for five years https://cnb.example/rc1", ctx: { history: news, now }, note: 'a reaction in the first person' },
    { text: '"My job is to keep owners safe," Ford\'s safety chief told reporters https://cnb.example/rc1', ctx: { history: news, now }, note: 'a quote: its "my" is not the author' },
    { text: 'La previsión es que vuelva a abrir el lunes si amaina el temporal https://bit.example/rt1', ctx: { history: news, now, lang: 'es' }, note: 'es: another fact' },
    // A quote of someone in the page: their words, another message, even sharing more of its names (QUOTE_LIKENESS).
    { text: "Ford's safety chief on the Explorer recall: 'no injuries reported so far' https://cnb.example/rc1", ctx: { history: news, now }, note: 'a quote' },
    { text: 'La alcaldesa sobre el cierre del Retiro por el viento: "la seguridad es lo primero" https://bit.example/rt1', ctx: { history: news, now, lang: 'es' }, note: 'es: a quote' },
    { text: 'Die Stadt zur gesperrten Carolabrücke: „Ein Abriss ist unausweichlich“ https://mdr.example/cb1', ctx: { history: news, now, lang: 'de' }, note: 'de: a quote' },
    { text: 'Grève des contrôleurs SNCF : « nous n\'avons pas le choix », dit leur syndicat https://bit.example/sn1', ctx: { history: news, now, lang: 'fr' }, note: 'fr: a quote' },
    { text: "Prefeito de Curitiba sobre as aulas suspensas pelo frio: 'as crianças vêm primeiro' https://bit.example/cw1", ctx: { history: news, now, lang: 'pt' }, note: 'pt: a quote' },
    { text: 'Wie sollen Pendler jetzt über die Elbe kommen? Die Umleitung dauert ewig https://mdr.example/cb1', ctx: { history: news, now, lang: 'de' }, note: 'de: a question' },
    { text: 'Les billets pourront être échangés sans frais jusqu\'à vendredi https://bit.example/sn1', ctx: { history: news, now, lang: 'fr' }, note: 'fr: another fact' },
    { text: 'Os postos de saúde seguem funcionando normalmente, diz a secretaria https://bit.example/cw1', ctx: { history: news, now, lang: 'pt' }, note: 'pt: another fact' },
  ],
  invalid: [
    { text: 'Explorer recall: 1.9M Ford SUVs, a trim piece may fly off on the road https://cnb.example/rc1', ctx: { history: news, now }, flags: ['https://cnb.example/rc1'] },
    { text: 'Retiro cerrado por el viento, rachas de 90 km/h https://bit.example/rt1', ctx: { history: news, now, lang: 'es' }, flags: ['https://bit.example/rt1'] },
    { text: 'Carolabrücke nach Teileinsturz komplett gesperrt https://mdr.example/cb1', ctx: { history: news, now, lang: 'de' }, flags: ['https://mdr.example/cb1'] },
    { text: 'Grève des contrôleurs SNCF le week-end du 15 février https://bit.example/sn1', ctx: { history: news, now, lang: 'fr' }, flags: ['https://bit.example/sn1'] },
    { text: 'Frio intenso: Curitiba suspende aulas nas escolas municipais https://bit.example/cw1', ctx: { history: news, now, lang: 'pt' }, flags: ['https://bit.example/cw1'] },
    {
      text: 'Our write-up: caching node_modules, splitting tests by timing and skipping docker builds https://tidewater.example/ci-speed',
      ctx: { history: news, now },
      flags: ['https://tidewater.example/ci-speed'],
    },
    {
      text: 'Mi artículo, por fin: cómo sobrevivir a una semana sin coche en Madrid https://bit.example/rt1',
      ctx: { history: news, now, lang: 'es' },
      flags: ['https://bit.example/rt1'],
    },
    {
      text: 'Step 3 is the one people skip: cache the lockfile hash, not the folder https://tidewater.example/ci-speed',
      ctx: { history: news, now, own: { brands: [], domains: ['tidewater.example'] } },
      flags: ['https://tidewater.example/ci-speed'],
    },
    { text: 'ICYMI: owners can look up their VIN on the Ford site and the repair is free https://cnb.example/rc1', ctx: { history: news, now }, flags: ['https://cnb.example/rc1'] },
  ],
});

describe('repeated-link findings', () => {
  it('say when, where and how often, with the specifics as data', () => {
    const history = new HistoryIndex();
    history.add(fingerprint('Donate here: givecircle.example.org/westside-choir?src=fb', 'a', now - 9 * 86_400_000, true, 'facebook'));
    history.add(fingerprint('Every dollar counts: givecircle.example.org/westside-choir?src=fb2', 'b', now - 2 * 86_400_000, true, 'instagram'));
    const [hit] = runRule(rule, 'Last days! givecircle.example.org/westside-choir?src=fb3', { history, now });
    expect(hit!.data).toEqual({ days: 2, site: 'instagram', times: 2, preview: 'Every dollar counts: givecircle.example.org/westside-choir?src=fb2' });
    expect(hit!.messageId).toBe('repeatedLinkTimes');
    expect(hit!.message).toMatch(/^You shared this link in your post on Instagram 2 days ago .*, 2 times in all\.$/);
  });
});
