import { describe, expect, it } from 'vitest';
import { check } from '../../../lib/checker';
import rule from '../../../lib/checker/rules/urgency';
import { testRule } from '../rule-tester';

testRule(rule, {
  valid: [
    // The count of a piece of music or a museum's pieces told, not a small run for sale.
    { text: "Le musée n'expose que 40 œuvres, mais la salle des estampes vaut le détour : seulement 12 pièces de Hokusai, toutes originales.", ctx: { platform: 'mastodon', lang: 'fr' }, note: 'a museum’s pieces' },
    // Seats left in a car offer a ride.
    { text: 'Driving to Leeds on Saturday, 2 seats left in my car if anyone needs a ride', ctx: { platform: 'facebook' } },
    // Loaves eaten fast at home, and time that flies.
    { text: "Bought a sourdough starter kit and it's the best. Warning: the loaves go fast in this house, they won't last a day.", ctx: { platform: 'x' }, note: 'home baking' },
    { text: 'El tiempo vuela cuando estás con tus amigos 💛', ctx: { platform: 'x', lang: 'es' }, note: 'time flies' },
    { text: 'The first 3 weeks were the hardest, then the baby started sleeping through.', note: 'the first weeks, nobody gets anything' },
    { text: 'Los primeros 10 días de la dieta fueron los peores.', ctx: { lang: 'es' }, note: 'the first days' },
    { text: 'No lo perdáis de vista, el gato es muy pequeño', ctx: { lang: 'es' }, note: 'keep an eye on, no sale' },
    // A date a public deadline falls on is a calendar fact, as in English ("the tax deadline ends on June 30").
    { text: 'Totalmente de acuerdo, pero ojo: el plazo para la renta termina el 30 de junio, no el 1 de julio.', ctx: { lang: 'es', reply: true }, note: 'a deadline told' },
    { text: 'Hinweis für alle in Lindenau: Die Straßenbahn 7 fährt bis Freitag nur bis zum Hauptbahnhof, Ersatzbusse ab Karl-Heine-Straße.', ctx: { lang: 'de' }, note: '“nur bis zum” says how far the tram runs' },
    { text: 'The first 100 people through the door were vaccinated by noon.', note: 'a count told, nobody hurried' },
    { text: 'Spaces are limited at the evacuation centre, please go early.', note: 'scarcity of help for others' },
    'The library seed swap is Saturday 11–2 in the main hall. Tomatoes go first.',
    { text: 'Restocked! The linen aprons are back in all four colours. €38, ships worldwide.', note: 'there again, not a rush: product copy names it' },
    { text: 'The oat milk is back in stock at the co-op', note: 'there again, not a rush' },
    'Registration for the free bike clinic closes when the room is full, usually around 40 people.',
    {
      text: 'Last chance to see the comet this year: look northwest an hour after sunset, binoculars help. Tip: let your eyes adjust for 10 minutes first, and avoid your phone screen.',
      note: 'the post gives a real how-to',
    },
    { text: 'Our lemon bars sold out in 20 minutes at the market today, thank you all!', note: 'a report of what happened, not a push' },
    // A speed told, not a hurry asked: « plus vite que prévu », "mi hijo corre 5 km".
    { text: 'On a livré le projet plus vite que prévu grâce aux tests automatiques.', ctx: { lang: 'fr' }, note: 'plus vite: faster' },
    { text: 'Les enfants grandissent trop vite, profitez-en.', ctx: { lang: 'fr' }, note: 'trop vite: too fast' },
    { text: 'Mi hijo corre 5 km cada mañana antes del cole y llega más despierto.', ctx: { lang: 'es' }, note: 'corre: runs' },
    { text: 'Meu filho corre 5 km todo dia antes da escola e chega mais disposto.', ctx: { lang: 'pt' }, note: 'corre: runs' },
    { text: 'I was in such a hurry this morning that I left my charger at home.', note: 'in a hurry: how a morning went' },
    { text: 'Chelsea were looking for one last chance against Leeds...', note: 'narrative "last chance", nothing is asked' },
    { text: 'Season 4 ends tomorrow. What a run it has been.', note: 'a season ends; nothing is sold or asked' },
    { text: 'Astronauts are flying to the Moon again next year, and the lunar south pole is the target.', note: 'the Moon as a place' },
    { text: "Earthquake of 5.8 felt across the valley this morning. Tune in at noon for the briefing, don't miss it https://news.example.org/quake", note: 'urging readers to coverage of a named event' },
    { text: "Start to worry when my backyard started to flash flood, but won't take long before its gone. Thanks GOD! #bigwet", note: 'a flood is gone too: nothing sold or asked' },
    { text: 'Caught the last of the sunset over the bay before it was gone, the pink only lasted five minutes.', note: 'a sunset gone' },
    // A public or community good that will not last: the hurry tells people when to come, no sale presses them.
    { text: 'Heads up: the community garden has free seedlings available again this weekend, first come first served.', note: 'a community good, while it lasts' },
    { text: 'La nevera solidaria tiene fruta gratis hoy, ¡hasta agotar existencias!', ctx: { lang: 'es' }, note: 'a community fridge, while it lasts' },
    { text: 'Der Gemeinschaftsgarten hat diese Woche wieder kostenlose Setzlinge, solange der Vorrat reicht.', ctx: { lang: 'de' }, note: 'a community garden, while it lasts' },
    { text: 'Le jardin partagé a de nouveau des plants gratuits ce week-end, dans la limite des stocks disponibles.', ctx: { lang: 'fr' }, note: 'a shared garden, while it lasts' },
    { text: 'A horta comunitária tem mudas grátis de novo neste fim de semana, enquanto durarem os estoques.', ctx: { lang: 'pt' }, note: 'a community garden, while it lasts' },
    // "corre" after a subject or an adverb is the third person ("he runs"), not the imperative "hurry!".
    { text: 'Ele usa o mesmo tênis há cinco anos e ainda corre 10 km por dia', ctx: { lang: 'pt' }, note: 'he runs' },
    { text: 'Mi abuelo todavía corre 5 km cada mañana, con 80 años', ctx: { lang: 'es' }, note: 'he runs' },
  ],
  invalid: [
    // The small run counted with no verb ("seulement 50 pièces"), as "solo 50 piezas", "nur 50 Stück", "só 50 peças".
    { text: 'Nouveau drop vendredi 🔥 seulement 50 pièces', ctx: { platform: 'instagram', lang: 'fr' }, flags: ['seulement 50 pièces'] },
    // A rush foretold and a small batch counted, in five languages.
    { text: "Restocked the lavender candles you all loved 💜 only 20 made this time, they'll go fast", ctx: { platform: 'instagram' }, flags: ["only 20 made this time", "they'll go fast"] },
    { text: "Reponemos las velas de lavanda que tanto os gustaron 💜 solo he hecho 20, vuelan", ctx: { platform: 'instagram', lang: 'es' }, flags: ["solo he hecho 20", "vuelan"] },
    { text: "Die Lavendelkerzen sind wieder da 💜 nur 20 Stück gemacht, die sind schnell weg", ctx: { platform: 'instagram', lang: 'de' }, flags: ["nur 20 Stück gemacht", "die sind schnell weg"] },
    { text: "Les bougies à la lavande sont de retour 💜 seulement 20 faites, ça part vite", ctx: { platform: 'instagram', lang: 'fr' }, flags: ["seulement 20 faites", "ça part vite"] },
    { text: "As velas de lavanda voltaram 💜 só fiz 20, vai acabar rápido", ctx: { platform: 'instagram', lang: 'pt' }, flags: ["só fiz 20", "vai acabar rápido"] },
    // Hurry beside a thing of the author's own named sells it, as heavy as an ask.
    { text: 'In my 6-week program I show you how. Only 3 spots left!', flags: ['Only 3 spots left'] },
    { text: 'Du willst endlich schmerzfrei laufen? In meinem 6-Wochen-Programm zeige ich dir wie. Nur noch 3 Plätze frei!', ctx: { lang: 'de' }, flags: ['Nur noch 3 Plätze'] },
    // blind16: scarce seats said without a verb, as ads write it.
    { text: 'Kostenloses Webinar am Donnerstag. Plätze begrenzt, jetzt anmelden!', ctx: { lang: 'de' }, flags: ['Plätze begrenzt'] },
    // A reward for coming first at a shop's opening.
    { text: 'Today we open our new branch 🎉 the first 50 get a free coffee ☕', flags: ['the first 50 get'] },
    { text: 'Hoy abrimos 🎉 los primeros 50 se llevan un café de regalo', ctx: { lang: 'es' }, flags: ['los primeros 50 se llevan'] },
    { text: 'Heute eröffnen wir 🎉 die ersten 50 bekommen einen Kaffee gratis', ctx: { lang: 'de' }, flags: ['die ersten 50 bekommen'] },
    // Places left counted without "only", in en, es and pt (French had it; German "noch 5 Plätze" is as often a free seat offered).
    { text: 'My pottery class starts Jan 15. 12 spots left, DM me to book.', flags: ['12 spots left'] },
    { text: 'Mi taller de cerámica empieza el 15 de enero. Quedan 12 plazas, escríbeme para reservar.', ctx: { lang: 'es' }, flags: ['Quedan 12 plazas'] },
    { text: 'Minha aula de cerâmica começa dia 15 de janeiro. Restam 12 vagas, me chama pra reservar.', ctx: { lang: 'pt' }, flags: ['Restam 12 vagas'] },
    // The first sign-ups rewarded, as the first customers are.
    { text: 'New 5-day email course on onboarding! First 100 sign-ups get it free → onboarding.example.com', flags: ['First 100 sign-ups get'] },
    { text: 'Nuevo curso por email de 5 días. Los primeros 100 inscritos lo tienen gratis → onboarding.example.com', ctx: { lang: 'es' }, flags: ['Los primeros 100 inscritos lo tienen'] },
    { text: 'Neuer E-Mail-Kurs in 5 Tagen. Die ersten 100 Anmeldungen bekommen ihn kostenlos → onboarding.example.com', ctx: { lang: 'de' }, flags: ['Die ersten 100 Anmeldungen bekommen'] },
    { text: 'Nouvelle formation par e-mail de 5 jours. Gratuite pour les 100 premiers inscrits → onboarding.example.com', ctx: { lang: 'fr' }, flags: ['Gratuite pour les 100 premiers'] },
    { text: 'Curso novo por e-mail em 5 dias. Os 100 primeiros inscritos ganham de graça → onboarding.example.com', ctx: { lang: 'pt' }, flags: ['Os 100 primeiros inscritos ganham'] },
    { text: "Aujourd'hui on ouvre 🎉 les 50 premiers repartent avec un café offert", ctx: { lang: 'fr' }, flags: ['les 50 premiers repartent'] },
    { text: 'Hoje inauguramos 🎉 os primeiros 50 ganham um café', ctx: { lang: 'pt' }, flags: ['os primeiros 50 ganham'] },
    // "Don't miss out" said to several readers.
    { text: 'Nuevos sabores este finde, ¡no os lo perdáis!', ctx: { lang: 'es' }, flags: ['no os lo perdáis'] },
    { text: 'Neue Sorten am Wochenende, verpasst es nicht!', ctx: { lang: 'de' }, flags: ['verpasst es nicht'] },
    { text: 'Nouveaux parfums ce week-end, ne les manquez pas !', ctx: { lang: 'fr' }, flags: ['ne les manquez pas'] },
    { text: 'Sabores novos no fim de semana, não percam!', ctx: { lang: 'pt' }, flags: ['não percam'] },
    { text: 'La oferta termina el viernes: 20% de descuento en toda la tienda.', ctx: { lang: 'es' }, flags: ['termina el viernes'] },
    { text: 'Vite, il ne reste que 5 places pour l’atelier de samedi !', ctx: { lang: 'fr' }, flags: ['Vite', 'il ne reste que 5 places'] },
    { text: 'Réservez vite ! Le stage de poterie du samedi est presque complet.', ctx: { lang: 'fr' }, flags: ['vite'] },
    { text: 'Hurry, only a few left in the shop!', flags: ['Hurry'] },
    { text: 'Corre que acaba hoje! Bolos de pote com 20% de desconto.', ctx: { lang: 'pt' }, flags: ['Corre', 'acaba hoje'] },
    { text: '¡Corre! Últimos días de rebajas en la tienda.', ctx: { lang: 'es' }, flags: ['Corre', 'Últimos días'] },
    // The imperative opening its sentence or clause hurries the reader to a sale.
    { text: 'Corre que a promoção acaba hoje! 50% off em tudo', ctx: { lang: 'pt' }, flags: ['Corre', 'acaba hoje'] },
    { text: 'Gente, corre! Últimas unidades com 30% de desconto', ctx: { lang: 'pt' }, flags: ['corre', 'Últimas unidades'] },
    { text: '¡Corre, que se acaba! 50% de descuento solo hoy', ctx: { lang: 'es' }, flags: ['Corre', 'solo hoy'] },
    { text: 'Nur bis Sonntag: 20 % auf alle Kurse!', ctx: { lang: 'de' }, flags: ['Nur bis Sonntag'] },
    { text: 'Plazas limitadas para el taller de esmaltes del sábado, reserva en el estudio', ctx: { lang: 'es' }, flags: ['Plazas limitadas'] },
    { text: "Places limitées pour l'atelier d'émaillage de samedi, réservez à l'accueil", ctx: { lang: 'fr' }, flags: ['Places limitées'] },
    { text: 'Nur noch wenige Plätze für den Glasurkurs am Samstag, jetzt im Atelier buchen', ctx: { lang: 'de' }, flags: ['Nur noch wenige Plätze'] },
    { text: 'Vagas limitadas para a oficina de esmaltes de sábado, reserve no ateliê', ctx: { lang: 'pt' }, flags: ['Vagas limitadas'] },
    { text: 'Allowlist places are limited, register at kilnday.io before they fill up', flags: ['places are limited', 'before they fill up'] },
    { text: 'A few seats left for the Saturday glazing class, book at the studio desk', flags: ['A few seats left'] },
    { text: 'The first 50 to sign up get a free mug: mugclub.co', flags: ['first 50 to sign up'] },
    { text: 'Only 8 spots left in the January cohort!', flags: ['Only 8 spots left'] },
    { text: "🚀 $MOON is about to explode! Get in before it's too late. 100x incoming.", flags: ['Get in before', '100x incoming'] },
    { text: 'Sale ends tonight at midnight, don’t miss out', flags: ['ends tonight', 'don’t miss out'] },
    { text: 'new drop just went live 💍 run don’t walk', flags: ['run don’t walk'] },
    // The rush is “selling fast”; being back in stock is no hurry.
    { text: 'Back in stock but selling fast', flags: ['selling fast'] },
    { text: 'Dernière chance : plus que 3 places !', ctx: { lang: 'fr' }, flags: ['Dernière chance', 'plus que 3 places'] },
    { text: 'Last chance! Order your box here: shop.example.com', flags: ['Last chance'] },
    { text: 'Early-bird pricing ends tomorrow, grab your seat: tickets.example.com', flags: ['ends tomorrow'] },
    { text: "Handmade mugs, $25 each, before it's gone!", flags: ["before it's gone"] },
    { text: "Grab one before it's gone: the last batch of our spring candles", flags: ["before it's gone"] },
    // Free for everyone alone, or the author's own sale at a community place, is still hurried.
    { text: 'Free mint for everyone, first come first served!', flags: ['first come first served'] },
    { text: 'Our café at the community center: first 50 customers get a free coffee, first come first served, $3 lattes', flags: ['first 50 customers get', 'first come first served'] },
    { text: 'Huerto comunitario: plantones a 2 € en nuestra tienda, ¡hasta agotar existencias! Código HUERTO10', ctx: { lang: 'es' }, flags: ['hasta agotar existencias'] },
  ],
});

// Hurry about a thing the author names as theirs weighs as an ask: the post takes, while hurry alone stays a nudge.
describe('urgency beside the author\'s own thing', () => {
  it.each([
    ['In my 6-week program I show you how. Only 3 spots left!', 'en'],
    ['Du willst endlich schmerzfrei laufen? In meinem 6-Wochen-Programm zeige ich dir wie. Nur noch 3 Plätze frei!', 'de'],
  ] as const)('takes: %s', (text, lang) => {
    expect(check(text, { lang, platform: 'instagram' }).kind).toBe('take');
  });
  it('weighs less with no thing of the author\'s named', () => {
    const own = check('In my 6-week program I show you how. Only 3 spots left!', { lang: 'en', platform: 'x' }).findings.find((f) => f.rule === 'urgency');
    const bare = check('Only 3 spots left!', { lang: 'en', platform: 'x' }).findings.find((f) => f.rule === 'urgency');
    expect(own?.weight).toBeGreaterThan(bare?.weight ?? 0);
  });
});
