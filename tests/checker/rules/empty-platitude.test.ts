import rule from '../../../lib/checker/rules/empty-platitude';
import { testRule } from '../rule-tester';

testRule(rule, {
  valid: [
    'Consistency is key: I posted one glaze test every day for 90 days and my sales doubled, mostly from people who watched the whole series.',
    { text: 'Shipped the new release today #motivation', note: 'a tag alone is not a platitude' },
    { text: 'Block your first hour for deep work, before email and chat. #productivity #mindset #motivation', note: 'a tip under motto tags' },
    { text: 'Heute meinen ersten Halbmarathon gelaufen, 2:04 Stunden! #Motivation #Erfolg', ctx: { lang: 'de' }, note: 'a story with its figure' },
    { text: 'Fiz meu primeiro pão de fermentação natural hoje #motivação #inspiração', ctx: { lang: 'pt' }, note: 'the author’s own day, not a motto' },
    'Keep going: the second coat always looks worse before it dries. Wait 20 minutes before judging it.',
    { text: 'Thoughts and prayers to you and your family ❤️', ctx: { reply: true }, note: 'sympathy in a reply is warmth to someone' },
    { text: 'Off-duty officer shot and killed at the airport terminal. My thoughts and prayers go to the family.', note: 'it reports what happened' },
    { text: 'Praying for everyone in the valley. The Red Cross shelter at Lincoln High takes donations of blankets until 8pm.', note: 'a way to help and a detail' },
    { text: 'Mis condolencias a las familias. El ayuntamiento ha abierto un punto de ayuda en la plaza mayor.', ctx: { lang: 'es' }, note: 'says where to get help' },
    { text: 'Really worried. The valley is affected by a strong earthquake. My prayers go out to them.', note: 'a report beside the prayer' },
    { text: 'Hay incendios que se propagan hacia el norte del valle. Cuídense mucho, mis oraciones con ustedes.', ctx: { lang: 'es' }, note: 'says where the fire spreads' },
    { text: "Le village est touché par de fortes inondations. Mes pensées vont aux habitants.", ctx: { lang: 'fr' }, note: 'the news first, then the sympathy' },
    { text: "La réussite de la campagne tient à 3 choses : 40 bénévoles, 12 000 € de dons et un local prêté par la mairie.", ctx: { lang: 'fr' }, note: 'a success described with its specifics' },
    { text: 'Die richtige Einstellung ist alles, sagt sie, und zeigt ihre 3 Übungen: Atmen, Dehnen, 10 Minuten Gehen.', ctx: { lang: 'de' }, note: 'the motto comes with what to do' },
    { text: 'The mayor says her thoughts and prayers are with the families of the crew lost in the helicopter crash', note: 'reported sympathy: news of a statement' },
    { text: 'The prime minister sends condolences to the victims of the train crash', note: 'a statement reported, not the author’s platitude' },
    { text: 'El rey envía sus condolencias a las familias de las víctimas del terremoto', ctx: { lang: 'es' }, note: 'reported condolences in Spanish' },
    { text: 'Stay safe and dry everyone! For anyone in the affected areas, https://example.org/flood-help', note: 'a link handed to those affected' },
    { text: 'Prayers for those affected. Volunteers needed at the sandbag site on 5th Street', note: 'sympathy with a way to help' },
    { text: 'Pensées aux sinistrés. On cherche des bénévoles pour remplir les sacs de sable', ctx: { lang: 'fr' }, note: 'a way to help, in French' },
  ],
  invalid: [
    { text: 'I just want to say thoughts and prayers to everyone affected', flags: ['I just want to say thoughts and prayers to everyone affected'] },
    { text: 'Stay safe everyone! https://example.org/photo', flags: ['Stay safe everyone!'] },
    {
      text: "Success isn't about how many times you fall.\n\nIt's about how many times you get back up.\n\nKeep going. 🚀\n\n#motivation #mindset",
      flags: ["Success isn't about how many times you fall.\n\nIt's about how many times you get back up.\n\nKeep going."],
    },
    { text: 'Grateful. Blessed. Motivated. 🙏', flags: ['Grateful. Blessed. Motivated.'] },
    // A short saying filed under two motto tags is the motto itself, even in words no platitude list holds.
    {
      text: 'Quien deja de aprender empieza a envejecer. #motivación #frasedeldía',
      ctx: { lang: 'es' },
      flags: ['Quien deja de aprender empieza a envejecer.'],
    },
    { text: 'The best teams argue about ideas, never about people. #leadership #mindset #quotes', flags: ['The best teams argue about ideas, never about people.'] },
    { text: 'Le talent ouvre la porte, la constance la garde ouverte. #citation #motivation', ctx: { lang: 'fr' }, flags: ['Le talent ouvre la porte, la constance la garde ouverte.'] },
    { text: 'Never give up on your dreams 💪', flags: ['Never give up on your dreams 💪'] },
    { text: 'Nunca te rindas. Cree en ti. 💫', ctx: { lang: 'es' }, flags: ['Nunca te rindas. Cree en ti.'] },
    { text: 'Thoughts and prayers to everyone affected 🙏 #prayforboston', flags: ['Thoughts and prayers to everyone affected 🙏'] },
    { text: 'My heart goes out to the families.', flags: ['My heart goes out to the families.'] },
    {
      text: 'Praying for everyone affected by the floods in the valley.',
      flags: ['Praying for everyone affected by the floods in the valley.'],
    },
    { text: 'Oremos por los afectados por el terremoto 🙏', ctx: { lang: 'es' }, flags: ['Oremos por los afectados por el terremoto 🙏'] },
    { text: 'Oremos por México 🙏', ctx: { lang: 'es' }, flags: ['Oremos por México 🙏'] },
    { text: 'Mes pensées vont aux victimes.', ctx: { lang: 'fr' }, flags: ['Mes pensées vont aux victimes.'] },
    { text: "Le succès, c'est avant tout un état d'esprit 💪", ctx: { lang: 'fr' }, flags: ["Le succès, c'est avant tout un état d'esprit 💪"] },
    { text: 'La disciplina vence al talento. Siempre.', ctx: { lang: 'es' }, flags: ['La disciplina vence al talento.'] },
    { text: 'O sucesso começa na mentalidade 🚀', ctx: { lang: 'pt' }, flags: ['O sucesso começa na mentalidade 🚀'] },
  ],
});
