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
    { text: 'Mi batería está al 50 % a mediodía desde la última actualización, ¿a alguien más le pasa?', ctx: { lang: 'es' }, note: 'a battery at 50 %, no price' },
    { text: 'Las ventas crecieron un 50 % este año y la plantilla se redujo a la mitad.', ctx: { lang: 'es' }, note: 'a share told, no price cut' },
    { text: 'Die Wartezeit wurde um 30 % verkürzt, seit wir Termine online vergeben.', ctx: { lang: 'de' }, note: 'a time cut, no price' },
    { text: 'Le trajet a pris moitié moins de temps avec le nouveau tram.', ctx: { lang: 'fr' }, note: 'half the time, no price' },
    { text: 'O tempo de espera caiu pela metade depois da mudança.', ctx: { lang: 'pt' }, note: 'a wait halved, no price' },
    'Use the code of conduct template from the Contributor Covenant, it covers most of what a small project needs.',
    { text: 'I write code every morning before work, 45 minutes, no meetings.', note: 'no code token after it' },
  ],
  invalid: [
    { text: 'Notre promo de Noël continue : -20 % sur les bougies jusqu’à dimanche.', ctx: { lang: 'fr' }, flags: ['promo', '-20 %'] },
    { text: 'Sale! Alle Wintermäntel 30 % reduziert, nur diese Woche im Laden.', ctx: { lang: 'de' }, flags: ['Sale', '30 % reduziert'] },
    { text: 'Diese Woche ist alles im Laden um 50 % reduziert, nicht verpassen!', ctx: { lang: 'de' }, flags: ['50 % reduziert'] },
    { text: 'Alle T-Shirts zum halben Preis, nur bis Samstag!', ctx: { lang: 'de' }, flags: ['zum halben Preis'] },
    { text: 'Todo en la tienda está al 50% esta semana, ¡no te lo pierdas!', ctx: { lang: 'es' }, flags: ['está al 50%'] },
    { text: 'Todas las camisetas a mitad de precio hasta el domingo', ctx: { lang: 'es' }, flags: ['a mitad de precio'] },
    { text: 'Tous les t-shirts à moitié prix jusqu’à samedi !', ctx: { lang: 'fr' }, flags: ['à moitié prix'] },
    { text: 'Todas as camisetas pela metade do preço até sábado!', ctx: { lang: 'pt' }, flags: ['pela metade do preço'] },
    { text: 'All our winter boots are on sale this week, come by the shop', flags: ['on sale'] },
    { text: 'use code SUNNY20 for 20% off everything this weekend', flags: ['code SUNNY20', '20% off'] },
    { text: 'Free shipping on every order until Sunday!', flags: ['Free shipping'] },
    { text: 'Enter promo code WINTER at checkout', flags: ['promo code WINTER'] },
    { text: 'Nur diese Woche: 30 % Rabatt mit dem Code KREATIV30', ctx: { lang: 'de' }, flags: ['30 % Rabatt', 'Code KREATIV30'] },
    { text: '30% de descuento con el código INVIERNO30', ctx: { lang: 'es' }, flags: ['30% de descuento', 'código INVIERNO30'] },
    { text: 'Black Friday sale: half price on all prints', flags: ['Black Friday sale', 'half price'] },
  ],
});
