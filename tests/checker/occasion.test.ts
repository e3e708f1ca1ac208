// Occasions where an ask or a card is not the author's take (lexicon/occasion.ts, policy.ts): the author will be there
// in person and invites readers to meet ("come say hi"), the author's side has a position open and asks readers to pass
// it on ("Please share!"), and a milestone thanked to the readers shows one card, humblebrag's. Each table holds rows
// that must stay quiet and rows that must still fire, in five languages.
import { describe, expect, it } from 'vitest';
import { check, type Lang } from '../../lib/checker';
import { OCCASION_LEXICONS, occasionSpans, type OccasionKey } from '../../lib/checker/lexicon';

interface Row {
  lang: Lang;
  text: string;
  /** Rules that must fire on the row (at least one finding each). */
  fires?: string[];
  /** Rules that must stay quiet on the row. */
  quiet?: string[];
  /** At most this many cards. */
  cards?: number;
}

function run(rows: readonly Row[]): void {
  for (const row of rows) {
    it(`${row.lang}: ${row.text}`, () => {
      const report = check(row.text, { lang: row.lang, platform: 'x' });
      const rules = report.findings.map((f) => f.rule);
      for (const id of row.fires ?? []) expect(rules, `${id} fires`).toContain(id);
      for (const id of row.quiet ?? []) expect(rules, `${id} stays quiet`).not.toContain(id);
      if (row.cards !== undefined) expect(report.findings.length, rules.join(', ')).toBeLessThanOrEqual(row.cards);
    });
  }
}

describe('the author will be there in person: "come say hi" invites', () => {
  run([
    { lang: 'en', text: "I'll be presenting at ICRS on Tuesday, 2pm, room 4. Come say hi!", quiet: ['call-to-action'], cards: 0 },
    { lang: 'en', text: "We'll be at booth 12 at RustConf all week. Come find us and talk about Rust!", quiet: ['call-to-action'], cards: 0 },
    { lang: 'en', text: "I'm speaking at PyCon on Friday at 11, room B. Come say hi after the talk!", quiet: ['call-to-action'], cards: 0 },
    { lang: 'es', text: 'Estaré en el congreso de Valencia el martes a las 14 h, sala 4. ¡Pasa a saludar!', quiet: ['call-to-action'], cards: 0 },
    { lang: 'de', text: 'Ich bin am Dienstag auf der re:publica, Stand 12. Kommt vorbei und sagt hallo!', quiet: ['call-to-action'], cards: 0 },
    { lang: 'fr', text: 'Je serai au congrès de Lyon mardi à 14 h, salle 4. Passez me dire bonjour !', quiet: ['call-to-action'], cards: 0 },
    { lang: 'pt', text: 'Vou estar no congresso em Lisboa na terça, às 14h, sala 4. Passem para dar um oi!', quiet: ['call-to-action'], cards: 0 },
  ]);
});

describe('a shop, a sale, a trial or a follow still asks, whoever will be there', () => {
  run([
    { lang: 'en', text: 'Come visit us at our new store, 20% off all week!', fires: ['call-to-action'] },
    { lang: 'en', text: "We'll be at the market on Saturday. Come say hi, everything is 20% off!", fires: ['call-to-action'] },
    { lang: 'en', text: "We'll be at the expo all week. Stop by our booth and grab your free trial, link in bio", fires: ['call-to-action'] },
    { lang: 'en', text: "I'll be at VidCon on Saturday! Come say hi and subscribe to my channel", fires: ['call-to-action'] },
    { lang: 'es', text: '¡Estaremos en la feria el sábado! Pasa a saludar y síguenos en Instagram', fires: ['call-to-action'] },
    { lang: 'de', text: 'Wir sind am Samstag auf dem Markt. Kommt vorbei und folgt uns auf Instagram!', fires: ['call-to-action'] },
    { lang: 'fr', text: 'Nous serons au salon samedi, passez nous voir et abonnez-vous à notre chaîne !', fires: ['call-to-action'] },
    { lang: 'pt', text: 'Vamos estar na feira no sábado, passem para dar um oi e sigam a gente no Instagram!', fires: ['call-to-action'] },
  ]);
});

describe("the author's own vacancy: 'please share' passes the opening on", () => {
  run([
    { lang: 'en', text: 'Our lab has a funded PhD position in coral ecology, starting October. Please share!', cards: 0 },
    { lang: 'en', text: 'We have two paid internships in our design studio this summer, 3 months in Leeds. RT to reach students!', cards: 0 },
    { lang: 'es', text: 'Nuestro grupo tiene una plaza de doctorado financiada en ecología marina, desde octubre. ¡Compartid, por favor!', cards: 0 },
    { lang: 'de', text: 'Unsere Arbeitsgruppe hat eine Promotionsstelle in Meeresökologie frei, Start im Oktober. Bitte teilen!', cards: 0 },
    { lang: 'fr', text: 'Notre labo ouvre un poste de post-doc en écologie marine, début en octobre. Partagez svp !', cards: 0 },
    { lang: 'pt', text: 'Nosso laboratório tem uma vaga de doutorado com bolsa em ecologia marinha, início em outubro. Compartilhem, por favor!', cards: 0 },
  ]);
});

describe("a job seeker's own ask, a follow beside the share, or a stance called a position still ask", () => {
  run([
    { lang: 'en', text: "Please share my portfolio, I'm looking for a position", fires: ['call-to-action'] },
    { lang: 'en', text: 'We have an open position on our team! Please share and follow us for more updates', fires: ['call-to-action'] },
    { lang: 'en', text: 'Our position on the new bike lanes is simple: build them. Please share!', fires: ['call-to-action'] },
    { lang: 'es', text: 'Busco trabajo como diseñadora. ¡Compartid mi portafolio, por favor!', fires: ['call-to-action'] },
    { lang: 'de', text: 'Ich suche eine neue Stelle als Entwicklerin. Bitte teilt mein Portfolio!', fires: ['call-to-action'] },
    { lang: 'fr', text: 'Je cherche un poste en data. Partagez mon portfolio svp !', fires: ['call-to-action'] },
    { lang: 'pt', text: 'Estou procurando uma vaga de estágio. Compartilhem meu portfólio, por favor!', fires: ['call-to-action'] },
    // Seats in a course, trades or a yoga "stage" are no vacancy: sharing them spreads the author's sale.
    { lang: 'en', text: 'We opened 5 positions in ETH this week, please share!', fires: ['call-to-action'] },
    { lang: 'es', text: '¡Quedan dos plazas para nuestro taller de cerámica! Compartid y reservad la vuestra', fires: ['call-to-action'] },
    { lang: 'de', text: 'Wir haben noch freie Plätze in unserem Yogakurs, bitte teilen!', fires: ['call-to-action'] },
    { lang: 'fr', text: 'Nous proposons deux stages de yoga cet été, partagez !', fires: ['call-to-action'] },
    { lang: 'pt', text: 'Temos vagas para o nosso curso de marketing, compartilhem!', fires: ['call-to-action'] },
  ]);
});

describe('a milestone thanked to the readers shows one card at most, humblebrag’s', () => {
  run([
    { lang: 'en', text: 'Finally hit 1,000 subscribers on my knitting channel! Thank you all so much', fires: ['humblebrag'], cards: 1 },
    { lang: 'en', text: 'We just crossed 10k followers! Thanks everyone for being here', fires: ['humblebrag'], cards: 1 },
    { lang: 'es', text: '¡Por fin llegamos a 1.000 suscriptores en mi canal de punto! Muchas gracias a todos', cards: 1, quiet: ['learned-promotion', 'too-short'] },
    { lang: 'de', text: 'Endlich 1.000 Abonnenten auf meinem Strickkanal! Danke euch allen', cards: 1, quiet: ['learned-promotion', 'too-short'] },
    { lang: 'fr', text: 'Enfin 1 000 abonnés sur ma chaîne de tricot ! Merci à tous', cards: 1, quiet: ['learned-promotion', 'too-short'] },
    { lang: 'pt', text: 'Finalmente chegamos a 1.000 inscritos no meu canal de tricô! Muito obrigada a todos', cards: 1, quiet: ['learned-promotion', 'too-short'] },
  ]);
});

describe('a milestone with no thanks to readers, or with a sale or an ask beside the thanks, keeps its cards', () => {
  run([
    { lang: 'en', text: 'Finally hit 1,000 subscribers on my knitting channel!', fires: ['humblebrag', 'too-short'] },
    { lang: 'en', text: "Thrilled to announce that I've been promoted to Senior Director of Growth! Grateful for this amazing journey.", fires: ['humblebrag', 'learned-promotion'] },
    { lang: 'en', text: 'Finally hit 1,000 subscribers! Thank you all, use code KNIT20 for 20% off', fires: ['humblebrag', 'call-to-action'] },
    { lang: 'en', text: "Finally hit 1,000 subscribers! Thank you all, now go subscribe if you haven't", fires: ['humblebrag', 'call-to-action'] },
    { lang: 'en', text: 'Our app just crossed 100,000 downloads 🎉🎉 Thank you all!', fires: ['humblebrag'] },
  ]);
  it('a thanked milestone is still the author’s news (own-posts o230: a take)', () => {
    expect(check('Our app just crossed 100,000 downloads 🎉🎉 Thank you all!', { lang: 'en', platform: 'x' }).kind).toBe('take');
  });
});

describe('an episode that names its guest and topic shows one card at most, never humblebrag’s', () => {
  run([
    { lang: 'en', text: 'New episode: we talk to Dr. Lena Ortiz about sleep and shift work.', quiet: ['humblebrag'], cards: 1 },
    { lang: 'en', text: 'This week I interview Maya Chen about urban beekeeping.', quiet: ['humblebrag'], cards: 1 },
    { lang: 'es', text: 'Nuevo episodio: hablamos con la Dra. Lena Ortiz sobre el sueño y el trabajo por turnos.', quiet: ['humblebrag'], cards: 1 },
    { lang: 'de', text: 'Neue Folge: Wir sprechen mit Dr. Lena Ortiz über Schlaf und Schichtarbeit.', quiet: ['humblebrag'], cards: 1 },
    { lang: 'fr', text: 'Nouvel épisode : nous parlons avec la Dre Lena Ortiz du sommeil et du travail posté.', quiet: ['humblebrag'], cards: 1 },
    { lang: 'pt', text: 'Novo episódio: conversamos com a Dra. Lena Ortiz sobre sono e trabalho por turnos.', quiet: ['humblebrag'], cards: 1 },
    // No guest by name: still the author's news.
    { lang: 'en', text: 'New episode: we talk to our mom about life.', fires: ['humblebrag'] },
    { lang: 'es', text: '¡Nuevo episodio! Hablamos de todo un poco.', fires: ['humblebrag'] },
  ]);
});

describe('an anniversary thanked to the readers is a milestone: one card at most, humblebrag’s', () => {
  run([
    { lang: 'en', text: 'Our Etsy shop turns 5 today! Thank you to everyone who bought a mug, sent a photo or just cheered us on.', quiet: ['learned-promotion', 'learned-bait'], cards: 1 },
    { lang: 'en', text: 'Our Etsy shop turns 5 today! Thank you all!', quiet: ['learned-promotion'], cards: 1 },
    { lang: 'en', text: '5 years ago today I opened my little pottery shop. Thank you all for every order, every photo and every kind word.', quiet: ['learned-promotion'], cards: 1 },
    { lang: 'es', text: '¡Nuestra tienda de Etsy cumple 5 años hoy! Gracias a todos los que comprasteis una taza o nos animasteis.', quiet: ['learned-promotion'], cards: 1 },
    { lang: 'es', text: 'Nuestra tienda cumple 5 años hoy. ¡Gracias a todos!', quiet: ['learned-promotion'], cards: 1 },
    { lang: 'de', text: 'Unser Etsy-Shop wird heute 5! Danke an alle, die eine Tasse gekauft oder uns angefeuert haben.', quiet: ['learned-promotion'], cards: 1 },
    { lang: 'fr', text: "Notre boutique Etsy fête ses 5 ans aujourd'hui ! Merci à tous ceux qui ont acheté une tasse ou nous ont encouragés.", quiet: ['learned-promotion'], cards: 1 },
    { lang: 'pt', text: 'Nossa loja no Etsy faz 5 anos hoje! Obrigada a todos que compraram uma caneca ou torceram por nós.', quiet: ['learned-promotion'], cards: 1 },
  ]);
});

describe('an anniversary that sells still asks', () => {
  run([
    { lang: 'en', text: 'Our Etsy shop turns 5 today! 20% off everything this week, link in bio', fires: ['discount-code', 'call-to-action'] },
    { lang: 'es', text: '¡Nuestra tienda cumple 5 años! 20% de descuento en todo esta semana, enlace en la bio', fires: ['discount-code'] },
    { lang: 'de', text: 'Unser Shop wird heute 5! 20 % Rabatt auf alles diese Woche, Link in der Bio', fires: ['discount-code'] },
    { lang: 'fr', text: "Notre boutique fête ses 5 ans ! -20 % sur tout cette semaine, lien en bio", fires: ['discount-code'] },
    { lang: 'pt', text: 'Nossa loja faz 5 anos! 20% de desconto em tudo esta semana, link na bio', fires: ['discount-code'] },
  ]);
  it.each([
    ['en', 'Our Etsy shop turns 5 today! 20% off everything this week, link in bio'],
    ['pt', 'Nossa loja faz 5 anos! 20% de desconto em tudo esta semana, link na bio'],
  ] as const)('reads as take: %s', (lang, text) => {
    expect(check(text, { lang, platform: 'x' }).kind).toBe('take');
  });
});

describe('occasion lexicon examples', () => {
  // Every entry's example must match its own key, in every language: an entry whose example it misses says nothing true.
  const rows = Object.entries(OCCASION_LEXICONS).flatMap(([lang, lex]) =>
    (Object.keys(lex) as OccasionKey[]).flatMap((key) => lex[key].map((e) => [lang, key, e.example] as const)),
  );
  it.each(rows)('%s %s: %s', (lang, key, example) => {
    expect(occasionSpans(example.replace(/[’‘]/g, "'"), lang as Lang, key).length).toBeGreaterThan(0);
  });
});

describe('a business expecting its customers at its own deal sells: the post is a take (policy summonsToSale)', () => {
  const takes: [Lang, string][] = [
    ['en', 'Happy hour 5-7pm today: $5 margaritas and half-price tacos! See you tonight! 🍹'],
    ['es', 'Happy hour de 17 a 19 h hoy: margaritas a 5 € y tacos a mitad de precio. ¡Ven esta noche! 🍹'],
    ['de', 'Happy Hour heute 17-19 Uhr: Margaritas für 5 € und Tacos zum halben Preis! Kommt heute Abend vorbei! 🍹'],
    ['fr', "Happy hour aujourd'hui de 17 h à 19 h : margaritas à 5 € et tacos à moitié prix ! On vous attend ce soir ! 🍹"],
    ['pt', 'Happy hour hoje das 17h às 19h: margaritas a R$ 15 e tacos pela metade do preço! Te esperamos hoje! 🍹'],
  ];
  it.each(takes)('%s: %s', (lang, text) => {
    expect(check(text, { lang, platform: 'x' }).kind).toBe('take');
  });
  // Nothing sold, only neighbours expected: the gathering gives.
  const gives: [Lang, string][] = [
    ['en', 'Free community potluck tonight 6-8pm at the library. Bring a dish if you can, everyone welcome. See you there!'],
    ['es', 'Fiesta vecinal gratis esta noche en la plaza, de 18 a 21 h. Trae algo para compartir. ¡Ven esta noche!'],
    ['de', 'Kostenloses Nachbarschaftsfest heute 18-21 Uhr im Park. Bringt etwas zum Teilen mit. Kommt heute Abend vorbei!'],
    ['fr', 'Fête de quartier gratuite ce soir de 18 h à 21 h au parc. Apportez un plat à partager. On vous attend ce soir !'],
    ['pt', 'Festa de bairro gratuita hoje das 18h às 21h na praça. Traga um prato pra dividir. Te esperamos hoje!'],
  ];
  it.each(gives)('%s: %s', (lang, text) => {
    expect(check(text, { lang, platform: 'x' }).kind).toBe('give');
  });
});

describe('the author at a stall with its prices sells; someone else’s stall and a market guide stay quiet', () => {
  run([
    { lang: 'en', text: "We'll be at the Christmas market on Saturday, stall 12: candles €8, wreaths €25. Come say hi!", fires: ['call-to-action'] },
    { lang: 'es', text: 'Estaremos en el mercadillo de Navidad el sábado, puesto 12: velas a 8 €, coronas a 25 €. ¡Pasa a saludar!', fires: ['call-to-action'] },
    { lang: 'de', text: 'Wir sind am Samstag auf dem Weihnachtsmarkt, Stand 12: Kerzen 8 €, Kränze 25 €. Kommt vorbei und sagt hallo!', fires: ['call-to-action'] },
    { lang: 'fr', text: 'Nous serons au marché de Noël samedi, stand 12 : bougies 8 €, couronnes 25 €. Passez nous voir !', fires: ['call-to-action'] },
    { lang: 'pt', text: 'Vamos estar na feira de Natal no sábado, barraca 12: velas a R$ 30, guirlandas a R$ 90. Passem para dar um oi!', fires: ['call-to-action'] },
    { lang: 'en', text: 'My friend Lena has a stall at the Christmas market on Saturday, stall 12: her candles are €8 and gorgeous. Go say hi!', cards: 0 },
    { lang: 'en', text: 'Christmas market guide: 40 stalls on Main Square, Saturday 10-6, free entry, mulled wine around €4.', cards: 0 },
    { lang: 'es', text: 'Guía del mercadillo de Navidad: 40 puestos en la Plaza Mayor, sábado de 10 a 18 h, entrada libre, vino caliente a unos 4 €.', cards: 0 },
    { lang: 'de', text: 'Meine Freundin Lena hat am Samstag einen Stand auf dem Weihnachtsmarkt, Stand 12: ihre Kerzen kosten 8 € und sind wunderschön.', quiet: ['call-to-action'] },
    { lang: 'de', text: 'Weihnachtsmarkt-Guide: 40 Stände am Marktplatz, Samstag 10-18 Uhr, Eintritt frei, Glühwein um 4 €.', cards: 0 },
    { lang: 'fr', text: 'Guide du marché de Noël : 40 stands place du Marché, samedi de 10 h à 18 h, entrée libre, vin chaud autour de 4 €.', cards: 0 },
    { lang: 'pt', text: 'Minha amiga Lena tem uma barraca na feira de Natal no sábado, barraca 12: as velas dela custam R$ 30 e são lindas.', quiet: ['call-to-action'] },
    { lang: 'pt', text: 'Guia da feira de Natal: 40 barracas na Praça Central, sábado das 10h às 18h, entrada gratuita, quentão por uns R$ 10.', cards: 0 },
    // The author at the market told in the present, the German verb before its subject after the day, and the
    // reflexive or familiar summons ("pasaos", "faire un coucou"): still the author's sale with its prices.
    { lang: 'es', text: 'Mañana estamos en el mercado de abastos con las mermeladas: 4 € el tarro, 3 por 10 €. ¡Pasaos a saludar!', fires: ['call-to-action'] },
    { lang: 'de', text: 'Sonntag stehen wir ab 9 Uhr auf dem Flohmarkt an der Mühle: Platten je 5 €, Kisten 20 €. Kommt vorbei!', fires: ['call-to-action'] },
    { lang: 'fr', text: 'Dimanche on est au marché des Halles avec nos confitures : 4 € le pot, 3 pour 10 €. Passez nous faire un petit coucou !', fires: ['call-to-action'] },
    { lang: 'pt', text: 'Domingo a gente tá na feirinha do bairro com as geleias: R$ 15 o pote, 3 por R$ 40. Passa lá pra dar um oi!', fires: ['call-to-action'] },
    // At the market as customers, nothing sold: the same words invite a meeting.
    { lang: 'es', text: 'Mañana estamos en el mercado con los peques toda la mañana, si andáis por allí pasaos a saludar.', quiet: ['call-to-action'] },
    { lang: 'de', text: 'Sonntag stehen wir ab 9 Uhr auf dem Flohmarkt an der Mühle und stöbern, kommt vorbei und sagt hallo!', quiet: ['call-to-action'] },
    { lang: 'fr', text: "Dimanche on est au marché des Halles avec les enfants, passez nous faire un coucou si vous êtes là !", quiet: ['call-to-action'] },
    { lang: 'pt', text: 'Domingo a gente tá na feirinha do bairro passeando com as crianças, passa lá pra dar um oi!', quiet: ['call-to-action'] },
  ]);
  it.each([
    ['es', 'Estaremos en el mercadillo de Navidad el sábado, puesto 12: velas a 8 €, coronas a 25 €. ¡Pasa a saludar!'],
    ['pt', 'Vamos estar na feira de Natal no sábado, barraca 12: velas a R$ 30, guirlandas a R$ 90. Passem para dar um oi!'],
  ] as [Lang, string][])('%s: the own stall is a take: %s', (lang, text) => {
    expect(check(text, { lang, platform: 'x' }).kind).toBe('take');
  });
});
