import rule from '../../../lib/checker/rules/hype-push';
import { testRule } from '../rule-tester';

testRule(rule, {
  valid: [
    // A sale opened ahead (waitlist, pre-orders) is no push beside hype here: the same words open a community event's
    // registration ("registration is now open").
    { text: "Don't miss the community cleanup on Saturday! Registration is now open at the library, gloves provided.", note: 'a community event' },
    { text: 'Instead of scrolling tonight, read a chapter of a novel. Your sleep will thank you.', note: 'advice against a waste of time, nothing sent to' },
    { text: 'Watch this video of my nephew learning to ride a bike, I cried', note: 'a piece shared with no hype' },
    { text: 'The launch was insane, congrats to the whole team at Acme for shipping it on time!', note: 'hype with nothing to do: excitement' },
    { text: "Don't miss the sunset from the pier tonight, it was stunning yesterday around 19:40.", note: 'a tip to a friend, nothing to take' },
    { text: 'Astronauts return to the Moon next year. Learn more about the mission: nasa.gov/artemis', note: 'the Moon as a place; "learn more" is a pointer, not a push' },
    { text: 'Be part of the beach cleanup on Saturday at 9, gloves and bags provided.', note: 'a push with nothing talked up: an invitation' },
    { text: 'Huge thanks to @ana for the review. Follow her work on accessibility, it taught me a lot.', note: 'thanks and credit to someone else' },
    { text: 'Huge news: the shelter on Elm St is open. Join the volunteers at the school gym tonight.', note: 'a relief appeal on someone else’s behalf' },
    { text: 'Leadership is not about titles. It is about impact. 🚀 Agree?', note: 'bait asks for a reaction, not to act on a thing (another rule’s business)' },
    { text: 'No te pierdas el eclipse de esta noche: mira hacia el este a las 21:40, se ve sin prismáticos.', ctx: { lang: 'es' }, note: 'a tip, nothing to take' },
    { text: 'Riesige Neuigkeiten aus dem Stadtrat: die Brücke ist ab Montag wieder offen.', ctx: { lang: 'de' }, note: 'news reported, nothing to take' },
    { text: 'Grande nouvelle : la bibliothèque ouvre le dimanche. Merci à toute l’équipe !', ctx: { lang: 'fr' }, note: 'news and thanks' },
    { text: 'Não perca o eclipse hoje à noite: olhe para o leste às 21h40.', ctx: { lang: 'pt' }, note: 'a tip, nothing to take' },
    { text: 'This heat is insane. Join the club, my fan broke too.', note: '"join the club" agrees; nothing to join' },
    { text: 'BTC at $60k was insane, I remember the night it crossed. Paid $5 for a coffee to celebrate.', note: 'prices are not tickers; hype with nothing to buy' },
    { text: 'Our CI got 100x faster after caching the dependency folder. Buy some coffee for whoever set it up.', note: 'a bare "100x faster" measures; it promises no return' },
    { text: 'Il ne manque pas de courage : réservez votre soirée pour l’écouter, il parle de son sauvetage en mer.', ctx: { lang: 'fr' }, note: '"ne manque pas" says he does not lack it' },
    { text: 'Não perca o horário de embarque: o portão fecha 20 minutos antes.', ctx: { lang: 'pt' }, note: 'boarding, a travel tip' },
    { text: 'Esta enorme noticia forma parte de la memoria del barrio: el mercado cumple cien años.', ctx: { lang: 'es' }, note: '"forma parte" says what something belongs to' },
  ],
  invalid: [
    // A piece set against a waste of time, or promised to please, then pushed as a must-watch.
    { text: 'Instead of bingeing another series, watch this 40-minute lecture on bread chemistry', flags: ['Instead of bingeing'] },
    { text: 'Save this tutorial on watercolour washes and thank me later', flags: ['thank me later'] },
    { text: 'It might not be the biggest one, but 100x is assured! Hop on, the plane is set for the moon!', flags: ['100x is assured'] },
    { text: "Happy Sunday! Don't miss the free mint on Friday. Be there as we grow together.", flags: ["Don't miss"] },
    { text: 'Once the final is won tonight there will be a massive giveaway on this account. You can bookmark it', flags: ['massive giveaway'] },
    { text: 'New drop 🚀 claim yours now: drops.example.com', flags: ['🚀'] },
    { text: '$LSD is about to take us on a trip to the moon. Next 100x gem right here.', flags: ['to the moon'] }, // hype over a ticker: the token is the thing pushed
    { text: 'We got a big one, 1000x on track! Load your bags before it runs.', flags: ['1000x on track'] },
    { text: "If you're seeing this, you're extremely early. Join the waitlist for priority access.", flags: ["you're extremely early"] },
    { text: '¡No te pierdas la preventa! Súbete antes de que sea tarde.', ctx: { lang: 'es' }, flags: ['No te pierdas'] },
    { text: 'Nicht verpassen! Sichere dir jetzt deinen Platz in der Beta.', ctx: { lang: 'de' }, flags: ['Nicht verpassen'] },
    { text: 'Ne ratez pas la prévente ! Montez à bord dès maintenant.', ctx: { lang: 'fr' }, flags: ['Ne ratez pas'] },
    { text: 'Não perca! Garanta sua vaga antes que seja tarde.', ctx: { lang: 'pt' }, flags: ['Não perca'] },
  ],
});
