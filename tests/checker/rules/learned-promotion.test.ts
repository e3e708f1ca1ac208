import rule, { readsAsPitch } from '../../../lib/checker/rules/learned-promotion';
import type { RuleInput } from '../../../lib/checker/rule';
import { describe, expect, it } from 'vitest';
import { check, ruleInput } from '../../../lib/checker';
import { offersPublicGood, reportsAnnouncement } from '../../../lib/checker/policy';
import { runRule, testRule } from '../rule-tester';

// The spans are the words the shipped weights weighed most; retraining (npm run train) may move them.
testRule(rule, {
  valid: [
    // A free guide handed over with nothing asked back ("pas d'inscription, pas d'email", "keine Anmeldung"): an open gift.
    { text: "J'ai écrit un guide gratuit pour déclarer ses impôts en micro-entreprise (URSSAF, CFE, tout). Pas d'inscription, pas d'email, juste le PDF : guidemicro.fr", ctx: { platform: 'x', lang: 'fr' }, note: 'nothing asked back' },
    { text: 'Ich habe einen kostenlosen Leitfaden für die Steuererklärung als Kleinunternehmer geschrieben (EÜR, USt, alles). Keine Anmeldung, keine E-Mail nötig, nur das PDF: leitfaden-klein.de', ctx: { platform: 'x', lang: 'de' }, note: 'nothing asked back' },
    // A teaser's promise of more with nothing of the author's named: vague-pointer's, no pitch.
    { text: "ça va TOUT changer 🔥🔥 plus d'infos bientôt 👀", ctx: { platform: 'x', lang: 'fr' }, note: 'teaser' },
    { text: 'isso vai mudar TUDO 🔥🔥 mais em breve 👀', ctx: { platform: 'x', lang: 'pt' }, note: 'teaser' },
    // xlang20: hype over a link with nothing of the author's named: a teaser (bare-link, learned-bait), no pitch.
    { text: 'Isto vai mudar o jogo 🔥🔥 t.co/8fKQ2mLpZa', ctx: { platform: 'x', lang: 'pt' }, note: 'hype over a link' },
    { text: 'This is a game changer 🔥🔥 https://t.co/8fKQ2mLpZa', ctx: { platform: 'x' }, note: 'hype over a link' },
    { text: 'Esto cambia las reglas del juego 🔥 https://t.co/8fKQ2mLpZa', ctx: { platform: 'x', lang: 'es' }, note: 'hype over a link' },
    { text: 'Das ist ein Gamechanger 🔥🔥 https://t.co/8fKQ2mLpZa', ctx: { platform: 'x', lang: 'de' }, note: 'hype over a link' },
    // A question that only asks whether readers know the thing linked, nothing of the author's named: no pitch.
    { text: 'Ça vous parle ? 👀 https://t.co/aB3kd9', ctx: { platform: 'x', lang: 'fr' }, note: 'recognition question over a link' },
    { text: '¿Os suena? 👀 https://t.co/aB3kd9', ctx: { platform: 'x', lang: 'es' }, note: 'recognition question over a link' },
    // A pointer and a link passed on ("esto 👇", "ça 👇", "isso 👇"): the model's only words are the arrow and nothing
    // is the author's; bare-link speaks for it.
    { text: 'esto 👇 https://elpais.com/tecnologia/2026-12-05/la-ia-y-el-empleo.html', ctx: { lang: 'es', platform: 'bluesky', reply: true }, note: 'a pointer and a link' },
    { text: 'ça 👇 https://www.lemonde.fr/economie/article/2026/12/05/ia-emploi_123.html', ctx: { lang: 'fr', platform: 'bluesky', reply: true }, note: 'a pointer and a link' },
    { text: 'isso 👇 https://g1.globo.com/tecnologia/noticia/2026/12/05/ia-e-emprego.ghtml', ctx: { lang: 'pt', platform: 'bluesky', reply: true }, note: 'a pointer and a link' },
    { text: 'das hier 👇 https://www.spiegel.de/wirtschaft/ki-und-jobs-a-123456', ctx: { lang: 'de', platform: 'bluesky', reply: true }, note: 'a pointer and a link' },
    { text: 'this 👇 https://www.theguardian.com/technology/2026/dec/05/ai-and-jobs', ctx: { platform: 'bluesky', reply: true }, note: 'a pointer and a link' },
    // A viewer's favourite or comfort channel, the adjective after the noun in es/pt/fr: praise of someone else's channel.
    { text: 'This channel is my comfort channel, I rewatch it every night', ctx: { platform: 'youtube' }, note: 'a comfort channel praised' },
    { text: 'Yo lo vi en mi canal favorito de cocina', ctx: { platform: 'youtube', lang: 'es' }, note: 'a favourite channel' },
    { text: 'Eu conheci essa música no meu canal favorito de reacts', ctx: { platform: 'youtube', lang: 'pt' }, note: 'a favourite channel' },
    { text: "J'ai découvert ça sur ma chaîne préférée de cuisine", ctx: { platform: 'youtube', lang: 'fr' }, note: 'a favourite channel' },
    { text: 'Das ist mein Lieblingskanal, ich schaue jeden Abend', ctx: { platform: 'youtube', lang: 'de' }, note: 'a favourite channel' },
    // A reply that explains what someone else's tool is (what is that link thing in bios?) answers the question, in five languages.
    { text: 'That\'s Linktree. It\'s a free site that gives you one link with a list of all your other links, so people put it in their bio because Instagram only allows one.', ctx: { platform: 'reddit', reply: true }, note: 'explains a tool' },
    { text: 'It\'s called Linktree: one page with all your links on it. Instagram only lets you put one link in your bio, so people use it to point to several.', ctx: { platform: 'x', reply: true }, note: 'explains a tool' },
    { text: 'Eso es Linktree: una página con todos tus enlaces. Instagram solo deja poner un enlace en la bio, así que la gente lo usa para enlazar a varios sitios.', ctx: { lang: 'es', platform: 'x', reply: true }, note: 'explains a tool' },
    { text: 'Das ist Linktree: eine Seite mit all deinen Links. Instagram erlaubt nur einen Link in der Bio, deshalb nutzen viele das, um auf mehrere Seiten zu verweisen.', ctx: { lang: 'de', platform: 'x', reply: true }, note: 'explains a tool' },
    { text: 'C\'est Linktree : une page avec tous tes liens. Instagram ne permet qu\'un seul lien dans la bio, donc les gens l\'utilisent pour renvoyer vers plusieurs sites.', ctx: { lang: 'fr', platform: 'x', reply: true }, note: 'explains a tool' },
    { text: 'Isso é o Linktree: uma página com todos os seus links. O Instagram só deixa colocar um link na bio, então o pessoal usa pra apontar pra vários sites.', ctx: { lang: 'pt', platform: 'x', reply: true }, note: 'explains a tool' },
    // A rocket or a satellite launched is a flight, not a product launch, whatever the model makes of "launching".
    { text: 'Watch: A SpaceX Falcon 9 booster lands on a drone ship in the Atlantic after launching 22 Starlink satellites https://t.co/abc', note: 'a flight' },
    { text: 'SpaceX launches 22 Starlink satellites from Cape Canaveral https://t.co/abc', note: 'a flight' },
    // A milestone thanked to the readers is humblebrag's one card, not the model's (policy.ts thanksForMilestone).
    { text: 'Finally hit 1,000 subscribers on my knitting channel! Thank you all so much', note: 'a thanked milestone: one card, humblebrag’s' },
    { text: 'Finalmente chegamos a 1.000 inscritos no meu canal de tricô! Muito obrigada a todos', ctx: { lang: 'pt' }, note: 'a count of the audience, thanked' },
    // The author's own vacancy: a job ad (policy.ts offersJob), whatever the model makes of "position".
    { text: 'Our lab has a funded PhD position in coral ecology, starting October. Please share!', note: 'a vacancy of the author’s lab' },
    { text: 'Congrats!!', ctx: { reply: true }, note: 'brief warmth to someone else' },
    // Praise of the creator on their own page: "this" is their channel, whatever the model makes of "best channel".
    { text: "I've been subscribed since 2015 and this is still the best channel on YouTube", ctx: { platform: 'youtube' }, note: 'praise of the creator' },
    { text: "Mon père m'a dit d'acheter ma première maison avant 30 ans.", ctx: { lang: 'fr' }, note: 'a father’s advice reported (speech.ts)' },
    { text: 'Mi madre dice que debería vender mis pasteles en mi propia tienda online. No sé.', ctx: { lang: 'es' }, note: 'a mother’s advice reported' },
    { text: '🔥🔥🔥🙌', ctx: { platform: 'youtube' }, note: 'emoji alone name nothing to pitch' },
    { text: '😂😂😂😂', ctx: { platform: 'youtube' }, note: 'emoji alone name nothing to pitch' },
    { text: 'Proud of my team, thank you Ana, Ben and Chidi', note: 'thanks naming people' },
    { text: 'Huge thanks to Maya for reviewing all 40 pull requests this week', note: 'thanks for something specific' },
    { text: 'Magnitude 5.1 earthquake 40 km north of the city at 2:14am, no damage reported so far', note: 'informative, with numbers' },
    { text: 'Shelter at Lincoln High has 120 beds left and accepts pets, bring ID', note: 'informative, with numbers' },
    { text: 'lemon bars sold out in 20 minutes', note: 'news of a bake sale, not an ask' },
    {
      text: "Tip that took me 3 years: if your glaze crawls, it's dust or oil on the bisque. Wipe every piece with a damp sponge before glazing. I made a video on my channel showing it, link below",
      note: 'the post gives the lesson itself; a pointer to more is fine',
    },
    { text: 'Abonnez-vous à ma chaîne', note: 'the call-to-action rule names this ask with its own advice' },
    { text: 'GIVEAWAY 🎉 Follow me and retweet to enter', note: 'entry by engagement: the giveaway rule names it with its own advice' },
    { text: 'The raffle at the school fair raised $800 for the library.', note: 'news of someone else’s raffle, not a pitch' },
    {
      text: 'The full interview with Carville firefighters about the refinery explosion is on our channel',
      note: 'a pointer to coverage of a named event: the model hears "our channel", the post reports the explosion',
    },
    { text: "To help w/ #WestTX relief efforts we're making shower facilities available at our Bellmead location http://t.co/x", note: 'relief passed on for those an event hit' },
    // A bare post (a few words, no weak evidence, nothing sold): the model's certainty rests on a word or two it has
    // seen in pitches, so it must be surer than alone elsewhere.
    { text: 'Police launch nationwide sweep after threats', note: 'a headline with a launch in it' },
    { text: 'The Try Guys Try Thai Cooking', note: 'a title, nothing sold' },
    { text: 'Cable Channel Plans to Cut 900 Jobs', note: 'a headline that names a channel' },
    { text: 'Sent you a DM hun', note: 'a note to one person' },
  ],
  // Posts no phrase rule names (no ask, plug phrase or code): the model's reading is the only one.
  invalid: [
    // A hook to the reader's wish over a link stays a pitch, with a question mark or not.
    { text: 'Need a new website? 👀 pixelforge.studio', ctx: { platform: 'x', lang: 'en' }, flags: ['website? 👀'] },
    { text: 'Ça vous tente ? 👀 https://t.co/aB3kd9', ctx: { platform: 'x', lang: 'fr' }, flags: ['vous tente ? 👀'] },
    // The pointer beside the author's own thing stays a pitch.
    { text: 'nuevo video 👇 https://youtube.com/watch?v=abc123', ctx: { lang: 'es', platform: 'x' }, flags: ['video 👇 https://youtube.com/watch?v=abc123'] },
    // A launch of the author's own thing stays theirs, rocket-themed or not.
    { text: 'Our team is launching the new rocket lamp collection today', flags: ['is launching'] },
    { text: "We're making shower facilities available at our Bellmead location http://t.co/x", flags: ["We're making shower facilities available"] },
    { text: 'The full interview is on our channel', flags: ['channel'] },
    { text: 'new vlog on the channel', flags: ['new vlog on the channel'] },
    { text: 'Full tutorial on the channel', flags: ['channel'] },
    { text: 'Vídeo novo no meu canal', flags: ['novo no meu canal'] },
    // A giveaway with no entry mechanics and held at no place of the author's is no phrase rule's (giveaway speaks of
    // like/share/follow entry and of draws on the author's channel: those cases are in giveaway.test.ts).
    { text: 'Huge giveaway on this account once we hit 5k, stay tuned', flags: ['giveaway on this account'] },
    // Half an offer ("release incoming", "learn more") is weak evidence the model's middling reading may confirm.
    { text: 'Stable release incoming, get ready! Learn more about the new editor', flags: ['ready! Learn more about the new editor'] },
  ],
});

// The plainest asks are the phrase rules' (call-to-action names them with its own advice) and this rule yields to
// them; the post as a whole must still read as self-promotion, whichever rule speaks.
describe('asks the phrase rules name, learned-promotion yielding', () => {
  it.each([
    'Subscribe ME!',
    'Subscribe my channel',
    'help me get 50 subs',
    'please upvote',
    'check out my chanel plz',
    'Suscribe to my chanel',
    'DMs open, reposts hugely appreciated',
    'new video is up, go watch it and subscribe',
    'Besucht meine Webseite, danke',
  ])('%s', (text) => {
    const report = check(text);
    expect(report.families).toContain('self-promotion');
    expect(report.kind).toBe('take');
    expect(runRule(rule, text)).toEqual([]);
  });
});

// The bar for a bare post, with the model's probability pinned so the rows do not hang on the shipped weights.
describe('a bare post needs a surer model', () => {
  function at(text: string, promotion: number): RuleInput {
    const input = ruleInput(text, { platform: 'x' });
    Object.defineProperty(input, 'model', { value: { ...input.model, promotion } });
    return input;
  }
  it.each([
    ['Police launch nationwide sweep after threats', 0.85, false],
    ['Police launch nationwide sweep after threats', 0.92, true],
    ['Keep struggling, it will all be over for you soon', 0.88, false],
    // Something sold in the few words (a discount, a price, a ticker, a giveaway): the usual bar.
    ['20% off all mugs until Sunday', 0.85, true],
    ['Time to buy $MOON before it moves', 0.85, true],
    ['Prints are $20 this weekend only', 0.85, true],
    // Enough words of its own: the usual bar.
    ['Keep struggling with the same old spreadsheets every Monday morning while the whole team waits on you', 0.85, true],
  ] as const)('%s at %s', (text, p, want) => {
    expect(readsAsPitch(at(text, p))).toBe(want);
  });
});

// A question the author puts to readers for what they know is no pitch, whatever the model makes of "available" or a
// price in it; a hook that speaks to the reader, or that the author's offer answers, still is.
describe('a question for what readers know', () => {
  it.each([
    ['en', 'Is the 2024 model still available for $400 anywhere? Mine broke and I can’t afford the new one.'],
    ['en', 'Anyone know if the Lumen 3 is still available for under $400? Mine died yesterday.'],
    ['en', 'Where can I still get the 2024 model for $400? Mine broke and the new one is twice that.'],
    ['es', '¿Alguien sabe si el modelo 2024 sigue disponible por 400 € en algún sitio? El mío se rompió ayer.'],
    ['de', 'Weiß jemand, ob das 2024er Modell noch irgendwo für 400 € erhältlich ist? Meins ist gestern kaputtgegangen.'],
    ['fr', 'Quelqu’un sait si le modèle 2024 est encore disponible à 400 € quelque part ? Le mien est tombé en panne hier.'],
    ['pt', 'Alguém sabe se o modelo 2024 ainda está disponível por 400 € em algum lugar? O meu quebrou ontem.'],
  ] as const)('%s: %s stays quiet', (lang, text) => {
    const result = check(text, { lang, platform: 'reddit' });
    expect(result.findings.map((f) => f.rule)).toEqual([]);
    expect(result.kind).not.toBe('take');
  });

  it.each([
    'New to meme coins or running a TG group? I build Telegram bots fast & affordable.',
    'Is the 2024 model still available for $400 anywhere? Ours is, link in bio.',
  ])('%s still reads as self-promotion', (text) => {
    expect(check(text, { lang: 'en', platform: 'x' }).families).toContain('self-promotion');
  });
});

// Someone else's announcement passed on with its source, and a public or community good, are no pitch of the author's
// (policy reportsAnnouncement, offersPublicGood): the model's reading of "available" or a price weighs the words, not
// whose offer it is. An ask, a code, a plug or a vouching crowd ("Doctors say…") still sells.
describe('notices: a third party’s announcement, a public good', () => {
  it.each([
    ['en', 'Apple says the iPhone 17 is available now at $999 in the US and $1099 in Europe.'],
    ['en', 'Apple says the iPhone 17 is available now at $999 in the US: https://www.theverge.com/apple/iphone-17-price'],
    ['en', 'Apple says the iPhone 17 is available now at $999. I think I’ll wait for the 18.'],
    ['en', 'Nintendo confirmed the Switch 2 launches June 5 at $449, with Mario Kart bundled for $499.'],
    ['en', 'According to Valve, the Steam Deck OLED is now available in 12 more countries starting today.'],
    ['en', 'Microsoft announced that Windows 10 security updates are available for free for one more year for home users.'],
    ['en', 'Our community fridge is available again! Free food, take what you need, leave what you can.'],
    ['en', 'The new youth bus pass is available now: 20 € a month for everyone under 26. Get it at any station.'],
    ['en', 'Free flu shots are available now at the community center for everyone over 65. Just walk in, no appointment needed.'],
    ['es', 'Según Apple, el iPhone 17 ya está disponible por 999 dólares en Estados Unidos.'],
    ['es', 'El nuevo abono joven ya está disponible: 20 € al mes para todos los menores de 26. Consíguelo en cualquier estación.'],
    ['es', 'La nevera solidaria del barrio vuelve a estar disponible. Comida gratis para todos: coge lo que necesites y deja lo que puedas.'],
    ['de', 'Laut Apple ist das iPhone 17 ab sofort für 999 Dollar in den USA erhältlich.'],
    ['de', 'Das neue Jugendticket ist jetzt verfügbar: 20 € im Monat für alle unter 26. Hol es dir an jedem Bahnhof.'],
    ['de', 'Der Gemeinschaftskühlschrank im Viertel ist wieder da! Kostenloses Essen für alle: nimm, was du brauchst.'],
    ['fr', 'Selon Apple, l’iPhone 17 est disponible dès maintenant à 999 dollars aux États-Unis.'],
    ['fr', 'Le nouveau pass jeunes est disponible : 20 € par mois pour tous les moins de 26 ans. À retirer dans n’importe quelle gare.'],
    ['fr', 'Le frigo solidaire du quartier est de nouveau disponible ! Nourriture gratuite pour tous, prenez ce dont vous avez besoin.'],
    ['pt', 'Segundo a Apple, o iPhone 17 já está disponível por 999 dólares nos Estados Unidos.'],
    ['pt', 'O novo passe jovem já está disponível: 20 € por mês para todos com menos de 26 anos. Pegue o seu em qualquer estação.'],
    ['pt', 'A geladeira solidária do bairro está disponível de novo! Comida grátis para todos, pegue o que precisar.'],
  ] as const)('%s: %s stays quiet', (lang, text) => {
    const result = check(text, { lang, platform: 'x' });
    expect(result.families).not.toContain('self-promotion');
    expect(result.kind).not.toBe('take');
  });

  // The mechanism in every language, whatever the model makes of the post.
  it.each([
    ['en', 'Apple says the iPhone 17 is available now at $999.', 'report'],
    ['es', 'El ayuntamiento anunció que el abono joven ya está disponible.', 'report'],
    ['es', 'Según Apple, el iPhone 17 ya está disponible.', 'report'],
    ['de', 'Die Stadt hat bestätigt, dass das Freibad wieder geöffnet ist.', 'report'],
    ['de', 'Laut Apple ist das iPhone 17 ab sofort erhältlich.', 'report'],
    ['fr', 'La mairie a annoncé que la médiathèque sera gratuite.', 'report'],
    ['fr', 'Selon la SNCF, les billets pour Noël sont disponibles dès aujourd’hui.', 'report'],
    ['pt', 'A prefeitura anunciou que a vacina da gripe é gratuita.', 'report'],
    ['pt', 'De acordo com a Nintendo, o Switch 2 já está disponível no Brasil.', 'report'],
    ['en', 'The public library now lends out tools for free.', 'public'],
    ['es', 'La biblioteca municipal ya presta herramientas gratis.', 'public'],
    ['de', 'Das neue Jugendticket ist ab sofort erhältlich, an jedem Bahnhof.', 'public'],
    ['fr', 'Le frigo solidaire du quartier est de nouveau disponible.', 'public'],
    ['pt', 'A geladeira solidária do bairro está disponível de novo.', 'public'],
  ] as const)('%s: %s is a %s notice', (lang, text, which) => {
    const input = ruleInput(text, { lang, platform: 'x' });
    expect(which === 'report' ? reportsAnnouncement(input) : offersPublicGood(input)).toBe(true);
  });

  it.each([
    ['en', 'A coin will be launched in pump.fun continuing the cigars trend. CA to be announced shortly!'],
    ['en', 'Doctors say this supplement melts fat fast. Now available in the US for $29.99'],
    ['en', 'Experts say the new Lumen lamp is the best of 2025, now available for $49 at lumenlamp.com'],
    ['en', 'Acme says our new app is available now at $9.'],
    ['en', 'Our community is available now for everyone, join the Discord: discord.gg/xyz'],
    ['en', 'Free for everyone: 50 Figma templates, grab them at figmakit.com'],
    ['en', 'Stop by the community center booth this Saturday and try our new protein bars, $3 each!'],
    ['en', 'The youth bus pass is available now. Get yours with code BUS10 for 10% off at any station.'],
    ['es', 'Según Apple, el iPhone 17 ya está disponible. Cómpralo en nuestra tienda: tienda.example.es'],
    ['es', 'El abono joven ya está disponible. Consíguelo con el código BONO10 en cualquier estación.'],
    ['de', 'Laut Apple ist das iPhone 17 ab sofort erhältlich. Jetzt in unserem Shop bestellen: shop.example.de'],
    ['fr', 'Selon Apple, l’iPhone 17 est disponible. Commandez-le dans notre boutique : boutique.example.fr'],
    ['pt', 'Segundo a Apple, o iPhone 17 já está disponível. Compre na nossa loja: loja.example.pt'],
  ] as const)('%s: %s still reads as self-promotion', (lang, text) => {
    expect(check(text, { lang, platform: 'x' }).families).toContain('self-promotion');
  });

  it.each([
    ['en', 'Doctors say this supplement melts fat fast. Now available for $29.99'],
    ['es', 'Los médicos dicen que este suplemento quema grasa. Ya disponible por 29 €.'],
    ['de', 'Ärzte sagen, dieses Mittel verbrennt Fett. Jetzt für 29 € erhältlich.'],
    ['fr', 'Selon les experts, ce complément brûle les graisses. Disponible à 29 €.'],
    ['pt', 'Segundo os especialistas, este suplemento queima gordura. Já disponível por 29 €.'],
  ] as const)('%s: a vouching crowd is no source: %s', (lang, text) => {
    expect(reportsAnnouncement(ruleInput(text, { lang, platform: 'x' }))).toBe(false);
  });
});

// "Asks readers to do something for you" is said only of a post that asks or sends readers somewhere; a post that
// only talks a thing up is read as an ad, so the card never states an ask the post does not make.
describe('says an ask only where the post makes one', () => {
  it.each([
    ['The new Pixel 10 is available now in the US.', 'learnedPromotionAd'],
    // With "Thank you all so much" after it the milestone is humblebrag's one card (policy.ts thanksForMilestone).
    ['Finally hit 1,000 subscribers on my knitting channel!', 'learnedPromotionAd'],
    ['new vlog on the channel', 'learnedPromotionAd'],
    ['The full interview is on our channel', 'learnedPromotion'],
    ["We're making shower facilities available at our Bellmead location http://t.co/x", 'learnedPromotion'],
  ] as const)('%s', (text, messageId) => {
    const hits = runRule(rule, text);
    expect(hits.length).toBeGreaterThan(0);
    expect(hits.map((h) => h.messageId)).toEqual(hits.map(() => messageId));
  });
});

// xlang20: hype over a link is quiet only while nothing of the author's is named: the author's own course, app or
// channel talked up over the same link is still self-promotion (product-plug, hype-push), in two languages.
describe('hype over a link that names the author’s thing', () => {
  it.each([
    ['Meu curso vai mudar o jogo 🔥🔥 inscreve aí t.co/8fKQ2mLpZa', 'pt'],
    ['Meu canal vai mudar o jogo 🔥🔥 t.co/8fKQ2mLpZa', 'pt'],
    ['My new course is a game changer 🔥 sign up now t.co/8fKQ2mLpZa', 'en'],
  ] as const)('%s', (text, lang) => {
    expect(check(text, { lang, platform: 'x' }).families).toContain('self-promotion');
  });
});
