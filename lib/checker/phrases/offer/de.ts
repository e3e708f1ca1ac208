// German offers. The verb of a perfect tense stands at the end ("wir haben die App veröffentlicht"), so the launch
// entries key on the participle after a first-person subject within a few words, and on "unser neues".
import { MARKETPLACES, STREAMING, PRICE, versionEntry, WHY, type OfferLexicon } from './entry';

export const deOffer: OfferLexicon = {
  release: [
    {
      pattern:
        '(?:wir|ich) (?:haben|habe) (?:[\\p{L}\\p{N}][\\p{L}\\p{N}.-]* ){0,5}?(?:gelauncht|veröffentlicht|veroeffentlicht|gestartet|herausgebracht|eröffnet|aktualisiert)|(?:wir|ich) (?:launchen|launche|starten|starte|veröffentlichen|veröffentliche|eröffnen|eröffne|bringen|bringe|präsentieren|präsentiere)',
      why: WHY.weRelease,
      example: 'Wir haben heute unsere neue App veröffentlicht',
    },
    {
      pattern:
        '(?:wir|ich) (?:haben|habe|hab) (?:ein|eine|einen|mein|meine|meinen|unser|unsere|unseren) (?:(?:kleines|kleine|kleinen|neues|neue|neuen|kostenloses|kostenlose|kostenlosen|einfaches|einfache|eigenes|eigene) ){0,2}(?:tool|app|website|webseite|seite|plugin|erweiterung|spiel|bot|vorlage|template|newsletter|plattform|ebook|e-book)s? (?:[\\p{L}\\p{N}-]+ ){0,3}?(?:gebaut|entwickelt|programmiert|erstellt|gemacht|geschrieben|gecodet)|(?:wir|ich) (?:haben|habe|hab) (?:einen|meinen|unseren) (?:(?:kleines|kleine|kleinen|neues|neue|neuen|kostenloses|kostenlose|kostenlosen|einfaches|einfache|eigenes|eigene) ){0,2}(?:kurs|onlinekurs) (?:[\\p{L}\\p{N}-]+ ){0,3}?(?:erstellt|entwickelt|aufgebaut|konzipiert|aufgenommen|gebaut)',
      why: WHY.weMade,
      // "Ich hab einen Kurs gemacht" heißt: einen besucht. Ein eigener Kurs ist erstellt, entwickelt, aufgebaut.
      example: 'Ich habe ein kleines Tool gebaut, das Belege sortiert',
    },
    {
      // Ein benanntes Ding des Autors, genau für das Gefragte gebaut ("Ich habe genau dafür LinkNest gebaut").
      pattern:
        '(?:(?:ich|wir) (?:habe|haben|hab)|(?:habe|haben|hab) (?:ich|wir)) (?:(?:genau|extra|eigens|deshalb|deswegen|dafür|darum) ){1,2}(?:[\\p{L}\\p{N}][\\p{L}\\p{N}.-]* ){1,3}?(?:gebaut|entwickelt|programmiert|erstellt|gemacht|geschrieben|gecodet)|(?:ich|wir) (?:habe|haben|hab) [\\p{L}\\p{N}][\\p{L}\\p{N}.-]* (?:genau |extra |eigens )?(?:dafür|deshalb|deswegen) (?:gebaut|entwickelt|programmiert|erstellt|gemacht|geschrieben|gecodet)',
      why: WHY.weMade,
      example: 'Ich habe genau dafür LinkNest gebaut, probier es aus',
    },
    {
      // Dasselbe mit "genau dafür" vorn und dem Verb davor ("Genau dafür haben wir Buchfix gebaut"). Nur Verben des
      // Bauens: "genau das haben wir gemacht" erzählt, was jemand getan hat.
      pattern:
        '(?:genau|extra|eigens) (?:dafür|das) (?:habe|haben|hab) (?:ich|wir) (?:[\\p{L}\\p{N}][\\p{L}\\p{N}.-]* ){0,3}?(?:gebaut|entwickelt|programmiert|gecodet)(?![\\p{L}])',
      why: WHY.weMade,
      example: 'Genau dafür haben wir Buchfix gebaut, die ersten 3 Monate sind gratis',
    },
    {
      // Das Ding zuerst genannt, der Autor danach als sein Macher ("nimm die App, die ich entwickelt habe").
      pattern:
        '(?:tool|app|website|webseite|seite|plugin|erweiterung|spiel|bot|vorlage|template|kurs|onlinekurs|newsletter|plattform|ebook|e-book)s?,? (?:die|den|das) (?:ich|wir) (?:[\\p{L}\\p{N}-]+ ){0,3}?(?:gebaut|entwickelt|programmiert|erstellt|geschrieben|gecodet) (?:habe|haben|hab)(?![\\p{L}])',
      why: WHY.weMade,
      example: 'Nimm die App, die ich entwickelt habe, die macht genau das: contai.app',
    },
    { pattern: '(?:wir stellen|ich stelle) (?:euch |ihnen |dir )?(?:vor|unser|unsere|mein|meine)', why: WHY.presenting, example: 'Wir stellen euch unser neues Kursprogramm vor' },
    { pattern: '(?:ich|wir) (?:verkaufe|verkaufen|biete|bieten|veranstalte|veranstalten)', why: WHY.hosting, example: 'Wir veranstalten am Samstag einen Brotbackkurs' },
    { pattern: '(?:unser|unsere|unseren|unserem|mein|meine|meinen|meinem) (?:neue[nrsm]?|erste[nrsm]?|nächste[nrsm]?)', why: WHY.ourNew, example: 'Unser neues Kochbuch ist da' },
    { pattern: '(?:freuen uns|freue mich),? (?:[\\p{L}-]+ ){0,4}?(?:anzukündigen|vorzustellen|zu präsentieren)', why: WHY.announce, example: 'Wir freuen uns, euch unseren Laden vorzustellen' },
    { pattern: 'wir kooperieren (?:ab sofort |jetzt |nun )?mit|(?:unsere|eine) (?:neue )?partnerschaft mit', why: WHY.partner, example: 'Wir kooperieren ab sofort mit Stripe, Auszahlungen kommen sofort' },
    {
      pattern: '(?:wir haben|ich habe) (?:jetzt |gerade |heute |endlich )?(?:support|unterstützung|eine integration) für (?:[\\p{L}\\p{N}._-]+ ){1,3}?(?:hinzugefügt|eingebaut|integriert)',
      why: WHY.weAdded,
      example: 'Wir haben heute Support für OpenRouter hinzugefügt',
    },
    {
      pattern: '(?:ich baue|wir bauen|ich entwickle|wir entwickeln) (?:gerade |jetzt )?(?:ein|eine|einen) (?:[\\p{L}\\p{N}-]+ ){0,3}?(?:[\\p{L}\\p{N}]+-)?(?:app|tool|editor|erweiterung|plugin|plattform|spiel|engine|bibliothek|bot|agenten|startup|produkt)',
      why: WHY.weBuild,
      example: 'Ich baue gerade einen Shader-Editor für Three.js',
    },
  ],
  available: [
    { pattern: `(?:gibt'?s|gibt es|ist|sind) (?:jetzt |auch |noch |nur )?(?:bei|auf) ${MARKETPLACES}(?!(?:[^.!?\\n]|\\.(?=\\S))*\\?(?:\\s|$))`, why: WHY.onMarketplace, example: 'Gibt es bei Amazon für 9,99 €' },
    { pattern: `(?:gibt'?s|gibt es|ist|sind|l[äa]uft|laufen) (?:jetzt |auch |ab (?:heute|sofort) |überall |ueberall )*(?:bei|auf|in|im) ${STREAMING}(?!(?:[^.!?\\n]|\\.(?=\\S))*\\?(?:\\s|$))`, why: WHY.onStreaming, example: 'Unser Podcast ist jetzt auf Spotify' },
    { pattern: '(?:tickets|karten) (?:gibt(?:\'s| es) )?(?:auf|unter|über|bei)|(?:tickets|karten)(?= ?:)', why: WHY.ticketsAt, example: 'Unsere Tourdaten sind da! Tickets gibt es auf diewildvoegel.de' },
    { pattern: `(?:tickets?|karten|eintritt) (?:gibt(?:'s| es) )?(?:(?:noch|nur|schon|jetzt) )*(?:kosten |kostet |ab |für |je |um )?(?:nur )?${PRICE}`, why: WHY.ticketPrice, example: 'Am Freitag spielen wir im Molotow, Tickets 12€ an der Abendkasse' },
    versionEntry('Lumen v2.1 ist da, jetzt kostenlos testen'),
    {
      pattern: '(?:ab )?(?:sofort|jetzt|heute|endlich) (?:erhältlich|verfügbar|live|online|im shop|da)|(?:ist|sind) (?:jetzt |ab sofort |endlich )?(?:erhältlich|verfügbar|live|online|raus)',
      why: WHY.nowAvailable,
      example: 'Ab sofort erhältlich in unserem Shop',
    },
    { pattern: '(?:ist|sind) (?:wieder )?(?:zurück|wieder da)(?![\\p{L}])|gibt.s (?:[\\p{L}-]+ ){0,3}?wieder(?![\\p{L}])', why: WHY.backAgain, example: 'Ab heute gibt\'s unseren Kürbis-Latte wieder' },
    { pattern: 'endlich (?:ist|sind) (?:er|sie|es|das|der|die) da(?![\\p{L}])', why: WHY.arrived, example: 'Endlich ist er da: der Dark Mode in unserer App' },
    { pattern: '(?:ist|sind) (?:jetzt |endlich |heute |gerade )?(?:erschienen|raus)', why: WHY.nowAvailable, example: 'Mein Buch über Permakultur ist erschienen' },
    { pattern: 'unterstützt (?:jetzt|ab sofort|nun|endlich)', why: WHY.nowSupports, example: 'Acme unterstützt ab sofort Postgres 17, jetzt updaten' },
    { pattern: '(?:startet|launcht|veröffentlicht|präsentiert) (?:heute |jetzt |ab sofort )?(?:die|das|den|ihre|ihr|seine|sein)', why: WHY.launches, example: 'Acme startet heute die neue Tally-App' },
    { pattern: 'demnächst|bald (?:erhältlich|verfügbar|da)', why: WHY.soon, example: 'Demnächst im Handel' },
    { pattern: 'erscheint (?:bald|heute|morgen|heute abend|nächste woche|diese woche)', why: WHY.soon, example: 'Das Template erscheint nächste Woche' },
  ],
  opening: [
    { pattern: 'vorbestell(?:ung|ungen|en|bar)|vorverkauf', why: WHY.preorder, example: 'Der Vorverkauf startet Freitag' },
    { pattern: 'warteliste|early access|frühzugang', why: WHY.waitlist, example: 'Trag dich in die Warteliste ein' },
    { pattern: '(?:tickets|karten) (?:sind )?(?:jetzt )?(?:erhältlich|verfügbar|im verkauf)', why: WHY.tickets, example: 'Tickets sind jetzt erhältlich' },
    { pattern: 'anmeldung (?:f[üu]r (?:januar|februar|märz|april|mai|juni|juli|august|september|oktober|november|dezember|den [\\p{L}]+|das [\\p{L}]+|\\d{4}) )?(?:ist )?(?:jetzt )?(?:offen|geöffnet|freigeschaltet)', why: WHY.registration, example: 'Die Anmeldung ist jetzt offen' },
    { pattern: 'anmeldung(?:en)? (?:f[üu]r|zu|zum|zur) (?:unser|mein)(?:e[nmrs]?)? (?:[\\p{L}\\p{N}-]+ ){0,4}?(?:ist (?:jetzt |ab sofort )?(?:offen|geöffnet|freigeschaltet)|läuft)(?![\\p{L}])', why: WHY.registration, example: 'Die Anmeldung für unseren Yogakurs im März läuft' },
  ],
  acquire: [
    // Das Ausprobieren als Wahl des Lesers angeboten ("falls ihr es testen wollt"): dieselbe Bitte, weicher gesagt.
    { pattern: '(?:testen|ausprobieren|probieren) (?:wollt|willst|möchtet|möchtest)(?![\\p{L}])', why: WHY.takeIt, example: 'Wir haben Buchfix gebaut, 3 Monate gratis, falls ihr es testen wollt' },
    // xlang19: a phone or WhatsApp number to call for the service: how an ad is taken up (backs its copy).
    { pattern: "(?:ruft? (?:uns |mich )?an|anrufen|whatsapp|sms)(?: (?:an|unter))?:? ?\\+?\\(?\\d[\\d().\\s/-]{6,}\\d", why: WHY.contact, example: "Notdienst rund um die Uhr, ruft an: 0660 555 1234" },
    { pattern: '(?:immer )?noch nicht (?:zugegriffen|bestellt|gekauft|geholt|gesichert)[^.!?\\n]{0,60}\\?', why: WHY.notYetBought, example: 'Noch nicht zugegriffen?' },
    { pattern: "(?:jetzt )?überall,? wo es podcasts gibt|(?:jetzt|gleich) (?:anhören|reinhören|ansehen|anschauen)|(?:jetzt )?(?:auf|bei) (?:spotify|apple podcasts|deezer|youtube) (?:anhören|reinhören|ansehen|anschauen)|hört (?:(?:doch|mal|jetzt|gleich|gern|gerne) )*rein|(?:jetzt )?auf (?:meinem|unserem) kanal", why: WHY.listenAt, example: "Jetzt überall, wo es Podcasts gibt" },
    {
      pattern: '(?:jetzt|hier|gleich) (?:bestellen|kaufen|herunterladen|downloaden|anmelden|testen|ausprobieren|sichern|buchen|vorbestellen|installieren)',
      why: WHY.takeIt,
      example: 'Jetzt bestellen und sparen',
    },
    { pattern: '(?:hol|sicher|sichere|buch|teste|probier|bestell)(?:t)? (?:dir|euch) ', why: WHY.takeIt, example: 'Sichert euch einen Platz' },
    { pattern: '(?:jetzt |gleich )?(?:updaten|aktualisieren|upgraden) (?:im|über den|in der) (?:app store|play store|google play|konsole|dashboard)', why: WHY.update, example: 'Acme 4.0 ist da, jetzt updaten im App Store' },
    { pattern: '(?:ihr könnt|du kannst|sie können|man kann) (?:es|ihn|sie|das buch|das spiel|die app) (?:[\\p{L}-]+ ){0,3}?(?:bestellen|kaufen|herunterladen|vorbestellen|buchen)', why: WHY.takeIt, example: 'Ihr könnt es direkt bei mir bestellen' },
    { pattern: '(?:probiert|probier|testet|teste) (?:es|sie|ihn|die app|das tool) (?:jetzt |gleich |kostenlos |gratis ){0,2}(?:aus)?|(?:bestellt|bestell|bestellen sie) (?:eure|deine|ihre|jetzt)', why: WHY.takeIt, example: 'Ich habe ein Tool gebaut, probiert es kostenlos aus' },
    { pattern: '(?:melde|meldet) (?:dich|euch) (?:jetzt |hier )?an', why: WHY.signUp, example: 'Meldet euch jetzt an' },
    { pattern: '(?:schreib|schreibt|kontaktiere|kontaktiert) (?:mir|uns|mich)|(?:schreiben|kontaktieren) sie (?:mir|uns|mich)|(?:meld|melde|meldet) (?:dich|euch) bei (?:mir|uns)', why: WHY.contact, example: 'Ich verkaufe handgemachte Armbänder, schreibt mir' },
  ],
  moreAt: [
    { pattern: 'im (?:laden|geschäft|shop|store) (?:und|&|oder) online|online (?:und|&|oder) im (?:laden|geschäft|shop|store)|in (?:unserem|unseren|allen) (?:laden|läden|filialen|geschäften) (?:und|&|oder) online', why: WHY.inStoreOnline, example: 'Limitierte Edition, erhältlich im Laden und online' },
    { pattern: `${PRICE} (?:(?:auf|bei) ${MARKETPLACES}|(?:auf|bei|in|im) (?:meinem |unserem )?(?:(?:online-?)?shop|laden|stand))`, why: WHY.soldAt, example: 'Die Juniper-Jacke ist jetzt da, 7 € auf Ravelry' },
    { pattern: `(?:(?:auf|bei) ${MARKETPLACES}|(?:auf|bei|in|im) (?:meinem |unserem )?(?:(?:online-?)?shop|laden|stand)),? für ${PRICE}`, why: WHY.soldAt, example: 'im Shop für 25 €' },
    { pattern: "hier geht.s (?:zur|zum|direkt zur|direkt zum) (?:anmeldung|registrierung|shop|bestellung|buchung|kurs|webinar|download|ticket|tickets)", why: WHY.linkThere, example: "Hier geht's zur Anmeldung: webinar.example.de" },
    { pattern: 'mehr (?:dazu |infos? |erfahren )?(?:hier|unter|im link|in der bio)|link in (?:der )?bio|(?:link|demo|tutorial|anleitung) (?:unten|↓|👇)', why: WHY.learnMore, example: 'Mehr Infos hier' },
  ],
  trial: [
    {
      pattern: 'erste (?:stunde|unterrichtsstunde|lektion|sitzung|beratung|probestunde) (?:ist )?(?:gratis|kostenlos|umsonst)|(?:kostenlose|gratis) (?:probestunde|schnupperstunde|probelektion|erstberatung)',
      why: WHY.freeTrial,
      example: 'Ich gebe Gesangsunterricht online, die erste Stunde ist kostenlos',
    },
  ],
  releaseCall: [
    { pattern: 'macht euch bereit|mach dich bereit|bleibt dran|stay tuned|machen sie sich bereit|termin vormerken|merkt euch (?:den|das datum)|save the date', why: WHY.getReady, example: 'Die stabile Version kommt im März, macht euch bereit!' },
    {
      pattern: '(?:sagt|sag|schreibt|schreib) (?:uns|mir),? (?:was|wie) (?:ihr|du) (?:davon )?(?:haltet|hältst|findet|findest)|wir freuen uns (?:auf|über) (?:euer|dein|ihr) feedback',
      why: WHY.feedback,
      example: 'Aktualisiert die App und sagt uns, was ihr davon haltet',
    },
    {
      pattern:
        '(?:unser|unsere|unseren|mein|meine|meinen) (?:[\\p{L}\\p{N}-]+ ){0,3}?(?:(?:erscheint|kommt|startet|droppt|launcht) in (?:\\d+|zwei|drei|vier|fünf|ein paar) (?:tagen|stunden|wochen)|(?:erscheint|kommt raus|startet|droppt) (?:morgen|heute abend))',
      why: WHY.countdown,
      example: 'Unser neues Album erscheint in 3 Tagen!',
    },
  ],
  updateCall: [
    { pattern: 'jetzt (?:updaten|aktualisieren|upgraden)(?![\\p{L}])|(?:update|aktualisiere) (?:jetzt|gleich)(?![\\p{L}])', why: WHY.updateNow, example: 'Endlich ist er da: der Dark Mode. Jetzt updaten!' },
  ],
  issueHeading: [
    { pattern: '(?:neue (?:folge|episode)|neues (?:video|interview)|neuer (?:beitrag|artikel|blogartikel))(?=\\s*[:–—-])', why: WHY.newIssue, example: 'Neue Folge: Dr. Lee erklärt, warum Schlaf wichtiger ist' },
    {
      pattern: '(?:neue (?:folge|episode|podcastfolge|podcast-folge|podcast-episode)|neues (?:video|interview|youtube-video)|neuer (?:beitrag|artikel|blogartikel))(?: (?:vom|von meinem|von unserem) (?:podcast|kanal|blog))? (?:ist )?(?:jetzt )?(?:online|draußen|raus|verfügbar)(?![\\p{L}])',
      why: WHY.newIssue,
      example: 'Neue Podcastfolge ist draußen 🎙️ Jetzt auf Spotify anhören',
    },
  ],
  featureHeading: [
    { pattern: '(?:neues (?:feature|update)|neue (?:funktion|funktionen|features|integration))(?=\\s*(?:[:–—!-]|\\p{Extended_Pictographic}))', why: WHY.newFeature, example: 'Neues Feature 🚨 Ab sofort könnt ihr Beiträge für 12 Konten planen' },
  ],
  pitchTurn: [
    {
      pattern:
        '(?:genau )?(?:deshalb|deswegen|darum|aus diesem grund) (?:haben|habe) (?:wir|ich) (?:[\\p{L}\\p{N}-]+ ){0,4}?(?:entwickelt|gebaut|gegründet|erstellt|gemacht|geschaffen|gestartet|programmiert|entworfen)',
      why: WHY.pitchTurn,
      example: 'Deshalb haben wir LedgerLite entwickelt, automatische Buchhaltung für Freelancer',
    },
    {
      // "Genau dafür haben wir X gebaut" unter dem Problem eines anderen: dieselbe Wendung, nur mit Verben des Bauens
      // ("dafür habe ich drei Stunden gebraucht" erzählt).
      pattern: '(?:genau (?:dafür|für (?:das|sowas))|für genau (?:das|sowas)) (?:haben|habe) (?:wir|ich) (?:[\\p{L}\\p{N}-]+ ){0,4}?(?:entwickelt|gebaut|gegründet|programmiert|entworfen|geschaffen)',
      why: WHY.pitchTurn,
      example: 'Genau dafür haben wir Planly gebaut',
    },
  ],
};
