import { describe, expect, it } from 'vitest';
import { check } from '../../../lib/checker';
import rule from '../../../lib/checker/rules/vague-pointer';
import { testRule } from '../rule-tester';

testRule(rule, {
  valid: [
    // blind22: the big news told after its date stays quiet.
    { text: 'Big news on Friday: the library opens on Sundays from 2 to 6pm, starting 11 January.', ctx: { platform: 'x' }, note: 'the news told' },
    { text: 'Grandes novedades el día 15: el bus 27 vuelve a parar en la plaza y amplía horario hasta las 23h.', ctx: { platform: 'x', lang: 'es' }, note: 'the news told' },
    { text: 'Große Neuigkeiten am Freitag im Rathaus: die Buslinie 4 fährt wieder bis zum Bahnhof.', ctx: { platform: 'x', lang: 'de' }, note: 'the news told' },
    { text: 'Grosse nouveauté le 15 : la médiathèque ouvre le dimanche de 14h à 18h.', ctx: { platform: 'x', lang: 'fr' }, note: 'the news told' },
    { text: 'Vem novidade dia 15: o app passa a aceitar Pix parcelado em até 4x sem juros.', ctx: { platform: 'x', lang: 'pt' }, note: 'the news told' },
    { text: "Can't wait to share more: the new bike lane opens Monday on 5th Ave between Elm and Oak, with parking moved to the side streets.", ctx: { platform: 'x' } },
    // The thing asked about is said in the post: not vague.
    { text: 'Sound familiar? This is the 1962 photo of the Main St bakery, taken by the Gazette photographer Ron Hale, found in the library archive.', ctx: { lang: 'en' }, note: 'says what it is' },
    { text: '¿Os suena? Es la panadería de la calle Mayor en 1962, foto de Ramón Gil que guarda el archivo municipal de Soria.', ctx: { lang: 'es' }, note: 'says what it is' },
    // A post that tells what it has.
    { text: "Today I learned that git clone --depth 1 fetches only the last commit: a 2 GB repo cloned in 40 seconds instead of 9 minutes.", ctx: { platform: 'linkedin' }, note: "nothing held back" },
    // "Save this for later" under a caption that gives its tips: the post has them.
    { text: '3 resume fixes that got me interviews:\n1. Numbers in every bullet (costs cut 12%).\n2. Drop the objective line.\n3. One page unless 10+ years.\nSave this for later 📌', note: 'the tips are in the caption' },
    { text: '3 arreglos para tu CV:\n1. Cifras en cada punto (costes -12%).\n2. Quita el objetivo profesional.\n3. Una página salvo que tengas 10+ años.\nGuárdalo para después 📌', ctx: { lang: 'es' }, note: 'the tips are in the caption' },
    { text: 'Am Samstag kommt etwas Neues auf den Markt: Kürbisse aus Brandenburg, 3 € das Stück, am Stand neben der Kirche.', ctx: { lang: 'de' }, note: 'what comes is told' },
    {
      text: 'Thank you so much for this!! Your analogy for the Krebs cycle is the only reason I remembered the steps.',
      ctx: { reply: true },
      note: '"this" is what the thanks are for',
    },
    // Agreement under someone's post points at the post answered, which the reader has just read.
    { text: 'So true!', ctx: { reply: true }, note: 'agreement in a reply' },
    { text: 'This!! I help out at the food bank on Saturdays and we see it every week.', ctx: { reply: true }, note: 'agreement, then a story' },
    { text: 'So much this. My grandmother said the same about bread.', ctx: { platform: 'youtube' }, note: 'every YouTube comment sits under a video' },
    { text: '¡Qué verdad!', ctx: { reply: true, lang: 'es' }, note: 'agreement in a reply, in Spanish' },
    { text: 'Wie wahr.', ctx: { reply: true, lang: 'de' }, note: 'agreement in a reply, in German' },
    { text: 'Tellement vrai !', ctx: { reply: true, lang: 'fr' }, note: 'agreement in a reply, in French' },
    { text: 'Pura verdade!', ctx: { reply: true, lang: 'pt' }, note: 'agreement in a reply, in Portuguese' },
    { text: 'Check this out: our county library publishes daily checkout counts as open CSVs, and the 2020 dip is obvious.', note: 'says what it is' },
    { text: "Just talked with folks at @CUBoulder. Chancellor's decision about whether to close campus Monday is coming soon.", note: 'says what is coming and from whom' },
    { text: 'UA&P uses its BEA and CATALYST accounts for @uapasia donations. Please check this out', note: 'the post says what the pointer points at' },
    { text: 'Die Entscheidung der Stadt Köln über die Schulen am Montag kommt bald, bleibt dran', ctx: { lang: 'de' }, note: 'says what is coming and from whom' },
    'Thoughts on the new zoning rules after reading all 80 pages: the parking minimums are gone, which matters more than the height limit.',
    'Stay tuned for part two on Friday, where I cover the 3 glaze recipes that failed and why.',
    // The reader's view asked after the author's own finding: the post says what it asks about, in five languages.
    { text: "J'ai testé les deux méthodes sur 30 élèves pendant un trimestre : la dictée négociée a fait gagner 4 points en moyenne, la dictée classique aucun. Vous en pensez quoi ?", ctx: { lang: 'fr' }, note: 'a result first, then the question' },
    { text: 'Wir haben die Sprechstunde auf 7 Uhr vorverlegt, seitdem sind die Wartezeiten um 20 Minuten kürzer. Was sagt ihr dazu?', ctx: { lang: 'de' }, note: 'a change and its effect first' },
    { text: 'Movimos el mercadillo al domingo por la mañana y vendimos el doble de tomates que los sábados, 40 kilos. ¿Qué os parece?', ctx: { lang: 'es' }, note: 'the numbers first' },
    { text: 'Trocamos a aula de sexta pra conversa em dupla e 9 de 12 alunos falaram mais do que em um mês inteiro. O que vcs acham?', ctx: { lang: 'pt' }, note: 'the result first' },
    { text: "Switched our clinic's reminder texts from 24h to 48h before and no-shows dropped from 14% to 9% in two months. What y'all think?", note: 'the finding first' },
    // News that says what is coming is no teaser, in five languages.
    { text: 'Big news: our shop opens on Monday at 9 on Elm Street, with a reading corner for kids.', note: 'the news told' },
    { text: 'Gran noticia: nuestra tienda abre el lunes a las 9 en la calle Olmo.', ctx: { lang: 'es' }, note: 'the news told' },
    { text: 'Große Neuigkeiten: Unser Laden öffnet am Montag um 9 Uhr in der Ulmenstraße.', ctx: { lang: 'de' }, note: 'the news told' },
    { text: 'Grande nouvelle : notre boutique ouvre lundi à 9h rue des Ormes.', ctx: { lang: 'fr' }, note: 'the news told' },
    { text: 'Novidade: nossa loja abre segunda às 9h na Rua dos Olmos.', ctx: { lang: 'pt' }, note: 'the news told' },
    { text: 'UK inflation falls to 2.3% in April, lowest in three years. Read the full story: https://bbc.in/x', note: 'the news told first' },
    { text: 'Read the docs before you upgrade: the v3 config moved to config.yaml and the old flags are ignored', note: 'advice' },
    // blind15: the story promised for later, after the story is told, keeps what it says.
    { text: 'La reunión con el casero fue bien: baja el alquiler 50 € desde enero y arregla la caldera antes del día 15. Luego os cuento cómo lo negociamos.', ctx: { lang: 'es', platform: 'x' }, note: 'the news told first' },
    { text: 'Réunion avec le proprio : le loyer baisse de 50 € en janvier et la chaudière est réparée avant le 15. Je vous raconte ce soir comment on a négocié.', ctx: { lang: 'fr', platform: 'x' }, note: 'the news told first' },
    { text: 'Treffen mit dem Vermieter: die Miete sinkt ab Januar um 50 €, die Heizung wird bis zum 15. repariert. Wie wir verhandelt haben, erzähl ich euch später.', ctx: { lang: 'de', platform: 'x' }, note: 'the news told first' },
      // blind17: the same announcement followed by what it is, after a colon.
    { text: "Something big is dropping next week: offline mode. You'll be able to edit notes on a plane and they sync when you land, conflicts and all.", ctx: { platform: 'x' }, note: 'the big thing named' },
    { text: "Algo grande llega la semana que viene: el modo sin conexión. Podrás editar notas en el avión y se sincronizan al aterrizar, con conflictos resueltos.", ctx: { platform: 'x', lang: 'es' }, note: 'the big thing named' },
    { text: "Un truc énorme arrive la semaine prochaine : le mode hors ligne. Vous pourrez modifier vos notes dans l'avion et tout se synchronise à l'atterrissage.", ctx: { platform: 'x', lang: 'fr' }, note: 'the big thing named' },
    { text: "Vem coisa grande semana que vem: o modo offline. Dá pra editar notas no avião e tudo sincroniza quando você pousar, com os conflitos resolvidos.", ctx: { platform: 'x', lang: 'pt' }, note: 'the big thing named' },
    // xlang22: with an intensifier, the big thing still named after the colon.
    { text: 'Se viene algo burda de grande: el mercado navideño de Chacao, 40 puestos, el sábado 20 de 10am a 6pm en la plaza Altamira.', ctx: { platform: 'facebook', lang: 'es' }, note: 'the big thing named' },
    { text: 'Something really big is coming on Saturday: the Christmas market, 40 stalls, 10am to 6pm on Market Square.', ctx: { platform: 'facebook' }, note: 'the big thing named' },
      // blind17: the same question in a post that says when, where and what to bring.
    { text: "Half marathon on Sunday: start 8am at Riverside Park, bib pickup Saturday 10-4 at the library. Are you ready? Bring a water bottle, the 2nd station is at km 12.", ctx: { platform: 'facebook' }, note: 'an event told in full' },
    { text: "Media maratón el domingo: salida a las 8 en el parque del Río, dorsales el sábado de 10 a 16 en la biblioteca. ¿Estáis preparados? Traed botella, el segundo avituallamiento está en el km 12.", ctx: { platform: 'facebook', lang: 'es' }, note: 'an event told in full' },
    { text: "Halbmarathon am Sonntag: Start um 8 Uhr im Stadtpark, Startnummern Samstag 10-16 Uhr in der Bücherei. Seid ihr bereit? Bringt eine Flasche mit, die zweite Station ist bei km 12.", ctx: { platform: 'facebook', lang: 'de' }, note: 'an event told in full' },
    { text: "Semi-marathon dimanche : départ 8h au parc de la Tête d'Or, dossards samedi 10h-16h à la médiathèque. Vous êtes prêts ? Prenez une gourde, le 2e ravito est au km 12.", ctx: { platform: 'facebook', lang: 'fr' }, note: 'an event told in full' },
    { text: "Meia maratona no domingo: largada às 8h no Parque da Cidade, retirada de kits sábado das 10h às 16h na biblioteca. Vocês estão preparados? Levem garrafinha, o 2º posto é no km 12.", ctx: { platform: 'facebook', lang: 'pt' }, note: 'an event told in full' },
    // xlang20: news the author says they cannot tell yet, told after all or with what it is: not vague.
    { text: 'Todavía no puedo decir nada del local nuevo, pero sí del horario: desde el 2 de enero abrimos de 8 a 20 h, también los domingos, en la calle Reforma 114.', ctx: { lang: 'es' }, note: 'the news told beside it' },
    { text: 'Ich darf noch nichts verraten, wer die Band ist, aber: Einlass 19 Uhr, Tickets 12 € an der Abendkasse, Erlös geht an die Tafel Altona.', ctx: { lang: 'de' }, note: 'when, price and where the money goes' },
    { text: "Je peux rien dire pour l'instant sur le nom, mais le marché de Noël ouvre samedi 10h place Bellecour, 80 exposants, entrée libre.", ctx: { lang: 'fr' }, note: 'the event told' },
    { text: 'Ainda não posso falar nada do patrocinador, mas a corrida é dia 14, largada 7h no Farol da Barra, inscrição R$ 40 com camiseta.', ctx: { lang: 'pt' }, note: 'the race told' },
    { text: 'No puedo decir nada más, solo gracias a quienes nos ayudaron a buscar a Toby. Apareció sano en el parque.', ctx: { lang: 'es' }, note: 'not a teaser: no "yet"' },
  ],
  invalid: [
    // blind22: big news with only its date after it ('dia 15', 'le 15', 'am 15.', 'on the 15th', 'el viernes'): when, never what.
    { text: 'Huge news on the 15th 👀🚀', ctx: { platform: 'x' }, flags: ['Huge news on the 15th'] },
    { text: 'Gran anuncio el viernes #staytuned', ctx: { platform: 'x', lang: 'es' }, flags: ['Gran anuncio el viernes'] },
    { text: 'Große Neuigkeiten am 15.! 👀🚀', ctx: { platform: 'instagram', lang: 'de' }, flags: ['Große Neuigkeiten am 15.'] },
    { text: 'Grosse nouveauté le 15 👀🚀', ctx: { platform: 'x', lang: 'fr' }, flags: ['Grosse nouveauté le 15'] },
    { text: 'Vem coisa nova dia 20/12 👀', ctx: { platform: 'instagram', lang: 'pt' }, flags: ['Vem coisa nova dia 20/12'] },
    { text: 'Vem novidade grande aí, galera 🔥', ctx: { platform: 'x', lang: 'pt' }, flags: ['Vem novidade grande aí'] },
    // blind21: the news held back with 'mehr' first, and French 'j'peux pas en dire plus' written as said.
    { text: 'Mehr darf ich noch nicht sagen 👀', ctx: { lang: 'de', platform: 'x' }, flags: ['Mehr darf ich noch nicht sagen'] },
    { text: 'Große Neuigkeiten im Januar. Mehr kann ich euch leider noch nicht verraten 👀', ctx: { lang: 'de', platform: 'x' }, flags: ['Mehr kann ich euch leider noch nicht verraten'] },
    { text: "gros changements à l'atelier en janvier 👀 j'peux pas en dire plus pour l'instant", ctx: { lang: 'fr', platform: 'x' }, flags: ["j'peux pas en dire plus"] },
    // xlang20: the author's big thing announced with an intensifier or a year, and news they "cannot tell yet": a year
    // is no substance when every other word is the teaser's, in five languages.
    { text: 'se viene algo MUY grande para el 2027 👀👀 no puedo decir nada todavía pero agárrense', ctx: { lang: 'es', platform: 'x' }, flags: ['se viene algo MUY grande', 'no puedo decir nada todavía'] },
    { text: "something BIG is coming in 2027 👀👀 can't say anything yet but buckle up", ctx: { platform: 'x' }, flags: ['something BIG is coming', "can't say anything yet"] },
    { text: '2027 kommt was richtig Großes 👀👀 ich darf noch nichts verraten, aber haltet euch fest', ctx: { lang: 'de', platform: 'x' }, flags: ['kommt was richtig Großes', 'darf noch nichts verraten'] },
    { text: "un truc ÉNORME arrive en 2027 👀👀 je peux rien dire pour l'instant mais accrochez-vous", ctx: { lang: 'fr', platform: 'x' }, flags: ['un truc ÉNORME arrive', "je peux rien dire pour l'instant"] },
    { text: 'vem coisa GRANDE aí em 2027 👀👀 não posso falar nada ainda mas segurem-se', ctx: { lang: 'pt', platform: 'x' }, flags: ['vem coisa GRANDE aí', 'não posso falar nada ainda'] },
    { text: "On ne peut pas encore en dire plus, mais ça va être beau 👀", ctx: { lang: 'fr' }, flags: ['On ne peut pas encore en dire plus'] },
    { text: 'Aún no podemos revelar nada, pero prepárense 🔥', ctx: { lang: 'es' }, flags: ['Aún no podemos revelar nada'] },
    // Asking whether readers know the thing shown, and saying nothing of it.
    { text: 'Ça vous parle ? 👀 https://t.co/aB3kd9', ctx: { platform: 'x', lang: 'fr' }, flags: ['Ça vous parle ?'] },
    { text: 'Sound familiar? 👀 https://t.co/aB3kd9', ctx: { platform: 'x', lang: 'en' }, flags: ['Sound familiar?'] },
    { text: 'Ring any bells? 👀', ctx: { platform: 'x', lang: 'en' }, flags: ['Ring any bells?'] },
    { text: '¿Os suena? 👀 https://t.co/aB3kd9', ctx: { platform: 'x', lang: 'es' }, flags: ['Os suena?'] },
    { text: 'Kommt euch das bekannt vor? 👀 https://t.co/aB3kd9', ctx: { platform: 'x', lang: 'de' }, flags: ['Kommt euch das bekannt vor?'] },
    { text: 'Soa familiar? 👀 https://t.co/aB3kd9', ctx: { platform: 'x', lang: 'pt' }, flags: ['Soa familiar?'] },
    // News held back for later, in the author's own words.
    { text: "You have no idea how happy I am right now 🥹 Can't say much yet, just that it's something I've dreamed about for years ✨", ctx: { platform: 'instagram' }, flags: ["Can't say much yet"] },
    // The news held back with the wait said out loud, in five languages.
    { text: "Some news I've been sitting on for a while... can't wait to share more soon 👀", ctx: { platform: 'linkedin' }, flags: ["can't wait to share more soon"] },
    { text: 'Llevo tiempo guardando una noticia... ¡tengo muchas ganas de contaros más! 👀', ctx: { platform: 'linkedin', lang: 'es' }, flags: ['tengo muchas ganas de contaros más'] },
    { text: 'Ich habe da seit Wochen eine Neuigkeit... kann es kaum erwarten, euch mehr zu erzählen 👀', ctx: { platform: 'linkedin', lang: 'de' }, flags: ['kann es kaum erwarten, euch mehr zu erzählen'] },
    { text: "Une nouvelle que je garde depuis un moment... j'ai trop hâte de vous en dire plus 👀", ctx: { platform: 'linkedin', lang: 'fr' }, flags: ["j'ai trop hâte de vous en dire plus"] },
    { text: 'Tô guardando uma novidade faz tempo... não vejo a hora de contar mais 👀', ctx: { platform: 'linkedin', lang: 'pt' }, flags: ['não vejo a hora de contar mais'] },
    { text: "Ich kann es noch gar nicht glauben 🥹 Bald kann ich euch mehr erzählen, nur so viel: Es wird groß! ✨", ctx: { platform: 'instagram', lang: 'de' }, flags: ["Bald kann ich euch mehr erzählen"] },
    { text: "Je n'arrive toujours pas à y croire 🥹 Je vous en dis plus très bientôt, tout ce que je peux dire c'est que c'est un rêve qui se réalise ✨", ctx: { platform: 'instagram', lang: 'fr' }, flags: ["Je vous en dis plus très bientôt"] },
    // blind17: 'Are you ready?' after hype, in five languages: ready for what is never said.
    { text: "The future of work is here. Are you ready? 🚀", ctx: { platform: 'linkedin' }, flags: ["Are you ready?"] },
    { text: "El futuro del trabajo ya está aquí. ¿Estás preparado? 🚀", ctx: { platform: 'linkedin', lang: 'es' }, flags: ["¿Estás preparado?"] },
    { text: "Die Zukunft der Arbeit ist da. Bist du bereit? 🚀", ctx: { platform: 'linkedin', lang: 'de' }, flags: ["Bist du bereit?"] },
    { text: "Le futur du travail est déjà là. Êtes-vous prêts ? 🚀", ctx: { platform: 'linkedin', lang: 'fr' }, flags: ["Êtes-vous prêts ?"] },
    { text: "O futuro do trabalho já chegou. Você está preparado? 🚀", ctx: { platform: 'linkedin', lang: 'pt' }, flags: ["Você está preparado?"] },
    // blind17: the author's 'something big is coming' with another verb or the subject first, and nothing said of what.
    { text: "Something big is dropping next week. You're not ready. 👀", ctx: { platform: 'x' }, flags: ["Something big is dropping"] },
    { text: "Algo grande se viene la semana que viene. No estáis preparados 👀", ctx: { platform: 'threads', lang: 'es' }, flags: ["Algo grande se viene"] },
    { text: "Un truc énorme arrive la semaine prochaine. Vous n'êtes pas prêts 👀", ctx: { platform: 'x', lang: 'fr' }, flags: ["Un truc énorme arrive"] },
    { text: "Vem coisa grande semana que vem. Vocês não estão preparados 👀", ctx: { platform: 'x', lang: 'pt' }, flags: ["Vem coisa grande semana que vem"] },
    // xlang22: the same announcement with an intensifier before 'big', as each place says it ('burda de', 'full', 'really',
    // 'très', 'muito').
    { text: 'Se viene algo burda de GRANDE para diciembre 👀👀 estén pendientes panas', ctx: { platform: 'x', lang: 'es' }, flags: ['Se viene algo burda de GRANDE'] },
    { text: 'Algo full grande se viene este mes mis panas 👀', ctx: { platform: 'instagram', lang: 'es' }, flags: ['Algo full grande se viene'] },
    { text: 'Something really big is coming next month 👀 stay tuned', ctx: { platform: 'x' }, flags: ['Something really big is coming', 'stay tuned'] },
    { text: 'Quelque chose de très gros se prépare pour janvier 👀', ctx: { platform: 'x', lang: 'fr' }, flags: ['Quelque chose de très gros se prépare'] },
    { text: 'Vem coisa muito boa aí, aguardem 👀', ctx: { platform: 'x', lang: 'pt' }, flags: ['Vem coisa muito boa aí', 'aguardem'] },
    // blind15: a teaser that promises the story later ("depois conto tudo", "mañana os cuento").
    { text: 'Não acredito no que acabei de descobrir sobre o meu vizinho 😳 depois conto tudo', ctx: { lang: 'pt', platform: 'x' }, flags: ['depois conto tudo'] },
    { text: 'Lo que nos ha pasado hoy en la oficina no os lo vais a creer... mañana os cuento 👀', ctx: { lang: 'es', platform: 'x' }, flags: ['mañana os cuento'] },
    { text: 'Ihr glaubt nicht, was ich gerade über meinen Nachbarn erfahren habe 😳 erzähl ich euch später', ctx: { lang: 'de', platform: 'x' }, flags: ['erzähl ich euch später'] },
    { text: "Vous devinerez jamais ce qui m'est arrivé chez le dentiste 😱 je vous raconte demain", ctx: { lang: 'fr', platform: 'x' }, flags: ['je vous raconte demain'] },
    { text: "You won't believe what happened at the school gate today 😳 will tell you later", ctx: { platform: 'x' }, flags: ['will tell you later'] },
    { text: 'Bon. On en parle ? 👀', ctx: { lang: 'fr' }, flags: ['On en parle ?'] },
    // A newsroom's pointer at the rest of its story, with nothing of the story.
    { text: 'Read the full story: https://nyti.ms/3abc', flags: ['Read the full story'] },
    // A carousel's caption with nothing in it but "save this for later", in five languages.
    { text: 'Save this for later 📌 #careers', flags: ['Save this for later'] },
    { text: 'Guárdalo para después 📌 #empleo', ctx: { lang: 'es' }, flags: ['Guárdalo para después'] },
    { text: 'Speicher dir das für später 📌 #karriere', ctx: { lang: 'de' }, flags: ['Speicher dir das für später'] },
    { text: 'Enregistre-le pour plus tard 📌 #emploi', ctx: { lang: 'fr' }, flags: ['Enregistre-le pour plus tard'] },
    { text: 'Salva pra depois 📌 #emprego', ctx: { lang: 'pt' }, flags: ['Salva pra depois'] },
    // With a time first, German puts the verb before its subject ("Bald kommt was Spannendes"): the same teaser.
    { text: 'Bald kommt was Spannendes 👀', ctx: { lang: 'de' }, flags: ['kommt was Spannendes'] },
    // The author's own announcement announced and never told ("big news coming soon, stay tuned"), in five languages.
    { text: 'Big news coming soon, stay tuned 👀', flags: ['Big news coming', 'stay tuned'] },
    { text: 'Se viene algo grande 👀 ¡Estén atentos!', ctx: { lang: 'es' }, flags: ['Se viene algo grande', 'atentos'] },
    { text: "Bald gibt's große Neuigkeiten, bleibt dran 👀", ctx: { lang: 'de' }, flags: ["Bald gibt's große Neuigkeiten", 'bleibt dran'] },
    { text: 'Grosse annonce bientôt, restez connectés 👀', ctx: { lang: 'fr' }, flags: ['bientôt', 'restez connectés'] },
    { text: 'Vem novidade aí 👀 fiquem ligados!', ctx: { lang: 'pt' }, flags: ['Vem novidade aí', 'fiquem ligados'] },
    // A pointer question in speech forms, with nothing before it; in a reply too it asks nothing of the person.
    { text: 'vous en pensez quoi ? https://www.lemonde.fr/societe/article/2026/11/28/', ctx: { lang: 'fr', reply: true }, flags: ['vous en pensez quoi ?'] },
    { text: "what y'all think?? 👀", ctx: { reply: true }, flags: ["what y'all think??"] },
    { text: '¿Qué os parece? 🤔', ctx: { lang: 'es' }, flags: ['¿Qué os parece?'] },
    { text: 'Was sagt ihr dazu? 🤔', ctx: { lang: 'de' }, flags: ['Was sagt ihr dazu?'] },
    { text: 'o que vcs acham? 🤔', ctx: { lang: 'pt', reply: true }, flags: ['o que vcs acham?'] },
    { text: 'thoughts? 👀', flags: ['thoughts?'] },
    { text: "Huge announcement coming tomorrow. You're not ready 👀", flags: ['Huge announcement coming'] },
    // The same agreement in a post of its own points at nothing said.
    { text: 'So true!', flags: ['So true'] },
    { text: '¡Qué verdad!', ctx: { lang: 'es' }, flags: ['Qué verdad'] },
    { text: 'Wie wahr.', ctx: { lang: 'de' }, flags: ['Wie wahr'] },
    { text: 'Tellement vrai !', ctx: { lang: 'fr' }, flags: ['Tellement vrai'] },
    { text: 'Pura verdade!', ctx: { lang: 'pt' }, flags: ['Pura verdade'] },
    { text: 'Check this out!! 😮 dailywonder.example.net/watch?v=1', flags: ['Check this out'] },
    { text: 'Exciting things coming soon... 👀 Stay tuned!', flags: ['Exciting things coming', 'Stay tuned'] },
    { text: 'What do you guys want to see next? 👇👇', flags: ['What do you guys want to see next?'] },
    { text: '¿Qué opináis? 🤔', ctx: { lang: 'es' }, flags: ['¿Qué opináis?'] },
    { text: 'Check this out @dana 👀', flags: ['Check this out'] },
  ],
});

// A teaser of the author's own announcement hands the reader nothing and asks nothing: missing value, kind neutral.
describe('a teaser of news to come', () => {
  it.each([
    ['Big news coming soon, stay tuned 👀', 'en'],
    ['Something big is coming. Stay tuned!', 'en'],
    ['Se viene algo grande 👀 ¡Estén atentos!', 'es'],
    ["Bald gibt's große Neuigkeiten, bleibt dran 👀", 'de'],
    ['Grosse annonce bientôt, restez connectés 👀', 'fr'],
    ['Vem novidade aí 👀 fiquem ligados!', 'pt'],
  ] as const)('%s', (text, lang) => {
    const report = check(text, { lang });
    expect(report.families).toEqual(['missing-value']);
    expect(report.kind).toBe('neutral');
  });
});
