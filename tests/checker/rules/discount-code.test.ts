import rule from '../../../lib/checker/rules/discount-code';
import { testRule } from '../rule-tester';

testRule(rule, {
  valid: [
    { text: 'The new Corvo e-bike goes on sale Friday at dealers across the country.', note: 'a sale date reports a release, no discount' },
    { text: 'Tickets for the autumn tour go on sale on 12 September.', note: 'a sale date' },
    { text: "Retrouvailles avec ma promo de l'IUT ce week-end, 10 ans déjà ! Merci Julie pour l'organisation.", ctx: { lang: 'fr' }, note: 'ma promo: a school class' },
    { text: 'Der Sale bei H&M ist echt enttäuschend dieses Jahr, nur Reste.', ctx: { lang: 'de' }, note: 'a sale elsewhere, talked about by a shopper' },
    'Our no-show rate went from 15% to 4% after we started texting the day before.',
    'The source code for the parser is on GitHub if you want to read how it handles quotes.',
    { text: 'Code review tip: ask one question per comment, not five.', note: 'code as a topic' },
    'Use the code of conduct template from the Contributor Covenant, it covers most of what a small project needs.',
    { text: 'I write code every morning before work, 45 minutes, no meetings.', note: 'no code token after it' },
    // A reply's price list answers what someone asked; its student or weekday discount is one line of the answer.
    { text: '@sara yes! prices: haircut $30, cut + colour from $70, blow-dry $20. Students get 20% off on Tuesdays 😊', ctx: { reply: true }, note: 'a price list asked for' },
    { text: '@sara sí! precios: corte 25 €, corte + color desde 60 €, peinado 18 €. Estudiantes 20% de descuento los martes', ctx: { lang: 'es', reply: true }, note: 'a price list asked for' },
    { text: '@sara ja! Preise: Haarschnitt 30 €, Schnitt + Farbe ab 70 €, Föhnen 20 €. Studierende bekommen dienstags 20 % Rabatt', ctx: { lang: 'de', reply: true }, note: 'a price list asked for' },
    { text: '@sara oui ! tarifs : coupe 30 €, coupe + couleur à partir de 70 €, brushing 20 €. Étudiants -20 % le mardi', ctx: { lang: 'fr', reply: true }, note: 'a price list asked for' },
    { text: '@sara sim! preços: corte R$ 50, corte + cor a partir de R$ 120, escova R$ 40. Estudantes têm 20% de desconto às terças', ctx: { lang: 'pt', reply: true }, note: 'a price list asked for' },
  ],
  invalid: [
    { text: 'Notre promo de Noël continue : -20 % sur les bougies jusqu’à dimanche.', ctx: { lang: 'fr' }, flags: ['promo', '-20 %'] },
    { text: 'Sale! Alle Wintermäntel 30 % reduziert, nur diese Woche im Laden.', ctx: { lang: 'de' }, flags: ['Sale'] },
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
