// German product copy and critique.
import { COPY_WHY as WHY, type CopyLexicon } from './entry';

export const deCopy: CopyLexicon = {
  copy: [
    // Eine Immobilie inseriert: ihre Räume gezählt, wie ein Inserat sie zählt („3 Zimmer, Küche, Bad“, „3 Zi., 2 Bäder“), und die Besichtigung.
    { pattern: "\\d+(?:[.,]5)? ?(?:zimmer|zi\\.?),? (?:küche,? (?:und |& )?bad|\\d+ ?(?:bäder|badezimmer))(?![\\p{L}])", why: WHY.listing, example: '3 Zimmer, Küche, Bad, 78 m², 1.100 € warm' },
    { pattern: "besichtigung(?:stermin)? (?:am|diesen|nächsten|heute|morgen) (?:samstag|sonntag)|besichtigung(?:stermin)? (?:am|diesen|nächsten) (?:samstag|sonntag) um \\d+(?:[:.]\\d+)?(?: ?uhr)?", why: WHY.listing, example: 'Besichtigung am Samstag um 11 Uhr' },
    // Die eigene Lieferung des Verkäufers ("wir liefern auch im Viertel"): neben einem Preis die Bedingungen des Kaufs.
    { pattern: '(?:wir )?liefern (?:auch |gern |gerne |kostenlos )?(?:im|in|nach|bis|innerhalb|frei haus|nach hause|deutschlandweit)|lieferung (?:frei haus|nach hause|im (?:viertel|umkreis))', why: WHY.shipping, example: 'Honig vom eigenen Stand, 500 g für 9 €, wir liefern auch im Viertel' },
    // Neue Ware im eigenen Laden ("Neue Vintage-Teile sind da", "frisch eingetroffen").
    { pattern: 'neue (?:[\\p{L}]+-)?(?:teile|ware|stücke|modelle|artikel) (?:sind|ist) (?:da|eingetroffen|angekommen)|frisch eingetroffen', why: WHY.edition, example: 'Neue Vintage-Teile sind da, Lederjacken ab 35 €' },
    // Die kleine Charge des Herstellers ("diesmal nur 30 Stück", "limitiert auf 50"): wie wenig es zu kaufen gibt.
    { pattern: 'nur \\d+ st[üu]ck|(?:ich habe|wir haben|hab) nur \\d+ (?:gemacht|hergestellt|gebrannt|gedruckt)|limitiert auf \\d+', why: WHY.stock, example: 'Die Lavendelkerzen sind wieder da, diesmal nur 30 Stück' },
    { pattern: 'kostenlose[snr]? (?:angebot|kostenvoranschlag|erstberatung)|(?:24/7|24-stunden)-?(?:notdienst|service)|notdienst rund um die uhr', why: WHY.service, example: 'Kostenloser Kostenvoranschlag, Notdienst rund um die Uhr' },
    { pattern: 'kostenlose?r? (?:versand|lieferung|rückversand)|versandkostenfrei|weltweiter versand|versand in ganz (?:österreich|deutschland|der schweiz|europa)|wir versenden (?:in ganz|nach ganz|europaweit|weltweit)', why: WHY.shipping, example: 'Versandkostenfrei bis Sonntag' },
    { pattern: 'noch (?:freie )?(?:pl[äa]tze|termine)(?: (?:im|in der|in|für|am|bei) [^.!?\\n,]{1,30}?)? frei(?![\\p{L}])|(?:es gibt|gibt es|haben wir|habe ich|hab ich) noch (?:freie )?pl[äa]tze', why: 'Seats still open in a course, class or workshop: what is left to buy.', example: 'Für den Töpferkurs im Februar sind noch Plätze frei!' },
    { pattern: '(?:nur )?noch (?:wenige|ein paar|\\d+|zwei|drei|vier|fünf|sechs) (?:freie )?pl[äa]tze|restpl[äa]tze', why: 'Seats left in a course, class or workshop: how much of it is left to buy, as stock is.', example: 'Noch wenige Plätze im Töpferkurs, 160 €' },
    // Der Preis in Raten, wie ihn der Verkäufer anbietet („Ratenzahlung möglich“, „in 3 Raten zahlbar“): eine Verkaufsbedingung.
    { pattern: 'ratenzahlung (?:ist )?(?:möglich|m[öo]glich|verfügbar|verf[üu]gbar)|(?:zahlbar )?in (?:\\d+|zwei|drei|vier|sechs|zwölf) (?:monats)?raten(?: zahlbar)?|finanzierung (?:möglich|verfügbar)', why: 'A term of sale: the price split into instalments, as a seller offers it.', example: '20 Fahrstunden für 990 €, Ratenzahlung möglich' },
    { pattern: '(?:wieder )?(?:auf|an) lager|ausverkauft|nur noch wenige (?:stück|exemplare)', why: WHY.stock, example: 'Die Leinenhemden sind wieder auf Lager' },
    { pattern: 'limitierte (?:auflage|edition)|neue kollektion|neu eingetroffen', why: WHY.edition, example: 'Limitierte Auflage, signiert und nummeriert' },
    { pattern: 'handgemacht(?:e|en|er|es)?|handgefertigt(?:e|en|er|es)?|auf bestellung|(?:nach|als) maßanfertigung', why: WHY.made, example: 'Handgemachte Tassen, auf Bestellung' },
    { pattern: '(?:dm|pn|nachricht|schreib mir|schreibt uns) (?:zum|für) (?:bestellen|bestellungen|preise?)', why: WHY.order, example: 'Schreibt uns zum Bestellen' },
    // Die Einzelheiten des Angebots für eine private Nachricht aufgehoben ("Infos per PN", "mehr Infos per DM").
    { pattern: '(?:mehr |weitere )?infos? (?:gerne |gern )?(?:per|via|über|als) (?:pn|dm|privatnachricht|whatsapp)(?![\\p{L}])', why: WHY.order, example: 'Noch Plätze frei im Kurs, Infos per PN' },
    { pattern: 'erhältlich in (?:\\d+|zwei|drei|vier|fünf|mehreren|vielen) (?:farben|größen|varianten|designs|sorten)', why: WHY.variants, example: 'Erhältlich in 3 Farben' },
    { pattern: 'kostenlose[nr]? (?:plan|tarif|testversion)|(?:kein|ohne) abo|kommerzielle nutzung', why: WHY.plans, example: 'Der kostenlose Tarif enthält den ganzen Editor' },
    { pattern: 'raus aus der beta|auf allen plattformen (?:erhältlich|verfügbar)|(?:jetzt )?(?:erhältlich|verfügbar) (?:auf steam|im app store|für zuhause)', why: WHY.channels, example: 'Jetzt auf allen Plattformen erhältlich' },
    { pattern: '(?:free|kostenlose[rn]?|öffentliche[rn]?) mint|mint-?preis|whitelist|airdrop (?:für|an) (?:holder|inhaber)|punkte (?:sammeln|verdienen)', why: WHY.tokens, example: 'Der kostenlose Mint ist am 16. Februar' },
    { pattern: "\\d[\\d.,]* ?% ?(?:d'|de )?(?:apy|apr)(?![\\p{L}])", why: WHY.tokens, example: "Stake deine $ORB und verdiene bis zu 24 % APY" },
    { pattern: 'jetzt minten|minte (?:jetzt|dein|den neuen|das neue|die neue)', why: WHY.tokens, example: 'Minte jetzt den neuen Song' },
  ],
  hook: [
    { pattern: "(?:suchst du|brauchst du|suchen sie|brauchen sie) (?:einen|eine|ein) (?:zuverlässigen|zuverlässige|zuverlässiges|günstigen|günstige|guten|gute) [\\p{L}]+\\?", why: WHY.pain, example: 'Suchen Sie einen zuverlässigen Klempner? Rufen Sie uns an' },
    { pattern: 'dieser typ hat (?:buchstäblich|einfach)', why: WHY.praiser, example: 'Dieser Typ hat buchstäblich Claude zehnmal nützlicher gemacht' },
    { pattern: 'die meisten (?:leute|menschen) wissen (?:das )?nicht|niemand redet darüber', why: WHY.unknown, example: 'Die meisten Leute wissen das nicht' },
    { pattern: 'hör auf zu (?:scrollen|zahlen)|du verschwendest (?:stunden|zeit|geld)', why: WHY.stop, example: 'Hör auf zu zahlen, es geht billiger' },
    { pattern: 'nie wieder (?:manuell|teure|langsame)|schluss mit (?:manueller|teuren)', why: WHY.noMore, example: 'Nie wieder manuell programmieren' },
    { pattern: 'hat mich umgehauen|einfach irre', why: WHY.amazed, example: 'Das hat mich umgehauen' },
    { pattern: 'speicher (?:dir )?(?:diesen|dieses) (?:thread|video|post)', why: WHY.keep, example: 'Speicher dir diesen Thread' },
    { pattern: 'beste (?:erklärung|analyse|tutorial|thread|video|anleitung|kurs),? (?:die|den|das) ich (?:je |jemals )?(?:gesehen|gelesen) habe', why: WHY.raves, example: 'Die beste Erklärung, die ich je gesehen habe' },
    { pattern: '(?:\\d+|zehn) ?(?:x|-mal|mal) (?:nützlicher|produktiver|schneller|besser)(?!,? (?:seit|seitdem|nachdem) (?:wir|ich)(?![\\p{L}]))|mit diesem einen (?:system|prompt|trick|tool|workflow)', why: WHY.multiplies, example: 'Er hat Claude zehnmal nützlicher gemacht, mit diesem einen System' },
    { pattern: "brauchst du (?:einen|eine|ein) (?:einfachen|einfache|einfaches|schnellen|schnelle|günstigen|günstige) (?:[\\p{L}]+-?)?(?:bot|tool|app|website|logo)", why: WHY.pain, example: "Brauchst du einen einfachen Telegram-Bot? Ich baue sie schnell" },
    { pattern: "(?:hier ist|das ist) (?:der|die|das) (?:tool|app|agent|bot|plugin|erweiterung|plattform),? (?:der|die|das)|nur möglich mit|ich baue (?:sie|die|welche) (?:schnell|für dich|günstig)", why: WHY.cure, example: "Hier ist der Agent, der alles lokal speichert" },
  ],
  register: [
    { pattern: 'erlebe (?:die|den|das) (?:zukunft|magie|kraft|neue|neuen)|entdecke (?:die|den|das) neue|bring(?:e)? dein(?:en|e)? [\\p{L}]+ auf das nächste level|hol(?:e)? das (?:beste|meiste) aus dein(?:em|er)', why: WHY.appeal, example: 'Bring deine Küche auf das nächste Level' },
    { pattern: '(?:entwickelt|gemacht|konzipiert|designt) für (?:hobbyköche|köche|kreative|entwickler|profis|gamer|den alltag)|(?:in )?(?:profi|studio|industrie)qualität|ob (?:du )?(?:anfänger|einsteiger) oder profi', why: WHY.fit, example: 'Messer, entwickelt für Hobbyköche, in Profiqualität' },
    { pattern: 'ganz ohne stress|mit (?:nur )?(?:wenigen|zwei|drei|\\d+) klicks|alles an einem ort|jederzeit griffbereit', why: WHY.ease, example: 'Alle Rezepte an einem Ort, mit wenigen Klicks' },
    { pattern: '(?:perfekt|ideal) für (?:agenturen|teams|kreative|entwickler|gründer|freelancer|einsteiger|trader)', why: WHY.fit, example: 'Ideal für Agenturen, in Profiqualität' },
    { pattern: '(?:tausende|millionen|hunderte) (?:von )?(?:teams|kreative[nr]?|nutzer(?:innen)?|entwickler(?:n)?|unternehmen|kunden) (?:nutzen|vertrauen|lieben)|nutzen (?:es|sie|ihn) (?:schon|bereits)|(?:werde|sei) einer? von (?:über )?\\d[\\d,.]*[km]?\\+?|sieh(?:e)? (?:dir an|an),? wie (?:[\\p{L}@&-]+ ){1,5}(?:nutzt|nutzen|spart|gebaut)', why: WHY.proof, example: 'Tausende Teams nutzen die App' },
  ],
  benefit: [
    { pattern: '(?:es|sie|das|damit) (?:gibt|lässt|hilft|ermöglicht) (?:dir|ihnen|euch)|damit (?:du|sie) (?:endlich|jetzt|einfach|dich)|(?:du kannst|ihr könnt|sie können) (?:jetzt|ab sofort|nun)', why: WHY.benefit, example: 'Damit du endlich alles an einem Ort hast' },
  ],
  critique: [
    { pattern: 'ich habe (?:sie |es |ihn )?(?:bestellt|gekauft)|(?:meine|die) bestellung (?:kam|ist)', why: WHY.customer, example: 'Ich habe es bestellt und es kam kaputt an' },
    { pattern: 'bewertung|rezension|betrug|abzocke|überteuert|finger weg|rückerstattung|kundenservice', why: WHY.review, example: 'Überteuert, Finger weg' },
  ],
};
