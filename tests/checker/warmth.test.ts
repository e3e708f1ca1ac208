// Warm posts read as giving: thanks that name people, invitations to meet (warmth.ts), and no push in a report.
import { describe, expect, it } from 'vitest';
import { check } from '../../lib/checker';

describe('warm posts', () => {
  it.each([
    ['Proud of my team this quarter. Thank you Ana, Ben and Chidi for carrying the release.', 'en'],
    ['In Lisbon for Web Summit next week. Would love to grab a coffee with anyone working on accessibility, DM me!', 'en'],
    ['Join us for coffee on Friday at the library, bring a question about your garden.', 'en'],
    ['¿Alguien en Madrid esta semana? Me encantaría tomar un café y charlar de accesibilidad, escríbeme por DM.', 'es'],
  ] as const)('%s reads as give with no self-promotion', (text, lang) => {
    const report = check(text, { lang });
    expect(report.families).not.toContain('self-promotion');
    expect(report.kind).toBe('give');
  });

  it.each([
    ["Your knife sharpening video saved my grandmother's old chef knife, thank you so much!", 'en'],
    ['Gracias, tu receta de lentejas con comino ya es la cena de cada lunes en casa', 'es'],
    ['Danke! Dank deiner Anleitung habe ich endlich die Fahrradbremse selbst eingestellt', 'de'],
  ] as const)('a comment on a YouTube page thanking for something named reads as give: %s', (text, lang) => {
    const report = check(text, { lang, platform: 'youtube' });
    expect(report.families).toEqual([]);
    expect(report.kind).toBe('give');
  });

  it.each([['Love this! ❤️', 'en'], ['Thank you!!', 'en'], ['Merci ! 🙏', 'fr']] as const)(
    'bare warmth in a YouTube comment still gives nothing: %s',
    (text, lang) => {
      const report = check(text, { lang, platform: 'youtube' });
      expect(report.kind).not.toBe('give');
      expect(report.families).toContain('missing-value');
    },
  );

  it('a report of selling out is not urgency', () => {
    const report = check('Our lemon bars sold out in 20 minutes today, thank you all!', { lang: 'en' });
    expect(report.findings.map((f) => f.rule)).not.toContain('urgency');
    expect(report.kind).not.toBe('take');
  });

  it('thanks without a name stay generic, and a pitch stays a pitch', () => {
    expect(check('Thank you all! Subscribe to my channel for more', { lang: 'en' }).kind).toBe('take');
    expect(check('Grab a coffee and sign up for my course today: course.example.com', { lang: 'en' }).families).toContain('self-promotion');
  });

  it.each([
    ['So happy for you, congrats on the new role Priya!! 🎉', 'en'],
    ['So sorry to hear about your dad, thinking of you ❤️', 'en'],
    ['¡Feliz cumpleaños, Lucía! 🎂', 'es'],
    ['Alles Gute zum Geburtstag, Tom! 🎈', 'de'],
    ['Bravo Inès, c’est mérité ! 👏', 'fr'],
    ['Parabéns pelo prêmio, Rafa!! 🏆', 'pt'],
  ] as const)('warmth to the person one answers gives: %s', (text, lang) => {
    const report = check(text, { lang, reply: true });
    expect(report.families).toEqual([]);
    expect(report.kind).toBe('give');
  });

  // Thanks typed short, as people text them ("thx", "vlw", "grax", "mrc"), thank as the long forms do.
  it.each([
    ['thx, this helped! it was the DNS cache, ipconfig /flushdns fixed it right away', 'en'],
    ['grax, me sirvió un montón! era la caché del DNS, con ipconfig /flushdns volvió al instante', 'es'],
    ['thx, hat echt geholfen! War der DNS-Cache, nach ipconfig /flushdns lief es sofort wieder', 'de'],
    ["mrc, ça m'a bien aidé ! c'était le cache DNS, après ipconfig /flushdns ça remarche direct", 'fr'],
    ['vlw, ajudou mto! era o cache do DNS mesmo, rodei ipconfig /flushdns e voltou na hora', 'pt'],
  ] as const)('short thanks for what helped, in a reply, give: %s', (text, lang) => {
    const report = check(text, { lang, reply: true });
    expect(report.families).toEqual([]);
    expect(report.kind).toBe('give');
  });

  it.each([
    ['vlw!', 'pt'],
    ['thx!', 'de'],
  ] as const)('bare short thanks in a YouTube comment still give nothing: %s', (text, lang) => {
    const report = check(text, { lang, platform: 'youtube' });
    expect(report.kind).not.toBe('give');
    expect(report.families).toContain('missing-value');
  });

  it.each([
    ['vlw galera, link na bio', 'pt'],
    ['mrc à tous, abonnez-vous à ma chaîne', 'fr'],
  ] as const)('short thanks before a plug still take: %s', (text, lang) => {
    expect(check(text, { lang, reply: true }).kind).toBe('take');
  });

  // A post of its own addressed to someone by name or handle is for them as much as a reply is.
  it.each([
    ['Congrats Sam!!', 'en'],
    ['Happy birthday Mom, love you ❤️', 'en'],
    ['Happy birthday to my little sister Lena 🎂', 'en'],
    ['Jonas, congrats on the new role!', 'en'],
    ['Good luck @mara_runs, you have trained for this!', 'en'],
    ['Felicidades, Marta!! 🎉', 'es'],
    ['Alles Gute, Papa!', 'de'],
    // Through "our"/"my" and a role, a title, or "ao"/"al": credit to someone else's win.
    ['Congrats to our intern Sam, who just shipped her first feature to 2 million users!', 'en'],
    ['Congratulations to Dr. Okafor on her appointment as head of cardiology.', 'en'],
    ['¡Felicidades a nuestra becaria Ana, que acaba de lanzar su primera función!', 'es'],
    ['Glückwunsch an unsere Kollegin Lea, die gerade den Berliner Auftrag gewonnen hat!', 'de'],
    ['Großes Lob an unsere Praktikantin Mia für ihr erstes Feature.', 'de'],
    ['Bravo à notre stagiaire Léa, qui vient de livrer sa première fonctionnalité !', 'fr'],
    ['Parabéns ao meu colega Pedro por fechar o contrato de Berlim.', 'pt'],
  ] as const)('warmth that names whom it is for gives in a post of its own: %s', (text, lang) => {
    const report = check(text, { lang });
    expect(report.families).toEqual([]);
    expect(report.kind).toBe('give');
  });

  // A crowd or the author's own team under "our" is no one person credited.
  it.each([
    ['Good luck to our Canadian followers tonight', 'en'],
    ['Congrats to our Team for our award this year!', 'en'],
    ['¡Felicidades a nuestro Equipo por nuestro premio de este año!', 'es'],
    ['Glückwunsch an unser Team zu unserem Preis in diesem Jahr!', 'de'],
    ['Bravo à notre Équipe pour notre prix cette année !', 'fr'],
    ['Parabéns à nossa Equipe pelo nosso prêmio deste ano!', 'pt'],
  ] as const)('warmth to a crowd or to our own team is not credit: %s', (text, lang) => {
    expect(check(text, { lang }).kind).not.toBe('give');
  });

  it('a short wish in another language is read in that language when none is given', () => {
    expect(check('Felicidades Marta!! 🎉').families).toEqual([]);
    expect(check('Parabéns Carol!!').families).toEqual([]);
  });

  // Wishing a place or a crowd well is the crisis platitude, not warmth to a person.
  it.each([
    'Good luck to our Guatemalan followers #SanMarcos',
    "I'm sending love to West, Texas.",
    'Congrats!! to everyone',
  ])('warmth to a place or a crowd does not give: %s', (text) => {
    expect(check(text, { lang: 'en' }).kind).not.toBe('give');
  });

  // Not a reply (small talk, not warmth to someone), warmth that wraps a pitch, stock praise of the post itself.
  it.each([
    ['Congrats!! 🎉', false],
    ['Congrats!! btw check out my channel, I do covers too', true],
    ['Great video, congrats!', true],
  ] as const)('warmth does not make "%s" give (reply: %s)', (text, reply) => {
    expect(check(text, { lang: 'en', reply }).kind).not.toBe('give');
  });

  // A welcome to someone joining is warmth to that person, in a reply or addressed by name in a post of its own.
  it.each([
    ['Welcome to the team, Deshawn! 🎉', 'en', true],
    ['Welcome aboard @kim_codes, glad you picked us!', 'en', false],
    ['¡Bienvenida al equipo, Marta! 🎉', 'es', true],
    ['Willkommen im Team, Jonas! 🎉', 'de', true],
    ["Bienvenue dans l'équipe, Léa !", 'fr', true],
    ['Bem-vinda ao time, Ana! 🎉', 'pt', true],
  ] as const)('a welcome to the team gives: %s', (text, lang, reply) => {
    const report = check(text, { lang, reply });
    expect(report.families).toEqual([]);
    expect(report.kind).toBe('give');
  });

  // A welcome to the author's own channel or shop is the author's pitch, and a bare "welcome" is no warmth to a person.
  it.each([
    ['Welcome to my channel! New video every Friday, subscribe so you never miss one', 'en'],
    ['¡Bienvenidos a mi canal! Suscríbete y activa la campanita', 'es'],
    ['Willkommen in meinem Shop! Mit dem Code HALLO10 sparst du 10 %', 'de'],
    ['Bienvenue sur ma chaîne ! Abonnez-vous pour ne rien rater', 'fr'],
    ['Bem-vindos ao meu canal! Se inscrevam e ativem o sininho', 'pt'],
  ] as const)('a welcome to the author’s own place does not give: %s', (text, lang) => {
    expect(check(text, { lang }).kind).not.toBe('give');
  });

  it('a meeting word with no way to take it up invites no one', () => {
    const invites = (text: string, lang: 'en' | 'es') => check(text, { lang }).signals.some((s) => s.signal === 'invitation');
    expect(invites("Here's what happens when you stop drinking coffee for a month", 'en')).toBe(false);
    expect(invites('10 cosas que no sabías sobre el café', 'es')).toBe(false);
    expect(invites('Would love to grab a coffee with anyone working on accessibility, DM me!', 'en')).toBe(true);
  });
});

// Support said to the person one answers (value lexicons: warmth `supportInReply`, and sympathy, which a reply reads as
// warmth) is giving to them; the same words as a post of its own about a place hit by a disaster stay sympathy.
describe('support in a reply', () => {
  it.each([
    ["Stay strong, we're all with you", 'en'],
    ['Stay strong!', 'en'],
    ['Thinking of you, Élodie ❤️', 'en'],
    ['Mucho ánimo, Lucía, estamos contigo ❤️', 'es'],
    ['Pensando en ti, Lucía', 'es'],
    ['Viel Kraft, Jana, wir denken an dich ❤️', 'de'],
    ['Kopf hoch, wir sind für dich da', 'de'],
    ['Courage Élodie, on pense fort à toi ❤️', 'fr'],
    ['Toutes mes condoléances, Marc.', 'fr'],
    ['Força, Carla! Estamos torcendo por você ❤️', 'pt'],
    ['Pensando em você, Carla', 'pt'],
  ] as const)('reads as give with no card: %s', (text, lang) => {
    const report = check(text, { lang, reply: true });
    expect(report.findings.map((f) => f.rule)).toEqual([]);
    expect(report.kind).toBe('give');
  });

  it.each([
    ['Hang in there New South Wales. The rest of Australia is thinking of you', 'en'],
    ['Stay strong Cebu and Bohol. May God bless all of you', 'en'],
  ] as const)('a post of its own to a place stays sympathy with nothing told: %s', (text, lang) => {
    const report = check(text, { lang });
    expect(report.kind).not.toBe('give');
    expect(report.families).toContain('missing-value');
  });

  it.each([
    ["We're with you! Check out my channel for more motivation videos", 'en'],
    ['Estamos torcendo por você! Segue meu perfil pra mais dicas', 'pt'],
  ] as const)('support that wraps a pitch is still take: %s', (text, lang) => {
    expect(check(text, { lang, reply: true }).kind).toBe('take');
  });
});

// Thanks that end their own sentence ("Danke dir!", "Gracias a ti.") say what for in the next one, as "Thank you! That
// exact cable…" does; a next sentence that asks, or none, leaves them generic.
describe('thanks in a reply, what for said next', () => {
  it.each([
    ['Thanks for this! That exact cable was missing for me too, the printer works again now.', 'en'],
    ['Gracias a ti. Justo ese cable me faltaba a mí también, ya funciona otra vez la impresora.', 'es'],
    ['Danke dir! Genau das Kabel hat bei mir auch gefehlt, jetzt läuft der Drucker wieder.', 'de'],
    ["Merci à toi ! C'est exactement le câble qui me manquait aussi, l'imprimante remarche.", 'fr'],
    ['Obrigada a você! Era exatamente esse cabo que faltava aqui também, a impressora voltou a funcionar.', 'pt'],
  ] as const)('%s', (text, lang) => {
    expect(check(text, { lang, reply: true }).kind).toBe('give');
  });

  it.each([
    ['Danke dir! Abonniere meinen Kanal für mehr Tipps zu Druckern und Kabeln.', 'de'],
    ["Merci à toi ! Abonne-toi à ma chaîne pour plus d'astuces sur les imprimantes.", 'fr'],
    ['Gracias a ti. Suscríbete a mi canal para más trucos de impresoras.', 'es'],
  ] as const)('a next sentence that asks: %s', (text, lang) => {
    expect(check(text, { lang, reply: true }).kind).toBe('take');
  });

  it.each([
    ['Danke dir!', 'de'],
    ['Thanks for this! Great.', 'en'],
  ] as const)('nothing said next: %s', (text, lang) => {
    expect(check(text, { lang, reply: true }).kind).not.toBe('give');
  });
});
