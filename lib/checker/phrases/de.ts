// German. Seeded by translating the English calls to action, then checked against posts people write. Compounds (Rabattcode, Online-Kurs) are matched as word endings.
import { FAVOURITE } from './favourite';
import type { Lexicon } from './book';
import { deValue } from './value/de';
import { offerLists, SHOPFRONTS } from './offer/entry';
import { deOffer } from './offer/de';
import { copyLists } from './copy/entry';
import { deCopy } from './copy/de';
import { hypeLists } from './hype/entry';
import { deHype } from './hype/de';
import { valueLists } from './value/entry';

/** An amount of money as lures write it: "$4,200", "500 €", "R$ 300". */
const AMOUNT = '(?:[$€] ?\\d[\\d,.]*k?|\\d[\\d,.]*k? ?(?:€|euro|dollar))';
const PRODUCT =
  '(?:' + SHOPFRONTS + '|[\\p{L}\\p{N}-]*(?:kurs|shop|laden|buch|e-?book|workshop|seminar|webinar|programm|kanal|podcast|newsletter|blog|app|produkt|' +
  'website|seite|portfolio|kollektion|album|video|agentur|angebot|vorlage|leitfaden|coaching|dienstleistung(?:en)?|patreon|profil))';

export const de: Lexicon = {
  phrases: {
    ...valueLists(deValue),
    ...offerLists(deOffer),
    ...hypeLists(deHype),
    ...copyLists(deCopy),
    callToAction: [
      // Der Köder des Netzwerkverkaufs: wie man ins Team des Autors kommt, privat erzählt („schreib mir und ich erzähl dir, wie
      // du in mein Team kommst“). Eine Stellenanzeige nennt die Stelle.
      "(?:erz[äa]hl\\p{L}*|erkl[äa]r\\p{L}*|zeig\\p{L}*) (?:ich )?(?:dir|euch),? wie (?:du |ihr |ich )?(?:in mein team|bei mir ins team|meinem team)(?![\\p{L}])",
      // Das Teilen nach Gefallen des Lesers, nach der eigenen Folge oder dem eigenen Text („Teilt sie, wenn sie euch gefällt“,
      // „teilt gern, wenn's euch geholfen hat“): die Reichweite des Autors, wie „bitte teilen“.
      "(?:teilt|teile|teil)(?: (?:es|sie|ihn|die folge|das video|den beitrag|den text))?(?: (?:gern|gerne|ruhig|einfach))?,? (?:wenn|falls) (?:es |sie |er |'s |die folge |das video )?(?:euch|dir|ihnen) (?:gef[äa]llt|gefallen hat|geholfen hat|hilft)(?![\\p{L}])",
      // xlang21: the contact with the author's number as its target ("schreib uns unter 0176 1234567", "ruft uns an: 0316 123456").
      '(?:schreib(?:t|en sie)? (?:mir|uns)|ruf(?:t|en sie)? (?:mich|uns) an|meld(?:e|et)? (?:dich|euch) (?:gerne? )?(?:bei (?:mir|uns) )?)(?: gerne?| einfach)?(?: per whatsapp| auf whatsapp| telefonisch)? (?:unter|an|:) \\+?\\(?\\d[\\d ()/.-]{5,}\\d',
      // Der Abschluss des Beraters nach dem Problem des Lesers ("Wenn deine Firma Umsatz macht, aber nie Geld hat, schreib mir und
      // wir schauen uns das an"): sein Angebot als Antwort, wie "DM me".
      '(?<=(?<![\\p{L}])(?:wenn|falls) (?:deine|eure|ihre|dein|euer|ihr) (?:firma|unternehmen|business|marke|website|webseite|shop|team|praxis|kanzlei|startup|agentur|laden|umsatz)(?![\\p{L}])[^.!?\\n]{0,120})(?:schreib(?:t)? (?:mir|uns)|schreiben sie (?:mir|uns)|meld(?:e|et)? (?:dich|euch)(?: bei (?:mir|uns))?|melden sie sich)(?: einfach| gern(?:e)?)*,? (?:und|dann) (?:wir )?(?:schauen|gucken|sprechen|reden)(?![\\p{L}])',
      // Die Kaffeekasse für die eigene Arbeit ("ihr könnt mir hier einen Kaffee spendieren ☕ ko-fi.com/…"): Geld für den Autor,
      // wie "unterstützt mich auf Ko-fi". "Spendier mir morgen einen Kaffee" ist eine Verabredung.
      '(?:spendier(?:t|en sie)?|gib|gebt) (?:mir|uns) (?:gern(?:e)? )?(?:einen|\'nen|nen|\'n) (?:kaffee|ko-?fi)(?![\\p{L}])(?=[^\\n]{0,80}?(?:https?://|www\\.|ko-?fi\\.com|buymeacoffee|bmc\\.link|paypal|pix|bizum|👉|→|⬇️|👇))',
      '(?:mir|uns) (?:hier |gern(?:e)? |doch |auch )*(?:einen|\'nen|nen) (?:kaffee|ko-?fi) (?:spendieren|ausgeben)(?=[^\\n]{0,80}?(?:https?://|www\\.|ko-?fi\\.com|buymeacoffee|paypal|👉|→|👇)|(?<=(?:könnt ihr|kannst du|können sie|wer mag|wer möchte|wer will|wer mag,|wer möchte,|wer will,) (?:mir|uns) [^\\n]{0,30}))',
      // Wo die Sachen des Autors stehen, sein eigener Stand auf einem Marktplatz ("alles findet ihr auf meinem Vinted", "ist alles
      // bei meinem Kleinanzeigen drin"): ein Hinweis zum Kaufen wie "Link in der Bio". "Meine Vinted-Bestellung" ist die eines Käufers.
      // Auch der eigene Shop ("findet ihr in meinem Amazon-Shop"). Mit "meinem" als Schlüssel und dem Verb dahinter geprüft:
      // "ist" steht überall.
      `(?<=(?<![\\p{L}])(?:ist|sind|steht|stehen|findet\\s+ihr|findest\\s+du|findet\\s+man|gibt['’]?s|gibt\\s+es|alles)\\s+(?:(?:alles|alle|es|sie|jetzt|schon|auch|online)\\s+)*(?:auf|bei|in)\\s+)meinem (?:(?:[\\p{L}]+-)?(?:shop|laden)(?![\\p{L}])|linktree|${SHOPFRONTS})`,
      // Ein kostenloses Gespräch oder Audit des Autors zum Buchen ("Buch dir ein kostenloses Preis-Audit").
      '(?:buch|buche|bucht|buchen sie|vereinbare|vereinbart|vereinbaren sie|sichere|sichert|sichern sie) (?:dir |euch |sich |jetzt |gleich )*(?:ein(?:en)? |dein(?:en)? |ihr(?:en)? )?(?:kostenlose[ns]?|gratis|unverbindliche[ns]?) (?:[\\p{L}-]+ ){0,2}?(?:audit|preis-audit|erstgespräch|gespräch|beratung|beratungsgespräch|call|termin|analyse|check|demo|strategiegespräch)(?: mit (?:mir|uns))?(?![\\p{L}])',
      // Das Eigene dort angepinnt, wo man es findet ("ich habe dazu einen Thread geschrieben, er ist in meinem Profil angepinnt").
      '(?:ist|steht|hab(?:e)? ich ihn|hab(?:e)? ich es) (?:oben )?(?:in|auf) meinem (?:profil|kanal|account) (?:angepinnt|verlinkt|fixiert)',
      // Ein Verkauf in den Kommentaren abgeschlossen ("Kommentiert zum Reservieren", "kommentiert 'meins'").
      "(?:kommentier(?:e|t)?|schreib(?:t)? in die kommentare) (?:['\"„“]?(?:meins|reserviert)['\"“”]? )?(?:zum|um zu) (?:reservieren|bestellen|kaufen|sichern)(?![\\p{L}])",
      // Die Erfahrung des Autors zu etwas zum Mitnehmen gemacht ("Letzten Monat habe ich daraus einen E-Mail-Kurs gemacht"), mit
      // Link oder Anmeldung danach. Das Rezeptbuch der Familie ist kein Angebot.
      '(?:habe|hab|haben) (?:ich |wir )?(?:daraus|das|alles) (?:in )?(?:eine[nmr]? |mein(?:e[nmr]?)? |unser(?:e[nmr]?)? )(?:[\\p{L}\\p{N}-]+ ){0,2}?(?:kurs|e-mail-kurs|onlinekurs|online-kurs|leitfaden|guide|e-?book|buch|programm|workshop|vorlage|masterclass|newsletter)(?![\\p{L}])(?: (?:gemacht|gepackt|verwandelt|gegossen))?(?=[\\s\\S]{0,200}?(?:https?:|www\\.|[\\p{L}\\p{N}-]\\.(?:com|de|at|ch|io|org|net|app)|link|anmeld|kostenlos|gratis|[$€£]\\d|\\d ?[€$]))',
      // Das eigene Stück zum Thema mit seinem Link ('Genau darüber hab ich letzte Woche geschrieben… Link').
      '(?:(?:genau |gerade )?(?:dar[üu]ber|dazu) (?:hab|habe|hatte) ich (?:[\\p{L}\\p{N}]+ ){0,3}?(?:geschrieben|gebloggt)|ich (?:hab|habe|hatte) (?:[\\p{L}\\p{N}]+ ){0,3}?(?:genau )?(?:dar[üu]ber|dazu) (?:geschrieben|gebloggt))(?![\\p{L}])(?=[^\\n]{0,200}?(?:https?://|www\\.|[\\p{L}\\p{N}-]+\\.(?:com|org|net|io|co|de|fr|es|pt|br|uk|blog|news|substack|medium)(?:\\.[\\p{L}]{2,3})?/))',
      // Ein kleiner Laden, der eigene, als zu unterstützen erbeten ("jetzt ist der Moment, einen kleinen Laden zu unterstützen"),
      // wie 'help a small business out'; "unterstützt die kleinen Läden" in der Mehrzahl meint alle.
      '(?:unterstützt|unterstütze|unterstützen|hilf|helft|helfen) (?:einem|einen|unserem|unseren|meinem|meinen) (?:kleinen )?(?:laden|unternehmen|gesch[äa]ft|betrieb|shop|familienbetrieb)(?![\\p{L}])|(?:einen|unseren|meinen) kleinen (?:laden|betrieb|shop|familienbetrieb|gesch[äa]ft) (?:zu )?unterst[üu]tzen',
      // Der eigene Vorverkauf als eröffnet angekündigt ("Vorbestellungen sind offen!"), wie 'pre-orders are open'.
      'vorbestellungen? (?:für [^.!?\\n]{1,40} )?(?:sind |ist )?(?:jetzt |ab sofort |ab heute |endlich )?(?:offen|ge[öo]ffnet|gestartet|freigeschaltet)(?![\\p{L}])(?!\\s*\\?)|vorverkauf (?:läuft|hat begonnen|ist gestartet|ist eröffnet)(?![\\p{L}])(?!\\s*\\?)',
      // Die eigene Vorbestellung den Lesern eröffnet ("Ihr könnt ab sofort eure Stollen vorbestellen"), wie 'you can now
      // pre-order'.
      '(?:ihr könnt|du kannst|sie können) (?:ab sofort|ab jetzt|ab heute|jetzt schon|schon jetzt|ab morgen) (?:[\\p{L}]+ ){0,4}?vorbestellen(?![\\p{L}])',
      // Eigene Bestellungen als offen angekündigt ("Die Bestellungen für Christstollen sind ab sofort offen").
      'bestellungen (?:für [^.!?\\n]{1,40} )?(?:sind |ist )?(?:jetzt |ab sofort |ab heute |wieder )?(?:offen|ge[öo]ffnet)(?![\\p{L}])(?!\\s*\\?)|(?:ich nehme|wir nehmen) (?:ab sofort |jetzt |wieder |noch )?bestellungen (?:an|entgegen)(?![\\p{L}])',
      // Der Schubs der Anzeige direkt vor dem Link ("Worauf wartest du? 👉 laden.de").
      'worauf wart(?:est du|et ihr|en sie)(?=[?!.:…\\s\\p{Extended_Pictographic}\\uFE0F→-]*(?:https?://|www\\.|[\\p{L}\\p{N}-]+\\.(?:com|io|app|co|ai|xyz|net|org|shop|store|es|de|fr|br|pt|uk|at|ch|be|mx|ar)(?![\\p{L}])))',
      // Eine Menge Nutzer, der man sich anschließen soll ("Schließ dich über 5.000 Teams an, die Flowdesk nutzen"): die Bitte, sich anzumelden.
      '(?:schlie(?:ß|ss)t?|schlie(?:ß|ss)en) (?:dich|euch|sie sich) (?:über |mehr als |den )?\\d[\\d.,]*k?\\+? (?:teams|nutzer(?:innen)?|nutzende[nr]?|kund(?:en|innen)|unternehmen|firmen|creator(?:n|s)?|leser(?:innen)?|abonnent(?:en|innen)|entwickler(?:innen|n)?|marken|selbstständigen|freelancer(?:n|innen)?|tradern?|anleger(?:n|innen)?) an(?![\\p{L}])',
      // Das Teilen als Wunsch im Konjunktiv ("Wär schön, wenn ihr kommt und es weitersagt", "Es wäre toll, wenn ihr das teilt").
      '(?:wär|wäre|es wäre|es wär) (?:(?:so|echt|total|super|mega|wirklich) )?(?:schön|toll|cool|super|klasse|lieb|nett|großartig|genial),? (?:wenn|falls) (?:ihr|du|sie) (?:[\\p{L}]+ (?:und )?){0,5}?(?:teilt|teilst|teilen würdet|weitersagt|weitersagst|weitererzählt|retweetet|weiterleitet|boostet)(?![\\p{L}])',
      // Ein Termin über einen Kanal des Autors ("Termin per WhatsApp unter 0171…", "Termine einfach per PN"); "bei ihr
      // kann man Termine per WhatsApp ausmachen" erzählt, wie es dort geht.
      '(?<!(?:man|kann|kannst|könnt|können|konnte|ich|hab|habe|hat|hatte|wo|wie) (?:\\p{L}+ ){0,2})(?:termine?|terminvereinbarung|terminanfragen?|buchungen) (?:(?:einfach|gerne|gern|direkt|jetzt|bitte) )*(?:per|über|via) (?:whats ?app|telefon|sms|pn|dm|insta(?:gram)?)(?![\\p{L}])',
      // Ein Wettbewerb mit Hilfe der Leser gewonnen ("helft mir, den Wettbewerb zu gewinnen"): Stimmen für den Autor.
      'helft (?:mir|uns),? (?:den|das|diesen|dieses|einen|meinen|unseren) (?:[\\p{L}-]+ ){0,2}?[\\p{L}-]*(?:wettbewerb|contest|preis|award|voting|battle) zu gewinnen',
      // Das Ziel der eigenen Kampagne mit Hilfe der Leser ("Helft uns, das Startnext-Ziel zu erreichen").
      '(?:helft|hilf) (?:mir|uns),? (?:das|unser|mein) (?:(?:startnext|kickstarter|crowdfunding|funding|finanzierungs|kampagnen)[\\p{L}-]*ziel|ziel (?:der|unserer|meiner) (?:[\\p{L}-]+ )?(?:kampagne|crowdfunding|startnext|kickstarter)[\\p{L}-]*) zu (?:erreichen|knacken|schaffen)',
      // Die Bitte in einem Wort ("abonniertmeinenkanal", "schautaufmeinemkanalvorbei").
      '(?:abonniert|abonniere|abbonniert|schaut(?:auf)?|besucht)mein(?:en|em)?kanal[\\p{L}]*',
      // Ein Handle mit seiner Seite beschriftet, statt der Bitte ("IG: @lenny.vox"): wo man dem Autor folgt.
      '(?<!(?:sein|seine|ihr|ihre|der|die|das)\\s)(?:ig|insta|instagram|tiktok|tik tok|twitter|snap|snapchat|twitch|soundcloud|fb|facebook|threads|bsky|bluesky|kick)(?=\\s?(?:[:=|>–—-]+|👉|➡️?)\\s?@[\\p{L}\\p{N}_])',
      // Was der Autor getan hat, auf seinem eigenen Kanal im selben Satz ("Ich habe das Handy auf meinem Kanal getestet"): derselbe Zeiger wie "ist auf meinem Kanal".
      '(?<=(?<![\\p{L}])(?:ich|wir)\\s(?:[^.!?\\n]{0,50}\\s)?)auf meinem (?:eigenen )?(?:youtube-?)?kanal(?![\\p{L}])',
      // Eine E-Mail als Preis für das Geschenk des Autors ("Kostenloses E-Book: einfach E-Mail eintragen", "trag deine
      // E-Mail ein und erhalte den Leitfaden"): das Tor eines Lead-Magneten, kein Geschenk.
      '(?<=(?<![\\p{L}])(?:(?:kostenlose?[nrsm]?|gratis|umsonst|geschenkt) (?:[\\p{L}-]+ ){0,2}?(?:e-?books?|leitf[aä]den|guides?|vorlagen?|checklisten?|pdfs?|kurse?|minikurse?|masterclass|webinare?|workbooks?|arbeitsbl[aä]tter|arbeitsblatt|kapitel|planer|freebies?)|(?:e-?books?|leitf[aä]den|guides?|vorlagen?|checklisten?|pdfs?|kurse?|minikurse?|masterclass|webinare?|workbooks?|arbeitsbl[aä]tter|arbeitsblatt|kapitel|planer|freebies?) (?:[\\p{L}-]+ ){0,3}?(?:kostenlose?[nrsm]?|gratis|umsonst|geschenkt))(?![\\p{L}])[^\\n]{0,80})(?:(?:einfach |nur )?(?:(?:deine|eure|ihre) )?(?:e-?mail(?:-?adresse)?|mailadresse) (?:eintragen|eingeben|hinterlassen|angeben)|(?:trag|tragt|tragen sie|gib|gebt|geben sie|hinterlass|hinterlasst) (?:einfach |hier |unten )*(?:deine|eure|ihre) (?:e-?mail(?:-?adresse)?|mailadresse) (?:ein|an))(?![\\p{L}])',
      '(?:trag|tragt|tragen sie|gib|gebt|geben sie|hinterlass|hinterlasst) (?:einfach |hier |unten )*(?:deine|eure|ihre) (?:e-?mail(?:-?adresse)?|mailadresse) (?:ein|an)(?=[^.!?\\n]{0,40}?(?<![\\p{L}])(?:e-?books?|leitf[aä]den|guides?|vorlagen?|checklisten?|pdfs?|kurse?|minikurse?|masterclass|webinare?|workbooks?|arbeitsbl[aä]tter|arbeitsblatt|kapitel|planer|freebies?)(?![\\p{L}]))',
      // Anmeldung dort, wohin der Autor zeigt ("Infos und Anmeldung im ersten Kommentar 👇"), wie "Link im ersten Kommentar".
      '(?:(?:mehr )?infos? (?:und|&) )?(?:anmeldung|tickets|buchung) (?:im|in den) (?:ersten )?kommentar(?:en)?(?![\\p{L}])',
      // Eine Stimme für das Eigene, als Verb oder Nomen ("Votet für unsere Bäckerei", "über eure Stimme für unsere…").
      '(?<!(?:ich|er|sie|es|wir) )(?:stimmt|stimme|votet|voten) (?:für|fuer) (?:mein|meine|meinen|unser|unsere|unseren)(?![\\p{L}])|(?:eure|deine|ihre|jede) stimme (?:für|fuer) (?:mein|meine|meinen|unser|unsere|unseren)(?![\\p{L}])',
      // Die Stimme als Bedarf des Autors bei einer Abstimmung ("Wir brauchen eure Stimme, abstimmen könnt ihr täglich");
      // "wir brauchen eure Stimme gegen den Abriss" ohne Abstimmung bleibt ruhig.
      '(?:wir brauchen|ich brauche) (?:eure|deine|ihre|jede) stimmen?(?![\\p{L}])(?=[^.!?\\n]{0,80}(?:abstimm|voting|vote|publikumspreis|wettbewerb|award))',
      // Oder der Kommentar selbst als Schlüssel ("Hinterlasst einen Kommentar und ich schicke ihn euch").
      '(?:hinterlass(?:t)?|schreib(?:t)?) (?:mir |uns )?(?:einen |nen )?kommentar(?: (?:unten|hier))? (?:und|&) (?:ich|wir) (?:schick|send|meld)\\p{L}*',
      // Der Schlüsselwort-Trichter mit jedem Verb des Antwortens ("Kommentiere GUIDE und ich schicke dir…"), wie im Englischen.
      // Auch mit dem Wort "in die Kommentare" geschrieben und dem Versprechen, sich zu melden ("Schreibt mir einfach ein JA
      // in die Kommentare und ich melde mich bei euch").
      '(?:kommentier(?:e|t)?|schreib(?:e|t)?|antworte(?:t)?)(?: (?:mir|uns))?(?: (?:einfach|gern|gerne|kurz|bitte))*(?: mit| ein| ne)? ["„“\'‚‘»«]?[\\p{L}\\p{N}]+["“”\'’‘«»]?(?: (?:unten|darunter|hier|in die kommentare|in den kommentaren))? (?:und|&) (?:ich|wir) (?:schick|send|meld)\\p{L}* (?:(?:sie|ihn|es|das|die|den) )?(?:dir|euch|ihnen|es|mich|uns)',
      // Die Kaffeekasse für die eigene Arbeit, im selben Satz genannt ("ein Kaffee auf Ko-fi hilft mir, weiterzuzeichnen").
      '(?<=(?<![\\p{L}])(?:ko-?fi|patreon|steady|spende|spenden|kaffee)[^.!?\\n]{0,60})hilft (?:mir|uns),? (?:weiter[\\p{L}]*|dranzubleiben)',
      // Dasselbe mit dem Nebensatz ("jeder Kaffee hilft, dass ich weiter Anleitungen machen kann").
      '(?<=(?<![\\p{L}])(?:ko-?fi|patreon|steady|spende|spenden|kaffee)[^.!?\\n]{0,60})hilft(?: mir| uns)?,? dass (?:ich|wir) (?:[\\p{L}]+ )?weiter',
      // Die Unterstützung des Autors mit dem Ort, wo man sie gibt ("wer mag, kann mich auf Ko-fi unterstützen", "ihr könnt
      // uns über Steady supporten"), und der Kaffee für ihn ("ihr könnt mir gern einen Kaffee spendieren").
      '(?:kann|kannst|könnt|koennt|können|könntet|könnte) (?:ihr |du |sie )?(?:mich|uns) (?:gern |gerne |auch |ja |hier |jetzt )*(?:auf|über|via|bei) [\\p{L}\\p{N}.-]+ (?:unterstützen|supporten)(?![\\p{L}])',
      '(?:kann|kannst|könnt|koennt|können|könntet) (?:ihr |du |sie )?(?:mir|uns) (?:gern |gerne |auch |ja |hier )*(?:einen|nen|\'nen) kaffee (?:[\\p{L}.-]+ ){0,3}?(?:spendieren|ausgeben|spenden)(?![\\p{L}])',
      // Die Unterstützung des Autors dem angeboten, der will ("Wer mich unterstützen mag: ko-fi…"), wie 'if you want to support me'.
      '(?:wer|falls (?:ihr|du|sie)|wenn (?:ihr|du|sie)) (?:mich|uns) (?:gerne |gern )?(?:unterstützen|supporten) (?:mag|möchte|will|möchtet|wollt|magst|willst|möchten|wollen|mögt)(?![\\p{L}])',
      // Der Gefallen dem angetragen, der ihn tun kann ("Wer teilen kann, danke!", "Wer das retweeten mag, 🙏"), und der
      // Dank dafür im Konjunktiv ("Über einen RT würde ich mich sehr freuen"); "wer das erklären kann" fragt um Hilfe.
      '(?:wer|falls (?:ihr|jemand)|wenn (?:ihr|jemand)) (?:das |es |den beitrag |den post )?(?:teilen|retweeten|rtn|reposten|boosten|weitersagen|weiterleiten) (?:kann|mag|möchte|will|könnt|mögt|möchtet|wollt)(?![\\p{L}])',
      '(?:über|ueber) (?:einen|ein|jeden|jedes|eure|deine) (?:rt|retweet|repost|share|boost|teilen) (?:würde|wuerde|würden) (?:ich|wir) (?:mich|uns) (?:sehr |riesig |mega |total |echt )?freuen',
      // Fünf Sterne für die eigene Sendung, das eigene Buch oder die App erbeten ("lasst gern 5 Sterne da ⭐");
      // "das Hotel hat 5 Sterne verdient" bewertet Fremdes.
      '(?:5|fünf) sterne (?:da ?lassen|dalasst|da ?lässt|geben|gebt|gibst|vergeben|vergibst|hinterlassen|hinterlasst|hinterlässt)|(?:lasst|lass|gebt|gib)(?: (?:uns|mir))?(?: (?:gern(?:e)?|bitte|doch|mal))* (?:5|fünf) sterne',
      // A review or rating asked for the author's own show, book or app: to the author ("leave us a review"), or beside
      // the follow or subscription asked in the same sentence ("subscribe and leave a review"). "Leave a review for your
      // host" alone advises.
      "(?:lasst|lass|hinterlasst|hinterlass|gebt|gib) (?:uns|mir)(?: (?:gern(?:e)?|bitte|doch|mal))* (?:eine |ne |'ne |eure |deine )?(?:kurze )?(?:bewertung|rezension)(?![\\p{L}])",
      "(?<=(?<![\\p{L}])(?:abonn|folg|hört|hoert|liked)[^.!?\\n]{0,40})(?:lasst|lass|hinterlasst|hinterlass|gebt|gib)(?: (?:gern(?:e)?|bitte|doch|mal))* (?:eine |ne |'ne |eure |deine )?(?:kurze )?(?:bewertung|rezension)(?![\\p{L}])",
      // Geld für die eigene Spendenaktion, im Satz, der sie nennt ("Wir haben ein GoFundMe gestartet, jede Hilfe zählt").
      // Eine Sammlung für andere sagt, wohin das Geld geht (fundsFor), und liest sich als Hilfe.
      '(?<=(?<![\\p{L}])(?:gofundme|spendenaktion|spendenkampagne|spenden|spende|crowdfunding|paypal|betterplace)[^.!?\\n]{0,80})(?:jede (?:hilfe|spende|kleine spende|unterstützung)|jeder (?:euro|cent|betrag)|alles) (?:zählt|hilft)(?![\\p{L}])',
      // Die Zahl des eigenen Kommentars als Preis ("Wenn dieser Kommentar 500 Likes bekommt, lade ich Teil 2 hoch"):
      // Likes für die Reichweite des Autors.
      'wenn (?:dieser|mein) kommentar \\d[\\d,.]*k?',
      // Die Zahl ohne Versprechen erbeten ("kann dieser Kommentar 1000 Likes bekommen", "schafft mein Kommentar 1k?"): dieselben Likes für den Autor.
      '(?:kann|k[öo]nnte|schafft) (?:dieser|mein) kommentar (?:es )?(?:auf )?\\d[\\d,.]*k?',
      '(?:lasst uns|helft mir,?) (?:diesen|meinen) kommentar (?:auf )?\\d[\\d,.]*k?',
      // Vorhaben oder Bedarf des Lesers, dann das Gesprächsangebot ("Sie möchten verkaufen? Sprechen wir."): das eigene Geschäft als Antwort.
      '(?<=\\?\\s*)(?:lass(?:t)? uns (?:reden|sprechen)|sprechen wir(?: darüber)?|reden wir(?: darüber)?)(?! über| später| morgen)',
      // Der Gefallen für die eigene Spendenaktion oder den eigenen Beitrag, vor dem, was er bedeuten würde ("Teilen würde mir sehr helfen").
      '(?:teilen|eine spende|spenden)(?: (?:oder|und) (?:teilen|spenden))? (?:würde|wuerde) (?:mir|uns) (?:sehr |so |wahnsinnig |unglaublich )?(?:viel bedeuten|helfen)',
      // Der Klick fürs Voting als Gefallen ("ein Klick würde mir sehr helfen" unter einem Publikumsvoting).
      'ein (?:kurzer |einziger )?klick (?:würde|wuerde) (?:mir|uns) (?:sehr |so |wahnsinnig |unglaublich |enorm )?(?:viel bedeuten|helfen)',
      // Die Wunschliste der Leser für das Spiel des Autors ("setzt es auf eure Steam-Wunschliste"); "steht auf meiner
      // Wunschliste" erzählt und bittet um nichts.
      '(?:auf|in) (?:eure|deine) (?:steam-?)?(?:wunschliste|wishlist)',
      // Jeder Wunschlisteneintrag als Hilfe gezählt ("jede Wishlist hilft", "jeder Wishlist-Eintrag zählt"), wie "every wishlist helps".
      'jede[rs]? (?:einzelne[rs]? )?(?:wishlist|wunschliste)(?:-?eintrag)? (?:hilft|z[äa]hlt)(?![\\p{L}])',
      // Was bis zu einer runden Zahl fehlt ("nur noch 3 Abonnenten bis 100").
      '(?:nur )?noch \\d+ (?:abonnenten|abos|follower) bis',
      // Eine Privatnachricht als Weg zum Kauf ("DM zum Buchen", "PN für Preise"); "PN bei Fragen" bietet Hilfe an.
      '(?:dm|pn|whatsapp|schreib(?:t)? (?:mir|uns)|schreiben sie (?:mir|uns)|ruf(?:t)? (?:mich|uns) an) (?:zum|für|fuer) (?:buchen|bestellen|reservieren|termine?|preise|buchungen|bestellungen|angebote?)(?![\\p{L}])',
      // Wo man sich anmeldet oder bestellt, als Substantiv ("Anmeldung per DM", "Bestellungen per WhatsApp").
      '(?:anmeldung(?:en)?|vorbestellung(?:en)?|bestellung(?:en)?|reservierung(?:en)?|buchung(?:en)?|anfragen?) (?:(?:gerne|gern|bitte|einfach|nur|ausschlie(?:ß|ss)lich) )?(?:per|via|über) (?:dm|pn|whatsapp|privatnachricht|nachricht|telefon)',
      // Der Infinitiv der Anzeige am Satzanfang ("Vorbestellen per PN, wir legen's zurück", "Reservieren gern per WhatsApp"):
      // dieselbe Bestellung über den Kanal des Autors. "Kann man per PN bestellen?" fragt und steht anders.
      '(?<=(?:^|[.!?:…\\n]|[^\\p{L}\\p{N}\\s,])\\s*)(?:vorbestellen|bestellen|reservieren|buchen|anmelden) (?:(?:gerne|gern|einfach|bitte|direkt|ab sofort|jetzt) )*(?:per|via|über) (?:dm|pn|whatsapp|privatnachricht|nachricht|telefon)(?![\\p{L}])',
      // Eine Besichtigung des Angebots, wie man sie bekommt ("Besichtigungstermine gerne per PN oder telefonisch",
      // "Vereinbaren Sie jetzt einen Besichtigungstermin"): die Anzeige eines Maklers oder Vermieters.
      '(?:besichtigung(?:en|stermine?)?|termine? zur besichtigung) (?:gerne |bitte |nur )?(?:per|via|über|unter|nach) (?:dm|pn|whatsapp|privatnachricht|nachricht|telefon|e-?mail|mail|vereinbarung|absprache|anfrage)|(?:vereinbaren sie|vereinbart|vereinbare|buchen sie|sichern sie sich) (?:jetzt |gerne |gleich |noch heute )?(?:einen |ihren |deinen |euren )?(?:besichtigungstermin|termin zur besichtigung)',
      // Vorbeikommen und das Eigene probieren ("Kommt vorbei und probiert unsere Kürbissuppe").
      // "Das Frühlingsmenü ist da, kommt vorbei und probiert es!": vorbeikommen bringt zum Autor, "es" ist seins.
      '(?:kommt|komm|kommen sie) (?:vorbei )?(?:und )?(?:probiert|probier|probieren sie|testet|kostet) (?:unsere?[nmrs]?|meine?[nmrs]?|es|sie|ihn)(?![\\p{L}])',
      // Die eigene Fassung vorgestellt ("hier ist mein Cover", "ich mache auch Covers"): Werbung ohne Link.
      `hier (?:ist|sind) (?:mein|meine|meinen) (?:cover|version|parodie|remix|kanal)s?(?![\\p{L}])(?! ${FAVOURITE})`,
      '(?:ich|wir) (?:mache|machen|lade|laden) (?:auch |jede woche |regelm[äa][ßs]ig )?(?:covers|remixe|parodien|beats|videos)(?: hoch)? (?:auf meinem kanal|falls|wenn (?:wer|jemand))',
      // Publikum nach Zahl verlangt oder gegen etwas versprochen ("ich brauche 100 Abonnenten", "1000 Abos und ich zeige
      // mein Gesicht").
      '(?:ich|wir) (?:brauche|brauchen) (?:noch )?\\d[\\d,.]*k? (?:abonnenten|abos|follower)',
      '\\d[\\d,.]*k? (?:abonnenten|abos|follower|likes) und (?:ich|wir)',
      // Ein Name, nach dem man auf einer Seite suchen soll, wo kein Link erlaubt ist: "sucht mal beatsbyjoe auf youtube".
      // Eine Aufforderung und ein Name, nicht "die Live-Version".
      '(?:sucht|such|gebt|gib) (?:mal |doch mal )?(?:nach )?(?!(?:den|die|das|der|dem|ein|eine|einen|sein|seine|ihr|ihre|es|songtext)(?![\\p{L}]))[\\p{L}\\p{N}_-]+ (?:auf|bei|in) (?:youtube|yt|google|instagram|insta|ig|tiktok|spotify|soundcloud|facebook|fb|twitter|twitch)(?![\\p{L}])',
      // Wo das Eigene des Autors ist, statt eines Links: "ist auf meinem Kanal".
      '(?:ist|sind|findet ihr|findest du) (?:es |sie |ihn |das )?(?:auf|in) meinem (?:kanal|profil|insta|instagram|tiktok|soundcloud|spotify)',
      // Abo-Ketten: ein Abo gegen ein anderes.
      // Written the English way too ("sub4sub", "s4s"): YouTube's comment slang crosses languages.
      'abo gegen abo|abonniere (?:dich |euch )?zurück|sub ?(?:4|für|for|gegen) ?sub|s4s',
      '(?:jetzt |hier )?kostenlos (?:testen|ausprobieren)',
      'jetzt (?:kaufen|bestellen|buchen|anmelden|sichern|abonnieren|herunterladen|downloaden|vorbestellen|entdecken)',
      // The ad's infinitive with its object between ("Jetzt Demo buchen", "Jetzt Platz sichern", "Jetzt Termin vereinbaren").
      // Only the things an ad books, so a plan of one's own ("Ich will jetzt Urlaub buchen") is no ask.
      'jetzt (?:(?:deine[nm]?|ihre[nm]?|eure[nm]?|eine[nm]?|die|den|das|kostenlose[nm]?|gratis) )?(?:demo|termin|platz|pl[äa]tze|tickets?|karten|beratung|erstgespr[äa]ch|probetraining|probestunde|tisch|zugang) (?:buchen|sichern|vorbestellen|anfordern|vereinbaren|reservieren)',
      'sicher(?:e|t)? (?:dir|euch) (?:jetzt |noch )?(?:deinen|deine|dein|euren|eure|einen|eine|ein)',
      'melde (?:dich|euch) (?:jetzt )?an',
      // Eine Mitgliedschaft zu ihrem Preis ("Werde Mitglied für 3 € im Monat").
      '(?:werde|werdet) (?:mitglied|patron|unterstützer(?:in)?|abonnent(?:in)?) (?:für|ab) (?:nur )?(?:[$€£] ?\\d[\\d.,]*|\\d[\\d.,]* ?(?:€|\\$|£|euros?|dollars|reais)|r\\$ ?\\d[\\d.,]*)',
      'meldet euch (?:jetzt )?an',
      // Not the newsletter or channel of someone the author calls theirs ("abonniert den Newsletter meiner Freundin",
      // "…von meinem Bruder"): that passes someone else's on, as the composed asks' owner words say (lexicon ownerOf).
      // Nor the viewer's own subscribing told ("Hab gerade abonniert", "direkt abonniert"): the participle after an auxiliary or a time word, no ask.
      "(?<!(?:^|[^\\p{L}])(?:hab|habe|haben|habt|direkt|sofort|gerade|grad|schon|l[äa]ngst|eben|soeben|nat[üu]rlich)\\s(?:[\\p{L}]+\\s){0,2})abonnier(?:e|t)(?! (?:den|das|die) [\\p{L}-]+ (?:(?:von|vom) )?(?:meiner|meinem|meines|unserer|unserem|unseres) )",
      'lass(?:t)? (?:gerne |doch )?(?:ein|mir ein|uns ein) (?:abo|like|follow)',
      'schaut? (?:gerne |doch )?(?:mal )?vorbei',
      // Der Laden lädt in den Laden ein, wie "come see us": "Besucht uns", "wir freuen uns auf euren Besuch".
      'besucht uns|wir freuen uns auf (?:euren|ihren|deinen) besuch',
      // Every imperative of "folgen" with the author as object: du ("folg mir", "folge mir"), ihr ("folgt mir") and Sie
      // ("Folgen Sie uns für tägliche Tipps").
      '(?:folg(?:e|t)?|folgen sie) (?:mir|uns)(?: für mehr(?: tipps| inhalte| ideen)?)?',
      'like(?:n)? und teile(?:n)?',
      // "Ich teile gerne …" sagt, was der Autor tut, und bittet um nichts.
      '(?<!(?:ich|wir) )teil(?:e|t) (?:diesen beitrag|den beitrag|gerne|bitte)',
      'bitte (?:teilen|liken|folgen|abonnieren|weitersagen)',
      // Weichmacher dazwischen ("Schreib mir gern eine PN", "schreibt uns einfach per DM"): dieselbe Bitte. "schreibt" bittet nur
      // am Satzanfang oder nach "bitte", "und", "Leute"…: "Meine Schwester schreibt mir gern eine PN" erzählt.
      '(?:schreib|(?<=(?:^|[^\\p{L}\\s]|(?:^|[^\\p{L}])(?:bitte|einfach|gern|gerne|und|oder|dann|also|doch|jetzt|leute|ihr|mal))\\s*)schreibt) (?:mir|uns)(?: (?:gern|gerne|einfach|kurz|bitte|doch|mal|ruhig))* (?:eine dm|eine nachricht|per dm|privat)',
      // Die Bitte allein, als eigener Satz ("Wer mitmachen will: Schreibt mir."), wie englisch "message me". Nach einem
      // Nebensatz ("Wenn ihr sie seht, schreibt mir bitte!") bittet sie um einen Hinweis, nicht um Kundschaft.
      '(?<=(?:^|[.!?:…\\n])\\s*)schreib(?:t)? (?:mir|uns)(?: (?:gern|gerne|einfach|kurz|bitte|doch|mal|ruhig))*(?=\\s*(?:[.!]|$))',
      // Die PN mit Namen ("Schreibt mir eine PN") und das Interesse vorn ohne Verb ("Bei Interesse gerne PN"): so endet eine Anzeige.
      '(?:schreib|(?<=(?:^|[^\\p{L}\\s]|(?:^|[^\\p{L}])(?:bitte|einfach|gern|gerne|und|oder|dann|also|doch|jetzt|leute|ihr|mal))\\s*)schreibt) (?:mir|uns)(?: (?:gern|gerne|einfach|kurz|bitte|doch|mal|ruhig))* (?:eine |ne |\'ne |per )?(?:pn|dm|pm)(?![\\p{L}])',
      'bei interesse (?:gerne |gern |einfach |kurz |bitte )?(?:eine |ne |per )?(?:pn|dm|pm|privatnachricht)(?![\\p{L}])',
      // Der Platz für den, der schreibt ("Schreibt mir und ich halte euch einen Platz frei"): die Buchung über die Nachricht.
      '(?:schreib|schreibt|schreiben sie) (?:mir|uns)(?: (?:gern|gerne|einfach|kurz))* (?:und|,) (?:ich|wir) (?:halte|halten|reserviere|reservieren|sichere|sichern) (?:dir|euch|ihnen) (?:einen|deinen|euren|ihren) platz',
      // Das Interesse als Frage und der Kanal ohne Verb ("Interesse? PN oder WhatsApp 0664…"), wie "Interested? DM".
      'interesse ?[?!:…]+ ?(?:pn|dm|pm|whatsapp|privatnachricht)(?![\\p{L}])',
      // Das Schlüsselwort per Nachricht ("Schreib mir INFO per DM").
      'schreib(?:t)? (?:mir|uns) ["„“\'‚‘»«]?[\\p{L}\\p{N}]+["“”\'’‘«»]? (?:per|als|via) (?:dm|pn|nachricht|privatnachricht)',
      // Besuch auf dem eigenen Kanal erbeten ("würde mich über Besuch freuen", "über ein Abo würde ich mich freuen").
      '(?:würde|wuerde) mich (?:sehr |riesig |total |mega )?über (?:euren |deinen |ihren |einen )?(?:besuch|abos?|abonnenten|follower|likes|klicks|aufrufe) freuen|über (?:euren |deinen |einen )?(?:besuch|ein abo|abos|follower|likes) (?:würde|wuerde) ich mich (?:sehr |riesig )?freuen',
      // Sich per Nachricht melden ("Meld dich gern per DM", "melden Sie sich per Nachricht"), wie "DM me".
      'meld(?:e|et)? (?:dich|euch)(?: (?:gern|gerne|einfach|kurz|bitte|bei mir|bei uns))* (?:per|via|über|als) (?:dm|pn|pm|privatnachricht|direktnachricht|nachricht)(?![\\p{L}])|melden sie sich(?: (?:gern|gerne|einfach|kurz|bitte|bei mir|bei uns))* (?:per|via|über) (?:dm|pn|pm|privatnachricht|direktnachricht|nachricht)(?![\\p{L}])',
      '(?:schreib(?:t)? (?:mir|uns)|meld(?:e|et)? (?:dich|euch)(?: bei mir)?) (?:auf|per|über) (?:whatsapp|telegram|insta|instagram)',
      // Said as a sentence too ("der Link ist in meiner Bio", "Link steht in der Bio"), as in English "the link is in my bio".
      'link (?:ist |steht )?in (?:der |meiner )?bio',
      // "Link im Profil" (in dem), the author's own, also inside a verb-final ask ("Termin über den Link im Profil
      // buchen"); "im Profil von Lena" is someone else's.
      "link (?:(?:steht|ist|findet ihr|findest du|gibt(?:'s| es)) )?im profil(?! (?:von|vom)(?![\\p{L}]))",
      // Where the link is, on the author's own page ("Link in meinem Profil"); come by, listen in ("schaut mal vorbei").
      // Said as a sentence too ("Link steht in meinem Profil", "den Link findet ihr auf meiner Seite").
      'link (?:(?:steht|ist|findet ihr|findest du|gibt(?:\'s| es)) )?(?:in|auf) (?:meinem|meiner|unserem|unserer) (?:profil|kanal|beschreibung|seite|info)',
      '(?:schaut|schau|guckt|guck) (?:doch |mal |gerne |gern |einfach )*(?:bei (?:mir|uns) )?vorbei',
      '(?:h[öo]r|h[öo]rt|schau|schaut) (?:doch |mal |gerne |gern |einfach )*(?:bei (?:mir|uns) |in (?:meinen|meine|mein|unseren|unsere|unser) [\\p{L}-]+ )rein',
      // Each act counted as help to the author, or pledged against ("für jedes Abo, das ich bekomme…").
      // Follow-Ketten: ein Follow gegen einen anderen ("folgt mir, ich folge zurück").
      'folge (?:euch |dir |allen )?zur[üu]ck',
      'abonniere (?:euch |dich )?zur[üu]ck',
      'jede[sr]? (?:abo|like|view|aufruf|follow|abonnent|teilen) (?:hilft|z[äa]hlt)',
      'f[üu]r jede[ns]? (?:abo|like|abonnenten|follower|view),? (?:das|den|die) (?:ich|wir) (?:bekomme|bekommen|kriege|kriegen)',
      'link (?:unten|in den kommentaren|im (?:ersten )?kommentar)',
      'klick(?:e|t)? (?:hier|auf den link)',
      'mach(?:t)? mit',
      'buch(?:e|t) (?:jetzt|hier|deinen|deine|einen)',
      'mit dem code',
      'stimm(?:e|t) für (?:mich|uns)',
      'schau(?:t)? (?:mal )?(?:bei mir|bei uns|in meinen|auf meinem) ',
      // The job seeker's own ask, as en's "open to work" / "looking for my next role" / "available for hire": "Ich bin
      // offen für neue Herausforderungen", "Ich bin auf der Suche nach einer neuen Stelle", and with the verb first after
      // a fronted phrase ("Nach 6 Jahren bei Siemens suche ich eine neue Herausforderung"). First person only: a firm's
      // ad says "Wir suchen", a question "Wie sucht ihr …?", a search told as over "habe … eine Stelle gefunden", a question "Wie suche ich eine neue Stelle…?".
      '(?:ich suche|(?<!(?:wie|wo|wann|warum|wieso|weshalb) )suche ich|ich bin auf der suche nach|bin ich auf der suche nach) (?:eine[mnr]? )?(?:neuen? |neue )?(?:stelle|herausforderung|aufgabe|job|position|rolle|arbeit)',
      // Wer verkauft und "wir" sagt ("Wir sind eine kleine Buchhandlung, jede Bestellung zählt"), bittet um den Kauf als Gefallen.
      '(?<=(?<![\\p{L}])(?:wir|uns)(?![\\p{L}])[^\\n]{0,120})jede[rs]? (?:einzelne[rs]? )?(?:bestellung|einkauf|kauf|buchung) (?:zählt|hilft)(?! (?:für|fuer) (?!uns|mich)[\\p{L}])',
      // Dieselbe Bitte für das eigene Crowdfunding ("Unser Crowdfunding läuft noch 5 Tage… Jeder Euro hilft").
      '(?<=(?<![\\p{L}])(?:unser|unsere|unserem|mein|meine|meinem)(?![\\p{L}])[^\\n]{0,40}(?:crowdfunding|kickstarter|startnext|kampagne)[^\\n]{0,160})jede[rs]? (?:einzelne[rs]? )?(?:euro|franken|beitrag|unterstützung) (?:zählt|hilft)(?! (?:für|fuer) (?!uns|mich)[\\p{L}])',
      // Die Umfrage des Autors zum Ausfüllen ("Füllt bitte die Umfrage aus", "nehmt an meiner Umfrage teil"): Antworten für
      // seine Abschlussarbeit oder sein Geschäft. "Die Umfrage der Stadt läuft bis Freitag" zeigt auf die eines anderen.
      '(?:füllt|füll|fülle|füllen sie) (?:bitte |gerne |gern |doch |kurz |mal )*(?:meine|unsere|die|diese|meinen|unseren|den|diesen) (?:kurzen? )?(?:umfrage|fragebogen|online-umfrage)(?! (?:der|des|vom|von|zur|zum)(?![\\p{L}]))|(?:nehmt|nimm|nehmen sie) (?:bitte |gerne |gern |doch |kurz |mal )*(?:an|bei) (?:meiner|unserer|der|dieser) (?:kurzen )?(?:umfrage|befragung) teil',
      '(?:ich bin|bin ich) (?:ab sofort |jetzt |wieder )?offen f[üu]r (?:eine )?neue (?:herausforderungen|herausforderung|aufgaben|aufgabe|stelle|m[öo]glichkeiten|chancen)',
      '(?:ich bin|bin ich) (?:ab sofort |wieder )?verf[üu]gbar f[üu]r (?:neue )?(?:projekte|auftr[äa]ge|freelance-projekte|jobs|buchungen)',
      '#opentowork',
      // Jede Bestellung als Hilfe für den Verkäufer gezählt ('Jede Bestellung hilft uns sehr'), wie 'every order helps us'; 'hilft uns beim Planen' ist ein Hinweis.
      '(?:jede (?:einzelne )?(?:bestellung|buchung|reservierung)|jeder (?:einzelne )?(?:kauf|einkauf|auftrag)) (?:hilft uns|bedeutet uns)(?: (?:sehr|so viel|enorm|riesig|wirklich|unglaublich|viel))?(?!\\s*[\\p{L}\\p{N}])',
      // Eine Privatnachricht je nach Interesse des Lesers ("PN bei Interesse", "DM, wenn du einen brauchst"): so wird verkauft.
      '(?:pn|dm|pm) (?:bei interesse|wenn (?:du|ihr) (?:interesse (?:hast|habt)|(?:einen|eine|eins) (?:brauchst|braucht|willst|wollt)))',
      // Das Teilen als Freude des Autors erbeten ("Ich freue mich über jedes Teilen"), wie "I'd be grateful for a share".
      'ich (?:freue|freu) mich (?:sehr |riesig |total )?über (?:jedes|jeden|ein|euer|dein|ihr) (?:teilen|share|like|repost)',
      // Dasselbe mit dem Interesse vorn ("Bei Interesse gerne per DM melden").
      'bei interesse (?:gerne |einfach |kurz )?(?:per|via|über) (?:dm|pn|pm|privatnachricht|nachricht|mail|e-mail) (?:melden|schreiben|anfragen)',
      // Ein kostenloser Start angeboten ("Starte heute kostenlos", "Jetzt kostenlos loslegen"): der Weg ins Produkt, wie "kostenlos testen".
      '(?:starte|starten sie|startet|leg|legen sie|legt) (?:jetzt |heute |direkt |sofort )?kostenlos(?: los)?(?![\\p{L}])(?! (?:mit|bei|auf|über) )|(?:jetzt|heute|direkt|sofort) kostenlos (?:starten|loslegen)(?! (?:mit|bei|auf|über) )',
      // Die Anmeldung auf der Seite des Autors ("Trag dich ein: driftdesk.io/beta"): eine Warteliste oder eine Beta.
      '(?:trag|tragt) (?:dich|euch) (?:jetzt |hier |gleich )?ein(?=\\s*[:👉→]?\\s*[\\p{L}\\p{N}-]+\\.[\\p{L}]{2,})',
      // Der Infinitiv als Aufforderung der Anzeige ("Hier anmelden 👉", "Jetzt kostenlos registrieren"), wie "Sign up here".
      '(?<=(?:^|[.!?:;\\n\\p{Extended_Pictographic}\\uFE0F])\\s*)(?:hier|jetzt|gleich) (?:kostenlos |gratis |unverbindlich )?(?:anmelden|registrieren|eintragen|bestellen|buchen|reservieren|abonnieren|sichern|herunterladen|downloaden)(?![\\p{L}])',
      // Die offene Anmeldung ("Anmeldung für Januar ist offen"), wie "Inscriptions ouvertes".
      'anmeldung (?:f[üu]r (?:januar|februar|märz|april|mai|juni|juli|august|september|oktober|november|dezember|\\d{4}) )?(?:ist )?(?:jetzt |ab sofort )?(?:offen|geöffnet)(?![\\p{L}])',
    ],
    service: [
      // Freie Zimmer, Tische, Termine oder Samstage des eigenen Betriebs ("Wir haben noch Zimmer frei", "hab ich noch
      // ein paar freie Samstage"): die Anzeige eines Hotels, Restaurants oder einer Fotografin, wie "we still have rooms
      // free"; Zimmer "für alle, die…" oder "kostenlos" sind Hilfe.
      '(?:wir haben|haben wir|ich habe|ich hab|hab ich|habe ich) (?:[\\p{L}\\p{N}]+ ){0,3}?(?:noch |auch )(?:(?:\\d+|zwei|drei|ein paar|wenige|einige) )?(?:freie (?:zimmer|tische|termine|samstage|hochzeitstermine)|(?:zimmer|tische|termine|samstage|hochzeitstermine) (?:für [^.!?\\n]{1,30}? )?(?:frei|verfügbar))(?![\\p{L}])(?![^.!?\\n]{0,60}(?:für alle,? die|falls jemand|wenn jemand|kostenlos|umsonst|gratis))',
      // Der Bedarf des Geschäfts des Lesers als Bedingung, sich zu melden ("Wenn dein Unternehmen Hilfe braucht, lass uns reden").
      '(?:wenn|falls) (?:dein|deine|euer|eure|ihr|ihre) (?:unternehmen|business|firma|marke|team|shop|startup|agentur|praxis|website|app) [^.!?\\n]{1,80}? (?:braucht|sucht|will|möchte)[,:]? (?:(?:meine|unsere) (?:dms|nachrichten|postfach) (?:sind|ist) (?:immer )?offen|lass uns (?:reden|sprechen|quatschen)|meld(?:e|et)? (?:dich|euch)|schreib(?:t)? mir|kontaktier(?:e|t)? mich)',
      // Die eigene Kanzlei oder Praxis nimmt wieder an ("Neue Mandanten nehmen wir ab sofort wieder auf"); die eines
      // anderen ("die Praxis Dr. Lenz nimmt neue Patienten auf") ist eine Nachricht.
      'neue (?:mandant(?:inn)?en|patient(?:inn)?en|kund(?:inn)?en|klient(?:inn)?en|schüler(?:innen)?) nehm(?:en wir|e ich)|(?:wir nehmen|ich nehme) (?:[\\p{L}\\p{N}]+ ){0,3}?neue (?:mandant(?:inn)?en|patient(?:inn)?en|kund(?:inn)?en|klient(?:inn)?en|schüler(?:innen)?)',
      // Platz für neue Kundschaft im eigenen Handwerk ("Ab März habe ich wieder Kapazität für 2 neue Kund:innen").
      // Freie Plätze im eigenen Angebot, gezählt ("Ich habe im Januar noch 2 Plätze für 1:1-Coaching frei").
      '(?:habe ich|hab ich|ich habe|ich hab|haben wir|wir haben) (?:[\\p{L}\\p{N}]+ ){0,3}?(?:\\d+|zwei|drei|ein paar|wenige) (?:freie )?(?:plätze|termine|slots) (?:für [^.!?\\n]{1,30}? )?frei(?![\\p{L}])',
      '(?:habe ich|hab ich|ich habe|ich hab|haben wir|wir haben) (?:[\\p{L}]+ ){0,3}?(?:\\d+ )?(?:kapazität|kapazitäten|platz|plätze|freie plätze|termine) für (?:\\d+ |zwei |drei |ein paar )?(?:neue |weitere )?(?:kund(?:en|innen|:innen|\\*innen|_innen)|klient(?:en|innen)|projekte|aufträge|mandant(?:en|innen)|schüler(?:innen)?|(?:1:1-|einzel-?)?(?:sessions|coachings|sitzungen))(?![\\p{L}])',
      // Kundschaft für das eigene Handwerk gesucht ("Ich suche neue Kund:innen für Webdesign"): dieselbe Anzeige.
      '(?:ich suche|wir suchen|suche) (?:noch |ab sofort |gerade )*(?:neue |weitere )?(?:kund(?:en|innen|:innen|\\*innen|_innen)|mandant(?:en|innen)|klient(?:en|innen)|schüler(?:innen)?|patient(?:en|innen))(?![\\p{L}])',
      // Eine Dienstleistungszeile: "Ich helfe <wem>, <etwas> zu gewinnen" eröffnet den Pitch (en: "I help ... get").
      // Auch die Antwort einer Firma unter fremden Posts: "Genau dabei helfen wir", "Genau das machen wir bei Nordlicht".
      'genau (?:dabei|damit|hierbei) (?:helfen|unterstützen) wir',
      // Begleiten und beraten nur mit Kundschaft als Objekt: "Genau dabei begleiten wir im Hospiz die Angehörigen" verkauft nichts.
      'genau (?:dabei|damit|hierbei|darin) (?:begleiten|beraten) wir (?:[\\p{L}-]+ ){0,2}?(?:kund(?:en|innen|:innen)|unternehmen|firmen|marken|teams|gründer(?:innen)?|start-?ups|mittelständler|selbstständige|praxen|kanzleien)(?![\\p{L}])',
      'genau das (?:machen|tun|lösen|bieten) wir (?:für (?:kunden|unternehmen|firmen|marken|teams)|bei (?!(?:uns|euch|mir|dir|der|dem|den)(?![\\p{L}]))[\\p{L}\\p{N}]+)',
      '(?:ich helfe|wir helfen) (?!(?:meiner|meinem|meinen|unserer|unserem|unseren) )(?:[\\p{L}\\p{N}-]+,? ){1,8}?zu (?:gewinnen|verkaufen|finden|steigern|verdoppeln|skalieren|bekommen|erreichen|wachsen|lösen|senken|automatisieren)',
      // Auftragsarbeit mit ihren Bedingungen, Tempo und Preis ("ich baue sie schnell und günstig", "wir reparieren zu fairen
      // Preisen"): der Pitch eines Handwerks. "Billig" allein bleibt draußen, wie im Rezept.
      '(?:ich|wir) (?:baue|bauen|mache|machen|erstelle|erstellen|programmiere|programmieren|designe|designen|gestalte|gestalten|repariere|reparieren)(?: [\\p{L}\\p{N}-]+){0,3}? (?:schnell ?(?:und|&|,) ?(?:günstig|preiswert|bezahlbar)|zu (?:fairen|günstigen|kleinen) preisen)',
      // Wie viele neue Kunden das eigene Handwerk annimmt ("Wir nehmen nur 3 neue Marken pro Quartal an"): die Knappheit einer Agentur.
      '(?:wir nehmen|ich nehme|wir betreuen|ich betreue) (?:nur|maximal|höchstens) (?:\\d+|zwei|drei|vier|fünf) (?:neue )?(?:kund(?:en|innen|:innen)|marken|projekte|mandate|unternehmen) (?:pro|im|je) (?:monat|quartal|jahr)',
    ],
    discount: [
      // A price kept for those who come to the author's event ("special price for attendees"): the free session's sale.
      'sonderpreis (?:nur )?für (?:alle )?(?:teilnehmer(?:innen)?|teilnehmende)|(?:nur )?für (?:alle )?(?:teilnehmer(?:innen)?|teilnehmende) zum sonderpreis|teilnehmer(?:innen)?(?:rabatt|preis)',
      '\\d{1,2}(?:[.,]\\d+)? ?% (?:rabatt|nachlass|günstiger|off)',
      // Der Preis für frühe Buchung ("Frühbucherpreis bis Sonntag"), wie "early bird price".
      'frühbucher(?:preis|rabatt|tarif|ticket|angebot)\\p{L}*',
      '[\\p{L}]*(?:rabatt|gutschein)code',
      'gratis versand',
      'kostenloser versand',
      'sonderangebot',
      // "30 % reduziert", "um 30 % reduziert", "zum halben Preis": the cut said by the price, not as a discount word.
      '\\d{1,2}(?:[.,]\\d+)? ?% reduziert|reduziert um \\d{1,2} ?%',
      '(?:zum|für den) halben preis',
      // "Der Sale bei H&M ist enttäuschend": ein Sale anderswo, von Kundinnen besprochen, keine eigene Aktion.
      'sale(?! (?:bei|von) )',
    ],
    codeWord: ['code', 'gutschein', 'rabattcode', 'gutscheincode'],
    urgency: [
      // Der angekündigte Andrang ("die sind schnell weg") und die gezählte kleine Menge ("nur 20 Stück gemacht").
      '(?:die|sie|das|es) (?:sind|ist|werden|wird) (?:bestimmt |sicher |wieder )?(?:schnell|ruckzuck|sofort) weg',
      'nur \\d+ (?:stück )?(?:gemacht|gebacken|gedruckt|verfügbar|da)',
      // Ein Geschenk fürs Erstsein ("die ersten 50 bekommen einen Kaffee"): der Ansturm einer Eröffnung.
      'die ersten \\d+ (?:kunden |kund:innen |kundinnen |gäste |besucher |besucher:innen |bestellungen |anmeldungen |abonnenten |abonnent:innen |teilnehmer |teilnehmenden )?(?:bekommen|erhalten|kriegen)(?![\\p{L}])',
      // Knappe Plätze: "Plätze sind begrenzt", "nur noch wenige Plätze".
      'plätze (?:sind )?(?:streng )?begrenzt|nur noch wenige (?:plätze|tickets|karten)',
      'nur (?:noch )?\\d+ (?:plätze|stück|tickets|exemplare)',
      // "Nur bis Sonntag" drängt; "nur bis zum Hauptbahnhof" sagt, wie weit etwas fährt.
      'nur (?:noch )?(?:diese woche|heute|bis (?!(?:zum|zur|nach|in|ins|an|am|auf|kurz vor|vor)(?![\\p{L}]))\\w+)',
      'nur für kurze zeit',
      'letzte chance',
      'solange der vorrat reicht',
      'endet (?:heute|morgen|bald|am \\w+)',
      'nicht verpassen',
      'verpasst (?:es|sie|ihn|das) nicht',
      'schnell sein',
      'begrenzte (?:plätze|stückzahl|anzahl)',
    ],
    giveaway: ['gewinnspiel', 'verlosung', 'wir verlosen', 'zu gewinnen',
      // Der Preis als Chance nach der Teilnahme ("markiert 3 Freunde und gewinnt vielleicht ein Essen"), wie "and you
      // might win"; ohne "und … vielleicht/mit Glück" bleibt "Bayern gewinnt 4:0" ruhig.
      'und (?:du )?(?:gewinnst|gewinnt|k[öo]nntest|k[öo]nnt) (?:du |ihr )?(?:vielleicht|mit (?:etwas )?gl[üu]ck) (?:ein|eine|einen|\\d)', 'teilnahme(?:bedingungen)?', 'und (?:der gewinner|die gewinnerin) ist|ein(?:e)? gl[üu]ckliche[r]? gewinner(?:in)? (?:bekommt|erh[äa]lt)'],
    plug: [
      `(?:mein|meine|meinen|meinem|meiner|unser|unsere|unseren|unserem|unserer) (?:[\\p{L}\\p{N}'’&()„“-]+ ){0,3}?${PRODUCT}`,
      // Eine Software des Autors, als neu oder als KI vorgestellt ("unser KI-Tool", "meine neue Chrome-Erweiterung"); "unser
      // internes Tool" ist der Arbeitsplatz, kein Angebot.
      '(?:mein|meine|meinen|unser|unsere|unseren) (?:neue[ns]? )?(?:ki-?(?:tool|assistent(?:en)?|plattform|software|agent(?:en)?|bot)|(?:chrome|browser)-?erweiterung)(?![\\p{L}])|(?:mein|meine|meinen|unser|unsere|unseren) neue[ns]? (?:tool|plattform|software|erweiterung|plugin)(?![\\p{L}])',
    ],
    // Der Autor nennt es selbst Werbung: "schamlose Eigenwerbung", "kleine Eigenwerbung".
    selfPlug: [
      // Der eigene Text als Link unter fremdem Beitrag ('hab was Ähnliches geschrieben: blog').
      '(?:(?<![\\p{L}\\p{N}] )|ich )(?:hab|habe)(?: ich)? (?:was|etwas|einen artikel|einen beitrag|einen post|einen thread|ein video) (?:ähnliches |dazu |darüber )?(?:geschrieben|gemacht|gepostet|aufgenommen)\\s?[:👉→-]?(?=[^\\n]{0,12}?(?:https?://|www\\.|[\\p{L}\\p{N}-]+\\.[a-z]{2,}(?:/|\\s|$)))',
      // Mehr davon beim Autor ('Mehr Tipps wie diese auf meinem Profil').
      'mehr (?:[\\p{L}-]+ )?(?:davon|wie (?:diese[nrs]?|das|den)|solche[rs]?|in der art) (?:auf|in|bei) (?:meinem|meiner|unserem|unserer) (?:profil|seite|kanal|account|feed|blog|insta|tiktok)(?![\\p{L}])',
      // Wo der Autor es gesagt hat ('Darüber schreibe ich ausführlich in meinem Newsletter'): der Thread bekommt den Verweis, nicht die Sache.
      '(?:genau )?(?:darüber|dazu) (?:schreibe|schreib|spreche|rede|erkläre|erklär|erzähle)(?: ich)?(?: [\\p{L}]+){0,3}? (?:in|auf|im) (?:meinem|meiner|unserem|unserer) (?:[\\p{L}-]+ )?(?:newsletter|blog|podcast|kanal|buch|kurs|video)(?![\\p{L}])(?!\\s*:\\s*(?!https?:|www\\.)[\\p{L}])|(?:hab|habe)(?: ich)? (?:genau )?(?:darüber|dazu)(?: [\\p{L}]+){0,3}? (?:in|auf|im) (?:meinem|meiner|unserem|unserer) (?:[\\p{L}-]+ )?(?:newsletter|blog|podcast|kanal|buch|kurs|video) (?:geschrieben|gesprochen|erklärt|gepostet)(?![\\p{L}])(?!\\s*:\\s*(?!https?:|www\\.)[\\p{L}])|(?:hab|habe) ich (?:(?:schon|erst|mal|neulich|gestern|letzte woche|letztens|genau) )*(?:in|auf|im) (?:meinem|meiner|unserem|unserer) (?:[\\p{L}-]+ )?(?:newsletter|blog|podcast|kanal|buch|kurs|video)(?: [\\p{L}]+){0,3}? (?:erklärt|geschrieben|beschrieben|gezeigt|erzählt)(?![\\p{L}])(?!\\s*:\\s*(?!https?:|www\\.)[\\p{L}])',
      // Das Eigene je nach Interesse der Leser angeboten ("ich mache auch Fortnite-Montagen, falls jemand Interesse hat").
      'ich (?:mache|mach|lade|zeichne|schneide|verkaufe) (?:auch )?(?:[\\p{L}\\p{N}-]+,? ){1,4}?(?:falls|wenn) (?:jemand|ihr|du) interesse (?:hat|habt|hast)','(?:schamlose|kleine|kurze) (?:eigen)?werbung', 'eigenwerbung', '(?:sorry|entschuldigt) f[üu]r (?:die )?(?:eigenwerbung|werbung|den spam)',
      // Wer sich als kleiner oder neuer Creator vorstellt, eröffnet die Kanalwerbung ("ich bin ein kleiner YouTuber").
      '(?:ich bin|wir sind) (?:nur )?(?:ein|eine) (?:kleine[rs]?|neue[rs]?) (?:youtuber(?:in)?|creator(?:in)?|streamer(?:in)?|rapper(?:in)?|s[äa]nger(?:in)?|k[üu]nstler(?:in)?|kanal|band)(?![\\p{L}])',
      // "neuer Rapper hier", "versuche meine Musik bekannt zu machen".
      '(?:neuer|neue|kleiner|kleine) (?:youtuber(?:in)?|rapper(?:in)?|k[üu]nstler(?:in)?|s[äa]nger(?:in)?|band) hier',
      // Alter und Handwerk ("ich bin ein 15-jähriger Rapper"): ein Creator stellt sich vor.
      '(?:ich bin|wir sind) (?:ein|eine)? ?\\d+[- ]?j[äa]hrige[rn]? (?:rapper(?:in)?|s[äa]nger(?:in)?|youtuber(?:in)?|k[üu]nstler(?:in)?|produzent(?:in)?|musiker(?:in)?)',
      '(?:versuche|will|m[öo]chte) (?:meine musik|meinen kanal|meine songs|meine band) bekannt(?:er)? zu machen',
      // Der Autor empfiehlt sein Eigenes nach dem Geschmack der Leser ("Wenn du Inside magst, wirst du unser Spiel lieben").
      // Ein Ort ("unsere Stadt") ist kein Produkt.
      'wenn (?:du|ihr) (?:[^\\s.!?]+ ){1,6}?(?:magst|mögt|liebst|liebt|mochtest|mochtet|gespielt hast|gespielt habt),? (?:dann )?(?:wirst du|werdet ihr) (?:auch )?(?:unser|unsere|unseren|mein|meine|meinen) (?!(?:stadt|dorf|land|insel|region|viertel)(?![\\p{L}]))[\\p{L}\\p{N}-]+',
    ],
    // Köder: "ich verdiene 500 € pro Woche von zu Hause", "Sie wurden ausgewählt", "kostenlose Abonnenten".
    lure: [
      `(?:verdiene|verdient|verdienen) (?:[\\p{L}]+ ){0,2}?(?:über |bis zu )?${AMOUNT}(?: [\\p{L}]+){0,4}? (?:am|pro|die|im|in der|jeden|jede|letzte|diese) (?:tag|woche|monat|stunde)`,
      `(?:verdiene|verdient|verdienen|verdient) (?:geld|${AMOUNT})(?: [\\p{L}]+){0,3}? von zu ?hause`,
      '(?:sie|du) (?:wurden|wurdest) (?:als gewinner )?ausgew[äa]hlt',
      '(?:gl[üu]ckwunsch),? (?:sie haben|du hast) gewonnen',
      '(?:fordere|fordern sie|hol dir|sichere dir) (?:deinen|ihren) (?:preis|gewinn)',
      '(?:kostenlose|gratis) (?:abonnenten|aufrufe|follower|likes)',
      '(?:kostenlose[nrs]?|gratis|free) (?:[\\p{L}-]+ ){0,2}?(?:gutscheine?|gutscheincodes?|geschenkkarten?|codes|robux|geld|guthaben|bitcoins?|iphones?|v-?bucks)(?![\\p{L}])',
      '(?:geld|einkommen) (?:online|im internet|von zu hause) verdienen',
      // Das Verb am Ende ("Wer will 300 € am Tag von zu Hause verdienen?").
      `${AMOUNT}(?: [\\p{L}]+){0,3}? von zu ?hause (?:aus )?verdienen`,
      'singles (?:in deiner n[äa]he|aus deiner (?:stadt|region))',
      // Bezahlt für Müßiges ("Geld verdienen mit Videos schauen"): das Angebot der Klickfarm.
      '(?:geld|\\d+ ?€) (?:verdienen|verdient|verdiene) (?:mit|durch|beim) (?:videos?|spielen|umfragen|klicks|werbung) ?(?:schauen|anschauen|ansehen|klicken)?',
      // Ein Körper, bis zu einem Datum verändert ("10 kg in 2 Wochen abnehmen"): das Versprechen der Diätpillen-Werbung.
      '\\d+ ?(?:kilo|kg|pfund) in (?:nur )?(?:\\d+|einer|einem|zwei|drei|vier) (?:tagen?|wochen?|monaten?) (?:abnehmen|verlieren)',
      '(?:schnell|ohne di[äa]t|ohne sport) abnehmen',
      // Gewinn als sicher versprochen: das kann kein ehrliches Geschäft sagen.
      '(?<!(?:^|[^\\p{L}])(?:kein|keine|keinen|nie|niemals|ohne|nicht|verspricht|versprechen)\\s(?:[\\p{L}-]+\\s){0,2})(?:garantierte[nrs]? (?:gewinne?|nebeneinkommen|nebeneinkünfte)|gewinne? garantiert)',
      // Das Betrugs-Zeugnis unter Videos, wie im Englischen: der 'große Heiler', der beste Vermögensverwalter, 'Danke an Herrn X für die Anlagetipps', das Depot 'um 200% gestiegen'. Mit WhatsApp oder Telegram (reach), oder zwei zusammen, ist es der Köder.
      '(?:gro(?:ß|ss)e[rn]?|mächtige[rn]?|beste[rn]?|echte[rn]?) (?:zauberer|zauberin|magier|magierin|hexe|heiler|heilerin|wahrsager|wahrsagerin)',
      '(?:danke|vielen dank|dank|dankbar) (?:an )?(?:herrn?|frau|dr|doktor|experten?|expertin)\\.? [\\p{L}]+(?: (?!(?:f[üu]r|und|von|der|die)(?![\\p{L}]))[\\p{L}]+)?(?=[^.!?\\n]{0,60}(?<![\\p{L}])(?:anlage\\p{L}*|invest\\p{L}*|trading\\p{L}*|forex|krypto\\p{L}*|bitcoin|gewinn\\p{L}*|rendite\\p{L}*|depot|einkommen))',
      '(?:depot|konto|portfolio|kapital|gewinn) (?:ist|hat sich|wuchs|stieg|wurde) (?:um )?(?:über |mehr als )?\\d[\\d,.]* ?%',
      '(?:beste[rn]?|ehrliche[rn]?|seriöse[rn]?) (?:vermögensverwalter(?:in)?|broker(?:in)?|trader(?:in)?|hacker|anlageberater(?:in)?|kontomanager(?:in)?)',
      // yt23: der Helfer, mit einem Geld-Titel genannt, ohne Lob davor ("Finanzberaterin Sabine Keller", "Krypto-Experte
      // Daniel Roth"), und Geld gemacht "mit Experte X" ("mit Bitcoin-Mining und Expertin Jana Wolf"). Köder nur mit
      // WhatsApp, Telegram, einem @ oder Link (reach); "mein Finanzberater ist in Rente" nennt niemanden.
      '(?<!(?:^|[^\\p{L}])(?:mein|meine|meinem|meinen|meiner|unser|unsere|unserem|unseren|unserer) )(?:finanzberater(?:in)?|anlageberater(?:in)?|vermögensberater(?:in)?|finanzexpert(?:e|in)|(?:krypto|trading|bitcoin|forex)-?expert(?:e|in))(?: (?:herrn?|frau|dr)\\.?)? (?!(?:ist|war|hat|sagt|sagte|und|der|die|das|mir|uns|hat|wird|kann)(?![\\p{L}]))[\\p{L}]+',
      '(?:bitcoin|btc|krypto|forex|trading|invest\\p{L}*)(?: [\\p{L}-]+){0,2} mit (?:dem |der )?(?:experten?|expertin|herrn?|frau|mentor(?:in)?)\\.? [\\p{L}]+',
    ],
    reach: ['such(?:e|t)? (?:nach )?[\\p{L}\\p{N}_]+(?: [\\p{L}\\p{N}_]+){0,2} (?:auf|bei) (?:google|youtube|telegram|instagram)', 'whats ?app', 'telegram',
      // Eine Antwort als Weg hinein ("antworte und ich sag dir wie"): die Masche kommt privat.
      '(?:antworte|antwortet|kommentiere|kommentiert|schreib|schreibt)(?: (?:hier|unten))? und ich (?:sag|sage|erkl[äa]r|erkläre|zeig|zeige|schick|schicke) (?:dir|euch)', '(?:schreib ihr|schreib ihm|kontaktiere sie|kontaktiere ihn)'],
    affiliate: ['(?:über|mit) meinen (?:link|empfehlungslink|einladungslink) an',
      // Die Anmeldung über den Link des Autors, mit Prämie für beide ("Wer sich über meinen Link anmeldet, bekommt 50 €, ich auch").
      '(?:über|mit) meinen (?:link|empfehlungslink|werbelink|einladungslink|code|empfehlungscode) (?:anmeldet|anmelden|registriert|registrieren|wechselt|wechseln|abschließt|eröffnet)',
      'empfehlungslink|werbelink|empfehlungscode|werbecode', '(?:über|mit) meinen (?:link|partnerlink|affiliate-?link) (?:kauf|bestell)\\p{L}*', '(?:kauf|bestell)\\p{L}* (?:\\p{L}+ ){0,2}?über meinen (?:link|partnerlink|affiliate-?link)', 'empfehlungs-?(?:link|code)', 'mein einladungscode', 'affiliate-?links?', 'partner-?links?', 'werbelinks?', '#werbung', '#anzeige',
      // "Werbung" and "Anzeige" alone are the disclosure label only where a label stands: opening the post or a line,
      // in brackets or between bars, before a colon or a bar ("Anzeige | Dieser Kaffee…", "(Werbung)"). In a sentence
      // they are nouns: "Ich habe Anzeige erstattet" (a police report), "die Werbung im Fernsehen", "unsere Anzeige".
      '(?<=^[\\s*\\[(|]*|\\n[\\s*\\[(|]*|[(\\[*|]\\s*)(?:unbezahlte |unbeauftragte )?(?:werbung|anzeige)(?=\\s*(?:[:|)\\]*/,.!–—-]|$))',
      '(?:enthält|enthalten|beinhaltet) (?:unbezahlte |bezahlte )?(?:werbung|anzeige)', '(?:unbezahlte|bezahlte|unbeauftragte) werbung', 'bezahlte partnerschaft', 'provision'],
    brag: [
      // xlang21: ein Preistitel mit Jahr, dem der Autor zugesprochen wird („als „Top-Makler Ruhrgebiet 2027“ ausgezeichnet“).
      '(?:als|zum|zur|zu) [„"“«»‚] ?[^“”"»«‘\\n]{3,60}?(?:19|20)\\d\\d ?[“”"«»‘] (?:ausgezeichnet|gewählt|gekürt|prämiert|geehrt)',
      // Eine Auszeichnung des Jahres ("Unsere Kanzlei wurde als „Steuerkanzlei des Jahres“ ausgezeichnet"); mit einem
      // anderen Subjekt davor ("Die Stadt Ulm wurde zur Fahrradstadt des Jahres gekürt") ist es eine Nachricht.
      '(?:als|zum|zur) (?:[„"“]?[\\p{L}\\p{N}&-]+ ){0,4}?des jahres(?:[“"]| [\\p{N}]+[“"]?)*(?: [\\p{L}\\p{N}.-]+){0,6}? (?:ausgezeichnet|gewählt|gekürt|prämiert|ernannt)(?![\\p{L}])',
      // Die Presse als Etikett des Eigenen ("Bekannt aus SWR und Brigitte", "bekannt aus Funk und Fernsehen").
      '(?<=^\\s*|\\n\\s*|[✨⭐🌟📺] ?)bekannt aus(?![\\p{L}])',
      // Zu Gast in der Sendung oder im Podcast anderer, als Neuigkeit erzählt ("Ich durfte diese Woche zu Gast im Podcast
      // … sein", "war zu Gast bei"), wie das englische 'I was a guest on'.
      '(?:(?:war|bin|waren|sind|durfte|durften) (?:[\\p{L}]+ ){0,3}?)?zu gast (?:im|in der|in einer|beim|bei|in) (?:[\\p{L}\\p{N}@„“".-]+ ){0,4}?(?:podcast|sendung|show|livestream|stream|radio|panel|folge|webinar)(?![\\p{L}])|(?:im|in dem|in der) (?:[\\p{L}\\p{N}@„“".-]+ ){0,3}?(?:podcast|sendung|show|interview) (?:zu gast|interviewt)',
      // Dasselbe schlicht gesagt ("Ich durfte im Podcast … über … sprechen", "Ich war in der Sendung …").
      '(?:ich|wir) (?:durfte|durften|war|waren) (?:im|in der|in einem|in einer|bei) (?:[\\p{L}\\p{N}@„“".-]+ ){0,4}?(?:podcast|sendung|show|livestream|radio)(?![\\p{L}])',
      // Ein neuer Mix, ein Set, ein Remix des Autors als erschienen angekündigt ("neuer Mix ist draußen"); "ist der neue Mix schon draußen?" fragt nach dem eines anderen.
      '(?<!(?:der|die|das|sein|ihr|dein|ein)\\s)(?:neuer|neues|neue) (?:mix|mixtape|set|remix|freestyle|beat-?tape|track)(?: [\\p{L}]+){0,3}? (?:ist |sind )?(?:jetzt |endlich )?(?:draußen|raus|online|da|verfügbar)(?![\\p{L}])',
      // Unsere Version des Songs online ("unsere Version von diesem Song ist online").
      'unsere (?:version|cover|coverversion|interpretation)(?: (?:von|zu) (?:diesem|dem) song)? ist (?:jetzt )?(?:online|draußen|oben|auf unserem kanal)',
      // Zum Besten gewählt, wie das englische "voted the best".
      '(?:zum|zur|zu den|zu einem der|zu einer der|als|unter die) (?:(?:top ?)?\\d+ )?(?:besten|schönsten|beliebtesten|innovativsten|einflussreichsten|bester|beste|bestes)(?: [\\p{L}-]+){1,4}? (?:gewählt|gekürt|ausgezeichnet|ernannt|gezählt|aufgenommen)|(?:gewählt|gekürt|ausgezeichnet) (?:als|zum|zur) (?:besten|beste|bester|schönsten|beliebtesten)(?![\\p{L}])',
      // Das eigene Cover oder Video, gerade hochgeladen ("hab gerade ein Cover von dem Song hochgeladen"), wie 'just uploaded my cover'.
      '(?:hab|habe|haben) (?:gerade|grad|eben|soeben) (?:ein|eine|mein|meine|unser|unsere)(?:n)? (?:neue[ns]? )?(?:cover|version|video|remix|song|parodie) (?:[\\p{L}]+ ){0,4}?(?:hochgeladen|gepostet|ver[öo]ffentlicht|aufgenommen)',
      // Ein Livestream angekündigt ("Heute Abend live auf Twitch"); eine neue Single, ein neues Album.
      '(?:heute(?: abend)?|jetzt|gleich|morgen|bin|sind) live (?:auf|bei|im|in)|(?:neue single|neues album)(?! (?:von|vom)(?![\\p{L}]))',
      // Der Start ohne Subjekt ("In 10 Minuten geht's live los", "gleich geht's live los") und die Überschrift ("🔴 JETZT LIVE").
      // Der Autor selbst live ("PSA: ich bin live!", "wir sind wieder live"); "ich bin live dabei gewesen" erzählt.
      '(?:ich bin|wir sind) (?:jetzt |gerade |wieder |endlich )?live(?![\\p{L}])(?! (?:dabei|gewesen|erlebt|gesehen|beim|am|vor|im|in)(?![\\p{L}]))',
      // Dasselbe ohne Subjekt neben dem Link des Streams ("PSA: bin live und spiele Hollow Knight 🎮 twitch.tv/…").
      "(?:bin|sind) (?:jetzt |gerade |wieder |endlich )?live(?![-\\p{L}])(?! (?:dabei|gewesen|erlebt|gesehen|beim|am|vor|im|in)(?![\\p{L}]))(?=[^\\n]{0,200}?(?:twitch|kick\\.com|youtu\\.?be|/live))",
      // Der Autor streamt, neben dem Link des Streams ("Ich streame heute ab 19 Uhr wieder Stardew, kommt vorbei 💚
      // twitch.tv/…", "heute streamen wir…"); "sie streamt" ist der Stream einer anderen.
      "(?:streame|(?<=wir\\s+)streamen|streamen wir)(?![\\p{L}])(?=[^\\n]{0,200}?(?:twitch|kick\\.com|/live))",
      "(?:in \\d+ ?min(?:uten)?|gleich|heute(?: abend)?|um \\d+(?::\\d+)? uhr|ab \\d+(?::\\d+)? uhr) geht'?s (?:hier |bei mir |bei uns )?live los|geht'?s (?:gleich |in \\d+ ?min(?:uten)? )live los",
      '(?<![\\s\\S])(?:[\\p{Extended_Pictographic}\\uFE0F]\\s*)*(?:jetzt live|live jetzt)(?![\\p{L}])(?=[\\s\\S]{0,200}?(?:twitch|kick\\.com|youtu\\.?be|/live|stream))',
      // Der Start des Streams mit seiner Zeit als Überschrift ("Stream startet in 10 Minuten!", "Der Stream beginnt um 20
      // Uhr"), wie 'Le live commence dans 10 min'; "Der Stream des Stadtrats beginnt um 18 Uhr" nennt einen anderen.
      '(?<![\\s\\S])(?:[\\p{Extended_Pictographic}\\uFE0F]\\s*)*(?:der |mein |unser )?(?:live-?)?stream (?:startet|beginnt|geht|läuft) (?:in \\d+(?:min|h)?|um \\d+(?:[:.]\\d+)?|ab \\d+(?:[:.]\\d+)?|gleich|jetzt|heute)(?![\\p{L}\\p{N}])(?!\\s*\\?)',
      // Tag oder Uhrzeit des Streams und seine Seite am Anfang ("Heute 20 Uhr live auf Twitch, kommt vorbei!"), wie "Live on
      // Twitch tonight at 8". Nicht YouTube: dort streamen auch Gemeinderat und Nachrichten.
      '(?<![\\s\\S])(?:[\\p{Extended_Pictographic}\\uFE0F]\\s*)*(?:heute|heut|morgen)(?: abend)?(?: (?:um|ab))?(?: \\d+(?:[:.]\\d+)?(?: ?uhr)?)? (?:gibt(?:\'s| es) )?(?:live|stream|livestream) (?:auf|bei) (?:twitch|kick|tiktok)(?![\\p{L}])',
      // Der Stream mit seiner Startzeit statt des Orts ("bin in 10 min live", "gehe gleich live", "In 10 Minuten bin ich
      // live"): dieselbe Ankündigung.
      '(?:bin|sind) (?:gleich|jetzt|heute(?: abend)?|in \\d+ ?min(?:uten)?|ab \\d+(?::\\d+)? uhr) live(?![\\p{L}])|(?:gehe|gehen) (?:gleich |jetzt |heute (?:abend )?|in \\d+ ?min(?:uten)? )?live(?![\\p{L}])|(?:bin ich|sind wir) (?:gleich |jetzt |heute )?live(?![\\p{L}?])',
      // Die erste oder neue eigene Single, das eigene Buch als erschienen angekündigt ("meine erste Single ist draußen").
      '(?:meine|unsere) (?:(?:erste|neue|neueste|zweite) )?(?:single|ep|platte|kurs) (?:ist )?(?:jetzt |endlich |offiziell |auch |ab (?:heute|sofort) |überall )*(?:als (?:e-?book|h[öo]rbuch|taschenbuch|hardcover|vinyl|cd|stream) )?(?:draußen|erschienen|da|raus|erh[äa]ltlich|verf[üu]gbar)|(?:mein|unser) (?:(?:erstes|erster|neues|neuer|neuestes|zweites|zweiter) )?(?:album|buch|lied|roman|podcast|kurs) (?:ist )?(?:jetzt |endlich |offiziell |auch |ab (?:heute|sofort) |überall )*(?:als (?:e-?book|h[öo]rbuch|taschenbuch|hardcover|vinyl|cd|stream) )?(?:draußen|erschienen|da|raus|erh[äa]ltlich|verf[üu]gbar)',
      // Der Satz mit vorangestelltem Umstand stellt das Verb vor das Werk ("Nach 3 Jahren ist mein Roman endlich erschienen").
      '(?<=(?:^|[^\\p{L}])ist )(?:mein|meine|unser|unsere) (?:(?:erste|erstes|erster|neue|neues|neuer|zweite|zweites) )?(?:single|ep|platte|album|buch|lied|roman|podcast|kurs) (?:jetzt |endlich |offiziell )*(?:draußen|erschienen|raus)',
      // Stolz auf sich selbst: die eigene Leistung als Nachricht.
      'stolz auf mich(?: selbst)?|stolz auf uns(?: selbst)?',
      '(?:ich freue mich|wir freuen uns|stolz|glücklich),? (?:euch |ihnen )?(?:mitteilen|verkünden|bekanntgeben|vorstellen) zu (?:dürfen|können)',
      // Dieselbe Ankündigung mit dem Infinitiv, der das „zu“ in sich trägt ("euch mitzuteilen, dass ich…").
      // With or without the subject ("Stolz zu verkünden: …", "Freue mich, euch mitzuteilen…"), as in English's "Proud to announce".
      // Die eigene Bühne oder Auszeichnung als Freude erzählt ("Ich freue mich, dass ich nächste Woche auf der OMR spreche"),
      // wie "excited to share that I'll be speaking"; "Ich freue mich, dass ihr da wart" dankt.
      '(?:ich freue mich|wir freuen uns|freue mich|freuen uns)(?: (?:riesig|sehr|so|mega|total))?,? dass (?:ich|wir) (?:[\\p{L}\\p{N}-]+ ){0,6}?(?:spreche|sprechen|rede|reden|vortragen|auftrete|auftreten|dabei bin|dabei sind|gewonnen habe|gewonnen haben|nominiert|ausgezeichnet|ausgewählt|eingeladen)(?![\\p{L}])',
      // Ein Verstärker nach der Freude ändert die Ankündigung nicht ("Ich freue mich riesig, euch mitzuteilen").
      '(?:(?:ich )?freue mich|(?:wir )?freuen uns|(?:(?:ich bin|wir sind) )?stolz)(?: (?:riesig|sehr|so|mega|total|wahnsinnig|unglaublich|unheimlich|irre))?,? (?:euch |ihnen |dir )?(?:mitzuteilen|bekanntzugeben|bekannt zu geben|zu verkünden|vorzustellen|zu teilen)',
      'ist (?:(?:endlich|ab sofort|jetzt|ab heute|heute|überall|offiziell) ){0,3}(?:da|online|live|erhältlich|verfügbar)',
      'endlich (?:da|online|live)',
      // Eine neue Stelle mit ihrem Titel angekündigt ("Ich starte eine neue Position als Data Analyst bei…").
      '(?:ich )?(?:starte|beginne) (?:eine )?neue (?:position|stelle|rolle) als',
      // Die eigene Auszeichnung in einer Liste ("Ich wurde von Forbes unter die 30 unter 30 gewählt", "wir wurden zur besten
      // Agentur gekürt"), wie "named one of"; "mein Bruder wurde gewählt" ist eines anderen.
      '(?:ich wurde|wir wurden|wurde ich|wurden wir) (?:[\\p{L}\\p{N}-]+ ){0,6}?(?:unter die|zu den|zum|zur|als) (?:[\\p{L}\\p{N}-]+ ){0,6}?(?:gewählt|gekürt|ausgezeichnet|ausgewählt|genannt)(?![\\p{L}])',
      // In eine Liste aufgenommen ("ich wurde in die Forbes 30 Under 30 Liste aufgenommen"), wie "named to the list"; "in
      // die Klinik aufgenommen" nennt keine Liste.
      '(?:ich wurde|wir wurden|wurde ich|wurden wir) (?:[\\p{L}\\p{N}-]+ ){0,4}?(?:in die|auf die) (?:[\\p{L}\\p{N}-]+ ){0,6}?(?:[\\p{L}-]*liste|shortlist|auswahl)(?: [\\p{L}\\p{N}-]+){0,3}? (?:aufgenommen|gewählt|gesetzt)(?![\\p{L}])',
      // Der eigene Auftritt in den Medien ("Wir waren diese Woche im Falter!", "Unser Laden war gestern im ZDF"), wie "featured in".
      '(?:wir waren|ich war|(?:unser|mein)e?[nr]? [\\p{L}-]+ war) (?:[\\p{L}]+ ){0,3}?(?:im|in der) (?:fernsehen|radio|zeitung|tv|zdf|ard|orf|srf|falter|standard|kurier|krone|spiegel|stern|nzz|tagesschau|abendschau)(?![\\p{L}-])|(?:ich wurde|wir wurden) (?:[\\p{L}]+ ){0,3}?interviewt(?![\\p{L}])',
      'wir haben gewonnen',
      // Das eigene Buch oder Album für heute angekündigt ("Mein Buch „Stille Wälder“ erscheint heute").
      '(?:mein|meine|unser|unsere) (?:(?:erstes|erste|erster|neues|neue|neuer|zweites) )?(?:single|ep|album|buch|lied|roman|podcast|kurs|spiel|platte)(?: [„“"»«][^“”"«»\\n]{1,60}[“”"«»])? (?:erscheint|kommt (?:heute|morgen) raus|ist ab (?:heute|morgen) (?:da|erhältlich)) ?(?:heute|morgen|am \\d|diesen (?:montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag))?',
      // Dieselbe Marke in Geld ("Wir haben die 20k € MRR geknackt", "20.000 € MRR erreicht").
      '(?:die |über |mehr als )?\\d[\\d.,]*(?: ?(?:k|tsd\\.?|mio\\.?))? ?(?:€|euro|\\$) (?:mrr|arr|umsatz|monatsumsatz|jahresumsatz)(?:-marke)? (?:geknackt|erreicht|überschritten|ueberschritten)(?![\\p{L}])',
      // Eine Marke der eigenen Zahl ("Wir haben die 10.000-Kunden-Marke geknackt", "50.000 Follower erreicht"), wie
      // "crossed 10k customers"; "die Bibliothek hat 10.000 Mitglieder" ist eines anderen.
      '(?:wir haben|ich habe|ich hab|haben wir|habe ich|hab ich) (?:[\\p{L}]+ ){0,3}?(?:die |über |mehr als )?\\d[\\d.,]*(?: ?(?:k|tausend|mio\\.?|millionen?))?[ -](?:follower|abonnenten|abos|kund(?:en|innen)|downloads|nutzer(?:innen)?|bestellungen|mitglieder|leser(?:innen)?|hörer(?:innen)?|verkäufe)[\\p{L}-]* (?:[\\p{L}]+ ){0,3}?(?:erreicht|geknackt|überschritten|geschafft)(?![\\p{L}])',
      'ausgezeichnet (?:als|mit)',
      'nominiert',
      // A new episode as a new video: the author's own release (Spanish and English say the same).
      // Eine neue limitierte Kollektion ("Neuer Drop am Freitag"), wie 'new drop'.
      'neues (?:video|buch|produkt)|neue (?:folge|episode)|neuer drop',
      'ein traum ist wahr geworden',
      // Stolz oder Freude als Art der Ankündigung ("Mit großem Stolz verkünde ich…"), und die eigene Beförderung.
      'mit (?:gro[ßs]em |viel )?(?:stolz|freude),? (?:verkünde|verkünden|teile|teilen|gebe|geben) (?:ich|wir)',
      '(?:ich (?:wurde|bin)|(?:wurde|bin) ich) (?:zum|zur) (?:[\\p{L}-]+ ){1,6}?(?:befördert|ernannt)',
      // Dieselbe Beförderung im Nebensatz, das Verb am Ende ("…, dass ich zum Teamleiter befördert wurde").
      'dass ich (?:zum|zur) (?:[\\p{L}-]+ ){1,6}?(?:befördert|ernannt) (?:wurde|worden bin)',
      // Die neue Stelle mit Titel und Firma, das Verb vorn oder am Ende ("Ab Januar starte ich als Teamleiterin bei der
      // Sparkasse", "…, dass ich ab Januar als Teamleiterin bei der Sparkasse Köln starte"), wie "starting a new position as".
      '(?:ich starte|starte ich|ich beginne|beginne ich|ich fange|fange ich|ich wechsle|wechsle ich)(?: [\\p{L}\\p{N}.]+){0,3}? als [\\p{L}-]+(?: [\\p{L}-]+)? (?:bei|im|in der)(?![\\p{L}])|dass ich (?:[\\p{L}\\p{N}.]+ ){0,3}?als [\\p{L}-]+(?: [\\p{L}-]+)? (?:bei|im) (?:[\\p{L}\\p{N}&.-]+ ){1,4}?(?:starte|anfange|beginne)(?![\\p{L}])',
      // Der nächste Teil der eigenen Serie auf dem Kanal ("Teil 2 ist jetzt auf dem Kanal!"), wie "Part 2 is up on the channel".
      '(?:teil|folge|episode|kapitel) \\d+ (?:ist )?(?:jetzt |endlich |ab sofort )?(?:(?:online|da|raus|draußen) )?(?:auf|bei) (?:dem|meinem|unserem) kanal',
      // Der eigene Launch auf einer Launch- oder Crowdfunding-Seite ("Wir sind heute auf Product Hunt!").
      '(?:wir sind|ich bin|sind wir|bin ich) (?:jetzt |heute |ab heute |endlich |offiziell )*(?:live )?auf (?:product ?hunt|kickstarter|indiegogo|startnext)(?![\\p{L}])',
      // Das Eigene oben in einer Liste ("Unsere App ist gerade auf Platz 1 im App Store"), wie "hit #1".
      '(?:unser|unsere|mein|meine)[nmrs]? (?:[\\p{L}\\p{N}-]+ ){0,2}?(?:app|buch|album|single|song|lied|podcast|spiel|shop|laden|produkt|kanal|video|kurs|startup|marke|roman)s? (?:ist|sind|steht|stehen|landet|landete|war) (?:[\\p{L}]+ ){0,2}?(?:auf )?platz (?:1|eins)(?![\\p{L}\\p{N}])',
    ],
    bait: [
      // Zustimmung geangelt mit der Frage, ob es nur dem Autor so geht ("Geht es nur mir so…?", "Bin ich die Einzige…?").
      '(?:geht|ging)(?:\'s| es) nur mir so[^.!?\\n\\d]{0,80}\\?|bin ich (?:der|die) einzige[^.!?\\n\\d]{0,80}\\?|(?:geht|ging)(?:\'s| es) (?:noch )?jemandem (?:auch |genauso )?so[^.!?\\n\\d]{0,40}\\?',
      // Das verlangte Wort gegen eine Bedingung ("Schreib AMEN, wenn du glaubst…"), wie "Type AMEN if".
      '(?:schreib|schreibe|schreibt|tipp|tippe|tippt|kommentier|kommentiere|kommentiert) ["„“\'‚‘»«]?(?:ja|amen|ich|1|genau)["“”\'’‘«»]?(?: in die kommentare| unten)?,? (?:wenn|falls)',
      // Wer noch da ist im Jahr ("Wer hört das noch 2024?"), wie das englische "who's watching in 2024"; "Wer ist 2024 Kanzler?" fragt etwas.
      'wer (?:h[öo]rt|schaut|guckt) (?:(?:das|sich das|dieses lied|den song) )?(?:(?:noch|immer noch|auch noch) )?(?:(?:im jahr|in) )?\\d{4}|wer ist (?:noch |immer noch |auch noch )?hier (?:(?:im jahr|in) )?\\d{4}',
      // Das Like, um das gebeten wird ("Lasst ein Like da", "Daumen hoch").
      '(?:lass|lasst|gebt|gib) (?:mir |uns )?(?:ein|einen|nen|\'n) (?:like|daumen hoch)|daumen hoch (?:nicht vergessen|dalassen)',
      // "Wer 2026 noch hier ist, Daumen hoch": ein Like für alle, die etwas sind oder tun, wie englisch "like if you still listen".
      'wer (?:[\\p{L}\\p{N}]+ ){1,6}?(?:ist|sind|hört|h[öo]rt|schaut|mag|liebt|kennt|findet|war),? (?:daumen hoch|like|liken|ein like)(?![\\p{L}])',
      'like(?:n)? wenn',
      // yt23: das Like erbeten, damit der Autor bemerkt wird ("Liked diesen Kommentar, damit meine Mama ihn sieht").
      '(?:liked|likt|liket) (?:diesen|meinen) kommentar,? damit (?:ich|meine?|er|sie|alle|ihn|es)(?![\\p{L}])',
      'like(?:n)?, wenn',
      'teile(?:n)? wenn',
      'markier(?:e|t) (?:eine|einen|\\d+|deine|deinen|jemanden)',
      // Die Teilnahme als Liste von Infinitiven ("Seite liken, Beitrag teilen und zwei Freunde markieren"), wie in
      // Gewinnspielen üblich: dieselben Bitten ohne Imperativ.
      '(?:\\d+|zwei|drei|einen?|deinen?|eure[nm]?) (?:freund(?:e|in|innen|:innen|\\*innen)?|personen|leute|menschen) markieren|(?<=(?:^|[:,;\\n]|\\d[.)]|[✅➡️👉•-]|und)\\s*)(?:die |unsere |meine )?(?:seite|beitrag|post|bild|foto|profil|kanal) (?:liken|teilen|abonnieren)(?![\\p{L}])',
      'kommentier(?:e|t) mit',
      // Ein Emoji als Stimme ("Kommentiert 🔥, wenn ihr Frühaufsteher seid"): eine Umfrage per Reaktion, wie englisch "comment 🔥 if".
      'kommentier(?:e|t)?\\s*[\\p{Extended_Pictographic}][\\p{Extended_Pictographic}\\uFE0F\\u200D\\s]*,? (?:wenn|falls) (?:du|ihr)(?![\\p{L}])',
      // Das Schlüsselwort in Anführungszeichen ("Kommentiere 'GUIDE' und ich schicke dir…").
      'kommentier(?:e|t) ["„“\'‚‘»«]\\p{L}+',
      'schreib(?:t)? ["„]?\\p{L}+["“]? in die kommentare',
      'wer stimmt zu\\?',
      // Die Zustimmung als "einverstanden?" und die Wahl "ja oder nein?", wie "Agree?" und "Yes or no?".
      '(?:bist du|seid ihr|sind sie) (?:damit |da )?einverstanden\\?|ja oder nein\\?',
      // Dieselbe Zustimmung als "wer sieht/denkt das auch so?" ('Genau so ist es. Wer sieht das auch so? 👇'): mit dem
      // Fragezeichen direkt danach; "wer sieht das auch so, und hat jemand…" fragt weiter.
      'wer (?:sieht|denkt|findet|empfindet)(?: (?:das|es))?(?: (?:auch|ebenfalls|noch|genau))* (?:so|genauso|ähnlich|gleich)\\s?\\?',
      // Wer sich wiedererkennt, soll reagieren ("Wer kennt's?", "Wer kennt das auch?"), wie englisch "who can relate?".
      "wer kennt(?:'s|s| das| es)(?: auch| noch| nicht)?\\s*\\?",
      'stimmt(?:\'s)?\\?',
      // Recht gegeben verlangt ("Wer gibt mir recht?") und die Wahl "… oder nicht?" ("Stimmt's oder nicht?"), wie "Agree?" und
      // "Agree or not?": mit dem Fragezeichen direkt danach.
      'wer gibt mir recht\\s?\\?|(?:stimmt(?:\'s)?|einverstanden) oder nicht\\s?\\?',
      'seht ihr das auch so\\?',
      // Die Zustimmung als Unterschrift gefischt ("Wer unterschreibt?", "Unterschreibt ihr das?"), wie "Agree?".
      '(?:(?:wer|ihr) unterschreibt(?: das| mit)?|unterschreibt ihr das)\\?(?=\\s*(?:[\\p{Extended_Pictographic}\\uFE0F\\u200D#]\\S*\\s*)*$)',
      // Die Zustimmung als Frage an die Leser ("Stimmt ihr zu?", "Stimmst du zu?"), wie "Agree?".
      '(?:stimmt ihr|stimmst du|stimmen sie) (?:mir )?zu\\?',
      // Ein Meilenstein des eigenen Publikums gefeiert ("danke für 10k Abos", "unser kleiner Kanal hat jetzt 5.000 Follower").
      'danke (?:euch )?(?:allen )?für \\d[\\d,.]*k? (?:follower|abonnenten|abos)',
      '(?:dieser|mein|unser) (?:kleiner? )?(?:kanal|account|profil) hat (?:jetzt |schon |nun )?\\d[\\d,.]*k? (?:follower|abonnenten|abos)',
      // Ein Emoji gegen den nächsten Teil ("Lass ein 🔥 da, wenn ihr Teil 2 wollt"), wie "Drop a 🔥 if".
      '(?:lass|lasst|hinterlass|hinterlasst|schick|schickt|gebt|gib) (?:mir |uns )?(?:ein|einen) (?:like |herz |daumen )?(?:da|hier|dar|in den kommentaren)?,? (?:wenn|falls)(?![\\p{L}])',
      // Die Hände gezählt, wer es auch so sieht ("Wer freut sich noch so aufs Wochenende?!"), wie "Who else can't wait…?".
      '(?:wer freut sich (?:noch|auch|außer mir)(?: so)?|wer (?:ist|kann) (?:es )?(?:noch|auch) (?:so )?(?:gespannt|heiß|bereit|froh|kaum erwarten))(?=[^.!?\\n]{0,60}\\?)',
    ],
    vaguePointer: [
      // Fragen, ob den Lesern das Gezeigte bekannt vorkommt ("Kommt euch das bekannt vor?"): gesagt wird nichts davon.
      'kommt (?:euch|dir|ihnen) (?:das|des) (?:irgendwie )?bekannt vor\\s?\\?',
      // Die Neuigkeit für bald zurückgehalten ("Bald kann ich euch mehr erzählen").
      '(?:bald|demnächst) (?:kann|darf) ich (?:euch |dir )?(?:mehr|alles) (?:erzählen|sagen|verraten)|(?:bald|demnächst) (?:erzähl|erzähle|verrate) ich (?:euch |dir )?(?:mehr|alles)',
      '(?:ich )?kann es kaum erwarten,? (?:euch |dir )?(?:mehr|alles) (?:zu )?(?:erzählen|zeigen|verraten)',
      // Die Bildunterschrift eines Karussells, die ihren Inhalt in den Bildern lässt ("Speicher dir das für später 📌");
      // zählt sie die Tipps auf, hat sie Substanz und bleibt ruhig. "Swipe für die 5 Fehler" ist ein Teaser (value/de.ts).
      'speicher(?:e|t|n)? (?:dir |euch )?(?:den beitrag |diesen beitrag |das |ihn )?für später',
      'schaut (?:mal )?rein', 'schau(?:t)? (?:euch )?das an', 'unbedingt lesen', 'lesenswert', 'was meint ihr\\?', 'was denkt ihr\\?', 'was (?:sagt|haltet) ihr (?:dazu|davon)\\?', 'eure meinung\\?', 'bald mehr', 'stay tuned',
      // Die Geschichte für später versprochen ("erzähl ich euch später", "mehr dazu morgen"): der Kern bleibt zurück.
      '(?:erzähl|erzähle)(?: ich)?(?: euch| dir| es)*(?: alles)? (?:später|morgen|heute abend|nachher)|(?:später|morgen|heute abend|nachher) (?:erzähl|erzähle) ich(?: euch| dir| es)*(?: alles| mehr)?|mehr dazu (?:später|morgen|heute abend|nachher)', 'demnächst',
      // Eine eigene Ankündigung, die nur angekündigt wird ("bald gibt's große Neuigkeiten", "es kommt was Großes"); mit
      // einer Zeit vorn steht das Verb vor dem Subjekt ("Nächste Woche kommt was Großes", "Bald kommt etwas Neues").
      "(?:bald|demnächst) gibt.s (?:gro(?:ß|ss)e|tolle|spannende) neuigkeiten", '(?:gro(?:ß|ss)e|tolle|spannende) neuigkeiten (?:kommen|stehen an|folgen)', 
      // Dieselben Neuigkeiten nur mit ihrem Datum ("Große Neuigkeiten am 15.! 👀", "Große Ankündigung am Freitag 🚀").
      '(?:gro(?:ß|ss)e|spannende) (?:neuigkeiten|ank[üu]ndigung) (?:am |diesen |n[äa]chsten )?(?:\\d{1,2}\\.(?:\\d{1,2}\\.)?|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag)(?=\\s*[!.]*\\s*(?:[\\p{Extended_Pictographic}\\uFE0F#]|$))', '(?:es )?kommt (?:bald |demnächst )?(?:etwas|was) (?:(?:richtig|ganz|sehr|mega|echt|so) )?(?:gro(?:ß|ss)es|neues|spannendes)', 'bleibt dran',
      // Die Neuigkeit, die der Autor noch nicht verraten darf ("Ich darf noch nichts verraten", "kann euch noch nicht viel sagen").
      '(?:darf|kann|dürfen|können) (?:euch |dir |ihnen )?noch (?:nichts|nicht viel|nicht mehr|nicht zu viel) (?:verraten|sagen|erzählen)',
      // Dasselbe mit „mehr“ vorn („mehr darf ich noch nicht sagen“, „mehr kann ich euch leider noch nicht verraten“).
      'mehr (?:darf|kann|dürfen|können) (?:ich|wir) (?:euch |dir |ihnen )?(?:(?:leider|noch|aber|jetzt|gerade) )*nicht (?:verraten|sagen|erzählen)',
      // "Bist du bereit?" nach dem Hype: wofür, sagt der Post nie.
      '(?:bist du|seid ihr|sind sie) (?:schon )?bereit\\?+'],
    agreement: ['so wahr', 'wie wahr', 'genau so(?: ist es)?!*', 'absolut richtig', 'dem ist nichts hinzuzufügen'],
    // Ein Schubs, der nichts zu tun nennt ("Schon wieder Montag... ihr wisst, was zu tun ist 💪").
    // Thanks for a year or a chapter, with nothing of what it held ('Grateful for another chapter 🙏', 'Gratidão por mais um ciclo').
    platitude: ['dankbar für (?:ein weiteres|dieses|noch ein|ein neues) (?:kapitel|jahr|abenteuer)(?![\\p{L}])(?=\\s*[.!,\\n\\p{Extended_Pictographic}]|\\s*$)', '(?:hör|hört|höre) (?:nie|niemals) auf,? zu (?:lernen|wachsen|träumen|glauben)|gebt (?:niemals|nie) auf', '(?:weniger ist|ist weniger) (?:einfach |oft |manchmal |meistens |halt )?mehr', '(?:beständigkeit|konstanz|disziplin|umsetzung|ausdauer|gewohnheiten|fleiß|fortschritt|erledigt) (?:schlägt|schlagen|besiegt|ist besser als) (?:talent|motivation|perfektion|perfekt|glück|ideen|strategie)(?![\\p{L}])', '(?:ihr wisst|du weißt|du weisst|sie wissen),? was zu tun ist(?!\\s*:)', 'gib niemals auf', 'gib (?:niemals|nie) (?:deine träume|deinen traum|dich) auf', 'hör (?:niemals|nie) auf zu träumen', '(?:folge|verfolge) deinen? (?:träumen|traum|träume)', 'deine einzige grenze bist du(?: selbst)?', 'montagsmotivation', 'glaub(?:e|t)? an (?:dich|euch|dein(?:e)? (?:potenzial|träume|traum))', 'der rest (?:ergibt sich|kommt von (?:selbst|allein)|folgt)', 'erfolg,? (?:ist|beginnt|kommt|hat nichts mit)', 'disziplin,? (?:ist|schlägt)', 'die (?:richtige )?einstellung ist alles', 'mindset', 'motivation', 'dankbar(?=\\s*[.!\\n]|\\s*$)', 'dranbleiben', 'dranzubleiben', 'einfach machen', 'neue[rsn]? (?:tag|woche|monat|jahr)[,.!]? neue[rsn]? (?:chancen|ziele|möglichkeiten|herausforderungen|energie|glück)(?![\\p{L}])', 'die zukunft gehört (?:denen|jenen|allen|den mutigen)',
      // Das Leben per Gegensatz bestimmt ("Das Leben ist nicht, was dir passiert, sondern wie du reagierst"): ein Spruch.
      'das leben ist nicht,? (?:was|wie|das,? was|darauf zu warten)[^.!?\\n]{1,60}, sondern(?![\\p{L}])', 'wer sich (?:nicht )?anpasst,? (?:gewinnt|bleibt zurück|verliert|wird abgehängt)'],
    teaching: [
      // Ein Werkzeug, das der Autor nutzt, als Antwort ("Ich nutze dafür Obsidian", "kann ich empfehlen"); das Eigene (mein, unser) ist Werbung.
      '(?:ich|wir) (?:nutze|nutzen|benutze|benutzen|verwende|verwenden) (?:dafür|dazu|hierfür|für sowas|für so was)(?![\\p{L}])(?! (?:mein|meine|meinen|unser|unsere|unseren)(?![\\p{L}]))|(?:ich )?empfehle (?:dir |euch |ihnen )?(?!(?:mein|meine|meinen|unser|unsere|unseren)(?![\\p{L}]))|kann ich (?:sehr |nur |wirklich )?empfehlen',
      // Was hilft, vorn genannt und nach dem Doppelpunkt erzählt ("Was oft besser hilft: nach 20 Minuten aufstehen…").
      'was (?:oft |meist |meistens |wirklich |eher )?(?:besser |am besten )?(?:hilft|funktioniert|geholfen hat)(?: (?:besser|am besten|mir|uns))? ?:(?=\\s*(?!https?:|www\\.)[\\p{L}\\p{N}])',
      // Eine Zusammenfassung nach ihrer Ankündigung, mit ein paar Wörtern dazwischen ("Neues Video ist online, aber hier die Kurzfassung, damit…: …").
      '(?:hier (?:ist )?)?(?:die |eine |meine )?(?:kurzfassung|zusammenfassung|kurzversion|tl;? ?dr)(?:,? [^.!?:\\n]{1,60})? ?:(?=\\s*(?!https?:|www\\.)[\\p{L}\\p{N}])',
      // Wie der Autor etwas gemacht hat, angekündigt und nach dem Doppelpunkt erzählt ("So habe ich das Video gedreht: Sony a6400, 1/50…").
      '(?:so|wie) (?:habe|hab|haben) (?:ich|wir) [^.!?:\\n]{3,80}:(?=\\s*(?!https?:|www\\.)[\\p{L}\\p{N}])',
      // Was sich ändert, angekündigt und nach dem Doppelpunkt gesagt ("Was sich ändert: Rechtsabbiegen ist nicht mehr erlaubt").
      '(?:was sich (?:(?:für|fuer) [\\p{L}]+ )?ändert|was (?:das|dies) (?:(?:für|fuer) [\\p{L}]+ )?bedeutet)(?: (?:für|fuer) [\\p{L}]+)? ?:(?=\\s*(?!https?:|www\\.)[\\p{L}\\p{N}])',
      // Was unter den Optionen für einen Zweck taugt ('Für einen Blog ist GoatCounter wohl am einfachsten').
      'für (?:einen|eine|ein|deinen|deine|dein|kleine|die meisten) [\\p{L}-]+(?: [\\p{L}-]+)?,? ist (?!(?:mein|meine|unser|unsere|das|es|dies|dieser|diese|dieses)(?![\\p{L}]))[\\p{L}\\p{N}.-]+(?: [\\p{L}\\p{N}.-]+)? (?:wohl |vermutlich |wahrscheinlich |ehrlich gesagt |klar |immer noch )?(?:am (?:einfachsten|besten|günstigsten|sichersten|schnellsten)|die beste (?:wahl|option))(?![\\p{L}])',
      // Ein Tipp mit seiner Bedingung davor ("Wenn dein Brot breitläuft, nimm weniger Wasser"), wie englisch "if your…, try".
      '(?<![\\p{L}])wenn (?:du|dein|deine|deinen|ihr|euer|eure|euren|sie|ihre|ihr) [^.!?\\n]{3,80}?[,:—-] ?(?:probier|probiert|nimm|nehmt|nutze|nutzt|benutze|benutzt|mach|macht|lass|lasst|stell|stellt|dreh|dreht|schalte|schaltet|füg|fügt|vermeide|vermeidet|achte|achtet|prüfe|prüft|reduziere|reduziert)(?![\\p{L}])',
      // A fix reported by what it did: after the step, the thing worked again ("danach lief es bei mir wieder"): the steps before it are the answer.
      '(?:lief|läuft|klappte|klappt|funktionierte|funktioniert) (?:es|das|alles) (?:bei mir |bei uns |danach )?wieder(?! nicht| kurz| nur)',
      '(?:sache|änderung|trick|gewohnheit|regel|einstellung)(?:en)?,? (?:die|der) (?:mir|uns) [^:\\n]{1,40}(?:gespart|verändert|gerettet|halbiert|verdoppelt)[^:\\n]{0,20}:(?=\\s*(?!https?:|www\\.)[\\p{L}\\p{N}])', 
      // What helped, headed with how ("Drei Dinge, mit denen wir 30 % weniger wegwerfen: …"): the steps follow the colon.
      '(?:dinge|sachen|tricks|kniffe|gewohnheiten|regeln|änderungen),? (?:mit denen|durch die|dank denen) (?:wir|ich|man) [^:\\n]{1,50}:(?=\\s*(?!https?:|www\\.)[\\p{L}\\p{N}])',
      'so geht(?:\'s|s)?', 'wie man(?! (?:sieht|sehen|hört|weiß|es kennt|so (?:schön )?sagt))', '(?:zeige|erkläre) (?:euch|dir|ihnen),? wie', 'tipps?', '(?:die|der|das) (?:wirklich|tatsächlich|echt) funktionier(?:t|en):(?=\\s*(?!https?:|www\\.)[\\p{L}\\p{N}])', 'anleitung', 'schritt (?:\\d{1,2}(?!\\d)|eins|zwei|drei)', 'lektion(?:en)?', 'fehler', 'zum beispiel', 'z\\. ?b\\.', 'der trick', 'kurz gesagt', 'kurzum', '(?:hat|hatte) (?:es |das |mir |uns |bei mir |bei uns ){1,2}geholfen', '(?:habe|haben) (?:es|das|das problem) (?:gelöst|behoben),? (?:indem|durch|mit)', '(?:spoiler(?:-alarm| alert)?) ?:(?=\\s*(?!https?:|www\\.)[\\p{L}\\p{N}])', 'das wichtigste(?: ist)?:|das wichtigste ist', 'von [$€£]?\\d[\\d.,]*\\s?(?:%|k|[\\p{L}]{1,8})? auf [$€£]?\\d+', 'der schlüssel', 'checkliste', 'was (?:wirklich )?(?:hilft|geholfen hat|funktioniert)', '(?:hat sich |haben sich )?(?:verdoppelt|verdreifacht|halbiert)', 'viel besser,? wenn (?:man|du|ihr|sie|es)', 'wirkt wunder|funktioniert (?:viel |deutlich )?besser'],
    advice: [
      // Das Richtige genannt als das, was der Leser sucht oder braucht ("Was du brauchst, ist ein Drehmomentschlüssel",
      // "Der Link, den du suchst, ist der offizielle"): eine Empfehlung.
      'was du (?:brauchst|suchst),? ist|(?:der|die|das) (?:link|seite|website|app|formular|tool|einstellung|nummer),? (?:den|die|das) du (?:brauchst|suchst|willst),? ist',
      // Was bei Gefahr zu tun ist ("Bei Verdacht sofort zum Tierarzt, nicht abwarten!"): die Warnung sagt, wie man handelt.
      '(?:bei verdacht|im zweifel(?:sfall)?),? (?:bitte )?(?:sofort |direkt |gleich )?(?:zum|zur|ins|in die|die 112|112|den notruf|beim)(?![\\p{L}])|nicht (?:abwarten|zögern|zoegern)(?=\\s*[.!,;\\n]|\\s*$)',
      '(?:nimm|nehmt|benutze|benutzt|probier|probiert|leg|legt|vermeide|vermeidet|achte|achtet|schreib|schreibt|stell|stellt|mach|macht|lass|lasst|nutze|nutzt|prüfe|prüft|plane|plant)',
      // Die Schritte einer Lösung, wie "turn off", "go to", "restart" im Englischen ("Geh zu Einstellungen, schalte … aus");
      // ohne "aktualisiere", "installiere", "wähle": "jetzt aktualisieren" ist die Bitte einer Neuerscheinung.
      '(?:schalte|schaltet|geh(?:t)? (?:auf|in|zu)|aktiviere|aktiviert|deaktiviere|deaktiviert|lösche|klick|klicke|drück|drücke|tippe auf|starte (?:den|das|die|dein|euer|eure|ihn|es|sie) (?:\\p{L}+ )?neu)(?![\\p{L}])',
      // Küchen- und Pflegeschritte im Imperativ ("bestäub ihn mit Reismehl").
      '(?:bestäub|bestäube|bestäubt|streu|streue|streut|rühr|rühre|rührt|schneide|schneidet|gieß|gieße|gießt|würze|würzt|schäl|schäle|schält)(?![\\p{L}])',
      // Pflege- und Sicherheitsschritte ("Fasst die Schnalle an, bevor…", "Haltet das Baby aufrecht", "Tragt Handschuhe");
      // nicht "haltet durch" (Trost) und nicht "tragt euch ein" (Anmeldung).
      '(?:fass(?:t|e)?|haltet(?! durch)|halte(?! durch)|heb(?:t|e)?|zieh(?:t)? (?:euch|dir|ihm|ihr|dem|den|die|das)|tragt(?! (?:euch|dich) )|trag(?! (?:euch|dich) )|entfern(?:e|t)?)(?![\\p{L}])',
      // Ein Schritt mit seinem Pronomen ("füttere ihn zweimal täglich", "gieß sie alle drei Tage", "bewahr es im Kühlschrank
      // auf"): Pflege, Küche, Putzen. Die Bitten ("folgt mir", "abonniert uns", "teilt es", "probier es aus") stehen nicht
      // darin: sie bitten, sie zeigen nichts.
      ...[
        'f[uü]tter(?:e|t)?', 'gie(?:ß|ss)(?:e|t)?', 'bewahr(?:e|t)?', 'lager(?:e|t)?', 'schneid(?:e|et)?', 'wasch(?:e|t)?', 'putz(?:e|t)?', 'koch(?:e|t)?', 'back(?:e|t)?', 'trockne(?:t)?', 'reinig(?:e|t)?', 'd[uü]ng(?:e|t)?', 'k[uü]hl(?:e|t)?', 'gib', 'gebt', 'b[uü]rste(?:t)?', 'impf(?:e|t)?', 'r[uü]hr(?:e|t)?', 'brat(?:e|et)?', 'w[uü]rz(?:e|t)?', 'deck(?:e|t)?', 'sch[uü]ttel(?:e|t)?', 'wechsel(?:e|t)?', 'f[uü]ll(?:e|t)?', 'sp[uü]l(?:e|t)?', 'dreh(?:e|t)?', 'friere?', 'friert', 'tau(?:e|t)?', 'topf(?:e|t)?', 'stell(?:e|t)?', 'leg(?:e|t)?', 'halt(?:e|et)?', 'schalt(?:e|et)?', 'setz(?:e|t)?', 'heiz(?:e|t)?', 'erhitz(?:e|t)?', 'sch[aä]l(?:e|t)?', 'bade?', 'badet', 'k[aä]mm(?:e|t)?', 'bürste',
      ].map((v) => `${v} (?:ihn|sie|es|ihm)(?![\\p{L}])`),
    ],
    explaining: ['weil', 'statt', 'anstatt', 'damit', 'deshalb', 'sonst'],
    lesson: [
      // Was schiefging, angekündigt und erzählt ("Was schiefging: In der ersten Nacht flackerte das Neonlicht…").
      '(?:was|woran es) (?:schiefging|schief ging|schiefgegangen ist|nicht funktioniert hat|nicht geklappt hat|ich falsch gemacht habe|gehakt hat)(?: (?:beim ersten mal|am anfang))? ?:(?=\\s*(?!https?:|www\\.)[\\p{L}\\p{N}])',
      // Dasselbe mit "geklappt" und ohne Zeiger ("Für den Reisepass hat bei mir geklappt: …", "was bei mir geklappt hat").
      '(?:hat|hatte) (?:bei (?:mir|uns)|mir|uns) (?:das |dies |folgendes |am besten )?(?:geklappt|funktioniert|geholfen) ?:(?=\\s*(?!https?:|www\\.)[\\p{L}\\p{N}])|was (?:bei mir|bei uns) (?:am besten |wirklich |tatsächlich )?(?:geklappt hat|klappt)(?! ?\\?)',
      // Was funktioniert hat, gezeigt und nach dem Doppelpunkt gesagt ("Nach 55 Bewerbungen hat bei mir das funktioniert: …").
      '(?:das|dies|folgendes) (?:hat )?(?:bei (?:mir|uns) |mir |uns )?(?:wirklich |tatsächlich )?funktioniert ?:(?=\\s*(?!https?:|www\\.)[\\p{L}\\p{N}])|(?:hat|hatte) (?:bei (?:mir|uns) )?(?:das|dies|folgendes) funktioniert ?:(?=\\s*(?!https?:|www\\.)[\\p{L}\\p{N}])',
      // Ein Ergebnis gezählt, seit man es so macht ('0 Bruchschäden bei 600 Bestellungen, seit wir das so machen').
      '(?<=\\d[^.!?\\n]{0,80})seit(?:dem)? (?:wir|ich) (?:(?:das|es) so (?:machen|mache)|(?:umgestellt|gewechselt) (?:haben|habe))(?![\\p{L}])',
      // Was der Punkt oder Text von jemandem an der Arbeit des Autors geändert hat ("hat verändert, wie ich Formulare baue").
      '(?:hat|haben) (?:(?:mir|uns|komplett|total|echt) )?(?:verändert|geändert),? wie (?:ich|wir)(?![\\p{L}])',
      // Was geholfen hat, an seiner Wirkung erzählt ("hat mir die Prüfung gerettet"): wie "saved my" bürgt der Autor für einen Rat.
      '(?:hat|haben) mir (?:[\\p{L}-]+ ){0,3}?gerettet',
      // What helped the author most, and what they wish they had been told, said before it: the lesson follows.
      'was (?:mir|uns) (?:am meisten |wirklich |echt )?geholfen hat(?! ?\\?)', 'was ich (?:gern|gerne) (?:früher |vorher )?gewusst hätte', 'hätte mir (?:das )?(?:doch )?(?:jemand|einer) (?:früher |vorher )?gesagt',
      'was (?:bei mir|bei uns|mir|uns) (?:wirklich |tatsächlich )?(?:funktioniert|hilft|geholfen hat)(?! ?\\?)', '(?:haben|habe) (?:wir |ich )?gelernt', 'gelernt', 'seit wir', 'seit ich', '(?<!\\d+ jahren? )erfahrung', 'im nachhinein', 'hat (?:mir|uns) geholfen', '(?:haben|habe) (?:wir |ich )?(?:herausgefunden|festgestellt|gefunden), dass', '(?:unsere|die) (?:ergebnisse|daten) (?:zeigen|zeigten|deuten)'],
    credit: [
      // Das Werk eines anderen als beste Lektüre überschrieben ("Der beste Text, den ich diese Woche gelesen habe: …").
      '(?:der|das|die) beste (?:text|artikel|stück|thread|buch|essay|lektüre|newsletter|vortrag|video)(?:,? (?:den|das|die) ich (?:diese woche|diesen monat|dieses jahr|seit langem|in letzter zeit) (?:gelesen|gesehen|gehört) habe| der woche| des monats| des jahres)(?=\\s*[:\\-–—👇])',
      // Ein Auftrag weitergegeben: wer ausgebucht ist, nennt jemand anderen ('Ich bin bis März ausgebucht, aber Frau Köhler…').
      '(?:ich bin|wir sind) (?:bis [^.!?\\n]{1,25}? )?(?:leider )?(?:komplett |voll |völlig |total )?(?:ausgebucht|ausgelastet|voll)(?: bis [^.!?\\n]{1,25}?)?,? aber(?= (?!(?:ich|wir|du|ihr|mein|meine|unser|unsere|schreib|schreibt|meld|melde|meldet|trag|bucht?|es gibt|wenn)(?![\\p{L}])))',
      '(?:sag|sagt|sagen sie|schreib|schreibt|schreiben sie) (?:ihr|ihm|ihnen),? (?:dass )?(?:ich|wir) (?:dich|sie|euch) (?:geschickt|empfohlen) (?:habe|haben|hat)',
      '(?:gr[üu](?:ß|ss)e|gr[üu](?:ß|ss)t (?:sie|ihn|ihr)) (?:sch[öo]n )?von mir',
      // Eine Empfehlung als solche überschrieben ("Podcast-Tipp: …"): fremde Arbeit weitergegeben; auch mit ein paar
      // Worten vor dem Doppelpunkt ("Buchtipp aus dem Laden: …", "Lesetipp der Woche: …").
      '(?:podcast|buch|lese|newsletter|kanal|serien|album|doku)-?(?:tipp|empfehlung)(?: [\\p{L}]+){0,4}?(?=\\s*[:\\-–—👇])',
      '#followfriday(?=[\\s\\S]*@[\\p{L}\\p{N}_])', '#ff(?=[\\s\\S]*@[\\p{L}\\p{N}_])', '(?:newsletter|podcast|kanal|blog|buch|kurs|laden|shop|bäckerei|café|cafe|restaurant|bar|imbiss|werkstatt|studio|buchhandlung|konditorei) (?:von meiner|von meinem|meiner|meines) (?:freundin|freund|freundes|schwester|bruder|bruders|kollegin|kollegen|nachbarin|nachbarn|mutter|vater|vaters|partnerin|partner|partners)', 'danke ans?', 'dank an', 'via @', 'dank(?:e)? @', 'inspiriert von', 'von @[\\p{L}\\p{N}_]+', 'empfehle',
      // Das neue Werk eines anderen als seines erzählt ("Meine Kollegin Lena hat ihr Paper über … veröffentlicht").
      '(?:hat|haben) (?:gerade |endlich |jetzt )?(?:ihr|sein|ihre|seine|ihren|seinen) (?:neues |neue |neuen |erstes |erste |ersten )?(?:paper|buch|artikel|studie|video|album|thread|kurs|podcast|essay|dissertation)(?![\\p{L}])',
    ],
    thanks: ['danke-?(?:thread|post|schön-?(?:thread|post)) (?:an|für)', '(?:ich möchte|ich will|wir möchten|wir wollen) (?:mich |uns )?(?:(?:ganz )?herzlich )?(?:bei )?(?:[\\p{L}-]+ ){1,5}?(?:danken|bedanken)', 'danke (?:ans?|für|euch|dir)', 'vielen dank (?:an|für)', 'dankbar (?:für|dass)', 'großes dankeschön'],
    question: [
      // The name of a thing in plain view asked after ("What's the name of the song at the end?"): a fact asked of whoever knows it.
      'wie hei[ßs]t (?:das|der|die|dieses|dieser|diese) (?:lied|song|musik|spiel|schrift|app|marke|film|serie|band|künstler)(?= (?:[\\p{L}]+ ){0,3}?(?:am (?:ende|anfang)|im hintergrund|im video|zu beginn))',
      // Was die angesprochene Person benutzt oder hat, nach dem Ding gefragt ("Welches Mikrofon benutzt du?"): ihre eigene Antwort.
      'welche[snrm]? (?:[\\p{L}-]+ ){1,2}?(?:benutzt|nutzt|verwendest|verwendet|hast|habt|empfiehlst|empfehlt) (?:du|ihr)(?![\\p{L}])','hat jemand', 'kennt jemand', 'weiß jemand', 'wer (?:kennt|empfiehlt) (?:eine?n?|eine|jemanden)(?![\\p{L}])', 'wer (?:hat|hatte) (?:schon (?:mal |einmal )?)?(?:erfahrung|erfahrungen)(?![\\p{L}])', 'irgendwo (?:noch )?(?:erhältlich|zu (?:kaufen|bekommen|haben))', 'wo (?:kann man|bekommt man|bekomme ich|finde ich|kriegt man)', 'habt ihr (?:erfahrung|tipps)', 'wie macht ihr', 'wie (?:[\\p{L}]+ ){0,2}(?:dein|deine|deinen|deinem|euer|eure|euren|eurem)', 'frage an', "was (?:ist|sind) (?:dein|deine|euer|eure)", "was (?:lest|liest|hört|hörst|schaut|schaust|kocht|kochst) (?:du|ihr)", "was (?:haltet|hältst|denkt|denkst|empfehlt|empfiehlst|nutzt) (?:du|ihr)"],
    rhetorical: ['wer noch', 'oder\\?', 'stimmt\\?', '(?:willst|möchtest|wollt|möchtet) (?:du|ihr) (?:[\\p{L}-]+ ){0,3}(?:lernen|meistern|verbessern|verdienen|abnehmen)'],
    // Also pointing readers at a way to help someone else: 'So könnt ihr den Betroffenen helfen', 'wo man spenden kann'.
    helping: [
      // Ein Blick angeboten ("wenn du magst, schau ich mir deinen Lebenslauf an"), wie 'happy to look over'.
      '(?:schau(?:e)? ich mir|ich schau(?:e)? mir) (?:gern |gerne |mal )?(?:deinen|deine|dein|euren|eure|euer) \\p{L}[\\p{L}-]* (?:gern |gerne |mal )?an(?![\\p{L}])',
      // Das Eigene verliehen („Ich kann dir meinen Kinderwagen leihen, schreib mir“): Nachbarschaftshilfe, die Nachricht holt sie ab.
      '(?:kann|könnte|würde) (?:dir|euch|ihnen) (?!(?:[\\p{L}-]+ ){0,3}?geld)(?:[\\p{L}-]+ ){0,3}?(?:leihen|ausleihen|borgen)(?![\\p{L}])',
      // Das Eigene abgeraten, dem Leser zuliebe ('Du brauchst unsere Schablone nicht: ein Stück Sperrholz tut es auch').
      '(?:du brauchst|ihr braucht|sie brauchen) (?:dafür |gar |wirklich )?(?:nicht (?:unser|unsere|unseren|mein|meine|meinen)|(?:unser|unsere|unseren|mein|meine|meinen) [\\p{L}-]+ (?:dafür |gar |wirklich )?nicht)(?![\\p{L}])',
      // Eine Vorstellung angeboten ('Schreib mir, dann stelle ich euch vor', 'mit Jana bekannt machen').
      '(?:stelle|stell) (?:ich )?(?:euch|dich|sie) (?:gern |gerne )?(?:einander )?vor|(?:dich|euch) (?:gern |gerne )?(?:mit [\\p{L}-]+(?: [\\p{L}-]+)? )?(?:bekannt machen|vernetzen|verbinden)|(?:stelle|stell) (?:gern |gerne )?(?:den )?kontakt her',
      // Die angebotene Hilfe ist kostenlos, als eigener Satzteil nach dem Kontakt ("Wenn du Hilfe brauchst, schreib mir, kostet nichts",
      // "einfach anrufen, 0176 555 2290, kostet nix").
      '(?<=(?:hilfe|probleme?|fragen?|schreib mir|schreibt mir|meld dich|melde dich|meldet euch|ruf mich an|ruft mich an|anrufen)[^.!?\\n]{0,80}[,;:—–(-]\\s*)(?:(?:es |das )?kostet (?:nichts|nix)|(?:(?:es |das )?ist )?(?:kostenlos|gratis|umsonst)|ohne kosten)(?=\\s*[,.!;)]|\\s*$)',
      // Die Arbeit selbst kostenlos für alle, die fragen ("Wer Hilfe mit Linux braucht, schreibt mir, ich mach das kostenlos").
      '(?:mach(?:e)? ich|ich mach(?:e)?|ich repariere|ich installiere|ich prüfe)(?: [\\p{L}]+){0,3}? (?:kostenlos|gratis|umsonst)(?! (?:beim |das )?erste)',
      // Etwas Konkretes dem Angesprochenen angeboten ("Kann dir gern die Grafik schicken"); Preise sind Verkauf.
      '(?:kann|könnte) (?:dir|euch|ihnen) (?:gern |gerne |auch )?(?:die|den|das|meine|meinen|mein) (?!preis|preise|angebot|katalog)[\\p{L}-]+ (?:schicken|senden|geben|zeigen)',
      '(?:erkläre|erklär|helfe|zeige)(?: [\\p{L}\'’]+){0,3}? (?:kostenlos|gratis|umsonst)', '(?:so|wie|wo) (?:kann man|könnt ihr|können sie|man) (?:den (?:betroffenen|opfern) )?(?:helfen|spenden)', 'vielleicht hilft (?:es|das)', 'hoffe,? (?:es|das) hilft', 'helfe gerne', 'gerne helfen', 'meldet euch gerne', 'falls (?:es|das) hilft', 'ohne Gegenleistung',
      // Etwas Bestimmtes dem Angeschriebenen angeboten ("schreib mir, dann schick ich dir das Modell"), wie spanisch "te paso
      // el modelo"; Preise, Katalog oder Angebot sind ein Verkauf.
      '(?:schick|schicke|sende|geb|gebe) ich dir (?:gern |gerne )?(?:das|den|die|mein|meine|meinen)(?! (?:preis|preise|preisliste|katalog|angebot|kurs|e-?book|link|rabatt|rabattcode|code|gutschein)(?![\\p{L}]))',
    ],
    invitation: [
      // Meeting those who will be there anyway ("Sagt gern Hallo, wenn ihr auch da seid").
      '(?:sagt|sag) (?:gern |gerne |doch )?hallo,? (?:wenn|falls) (?:ihr|du) (?:auch )?(?:da|dort|vor ort) (?:seid|bist)',
      'auf einen kaffee', 'lass(?:t)? uns (?:reden|sprechen|treffen)', 'würde mich freuen,? (?:euch|dich) kennenzulernen',
      // Die offene Tür eines Treffens: alle dürfen kommen, nichts zu kaufen oder zu buchen ("Eintritt frei, ohne Anmeldung").
      '(?:alle|jede[rs]?|jede und jeder|kinder|familien|hunde) (?:sind |ist )?(?:herzlich |auch )?willkommen|eintritt frei|ohne anmeldung|kommt einfach vorbei|keine anmeldung (?:nötig|notwendig|erforderlich)|anmeldung nicht (?:nötig|notwendig|erforderlich)'],
  },
  words: {
    stop: [
      'der', 'die', 'das', 'den', 'dem', 'des', 'ein', 'eine', 'einen', 'einem', 'einer', 'und', 'oder', 'aber', 'in', 'im',
      'an', 'am', 'auf', 'aus', 'bei', 'mit', 'nach', 'von', 'vom', 'zu', 'zum', 'zur', 'für', 'über', 'unter', 'ist',
      'sind', 'war', 'waren', 'sein', 'hat', 'haben', 'habe', 'wird', 'werden', 'nicht', 'kein', 'keine', 'ich', 'du',
      'er', 'sie', 'es', 'wir', 'ihr', 'mich', 'mir', 'dich', 'dir', 'uns', 'euch', 'mein', 'meine', 'dein', 'unser',
      'unsere', 'auch', 'noch', 'schon', 'nur', 'sehr', 'so', 'wie', 'was', 'wer', 'wenn', 'dass', 'als', 'doch', 'mal',
      'jetzt', 'heute', 'hier', 'da', 'dann', 'denn', 'man', 'sich', 'diese', 'dieser', 'dieses', 'alle', 'viel',
    ],
    me: ['ich', 'mich', 'mir', 'mein', 'meine', 'meinen', 'meinem', 'meiner', 'wir', 'uns', 'unser', 'unsere', 'unseren', 'unserem', 'unserer', 'unseres', 'meines'],
    you: ['du', 'dich', 'dir', 'dein', 'deine', 'ihr', 'euch', 'euer', 'eure', 'sie', 'ihnen'],
    filler: ['haha', 'hahaha', 'toll', 'super', 'danke', 'hallo', 'toller', 'tolles', 'beitrag', 'teilen', 'video', 'moin', 'guten', 'morgen',
      // Grüße und gute Wünsche zum Tag, wie englisch 'good', 'morning', 'night', 'day' ("Guten Abend ihr Lieben, schönen Tag").
      'tag', 'abend', 'nacht', 'gute', 'schönen', 'schöne', 'schönes', 'lieben', 'erster', 'amen', 'genau', 'stark', 'wow', 'krass', 'glückwunsch', 'glückwünsche',
      // Agreeing with what was said, as English 'same', 'ditto' ('geht mir genauso').
      'genauso', 'dito', 'ebenso', 'same', 'stimmt', 'wahr', 'absolut', 'richtig',
      // Lob von der Stange für den Beitrag, wie englisch 'great post', 'content' ('Starker Post!', 'Guter Thread').
      'post', 'thread', 'starker', 'starke', 'guter', 'klasse', 'spitze', 'inhalt', 'content'],
    marker: ['danke', 'glückwunsch', 'glückwünsche', 'herzlichen', 'geburtstag', 'hallo', 'grüße', 'servus', 'moin', 'bitte', 'tschüss'],
    plugModifiers: ['neuer', 'neue', 'neues', 'neuen', 'erster', 'erste', 'erstes', 'kleiner', 'kleine', 'kleines', 'kostenloser', 'kostenlose', 'kostenloses', 'eigener', 'eigene', 'eigenes', 'online'],
  },
};
