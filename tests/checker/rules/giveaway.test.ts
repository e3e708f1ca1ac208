import rule from '../../../lib/checker/rules/giveaway';
import { testRule } from '../rule-tester';

testRule(rule, {
  valid: [
    // A competitive exam for a post or a school, not a contest with a prize.
    { text: 'Pour ceux qui passent le concours de professeur des écoles : les annales 2019-2024 sont gratuites sur le site du ministère.', ctx: { lang: 'fr' }, note: 'the teachers\' exam' },
    { text: "Je prépare le concours de l'ENS, des conseils pour l'oral ?", ctx: { lang: 'fr' }, note: 'an entrance exam' },
    { text: 'Para quien prepare el concurso de méritos de educación: la lista sale el 15 de enero en el BOE.', ctx: { lang: 'es' }, note: 'a civil-service merit competition' },
    // A result reported: a side or a candidate won its title, nothing offered to readers.
    { text: 'Real Madrid beat Borussia Dortmund 2-0 at Wembley to win their 15th Champions League title https://t.co/Xk2', note: 'a result' },
    { text: 'Manchester City beat Inter 1-0 in Istanbul to win the Champions League for the first time', note: 'a result' },
    { text: "Penélope Cruz gana un Goya a la mejor actriz por 'Madres paralelas'", ctx: { lang: 'es' }, note: 'an award won, reported' },
    { text: 'México gana una medalla de oro en clavados en los Juegos Panamericanos', ctx: { lang: 'es' }, note: 'a medal won, reported' },
    { text: 'She needs 270 electoral votes to win the election, and polls show her at 226', note: 'a race, not a draw' },
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
    // A chance to win said of a game or a strategy, with no entry by engagement: advice, not a draw.
    { text: 'In ranked you can win a lot of lane fights just by holding your shield until their second dash.', note: 'a win in a game, no entry asked' },
    { text: 'Con este mazo puedes ganar una partida en 6 turnos si guardas las pociones para el final.', ctx: { lang: 'es' } },
    { text: 'Mit diesem Deck gewinnt ihr ein Match meistens in 6 Zügen, wenn ihr die Tränke bis zum Ende aufhebt.', ctx: { lang: 'de' } },
    { text: 'Bayern München gewinnt 4:0 gegen Darmstadt, markiert euren Kumpel, der auf Darmstadt gewettet hat 😂', ctx: { lang: 'de' }, note: 'a score, not a prize' },
    { text: 'Avec ce deck tu peux gagner une partie en 6 tours si tu gardes les potions pour la fin.', ctx: { lang: 'fr' } },
    { text: 'Com esse deck você pode ganhar uma partida em 6 turnos se guardar as poções pro final.', ctx: { lang: 'pt' } },
    // A thing handed out to everyone with no strings ("no email, no sign-up"), at a link that only says where to take
    // it: no prize, entry or draw (policy handsOver).
    { text: "We're giving away the pricing template we use for every client proposal: the three tiers, the scope table and the change-request clause. It's a Google Sheet, no email, no sign-up, just make a copy: link in the first comment.", ctx: { platform: 'linkedin' }, note: 'a free template handed out' },
    { text: 'Regalamos la plantilla de presupuestos que usamos con cada cliente: tres niveles de precio y tabla de alcance. Es un Google Sheet, sin registro ni email, solo haz una copia: enlace en el primer comentario.', ctx: { lang: 'es', platform: 'linkedin' }, note: 'una plantilla regalada' },
  ],
  invalid: [
    // The same handout with a draw, a prize or a follow asked: a giveaway again.
    { text: "We're giving away 3 pricing templates! No sign-up needed, just follow us, like this post and tag a friend to win. Winners picked Friday.", ctx: { platform: 'instagram' }, flags: ['giving away'] },
    { text: 'Giving away our course template, no sign-up! Follow @studio and comment TEMPLATE to get it.', ctx: { platform: 'instagram' }, flags: ['Giving away'] },
    { text: '¡Regalamos 3 plantillas! Sin registro: sigue la cuenta, dale like y etiqueta a un amigo para participar en el sorteo.', ctx: { lang: 'es', platform: 'instagram' }, flags: ['Regalamos'] },
    // blind15: entry written as a list of infinitives, or as a composed ask, in four languages.
    { text: "🎉 GEWINNSPIEL 🎉 Wir verlosen einen Gutschein über 50 €! So geht's: Seite liken, Beitrag teilen und zwei Freunde markieren. Viel Glück!", ctx: { lang: 'de', platform: 'facebook' }, flags: ['GEWINNSPIEL'] },
    { text: '🎉 SORTEO 🎉 Sorteamos una cesta de productos locales. Para participar: seguir la cuenta, dar like a la foto y etiquetar a 2 amigos. ¡Suerte!', ctx: { lang: 'es', platform: 'instagram' }, flags: ['SORTEO'] },
    { text: "🎉 CONCOURS 🎉 On fait gagner un panier garni ! Pour participer : liker la publication, s'abonner au compte et identifier 2 amis. Bonne chance !", ctx: { lang: 'fr', platform: 'instagram' }, flags: ['CONCOURS'] },
    { text: '🎉 SORTEIO 🎉 Vamos sortear um cabaz de produtos regionais! Para participar: seguir a página, gostar da publicação e identificar 2 amigos. Boa sorte!', ctx: { lang: 'pt', platform: 'instagram' }, flags: ['SORTEIO'] },
    { text: "Le concours est ouvert jusqu'à dimanche : abonnez-vous et commentez pour gagner !", ctx: { lang: 'fr' }, flags: ['concours'] },
    { text: 'CONCOURS 🎁 Pour gagner notre panier gourmand : abonnez-vous et identifiez 2 amis !', ctx: { lang: 'fr' }, flags: ['CONCOURS'] },
    { text: 'RT to win a free tote bag 🎁', flags: ['to win'] },
    { text: 'Comenta y gana un kit de cocina 🎁', ctx: { lang: 'es' }, flags: ['gana un'] },
    { text: 'Like and share to win the prize bundle! Winner picked Friday', flags: ['to win'] },
    { text: 'Raffling two tickets on Friday, like and share to enter', flags: ['Raffling'] },
    { text: '🎉 GIVEAWAY 🎉 To enter: like our page, share this post and tag 3 friends!', flags: ['GIVEAWAY'] },
    { text: 'RT to win a signed copy of my novel! Follow me and retweet.', flags: ['to win'] },
    { text: 'We are giving away a quilt! Tag a friend who would love it.', flags: ['giving away'] },
    { text: 'SORTEO 🎁 Sígueme y etiqueta a 2 amigos', ctx: { lang: 'es' }, flags: ['SORTEO'] },
    { text: 'Retweet and tag two friends for a shot at a free signed print', flags: ['a shot at a free'] },
    // The prize promised as the reader's chance ("u might win"), entered by tagging friends: a draw, though it never says so.
    { text: 'Taco Tuesday is back, $2 tacos all day! Tag 3 friends you want to bring and u might win a free dinner for 4!', flags: ['and u might win a'] },
    { text: 'Noche de tacos a 2€ 🌮 etiqueta a 3 amigos con los que vendrías y podrías ganar una cena para 4!', ctx: { lang: 'es' }, flags: ['ganar una'] },
    { text: 'Taco-Dienstag ist zurück! Markiere 3 Freunde, die du mitbringen willst, und gewinnst vielleicht ein Abendessen für 4!', ctx: { lang: 'de' }, flags: ['und gewinnst vielleicht ein'] },
    { text: 'Le mardi tacos est de retour ! Identifie 3 amis que tu veux amener et tu pourrais gagner un dîner pour 4 !', ctx: { lang: 'fr' }, flags: ['et tu pourrais gagner un'] },
    { text: 'A terça do taco voltou! Marque 3 amigos que você traria e você pode ganhar um jantar para 4!', ctx: { lang: 'pt' }, flags: ['e você pode ganhar um'] },
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
