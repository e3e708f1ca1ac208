import rule from '../../../lib/checker/rules/clickbait-teaser';
import { testRule } from '../rule-tester';

testRule(rule, {
  valid: [
    { text: "Here's why our deploys got faster: we cache the Docker layers and run the 400 unit tests in 8 parallel shards.", note: 'the answer follows the colon' },
    { text: 'Did you know that a teaspoon of honey is the life work of about twelve bees?', note: 'the fact is in the clause' },
    {
      text: 'Our CI took 40 minutes and nobody could say why. Three of us spent a week profiling it and found one test suite spinning up a database per test. This is why we now share one database per worker.',
      note: '"this is why" points back at the story it follows',
    },
    {
      text: '3 things I check before every release:\n1. the changelog mentions every migration\n2. the rollback script ran on staging\n3. on-call knows the release time',
      note: 'the listicle delivers its list',
    },
    { text: 'You won’t believe it until you try it', ctx: { reply: true }, note: 'a reply, not a feed teaser' },
    { text: 'Así que mañana cerramos la oficina a las 14:00 por la mudanza.', ctx: { lang: 'es' }, note: '"así que" is a connector, not a pointer' },
    { text: 'Voici pourquoi nous fermons lundi : la chaudière est en panne et le technicien passe mardi matin.', ctx: { lang: 'fr' }, note: 'the reason follows' },
    { text: 'Veja o que mudou na versão 2.1: o login por e-mail voltou e a exportação em CSV ficou dez vezes mais rápida.', ctx: { lang: 'pt' }, note: 'the answer follows the colon' },
    { text: 'Das passiert, wenn der Cache voll ist: der Server liefert alte Seiten aus, bis man ihn neu startet.', ctx: { lang: 'de' }, note: 'the answer follows the colon' },
    { text: '¿Sabías que el 70% del cuerpo humano es agua?', ctx: { lang: 'es' }, note: 'the fact is in the clause' },
    { text: 'New zine out now! 24 pages of risograph comics about growing up above a laundromat.', note: 'a count of pages is a fact, not a listicle' },
    { text: '130 dead after torrential rains in the north of the country', note: 'a count of casualties is news' },
    { text: 'Here is how to help: the shelter at Lincoln High needs blankets', note: 'a pointer to help, and it is answered' },
    { text: 'This is what the sun looks like in Colorado with all the smoke http://t.co/abc', note: 'the sentence names what and where the photo shows' },
    { text: '#SGHaze: PSI now at 155 as of 10pm. Here\'s the health advisory from @NEAsg http://t.co/tvG4b', note: 'says what it presents and whose it is' },
    { text: 'Esto es lo que queda del puente de Letur tras la riada', ctx: { lang: 'es' }, note: 'names the place the picture shows' },
  ],
  invalid: [
    { text: "17 Things You Didn't Know About Sloths", flags: ["17 Things You"] },
    { text: 'you won’t believe what happened next 😱 bit.ly/abc', flags: ['you won’t believe', 'what happened next'] },
    { text: 'This is why you should never leave your dog in a hot car', flags: ['This is why'] },
    { text: 'This is what the sun does to your skin in just one hour', flags: ['This is what'] },
    { text: "Here's what happens when you stop drinking coffee for a month", flags: ["Here's what happens"] },
    { text: 'Así reaccionó el público al ver a la cantante', ctx: { lang: 'es' }, flags: ['Así reaccionó'] },
    { text: 'No vas a creer lo que pasó después', ctx: { lang: 'es' }, flags: ['No vas a creer', 'lo que pasó después'] },
    { text: 'So reagiert das Netz auf den neuen Trainer', ctx: { lang: 'de' }, flags: ['So reagiert'] },
    { text: "Voici pourquoi votre chat vous ignore", ctx: { lang: 'fr' }, flags: ['Voici pourquoi'] },
    { text: 'Você não vai acreditar no que ela fez', ctx: { lang: 'pt' }, flags: ['Você não vai acreditar'] },
    { text: 'Descubre el truco para limpiar tu horno', ctx: { lang: 'es' }, flags: ['Descubre el'] },
    { text: 'Las 10 series que tienes que ver este año', ctx: { lang: 'es' }, flags: ['Las 10 series', 'tienes que ver este'] },
    { text: '27 motorcycle jackets under $100 to cozy up in this fall', flags: ['27 motorcycle jackets under'] },
    { text: 'Can you guess the movie from one frame? 🎬', flags: ['Can you guess'] },
  ],
});
