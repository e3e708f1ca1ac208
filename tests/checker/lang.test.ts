// Language detection from function words, and the promise that posts in languages without phrase lists get no
// false findings.
import { describe, expect, it } from 'vitest';
import { check } from '../../lib/checker';
import { detectLang } from '../../lib/checker/lang';
import { parse } from '../../lib/checker/text';

const detect = (text: string) => detectLang(parse(text).words);

describe('detectLang', () => {
  it.each([
    ['en', 'I have been job hunting for five months and this is what worked for me.'],
    ['es', 'Después de 40 entrevistas en 6 meses, esto es lo que más me ayudó a conseguir trabajo.'],
    ['de', 'Was wir in drei Jahren Ehrenamtskoordination gelernt haben, und warum es sich lohnt.'],
    ['fr', "Petite astuce pour les doctorants : tenez un journal de bord de votre recherche, c'est utile."],
    ['pt', 'Obrigada a todas as voluntárias da campanha do agasalho, que já foram entregues.'],
    ['fr', 'Petite astuce de jardinier : arrosez le matin plutôt que le soir, les limaces adorent la terre humide la nuit.'],
    ['pt', 'Dica: o pão de ló não murcha se você deixar o forno entreaberto por dez minutos. Aprendi com a minha avó.'],
    // Short posts with no function word: a thanks, a wish or a greeting still says the language.
    ['es', 'Felicidades Marta!! 🎉'],
    ['de', 'Danke Jonas!'],
    ['fr', 'Merci Léa !'],
    ['pt', 'Parabéns Carol!!'],
    ['en', 'Congrats Sam!!'],
    ['en', 'gm ☕'],
    ['en', 'lol'],
    ['und', 'Consiglio per chi coltiva pomodori sul balcone: annaffiate la mattina presto e mai sulle foglie.'],
    ['und', '今日は新しいカメラで初めて夕焼けを撮りました。'],
    ['und', 'Wie heeft er ervaring met het repareren van een lekkende kraan? Ik heb al een nieuw rubbertje geprobeerd.'],
    ['und', 'مرحبا بالعالم، هذا منشور قصير'],
  ])('reads %s', (lang, text) => {
    expect(detect(text)).toBe(lang);
  });
});

describe('posts in languages without phrase lists', () => {
  it.each([
    'Consiglio per chi coltiva pomodori sul balcone: annaffiate la mattina presto e mai sulle foglie. Da quando lo faccio non ho più muffa.',
    'Grazie mille a tutti quelli che sono venuti al mercatino di sabato! Abbiamo raccolto 600 euro per il canile.',
    '今日は新しいカメラで初めて夕焼けを撮りました。設定はISO100、絞りF8です。意外とうまく撮れました！',
    '新しいパン屋さんが駅前にオープンしました。クロワッサンがとても美味しかったです。',
    'Wie heeft er ervaring met het repareren van een lekkende kraan? Ik heb al een nieuw rubbertje geprobeerd maar het blijft druppelen.',
  ])('get no findings: %s', (text) => {
    expect(check(text).findings).toEqual([]);
  });

  it('still get language-free findings: the same link again, a wall of tags', () => {
    const earlier = ['Nuovo articolo sul blog: blog.example.it/pomodori?utm_source=fb'];
    const report = check('Nuovo articolo sul blog, leggetelo! blog.example.it/pomodori?utm_source=x', { history: earlier });
    expect(report.findings.map((f) => f.rule)).toContain('repeated-link');
    const tags = check('#pomodori #orto #balcone #giardino #estate #verdura', { platform: 'x' });
    expect(tags.families).toContain('missing-value');
  });
});
