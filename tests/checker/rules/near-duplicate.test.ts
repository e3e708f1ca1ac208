import { describe, expect, it } from 'vitest';
import { check, type CheckContext } from '../../../lib/checker';
import { fingerprint, HistoryIndex } from '../../../lib/checker/history';
import rule from '../../../lib/checker/rules/near-duplicate';
import { testRule } from '../rule-tester';

const earlier = [
  'Our spring pottery workshop has 4 seats left. Wheel throwing basics, all clay included, Saturdays in April.',
  'Three things I learned shipping a Rust CLI: keep errors human, test on Windows early, and ship a man page.',
  '#OpenToWork After 6 years as a middle school science teacher, I am moving into instructional design. Looking for roles in learning design and curriculum. Please like and comment to help this reach recruiters!',
];
const now = Date.UTC(2026, 10, 23);
const marathon = 'About 9,000 runners are expected at the city marathon on Sunday; roads close at 6 am.';
const pricing = "We're launching a new pricing page: 3 plans plus a free tier.";
const clinic = 'Our clinic will be closed Thursday and Friday for staff training.';
const bike = 'Bici azul perdida en Triana, si la veis: 654321987';

/** One announcement in four languages: an adoption day, its hours and how many animals wait. */
const adoption = {
  en: 'Adoption day at the Riverside shelter this Saturday, 10am to 3pm. 40 dogs and cats are waiting for a home.',
  es: 'Jornada de adopción en el refugio Riverside este sábado, de 10 a 15h. 40 perros y gatos esperan un hogar.',
  de: 'Adoptionstag im Tierheim Riverside am Samstag, 10 bis 15 Uhr. 40 Hunde und Katzen warten auf ein Zuhause.',
  pt: 'Sábado de adoção no abrigo Riverside, das 10h às 15h: 40 cães e gatos esperam um lar.',
};

/** One open mic night, in three languages. */
const openMic = {
  en: 'Open mic night at the Blue Door café this Friday! Music, comedy, anything goes. Sign up at the bar.',
  de: 'Offene Bühne im Café Blaue Tür diesen Freitag! Musik, Comedy, alles geht. Anmeldung an der Bar.',
  fr: 'Scène ouverte au café La Porte Bleue ce vendredi ! Musique, humour, tout est permis. Inscription au bar.',
};

const watch = ["Does anyone know a watchmaker in Leeds I can trust? My grandad's 1960s Omega stopped working and I'd love to get it fixed."];
const orbea = ['¿Dónde puedo llevar a arreglar una bici vieja en Sevilla? Tengo una Orbea que era de mi padre y quiero que vuelva a rodar.'];
const puch = ['Wo kann ich in Graz ein altes Fahrrad reparieren lassen? Es ist das Puch meines Vaters und soll wieder fahren.'];
const peugeot = ["Où faire réparer un vieux vélo à Nantes ? C'est le Peugeot de mon père et j'aimerais qu'il roule de nouveau."];
const caloi = ['Onde posso levar uma bicicleta antiga para consertar em Braga? É a Caloi do meu pai e quero que volte a andar.'];

/** A repeat the rule marks from the post's first word to its last. */
const whole = (text: string, ctx: CheckContext) => ({ text, ctx, flags: [text.trim()] });

testRule(rule, {
  valid: [
    {
      text: "Quick question for the locals here: who repairs old watches around Leeds? My grandad's Omega from the 1960s needs fixing.",
      ctx: { history: watch, now },
      note: 'a loose rewording the author does not call a repeat stays under the bar',
    },
    {
      text: 'Una pregunta: ¿alguien conoce un buen taller para bicis antiguas en Sevilla? Es la Orbea de mi padre.',
      ctx: { history: orbea, now, lang: 'es' },
      note: 'the same in Spanish',
    },
    {
      text: 'Asking again: can anyone recommend a piano tuner near Leeds for an upright from the 1920s?',
      ctx: { history: watch, now },
      note: 'saying it asks again lowers the bar, but a different question is still no rewording',
    },
    {
      text: 'Quick reminder: can anyone recommend a piano tuner near Leeds for an upright from the 1920s?',
      ctx: { history: watch, now },
      note: 'a reminder lowers the bar, but a different question is still no rewording',
    },
    { text: 'Eine Frage: kennt jemand eine gute Werkstatt für alte Räder in Graz? Es ist das Puch von meinem Vater.', ctx: { history: puch, now, lang: 'de' }, note: 'a loose rewording not called a reminder' },
    { text: "Une question : quelqu'un connaît un bon atelier pour vélos anciens à Nantes ? C'est le Peugeot de mon père.", ctx: { history: peugeot, now, lang: 'fr' }, note: 'a loose rewording not called a reminder' },
    {
      text: "Quick question for the locals here: who repairs old watches around Leeds? My grandad's Omega from the 1960s needs fixing.",
      ctx: { history: watch, now, sensitivity: 'gentle' },
      note: 'a loose rewording stays under the gentle bar too',
    },
    { text: 'Three things I learned shipping a Go service: logs are an API, time out everything, measure first.', ctx: { history: earlier, now } },
    { text: 'A completely new thought about glaze chemistry and why cone 6 changed everything for me.', ctx: { history: earlier, now } },
    { text: 'Our spring pottery workshop has 4 seats left. Wheel throwing basics, all clay included, Saturdays in April.', ctx: {}, note: 'no history' },
    {
      text: 'Follow-up on the workshop: 9 of 12 students threw a cylinder taller than 10 cm by week three. Centering drills first made the difference.',
      ctx: { history: earlier, now },
      note: 'same subject, new results',
    },
    {
      text: 'Great question! The trick is to proof at room temperature first.',
      ctx: { history: ['Great question! Try proofing it in the fridge overnight instead.'], now, reply: true },
      note: 'two replies sharing an opener and one word are not one message',
    },
    {
      text: 'Thank you to everyone who came to the winter pottery market: 1,200 visitors and most makers sold out by 2pm!',
      ctx: { history: ['Tickets for our winter pottery market are live! Dec 14, 10-4, 30 local makers, free entry'], now },
      note: 'news after an announcement: same event, new numbers',
    },
    {
      text: "React tip: useMemo won't make a slow render fast; measure with the Profiler before memoising anything.",
      ctx: { history: ["React tip: use the key prop to reset a component's state instead of a useEffect that clears it."], now },
      note: 'two different tips on one topic',
    },
    // A delay the earlier post did not name is news about it (phrases/concepts.ts CHANGES), in five languages.
    ...[
      ['The mayor delayed signing the bike lane budget the council approved on Tuesday', 'The city council approved the Main Street bike lane budget on Tuesday, 7 votes to 2', 'en'],
      ['El Senado retrasa la votación de la ley de vivienda que aprobó el Congreso el martes', 'El Congreso aprueba la ley de vivienda el martes con 176 votos a favor', 'es'],
      ['Der Bundesrat hat die Abstimmung über das Heizungsgesetz verzögert, das der Bundestag am Freitag beschlossen hat', 'Der Bundestag hat am Freitag das Heizungsgesetz mit 399 Stimmen beschlossen', 'de'],
      ["Le Sénat a retardé l'examen de la loi sur l'immigration adoptée mardi par l'Assemblée", "L'Assemblée adopte mardi la loi sur l'immigration par 349 voix", 'fr'],
      ['O Senado atrasou a votação da reforma tributária aprovada pela Câmara na terça', 'A Câmara aprova a reforma tributária na terça por 382 votos', 'pt'],
    ].map(([text, said, lang]) => ({ text: text!, ctx: { history: [said!], now, lang: lang as 'en' }, note: 'a delay of what the earlier post announced: news' })),
    {
      text: 'Next year the team offsite moves from Lisbon to Porto, vote on dates by Friday.',
      ctx: { history: ['Our team offsite in Lisbon was great, thank you everyone who organised it.'], now },
      note: 'three words in common, one a name, amid many others: a topic, not one message',
    },
    {
      text: 'Great team offsite this week.',
      ctx: { history: ['Our team offsite in Lisbon was great, thank you everyone who organised it.'], now },
      note: 'three everyday words in common are small talk, not one message',
    },
    // Different messages on the topic of an earlier post: they share its names and topic words, not its message.
    ...[
      ['Marathon update: roads reopen at 2pm and 8,700 runners finished', marathon, 'an update on the same event, with new numbers'],
      ['Our new pricing page brought 40 sign-ups on day one, most for the middle plan', pricing, 'a result after an announcement'],
      ['Clinic tip: book flu shots online, the Thursday slots go fastest', clinic, 'the same place and day, another message'],
      ['¡La bici azul apareció! Gracias a la vecina de Triana que la vio en el parque', bike, 'found after lost: the opposite news'],
    ].map(([text, said, note]) => ({ text: text!, ctx: { history: [said!], now }, note: note! })),
    // The same template with other facts: a number of the earlier post replaced by another (a count after the date
    // and hours, history.ts NUMBER_SWAP_MARGIN). Each shares enough words to pass the bar for a post that only adds a
    // number; in four languages.
    ...[
      ['Adoption day at the Riverside shelter: 27 dogs and cats went home with new families on Saturday!', adoption.en],
      ['¡27 perros y gatos del refugio Riverside encontraron hogar en la jornada de adopción del sábado!', adoption.es],
      ['Am Samstag haben 27 Hunde und Katzen aus dem Tierheim Riverside beim Adoptionstag ein Zuhause gefunden!', adoption.de],
      ['Sábado de adoção no abrigo Riverside: 27 cães e gatos ganharam um lar! Obrigado a todos.', adoption.pt],
    ].map(([text, said]) => ({ text: text!, ctx: { history: [said!], now }, note: 'another number in place of the earlier one: news' })),
    // The same template with the next count and every other word kept (history.ts SWAP_MARGIN): a streak, a day.
    ...[
      ['Day 13 of learning Spanish on Duolingo. Finally rolled my Rs!', 'Day 12 of learning Spanish on Duolingo. Still can\'t roll my Rs.'],
      ['Día 13 aprendiendo alemán con Duolingo. ¡Por fin entiendo los casos!', 'Día 12 aprendiendo alemán con Duolingo. Todavía no entiendo los casos.'],
      ['Tag 13 Spanisch lernen mit Duolingo. Endlich klappt das gerollte R!', 'Tag 12 Spanisch lernen mit Duolingo. Das gerollte R klappt noch nicht.'],
      ['Jour 13 à apprendre l\'espagnol sur Duolingo. Enfin le R roulé !', 'Jour 12 à apprendre l\'espagnol sur Duolingo. Toujours pas de R roulé.'],
      ['Dia 13 aprendendo espanhol no Duolingo. Finalmente consegui o R!', 'Dia 12 aprendendo espanhol no Duolingo. Ainda não consigo o R.'],
    ].map(([text, said]) => ({ text: text!, ctx: { history: [said!], now }, note: 'the next count of a streak: news' })),
    // ...or another day: each post names a day the other does not (similarity.ts DATE_WORDS), the next event of a
    // series or another service at one place. The same words with the day kept are a repeat (below).
    ...[
      ['Free blood pressure checks at the Eastside community center on Wednesday, walk in any time.', 'Free flu shots at the Eastside community center this Saturday. No appointment needed, just walk in.'],
      ['Next open mic at the Blue Door café is on Thursday: poetry only this time, sign up at the bar.', openMic.en],
      ['Chequeos gratis de tensión en el centro cívico de Arganzuela el miércoles, sin cita.', 'Vacuna de la gripe gratis en el centro cívico de Arganzuela este sábado, sin cita previa.'],
      ['Offene Bühne im Café Blaue Tür am Donnerstag: diesmal nur Lyrik, Anmeldung an der Bar.', openMic.de],
      ['Scène ouverte au café La Porte Bleue jeudi : cette fois, poésie seulement, inscription au bar.', openMic.fr],
    ].map(([text, said]) => ({ text: text!, ctx: { history: [said!], now }, note: 'another day in place of the earlier one: news' })),
    // Brief warmth to someone else (congratulations, thanks, sympathy), said to different people, is never a repeat,
    // however alike the words: in a reply, or naming whom it is for.
    ...[
      ['Congratulations on your new role, Tomasz!', 'Congrats on the new job, Priya!'],
      ['Congratulations on the new job at Stripe, Tomasz, well deserved after all that work!', 'Congrats on your new role at Stripe, Priya! Well deserved after all that hard work.'],
      ['So sorry for your loss, Maria. Thinking of you and your family.', 'So sorry for your loss, David. Thinking of you and your family.'],
      ['Thank you so much for the kind words about the workshop, Ana!', 'Thank you so much for the kind words about the workshop, Ben!'],
      ['¡Enhorabuena por tu nuevo puesto, Carlos! Te lo mereces.', '¡Felicidades por el nuevo trabajo, Lucía! Te lo mereces.'],
      ['Herzlichen Glückwunsch zum neuen Job, Jonas! Hast du dir verdient.', 'Glückwunsch zur neuen Stelle, Lena! Hast du dir verdient.'],
      ['Félicitations pour le nouveau poste, Julien ! Bien mérité.', 'Félicitations pour ton nouveau job, Camille ! Bien mérité.'],
      ['Parabéns pelo novo emprego, João! Muito merecido.', 'Parabéns pela nova vaga, Mariana! Muito merecido.'],
    ].flatMap(([text, said]) => [
      { text: text!, ctx: { history: [said!], now, reply: true }, note: 'warmth to another person, in a reply' },
      { text: text!, ctx: { history: [said!], now }, note: 'warmth that names another person' },
    ]),
    {
      text: 'Congrats on the launch!! Well deserved.',
      ctx: { history: ['Congrats on the launch!! So well deserved.'], now, reply: true },
      note: 'a reply with no name may answer anyone: never a repeat',
    },
    {
      text: 'Congrats on opening the bakery at last, all those early mornings paid off!',
      ctx: { history: ['Congratulations on the launch of the new bakery, well deserved after all those early mornings!!'], now, reply: true },
      note: 'a nameless warm reply in other words: it may be for someone else',
    },
    // A strike, then the strike called off: a word of a change (phrases/concepts.ts CHANGES) the earlier post had no
    // side of raises the bar (history.ts CHANGE_MARGIN); in five languages.
    ...[
      ["Thursday's Northern Line strike is cancelled after a pay deal, trains run as normal.", "Northern Line strike on Thursday: no trains all day, use the buses."],
      ["Desconvocada la huelga de metro del jueves en Madrid, servicio normal.", "Huelga de metro el jueves en Madrid: sin trenes todo el día, usad el autobús."],
      ["Der Bahnstreik am Donnerstag in Hamburg ist abgesagt, Züge fahren normal.", "Bahnstreik am Donnerstag in Hamburg: keine Züge den ganzen Tag, nehmt den Bus."],
      ["La grève du métro de jeudi à Lyon est annulée, service normal.", "Grève du métro jeudi à Lyon : aucune rame de la journée, prenez le bus."],
      ["A greve do metrô de quinta em Lisboa foi cancelada, serviço normal.", "Greve do metrô na quinta em Lisboa: sem comboios o dia todo, apanhem o autocarro."],
    ].map(([text, said]) => ({ text: text!, ctx: { history: [said!], now }, note: 'called off after announced: a follow-up' })),
    // A shop's anniversary, then its closing (closing, cerrar, schließen, fermer, fechar: halted): a follow-up.
    ...[
      ["After 3 years I'm closing my little shop at the end of the month. Thank you all!", "Today my little shop turns 3 years old. Thank you to all my customers!"],
      ["Después de 3 años voy a cerrar mi tiendita a final de mes. ¡Gracias por todo!", "Hoy mi tiendita cumple 3 años. ¡Gracias a todas mis clientas!"],
      ["Nach 3 Jahren werde ich meinen kleinen Laden Ende des Monats schließen. Danke für alles!", "Heute wird mein kleiner Laden 3 Jahre alt. Danke an alle Kundinnen!"],
      ["Après 3 ans, je vais fermer ma petite boutique à la fin du mois. Merci pour tout !", "Aujourd'hui ma petite boutique fête ses 3 ans. Merci à toutes mes clientes !"],
      ["Depois de 3 anos, vou fechar minha lojinha no fim do mês. Obrigada, clientes!", "Hoje minha lojinha faz 3 anos. Obrigada a todas as clientes!"],
    ].map(([text, said]) => ({ text: text!, ctx: { history: [said!], now }, note: 'closing after an anniversary: news' })),
    // A decision put off ('adia', 'aplaza', 'vertagt', 'adjourned': halted) after the earlier post told it: a follow-up.
    ...[
      ['Court adjourned the ruling on the data center permit again, no decision until spring', 'Court rules the data center permit is valid, construction can start'],
      ['El Supremo aplaza otra vez la decisión sobre la amnistía, sin fecha nueva', 'El Supremo decide que la amnistía se aplica a los líderes del procés'],
      ['Das Verfassungsgericht vertagt die Entscheidung über das Heizungsgesetz auf Herbst', 'Das Verfassungsgericht entscheidet: das Heizungsgesetz ist gültig, Vermieter müssen zahlen'],
      ['STF adia mais uma vez a decisão sobre o marco temporal, sem nova data', 'STF decide que o marco temporal é inconstitucional, por 9 votos a 2'],
    ].map(([text, said]) => ({ text: text!, ctx: { history: [said!], now }, note: 'put off after decided: a follow-up' })),
    // A question about what the earlier post stated is another message (history.ts ASK_MARGIN); in five languages.
    ...[
      ["Why does the new Main Street bike lane the council approved stop two blocks before the school?", "The city council approved a new bike lane on Main Street, construction starts in March."],
      ["¿Por qué el carril bici de la calle Mayor que aprobó el ayuntamiento no llega hasta el colegio del barrio?", "El ayuntamiento aprobó un nuevo carril bici en la calle Mayor, las obras empiezan en marzo."],
      ["Warum geht der neue Radweg in der Hauptstraße, den der Stadtrat beschlossen hat, nicht bis zur Schule?", "Der Stadtrat hat einen neuen Radweg in der Hauptstraße beschlossen, Baubeginn im März."],
      ["Pourquoi la piste cyclable votée par le conseil rue Principale s'arrête juste avant l'école ?", "Le conseil municipal a voté une nouvelle piste cyclable rue Principale, travaux en mars."],
      ["Por que a ciclovia da Rua Principal aprovada pela câmara não chega até a escola do bairro? 🤔", "A câmara aprovou uma nova ciclovia na Rua Principal, as obras começam em março."],
    ].map(([text, said]) => ({ text: text!, ctx: { history: [said!], now }, note: 'a question about an earlier statement' })),
    // The same questions ending on a run of marks ("??", "?!?"): the question is the words before the whole run.
    ...[
      ["Why does the new Main Street bike lane the council approved stop two blocks before the school??", "The city council approved a new bike lane on Main Street, construction starts in March."],
      ["¿¿Por qué el carril bici de la calle Mayor que aprobó el ayuntamiento no llega hasta el colegio del barrio??", "El ayuntamiento aprobó un nuevo carril bici en la calle Mayor, las obras empiezan en marzo."],
      ["Warum geht der neue Radweg in der Hauptstraße, den der Stadtrat beschlossen hat, nicht bis zur Schule?!?", "Der Stadtrat hat einen neuen Radweg in der Hauptstraße beschlossen, Baubeginn im März."],
      ["Pourquoi la piste cyclable votée par le conseil rue Principale s'arrête juste avant l'école ??", "Le conseil municipal a voté une nouvelle piste cyclable rue Principale, travaux en mars."],
      ["Por que a ciclovia da Rua Principal aprovada pela câmara não chega até a escola do bairro??", "A câmara aprovou uma nova ciclovia na Rua Principal, as obras começam em março."],
    ].map(([text, said]) => ({ text: text!, ctx: { history: [said!], now }, note: 'a question ending on "??" about an earlier statement' })),
    // A clause that turns against the earlier statement (", but", ", pero", ", aber", ", mais", ", mas": history.ts
    // CONTRASTS_WORD) qualifies it: news; in five languages.
    ...[
      ["The museum stays free on the first Sunday, but since May you must book a timed slot on the website.", "The city museum is free for everyone on the first Sunday of every month."],
      ["El museo de la ciudad sigue gratis el primer domingo, pero desde mayo hay que reservar hora antes en la web.", "El museo de la ciudad es gratis para todos el primer domingo de cada mes."],
      ["Das Stadtmuseum bleibt am ersten Sonntag kostenlos, aber seit Mai muss man vorher online einen Termin buchen.", "Das Stadtmuseum ist am ersten Sonntag im Monat für alle kostenlos."],
      ["Le musée de la ville reste gratuit le premier dimanche, mais depuis mai il faut réserver un créneau en ligne.", "Le musée de la ville est gratuit pour tous le premier dimanche du mois."],
      ["O museu da cidade continua grátis no primeiro domingo, mas desde maio é preciso reservar horário online.", "O museu da cidade é grátis para todos no primeiro domingo do mês."],
    ].map(([text, said]) => ({ text: text!, ctx: { history: [said!], now }, note: 'a qualification added with "but"' })),
    // The score changed ("2-1", then "1-1"; "2:1", "2 a 1"): each post gives a result the other does not, another
    // result (similarity.ts SCORE_RE, history.ts otherResult); in five languages.
    ...[
      ["Final score: Leeds and Norwich draw 1-1 at Elland Road after a late Norwich penalty.", "Leeds beat Norwich 2-1 at Elland Road with a late goal from Piroe."],
      ["Final: el Betis y el Sevilla empatan 1-1 en el Villamarín tras un penalti en el último minuto.", "El Betis gana 2-1 al Sevilla en el Villamarín con un gol de Isco en el último minuto."],
      ["Endstand: Köln und Gladbach trennen sich 1:1 im Derby, Ausgleich per Elfmeter in der Nachspielzeit.", "Köln gewinnt das Derby gegen Gladbach 2:1, Siegtor in der Nachspielzeit."],
      ["Score final : Lyon et Saint-Étienne font 1-1 dans le derby, égalisation sur penalty à la dernière minute.", "Lyon bat Saint-Étienne 2-1 dans le derby, but de Lacazette à la dernière minute."],
      ["Fim de jogo: Grêmio e Inter empatam por 1 a 1 no Gre-Nal, gol de pênalti nos acréscimos.", "O Grêmio vence o Inter por 2 a 1 no Gre-Nal, gol de Soteldo nos acréscimos."],
    ].map(([text, said]) => ({ text: text!, ctx: { history: [said!], now }, note: 'another score: another result' })),
    // A turn: the same place, its state changed ("reopened" after "closed", "found" after "lost"), is news.
    {
      text: 'The Oak Street pool has reopened after the pipe repairs, lanes from 6am as usual.',
      ctx: { history: ['The Oak Street pool is closed for pipe repairs, no reopening date yet. Lanes at 6am cancelled.'], now },
      note: 'reopened after a closure (the earlier "no reopening" denies it)',
    },
    {
      text: 'Found: a grey cat with a red collar on Birch Lane near the school this morning.',
      ctx: { history: ['Lost: grey cat with a red collar, Birch Lane near the school, since this morning.'], now },
      note: 'found after lost',
    },
    // Trending-topic tweets: the same names with another message (an opinion, a question, a joke), and a decimal
    // changed (similarity.ts reads "6,1" as one number, so "6,4" is another).
    ...[
      ['lionel messi is 38 and still better than everyone lol', 'Lionel Messi signs with Inter Miami', 'en'],
      ['¿alguien más sintió el terremoto en Osaka? jajaja', 'Japón: terremoto de magnitud 7,1 y alerta de tsunami', 'es'],
      ['El sismo en Oaxaca fue de magnitud 6,4, corrige el servicio sismológico', 'Sismo de magnitud 6,1 en Oaxaca según el servicio sismológico', 'es'],
      ['Müller in der MLS, wer hätte das gedacht', 'Thomas Müller wechselt zu den Vancouver Whitecaps', 'de'],
      ['Zidane au Real, Mbappé doit trembler mdr', "C'est officiel : Zidane revient au Real Madrid", 'fr'],
      ['anitta no brasil e eu sem ingresso kkkkk', 'Anitta volta ao Brasil para três shows em São Paulo', 'pt'],
      ["Ozzy Osbourne's funeral procession will pass through Birmingham on Wednesday", 'Ozzy Osbourne has died at 76', 'en'],
      ['¿Piqué ya tiene nueva novia? jajaja', 'Shakira y Piqué confirman su separación', 'es'],
      ['#TaylorSwift fans are already crying lol', 'Taylor Swift won Album of the Year again', 'en'],
    ].map(([text, said, lang]) => ({ text: text!, ctx: { history: [said!], now, lang: lang as 'en' }, note: 'same names, another message' })),
    // A stance one post takes and the other does not (history.ts HEDGES_WORD, JUDGES_WORD): a rumour or poll where
    // the other states, an opinion where the other tells; and a denial of what the other claims (DENIES_WORD, a turn).
    ...[
      ['Rumours say Declan Rice could join Arsenal from West Ham this summer 👀', 'Declan Rice joins Arsenal from West Ham for £105m', 'en'],
      ['Se rumorea que Julián Álvarez podría fichar por el Atlético este verano', 'Julián Álvarez ficha por el Atlético de Madrid por 75 millones', 'es'],
      ['Gerüchte: Harry Kane könnte im Sommer zum FC Bayern wechseln', 'Harry Kane wechselt für 100 Millionen zum FC Bayern', 'de'],
      ['Rumeur : Kylian Mbappé pourrait rejoindre le Real Madrid cet été', 'Kylian Mbappé rejoint officiellement le Real Madrid pour cinq ans', 'fr'],
      ['Boatos: Neymar poderia voltar ao Santos com contrato até junho', 'Neymar volta ao Santos com contrato até junho', 'pt'],
    ].map(([text, said, lang]) => ({ text: text!, ctx: { history: [said!], now, lang: lang as 'en' }, note: 'a rumour, not the signing' })),
    ...[
      ['honestly the Bad Bunny halftime show was overrated', 'Bad Bunny headlines the Super Bowl halftime show in February', 'en'],
      ['el nuevo disco de Rosalía es lo más sobrevalorado del año', 'Rosalía publica su nuevo disco el viernes', 'es'],
      ['Das neue Album von Helene Fischer ist total langweilig', 'Helene Fischer veröffentlicht am Freitag ihr neues Album', 'de'],
      ["Le nouvel album d'Angèle est décevant, vraiment", 'Angèle sort son nouvel album vendredi', 'fr'],
      ['o novo álbum da Ludmilla é muito fraco, decepcionada', 'Ludmilla lança seu novo álbum na sexta', 'pt'],
    ].map(([text, said, lang]) => ({ text: text!, ctx: { history: [said!], now, lang: lang as 'en' }, note: 'an opinion, not the news' })),
    ...[
      ["Zendaya's rep denies she and Tom Holland got engaged", 'Zendaya and Tom Holland got engaged', 'en'],
      ['El Barça desmiente el fichaje de Nico Williams', 'El Barça cierra el fichaje de Nico Williams', 'es'],
      ['Der FC Bayern dementiert den Wechsel von Florian Wirtz', 'Florian Wirtz wechselt zum FC Bayern', 'de'],
      ['Le PSG dément le départ de Luis Enrique', 'Luis Enrique quitte le PSG', 'fr'],
      ['O Flamengo nega a saída de Filipe Luís do comando do time', 'Filipe Luís deixa o comando do Flamengo', 'pt'],
    ].map(([text, said, lang]) => ({ text: text!, ctx: { history: [said!], now, lang: lang as 'en' }, note: 'a denial of the claim' })),
    // Three plain words in common are most of a short post, not of a long one that tells its own story (LIGHT_MARGIN).
    ...[
      ['gmail down for millions while i was sending my thesis to my professor at midnight, perfect timing', 'Gmail is down for millions of users', 'en'],
      ['instagram caído para millones justo cuando iba a subir las fotos de la boda de mi hermana', 'Instagram caído para millones de usuarios', 'es'],
      ['whatsapp down für millionen, und ausgerechnet heute wollte ich meiner oma zum geburtstag gratulieren', 'WhatsApp ist für Millionen Nutzer down', 'de'],
      ['snapchat en panne pour des millions, et moi qui devais envoyer les photos du mariage à ma cousine', "Snapchat en panne pour des millions d'utilisateurs", 'fr'],
      ['youtube fora do ar para milhões bem na hora da live do meu canal favorito de receitas', 'YouTube fora do ar para milhões de usuários', 'pt'],
    ].map(([text, said, lang]) => ({ text: text!, ctx: { history: [said!], now, lang: lang as 'en' }, note: 'three words shared, a story of its own' })),
    // A question that also gives an opinion or a guess ("who do you think wins?", "je pense que Lyon gagne, non ?") before
    // the result: two markers the result lacks, ASK_MARGIN each (history.ts apart).
    ...[
      ['Eurovision final tonight, who do you think wins it for Sweden?', 'Sweden wins the Eurovision final tonight', 'en'],
      ['final de la Copa del Rey esta noche, ¿creo que la gana el Betis o no?', 'El Betis gana la final de la Copa del Rey esta noche', 'es'],
      ['DFB-Pokal Finale heute, ich glaube Leverkusen holt den Pokal, oder?', 'Leverkusen holt heute im Finale den DFB-Pokal', 'de'],
      ['finale de la Coupe de France ce soir, je pense que Lyon gagne, non ?', 'Lyon gagne la finale de la Coupe de France ce soir', 'fr'],
      ['final da Copa do Brasil hoje, eu acho que o Grêmio ganha, e vocês?', 'O Grêmio ganha a final da Copa do Brasil hoje', 'pt'],
    ].map(([text, said, lang]) => ({ text: text!, ctx: { history: [said!], now, lang: lang as 'en' }, note: 'a guess asked before the result' })),
    // Back after leaving: a turn of 'departs' and 'resumed' (phrases/concepts.ts TURNS), as after being appointed.
    ...[
      ['Jay Leno is back as host of the Tonight Show on NBC', 'Jay Leno quits as host of the Tonight Show on NBC', 'en'],
      ['Tuchel ist wieder Trainer beim FC Bayern München', 'Tuchel ist als Trainer beim FC Bayern München abgesetzt', 'de'],
      ['Galtier reprend le banc du PSG au Parc des Princes', 'Galtier limogé du banc du PSG au Parc des Princes', 'fr'],
      ['Tite volta ao comando do Corinthians em Itaquera', 'Tite demitido do comando do Corinthians em Itaquera', 'pt'],
    ].map(([text, said, lang]) => ({ text: text!, ctx: { history: [said!], now, lang: lang as 'en' }, note: 'back after leaving: news' })),
    // Another score of the same match, however much else the two share (history.ts otherResult).
    ...[
      ['Half time at the Emirates: Arsenal 1-1 Chelsea, Saka scored', 'Full time at the Emirates: Arsenal 3-1 Chelsea, Saka scored twice', 'en'],
      ['El Barça remonta y gana 2-3 al Real Madrid en el Bernabéu con dos goles de Raphinha', 'El Real Madrid gana 3-1 al Barça en el Bernabéu con dos goles de Vinícius', 'es'],
      ['Endstand 2:2 zwischen Dortmund und Bayern im Signal Iduna Park', 'Dortmund führt 2:0 gegen Bayern im Signal Iduna Park', 'de'],
      ["Mi-temps au Vélodrome : l'OM et le PSG à 1-1", "Victoire de l'OM 3-1 contre le PSG au Vélodrome", 'fr'],
      ['Flamengo e Palmeiras empatam em 2 a 2 no Maracanã', 'Flamengo vence o Palmeiras por 3 a 1 no Maracanã', 'pt'],
    ].map(([text, said, lang]) => ({ text: text!, ctx: { history: [said!], now, lang: lang as 'en' }, note: 'another score of the same match' })),
    // A refusal of what the other post tells (phrases/concepts.ts DENIALS): the resignation and 'will not resign'.
    ...[
      ['the home secretary says she will not resign over the leaked emails', 'UK Home Secretary resigns after the leaked emails scandal', 'en'],
      ['la ministra de sanidad dice que no piensa dimitir por los contratos', 'La ministra de Sanidad dimite tras el escándalo de los contratos', 'es'],
      ['Der Verkehrsminister weigert sich, wegen der Maut-Affäre zurückzutreten', 'Der Verkehrsminister ist wegen der Maut-Affäre zurückgetreten', 'de'],
      ['la ministre de la culture refuse de démissionner malgré la polémique', 'La ministre de la Culture démissionne après la polémique sur les subventions', 'fr'],
      ['o ministro da saúde recusa pedir demissão por causa do escândalo das vacinas', 'Ministro da Saúde pede demissão após escândalo das vacinas', 'pt'],
    ].map(([text, said, lang]) => ({ text: text!, ctx: { history: [said!], now, lang: lang as 'en' }, note: 'a refusal, not the resignation' })),
    // A finding negated with its auxiliary, or a clip called fake, denies the claim (phrases/concepts.ts DENIALS).
    ...[
      ['Jury says Dua Lipa did copy the disco song, damages hearing next week', 'Jury says Dua Lipa did not copy the disco song, she is cleared', 'en'],
      ["Judge says Amazon didn't break antitrust law, case dismissed", 'Judge says Amazon broke antitrust law with its marketplace fees', 'en'],
      ['Nadal shook hands calmly after the loss, that video is fake', 'Nadal smashed his racket after the loss, the video is everywhere', 'en'],
      ['el vídeo de Piqué gritando al árbitro es fake', 'Piqué gritando al árbitro, el vídeo está en todas partes', 'es'],
      ['Das Video von Kimmich, der den Schiri anschreit, ist fake', 'Kimmich schreit den Schiri an, das Video ist überall', 'de'],
      ["Le jury dit que Aya Nakamura n'a pas copié la chanson", 'Le jury dit que Aya Nakamura a copié la chanson', 'fr'],
      ['o vídeo do Neymar xingando o juiz é fake', 'Neymar xingando o juiz, o vídeo está em todo lugar', 'pt'],
    ].map(([text, said, lang]) => ({ text: text!, ctx: { history: [said!], now, lang: lang as 'en' }, note: 'a denial of the claim' })),
    // A rejection is a refusal of what the other post tells (phrases/concepts.ts DENIALS): the deal, then 'rejected'.
    ...[
      ["Video game actors rejected the studios' latest offer on day 200 of the strike", 'Video game actors reached a deal with the studios after 200 days on strike', 'en'],
      ['Los controladores rechazan la oferta de Aena tras 12 días de huelga', 'Los controladores aceptan la oferta de Aena tras 12 días de huelga', 'es'],
      ['Die GDL lehnt das Angebot der Bahn nach 5 Streiktagen ab', 'Die GDL nimmt das Angebot der Bahn nach 5 Streiktagen an', 'de'],
      ["Les contrôleurs ont rejeté l'accord avec la SNCF après 9 jours de grève", "Les contrôleurs ont signé l'accord avec la SNCF après 9 jours de grève", 'fr'],
      ['Metroviários rejeitam a proposta do governo após 3 dias de greve', 'Metroviários aceitam a proposta do governo após 3 dias de greve', 'pt'],
    ].map(([text, said, lang]) => ({ text: text!, ctx: { history: [said!], now, lang: lang as 'en' }, note: 'a rejection, not the deal' })),
    // The negation swapped: each post negates a word the other states (similarity.ts negatedWord, history.ts).
    ...[
      ['investigators say the fire was caused by a faulty heater, not arson', 'investigators say the fire was caused by arson, not a faulty heater', 'en'],
      ['la policía dice que fue un accidente, no un ataque, y no hay detenidos sino heridos', 'la policía dice que fue un ataque, no un accidente, y hay detenidos pero no heridos', 'es'],
      ['os bombeiros dizem que foi um curto-circuito, não um incêndio criminoso', 'os bombeiros dizem que foi um incêndio criminoso, não um curto-circuito', 'pt'],
    ].map(([text, said, lang]) => ({ text: text!, ctx: { history: [said!], now, lang: lang as 'en' }, note: 'the negation swapped' })),
    // A party's answer to what happened (phrases/concepts.ts RESPONSES): an apology, an appeal, blame, a lawsuit.
    ...[
      ['carlsen apologised for slamming the table after his loss to gukesh', 'Magnus Carlsen slammed the table after losing to Gukesh', 'en'],
      ['amber heard says she will appeal the defamation verdict', 'Johnny Depp wins his defamation case against Amber Heard', 'en'],
      ['Luis Rubiales pide perdón por el beso a Jenni Hermoso en la final', 'Luis Rubiales besa a Jenni Hermoso en la final del Mundial', 'es'],
      ['Die Bahn entschuldigt sich für das Chaos beim Streik am Donnerstag', 'Chaos bei der Bahn: Streik am Donnerstag legt alles lahm', 'de'],
      ['Ticketmaster annonce le remboursement des billets du concert de Mylène Farmer', 'Billets du concert de Mylène Farmer : Ticketmaster plante en pleine vente', 'fr'],
      ['Anitta processa a organizadora pelo show cancelado em São Paulo', 'Show da Anitta em São Paulo é cancelado de última hora', 'pt'],
    ].map(([text, said, lang]) => ({ text: text!, ctx: { history: [said!], now, lang: lang as 'en' }, note: 'an answer to the event, not the event' })),
    // A post that opens on a question word asks, with or without its question mark (history.ts OPENS_ASKING_RE).
    ...[
      ['how did alcaraz lose that wimbledon final after saving three championship points, someone explain', 'Alcaraz saved three championship points before losing the Wimbledon final', 'en'],
      ['por qué nadie habla de que la ministra de sanidad dimitió por los contratos', 'La ministra de Sanidad dimitió por el escándalo de los contratos', 'es'],
      ['warum redet keiner darüber dass der Verkehrsminister wegen der Maut zurückgetreten ist', 'Der Verkehrsminister ist wegen der Maut-Affäre zurückgetreten', 'de'],
      ['pourquoi personne ne parle du séisme de magnitude 5,8 ressenti dans le sud-est', 'Séisme de magnitude 5,8 ressenti dans tout le sud-est de la France', 'fr'],
      ['como assim o ministro da saúde pediu demissão por causa das vacinas', 'Ministro da Saúde pede demissão após escândalo das vacinas', 'pt'],
    ].map(([text, said, lang]) => ({ text: text!, ctx: { history: [said!], now, lang: lang as 'en' }, note: 'a question without its mark' })),
    // A doubt opens on its own words, whatever follows the question (history.ts OPENS_ASKING_RE).
    ...[
      ['Did the dumpling place in Queens actually lose its Michelin star? cant find it anywhere', 'The dumpling place in Queens lost its Michelin star today', 'en'],
      ['¿De verdad Nadal vuelve a jugar en Roland Garros este año? no lo veo claro', 'Nadal vuelve a jugar en Roland Garros este año', 'es'],
      ['Hat der FC Bayern wirklich Florian Wirtz für 120 Millionen geholt? glaub ich nicht', 'Der FC Bayern hat Florian Wirtz für 120 Millionen geholt', 'de'],
      ['Est-ce que la SNCF a vraiment annulé tous les TGV de Noël ? personne ne sait', 'La SNCF a annulé tous les TGV de Noël', 'fr'],
      ['Será que o Neymar volta mesmo ao Santos em janeiro? ninguém confirma', 'Neymar volta ao Santos em janeiro', 'pt'],
    ].map(([text, said, lang]) => ({ text: text!, ctx: { history: [said!], now, lang: lang as 'en' }, note: 'a doubt, not the claim' })),
    // Pressure or a call for a thing is not the thing (phrases/concepts.ts HEDGES).
    ...[
      ['health minister under pressure to step down, opposition calls for a vote', 'Health minister steps down, cites personal reasons', 'en'],
      ['la ministra de sanidad, bajo presión para dimitir por los contratos', 'La ministra de Sanidad dimite por los contratos', 'es'],
      ['Opposition fordert den Rücktritt des Verkehrsministers nach der Maut-Affäre', 'Der Verkehrsminister tritt nach der Maut-Affäre zurück', 'de'],
      ["l'opposition réclame la démission de la ministre de la culture", 'La ministre de la Culture démissionne après la polémique sur les subventions', 'fr'],
      ['ministro da saúde sob pressão para pedir demissão por causa das vacinas', 'Ministro da Saúde pede demissão por causa das vacinas', 'pt'],
    ].map(([text, said, lang]) => ({ text: text!, ctx: { history: [said!], now, lang: lang as 'en' }, note: 'pressure, not the resignation' })),
    // 'but' and 'pero' without their comma, before a number or a word of negation (history.ts CONTRASTS_RE).
    ...[
      ['uk gets nul points from the juries but 23 in the televote', 'UK gets nul points in the Eurovision televote again', 'en'],
    ].map(([text, said, lang]) => ({ text: text!, ctx: { history: [said!], now, lang: lang as 'en' }, note: 'a clause that turns, without its comma' })),
    // A concession ("despite", "a pesar de", "trotz", "malgré", "apesar de") turns against the rest, as a "but" does.
    ...[
      ['no trains cancelled on Thursday despite the RMT strike, the emergency timetable holds', 'Thursday RMT strike: 400 trains cancelled', 'en'],
      ['ningún vuelo cancelado en El Prat a pesar de la huelga de controladores del jueves', 'Huelga de controladores el jueves: 300 vuelos cancelados en El Prat', 'es'],
      ['Lufthansa streicht am Donnerstag trotz Verdi-Streik keine Flüge in München', 'Verdi-Streik am Donnerstag: Lufthansa streicht 800 Flüge in München', 'de'],
      ['aucun vol annulé jeudi à Nantes malgré la grève des contrôleurs', 'Grève des contrôleurs jeudi : 200 vols annulés à Nantes', 'fr'],
      ['nenhum voo cancelado em Lisboa na quinta apesar da greve da TAP', 'Greve da TAP na quinta: 150 voos cancelados em Lisboa', 'pt'],
    ].map(([text, said, lang]) => ({ text: text!, ctx: { history: [said!], now, lang: lang as 'en' }, note: 'a concession, not the news' })),
    // A request before its outcome, a bet or a favourite before the prize (phrases/concepts.ts HEDGES); a doubt against
    // what one believed (JUDGES: "I thought"). Nearly every word shared, the stance alone parts them (ASK_MARGIN).
    ...[
      ['Recount requested in the Bexley council race, Labour leads by 9 votes', 'Recount in the Bexley council race: Labour wins by 9 votes', 'en'],
      ['Solicitado el recuento en Getafe: el PP gana la alcaldía por 31 votos', 'El recuento en Getafe da la alcaldía al PP por 31 votos', 'es'],
      ['Nachzählung im Wahlkreis Pankow beantragt, die SPD liegt mit 14 Stimmen vorn', 'Nachzählung im Wahlkreis Pankow: die SPD gewinnt mit 14 Stimmen Vorsprung', 'de'],
      ['Recomptage demandé à Perpignan, le RN gagne la mairie de 22 voix', 'Le recomptage à Perpignan donne la mairie au RN par 22 voix', 'fr'],
      ['recontagem pedida em Coimbra, o PS ganha a câmara por 17 votos', 'recontagem em Coimbra confirma a câmara para o PS por 17 votos', 'pt'],
      ['Booker Prize tonight and I bet Percival Everett wins it for James', 'Booker Prize tonight: Percival Everett wins it for James', 'en'],
      ['Buchpreis heute Abend, ich tippe auf Martina Hefter für Hey guten Morgen', 'Buchpreis heute Abend für Martina Hefter und Hey guten Morgen', 'de'],
      ["Prix Goncourt : Kamel Daoud grand favori des libraires pour Houris", 'Prix Goncourt pour Kamel Daoud et son roman Houris', 'fr'],
    ].map(([text, said, lang]) => ({ text: text!, ctx: { history: [said!], now, lang: lang as 'en' }, note: 'a request or a bet, not the outcome' })),
    // A one-digit number where the other post had it times ten or a hundred (similarity.ts DIGIT_TENS): another figure.
    ...[
      ['the Bexley recount moved 300 votes, enough to flip the seat to Labour', 'the Bexley recount moved only 3 votes, the seat stays with Labour', 'en'],
      ['temporal en Lugo: 400 casas sin luz', 'el temporal en Lugo deja 4 casas sin luz esta noche', 'es'],
      ['Sturm in Kiel: 50 Bäume auf den Gleisen', 'Sturm in Kiel, 5 Bäume auf den Gleisen heute Nacht', 'de'],
      ['tempête à Brest : 600 foyers sans courant', 'tempête à Brest, 6 foyers sans courant cette nuit', 'fr'],
      ['temporal em Braga deixa 70 famílias desalojadas', 'temporal em Braga deixa 7 famílias desalojadas esta noite', 'pt'],
    ].map(([text, said, lang]) => ({ text: text!, ctx: { history: [said!], now, lang: lang as 'en' }, note: 'a digit for its tens or hundreds' })),
    ...[
      ['Dua Lipa and Callum Turner engaged? I thought they split last year', 'Dua Lipa and Callum Turner are engaged', 'en'],
      ['¿Rosalía y Rauw Alejandro comprometidos otra vez? creí que lo habían dejado', 'Rosalía y Rauw Alejandro, comprometidos otra vez', 'es'],
      ['Helene Fischer und Thomas Seitel verlobt? Ich dachte, die sind längst verheiratet', 'Helene Fischer und Thomas Seitel haben sich verlobt', 'de'],
      ['Angèle et Marie fiancées ? je croyais qu’elles étaient séparées', 'Angèle et Marie se sont fiancées', 'fr'],
      ['Anitta e Simone noivos? pensei que eles tinham terminado', 'Anitta e Simone estão noivos', 'pt'],
    ].map(([text, said, lang]) => ({ text: text!, ctx: { history: [said!], now, lang: lang as 'en' }, note: 'a doubt, not the news' })),
    // A price each post gives and the other does not: the same template with another plan and price (history.ts
    // queryHandle/otherHandle, a swap like a number's).
    ...[
      ['Netflix raises the price of its premium plan to $24.99', 'Netflix raises the price of its standard plan to $17.99', 'en'],
      ['Spotify sube el precio del plan familiar a $19.99 en México', 'Spotify sube el precio del plan individual a $11.99 en México', 'es'],
      ['Disney+ erhöht den Preis für das Premium-Abo in den USA auf $18.99', 'Disney+ erhöht den Preis für das Basis-Abo in den USA auf $9.99', 'de'],
      ["Netflix augmente le prix de l'offre premium à $24.99 au Canada", "Netflix augmente le prix de l'offre standard à $17.99 au Canada", 'fr'],
      ['Netflix aumenta o preço do plano premium para $24.99 nos EUA', 'Netflix aumenta o preço do plano padrão para $17.99 nos EUA', 'pt'],
    ].map(([text, said, lang]) => ({ text: text!, ctx: { history: [said!], now, lang: lang as 'en' }, note: 'another plan, another price' })),
  ],
  invalid: [
    // Trending-topic retellings: lower case, names at the start, 'omg'/'lol'/'c'est officiel'/laughter added, a
    // decimal written with the other mark, and a short post the other holds whole.
    whole('lionel messi signing with inter miami omg', { history: ['Lionel Messi signs with Inter Miami'], now }),
    whole('terremoto de 7.1 en japón, hay alerta de tsunami jajaja', { history: ['Japón: terremoto de magnitud 7,1 y alerta de tsunami'], now, lang: 'es' }),
    whole('krass, thomas müller wechselt zu den vancouver whitecaps', { history: ['Thomas Müller wechselt zu den Vancouver Whitecaps'], now, lang: 'de' }),
    whole("c'est officiel, zidane revient au real madrid mdr", { history: ['Zidane revient au Real Madrid'], now, lang: 'fr' }),
    whole('anitta de volta ao brasil, é oficial kkkkk', { history: ['Anitta volta ao Brasil'], now, lang: 'pt' }),
    // Three words in common of which one is a name are a message (history.ts MIN_SHARED_WEIGHT), when they are most of
    // what the two say.
    whole('tlou season 2 coming april 👀', { history: ['The Last of Us season 2 premieres in April'], now }),
    whole('se acabó: shakira y piqué se separan, ya es oficial', { history: ['Shakira y Piqué confirman su separación'], now, lang: 'es' }),
    whole('Heidi Klum und Tom Kaulitz trennen sich, offiziell', { history: ['Tom Kaulitz und Heidi Klum bestätigen die Trennung'], now, lang: 'de' }),
    whole("c'est fini entre Vianney et sa compagne, rupture officielle", { history: ['Vianney et sa compagne annoncent leur rupture'], now, lang: 'fr' }),
    whole('anitta confirma: novo álbum sai em maio', { history: ['Anitta lança novo álbum em maio'], now, lang: 'pt' }),
    // A name written as a camel-case hashtag (similarity.ts withTagWords).
    whole('#TaylorSwift wins AOTY again 😭', { history: ['Taylor Swift won Album of the Year again'], now }),
    whole('#RealMadrid gana la Champions otra vez', { history: ['El Real Madrid gana la Champions'], now, lang: 'es' }),
    // A death, a breakup, an arrest told with other words for it (phrases/concepts.ts).
    whole('RIP Ozzy Osbourne, dead at 76 🖤', { history: ['Ozzy Osbourne has died at 76'], now }),
    whole('Es ist offiziell: Heidi Klum und Tom Kaulitz haben sich getrennt', { history: ['Heidi Klum und Tom Kaulitz bestätigen ihre Trennung'], now, lang: 'de' }),
    whole('le rappeur Gims interpellé à Paris ce matin', { history: ["Arrestation du rappeur Gims ce matin à Paris"], now, lang: 'fr' }),
    // A negative fact told once with a denial's words and once with a bare 'no' (history.ts NEGATES_WORD).
    whole('its official, no gta 6 this year. rockstar confirmed it', { history: ['Rockstar confirms GTA 6 will not be released in 2025'], now }),
    whole('no hay huelga de metro el jueves en Madrid, confirmado por el sindicato', { history: ['El sindicato confirma que no habrá huelga de metro el jueves en Madrid'], now, lang: 'es' }),
    // Both tell the answer: the same apology retold.
    whole('magnus carlsen apologised for slamming the table vs gukesh', { history: ['Carlsen apologizes after slamming the table in his loss to Gukesh'], now }),
    whole('Rubiales pide perdón por el beso a Jenni Hermoso', { history: ['Luis Rubiales pide perdón tras el beso a Jenni Hermoso'], now, lang: 'es' }),
    // 'really' and 'de verdad' that vouch for the news, not at the start of a question, doubt nothing.
    whole('the dumpling place in queens really lost its michelin star today 😭', { history: ['The dumpling place in Queens lost its Michelin star today'], now }),
    whole('Nadal vuelve de verdad a jugar en Roland Garros este año', { history: ['Nadal vuelve a jugar en Roland Garros este año'], now, lang: 'es' }),
    // A negated finding told once with its auxiliary and once with a bare 'no' is the same finding (NEGATES_WORD).
    whole("jury finds no copying by dua lipa, she's cleared of the disco song claim", { history: ["Jury says Dua Lipa didn't copy the disco song, she's cleared"], now }),
    // Both tell the rejection: the same message.
    whole("video game actors said no to the studios' latest offer, rejected on day 200 of the strike", { history: ["Video game actors rejected the studios' latest offer on day 200 of the strike"], now }),
    whole('Metroviários rejeitaram de novo a proposta do governo, greve segue no dia 3', { history: ['Metroviários rejeitam a proposta do governo no 3º dia de greve'], now, lang: 'pt' }),
    // Both say the decision was put off: the same message.
    whole('STF adiou de novo a decisão do marco temporal, ainda sem data', { history: ['STF adia mais uma vez a decisão sobre o marco temporal, sem nova data'], now, lang: 'pt' }),
    // One post alone negating a word, or both negating the same word, is the same claim (similarity.ts negatedWord).
    whole('investigators: the fire was no arson, a faulty heater caused it', { history: ['investigators say the fire was caused by a faulty heater, not arson'], now }),
    whole('Postgres tip: CREATE INDEX CONCURRENTLY and the table keeps taking writes. No write lock!', { history: ['Tip: in Postgres, CREATE INDEX CONCURRENTLY lets you add an index without locking writes on the table.'], now }),
    // A hook a repost opens on is no question about the earlier post.
    whole('Did anyone find a black wallet near the café on Main Street? Lost it this morning walking to the bus stop. Reward!', { history: ['Lost: black wallet between the Main St café and the bus stop this morning. Reward if found!'], now }),
    whole('how is this real: sinner beat alcaraz in five sets to win wimbledon', { history: ['how is this real, Sinner beats Alcaraz in five sets to win Wimbledon'], now }),
    // A plural in -ies meets its word in -y (similarity.ts stem).
    whole('the juries had austria first at eurovision, jj wins it', { history: ["Austria's JJ wins Eurovision after topping the jury vote"], now }),
    // 'Pushed back' and 'repoussé' are a delay (phrases/concepts.ts 'delay').
    whole('rockstar pushed gta vi back to may 2026 😭', { history: ['GTA 6 has been delayed to May 2026'], now }),
    whole('le lancement de la fusée Ariane 6 est repoussé à jeudi', { history: ['Ariane 6 : le lancement de la fusée retardé à jeudi'], now, lang: 'fr' }),
    // 'but' as a plain word ('nothing but', 'all but') opens no clause.
    whole('sinner wins wimbledon, nothing but respect for alcaraz after that final', { history: ['Sinner wins Wimbledon, nothing but respect for Alcaraz after the final'], now }),
    // The old price added to the new one retold is no swap: only a price each post gives alone is.
    whole('Costco membership goes from $60 → $65 on Sept 1st', { history: ['Costco is raising its membership fee to $65 starting September 1.'], now }),
    whole('netflix standard plan now $17.99/mo in the us, price hike again', { history: ['Netflix raises the price of its standard plan to $17.99 in the US'], now }),
    // Both hedge: the same rumour retold (a stance counts only when one post takes it alone).
    whole('Declan Rice could join Arsenal from West Ham, rumours say 👀', { history: ['Rumour: Arsenal could sign Declan Rice from West Ham'], now }),
    whole('Se rumorea que Julián Álvarez podría fichar por el Atlético', { history: ['Rumores: el Atlético podría fichar a Julián Álvarez'], now, lang: 'es' }),
    whole('Gerüchte: Harry Kane könnte im Sommer zum FC Bayern wechseln', { history: ['Harry Kane könnte laut Gerüchten im Sommer zum FC Bayern wechseln'], now, lang: 'de' }),
    // Three plain words in common that are most of what two short posts say (history.ts LIGHT_MARGIN).
    whole('gmail is down rn, millions affected', { history: ['Gmail is down for millions of users'], now }),
    whole('instagram caído ahora mismo, millones afectados', { history: ['Instagram caído para millones de usuarios'], now, lang: 'es' }),
    whole('whatsapp wieder down, millionen betroffen', { history: ['WhatsApp ist für Millionen Nutzer down'], now, lang: 'de' }),
    whole('snapchat en panne, des millions touchés', { history: ["Snapchat en panne pour des millions d'utilisateurs"], now, lang: 'fr' }),
    whole('youtube fora do ar, milhões afetados', { history: ['YouTube fora do ar para milhões de usuários'], now, lang: 'pt' }),
    // Warmth to the same person said again is the same message.
    // Both say it is delayed, or both cancelled: the same message (CHANGE_MARGIN only raises the bar for a change the
    // earlier post lacked).
    whole('Signal fault at Camden: Northern Line trains delayed this morning', { history: ['Northern Line trains are delayed this morning by a signal fault at Camden'], now }),
    whole("Thursday's Northern Line trains are cancelled by the strike, no service all day", { history: ['Northern Line strike Thursday: all trains cancelled, no service all day.'], now }),
    whole('Huelga de metro el jueves en Madrid: todos los trenes cancelados, sin servicio en todo el día.', { history: ['Metro de Madrid: el jueves, por la huelga, trenes cancelados todo el día.'], now, lang: 'es' }),
    // A data breach or a box-office flop said as a noun or a verb (phrases/concepts.ts 'breach', 'flop').
    whole('dell got hacked, 49M customer addresses out there', { history: ['Dell confirms a data breach exposing 49 million customer addresses'], now }),
    whole('decathlon gehackt: adressen von 2 mio kunden im netz', { history: ['Datenleck bei Decathlon: Adressen von 2 Mio. Kunden im Netz'], now, lang: 'de' }),
    whole('the flash bombed, 55M opening weekend 💀', { history: ['The Flash is a huge flop with a $55M opening weekend'], now }),
    whole('o filme do Pelé fracassou, 80 mil ingressos no primeiro fim de semana', { history: ['Fracasso: o filme do Pelé vendeu 80 mil ingressos no primeiro fim de semana'], now, lang: 'pt' }),
    // A figure rounded to a one-digit number is the same figure ("nearly 2 million" for "1.9M").
    whole('Ford recalls nearly 2 million Explorers over trim that can detach', { history: ['Ford recalling 1.9M Explorer SUVs because trim pieces can detach'], now }),
    // A rewording that ends on a call to answer ("Interested?") is no question about the earlier post (ASKING_WORDS).
    whole('Still hiring a React developer in Valencia, hybrid, 45k. Interested?', { history: ['We are hiring a React developer in Valencia: hybrid, 45k a year.'], now }),
    whole('Seguimos buscando desarrollador React en Valencia, híbrido, 45k. ¿Te interesa?', { history: ['Buscamos desarrollador React en Valencia: híbrido, 45k al año.'], now, lang: 'es' }),
    // A "but" the earlier post had too is no qualification; nor is "mas" for "más" without its comma.
    whole('Legs are dead but so happy: first marathon done in 4:12 🏅', { history: ['Just finished my first marathon in 4:12. Legs are dead but I am so happy.'], now }),
    whole('Taller de huerto urbano el sábado en Lavapiés, mas info en el local', { history: ['Taller de huerto urbano este sábado en Lavapiés, más info en el local.'], now, lang: 'es' }),
    // The same score written another way, or from the other side, and a span written two ways, are the same.
    whole('Zwei Tore von Wirtz: Leverkusen schlägt Bayern 2:1', { history: ['Der FC Bayern verliert 1:2 gegen Leverkusen, Wirtz trifft doppelt.'], now, lang: 'de' }),
    whole('Pedro marca no fim e Flamengo bate o Palmeiras, 2x1', { history: ['O Flamengo venceu o Palmeiras por 2 a 1 com gol de Pedro no fim.'], now, lang: 'pt' }),
    whole('Erinnerung: Repair-Café am Samstag im Gemeindehaus Lindenstraße, 14 bis 17 Uhr, bringt kaputte Geräte mit!', { history: ['Unser Repair-Café ist am Samstag, 14-17 Uhr im Gemeindehaus Lindenstraße. Bringt kaputte Geräte mit!'], now, lang: 'de' }),
    // The same count said again is the same post (history.ts SWAP_MARGIN only parts a swapped number).
    whole("Day 12 of Spanish on Duolingo and I still can't roll my Rs 😩", { history: ["Day 12 of learning Spanish on Duolingo. Still can't roll my Rs."], now }),
    whole('Jour 12 sur Duolingo à apprendre l\'espagnol, et toujours pas de R roulé.', { history: ["Jour 12 à apprendre l'espagnol sur Duolingo. Toujours pas de R roulé."], now, lang: 'fr' }),
    whole('Congrats on your new role at Stripe, Priya! Well deserved after all that hard work!', {
      history: ['Congrats on your new role at Stripe, Priya! Well deserved after all that hard work.'],
      now,
      reply: true,
    }),
    whole('Congratulations on the launch of the new bakery, so well deserved after all those early mornings!', {
      history: ['Congratulations on the launch of the new bakery, well deserved after all those early mornings!!'],
      now,
      reply: true,
    }),
    // Words swapped for their synonyms (phrases/concepts.ts) and a state said again with its denial.
    whole('On recrute un développeur React en CDI à Lyon, écrivez-moi en MP', { history: ['Poste de dev React en CDI à Lyon : envoyez-moi un message privé'], now, lang: 'fr' }),
    whole('Oak Street pool closed for pipe repairs, not reopening until next week', { history: ['The Oak Street pool is closed for pipe repairs, no reopening before next week.'], now }),
    // The author says it is the same message ("asking again", "vuelvo a preguntar"): a looser likeness is enough.
    whole("Asking again since nobody answered: who repairs old watches around Leeds? My grandad's Omega from the 1960s needs fixing.", { history: watch, now }),
    whole('Vuelvo a preguntar: ¿alguien conoce un buen taller para bicis antiguas en Sevilla? Es la Orbea de mi padre.', { history: orbea, now, lang: 'es' }),
    // A reminder ("Quick reminder:", "Recordatorio:", "Kleine Erinnerung:", "Petit rappel :", "Lembrete:") says the same too.
    whole("Quick reminder: who repairs old watches around Leeds? My grandad's Omega from the 1960s needs fixing.", { history: watch, now }),
    whole('Recordatorio: ¿alguien conoce un buen taller para bicis antiguas en Sevilla? Es la Orbea de mi padre.', { history: orbea, now, lang: 'es' }),
    whole('Kleine Erinnerung: kennt jemand eine gute Werkstatt für alte Räder in Graz? Es ist das Puch von meinem Vater.', { history: puch, now, lang: 'de' }),
    whole("Petit rappel : quelqu'un connaît un bon atelier pour vélos anciens à Nantes ? C'est le Peugeot de mon père.", { history: peugeot, now, lang: 'fr' }),
    whole('Lembrete: alguém conhece uma boa oficina de bicicletas antigas em Braga? É a Caloi do meu pai.', { history: caloi, now, lang: 'pt' }),
    whole('Last chance! 30% off every plant in our spring sale, ends this Friday', { history: ['Our spring sale ends Friday: 30% off all plants 🌱'], now }),
    whole('¡Solo hasta el domingo! Toda la tienda con un 40% de descuento en nuestras rebajas', { history: ['Últimos días de rebajas: 40% en toda la tienda hasta el domingo 🛍️'], now }),
    whole('ser this is the way. check $MOONPAW before its too late 🚀', { history: ['ser $MOONPAW is the one 🚀 check it before its too late'], now, reply: true }),
    whole('New blog post: why we moved off Kubernetes and saved 60% on hosting', { history: ['We moved off Kubernetes and cut hosting by 60%. Full story on the blog.'], now }),
    whole('Our spring pottery workshop has 4 seats left. Wheel throwing basics, all clay included, Saturdays in April.', { history: earlier, now, sensitivity: 'gentle' }),
    whole('Our spring pottery workshop has 4 seats left. Wheel throwing basics, all clay included, Saturdays in April.', { history: earlier, now }),
    whole('  ICYMI: our spring pottery workshop has 4 seats left! Wheel throwing basics, all clay included, Saturdays in April. #pottery\n', { history: earlier, now }),
    whole('Three things I learned shipping a Rust CLI: keep errors human, test on Windows early and ship man pages.', { history: earlier, now }),
    whole('Still looking for my next role in instructional design! Former middle school science teacher, 6 years, curriculum and learning design. Please share so this reaches recruiters 🙏 #OpenToWork', { history: earlier, now }),
    // Rewordings that write the same facts another way: numbers (9,000 / 9k, 6 am / 6am), inflections and number
    // words (launching / launched, 3 / three), short forms (Thu, Fri), Spanish verb endings and phone groups.
    ...[
      ["9k runners expected at Sunday's city marathon, roads closed from 6am", marathon],
      ['Launched our new pricing page today: three plans and a free tier', pricing],
      ['Clinic closed Thu and Fri for staff training', clinic],
      ['Perdimos una bici azul en Triana ayer, llamad al 654 321 987', bike],
    ].map(([text, said]) => ({ text: text!, ctx: { history: [said!], now }, flags: [text!] })),
    // The same announcement again: it keeps its numbers and day, or drops one and brings none in its place.
    ...[
      ['Saturday 10am-3pm: adoption day at the Riverside shelter, 40 dogs and cats waiting for a home 🐾', adoption.en],
      ['Adoption day at the Riverside shelter on Saturday: 40 dogs and cats still need a home', adoption.en],
      ['Sábado de 10 a 15h: jornada de adopción en el refugio Riverside, 40 perros y gatos buscan hogar', adoption.es],
      ['Adoptionstag am Samstag im Tierheim Riverside (10–15 Uhr): 40 Hunde und Katzen suchen ein Zuhause!', adoption.de],
      ['Open mic at the Blue Door café on Friday, music or comedy or whatever you like: sign up at the bar!', openMic.en],
      ['Freitag wieder offene Bühne im Café Blaue Tür: Musik, Comedy, was ihr wollt. Anmelden an der Bar!', openMic.de],
    ].map(([text, said]) => ({ text: text!, ctx: { history: [said!], now }, flags: [text!] })),
  ],
});

describe('near-duplicate findings', () => {
  it('say how the post repeats, with the specifics as data', () => {
    const history = new HistoryIndex();
    history.add(fingerprint('Our spring sale ends Friday: 30% off all plants 🌱', 'a', now - 3 * 86_400_000, true, 'linkedin'));
    const nearDuplicate = (text: string) => check(text, { history, now }).findings.filter((f) => f.rule === 'near-duplicate');
    const [reworded] = nearDuplicate('Last chance! 30% off every plant in our spring sale, ends this Friday');
    expect(reworded).toMatchObject({ rule: 'near-duplicate', data: { how: 'reworded', days: 3, site: 'linkedin' } });
    expect(reworded!.message).toContain('your post on LinkedIn 3 days ago');
    expect(reworded!.message).toContain(`${reworded!.data!.similarity}% of the key words`);
    expect(reworded!.data!.sharedWords).toBeGreaterThanOrEqual(5);

    const [copy] = nearDuplicate('ICYMI: Our spring sale ends Friday: 30% off all plants 🌱');
    expect(copy).toMatchObject({ data: { how: 'identical', days: 3, site: 'linkedin' } });
    expect(copy!.message).toMatch(new RegExp(`^Almost identical \\(${copy!.data!.similarity}%\\) to your post on LinkedIn 3 days ago`));
  });
});
