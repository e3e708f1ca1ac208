// Other people's words and other people's wins (speech-probes.ts: our own writing, a probe, not fair evidence).
// Reported speech ("my brother says I'm looking for work") is not the author's ask, unless it turns to the readers or
// the post links; congratulations to a named person ("Congrats to our intern Sam") credit them, the author's own win
// or team does not. Five languages each.
import { describe, expect, it } from 'vitest';
import { check, ruleInput } from '../../lib/checker';
import { ASK_LEXICONS, fold } from '../../lib/checker/lexicon';
import { reportedAsk } from '../../lib/checker/speech';
import type { Lang } from '../../lib/checker/types';
import { CREDIT, OWN_CREDIT, REPORTED, REPORTED_PITCH, type SpeechProbe } from './speech-probes';

const LANGS = ['en', 'es', 'de', 'fr', 'pt'] as const;
const run = (p: SpeechProbe) => check(p.text, { lang: p.lang });
const row = (p: SpeechProbe) => [p.lang, p.text, p] as const;

describe('the probe tables', () => {
  it('hold every language, fire and quiet rows for both gaps', () => {
    for (const lang of LANGS) {
      for (const [name, rows] of Object.entries({ REPORTED, REPORTED_PITCH, CREDIT, OWN_CREDIT })) {
        expect(rows.some((p) => p.lang === lang), `${name} ${lang}`).toBe(true);
      }
    }
    expect(REPORTED.length + REPORTED_PITCH.length).toBeGreaterThanOrEqual(20);
    expect(CREDIT.length + OWN_CREDIT.length).toBeGreaterThanOrEqual(20);
  });
});

describe("someone else's words reported are not the author's ask", () => {
  it.each(REPORTED.map(row))('%s: %s', (_l, text, p) => {
    const r = run(p);
    expect(r.findings.filter((f) => f.family === 'self-promotion').map((f) => `${f.rule}: ${text.slice(f.start, f.end)}`)).toEqual([]);
    expect(r.kind).not.toBe('take');
  });
});

describe('a pitch in reported words that turns to the readers or links is still a pitch', () => {
  it.each(REPORTED_PITCH.map(row))('%s: %s', (_l, _t, p) => {
    const r = run(p);
    expect(r.findings.map((f) => f.family)).toContain('self-promotion');
    expect(r.kind).toBe('take');
  });
});

describe("congratulations to a named person credit them", () => {
  it.each(CREDIT.map(row))('%s: %s', (_l, text, p) => {
    const r = run(p);
    expect(r.findings.map((f) => `${f.rule}: ${text.slice(f.start, f.end)}`)).toEqual([]);
    expect(r.kind).toBe('give');
  });
});

describe("the author's own win dressed as credit does not give", () => {
  it.each(OWN_CREDIT.map(row))('%s: %s', (_l, _t, p) => {
    expect(run(p).kind).not.toBe('give');
  });
});

describe('reportedAsk', () => {
  const reported = (text: string, words: string, lang: Lang = 'en') => {
    const input = ruleInput(text, { lang });
    const start = text.indexOf(words);
    return reportedAsk(input.doc, input.phrases, input.evidence.lower, input.evidence.sentences, { start, end: start + words.length });
  };
  it.each([
    ['en', "Sam says I'm looking for a job, which is news to me.", "I'm looking for a job"],
    ['es', 'Todo el mundo me dice que abra un canal de YouTube.', 'abra un canal'],
    ['de', 'Meine Mutter meint, ich solle einen Onlineshop eröffnen.', 'ich solle'],
    ['fr', "Mon prof m'a dit de m'abonner à sa chaîne.", "m'abonner"],
    ['pt', 'Meu chefe me disse para seguir a página dele.', 'seguir a página'],
  ] as const)('%s: reported: %s', (lang, text, words) => {
    expect(reported(text, words, lang)).toBe(true);
  });
  it.each([
    ['en', "I say I'm looking for a job and I mean it.", "I'm looking for a job", 'the author speaks'],
    ['en', 'My friend says you should all subscribe to my channel', 'subscribe to my channel', 'turned to the readers'],
    ['en', 'Everyone says follow me for daily tips', 'follow me', 'no "that", "to" or subject opens a reported clause: the author’s imperative'],
    ['en', 'People say I sound like Eminem, pls give my channel a chance', 'give my channel', 'after a comma: the author again'],
    ['es', 'Mi amigo dice que todos deberíais suscribiros a mi canal', 'suscribiros a mi canal', 'vosotros: the readers'],
    ['de', 'Mein Bruder sagt, ich suche einen Job, aber ich suche wirklich einen Job', 'ich suche wirklich', '"aber" goes back to the author'],
    ['fr', 'Tout le monde dit de visiter ma boutique : https://maboutique.example.fr', 'visiter ma boutique', 'a link: the post points somewhere'],
    ['pt', 'Eu digo que estou procurando emprego', 'estou procurando emprego', 'the author speaks'],
  ] as const)('%s: not reported: %s (%s)', (lang, text, words, _why) => {
    expect(reported(text, words, lang)).toBe(false);
  });
});

describe('the speech lexicons (lib/checker/lexicon/<lang>.ts)', () => {
  it.each(LANGS)('%s: the example reports someone else’s words after a listed speaker and verb of saying', (lang) => {
    const lex = ASK_LEXICONS[lang]!.speech;
    const text = lex.example;
    const input = ruleInput(text, { lang });
    const words = input.evidence.lower.map(fold);
    const verb = words.findIndex((w, i) => lex.say.includes(w) && words.slice(Math.max(0, i - 3), i).some((s) => lex.speakers.includes(s)));
    expect(verb, text).toBeGreaterThan(0);
    // The reported words: from the word after the verb to the next clause break.
    const start = input.doc.words[verb + 1]!.start;
    const brk = text.slice(start).search(/[,;:]/);
    const end = brk < 0 ? text.length : start + brk;
    expect(reportedAsk(input.doc, input.phrases, input.evidence.lower, input.evidence.sentences, { start, end }), text.slice(start, end)).toBe(true);
  });
});

// A relative or the author telling about the author is no source of news (speech.ts saidByOwnCircle); a named
// source or an outlet still reports, and so does a relative telling of something else ("the water is rising").
describe('reported speech about the author is not news', () => {
  const informs = (text: string, lang: Lang) => check(text, { lang, platform: 'x' }).signals.some((s) => s.signal === 'informing');
  it.each([
    ['en', "My brother says I'm looking for a job in the wrong places. Maybe he's right, 40 applications in three months."],
    ['es', 'Mi hermano dice que busco trabajo en los sitios equivocados. Quizás tenga razón, 40 solicitudes en tres meses.'],
    ['de', 'Mein Bruder sagt, ich suche seit drei Monaten an den falschen Stellen nach einem Job. 40 Bewerbungen bisher.'],
    ['de', 'Mein Bruder sagt, ich suche einen Job, der zu mir passt. Vielleicht hat er recht.'],
    ['fr', 'Mon frère dit que je cherche du travail aux mauvais endroits. Il a peut-être raison, 40 candidatures en trois mois.'],
    ['pt', 'Meu irmão diz que estou procurando emprego nos lugares errados. Talvez ele tenha razão, 40 candidaturas em três meses.'],
  ] as const)('%s: %s', (lang, text) => {
    expect(informs(text, lang)).toBe(false);
    expect(check(text, { lang, platform: 'x' }).kind).not.toBe('give');
  });
  it.each([
    ['en', 'Police say the A7 is closed until 6pm after a crash near Hamburg, two people injured.'],
    ['es', 'La policía dice que la A7 está cortada hasta las 18 h por un accidente cerca de Hamburgo, dos heridos.'],
    ['de', 'Die Polizei sagt, die A7 ist bis 18 Uhr gesperrt. Zwei Verletzte in Hamburg.'],
    ['fr', "La police dit que l'A7 est fermée jusqu'à 18 h après un accident près de Hambourg, deux blessés."],
    ['pt', 'A polícia diz que a A7 está fechada até as 18h após um acidente perto de Hamburgo, dois feridos.'],
  ] as const)('a source still reports: %s: %s', (lang, text) => {
    expect(informs(text, lang)).toBe(true);
  });
  // One's own people telling of a place shared with the readers ("our street") or of a hazard ("our basement is
  // flooding") report news to readers nearby; "our" there is the neighbourhood's, not the author's.
  it.each([
    ['en', 'My sister says the water is rising fast on our street, already 30 cm by the school gate since noon.'],
    ['en', 'My dad says our basement is flooding, 20 cm of water since 6am, the whole block lost power.'],
    ['es', 'Mi hermana dice que el agua sube rápido en nuestra calle, ya 30 cm frente a la escuela desde el mediodía.'],
    ['de', 'Meine Schwester sagt, das Wasser steigt schnell in unserer Straße, schon 30 cm am Schultor seit Mittag.'],
    ['fr', "Ma sœur dit que l'eau monte vite dans notre rue, déjà 30 cm devant l'école depuis midi."],
    ['pt', 'Minha irmã diz que a água está subindo rápido na nossa rua, já 30 cm no portão da escola desde o meio-dia.'],
  ] as const)('a shared place or a hazard is news: %s: %s', (lang, text) => {
    expect(informs(text, lang)).toBe(true);
  });
});
