import rule from '../../../lib/checker/rules/discount-code';
import { testRule } from '../rule-tester';

testRule(rule, {
  valid: [
    // Coupons told of as a practice ("crescemos com cupom", "crecimos con cupones", "we grew on coupons") in a
    // post-mortem sell nothing.
    { text: 'Fechamos a Lonchera. Por que não deu certo: crescemos com cupom, e 70% dos clientes não voltaram sem desconto.', ctx: { lang: 'pt', platform: 'linkedin' }, note: 'coupons as a practice' },
    { text: 'Cerramos Lonchera. Por qué falló: crecimos con cupones, y el 70% de los clientes no volvió sin descuento.', ctx: { lang: 'es', platform: 'linkedin' }, note: 'coupons as a practice' },
    // Attendees named beside a price that is no offer of the author's.
    { text: 'The ticket price was the same for attendees and speakers, which felt fair.', note: 'a price told, no offer' },
    { text: 'Los asistentes pagaron lo mismo que los ponentes, 20 euros la entrada.', ctx: { lang: 'es' }, note: 'a price told, no offer' },
    { text: 'Die Teilnehmer fanden den Preis fair, alle zahlten 10 Euro.', ctx: { lang: 'de' }, note: 'a price told, no offer' },
    { text: "Les participants ont trouvé le prix correct, 10 euros pour tout le monde.", ctx: { lang: 'fr' }, note: 'a price told, no offer' },
    { text: 'Os participantes acharam o preço justo, todo mundo pagou 10 reais.', ctx: { lang: 'pt' }, note: 'a price told, no offer' },
    // Sale season as the shopper's tip, and a promotion at work: no seller's sale.
    { text: 'Ojo con las rebajas: en muchas tiendas online el precio tachado es inventado. Usad Keepa para ver el historial real.', ctx: { lang: 'es' }, note: 'a tip to shoppers' },
    { text: "Astuce soldes : regardez l'historique des prix sur Keepa avant d'acheter, beaucoup de prix barrés sont gonflés.", ctx: { lang: 'fr' }, note: 'a tip to shoppers' },
    { text: 'Muito feliz: recebi uma promoção para gerente de projetos!', ctx: { lang: 'pt' }, note: 'a promotion at work' },
    { text: 'The new Corvo e-bike goes on sale Friday at dealers across the country.', note: 'a sale date reports a release, no discount' },
    { text: 'Tickets for the autumn tour go on sale on 12 September.', note: 'a sale date' },
    { text: "Retrouvailles avec ma promo de l'IUT ce week-end, 10 ans déjà ! Merci Julie pour l'organisation.", ctx: { lang: 'fr' }, note: 'ma promo: a school class' },
    { text: 'Der Sale bei H&M ist echt enttäuschend dieses Jahr, nur Reste.', ctx: { lang: 'de' }, note: 'a sale elsewhere, talked about by a shopper' },
    'Our no-show rate went from 15% to 4% after we started texting the day before.',
    'The source code for the parser is on GitHub if you want to read how it handles quotes.',
    { text: 'Code review tip: ask one question per comment, not five.', note: 'code as a topic' },
    { text: 'Mi batería está al 50 % a mediodía desde la última actualización, ¿a alguien más le pasa?', ctx: { lang: 'es' }, note: 'a battery at 50 %, no price' },
    { text: 'Las ventas crecieron un 50 % este año y la plantilla se redujo a la mitad.', ctx: { lang: 'es' }, note: 'a share told, no price cut' },
    { text: 'Die Wartezeit wurde um 30 % verkürzt, seit wir Termine online vergeben.', ctx: { lang: 'de' }, note: 'a time cut, no price' },
    { text: 'Le trajet a pris moitié moins de temps avec le nouveau tram.', ctx: { lang: 'fr' }, note: 'half the time, no price' },
    { text: 'O tempo de espera caiu pela metade depois da mudança.', ctx: { lang: 'pt' }, note: 'a wait halved, no price' },
    // Selling at a cut told as a step: how someone sells, a tip, in five languages.
    { text: "Three things that cut our café's food waste by 30%: bake smaller batches after 2pm, sell yesterday's bread at half price in a basket by the till.", note: 'a step of a tip' },
    { text: 'Tres cosas que redujeron el desperdicio: hornear tandas más pequeñas y vender el pan del día anterior a mitad de precio.', ctx: { lang: 'es' }, note: 'a step of a tip' },
    { text: 'Drei Dinge gegen Abfall: kleinere Mengen backen, Brot vom Vortag zum halben Preis im Korb verkaufen.', ctx: { lang: 'de' }, note: 'a step of a tip' },
    { text: 'Trois choses contre le gaspillage : cuire de plus petites fournées, vendre le pain de la veille à moitié prix.', ctx: { lang: 'fr' }, note: 'a step of a tip' },
    { text: 'Três coisas contra o desperdício: assar fornadas menores e vender o pão do dia anterior pela metade do preço.', ctx: { lang: 'pt' }, note: 'a step of a tip' },
    'Use the code of conduct template from the Contributor Covenant, it covers most of what a small project needs.',
    { text: 'I write code every morning before work, 45 minutes, no meetings.', note: 'no code token after it' },
    // A reply's price list answers what someone asked; its student or weekday discount is one line of the answer.
    { text: '@sara yes! prices: haircut $30, cut + colour from $70, blow-dry $20. Students get 20% off on Tuesdays 😊', ctx: { reply: true }, note: 'a price list asked for' },
    { text: '@sara sí! precios: corte 25 €, corte + color desde 60 €, peinado 18 €. Estudiantes 20% de descuento los martes', ctx: { lang: 'es', reply: true }, note: 'a price list asked for' },
    { text: '@sara ja! Preise: Haarschnitt 30 €, Schnitt + Farbe ab 70 €, Föhnen 20 €. Studierende bekommen dienstags 20 % Rabatt', ctx: { lang: 'de', reply: true }, note: 'a price list asked for' },
    { text: '@sara oui ! tarifs : coupe 30 €, coupe + couleur à partir de 70 €, brushing 20 €. Étudiants -20 % le mardi', ctx: { lang: 'fr', reply: true }, note: 'a price list asked for' },
    { text: '@sara sim! preços: corte R$ 50, corte + cor a partir de R$ 120, escova R$ 40. Estudantes têm 20% de desconto às terças', ctx: { lang: 'pt', reply: true }, note: 'a price list asked for' },
      // blind17: a shop's scam warning quotes the impostor's cut (in the sentence naming the fake, or with no word of the author's).
    { text: "Scam alert from the Greenleaf Nursery team: a fake 'Greenleaf Plants Outlet' page is running ads with 80% off. It is not us. We only sell at greenleafnursery.co.uk and at the shop on Mill Lane. Please report the page if you see it.", ctx: { platform: 'facebook' }, note: 'the fake page’s bait' },
    { text: "Aviso de estafa: una página falsa con nuestro logo anuncia un 70% de descuento en todo. No somos nosotros. Solo vendemos en lahoja.es. Denunciad la página si la veis.", ctx: { platform: 'facebook', lang: 'es' }, note: 'the fake page’s bait' },
    { text: "Achtung Betrug: Eine Fake-Seite mit unserem Logo wirbt mit 70 % Rabatt auf alles. Das sind nicht wir. Wir verkaufen nur auf holzliebe.de. Bitte meldet die Seite.", ctx: { platform: 'facebook', lang: 'de' }, note: 'the fake page’s bait' },
    { text: "Alerte arnaque : une fausse page avec notre logo annonce -70 % sur tout. Ce n'est pas nous. On vend uniquement sur lespetitspots.fr. Signalez la page si vous la voyez.", ctx: { platform: 'facebook', lang: 'fr' }, note: 'the fake page’s bait' },
    { text: "Alerta de golpe: uma página falsa com a nossa logo anuncia 70% de desconto em tudo. Não somos nós. Só vendemos em cafedaserra.com.br. Denunciem a página.", ctx: { platform: 'facebook', lang: 'pt' }, note: 'the fake page’s bait' },
  ],
  invalid: [
    { text: 'Chegou a coleção nova! Use o cupom na finalização da compra e ganhe 10% 🛍️', ctx: { lang: 'pt', platform: 'instagram' }, flags: ['cupom'] },
    // blind17: the same warning followed by the shop's own real sale still sells.
    { text: "Scam alert: fake pages are copying our shop. The real sale is here: we have 20% off everything this weekend at greenleafnursery.co.uk", ctx: { platform: 'facebook' }, flags: ['20% off'] },
    { text: "Aviso de estafa: hay páginas falsas copiando nuestra tienda. Nuestra rebaja real: tenemos un 20% de descuento este finde en lahoja.es", ctx: { platform: 'facebook', lang: 'es' }, flags: ['20% de descuento'] },
    // A price kept for those who come to the author's free session: the session's sale.
    { text: 'Free cooking workshop Thursday at the library. At the end I will present my online course with a special price for attendees.', flags: ['special price for attendees'] },
    { text: 'Charla gratuita el martes. Al final les presentaré mi programa de mentoría con descuento exclusivo para asistentes.', ctx: { lang: 'es' }, flags: ['descuento exclusivo para asistentes'] },
    { text: 'Kostenloser Infoabend am Donnerstag, danach stelle ich mein Coaching-Paket vor, nur für Teilnehmer zum Sonderpreis!', ctx: { lang: 'de' }, flags: ['nur für Teilnehmer zum Sonderpreis'] },
    { text: 'Atelier gratuit mercredi, à la fin je vous présente ma gamme avec une offre spéciale participants', ctx: { lang: 'fr' }, flags: ['offre spéciale participants'] },
    { text: 'Aula grátis sábado, no final apresento o meu curso com desconto só para quem vier!', ctx: { lang: 'pt' }, flags: ['desconto só para quem vier'] },
    // The sale in the seller's mouth.
    { text: 'Promoção de Dia das Mães na loja! Venha conferir 💐', ctx: { lang: 'pt' }, flags: ['Promoção de Dia das Mães'] },
    { text: 'Ya empezaron las rebajas en nuestra tienda, ¡os esperamos!', ctx: { lang: 'es' }, flags: ['Ya empezaron las rebajas'] },
    { text: "C'est les soldes à la boutique ! Venez vite 🛍️", ctx: { lang: 'fr' }, flags: ["C'est les soldes"] },
    { text: 'Mega liquidação na loja, tudo tem que sair!', ctx: { lang: 'pt' }, flags: ['Mega liquidação'] },
    { text: 'Notre promo de Noël continue : -20 % sur les bougies jusqu’à dimanche.', ctx: { lang: 'fr' }, flags: ['promo', '-20 %'] },
    { text: 'Sale! Alle Wintermäntel 30 % reduziert, nur diese Woche im Laden.', ctx: { lang: 'de' }, flags: ['Sale', '30 % reduziert'] },
    { text: 'Diese Woche ist alles im Laden um 50 % reduziert, nicht verpassen!', ctx: { lang: 'de' }, flags: ['50 % reduziert'] },
    { text: 'Alle T-Shirts zum halben Preis, nur bis Samstag!', ctx: { lang: 'de' }, flags: ['zum halben Preis'] },
    { text: 'Todo en la tienda está al 50% esta semana, ¡no te lo pierdas!', ctx: { lang: 'es' }, flags: ['está al 50%'] },
    { text: 'Todas las camisetas a mitad de precio hasta el domingo', ctx: { lang: 'es' }, flags: ['a mitad de precio'] },
    { text: 'Tous les t-shirts à moitié prix jusqu’à samedi !', ctx: { lang: 'fr' }, flags: ['à moitié prix'] },
    { text: 'Todas as camisetas pela metade do preço até sábado!', ctx: { lang: 'pt' }, flags: ['pela metade do preço'] },
    // The author as the seller, by the selling word: an offer.
    { text: 'We sell all our candles at half price this week!', flags: ['half price'] },
    { text: 'Diese Woche verkaufen wir alle Kerzen zum halben Preis!', ctx: { lang: 'de' }, flags: ['zum halben Preis'] },
    { text: 'Esta semana vendemos todas las velas a mitad de precio', ctx: { lang: 'es' }, flags: ['a mitad de precio'] },
    { text: 'All our winter boots are on sale this week, come by the shop', flags: ['on sale'] },
    { text: 'use code SUNNY20 for 20% off everything this weekend', flags: ['code SUNNY20', '20% off'] },
    { text: 'Free shipping on every order until Sunday!', flags: ['Free shipping'] },
    { text: 'Enter promo code WINTER at checkout', flags: ['promo code WINTER'] },
    { text: 'Nur diese Woche: 30 % Rabatt mit dem Code KREATIV30', ctx: { lang: 'de' }, flags: ['30 % Rabatt', 'Code KREATIV30'] },
    { text: '30% de descuento con el código INVIERNO30', ctx: { lang: 'es' }, flags: ['30% de descuento', 'código INVIERNO30'] },
    { text: 'Black Friday sale: half price on all prints', flags: ['Black Friday sale', 'half price'] },
    // The same list posted to one's own feed, or a reply with a code, a link or an ask, still sells.
    { text: 'Prices: haircut $30, cut + colour from $70. Students get 20% off on Tuesdays!', flags: ['20% off'] },
    { text: '@sara yes! haircut $30, colour from $70, and 20% off with code SARA20', ctx: { reply: true }, flags: ['20% off', 'code SARA20'] },
    { text: '@sara sí! corte 25 €, color desde 60 €, 20% de descuento esta semana, reserva en salonluz.es', ctx: { lang: 'es', reply: true }, flags: ['20% de descuento'] },
    { text: '@sara ja! Schnitt 30 €, Farbe ab 70 €, diese Woche 20 % Rabatt, jetzt Termin buchen!', ctx: { lang: 'de', reply: true }, flags: ['20 % Rabatt'] },
    { text: "@sara oui ! coupe 30 €, couleur dès 70 €, -20 % cette semaine, lien en bio", ctx: { lang: 'fr', reply: true }, flags: ['-20 %'] },
    { text: '@sara sim! corte R$ 50, cor R$ 120, 20% de desconto essa semana, link na bio', ctx: { lang: 'pt', reply: true }, flags: ['20% de desconto'] },
  ],
});
