import rule from '../../../lib/checker/rules/bare-link';
import { testRule } from '../rule-tester';

testRule(rule, {
  valid: [
    'Julia Evans explains DNS caching better than any RFC: the TTL diagrams alone are worth it. https://wizardzines.com/dns',
    'No link here, just a thought about the weather turning cold.',
    'This benchmark shows SQLite beating Postgres for single-writer workloads under 1k rps: https://example.com/bench',
    { text: 'h/t @mira for the find: colorforall.example.org', note: 'credit is giving' },
    { text: 'Only 5 days left to help the Westside Youth Choir reach $10,000: givecircle.example.org/choir', note: 'says what and how much' },
    { text: 'Mi libro „Memoria del suelo“ ya está a la venta: libro.example.es', ctx: { lang: 'es' }, note: 'a quoted title names it' },
    { text: 'Storm #Lorenzo nears the #Azores coast https://news.example.org/lorenzo', note: 'tags used as words of the headline are its words' },
    { text: 'Hochwasser: #Passau sperrt die #Innpromenade komplett https://news.example.de/passau', ctx: { lang: 'de' }, note: 'the tagged places are words of the sentence' },
    { text: 'A picture from the Stampede Grounds #abflood #yyc http://t.co/Ol5Txr', note: 'says what and where; the tags name the event' },
    { text: 'Crecida del Ebro en Zaragoza #inundaciones https://t.co/x1Lp', ctx: { lang: 'es' }, note: 'what and where, the event tagged' },
    { text: 'An appeal for help: https://t.co/UfBfa1 #reliefPH', note: 'a way to help others, handed on' },
    { text: 'Help is on its way! #PabloPH http://t.co/nlCryL7G', note: 'a link beside a report is its source' },
    { text: 'Der Strom ist wieder hergestellt https://t.co/k2Lm', ctx: { lang: 'de' }, note: 'a report in German' },
    { text: 'Cómo ayudar a los damnificados: https://t.co/x9Ab', ctx: { lang: 'es' }, note: 'a way to help others, in Spanish' },
    { text: 'Dégâts rue de Rivoli ce matin #orage https://t.co/x1Lp', ctx: { lang: 'fr' }, note: 'what, where and when, the event tagged' },
    { text: 'Flooded underpass photo from @cbcnews http://t.co/KrsAxk', note: 'says what, and whose picture it is' },
    { text: 'Calle inundada, foto de @emergencias https://t.co/KrsAxk', ctx: { lang: 'es' }, note: 'says what, and whose picture it is' },
  ],
  invalid: [
    { text: 'https://example.com/article', flags: ['https://example.com/article'] },
    { text: 'Check this out! https://blog.example.org/post?id=4', flags: ['https://blog.example.org/post?id=4'] },
    { text: 'Must read 👉 example.com/guide.', flags: ['example.com/guide'] },
    { text: 'Interesting read www.example.com/x #tech', flags: ['www.example.com/x'] },
    { text: 'So good #design #ux #typography https://example.com/fonts', flags: ['https://example.com/fonts'] },
    { text: 'wow #storm https://t.co/x1Lp', flags: ['https://t.co/x1Lp'] },
    { text: '@dana https://t.co/x1Lp', flags: ['https://t.co/x1Lp'] },
    { text: 'Flooded underpass photo http://t.co/KrsAxk', flags: ['http://t.co/KrsAxk'] },
    { text: 'Qué locura #DANA https://t.co/x1Lp', ctx: { lang: 'es' }, flags: ['https://t.co/x1Lp'] },
    { text: 'Interesting. scholarblog.example.org/posts/peer-review', flags: ['scholarblog.example.org/posts/peer-review'] },
    { text: 'honestly the best guide to pricing I’ve found 👇 makers.example.co/guide', flags: ['makers.example.co/guide'] },
  ],
});
