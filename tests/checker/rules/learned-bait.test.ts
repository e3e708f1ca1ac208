import { describe, expect, it } from 'vitest';
import { check } from '../../../lib/checker';
import rule from '../../../lib/checker/rules/learned-bait';
import { testRule } from '../rule-tester';

// The spans are the words the shipped weights weighed most; retraining (npm run train) may move them.
testRule(rule, {
  valid: [
    { text: 'Congrats!!', ctx: { reply: true }, note: 'brief warmth in a reply is never missing value' },
    { text: 'Sorry for your loss', ctx: { reply: true }, note: 'sympathy in a reply' },
    { text: 'Thanks so much for the kind words everyone', note: 'thanks' },
    { text: 'Road closed between exit 4 and 5 until 6pm, use Route 9', note: 'informative, with numbers' },
    { text: 'Magnitude 5.1 earthquake 40 km north of the city at 2:14am, no damage reported so far', note: 'informative' },
    { text: 'Check out my new song, link in bio', note: 'a pitch: self-promotion names it, not "teases"' },
    { text: 'These photos show 112 homes lost in the wildfire http://t.co/x', note: 'tells the news of an event with its number' },
    // Personal and fan posts hold nothing back: the model's headline reading of "the best", "so talented" is no teaser.
    { text: 'Had the best weekend with my family at the lake', note: 'a status update: nothing withheld' },
    { text: 'Katy Perry is so talented, I love this song so much', note: 'a fan’s opinion: nothing withheld' },
    { text: 'Happy birthday to the best mom in the world ❤️', note: 'a wish: nothing withheld' },
    { text: 'This is why I love autumn 🍂', note: 'the author captions their own life' },
    { text: 'What should we name our new puppy?', note: 'a real question about the author’s own life' },
    // A plain statement about someone the writer knows, opened with "he"/"ele" (teaser lexicon knownSubjects): the
    // model's strict-sensitivity reading of "mesmo… ainda" is no teaser, in five languages.
    { text: 'Ele usa o mesmo tênis há cinco anos e ainda corre 10 km por dia', ctx: { lang: 'pt', sensitivity: 'strict' }, note: 'a statement about someone' },
    { text: 'He has worn the same running shoes for five years and still runs 10 km a day', ctx: { sensitivity: 'strict' }, note: 'a statement about someone' },
    { text: 'Ella lleva cinco años con las mismas zapatillas y todavía corre 10 km al día', ctx: { lang: 'es', sensitivity: 'strict' }, note: 'a statement about someone' },
    { text: 'Er trägt seit fünf Jahren dieselben Laufschuhe und läuft immer noch 10 km am Tag', ctx: { lang: 'de', sensitivity: 'strict' }, note: 'a statement about someone' },
    { text: 'Il porte les mêmes baskets depuis cinq ans et court encore 10 km par jour', ctx: { lang: 'fr', sensitivity: 'strict' }, note: 'a statement about someone' },
  ],
  invalid: [
    // The same statement with a hidden subject ("este homem") reads as a headline's teaser under strict sensitivity.
    { text: 'Este homem usa o mesmo tênis há cinco anos e ainda corre 10 km por dia', ctx: { lang: 'pt', sensitivity: 'strict' }, flags: ['Este homem usa o mesmo tênis há cinco anos'] },
    { text: '17 things you didn\'t know about sharks', flags: ["17 things you didn't know"] },
    { text: 'You won\'t believe what this dog did', flags: ["You won't believe what this dog"] },
    { text: 'Which of these 12 cats are you?', flags: ['Which of these 12 cats are you'] },
    { text: '10 cosas que no sabías sobre el café', ctx: { lang: 'es' }, flags: ['10 cosas que no sabías sobre'] },
    { text: 'Can you guess which celebrity this is?', flags: ['Can you guess which celebrity this is'] },
    // An announced win withholds nothing either; the hint then says it has nothing for the reader (tooShortBrag).
    {
      text: 'Feliz em anunciar que fui aprovada no processo seletivo do Itaú! 🙏 Gratidão a todos que torceram por mim.',
      ctx: { lang: 'pt' },
      flags: ['que fui aprovada no processo seletivo do Itaú! 🙏 Gratidão a todos que torceram por'],
    },
  ],
});

// A question to the audience keeps nothing back: the hint says it gives no answer of the author's, not that it teases.
describe('a question that asks readers for their own answer', () => {
  it.each([
    ["What's one book that changed how you work?", 'en'],
    ["What's Your Go-To Cheap Dinner Recipe", 'en'],
  ] as const)('%s', (text, lang) => {
    const ids = check(text, { lang }).findings.map((f) => f.messageId);
    expect(ids).toContain('readerQuestion');
    expect(ids).not.toContain('learnedBait');
    expect(ids).not.toContain('clickbaitTeaser');
  });

  it.each([
    ['What are you reading this weekend?', 'en'],
    ['¿Cuál es tu libro favorito de este año?', 'es'],
    ['Qual é o seu livro favorito?', 'pt'],
  ] as const)('is not called a teaser: %s', (text, lang) => {
    const rules = check(text, { lang }).findings.map((f) => f.rule);
    expect(rules).not.toContain('clickbait-teaser');
  });

  // The reader's own week or team asked after ("How did your team find this week?"): no teaser, whatever the prompt after.
  it.each([
    ['How did your team find this week? Tell us in the comments.', 'en'],
    ['How was your first week back at school? Tell us in the comments.', 'en'],
    ['¿Cómo ha vivido tu equipo esta semana? Cuéntanoslo en los comentarios.', 'es'],
    ['Wie hat dein Team diese Woche erlebt? Erzählt es uns in den Kommentaren.', 'de'],
    ['Comment votre équipe a vécu cette semaine ?', 'fr'],
    ['Comment votre équipe a vécu cette semaine ? Dites-le-nous en commentaire.', 'fr'],
    ['Como sua equipe viveu esta semana? Conta pra gente nos comentários.', 'pt'],
  ] as const)('the reader’s own week is no teaser: %s', (text, lang) => {
    const ids = check(text, { lang }).findings.map((f) => f.messageId);
    expect(ids).not.toContain('learnedBait');
    expect(ids).not.toContain('clickbaitTeaser');
  });

  it('a quiz to the reader still teases', () => {
    expect(check('Can you guess which celebrity this is?', { lang: 'en' }).findings.map((f) => f.rule)).toContain('clickbait-teaser');
  });
});
