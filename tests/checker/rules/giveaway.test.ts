import rule from '../../../lib/checker/rules/giveaway';
import { testRule } from '../rule-tester';

testRule(rule, {
  valid: [
    { text: 'He never got a shot at the title after the injury.', note: 'a shot at something, no prize offered' },
    { text: 'Our school is raffling a quilt to fund the library roof, tickets are 2 dollars at the office', note: 'a raffle with tickets, not entry by engagement' },
    'We are giving away our old kiln to a school that needs one. Message the school board if you know one.',
    { text: 'The raffle at the school fair raised $800 for the library.', note: 'a raffle with no entry mechanics asked of readers' },
    'Congrats to the winners of the county art show, the ceramics category was stunning this year.',
    { text: "I'm giving away my old sewing machine to anyone who needs one, it still runs well.", note: 'a thing of the author’s given away, at no place of theirs' },
    { text: 'The shelter is giving away blankets at the town hall tonight.', note: 'a giveaway held at someone else’s place' },
    { text: 'Regalamos ropa de abrigo en la parroquia este sábado.', ctx: { lang: 'es' }, note: 'help given at a public place' },
    { text: 'And the winner is… my daughter, who finished her first marathon today!', note: 'a winner announced with no cash or coin: a family brag, not a draw' },
    { text: 'The winners of the science fair got $50 book vouchers from the library.', note: 'cash and winners, but no draw offered or announced' },
    { text: 'We are giving away our old kiln to a school, the money we saved goes to the library.', note: 'cash named but no winner: a gift' },
  ],
  invalid: [
    { text: 'Raffling two tickets on Friday, like and share to enter', flags: ['Raffling'] },
    { text: '🎉 GIVEAWAY 🎉 To enter: like our page, share this post and tag 3 friends!', flags: ['GIVEAWAY'] },
    { text: 'RT to win a signed copy of my novel! Follow me and retweet.', flags: ['to win'] },
    { text: 'We are giving away a quilt! Tag a friend who would love it.', flags: ['giving away'] },
    { text: 'SORTEO 🎁 Sígueme y etiqueta a 2 amigos', ctx: { lang: 'es' }, flags: ['SORTEO'] },
    { text: 'Retweet and tag two friends for a shot at a free signed print', flags: ['a shot at a free'] },
    // A draw for cash or coins: the cash buys the post's reach, whatever the entry asks.
    { text: 'giving away 100M $MLTL ($500) to folks who post the best content about the project, will DM winners tomorrow', flags: ['giving away'] },
    { text: 'And the winner is… @BerdRM_\n\nDrop us a DM and we’ll get the money over to you ASAP!', flags: ['And the winner is'] },
    { text: 'Share the proofs and one lucky winner will walk away with $5 in #Solana. Ends in 24h.', flags: ['one lucky winner will'] },
    { text: 'Y el ganador es… @ana_rm. Escríbenos y te mandamos el dinero hoy.', ctx: { lang: 'es' }, flags: ['Y el ganador es'] },
    { text: 'Und der Gewinner ist… @ben. Schreib uns, dann schicken wir dir das Geld.', ctx: { lang: 'de' }, flags: ['Und der Gewinner ist'] },
    { text: 'Et le gagnant est… @lea ! Écris-nous en DM pour recevoir l’argent.', ctx: { lang: 'fr' }, flags: ['Et le gagnant est'] },
    { text: 'E o vencedor é… @rui! Manda DM que a gente envia o dinheiro hoje.', ctx: { lang: 'pt' }, flags: ['E o vencedor é'] },
    // A draw held on the author's own channel brings viewers to it, whatever entry asks.
    { text: '$500 giveaway this Friday on my stream, three winners', flags: ['giveaway'] },
    { text: 'Sorteo de 3 camisetas en mi canal el viernes', ctx: { lang: 'es' }, flags: ['Sorteo'] },
    { text: 'Tonight on my channel I am running a giveaway: three signed prints for the folks in chat', flags: ['giveaway'] },
    { text: 'Sorteo en mi canal el domingo: tres libros de cocina firmados', ctx: { lang: 'es' }, flags: ['Sorteo'] },
    { text: 'Gewinnspiel auf meinem Kanal heute Abend: drei Kochbücher zu gewinnen', ctx: { lang: 'de' }, flags: ['Gewinnspiel'] },
    { text: 'Concours sur ma chaîne ce soir : trois livres de recettes à gagner', ctx: { lang: 'fr' }, flags: ['Concours'] },
    { text: 'Sorteio no meu canal hoje à noite: três livros de receitas autografados', ctx: { lang: 'pt' }, flags: ['Sorteio'] },
  ],
});
