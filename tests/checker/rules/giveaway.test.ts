import rule from '../../../lib/checker/rules/giveaway';
import { testRule } from '../rule-tester';

testRule(rule, {
  valid: [
    { text: 'Our school is raffling a quilt to fund the library roof, tickets are 2 dollars at the office', note: 'a raffle with tickets, not entry by engagement' },
    'We are giving away our old kiln to a school that needs one. Message the school board if you know one.',
    { text: 'The raffle at the school fair raised $800 for the library.', note: 'a raffle with no entry mechanics asked of readers' },
    'Congrats to the winners of the county art show, the ceramics category was stunning this year.',
  ],
  invalid: [
    { text: 'Raffling two tickets on Friday, like and share to enter', flags: ['Raffling'] },
    { text: '🎉 GIVEAWAY 🎉 To enter: like our page, share this post and tag 3 friends!', flags: ['GIVEAWAY'] },
    { text: 'RT to win a signed copy of my novel! Follow me and retweet.', flags: ['to win'] },
    { text: 'We are giving away a quilt! Tag a friend who would love it.', flags: ['giving away'] },
    { text: 'SORTEO 🎁 Sígueme y etiqueta a 2 amigos', ctx: { lang: 'es' }, flags: ['SORTEO'] },
  ],
});
