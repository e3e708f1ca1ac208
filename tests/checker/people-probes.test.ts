// Nags and false reasons on posts real people write (people-probes.ts: our own writing, a probe, not fair evidence).
// A good post gets no hint; a bare plug gets one. Each mechanism found on the probe rows has a table here: the rows
// that must stay quiet, and the rows beside them that must still fire, in five languages.
import { describe, expect, it } from 'vitest';
import { check, ruleInput } from '../../lib/checker';
import type { Lang } from '../../lib/checker/types';
import { GIVING, JOB_SEEKERS, PLUGS, type PeopleProbe } from './people-probes';

const LANGS = ['en', 'es', 'de', 'fr', 'pt'] as const;
const SITES = ['x', 'linkedin', 'facebook', 'threads', 'instagram', 'bluesky', 'mastodon', 'reddit', 'youtube'] as const;
const findings = (p: PeopleProbe) => check(p.text, { lang: p.lang, platform: p.platform, reply: p.reply ?? false }).findings;
const rules = (text: string, lang: Lang) => check(text, { lang }).findings.map((f) => f.rule);

describe('the probe table', () => {
  it('holds every kind of user in every language, on every site, posts and replies', () => {
    for (const lang of LANGS) {
      for (const who of ['job', 'research', 'business', 'creator'] as const) {
        expect(GIVING.some((p) => p.lang === lang && p.who === who), `${lang} ${who}`).toBe(true);
      }
      expect(PLUGS.some((p) => p.lang === lang), lang).toBe(true);
    }
    for (const site of SITES) expect(GIVING.some((p) => p.platform === site), site).toBe(true);
    expect(GIVING.filter((p) => p.reply).length).toBeGreaterThanOrEqual(8);
    expect(GIVING.length + PLUGS.length + JOB_SEEKERS.length).toBeGreaterThanOrEqual(120);
    const texts = [...GIVING, ...PLUGS, ...JOB_SEEKERS].map((p) => p.text);
    expect(new Set(texts).size, 'no row twice').toBe(texts.length);
  });
});

describe('a good post gets no hint', () => {
  it.each(GIVING.map((p) => [p.lang, p.platform, p.who, p.text, p] as const))('%s %s [%s]: %s', (_l, _s, _w, text, p) => {
    expect(findings(p).map((f) => `${f.rule}: ${text.slice(f.start, f.end)}`)).toEqual([]);
  });
});

describe("a job seeker's own ask is a call to action in every language", () => {
  it.each(JOB_SEEKERS.map((p) => [p.lang, p.text, p] as const))('%s: %s', (_l, _t, p) => {
    expect(findings(p).map((f) => f.rule)).toContain('call-to-action');
  });
});

describe('a bare plug, a reach ask or hype gets one', () => {
  it.each(PLUGS.map((p) => [p.lang, p.platform, p.text, p] as const))('%s %s: %s', (_l, _s, _t, p) => {
    expect(findings(p).length).toBeGreaterThan(0);
  });
});

// Opening hours and closures are a notice to customers: "is now open" in their sentence is the notice's verb, not the
// author's news. The same words announcing a launch, or with an ask, still fire.
describe('notices to customers', () => {
  const NOTICES: [Lang, string][] = [
    ['en', 'Our library is now open until 9pm on Thursdays!'],
    ['en', 'The shop is now open Sundays 10-4!'],
    ['es', 'Ya está abierto: desde el lunes abrimos también los domingos de 10 a 14 h.'],
    ['de', 'Ab sofort haben wir donnerstags bis 20 Uhr geöffnet!'],
    ['fr', 'La boulangerie est désormais ouverte le dimanche de 7h à 13h !'],
    ['pt', 'A partir de segunda, a padaria abre às 6h!'],
    // A closure with its reason: "closes on Monday" is no deadline here.
    ['en', 'The municipal pool closes on Monday for cleaning.'],
    ['es', 'La piscina municipal cierra el lunes por limpieza.'],
    ['de', 'Das Hallenbad schließt am Montag wegen Reinigung.'],
    ['fr', 'La piscine municipale ferme lundi pour nettoyage.'],
    ['pt', 'A piscina municipal fecha na segunda para limpeza.'],
  ];
  it.each(NOTICES)('%s: %s is a notice, no hint', (lang, text) => {
    expect(ruleInput(text, { lang }).find('notice').length).toBeGreaterThan(0);
    expect(rules(text, lang)).toEqual([]);
  });
  it.each([
    ['en', 'Our new store is now open! Shop the new collection at https://shop.example.com'],
    ['en', 'Big news: our studio is finally open. Book your first class now!'],
    ['en', 'Enrolment for my pottery course closes on Monday!'],
    ['es', 'Las inscripciones para mi curso cierran el lunes, ¡apúntate!'],
  ] as [Lang, string][])('%s: %s still reads as an announcement', (lang, text) => {
    expect(rules(text, lang).length).toBeGreaterThan(0);
  });
});

// A fundraiser that says where the money goes asks for others: its "link in my bio" is the way to give. A fundraiser
// for the author ("my GoFundMe", "raising money for my surgery") stays an ask for the author.
describe('funds raised for others', () => {
  const FOR_OTHERS: [Lang, string][] = [
    ['en', "I'm running the Berlin marathon for the children's cancer unit that treated my niece. Every euro goes to the ward's play room. Link in my bio if you want to chip in."],
    ['es', 'Corro la maratón de Valencia para recaudar fondos para la asociación de alzhéimer donde está mi abuelo. Enlace en mi bio si queréis colaborar.'],
    ['de', 'Ich sammle Spenden für die Tafel in Neukölln: Jeder Euro geht direkt an die Lebensmittelausgabe. Link in meiner Bio.'],
    ['fr', "Je cours le marathon de Paris pour récolter des fonds pour l'association qui a accompagné ma mère. Lien dans ma bio."],
    ['pt', 'Vou correr a maratona do Rio para arrecadar fundos para a ONG que cuidou do meu irmão. Link na minha bio.'],
  ];
  it.each(FOR_OTHERS)('%s: %s', (lang, text) => {
    expect(ruleInput(text, { lang }).find('fundsFor').length).toBeGreaterThan(0);
    expect(rules(text, lang)).not.toContain('call-to-action');
  });
  it.each([
    ['en', 'Check out my GoFundMe, link in bio'],
    ['en', 'Raising money for my surgery, link in my bio, please share!'],
    ['es', 'Estoy recaudando fondos para mí, link en mi bio'],
    ['en', 'Every dollar goes to my rent this month, link in my bio'],
    ['de', 'Jeder Euro geht an mich und meine Miete, Link in meiner Bio'],
  ] as [Lang, string][])('%s: %s is still an ask for the author', (lang, text) => {
    expect(rules(text, lang)).toContain('call-to-action');
  });
});

// A release under an open licence is handed over: "download at <link>" is where to take it. A follow, a star or a
// subscription asked beside it still asks for the author, and a sale is still a sale.
describe('releases under an open licence', () => {
  const OPEN: [Lang, string][] = [
    ['en', 'We released our dataset: 12,000 annotated bird calls from 40 species recorded in Kenyan wetlands, CC-BY licensed. Download at https://zenodo.org/records/123456'],
    ['es', 'Publicamos el conjunto de datos: 5.000 audios de acentos del español de 20 países, con licencia abierta. Está en https://zenodo.org/records/998877'],
    ['de', 'Wir veröffentlichen unseren Datensatz: 8.000 annotierte Gerichtsurteile, offen lizenziert. https://zenodo.org/records/776655'],
    ['fr', 'Nous publions notre jeu de données : 3 000 contrats de travail annotés, sous licence ouverte. https://zenodo.org/records/445566'],
    ['pt', 'Publicamos nosso conjunto de dados: 4.000 receitas médicas anotadas, sob licença aberta. https://zenodo.org/records/112233'],
  ];
  it.each(OPEN)('%s: %s', (lang, text) => {
    expect(rules(text, lang)).toEqual([]);
  });
  it.each([
    ['en', 'We released our dataset under an open license! Follow me and subscribe for more: https://zenodo.org/records/1'],
    ['en', 'Our new course is CC-BY licensed, only $49 this week: https://course.example.com'],
  ] as [Lang, string][])('%s: %s still asks', (lang, text) => {
    expect(rules(text, lang).length).toBeGreaterThan(0);
  });
});

// A paper or a study announced with its finding stated shares the result itself; one announced with nothing of it
// is still an announcement.
describe('findings stated', () => {
  const FINDINGS: [Lang, string][] = [
    ['en', 'Our new preprint is online: we show that 30 km/h zones cut crashes involving children by a third. https://osf.io/abcd'],
    ['es', 'Nuestro nuevo artículo ya está publicado: mostramos que los carriles bici redujeron un 30% los accidentes. https://doi.org/10.1/x'],
    ['de', 'Unser neues Preprint ist online: Wir zeigen, dass Tempo 30 in Wohnstraßen die Zahl der Unfälle mit Kindern um ein Drittel senkt. https://osf.io/abcd'],
    ['fr', "Notre nouvel article est en ligne : on montre que les modèles de langage oublient les faits appris en dernier. https://hal.science/x"],
    ['pt', 'Nosso novo artigo saiu: mostramos que as ciclovias reduziram em 30% os acidentes em Fortaleza. https://doi.org/10.1/y'],
  ];
  it.each(FINDINGS)('%s: %s', (lang, text) => {
    expect(ruleInput(text, { lang }).find('finding').length).toBeGreaterThan(0);
    expect(rules(text, lang)).toEqual([]);
  });
  it.each([['en', 'Our new paper is out! Read it here: https://doi.org/10.1/z']] as [Lang, string][])('%s: %s still plugs', (lang, text) => {
    expect(rules(text, lang).length).toBeGreaterThan(0);
  });
});

// A multiple told with what caused it is an engineer's measurement; the ad's multiplier ("10x more productive with
// this one app") is copy.
describe('measured multiples', () => {
  const MEASURED: [Lang, string][] = [
    ['en', 'Postgres tip: our queries got 3x faster after we added an index on (user_id, created_at).'],
    ['en', 'Our search is now 3x faster after we added an index on title. Writeup: https://blog.example.dev/index'],
    ['es', 'Consejo de Postgres: las consultas son 3 veces más rápidas desde que añadimos un índice. Detalles: https://blog.example.dev/es'],
    ['de', 'Postgres-Tipp: Unsere Abfragen sind 3x schneller, seit wir einen Index angelegt haben. https://blog.example.dev/de'],
    ['fr', "Astuce Postgres : nos requêtes sont 3 fois plus rapides depuis qu'on a ajouté un index. https://blog.example.dev/fr"],
    ['pt', 'Dica de Postgres: as consultas ficaram 3 vezes mais rápidas depois que criamos um índice. https://blog.example.dev/pt'],
  ];
  it.each(MEASURED)('%s: %s', (lang, text) => {
    expect(rules(text, lang)).not.toContain('product-copy');
  });
  it.each([
    ['en', 'Be 10x more productive with this one app: https://x.io'],
    ['de', 'Werde 10x produktiver mit diesem einen Tool: https://x.io'],
  ] as [Lang, string][])('%s: %s is still copy', (lang, text) => {
    expect(rules(text, lang)).toContain('product-copy');
  });
});

// A portfolio piece told with its lesson and no ask hands over the lesson; "my portfolio" beside it is no pitch.
describe('a lesson beside the author’s work', () => {
  it.each([
    ['es', 'Nuevo proyecto en mi portfolio: rediseñé la web de una panadería de barrio. Lo que aprendí: la gente solo quería ver el horario y el teléfono, así que los puse arriba y las llamadas subieron un 40%.'],
  ] as [Lang, string][])('%s: %s', (lang, text) => {
    expect(rules(text, lang)).toEqual([]);
  });
  it.each([['es', 'Nuevo proyecto en mi portfolio, ¡échale un vistazo y dale like! Link en bio']] as [Lang, string][])('%s: %s still asks', (lang, text) => {
    expect(rules(text, lang).length).toBeGreaterThan(0);
  });
});

// A summary that hands over the takeaway ("Short version:", "Lo más importante:", "Kurz gesagt") gives: a new video
// announced with it is no bare announcement. Without it, "new video" alone still is.
describe('a new video told with its takeaway', () => {
  const TOLD: [Lang, string][] = [
    ['en', 'New video is up: how to repot a monstera without killing it. Short version: one pot size up, chunky mix, and don\'t water for a week.'],
    ['es', 'Nuevo vídeo: cómo afilar un cuchillo con piedra de agua. Lo más importante: mantener siempre el mismo ángulo, unos 15 grados.'],
    ['de', 'Neues Video: Fahrradkette richtig ölen. Kurz gesagt: nur ein Tropfen pro Glied, und danach das Überschüssige abwischen.'],
    ['fr', "Nouvelle vidéo : comment rempoter un ficus. En bref : un pot à peine plus grand, et pas d'arrosage pendant une semaine."],
    ['pt', 'Vídeo novo: como afiar faca na pedra. Resumindo: manter sempre o mesmo ângulo, uns 15 graus.'],
  ];
  it.each(TOLD)('%s: %s', (lang, text) => {
    expect(rules(text, lang)).toEqual([]);
  });
  it.each([
    ['es', '¡Nuevo vídeo ya disponible! Link en bio 🔥'],
    ['de', 'Neues Video ist online! Link in Bio 🔥'],
    ['fr', 'Nouvelle vidéo dispo ! Lien en bio 🔥'],
  ] as [Lang, string][])('%s: %s still announces', (lang, text) => {
    expect(rules(text, lang).length).toBeGreaterThan(0);
  });
});

// A job ad offers the reader a job: its "apply at <link>" is no pitch the model should read.
describe('job ads', () => {
  const ADS: [Lang, string][] = [
    ['en', "We're hiring! Two junior data analysts in Lisbon, €32k, mentoring from day one. The interview is a 45-minute chat about a dataset you choose, no leetcode. Apply: https://jobs.example.pt/da"],
    ['es', 'Buscamos cocinero/a para media jornada, de martes a sábado, 1.100 € al mes. Trae tu CV al restaurante.'],
    ['de', 'Wir stellen ein: Bürokraft in Teilzeit (20 Std.), 16 € pro Stunde, flexible Arbeitszeiten. Bewerbungen gerne per Mail an jobs@tischlerei-meier.de'],
    ['fr', 'On recrute ! Un développeur back-end à Nantes, 45-50k€, 2 jours de télétravail.'],
    ['pt', 'Estamos contratando designer júnior em Recife, R$ 3.500, híbrido.'],
  ];
  it.each(ADS)('%s: %s', (lang, text) => {
    expect(ruleInput(text, { lang }).find('hiring').length).toBeGreaterThan(0);
    expect(rules(text, lang)).toEqual([]);
  });
  it.each([['en', "We're hiring! Follow our page and share this post with 3 friends"]] as [Lang, string][])('%s: %s still asks for reach', (lang, text) => {
    expect(rules(text, lang).length).toBeGreaterThan(0);
  });
});

// "New drop 🔥🔥" is a product drop, not an ask to drop a 🔥: no engagement-bait reason on it. "Drop a 🔥 if you
// agree" still is one.
describe('a product drop is no ask for a reaction', () => {
  it('gives the drop no engagement-bait reason, and still calls it a plug', () => {
    const found = rules('New drop 🔥🔥 link in bio', 'en');
    expect(found).not.toContain('engagement-bait');
    expect(found.length).toBeGreaterThan(0);
  });
  it('still reads "drop a 🔥 if you agree" as bait', () => {
    expect(rules('Drop a 🔥 if you agree', 'en')).toContain('engagement-bait');
  });
});

// "Come say hi if you're there" invites people already going to meet the author: an invitation, which gives. "Come
// say hi" alone, or at a stall or booth, still summons customers.
describe('meeting those who will be there anyway', () => {
  const INVITATIONS: [Lang, string][] = [
    ['en', "I'm speaking at PyCon next week about testing data pipelines. Come say hi if you're there!"],
    ['es', 'La semana que viene hablo en la PyConES sobre tests de datos. Si andas por ahí, pasa a saludar!'],
    ['de', 'Nächste Woche spreche ich auf der PyCon DE über Datentests. Sagt gern Hallo, wenn ihr auch da seid!'],
    ['fr', 'Je parle à PyCon FR la semaine prochaine sur les tests de données. Venez me dire bonjour si vous y êtes !'],
    ['pt', 'Semana que vem falo na Python Brasil sobre testes de dados. Se estiver por lá, passa pra dizer oi!'],
  ];
  it.each(INVITATIONS)('%s: %s invites, no hint', (lang, text) => {
    expect(ruleInput(text, { lang }).find('invitation').length).toBeGreaterThan(0);
    expect(check(text, { lang, platform: 'linkedin' }).kind).toBe('give');
    expect(rules(text, lang)).toEqual([]);
  });
  it.each([
    ['en', "🌮 This Saturday we're at the Riverside Night Market with birria tacos + horchata! Come say hi 🌮"],
    ['en', 'Come say hi at our booth 42, free demos all day!'],
  ] as [Lang, string][])('%s: %s still asks', (lang, text) => {
    expect(rules(text, lang)).toContain('call-to-action');
  });
});

// Warmth to the person answered is for them: the model's reading of "launch" or "earned" in a congratulation is not
// the author's pitch. The same warmth beside an ask or a plug of one's own still fires.
describe('a warm reply is not a pitch', () => {
  const reply = (text: string) => check(text, { lang: 'en', platform: 'linkedin', reply: true });
  it('congratulations on someone else\'s launch', () => {
    const r = reply("Congrats to the whole team on the launch, you've earned a long weekend 🎉");
    expect(r.findings.map((f) => f.rule)).toEqual([]);
    expect(r.kind).toBe('give');
  });
  it.each(['Congrats on 1M subs! I\'m a small youtuber too, check my channel', 'Congrats!! my new video is up'])('%s still fires', (text) => {
    expect(reply(text).families).toContain('self-promotion');
  });
});

// In a reply, "link is in the description" points the person answered at the page's own description: where what
// they asked for is. "My description", or the same words beside an ask of the author's, still plug.
describe("a creator's answer pointing at the description", () => {
  const reply = (text: string, lang: Lang = 'en') => check(text, { lang, platform: 'youtube', reply: true });
  it.each([
    ['en', 'The pattern is free, link is in the description'],
    ['en', 'Thanks! Link is in the description'],
    ['de', 'Danke dir! Die Schnittmuster gibt es kostenlos, Link ist in der Beschreibung.'],
    ['fr', 'Merci beaucoup ! Le patron est gratuit, le lien est dans la description.'],
    ['pt', 'Valeu! O molde é gratuito, o link está na descrição.'],
    ['es', 'Gracias! La receta completa está en la descripción del vídeo 😊'],
  ] as [Lang, string][])('%s: %s gets no hint', (lang, text) => {
    expect(reply(text, lang).findings.map((f) => f.rule)).toEqual([]);
  });
  it.each(['Link in my description!', 'Sub to my channel, link is in the description'])('%s still plugs', (text) => {
    expect(reply(text).findings.map((f) => f.rule)).toContain('call-to-action');
  });
  it('a post of its own pointing at the description still asks', () => {
    expect(check('Full tutorial, link in the description', { lang: 'en', platform: 'instagram' }).findings.map((f) => f.rule)).toContain('call-to-action');
  });
});
