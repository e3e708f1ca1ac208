// German teasers, sympathy and warmth. Newsroom teasers in German open with cataphoric "So" or "Das" ("So reagiert
// ...", "Das passiert, wenn ...") or send the reader on ("Erfahren Sie hier ...").
import { WHY, type ValueLexicon } from './entry';
import { composeTeasers } from './teaser-kinds';

const NUMBER = '(?:(?<!\\d[:.,])\\d{1,3}|zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|elf|zwölf|fünfzehn|zwanzig|dreißig|fünfzig|hundert)';
const LIST_NOUN =
  '(?:dinge|gründe|fakten|fotos|bilder|tipps|tricks|fehler|zeichen|anzeichen|orte|menschen|momente|geheimnisse|' +
  'fragen|sätze|mythen|wahrheiten|regeln|arten|wege|lebensmittel|filme|serien|lieder|promis|tweets|videos)';
const WH = '(?:was|warum|wieso|weshalb|wie|wer|wen|welche|welcher|welches|wo|wann|wieviel|wie viel)';

const DEMONSTRATIVE = '(?:dieser|diese|dieses|diesen|diesem)';
/** Subjects a headline hides behind a demonstrative: people, animals, pictures, tricks (genitive forms included). */
const WHO =
  '(?:hund|hundes|hunde|katze|katzen|kind|kindes|kinder|baby|babys|oma|opa|mann|mannes|männer|frau|frauen|junge|jungen|mädchen|paar|paares|' +
  'mutter|vater|mama|papa|braut|bräutigam|kellner(?:in)?|lehrer(?:in)?|schüler(?:in)?|promi|promis|star|stars|sänger(?:in)?|' +
  'schauspieler(?:in)?|trick|tricks|video|videos|foto|fotos|bild|bilder|satz|aussage|geste|fehler|lebensmittel|ort|dorf|haus|tier|tiere|' +
  'menschen|nachbar(?:in)?|kundin|kunde|rentner(?:in)?|tourist(?:in)?|influencer(?:in)?|szene|moment)';

/** Teasers composed by kind (teaser-kinds.ts): the parts above, one pattern and one example per kind. */
const COMPOSED = composeTeasers({
  surpriseWith: {
    pattern:
      "(?:überrascht|überraschte|schockiert|schockierte|verblüfft|verblüffte|begeistert|begeisterte) (?:(?:ihre |seine |die )?(?:fans|follower|zuschauer) |das netz )?mit (?:neuem|neuer|neuen|ihrem|ihrer|ihren|seinem|seiner|seinen|einem|einer|diesem|dieser) ?(?:[\\p{L}]+ )?(?:look|veränderung|verwandlung|foto|bild|video|nachricht|ankündigung|geständnis|frisur|aussehen|entscheidung|post)s?(?![\\p{L}])",
    example: "Heidi Klum überrascht ihre Fans mit neuem Look",
  },
  puzzleDare: {
    pattern:
      "(?:lösen|löst|lösten|knacken|knackt|bestehen|besteht|beantworten|beantwortet) (?:(?:in|auf) )?(?:diese|dieses|diesen|diesem|dieser) (?:[\\p{L}]+ )?(?:rätsel|bilderrätsel|denksportaufgabe|matheaufgabe|matherätsel|gleichung|test|quiz)s?(?![\\p{L}])|(?:finden|findet|fanden|entdecken|entdeckt|sehen|sieht|erkennen|erkennt) (?:den|die|das|einen|eine|ein) (?:[\\p{L}]+ )?(?:fehler|unterschied|unterschiede|katze|tier|zahl|wort|buchstaben|schlange|gesicht|versteckte[nms]?) (?:[\\p{L}]+ ){0,2}?(?:in|auf) (?:diesem|dieser|diesen) (?:foto|bild|suchbild|zeichnung|gemälde)s?(?![\\p{L}])",
    example: "Nur 2 Prozent der Menschen lösen dieses Rätsel",
  },
  revealWithheld: {
    pattern: '(?:verrät|verraten|verriet|enthüllt|enthüllen|enthüllte),? (?:das Geheimnis|die Wahrheit|den Grund|den (?:wahren|echten|eigentlichen) Grund|den Fehler|die Fehler|den Trick|die Tricks|die Angewohnheit|das Lebensmittel|die Lebensmittel|die Anzeichen|warum|wie|was|(?:die|den|das) (?:seltsamste|verrückteste|merkwürdigste|skurrilste|peinlichste)[nr]?)(?![\\p{L}])',
    example: 'Eine Ärztin verrät das Geheimnis ihres langen Lebens',
  },
  neitherNor: {
    pattern: "weder (?:[\\p{L}\\p{N}'’-]+,? ){0,3}?[\\p{L}\\p{N}'’-]+,? noch (?:[\\p{L}\\p{N}'’-]+ ){0,3}?[\\p{L}\\p{N}'’-]+ ?: (?:das|dies|diese[rsnm]?|hier|so)(?![\\p{L}])",
    example: "Weder Mallorca noch Ibiza: Das ist die schönste Insel Europas",
  },
  asWeKnowIt: {
    pattern: 'wie wir (?:ihn|sie|es) (?:kennen|kannten)(?=\\s*(?:[.!?…👇👀]|$|https?:|www\\.))',
    example: 'Das Ende des Büros, wie wir es kennen',
  },
  whatsComing: {
    // Auch eine Änderung, auf die nur gezeigt wird ("Das ändert sich ab Montag"): was sich ändert, bleibt hinter dem Link.
    pattern: 'was (?:uns|euch|Sie|dich) (?:jetzt |nun |heute |morgen |am Wochenende )?erwartet(?![\\p{L}])|was (?:jetzt |nun )?auf (?:uns|euch|Sie|dich) zukommt|(?:das|dies|alles) ändert sich(?= (?:ab|im|am|zum|mit dem)(?![\\p{L}]))|was sich (?:(?:ab|im|am|zum|für|fuer) (?:[\\p{L}\\p{N}]+ ){1,3}){1,2}ändert(?![\\p{L}])|was (?:morgen|heute abend|nächste woche|am wochenende|am (?:montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag)) (?:kommt|passiert)(?![\\p{L}])',
    example: 'Wetter: Das ist, was uns am Wochenende erwartet',
  },
  hiddenSubject: { pattern: `${DEMONSTRATIVE} (?:[\\p{L}]+\\s+){0,2}?${WHO}`, example: 'Dieser Rentner fährt jeden Tag mit dem Fahrrad zur Arbeit' },
  storyOfHidden: {
    pattern: `(?:die|der|das) (?:reaktion|geschichte|antwort|geste|nachricht|verwandlung) (?:dieses|dieser|von diesem|von dieser) (?:[\\p{L}]+\\s+)?${WHO}`,
    example: 'Die Geschichte dieser Oma rührt alle',
  },
  deedWithheld: {
    pattern: 'was (?:[\\p{L}]+\\s+){1,4}?(?:gefunden|entdeckt|gemacht|gesagt|getan|erlebt|gesehen|geschrieben|geantwortet) (?:hat|haben|hatte|hatten)|was (?:dieser|diese|dieses|er|sie) (?:[\\p{L}]+\\s+){0,3}?(?:macht|tut|sagt|findet|entdeckt)',
    example: 'Was sie auf dem Dachboden gefunden hat',
  },
  nobodyTellsYou: {
    pattern: 'was (?:dir|ihnen|euch|uns) (?:niemand|keiner) (?:[\\p{L}]+\\s+){0,3}?(?:sagt|erzählt|verrät)|was (?:niemand|keiner) (?:[\\p{L}]+\\s+){0,3}?(?:sagen|zugeben|aussprechen) (?:will|möchte|traut)|was (?:[\\p{L}]+\\s+){1,2}(?:dir|ihnen|euch|uns) (?:nicht|nie) (?:über [\\p{L}]+\\s+)?(?:sagen|verraten|erzählen|sagt|verrät|erzählt)',
    example: 'Was dir niemand über Elternzeit sagt',
  },
  nobodyExpected: {
    pattern: 'damit (?:hat|hatte|hätte) (?:keiner|niemand) gerechnet|(?:hätte|hatte) (?:keiner|niemand) (?:erwartet|gedacht|geahnt|für möglich gehalten)',
    example: 'Damit hat keiner gerechnet',
  },
  effectOnReader: {
    pattern: '(?:dein|deine|deinen|euer|eure|euren|ihre|ihren) (?:[\\p{L}-]+ ){0,3}?(?:verändern|revolutionieren|auf den kopf stellen) (?:wird|werden)|(?:wird|werden) (?:dein|deine|deinen|euer|eure|euren) (?:[\\p{L}-]+ ){0,3}?(?:verändern|revolutionieren|auf den kopf stellen)(?![\\p{L}])|(?:wird|werden) (?:dich|sie|euch) (?:umhauen|sprachlos machen|schockieren|begeistern|zum (?:weinen|lachen|staunen) bringen)|(?:bringt|bringen|brachte) (?:das netz|das internet|dich|euch|alle|fans|millionen) zum (?:weinen|lachen|staunen|kochen|träumen)|(?:die antwort|der grund|das ergebnis|die lösung) (?:überrascht|verblüfft|schockiert|erstaunt)',
    example: 'Dieses Foto bringt das Netz zum Lachen',
  },
  wentViral: {
    pattern: '(?:geht|ging|gehen) (?:gerade |derzeit |im netz )?viral|sorgt (?:gerade |im netz |online )?für (?:aufregung|empörung|furore|lacher|staunen|wirbel|diskussionen|begeisterung)|das netz (?:lacht|tobt|staunt|rätselt|feiert|dreht durch|ist begeistert)',
    example: 'Ein Tanz im Supermarkt geht viral',
  },
  countedByDemonstrative: { pattern: `(?:diese|dieser) ${NUMBER}`, example: 'Diese 7 Apps braucht jeder' },
  trickFor: {
    // A teaser's praise may stand before the trick ("der virale Trick, um", "ein genialer Kniff gegen").
    pattern: '(?:der|ein|mit diesem|mit einem) (?:(?:einfach|viral|genial|simpl)e[nmr]? )?(?:trick|kniff|geheimtipp|hack),? (?:mit dem|der|für|gegen|um|zum)|(?:das|ein) geheimnis (?:von|hinter|für|gegen)',
    example: 'Der Trick, mit dem Brot länger frisch bleibt',
  },
  whyYouShould: {
    pattern: 'warum (?:du|sie|man|ihr) (?:[\\p{L}]+\\s+){0,5}?(?:niemals|nie|nicht mehr|unbedingt|immer|lieber)',
    example: 'Warum man Bananen nie neben Äpfel legen sollte',
  },
  happeningHere: {
    pattern: '(?:das|dies) (?:hier )?(?:passiert|geschieht) (?:gerade|jetzt|hier)|was (?:hier|da) (?:gerade )?(?:passiert|geschieht|los ist)',
    example: 'Was hier gerade passiert, ist verrückt',
  },
  hypeLabel: {
    pattern: '(?:unglaublich|wahnsinn|krass|irre|unfassbar|sensationell|schockierend|rührend|herzzerreißend) ?[!:]',
    example: 'Unfassbar! Ein Hund fährt allein Bus',
  },
  crowdKnows: {
    pattern:
      '(?:den|die|das|der) (?:[\\p{L}]+\\s+){0,3}?(?:jeder|jede|alle|fast alle|niemand|kaum jemand|fast niemand|die meisten)(?: [\\p{L}]+){0,4}? (?:kennt|kennen|kennen sollte|kennen sollten|kennen muss|kennen müssen|wissen sollte|wissen muss|übersieht|übersehen|macht|machen|bemerkt|bemerkt hat|bemerkt haben)' +
      // Kaum jemand, der es weiß, von einer Sache gesagt, die nur ein Relativsatz bestimmt ("der Stadtteil, wo die
      // Mieten fallen und kaum jemand weiß es"), am Ende des Satzes; ohne Relativsatz ist die Sache genannt.
      '|(?:wo|in dem|in der|dessen|deren) (?:[\\p{L}\\p{N}%$€£-]+ ){1,8}?(?:und|aber) (?:fast niemand|kaum jemand|kaum einer|niemand|keiner|nur wenige) (?:weiß|wusste|kennt|merkt|bemerkt|hat es bemerkt)(?: (?:es|das|davon))?(?=[\\s\\p{Extended_Pictographic}\\p{Regional_Indicator}\\uFE0F\\u200D]*(?:[.!?…]|$|https?:|www\\.))',
    example: 'Der Fehler, den fast alle beim Einfrieren machen',
  },
  heldByRelative: {
    pattern:
      "(?:der|die|das) (?!\\p{N})(?:[\\p{L}\\p{N}€%'’-]+ ){0,3}?[\\p{L}-]+, (?:der|die|das|den) (?:du|sie|wir alle|jeder) (?:[\\p{L}]+ ){0,5}?(?:solltest|sollten|musst|müssen|machen|machst|macht)(?![\\p{L}])(?![^.!?:\\n]*?\\s(?:ist|sind|war)\\s)",
    example: 'Das Getränk, das du vor dem Schlafen trinken solltest',
  },
  pointerInClause: {
    pattern:
      "(?:fand|fanden|entdeckte|entdeckten) (?:diese|dieser|dieses|diesen)(?! (?:woche|wochenende|jahr|monat|sommer|winter|herbst|frühling|saison|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|morgen|abend|ist|sind|war)(?![\\p{L}]))(?:(?= [\\p{L}]) (?!(?:in|im|auf|an|am|unter|hinter|von|für|mit|und|oder|vor|nach)(?![\\p{L}]))[\\p{L}-]+)?|(?:kaufen|kauft|kaufte|kauften|bestehen|besteht|benutzen|nutzen|meiden|verkaufen|verlassen|verbietet|verbieten) (?:diese|dieser|dieses|diesen)(?! (?:woche|wochenende|jahr|monat|sommer|winter|herbst|frühling|saison|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|morgen|abend|ist|sind|war)(?![\\p{L}])) (?!(?:in|im|auf|an|am|unter|hinter|von|für|mit|und|oder|vor|nach)(?![\\p{L}]))[\\p{L}-]+",
    example: 'Anleger kaufen diese Münze noch vor Freitag',
  },
  somethingUnnamed: {
    pattern: 'etwas, (?:das|was) (?:noch )?(?:(?:kein|keine|keiner) [\\p{L}]+|niemand|nie) (?:getan|gemacht|geschafft|gewagt|gesehen|erlebt)(?![\\p{L}])|etwas (?:ganz |sehr )?(?:seltsames|unglaubliches|merkwürdiges|unerwartetes|erstaunliches|mysteriöses|kurioses|unheimliches|verrücktes)' +
      // Etwas irgendwo gefunden und nicht genannt ("kauft ein gebrauchtes Sofa und findet etwas darin").
      '|(?:fand|fanden|findet|entdeckte|entdeckten|entdeckt) etwas (?:darin|darunter|dahinter|versteckt|vergraben|in (?:der|dem|einem|einer|seinem|seiner|ihrem|ihrer)|im|unter)(?![\\p{L}])',
    example: 'Ein Bauer findet etwas Seltsames auf seinem Feld',
  },
  warningWithheld: {
    pattern: '(?:warnt|warnen|warnte|warnten) (?:eindringlich |dringend )?(?:vor|davor,?) (?:diesem|dieser|diesen|diese|(?:dem|der|den) (?:häufigsten|größten|schlimmsten|typischsten|gefährlichsten) [\\p{L}-]+)|(?:vorsicht|achtung|aufgepasst)[,!:]? (?:wenn|falls) (?:sie|du|ihr) (?:diesen|diese|dieses|diesem)(?= )',
    example: 'Zahnärzte warnen vor dieser Gewohnheit am Abend',
  },
  crowdReaction: {
    pattern: '(?:sorgt|sorgte|sorgen) (?:im netz |online |bei (?:den )?(?:fans|nutzern|usern|mitarbeitern|kunden) )(?:für )?(?:empörung|entsetzen|ärger|wut|aufregung)|(?:bringt|brachte) (?:das netz|die fans|die mitarbeiter|die kunden|fans|user) auf die palme',
    example: 'Diese Aussage bringt die Fans auf die Palme',
  },
  beliefCorrected: {
    pattern:
      '(?:als|wie) (?:du|sie|man) (?:denkst|denken|glaubst|glauben|ahnst|ahnen|denkt)|nicht das,? was (?:du|sie) (?:denkst|denken)|nicht (?:der|die|das|den),? (?:den|die|das|der|an den|an die|an das) (?:du|sie|man) (?:denkst|denken|denkt|vermutest|vermuten|erwartest|erwarten)|(?:du|sie) (?:machst|machen|benutzt|benutzen|wäschst|waschen|lädst|laden) (?:[\\p{L}]+\\s+){0,3}?falsch',
    example: 'Du wäschst deine Jeans falsch',
  },
  questionHeadline: {
    pattern: '(?:warum|wieso|weshalb|wie|was|wer|wo|wann|welche[rsnm]?|wusstest du|wussten sie|kennst du|kennen sie|darf man|sollte man|sollten sie|solltest du)',
    example: 'Warum schnurren Katzen? https://t.co/x',
  },
  hypedStory: {
    pattern:
      '(?:die|der|das|diese[rsnm]?|eine?n?) (?:unglaubliche|rührende|erstaunliche|schockierende|überraschende|bizarre|kuriose|verrückte|herzzerreißende|witzige|irre|krasse)[nrs]? (?:Geschichte|Reaktion|Antwort|Bild|Bilder|Video|Foto|Fotos|Nachricht|Geste|Moment|Szene|Verwandlung|Entdeckung|Brief|Grund|Trick)',
    example: 'Die unglaubliche Geschichte des Hundes, der auf sein Herrchen wartete',
  },
  secretKept: { pattern: 'nicht (?:wollen|will|möchten|möchte),? dass (?:du|sie|ihr|man)', example: 'Der Trick, von dem Banken nicht wollen, dass du ihn kennst' },
  guessWho: { pattern: 'rate(?:t)? mal,? (?:wer|was|welche[rsn]?|wo|wie)', example: 'Rate mal, wer dieser Promi ist?' },
  oneThing: {
    pattern:
      '(?:dieser|diese|dieses|diesen|diesem) (?:eine[nmr]?|einfache[nmr]?|kleine[nmr]?|simple[nmr]?|einzige[nmr]?) (?:trick|satz|frage|fehler|gewohnheit|tipp|regel|übung|zutat|wort|geheimnis|schritt)s?' +
      // Eine einzige Gewohnheit, seltsam und ohne Namen ("eine überraschende Gewohnheit"), wie das englische "one surprising habit".
      '|(?:eine[nmr]?) (?:überraschende[nmr]?|seltsame[nmr]?|ungewöhnliche[nmr]?|unerwartete[nmr]?|geheime[nmr]?|kuriose[nmr]?) (?:trick|gewohnheit|zutat|geheimnis|fehler|detail)s?' +
      // Ein einfacher Trick, eine kleine Gewohnheit, ohne Namen ("Ein einfacher Trick, der den Blutdruck senkt").
      "|(?:ein|eine[nmr]?) (?:einfache[nmr]?|simple[nmr]?|kleine[nmr]?) (?:trick|gewohnheit|zutat|geheimnis|übung|getränk|lebensmittel)s?(?![\\p{L}])",
    example: 'Mit diesem einfachen Trick sparst du Strom',
  },
  leadInWh: {
    pattern: '(?:(?:schaut|seht|guckt) euch|(?:schau|sieh|guck) dir|(?:schauen|sehen) sie sich|h[öo]rt euch|h[öo]r dir) (?:das |mal |bitte )?(?:mal )?an,? (?:was|wie|wer|wo|warum)(?! (?:ich|wir|du|ihr)(?![\\p{L}]))|(?:schaut|seht|guckt|schau|sieh|guck) mal,? (?:was|wie|wer)(?! (?:ich|wir|du)(?![\\p{L}]))',
    example: 'Schaut euch an, was dieser Hund gemacht hat',
  },
  whatHappensTo: {
    pattern: '(?:das|dies|so|was) (?:passiert|geschieht|passierte|geschah) (?:mit|in|bei|deinem|deiner|ihrem|ihrer) (?:[\\p{L}]+[,\\s]+){1,3}?(?:wenn|falls|sobald|nachdem)',
    example: 'Das passiert mit deinem Körper, wenn du keinen Zucker isst',
  },
});

export const deValue: ValueLexicon = {
  teaser: [
    {
      pattern: "(?:eine|einer|ein) (?:neue |neuen |neuer |neues |wichtige |wichtigen |wichtiger |große |großen )?(?:Änderung|Regel|Gesetz|Pflicht|Neuerung),? (?:die|das|der) (?:Millionen|Tausende|alle|fast alle|die meisten|dich|euch|Sie) (?:[\\p{L}-]+ ){0,2}?(?:betrifft|betreffen|trifft|treffen)(?![\\p{L}])",
      why: 'Kündigt eine Änderung oder eine Regel über die Betroffenen an („eine Änderung, die Millionen Autofahrer betrifft“) und behält, welche; was nach dem Doppelpunkt steht, sagt es.',
      example: "Achtung: Das Finanzamt warnt vor einer Änderung, die Millionen Steuerzahler betrifft",
      answeredInClause: true,
    },
    {
      pattern: "(?:die )?(?:Fans|Nutzer|Zuschauer|Kunden|Follower) (?:sind |zeigen sich )?(?:(?:sehr|total|völlig|richtig) )?(?:gespalten|gespaltener Meinung|empört|wütend|geschockt|fassungslos|sauer|verärgert|entsetzt) (?:über|nach|wegen)(?![\\p{L}])",
      why: 'Das Publikum gespalten oder empört über etwas („Die Fans sind gespalten über den neuen Look von…“), ohne zu sagen, was; eine Zahl danach sagt es.',
      example: "Die Fans sind gespalten über den neuen Look von Helene Fischer",
      answeredByAmount: true,
    },
    {
      // Das Subjekt nur beschrieben („Ein bekannter Schauspieler“, „Eine beliebte Supermarktkette“): wer es ist, bleibt
      // hinter dem Link.
      pattern: "(?:ein|eine|einer) (?:bekannte|bekannter|berühmte|berühmter|beliebte|beliebter|prominente|prominenter) (?:[\\p{L}-]+ )?(?:Schauspieler|Schauspielerin|Sänger|Sängerin|Fußballer|Fußballerin|Moderator|Moderatorin|Marke|Kette|Supermarktkette|Restaurant|Firma|Unternehmen|Influencer|Influencerin|Youtuber|Youtuberin|Koch|Köchin|Model|Sportler|Sportlerin|Spieler|Spielerin|Rapper|Rapperin|Band)(?![\\p{L}])(?!(?:\\s+[\\p{L}\\p{N}'’.-]+){0,3}\\s*,\\s*[^,.!?:\\n]{2,40},)",
      why: 'Nennt sein Subjekt nur mit einer Beschreibung („Ein bekannter Schauspieler“, „Eine beliebte Kette“) und behält, wer es ist; ein Name danach sagt es.',
      example: 'Eine bekannte Sängerin kündigt ihren Rückzug an und die Fans sind geschockt',
      atStart: true,
      answeredByAmount: true,
    },
    {
      pattern: "(?:bestätigt|(?:es ist )?offiziell)(?=[\\s.!…]*(?:[\\p{Extended_Pictographic}\\uFE0F\\u200D][\\s.!…]*)*(?:https?:|www\\.|$))",
      why: 'Ein Etikett allein („Bestätigt 👀“, „Es ist offiziell!“) vor einem Link: was bestätigt ist, bleibt dahinter; „Bestätigt: Die Regierung verlängert…“ sagt es.',
      example: "Es ist offiziell 👀 https://t.co/x",
      atStart: true,
    },
    {
      // The crowd as the subject, going wild ("las redes enloquecen", "fans go wild") over something the post does not
      // say; a count or an amount in the sentence (the goal in minute 95) tells what they reacted to.
      pattern: "(?:die fans|das internet|die netzgemeinde) (?:dreht|drehen) durch|(?:die fans|das internet|die netzgemeinde) (?:tobt|toben|rastet aus|rasten aus|flippt aus|flippen aus)",
      why: WHY.reactionUntold,
      example: "Heidi Klum zeigt ihren neuen Look und die Fans drehen durch",
      answeredByAmount: true,
    },
    {
      pattern: '(?:(?:endlich|jetzt) (?:herausgefunden|entdeckt|entschlüsselt)|wissen endlich|herausgefunden),? (?:warum|wie|was|weshalb)(?![\\p{L}])',
      why: WHY.knowledgePromised,
      example: 'Forscher haben endlich herausgefunden, warum wir gähnen',
    },
    {
      pattern: '(?:plant|macht|machte|verkündet|verkündete|trifft|traf) (?:eine[nr]?|ein) (?:große[nr]?|radikale[nr]?|drastische[nr]?|überraschende[nr]?|wichtige[nr]?) (?:änderung|veränderung|ankündigung|entscheidung)(?![\\p{L}])',
      why: WHY.changeUntold,
      example: 'McDonald’s plant eine große Änderung am Menü',
      answeredInClause: true,
    },
    {
      pattern: '(?:niemand|keiner) ist (?:bereit|vorbereitet) (?:für|auf) (?:das|diese[ns]?|was)(?![\\p{L}])',
      why: WHY.surpriseWithheld,
      example: 'Niemand ist bereit für das, was in der Folge dieser Woche passiert',
      atStart: true,
    },
    {
      // Eine Sache, die nur die Überraschung bestimmt ("der Moment, mit dem niemand gerechnet hat, im Finale von The
      // Voice"): wo es geschah, ist der Rahmen, nicht was geschah.
      pattern: '(?:der|die|das|den) (?:[\\p{L}]+ )?(?:moment|wendung|reaktion|antwort|geste|gast|überraschung|geschenk|nachricht|ende|szene|kuss|ausgang|ergebnis|frage|detail|transfer|wechsel|entscheidung|ankündigung|deal|trennung),? (?:mit (?:dem|der|denen)|die|den|das) (?:wirklich )?(?:niemand|keiner|kaum jemand) (?:gerechnet|erwartet|kommen sah|kommen gesehen)(?![\\p{L}])',
      why: WHY.surpriseDefined,
      example: 'Der Moment, mit dem niemand gerechnet hat, im Finale von The Voice',
      atStart: true,
      answeredByAmount: true,
      shown: true,
    },
    {
      // Ein Superlativ mit seinem Rahmen ("die beste Stadt Deutschlands", "das günstigste Land Europas"): worin gereiht
      // wird, sagt nicht, was vorne liegt. Groß geschriebene Nomen sind im Deutschen keine Namen.
      pattern:
        '(?:das|dies) (?:ist|sind|war|waren) (?:der|die|das) (?:[\\p{L}]+ )?(?!(?:erste|ersten|letzte|letzten|n[aä]chste|n[aä]chsten)(?![\\p{L}]))(?:beste|besten|schlechteste|schlechtesten|[\\p{L}]{3,}ste|[\\p{L}]{3,}sten|meistgesuchte|meistbesuchte) [\\p{L}]+',
      why: 'A demonstrative with a superlative ("this is the best city in Europe…") ranks what a headline keeps behind the click; the place it ranks within is part of the phrase, not the answer, and someone exclaiming over what they share shows it.',
      example: 'Das ist die beste Stadt Deutschlands zum Leben, laut Mercer',
      atStart: true,
      namedAnswers: true,
      shown: true,
    },
    {
      pattern: '(?:sagt|sagen) (?:doch )?alles(?=\\s*(?:[.!…👀😂😭🤣]|$|https?:))|spricht (?:für sich|bände)',
      why: 'Eine Reaktion oder ein Bild, das "alles sagt", sagt nichts davon: es bleibt hinter dem Link.',
      example: 'Ihre Reaktion, als sie ihn im Publikum sah, sagt alles 👀',
    },
    {
      pattern: '(?:empörung|aufregung|wirbel|shitstorm|kritik) (?:um|nach|wegen|über) (?:das|die aussage|den satz),? was (?:er|sie|dieser [\\p{L}]+|diese [\\p{L}]+) (?:gesagt|getan|gepostet|geschrieben)',
      why: 'Die Empörung über das, was jemand sagte, ohne zu sagen, was.',
      example: 'Empörung über das, was dieser Moderator live gesagt hat',
    },
    {
      pattern: 'achtung(?:,| bei| vor)? (?:dieser|diesen|diese|diesem) (?:änderung|änderungen|regel|regeln|strafe|strafen|fehler|neuerung|neuerungen)(?![\\p{L}])',
      why: 'Zeigt auf "diese Änderung", ohne zu sagen, welche.',
      example: 'Achtung bei dieser Änderung, die ab Montag alle Autofahrer betrifft',
    },
    {
      pattern: "(?:der|den) (?:fehler|irrtum),? (?:den (?:du|sie|wir alle|fast alle|viele) (?:machst|machen|begehst|begehen))",
      why: 'Nennt einen Fehler des Lesers und behält ihn ("der Fehler, den du beim Zähneputzen machst").',
      example: "Der Fehler, den du beim Zähneputzen machst",
      atStart: true,
    },
    {
      pattern: "was (?:wirklich )?hinter (?:[\\p{L}-]+ ){1,6}?steckt",
      why: 'Verspricht, was hinter etwas steckt, und behält es ("was hinter dem Lächeln steckt").',
      example: "Was hinter dem Lächeln der Mona Lisa steckt",
      atStart: true,
    },
    {
      pattern: 'es gibt (?:einen (?:einfachen |legalen |geheimen )?(?:trick|weg)|eine (?:einfache |legale |geheime )?(?:methode|möglichkeit)),? (?:um|wie)(?![\\p{L}])',
      why: 'Sagt, dass es einen Trick oder einen Weg gibt, und behält ihn ("es gibt einen Trick, um weniger für Strom zu zahlen"); der Trick nach dem Doppelpunkt sagt ihn.',
      example: 'Es gibt einen einfachen Trick, um weniger für Strom zu zahlen, ohne den Anbieter zu wechseln',
    },
    {
      pattern: 'es gibt (?:einen|eine) (?:guten |einfachen |wissenschaftlichen |überraschenden )?(?:grund|erklärung),? (?:warum|wieso|weshalb|dafür)',
      why: 'Sagt, dass es einen Grund gibt, und behält ihn ("es gibt einen Grund, warum Taxis rosa sind"); ein Grund nach dem Doppelpunkt sagt ihn.',
      example: 'Es gibt einen Grund, warum die Taxis in Mexiko-Stadt rosa sind',
    },
    {
      pattern: '(?:alles,? )?was (?:wir|man) (?:bisher |bislang |jetzt |schon )?(?:über|zu|zum|zur) (?:[\\p{L}-]+ ){1,6}?(?:wissen|wei[ßs])|was (?:bisher |bislang )?(?:über|zu|zum|zur) (?:[\\p{L}-]+ ){1,6}?bekannt ist',
      why: 'Verspricht, was man weiß ("Was wir über den Stromausfall wissen"), und sagt nichts davon, wie "lo que se sabe de".',
      example: 'Was wir bisher über den Vorfall in der U-Bahn wissen',
      atStart: true,
    },
    {
      pattern: "(?:lies|lest|lesen sie|schau|schaut|schauen sie) (?:dir |euch |sich )?(?:das|dies|diesen|diese|dieses),? (?:an,? |hier,? )?(?:bevor|vor dem|vor der)",
      why: WHY.mustSee,
      example: 'Lies das, bevor du deinen nächsten Flug buchst',
      atStart: true,
      forward: true,
    },
    {
      pattern: "(?:swipe|swipen|wisch|wische|wischt) (?:nach (?:links|rechts) )?(?:für (?:die|alle|mehr|den|meine)|um (?:zu|die|alle))",
      why: "Die Bildunterschrift eines Karussells, die in die Bilder schickt (\"Swipe für die 5 Fehler\"): das Versprochene steht in Bildern, die der Beitrag nicht sagt.",
      example: "Swipe für die 5 Fehler, die deinen Lebenslauf ruinieren",
      forward: true,
    },
    {
      // "So sparen Sie…", "So schützt ihr euch…", "Wie man…": the service headline's how, kept for the link.
      pattern: 'wie man(?! (?:sieht|sehen|hört|weiß|es kennt|so (?:schön )?sagt))|so [\\p{L}]{3,}(?:en|st|t) (?:sie|du|ihr)(?![\\p{L}])',
      why: 'A how-to title with none of the how in the post, as the English "How to…".',
      example: 'So sparen Sie 500 Euro im Jahr beim Einkauf https://t.co/x',
      atStart: true,
      answeredByMeans: true,
    },
    {
      pattern: 'so (?:reagier\\p{L}*|sieht|sehen|aussieht|lebt|leben|wohnt|wohnen|klingt|feiert|feiern|geht|gehen|funktioniert|antwortet|antworten|erklärt|schön|schlimm|teuer|einfach|viel|wenig|gefährlich|kannst du|können sie|gelingt|war|ist|wird|hat)',
      why: 'Cataphoric "So" at the start ("So reagiert...") points at a scene the post does not show.',
      example: 'So reagiert das Netz auf den neuen Trainer',
      atStart: true,
    },
    {
      pattern: '(?:das|dies|dieses|es) (?:passiert|geschieht|passierte|geschah),? (?:wenn|als|nachdem|sobald)',
      why: 'Promises an outcome and keeps it.',
      example: 'Das passiert, wenn du jeden Tag Kaffee trinkst',
      atStart: true,
    },
    {
      pattern: `(?:das|dies|darum|deshalb|deswegen) (?:ist|sind|war|waren) (?:der grund|die gründe|das geheimnis|die wahrheit|${WH})|(?:darum|deshalb|deswegen) (?:solltest|sollten|musst|müssen|darfst|dürfen)`,
      why: WHY.forwardReference,
      example: 'Das ist der Grund, warum Katzen schnurren',
      atStart: true,
    },
    {
      pattern: `hier (?:ist|sind|erfahren sie|erfährst du|lesen sie|liest du|steht|kommt|kommen|sehen sie|siehst du),? (?:${WH}|der|die|das|alles|alle)`,
      why: 'Points forward at an answer and leaves it for the click.',
      example: 'Hier erfahren Sie, was dahintersteckt',
      atStart: true,
    },
    {
      pattern: '(?:erfahren|sehen|lesen) sie (?:hier|jetzt|mehr)|(?:erfahre|sieh|lies) (?:hier|jetzt|mehr)',
      why: WHY.findOutElsewhere,
      example: 'Erfahren Sie hier mehr',
    },
    {
      pattern: '(?:du|sie|ihr) (?:wirst|werden|werdet) (?:es )?(?:nicht glauben|nie erraten|staunen|überrascht sein|kaum glauben)',
      why: WHY.surpriseWithheld,
      example: 'Du wirst nicht glauben, was dann passierte',
    },
    {
      // The same surprise in the present tense, with the withheld thing after it ("Ihr glaubt nicht, was…").
      pattern: '(?:du glaubst|ihr glaubt|sie glauben) (?:es |mir )?(?:nicht|nie|kaum),? (?:was|wer|wie|wen|wo)(?![\\p{L}])',
      why: WHY.surpriseWithheld,
      example: 'Ihr glaubt nicht, was heute auf dem Markt passiert ist',
      forward: true,
    },
    {
      pattern: '(?:(?:und|[-–—:]) )?so (?:sieht|sehen|sah|sahen) (?:es|er|sie|das [\\p{L}]+|der [\\p{L}]+|die [\\p{L}]+)(?: (?:jetzt|heute|nun|inzwischen|mittlerweile))* aus(?=\\s*(?:[.!…👇👀📸]|$|https?:|www\\.))',
      why: 'Wie etwas jetzt aussieht, für den Klick zurückgehalten ("Erinnert ihr euch an den Jungen aus Kevin allein zu Haus? So sieht er heute aus"); nach dem, was der Autor selbst gebaut hat, ist es die Bildunterschrift (appearance).',
      example: 'Endlich ist unser Baumhaus fertig. So sieht es jetzt aus!',
      forward: true,
      appearance: true,
    },
    {
      pattern: '(?:und|[-–—:]) so (?:reagierte|reagierten|reagiert|reagieren|antwortete|antworteten|endete|lief|ging) (?:er|sie|es|man)(?: (?:jetzt|heute|darauf|aus|weiter))*(?=\\s*(?:[.!…👇👀]|$|https?:|www\\.))',
      why: 'Das Ende einer Geschichte, am Schluss zurückgehalten: "so" zeigt auf eine Reaktion, die der Post nicht erzählt ("Mann findet Schlange im Auto – so reagierte er").',
      example: 'Mann findet Schlange im Auto – so reagierte er',
      forward: true,
    },
    {
      pattern: '(?:wusstest du|wussten sie|wisst ihr),? dass (?:dieses|diese|dieser|diesen) ',
      why: 'Eine Frage, die ihr Thema hinter „dieses“ versteckt: welches Lebensmittel, sagt der Post nie („Wusstest du, dass dieses Lebensmittel der Leber schadet?“).',
      example: 'Wusstest du, dass dieses Lebensmittel der Leber schadet?',
      question: true,
      shown: true,
    },
    {
      pattern: 'und (?:(?:das|dies) (?:ist )?(?:passiert|passierte|geschah|ist dabei herausgekommen|kam dabei heraus)|hier ist (?:unser|mein) (?:urteil|fazit|ranking))(?=\\s*(?:[.!…👇👀]|$|https?:|www\\.))',
      why: 'The payoff of a story, withheld at its end ("Wir haben fünf Wochen Ballett gemacht, und das ist passiert").',
      example: 'Wir haben fünf Wochen Ballett gemacht und das ist passiert',
      forward: true,
    },
    {
      pattern: '(?:was|wie) (?:danach|dann|als nächstes) (?:passiert|passierte|geschah|geschieht)',
      why: 'Promises an outcome ("was dann passierte") without telling it.',
      example: 'Was dann passierte, ist unglaublich',
    },
    {
      pattern: '(?:das|dies|diese|dieses) (?:musst|solltest|müssen|sollten) (?:du|sie) (?:sehen|wissen|lesen|kennen)|was (?:du|sie) (?:über [\\p{L}]+\\s+)?wissen (?:musst|müssen|solltest|sollten)|alles,? was (?:du|sie) (?:wissen|über)',
      why: WHY.knowledgePromised,
      example: 'Das musst du sehen',
    },
    {
      pattern: `(?:(?:die) )?${NUMBER} (?:[\\p{L}]+\\s+)?${LIST_NOUN},? (?:die|für|über|von|aus|wie|zum|zur|gegen|bei|an|der|das)`,
      why: WHY.listicle,
      example: '17 Dinge, die du über Faultiere nicht wusstest',
      atStart: true,
    },
    {
      pattern: '(?:der grund|die antwort|die reaktion|das ergebnis|das ende) (?:dafür )?(?:wird|ist|dürfte) (?:dich |sie |euch )?(?:überraschen|überraschend|schockieren|erstaunlich|verblüffend)',
      why: WHY.answerWithheld,
      example: 'Der Grund wird dich überraschen',
    },
    {
      pattern: '(?:reagiert|reagieren|reagierte|reagierten) (?:auf|so)',
      why: WHY.reactionUntold,
      example: 'Fans reagieren auf das neue Album',
    },
    {
      pattern: `(?:wusstest du|wussten sie|weißt du|wissen sie),? (?:${WH})`,
      why: WHY.questionBehindClick,
      example: 'Weißt du, was dieses Symbol bedeutet?',
      atStart: true,
    },
    {
      pattern: '(?:wusstest du|wussten sie),? dass',
      why: WHY.factMustFollow,
      example: 'Wusstest du, dass …?',
      answeredInClause: true,
    },
    ...COMPOSED,
  ],
  sympathy: [
    { pattern: '(?:meine|unsere) gedanken (?:und gebete )?sind (?:bei|mit)|(?:in gedanken|im gebet|von herzen) (?:bei|mit)|(?:wir sind|ich bin) in gedanken', why: WHY.sympathyOnly, example: 'Unsere Gedanken sind bei den Opfern' },
    { pattern: '(?:mein|unser) (?:herzliches |aufrichtiges |tiefes |tief empfundenes )?(?:beileid|mitgefühl)|(?:herzliches|aufrichtiges|tiefes) beileid', why: WHY.condolences, example: 'Mein Beileid' },
    { pattern: '(?:ruhe|ruhet|ruht) in frieden|rip', why: WHY.farewell, example: 'Ruhe in Frieden' },
    { pattern: '(?:beten|betet|bete|gebete|betend) für', why: WHY.prayer, example: 'Beten für alle Betroffenen' },
    { pattern: '(?:bleibt|bleiben sie) (?:alle )?(?:sicher|gesund|stark)|passt auf euch auf|pass auf dich auf', why: WHY.emptyWish, example: 'Bleibt alle sicher' },
    { pattern: 'gott (?:segne|schütze|beschütze|sei mit)(?! (?:dieses|diese|diesen|unser|unsere|unseren|mein|meine) (?:essen|mahl|mittagessen|abendessen|haus|heim|zuhause|tag|ernte)(?![\\p{L}]))', why: 'Ein Segen ohne Information: a blessing with nothing told.', example: 'Gott segne die Helfer' },
    { pattern: '(?:so |sehr |wirklich )?(?:traurig|schrecklich|furchtbar|entsetzlich|erschütternd|tragisch)(?:e)? (?:nachrichten|zu (?:hören|sehen|lesen))|(?:das |es )?bricht mir das herz|mir blutet das herz', why: 'Feeling about the news, with none of the news.', example: 'So traurig zu hören' },
    { pattern: '(?:hoffe|hoffen),? (?:dass )?(?:alle|ihr|es allen|alle dort)(?: [\\p{L}]+){0,3}? (?:sind|seid|geht|gut geht|in sicherheit|wohlauf|okay)', why: WHY.emptyWish, example: 'Ich hoffe, alle sind in Sicherheit' },
    { pattern: '(?:viel|ganz viel) (?:kraft|liebe|stärke) (?:an|für)|kraft (?:an|für) (?:alle|die)|(?:sende|senden|schicke|schicken) (?:ganz )?(?:viel )?(?:kraft|liebe|stärke)', why: WHY.warmthOnly, example: 'Viel Kraft an alle Betroffenen' },
  ],
  warmth: [
    { pattern: '(?:mein )?lieblingskanal|(?:mein |meine )?lieblings-?youtuber(?:in)?|(?:der )?beste[rn]? kanal (?:auf|bei) youtube', why: WHY.praiseOfTheirWork, example: 'Bester Kanal auf YouTube, ehrlich' },
    { pattern: '(?:was für eine|so eine|eine so) (?:schöne|rührende|tolle|wunderbare|berührende) (?:geschichte|erinnerung|text|beitrag)|wie schön,? was (?:du|ihr) (?:erzählst|erzählt|schreibst|schreibt)', why: WHY.praiseOfTheirWords, example: 'Was für eine schöne Geschichte über deine Oma' },
    { pattern: '(?:herzlichen )?glückwunsch|gratuliere|gratulation', why: WHY.congratulations, example: 'Herzlichen Glückwunsch!' },
    { pattern: '(?:herzlich )?willkommen (?:im team|an bord|in der gruppe|im labor)', why: 'A welcome to someone joining the team: warmth to that person, not an announcement of the author\'s.', example: 'Willkommen im Team, Jonas!' },
    { pattern: '(?:ein )?(?:großes|dickes|riesiges) lob', why: WHY.congratulations, example: 'Großes Lob an unsere Praktikantin Mia' },
    { pattern: 'alles gute|gute besserung|viel glück|viel erfolg|toi,? toi,? toi|alles liebe', why: WHY.wish, example: 'Gute Besserung!' },
    { pattern: 'es tut mir (?:so )?leid|(?:das )?tut mir leid|stolz auf dich|verdient', why: WHY.sympathyInReply, example: 'Es tut mir so leid' },
    { pattern: '(?:wir denken|ich denke|denke|denken) (?:ganz )?(?:fest )?an (?:dich|euch)|kopf hoch|(?:ich bin|wir sind|bin|sind) (?:immer )?(?:für dich|für euch|bei dir|bei euch) da|(?:wir|ich) drücken? (?:dir|euch) (?:die|beide) daumen', why: WHY.supportInReply, example: 'Viel Kraft, Jana, wir denken an dich' },
    { pattern: '(?:vielen )?dank|danke(?: schön| sehr)?', why: WHY.thanksInReply, example: 'Danke schön!' },
    // Thanks typed short, as in English: "thx", "thanx", "dankeee".
    { pattern: 'thx|thanx|dankee+', why: WHY.thanksInReply, example: 'thx, hat echt geholfen!' },
  ],
  report: [
    { pattern: "tritt (?:ab [\\p{L}\\p{N}.]+ (?:[\\p{L}\\p{N}.]+ )?)?in Kraft|treten (?:ab [\\p{L}\\p{N}.]+ (?:[\\p{L}\\p{N}.]+ )?)?in Kraft|in Kraft getreten|(?:wird|werden) (?:ab [\\p{L}\\p{N}.]+ (?:[\\p{L}\\p{N}.]+ )?)?(?:Pflicht|verboten)", why: 'A rule that takes effect or becomes binding ("takes effect on July 1", "entra en vigor", "será obligatoria"): what changes, and for whom, is the news.', example: "Die Helmpflicht für E-Scooter tritt ab 1. Juli in Kraft" },
    { pattern: '(?:betrugs|phishing|sicherheits)warnung|warnung vor (?:betrug|betrügern|phishing|fake)|rückruf(?: ?:|!| wegen)|produktrückruf|wir rufen (?:unser(?:e|en)?|den|die|das) [\\p{L}-]+(?: [\\p{L}-]+)? [^.!?\\n]{0,60}zurück', why: 'A warning of a scam or a recall: what to avoid and what to do, a notice for the reader.', example: 'ACHTUNG Rückruf: Wir rufen unseren Sesam zurück' },
    { pattern: '(?:sagt|sagen|sagte|meldet|meldete|berichtet|bestätigt|warnt|laut|zufolge) ', why: WHY.source, example: 'Laut Polizei gibt es zwei Verletzte' },
    { pattern: '(?:polizei|feuerwehr|behörden|stadt|gemeinde|regierung|ministerium)', why: WHY.authority, example: 'Die Feuerwehr bittet, den Bereich zu meiden' },
    { pattern: '(?:eilmeldung|update|warnung|hinweis|achtung):', why: WHY.newsLabel, example: 'Hinweis: die Brücke ist gesperrt' },
    { pattern: 'kondoliert(?:e|en)?|(?:spricht|sprach|drückt|drückte) (?:sein|ihr|den \\p{L}+ sein|den \\p{L}+ ihr) (?:beileid|mitgefühl) aus', why: WHY.reportedSympathy, example: 'Die Kanzlerin spricht ihr Beileid aus' },
    { pattern: '(?:sagte|erklärte) (?:gegenüber )?(?:reportern|journalisten|der presse)|sprecher(?:in)?|pressemitteilung', why: WHY.pressSource, example: 'Ein Sprecher der Feuerwehr sagte, das Feuer sei unter Kontrolle' },
  ],
  happened: [
    { pattern: '(?:stirbt|starb|starben|ist gestorben|sind gestorben|kommt ums leben|kommen ums leben|kam ums leben|kamen ums leben|ums leben gekommen)', why: WHY.whatHappened, example: 'Feuerwehrmann stirbt bei Brand in einer Fabrik in Köln' },
    // An authority acts and says so: a declaration, a warning to the public, a product withdrawn, the finding of a study.
    { pattern: "(?:ruft|rief|hat) (?:[\\p{L}-]+ ){0,6}?(?:den |einen )?(?:gesundheitsnotstand|notstand|katastrophenfall|ausnahmezustand)(?: (?:[\\p{L}-]+ ){0,4}?(?:aus|ausgerufen))?|(?:erklärt|erklärte) (?:[\\p{L}-]+ ){1,9}?(?:zum|zur|zu einer?) (?:gesundheitsnotstand|notlage|notstand|katastrophe|pandemie)", why: 'An authority acts and says so: a declaration, a warning to the public, a product withdrawn, the finding of a study.', example: "Die WHO ruft wegen Mpox den internationalen Gesundheitsnotstand aus" },
    { pattern: "warnt (?:verbraucher|kunden|anwohner|eltern|autofahrer|reisende|nutzer|patienten|die bevölkerung)(?:innen)? (?:vor|davor|dass)(?![\\p{L}])", why: 'An authority acts and says so: a declaration, a warning to the public, a product withdrawn, the finding of a study.', example: "Das BVL warnt Verbraucher vor Tiefkühlgemüse zweier Handelsmarken" },
    { pattern: "(?:stellt|stellte) (?:den verkauf|die produktion|die herstellung)(?: [\\p{L}-]+){0,6} ein|(?:wird|will) (?:[\\p{L}-]+ ){0,6}?nicht mehr (?:verkaufen|herstellen|anbieten)", why: 'An authority acts and says so: a declaration, a warning to the public, a product withdrawn, the finding of a study.', example: "Apple wird das iPhone SE in der EU nicht mehr verkaufen" },
    { pattern: "(?:(?:eine|die|neue) )?studie (?:[\\p{L}\\p{N}.,'’-]+ ){0,8}?(?:verknüpft|bringt|zeigt,? dass|belegt,? dass|kommt zu dem schluss)", why: 'An authority acts and says so: a declaration, a warning to the public, a product withdrawn, the finding of a study.', example: "Eine Studie mit 3.400 Kindern zeigt, dass mehr als zwei Stunden Bildschirmzeit die Lesenoten senken" },
    { pattern: '(?:gesperrt|geschlossen|geöffnet|abgesagt|verschoben|evakuiert|überflutet|ausgefallen)', why: WHY.changeOfState, example: 'Die A7 ist bis 18 Uhr gesperrt' },
    { pattern: '(?:kein(?:e|en)?|ohne) (?:schule|unterricht|strom|wasser|trinkwasser|gas|heizung|internet|netz|empfang|handynetz|züge|zugverkehr|busse|flüge)(?![\\p{L}])|schulfrei|stromausfall', why: WHY.outage, example: 'Morgen schulfrei, und im Osten der Stadt kein Strom' },
    { pattern: '(?:entgleist|abgestürzt|stürzte ab|stürzt ab|eingestürzt|stürzte ein|explodiert|explodierte|ausgebrochen|gekentert)|(?:mindestens |mehr als )?\\d[\\d.]* (?:menschen )?(?:getötet|verletzt)', why: WHY.eventVerb, example: 'Ein Zug ist bei Köln entgleist, vier Menschen getötet' },
    { pattern: '(?:tote|verletzte|vermisste|gerettet|festgenommen)', why: WHY.whatHappened, example: 'Zwei Verletzte bei dem Brand' },
    { pattern: '(?:betroffen|heimgesucht|getroffen) von|breitet sich (?:weiter |schnell )?aus|(?:wieder )?hergestellt|(?:braucht|brauchen|benötigt|benötigen) (?:dringend )?(?:hilfe|wasser|helfer|spenden)', why: WHY.eventCourse, example: 'Das Feuer breitet sich schnell aus' },
    { pattern: '(?:zahl der )?todesopfer|(?:häuser|gebäude|wohnungen) (?:zerstört|abgebrannt|überflutet|beschädigt)|hektar (?:verbrannt|abgebrannt)|ums leben gekommen', why: WHY.damageToll, example: 'Die Zahl der Todesopfer steigt, 40 Häuser zerstört' },
    { pattern: '(?:erhöht|erhöhte|senkt|senkte|verdoppelt|verdoppelte|verlängert|verlängerte|steigt|stieg|fällt|fiel|sinkt|sank|kürzt|kürzte|klettert|kletterte|schließt|schloss) (?:[\\p{L}\'’-]+ ){0,6}?(?:auf|um|bis|bei|zum)(?: (?:den|die|das|dem|rund|knapp|etwa))? (?:R\\$|US\\$|[$€£])? ?\\d[\\d.,]*(?!:\\d)', why: 'A figure changed: a price, limit, rate or deadline raised, cut, extended or closing at a number ("raises its standard plan to $10.99", "amplía hasta el 30 de abril el plazo") is the news itself, not a teaser\'s count.', example: 'Netflix erhöht den Preis des Standard-Abos auf 13,99 Euro im Monat' },
  ],
  event: [
    { pattern: '(?:wald|flächen|groß|wohnungs|haus|dach)?brände|(?:wald|flächen|groß|wohnungs|haus|dach)brand|feuerwehreinsatz', why: WHY.eventNamed, example: 'Der Waldbrand breitet sich zum Dorf aus' },
    { pattern: 'hochwasser|überschwemmung(?:en)?|sturzflut(?:en)?|erdbeben|nachbeben|tsunamis?|erdrutsche?|murgänge?|vulkanausbruch|meteorit(?:en)?', why: WHY.eventNamed, example: 'Hochwasser sperrt die Uferstraße' },
    { pattern: 'stürme?|sturm|orkane?|unwetter|hurrikans?|taifune?|zyklone?|tornados?|hitzewellen?', why: WHY.eventNamed, example: 'Der Taifun trifft heute Nacht auf Land' },
    { pattern: 'explosion(?:en)?|schießerei(?:en)?|amoklauf|anschlags?|anschläge|einsturz|zugunglück|flugzeugabsturz|busunglück|entgleisung', why: WHY.eventNamed, example: 'Explosion im Chemiewerk' },
  ],
  volunteerCall: [
    { pattern: '(?:braucht|brauchen|brauchen wir|sucht|suchen|suchen wir)(?: [\\p{L}\\p{N}.:-]+){0,8}? (?:\\d+ |ein paar |einige |weitere |noch )?(?:freiwillige|helfer(?:innen)?|helfende hände|ehrenamtliche)', why: WHY.volunteerCall, example: 'Unsere Tafel braucht diesen Samstag von 9 bis 12 Uhr 10 Freiwillige' },
    { pattern: '(?:freiwillige|helfer(?:innen)?|ehrenamtliche) (?:werden )?(?:dringend |noch )?(?:gesucht|gebraucht)', why: WHY.volunteerCall, example: 'Freiwillige gesucht für die Tafel am Samstag' },
  ],
  relief: [
    { pattern: 'spende[tn]? (?:an|für) (?:das |die )?(?:rote kreuz|drk|caritas|unicef|tafel|betroffenen|opfer|flutopfer)', why: WHY.donateTo, example: 'Spendet an das Rote Kreuz' },
    { pattern: 'spendenkont(?:o|en)', why: WHY.donateTo, example: 'Spendenkonto für die Flutopfer' },
    { pattern: '(?:notunterkunft|notunterkünfte|sammelstellen?) (?:ist |sind )?(?:geöffnet |offen )?(?:in|im|an)', why: WHY.shelterOpen, example: 'Notunterkunft in der Stadthalle geöffnet' },
    { pattern: '(?:helfer|freiwillige) (?:werden )?(?:dringend )?(?:gesucht|gebraucht)', why: WHY.volunteersNeeded, example: 'Freiwillige Helfer gesucht am Deich' },
    { pattern: 'so (?:könnt ihr|können sie|kann man) (?:den (?:betroffenen|opfern) )?helfen', why: WHY.howToHelp, example: 'So könnt ihr den Betroffenen helfen' },
  ],
  newsSource: [
    { pattern: 'für (?:aktuelle |alle |neue )?(?:infos|informationen|updates|neuigkeiten) (?:zu|zum|zur|über|vom|von)', why: WHY.followNews, example: 'Folgt @polizei_nrw für aktuelle Infos zum Hochwasser' },
  ],
  petition: [
    { pattern: '(?:jetzt )?unterschreib(?:t|en)|petition', why: WHY.petitionAsk, example: 'Stoppt den Bau im Überschwemmungsgebiet. Jetzt unterschreiben' },
  ],
  audience: [
    { pattern: '(?:wenn|falls) (?:du|ihr)', why: WHY.ifYou, example: 'Wenn ihr in Berlin einen Termin braucht: das Bürgeramt gibt morgens um 8 neue frei' },
    { pattern: 'wer (?:noch )?(?:[\\p{L}-]+ ){0,4}?(?:übrig hat|hat|braucht|möchte|will|kann|wohnt)(?= ?,)', why: WHY.forThoseWho, example: 'Wer noch eine Decke übrig hat, die Notunterkunft in der Bahnhofstraße nimmt bis Freitag Spenden an' },
    { pattern: 'f[uü]r alle,? die', why: WHY.forThoseWho, example: 'Für alle, die Tomaten auf dem Balkon ziehen: die Seitentriebe immer ausgeizen' },
    // The readers named by what they have ("Für alle mit dem gleichen Problem", "An alle mit einem Altbau"), as "for anyone with".
    { pattern: '(?:f[uü]r|an) (?:alle|jeden|diejenigen|alle leute)(?:,? (?:der|denen|bei denen))? mit(?![\\p{L}])|an alle,? die|f[uü]r jeden,? der', why: WHY.forThoseWho, example: 'Für alle mit dem gleichen Problem bei 5:10: bei mir lag es an der Sicherung, nicht am Thermostat' },
  ],
  notice: [
    { pattern: '(?:montags|dienstags|mittwochs|donnerstags|freitags|samstags|sonntags|täglich) (?:bis|ab|von) \\d[\\d:.]*(?:am|pm|h|hs)?|geöffnet (?:bis|ab|von) \\d[\\d:.]*(?:am|pm|h|hs)?|(?:montags|dienstags|mittwochs|donnerstags|freitags|samstags|sonntags|täglich) geöffnet|(?:neue|geänderte) öffnungszeiten|öffnungszeiten', why: WHY.openingHours, example: 'Ab sofort haben wir donnerstags bis 20 Uhr geöffnet!' },
    { pattern: 'betriebsurlaub|betriebsferien|(?:bleibt|bleiben|sind|ist) (?:am|vom|über|zwischen) [\\p{L}\\d.]+(?: [\\p{L}\\d.]+){0,3} geschlossen|geschlossen (?:vom|am|über|bis|wegen)|wieder für (?:euch|sie) da', why: WHY.closure, example: 'Wir machen Betriebsurlaub vom 24.12. bis 6.1.' },
    { pattern: '(?:schließt|schliesst|schließen|schliessen|bleibt zu|bleiben zu)(?: [\\p{L}\\d.]+){0,3}? (?:wegen|für|zur|zwecks) (?:reinigung|wartung|umbau|renovierung|reparatur(?:en|arbeiten)?|bauarbeiten|inventur|personalschulung|einer privaten veranstaltung|einer geschlossenen gesellschaft)', why: WHY.closure, example: 'Das Hallenbad schließt am Montag wegen Reinigung' },
  ],
  fundsFor: [
    // Money raised for someone's named need (a wheelchair, an operation, a funeral), not the author's own.
    { pattern: 'um (?:den|die|das) (?:[\\p{L}\\p{N}-]+ ){0,2}?(?:rollstuhl|operation|op|therapie|behandlung|beerdigung|prothese|transplantation|hörgeräte?)(?: (?:von|für) [\\p{L}-]+)? (?:mitzufinanzieren|zu finanzieren|zu bezahlen|zu zahlen|mitzubezahlen)(?![\\p{L}])', why: WHY.fundsGoTo, example: 'eine Tombola, um den Rollstuhl von Alex mitzufinanzieren' },
    { pattern: '(?:jeder|jeden) (?:euro|cent|franken) (?:geht|fließt|kommt) (?:direkt |komplett |vollständig )?(?:an|in|zu)(?! (?:mich|uns|meine?[nmrs]?|unsere?[nmrs]?)(?![\\p{L}]))|(?:der )?(?:gesamte )?erlös (?:geht|fließt|kommt) (?:direkt |komplett |vollständig )?(?:an|in|zu)(?! (?:mich|uns|meine?[nmrs]?|unsere?[nmrs]?)(?![\\p{L}]))|alle spenden (?:gehen|fließen) (?:an|in)(?! (?:mich|uns|meine?[nmrs]?|unsere?[nmrs]?)(?![\\p{L}]))', why: WHY.fundsGoTo, example: 'Jeder Euro geht an die Station, die meine Nichte behandelt hat' },
    { pattern: 'spenden (?:sammeln|sammle|sammeln wir) für(?! (?:mich|uns|mein|meine|unser|unsere)(?![\\p{L}]))|(?:laufe|läuft|laufen|radle|fahre) (?:den |die |das )?[\\p{L}-]+ für (?:die|den|das) [\\p{L}-]*(?:hilfe|stiftung|verein|hospiz|tafel)', why: WHY.fundsGoTo, example: 'Ich laufe den Berlin-Marathon für die Kinderkrebshilfe' },
  ],
  openLicence: [
    { pattern: 'ohne (?:anmeldung|registrierung|konto|account|e-?mail|mailadresse|login)', why: WHY.noStrings, example: 'Vorlage kostenlos, ohne Anmeldung: beispiel.de/vorlage' },
    // Nicht "Ich habe keine E-Mail bekommen": E-Mail und Login nur mit "nötig".
    { pattern: 'keine (?:anmeldung|registrierung)(?![\\p{L}-])|kein (?:konto|account)(?![\\p{L}-])|(?:keine (?:e-?mail|mailadresse)|kein login) (?:nötig|notwendig|erforderlich)', why: WHY.noStrings, example: 'Das PDF, keine Anmeldung, keine E-Mail: beispiel.de/leitfaden' },
    { pattern: 'ohne (?:haken|gegenleistung|bezahlschranke|paywall)', why: WHY.noStrings, example: 'Kostenlose Vorlage für Unterrichtsplanung, ohne Haken' },
    { pattern: '(?:ist|sind|komplett|kostenlos und) (?:open[- ]source|quelloffen)|(?:open[- ]source|quelloffen)(?=\\s*[:(,.!;]|\\s*$| und kostenlos| auf github)', why: WHY.openLicence, example: 'Ich habe eine Erweiterung gebaut, die Shorts ausblendet. Open Source: github.com/x/noshorts' },
    { pattern: 'offen lizenziert|(?:unter|mit) (?:einer )?(?:offenen|freien|cc[- ]by|creative[- ]commons|mit)[- ]lizenz|frei (?:verwendbar|nutzbar)|gemeinfrei|open access', why: WHY.openLicence, example: '8.000 annotierte Gerichtsurteile, offen lizenziert' },
    { pattern: '(?:folien|vorlagen|notizen|skripte?|übungen|arbeitsblätter|aufzeichnungen|spickzettel|code)(?: und (?:die |der |meine )?(?:folien|vorlagen|notizen|skripte|übungen|arbeitsblätter|aufzeichnungen|code))? (?:(?:sind|ist) (?:jetzt |ab sofort |nun |endlich )*(?:frei|kostenlos|gratis)(?: verfügbar| zugänglich)?|(?:jetzt |ab sofort |nun |endlich )*(?:frei|kostenlos|gratis)(?: verfügbar| zugänglich)? (?:sind|ist))(?![\\p{L}]| für (?:mitglieder|abonnenten))', why: WHY.openLicence, example: 'dass die Folien jetzt frei sind: 3 Übungen und ein Spickzettel' },
    { pattern: '(?:die )?(?:daten|der code)(?: und (?:der |die )?(?:code|daten))? (?:sind|ist) (?:offen|frei verfügbar|öffentlich)(?![\\p{L}])', why: WHY.openLicence, example: 'Daten und Code sind offen, Link unten' },
    { pattern: '(?:mein|meine[mnrs]?|unser|unsere[mnrs]?) (?:kleine[mnrs]? |kostenlose[mnrs]? )?(?:open[- ]source(?=[- ][\\p{L}])|quelloffene[mnrs]?(?= [\\p{L}]))', why: WHY.openLicence, example: 'Neue Version meines Open-Source-Tools für PDFs: 2.3 behebt den Absturz bei Scans' },
  ],
  finding: [
    { pattern: "(?<!(?:ohne|keine) )(?:(?:die|eine|zwei|einige|wichtigste|größte) )*(?:einschränkungen|einschränkung|limitationen|limitation|vorbehalte|schwächen|grenzen)(?: (?:der|unserer|dieser) (?:studie|arbeit|analyse|untersuchung|umfrage))? ?[:—](?=\\s*(?!https?:|www\\.)[\\p{L}\\p{N}])", why: WHY.limitsStated, example: 'Menschen mit Fluglärm über 55 dB schliefen 23 Minuten weniger. Einschränkungen: Schlafdauer per Fitnessarmband gemessen, nur ein Sommer.' },
    { pattern: '(?:habe|haben) (?:\\d+|zwei|drei|vier|fünf|sechs|zehn) (?!mal(?![\\p{L}]))(?:[\\p{L}\\p{N}-]+ ){1,4}(?:getestet|verglichen|ausprobiert)', why: WHY.comparisonRun, example: 'Ich habe 4 Budget-Apps 3 Monate lang getestet' },
    { pattern: 'wir (?:zeigen|fanden|finden|konnten zeigen|haben gezeigt|belegen),? (?:dass|wie)|(?:unsere|die) (?:ergebnisse|daten|analysen?) (?:zeigen|zeigten|deuten darauf hin),? (?:dass)?|(?:das )?(?:wichtigste|zentrale) ergebnis', why: WHY.findingStated, example: 'Wir zeigen, dass ältere Menschen Sprachassistenten doppelt so oft nutzen' },
    { pattern: '(?<=(?:\\d|(?<![\\p{L}])(?:alle|beide|meisten)(?![\\p{L}]))[^.!?\\n]{0,120})(?:hatten|haben|teilten|teilen) (?:eines|eins|etwas|eine sache|eine eigenschaft) gemeinsam ?[:—]|(?:alle )?(?:machten|taten) (?:eines|eins|eine sache|dasselbe) ?[:—]', why: WHY.sharedTrait, example: 'Die 9, die eingeladen wurden, hatten eines gemeinsam: Der erste Satz nannte ein Problem aus der Stellenausschreibung' },
  ],
  generalization: [
    { pattern: '(?:die meisten|fast alle) (?!(?:menschen|leute|gründer|unternehmen|marken|tage|nächte|wochen|male|jahre)(?![\\p{L}]))\\p{L}{3,}', why: WHY.generalization, example: 'Die meisten Krankenkassen zahlen bis zu 150 € für Präventionskurse' },
  ],
  hiring: [
    { pattern: 'wir stellen ein|wir suchen (?:eine?n?|verstärkung|[\\p{L}]+ \\(m/w/d\\))|stellenangebot|(?:m/w/d)', why: WHY.jobAd, example: 'Wir suchen eine Aushilfe für den Verkauf' },
  ],
  saidBy: [
    { pattern: '(?:hat |haben |hatte )?(?:sagt|sagen|sagte|sagten|gesagt|meldet|meldete|gemeldet|berichtet|berichtete|bestätigt|bestätigte|bestätigten|kündigt|kündigte|angekündigt|teilt mit|teilte mit|mitgeteilt|mitteilt|mitteilte|verkündet|verkündete|gibt bekannt|gab bekannt|bekannt gegeben|zufolge)', why: WHY.saidBy, example: 'Die Stadt hat bestätigt, dass das Freibad wieder geöffnet ist' },
  ],
  accordingTo: [
    { pattern: 'laut|nach angaben (?:von|der|des)', why: WHY.accordingTo, example: 'Laut Apple ist das iPhone 17 ab sofort erhältlich' },
  ],
  publicGood: [
    { pattern: '(?:stadt|gemeinde|schul|stadtteil)bibliothek(?:en)?|(?:stadt)?bücherei(?:en)?|freibad|hallenbad|stadtwerke[n]?|rathaus|bürgeramt|gemeinschafts(?:küche|kühlschrank|garten|zentrum)|fairteiler|gesundheitsamt|jugendzentrum|gemeindezentrum|stadtrat|gemeinderat|stadtverwaltung', why: WHY.publicBody, example: 'Die Stadtbibliothek verleiht jetzt Werkzeug' },
    { pattern: 'öffentliche[nrs]? (?:bibliothek|verkehrsmittel|nahverkehr|schwimmbad|toiletten?)|öffentlicher nahverkehr', why: WHY.publicBody, example: 'Der öffentliche Nahverkehr ist am Samstag kostenlos' },
    { pattern: '(?:jugend|schüler|studenten|senioren|sozial|deutschland|semester)ticket|(?:jugend|schüler|senioren)pass|monatskarte', why: WHY.publicPass, example: 'Das neue Jugendticket ist ab sofort erhältlich' },
    { pattern: '(?:an|in|bei) (?:jedem|allen|jeder) (?:bahnhof|bahnhöfen|bibliothek|bibliotheken|bürgeramt|bürgerämtern|rathaus)', why: WHY.takenAnywhere, example: 'Erhältlich an jedem Bahnhof' },
    { pattern: 'nimm,? was du brauchst|nehmt,? was ihr braucht|gib,? was du kannst', why: WHY.commons, example: 'Kostenloses Essen für alle: nimm, was du brauchst' },
  ],
  freeForAll: [
    { pattern: '(?:kostenlos|gratis|umsonst|kostenfrei)(?:e[nrs]?)? (?:\\p{L}+ )?für (?:alle|jeden|jede|kinder|schüler|anwohner)|für alle (?:kostenlos|gratis|umsonst|frei)|eintritt frei', why: WHY.freeForAll, example: 'Kostenloses Essen für alle' },
  ],
  scamWarning: [
    // Ein Krypto-Betrug benannt oder ein Airdrop dementiert ("Es gibt keinen Airdrop", "wir fragen nie nach deiner Seed-Phrase").
    { pattern: "drainer(?![\\p{L}])|(?:ist|sind) (?:ein )?(?:rug ?pull|honeypot)|es gibt keinen (?:airdrop|token|presale|vorverkauf)|(?:wir|das team) (?:fragen|fragt|werden) (?:dich |euch |sie )?nie(?:mals)? (?:nach )?(?:deiner |eurer |ihrer )?(?:seed-?phrase|private[nm]? schlüssel)", why: WHY.scamNamed, example: 'Es gibt keinen Airdrop, die Seiten sind Drainer' },
    // Eine gefälschte Seite, ein Profil oder Shop ("eine gefälschte Facebook-Seite nutzt unsere Fotos").
    { pattern: '(?:gefälschte|gefälschten|gefälschter|gefälschtes|falsche|falschen|falscher|falsches) (?:[\\p{L}]+-)?(?:seiten?|profile?|konten?|accounts?|shops?|anzeigen?)(?![\\p{L}])', why: WHY.scamNamed, example: 'Eine gefälschte Facebook-Seite verkauft unsere Kerzen mit 80 % Rabatt' },
    { pattern: '(?:ist|sind|war|waren) (?:ein |eine |reiner |reine )?(?:betrug|betrugsmasche|phishing|abzocke|fake)(?![\\p{L}])', why: WHY.scamNamed, example: 'Rechnungen per WhatsApp sind Betrug' },
    { pattern: 'betrugsmaschen?|betrugsversuche?|phishing-?(?:mails?|sms|seiten?|welle)', why: WHY.scamNamed, example: 'Neue Betrugsmasche mit Paket-SMS im Umlauf' },
    { pattern: '(?:gefälschte|gefälschten|falsche|falschen|betrügerische|betrügerischen) (?:sms|mails?|e-?mails?|anrufe|nachrichten|webseiten?|rechnungen?|paket-?sms)', why: WHY.scamNamed, example: 'Vorsicht vor falschen SMS von der Sparkasse' },
    { pattern: '(?:betrugs|phishing)warnung', why: WHY.scamNamed, example: 'Betrugswarnung: Wir fragen nie nach der PIN' },
    // Eine nachgemachte Seite oder ein falsches Konto ("Eine Fake-Seite mit unserem Logo", "Achtung Betrug:").
    { pattern: 'fake-?(?:shops?|seiten?|webseiten?|profile?|accounts?|konten?)|(?:achtung|vorsicht|warnung),? betrug(?![\\p{L}])', why: WHY.scamNamed, example: 'Achtung Betrug: Eine Fake-Seite wirbt mit 70 % Rabatt' },
    // Die Regel des echten Absenders gegen die Fälschung ("Die Post verschickt keine Links per SMS", "die Bank fragt nie nach der PIN") oder die Fälschung verneint ("Das ist NICHT die Post!").
    { pattern: '(?:verschickt|verschicken|schickt|schicken|sendet|senden|versendet|versenden) (?:nie(?:mals)? |grundsätzlich )?(?:keine |nie(?:mals)? )(?:zahlungs-?)?links? (?:per|über|via|in|als) (?:sms|whatsapp|e-?mails?|mails?)|(?:fragt|fragen|verlangt|verlangen) (?:sie |dich |euch )?nie(?:mals)? (?:nach )?(?:ihre[rn]? |deine[rn]? |der |den |die |eure[rn]? )?(?:pin|passwort|passwörter|kartendaten|kreditkartendaten|bankdaten|tan)(?![\\p{L}])|(?:das|die|sie|diese) (?:ist|sind|kommt|kommen) nicht (?:von )?(?:der|die|dem|ihrer|deiner) (?:post|bank|sparkasse|polizei|krankenkasse|dhl|zoll|telekom|finanzamt)(?![\\p{L}])', why: WHY.scamNamed, example: 'Das ist NICHT die Post! Die Post verschickt keine Links per SMS' },
  ],
};
