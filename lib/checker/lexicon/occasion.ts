// Occasions where an ask in a post is not the author's take: the author will be somewhere in person and invites
// readers to meet there, the author's side has a position open and asks readers to pass it on, or the author thanks
// readers for a milestone (a count of followers, an anniversary). Patterns are regular-expression sources matched
// case-insensitively on the post's text with curly apostrophes read as straight ones, bounded by letters on both
// sides; each key's patterns are compiled once per language (occasionRegex).
import { startsWord } from '../phrases';
import type { DocLang } from '../types';
import type { Noted } from './types';

export interface Pattern extends Noted {
  pattern: string;
}

export interface OccasionLexicon {
  /** The author says they will be at a place or an event, or present, speak or stand at one. */
  presence: Pattern[];
  /** An ask to come and meet the author where they will be: with a presence cue it invites, alone it may summon customers. */
  meet: Pattern[];
  /**
   * The author expects the readers at its own place at a time ("See you tonight!", "Come by!"): beside a price or a
   * discount it summons customers to a sale (policy.ts summonsToSale); beside nothing sold it invites.
   */
  expect: Pattern[];
  /** A position, vacancy or opening named as such (a funded PhD position, a postdoc, an internship, eine Stelle, una plaza, une offre de thèse, uma vaga). */
  vacancy: Pattern[];
  /** The author's side as the one who has the position: we, our, my lab or group. */
  ours: Pattern[];
  /** A job seeker's own words: the position is what they look for, not what they offer. */
  seeker: Pattern[];
  /** Words of passing a post on (share, RT, spread the word): in the author's job ad they reach candidates. */
  spread: Pattern[];
  /**
   * The post passed on to a person who needs it ("Share this with someone who needs to hear it"): in a comment under
   * someone else's post the reach asked for is the host's, a fan recommending their work (call-to-action stays quiet).
   * On the author's own post the same words ask for the author's reach.
   */
  passOn: Pattern[];
  /** Thanks to readers. */
  thanks: Pattern[];
  /**
   * An anniversary of the author's own thing ("Our shop turns 5 today", "5 years ago today I opened"): thanked to the
   * readers it is a milestone (policy.ts thanksForMilestone), like a count of followers.
   */
  anniversary: Pattern[];
  /**
   * The author's own stall, stand or table at a market or fair ("our stall 12", "mi puesto", "unser Stand"): beside
   * prices it is the author's sale there (policy.ts summonsToSale), "come say hi" or not. Someone else's stall ("the
   * cheese stall sells gouda at €4") names no owner of the author's.
   */
  stall: Pattern[];
  /**
   * A warning of a scam, fraud or phishing ("Scam warning:", "Ojo, estafa", "Achtung Betrug", "Arnaque en cours",
   * "Cuidado, golpe"): a price beside a link there is the scammer's ask the post warns of, not the author's offer
   * (evidence.ts offersForSale). "Not a scam" / "no es estafa" / "kein Betrug" is a seller's reassurance, not a warning.
   */
  scam: Pattern[];
}

const en: OccasionLexicon = {
  presence: [
    { pattern: "(?:i|we)(?:'ll| will) be (?:at|in|on|around|there|presenting|speaking|talking|exhibiting|demoing|signing|hosting|running|giving|showing)", note: 'the author tells where they will be', example: "I'll be presenting at ICRS on Tuesday" },
    { pattern: "(?:i'm|i am|im|we're|we are) (?:speaking|presenting|talking|exhibiting|demoing|signing|giving a talk|running a (?:workshop|session)|hosting a (?:workshop|session|table))", note: 'the author will speak or stand somewhere', example: "I'm speaking at PyCon on Friday" },
    { pattern: "(?:i'm|i am|im|we're|we are) at (?:booth|stand|table|room|hall) \\w+", note: 'a booth or a room named as where the author is', example: "We're at booth 12 all week" },
    { pattern: '(?:my|our) (?:talk|poster|session|workshop|booth|stand|table|panel) is (?:at|on|in)', note: "the author's own slot at an event", example: 'My poster is on Thursday at 10' },
  ],
  meet: [
    { pattern: 'come (?:and )?(?:say (?:hi|hello)|find (?:me|us)|see (?:me|us)|chat|visit (?:me|us)|meet (?:me|us))', note: 'come and meet the author', example: 'Come say hi!' },
    { pattern: '(?:stop|swing|drop|pop) by', note: 'drop in where the author is', example: 'Stop by booth 12' },
    { pattern: '(?:find|catch) (?:me|us) (?:there|at|in)', note: 'meet the author at the event', example: 'Catch me at the poster session' },
  ],
  expect: [
    { pattern: "see (?:you|ya|y'all)(?: all)? (?:tonight|there|today|tomorrow|this (?:evening|afternoon|weekend|friday|saturday|sunday)|on (?:friday|saturday|sunday))", note: 'the readers expected at a time (not "see you soon", a farewell)', example: 'See you tonight!' },
    { pattern: 'come (?:on )?by|come (?:on )?down to (?:the|our)', note: 'come to the author’s place (not "reports come in", "prices come down")', example: 'Come by after work!' },
    { pattern: "come hungry|(?:pop|swing|stop) by(?= (?:the (?:shop|store|truck|stall|bakery|caf[eé]|restaurant|bar|pub)|tonight|today|later|after work|this (?:weekend|evening|afternoon))|\\s*[,!.])", note: 'the readers summoned to eat or drop in (counts only beside a sale: a friend\'s "BBQ at mine, come hungry" sells nothing)', example: 'Tacos from 5 tonight, $3 each, come hungry!' },
    { pattern: "(?:we|i) (?:can't wait|look forward) to see(?:ing)? you", note: 'the readers awaited', example: "We can't wait to see you!" },
  ],
  vacancy: [
    { pattern: "(?:open|funded|fully[- ]funded|paid|vacant|permanent|full[- ]time|part[- ]time|phd|doctoral|postdoc(?:toral)?|post-doc(?:toral)?|research|faculty|tenure[- ]track|lecturer|engineering|staff|job) (?:positions?|vacanc(?:y|ies)|openings?|studentships?|fellowships?)", note: 'a position named with its kind (not a count alone: "5 positions in ETH" are trades)', example: 'a funded PhD position in coral ecology' },
    { pattern: '(?:a|an|one|two|three|four|\\d+) (?:funded |paid |fully[- ]funded )?(?:postdocs?|post-docs?|internships?|studentships?|vacanc(?:y|ies)|job openings?)', note: 'a vacancy counted', example: 'We have two paid internships this summer' },
  ],
  ours: [
    { pattern: "we|we're|we've|we'll|our|ours|(?:my|the) (?:lab|group|team|company|department|dept|startup|studio|unit|institute|office|project|school)", note: "the author's side has the position", example: 'Our lab has a funded PhD position' },
  ],
  seeker: [
    { pattern: "(?:i'm|i am|im|currently|still) (?:looking for|seeking|searching for|applying (?:for|to)|hunting for)(?: (?:a|an|my|new|next|first))* (?:\\w+ )?(?:positions?|roles?|jobs?|internships?|placements?|opportunit(?:y|ies)|work|phd|postdoc)(?! (?:students?|candidates?|researchers?|to))", note: 'the position is what the author looks for', example: "I'm looking for a position" },
    { pattern: 'my (?:cv|resume|résumé|portfolio)|open to work|hire me', note: "a job seeker's own pitch", example: 'Please share my portfolio' },
  ],
  spread: [
    { pattern: 'share|sharing|shares|rt|rts|retweet|repost|boost|reblog|spread the word|pass (?:it|this) on|forward', note: 'passing the post on', example: 'Please share!' },
  ],
  passOn: [
    { pattern: "(?:share|send|forward|pass)(?: (?:this|it)(?: video| song| post)?)?(?: on)? (?:with|to) (?:someone|somebody|anyone|a friend|friends|your friends|everyone|people|those|whoever)(?: (?:who|that|you))?", note: 'the post passed on to whoever needs it', example: 'Share this with someone who needs to hear it today' },
  ],
  thanks: [
    { pattern: "thanks?|thank you|thx|ty", note: 'thanks said outright', example: 'Thank you all so much' },
    { pattern: '(?:grateful|thankful) (?:to|for) (?:you|all of you|every one of you|everyone|y\'all|you all)', note: 'gratitude to the readers, not for a journey', example: 'So grateful to all of you' },
  ],
  anniversary: [
    { pattern: "turns? (?:\\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten)(?! (?:percent|%|degrees|minutes|hours))", note: 'the author’s thing reaches an age', example: "Our Etsy shop turns 5 today!" },
    { pattern: "\\d{1,3} years? ago today", note: 'the day the author began, counted back', example: "5 years ago today I opened my little bakery" },
    { pattern: "(?:\\d{1,3}(?:st|nd|rd|th)|first|second|third|fifth|tenth) (?:anniversary|birthday)", note: 'an anniversary named', example: "Today is our 10th anniversary" },
    { pattern: "(?:\\d{1,3}|one|two|three|five|ten) years? (?:in business|since (?:we|i) (?:opened|started|launched))", note: 'years the author’s thing has run', example: "10 years in business this week!" },
  ],
  stall: [
    { pattern: "(?:my|our) (?:little |own )?(?:market |craft |fair )?(?:stall|stand|booth|table|pitch|gazebo)", note: "the author's own place at a market or fair", example: 'Saturday market, our stall 12: candles €8, wreaths €25' },
  ],
  scam: [
    { pattern: "(?<!(?:not|no|isn't|ain't|never) (?:a |an )?)(?:scams?|scammers?|phishing|fraud|fraudsters?|fraudulent)", note: 'a scam or fraud named (not "not a scam", a seller\'s reassurance)', example: 'Scam warning: texts asking for a £1.45 redelivery fee are fake' },
  ],
};

const es: OccasionLexicon = {
  presence: [
    { pattern: 'estar[ée]|estaremos|(?:voy|vamos) a estar', note: 'the author tells where they will be', example: 'Estaré en el stand 12 el martes' },
    { pattern: '(?:estoy|estamos) en el (?:stand|puesto|evento|congreso)', note: 'the author is at a stand or an event', example: 'Estamos en el stand 12' },
    { pattern: '(?:estoy|estamos) en (?:el|la) (?:mercadillo|mercado|rastro|feria|plaza de abastos)', note: 'the author at a market on the day, told in the present', example: 'Este sábado estamos en el mercadillo del puerto' },
    { pattern: '(?:presento|presentamos|hablo|hablamos|doy|damos|voy a dar|vamos a dar) (?:en|una charla|un taller|una ponencia)', note: 'the author presents or speaks', example: 'Doy una charla en el congreso' },
    { pattern: 'mi (?:charla|ponencia|p[oó]ster|taller|stand) (?:es|ser[aá])', note: "the author's own slot", example: 'Mi póster será el jueves' },
  ],
  meet: [
    { pattern: '(?:pasa|p[aá]sate|pasad|pasaos|pasen|p[aá]sense|ven|venid|vengan) a (?:saludar(?:me|nos)?|vernos|verme|charlar)', note: 'come and meet the author (the reflexive vosotros and ustedes forms too: "pasaos", "pásense")', example: '¡Pasaos a saludar!' },
    { pattern: 'b[uú]scame|b[uú]scanos|encu[eé]ntrame|encu[eé]ntranos', note: 'find the author there', example: 'Búscame en el stand' },
  ],
  expect: [
    { pattern: '(?:te|os|les|los|las) esperamos|nos vemos (?:esta noche|hoy|ma[nñ]ana|all[ií]|el (?:viernes|s[aá]bado|domingo))', note: 'the readers expected', example: '¡Te esperamos esta noche!' },
    { pattern: '(?:ven|venid|ven[ií]os|vengan|venga|veníos) con (?:mucha |much[ií]sima )?hambre', note: 'the readers summoned to eat (counts only beside a sale: a friend\'s paella sells nothing)', example: 'Cochinillo a 22 € la ración, ¡veníos con hambre!' },
    { pattern: '(?:te|os|les|los|las) espero|os veo (?:all[ií]|esta noche|el (?:viernes|s[aá]bado|domingo))', note: 'the readers awaited by the author alone (a DJ, a singer)', example: 'Este viernes pincho en la Sala Sol, ¡os espero!' },
    { pattern: '(?:ven|venid|vengan|venga|pasa|pasad|pasen|p[aá]sate)(?: (?:a vernos|por aqu[ií]|por el local|por la tienda))? (?:esta noche|hoy|ma[nñ]ana|este (?:viernes|s[aá]bado|domingo|finde|fin de semana))', note: 'come to the author’s place at a time', example: '¡Ven esta noche!' },
    { pattern: '(?:ven|venid|vengan|pasa|pasad|pasen|p[aá]sate|p[aá]sense) por (?:la calle|la avenida|la av\\.|c/|el local|la tienda|la academia|la autoescuela|el estudio|nuestr[oa] (?:local|tienda|academia|estudio|autoescuela))', note: 'come by the author’s address', example: 'Pásate por la calle Mayor 12 y te informamos' },
  ],
  vacancy: [
    { pattern: '(?:plazas?|vacantes?|puestos?|becas?|contratos?) (?:de |para )?(?:doctorado|doctoral(?:es)?|predoctoral(?:es)?|posdoc(?:toral)?|postdoc(?:toral)?|investigaci[oó]n|pr[aá]cticas|trabajo|empleo|t[eé]cnic[oa]|financiad[oa]s?)', note: 'a position named with its kind ("plazas abiertas" may be seats in a course)', example: 'Tenemos una plaza de doctorado financiada' },
    { pattern: '(?:una|dos|tres|\\d+) (?:vacantes?|posdocs?|postdocs?)|vacantes? de', note: 'a vacancy counted (not "dos plazas": seats in a course)', example: 'Abrimos dos vacantes' },
  ],
  ours: [
    { pattern: 'nosotros|tenemos|ofrecemos|abrimos|buscamos|nuestr[oa]s?|mi (?:grupo|laboratorio|equipo|empresa|departamento)', note: "the author's side has the position", example: 'Nuestro grupo tiene una plaza' },
  ],
  seeker: [
    { pattern: '(?:busco|estoy buscando|ando buscando) (?:un |una |mi )?(?:nuev[oa] )?(?:trabajo|empleo|plaza|puesto|beca|pr[aá]cticas|oportunidad)', note: 'the position is what the author looks for', example: 'Busco trabajo como diseñadora' },
    { pattern: 'mi (?:cv|curr[ií]culum|portafolio|portfolio)|contr[aá]tame', note: "a job seeker's own pitch", example: 'Compartid mi portafolio' },
  ],
  spread: [
    { pattern: 'compart[ei]\\p{L}*|difund\\p{L}*|rt|retuit\\p{L}*|corre(?:d)? la voz', note: 'passing the post on', example: '¡Compartid, por favor!' },
  ],
  passOn: [
    { pattern: '(?:comp[aá]rt(?:elo|anlo|idlo|e esto|an esto|ir)|m[aá]nd(?:aselo|enselo)|env[ií](?:aselo|enselo)) (?:con|a) (?:alguien|quien|quienes|tus amigos|sus amigos|todos|todo el mundo|esa persona)', note: 'el vídeo pasado a quien lo necesita', example: 'Compártelo con alguien que lo necesite' },
  ],
  thanks: [
    { pattern: 'gracias', note: 'thanks said outright', example: '¡Muchas gracias a todos!' },
    { pattern: 'agradecid[oa]s? (?:a|con) (?:todos|todas|vosotros|vosotras|ustedes)', note: 'gratitude to the readers, not for a journey', example: 'Muy agradecida con todos' },
  ],
  anniversary: [
    { pattern: "cumple (?:\\d{1,3}|un|dos|tres|cuatro|cinco|diez) (?:años?|meses)", note: 'the author’s thing reaches an age', example: "¡Nuestra tienda cumple 5 años hoy!" },
    { pattern: "(?:hoy )?hace \\d{1,3} años (?:abr[ií]|abrimos|empec[eé]|empezamos|lanc[eé]|lanzamos)", note: 'the day the author began, counted back', example: "Hoy hace 5 años abrí mi panadería" },
    { pattern: "\\d{1,3}(?:o|º|°)? aniversario", note: 'an anniversary named', example: "Celebramos nuestro 10º aniversario" },
  ],
  stall: [
    { pattern: "(?:mi|nuestro) (?:peque[nñ]o )?(?:puesto|stand|tenderete)|(?:mi|nuestra) (?:peque[nñ]a )?(?:mesa|parada|caseta)", note: 'el puesto propio del autor en un mercadillo o una feria', example: 'Mercadillo del sábado, nuestro puesto 12: velas 8 €, coronas 25 €' },
  ],
  scam: [
    { pattern: "(?<!no (?:es )?(?:una? )?)(?:estafas?|estafadores|timos?|fraudes?|phishing)", note: 'una estafa o un fraude (no "no es estafa")', example: 'Ojo, estafa: SMS de Correos que piden 1,99 € con un enlace' },
  ],
};

const de: OccasionLexicon = {
  presence: [
    { pattern: '(?:ich bin|wir sind|ich werde|wir werden)(?: [\\p{L}\\p{N}.,:-]+){0,4}? (?:auf der|auf dem|beim|bei der|am stand|an stand|vor ort|in halle|dabei)', note: 'the author tells where they will be', example: 'Ich bin am Dienstag auf der re:publica' },
    { pattern: '(?:ich|wir) (?:spreche|sprechen|halte|halten|präsentiere|präsentieren)(?: [\\p{L}\\p{N}.,:-]+){0,4}? (?:auf der|auf dem|beim|bei der)', note: 'the author speaks or presents at an event', example: 'Ich spreche am Freitag auf der FrOSCon' },
    { pattern: '(?:mein|unser) (?:vortrag|poster|workshop|talk|stand)(?: ist)? (?:am|um|in|auf)', note: "the author's own slot", example: 'Mein Vortrag ist am Donnerstag um 10' },
    { pattern: '(?:bin ich|sind wir|stehe ich|stehen wir|wir stehen|ich stehe)(?: [\\p{L}\\p{N}.,:-]+){0,6}? (?:auf dem|auf der|am) (?:markt|wochenmarkt|flohmarkt|bauernmarkt|[\\p{L}-]*markt|messe|stand)', note: 'the author at a market, the verb before the subject when the sentence opens with the day ("Samstag stehen wir …")', example: 'Samstag stehen wir von 8 bis 13 Uhr auf dem Markt' },
  ],
  meet: [
    { pattern: '(?:kommt|komm|kommen sie|schaut|schau|schauen sie) (?:gern |gerne |doch |mal )*vorbei', note: 'come and meet the author', example: 'Kommt vorbei!' },
    { pattern: '(?:sagt|sag|sagen sie) (?:gern |gerne |doch |mal )*hallo', note: 'say hello to the author there', example: 'Sagt gern Hallo' },
  ],
  expect: [
    { pattern: '(?:kommt|komm|kommen sie|schaut|schau|schauen sie)(?: (?:heute|morgen|abend|am|wochenende|samstag|sonntag|freitag|gern|gerne|doch|mal))+ vorbei', note: 'come to the author’s place at a time', example: 'Kommt heute Abend vorbei!' },
    { pattern: 'kommt hungrig|komm hungrig|kommen sie hungrig|mit (?:gro(?:ß|ss)em |viel |ordentlich )?hunger kommen', note: 'the readers summoned to eat (counts only beside a sale: a friend\'s Grillabend sells nothing)', example: 'Schnitzel für 12,90 €, kommt hungrig!' },
    { pattern: 'wir (?:freuen uns auf|erwarten) (?:euch|dich|sie)|bis heute abend', note: 'the readers awaited', example: 'Wir freuen uns auf euch!' },
    { pattern: 'ich freu(?:e)? mich auf euch|wir sehen uns (?:dort|da|heute|morgen|am (?:freitag|samstag|sonntag))|bis (?:freitag|samstag|sonntag|dann)(?=\\s*[!.]|\\s*$)', note: 'the readers awaited, by one or at a time', example: 'Freitag lege ich im Club Ost auf. Bis dann!' },
    { pattern: '(?:kommt|komm|kommen sie|schaut|schau)(?: (?:einfach|gern|gerne|doch|mal))* (?:bei uns )?(?:in der|in die|am|im|in unserer?|in unserem) [\\p{L}ß.-]+(?: \\d+[a-z]?)? vorbei', note: 'come by the author’s address', example: 'Komm einfach in der Lindwurmstraße 12 vorbei' },
  ],
  vacancy: [
    { pattern: '(?:offene|freie|ausgeschriebene|unbefristete|befristete|volle|halbe) stellen?|stellen? (?:frei|zu besetzen|ausgeschrieben)|[\\p{L}-]*(?:doktoranden|promotions|postdoc|projekt|mitarbeiter|hiwi|wimi)[\\p{L}-]*stellen?|praktikumspl[aä]tze?|ausbildungspl[aä]tze?|(?:ein|zwei|drei|\\d+) (?:bezahlte[sn]? )?praktik(?:um|a)', note: 'a position named as such', example: 'Wir haben eine Promotionsstelle in Kiel' },
  ],
  ours: [
    { pattern: 'wir|unser(?:e|em|en|er|es)?|(?:meine?|meinem|unserer?) (?:gruppe|labor|team|firma|lehrstuhl|institut|arbeitsgruppe|ag)', note: "the author's side has the position", example: 'Unsere Arbeitsgruppe hat eine Stelle frei' },
  ],
  seeker: [
    { pattern: '(?:ich )?suche (?:eine |einen |ein )?(?:neue[n]? |feste )?(?:stelle|job|arbeit|praktikum|promotionsstelle|ausbildungsplatz)', note: 'the position is what the author looks for', example: 'Ich suche eine neue Stelle' },
    { pattern: 'mein (?:lebenslauf|portfolio|cv)|stellt mich ein', note: "a job seeker's own pitch", example: 'Teilt mein Portfolio' },
  ],
  spread: [
    { pattern: 'teilen|teilt|teil|weitersagen|weiterleiten|weitergeben|rt|boosten|boostet', note: 'passing the post on', example: 'Bitte teilen!' },
  ],
  passOn: [
    { pattern: '(?:teilt|teile|teil|schickt|schicke|schick)(?: (?:das|es|dieses video|den song))? (?:mit|an) (?:jemandem|jemanden|allen|euren freunden|deinen freunden|leuten|denen|wem)', note: 'das Video weitergegeben an den, der es braucht', example: 'Teilt das mit jemandem, der es hören muss' },
  ],
  thanks: [
    { pattern: 'danke|vielen dank', note: 'thanks said outright', example: 'Danke euch allen!' },
    { pattern: 'dankbar (?:für euch|euch allen|ihnen allen)', note: 'gratitude to the readers, not for a journey', example: 'So dankbar euch allen' },
  ],
  anniversary: [
    { pattern: "wird (?:heute |morgen )?(?:\\d{1,3}|eins|zwei|drei|vier|f[üu]nf|zehn)(?! (?:prozent|%|uhr|euro|grad|minuten|stunden|tage|wochen))", note: 'the author’s thing reaches an age', example: "Unser Etsy-Shop wird heute 5!" },
    { pattern: "(?:heute )?vor \\d{1,3} jahren (?:habe ich|haben wir|hab ich|er[öo]ffnete|er[öo]ffneten|gr[üu]ndete|gr[üu]ndeten)", note: 'the day the author began, counted back', example: "Heute vor 5 Jahren habe ich meine Bäckerei eröffnet" },
    { pattern: "\\d{1,3}(?:\\.|-)? ?(?:j[äa]hriges|jubil[äa]um)", note: 'an anniversary named', example: "Wir feiern unser 10-jähriges Jubiläum" },
  ],
  stall: [
    { pattern: "(?:mein|unser)(?:em|en)? (?:kleine[rnm]? )?(?:marktstand|stand|tisch|st[äa]ndchen)", note: 'der eigene Stand des Autors auf einem Markt oder einer Messe', example: 'Samstagsmarkt, unser Stand 12: Kerzen 8 €, Kränze 25 €' },
  ],
  scam: [
    { pattern: "(?<!(?:kein|keine|keinen|nicht) )(?:betrug|betrugsmasche|betr[uü]ger(?:innen)?|phishing|abzocke|fake-(?:sms|mails?|anrufe?))", note: 'ein Betrug genannt (nicht "kein Betrug")', example: 'Achtung Betrug: SMS verlangen 1,99 € Zollgebühr über einen Link' },
  ],
};

const fr: OccasionLexicon = {
  presence: [
    { pattern: '(?:je serai|nous serons|on sera)(?: pr[ée]sente?s?)? (?:à|au|aux|sur|en|dans|lors)', note: 'the author tells where they will be', example: 'Je serai au salon mardi, stand 12' },
    { pattern: "(?:je suis|nous sommes|on est) (?:au|sur le|à la) (?:march[ée]|salon|stand|foire|brocante|vide-grenier)", note: 'the author at a market or fair on the day, told in the present', example: 'Samedi on est au marché place du Port' },
    { pattern: "(?:je|nous) (?:présente|présentons|parle|parlons|interviens|intervenons|anime|animons)(?: [\\p{L}'’]+){0,3}? (?:à|au|aux|lors)", note: 'the author presents or speaks at an event', example: 'Je présente mes travaux au congrès jeudi' },
    { pattern: '(?:mon|notre) (?:stand|poster|atelier|intervention)|(?:ma|notre) (?:conférence|présentation|session) (?:est|sera|aura lieu)', note: "the author's own slot", example: 'Notre stand est le 12' },
  ],
  meet: [
    { pattern: '(?:passez|passe|venez|viens) (?:me |nous )?(?:voir|dire bonjour|discuter|saluer|faire (?:un )?(?:petit )?coucou)', note: 'come and meet the author', example: 'Passez nous faire un coucou !' },
    { pattern: '(?:passez|venez|passe|viens) (?:au|sur le) stand', note: 'come to the author’s stand', example: 'Venez au stand 12' },
  ],
  expect: [
    { pattern: "on vous attend|on t'attend|nous vous attendons|je vous attends|[àa] ce soir|venez nombreu(?:x|ses)", note: 'the readers awaited', example: 'On vous attend ce soir !' },
    { pattern: "(?:venez|viens) (?:avec (?:l'|de l')app[ée]tit|affam[ée]e?s?|le ventre vide)", note: 'the readers summoned to eat (counts only beside a sale: a friend\'s raclette sells nothing)', example: "Tartiflette à 16 €, venez avec l'appétit !" },
    { pattern: "on se voit (?:l[àa]-bas|ce soir|vendredi|samedi|dimanche|demain)|rendez-vous (?:vendredi|samedi|dimanche|ce soir|l[àa]-bas)", note: 'the readers awaited at a time or a place', example: 'Vendredi je mixe au Sucre, on se voit là-bas !' },
    { pattern: "(?:venez|viens|passez|passe)(?: nous voir)? (?:ce soir|aujourd'hui|demain|ce week-end|samedi|dimanche)", note: 'come to the author’s place at a time', example: 'Passez ce soir !' },
  ],
  vacancy: [
    { pattern: "(?:un|une|le|deux|trois|\\d+|nouveaux?) postes?|postes? (?:de|d'|à pourvoir|ouverts?|financés?)|offres? de (?:thèse|these|stage|post-?doc|poste)|(?:thèses?|theses?|contrats? doctoraux?|contrats? doctoral) (?:financée?s?|ouverte?s?)|(?:un|une|deux|\\d+) (?:post-?docs?|alternances?|bourses? de thèse)|stages? (?:rémunérés?|de fin d'études|en laboratoire|en entreprise)", note: 'a position named as such (a bare "stage" may be a yoga course)', example: 'Notre labo ouvre un poste de post-doc' },
  ],
  ours: [
    { pattern: 'nous|notre|nos|on (?:recrute|cherche|recherche|propose|ouvre|a)|mon (?:labo|laboratoire|équipe|equipe|entreprise|groupe)', note: "the author's side has the position", example: 'Notre équipe propose une thèse financée' },
  ],
  seeker: [
    { pattern: '(?:je )?(?:cherche|recherche) (?:un |une |mon )?(?:nouveau |premier )?(?:poste|emploi|travail|stage|alternance|thèse|these|job)', note: 'the position is what the author looks for', example: 'Je cherche un poste en data' },
    { pattern: 'mon (?:cv|portfolio)|embauchez-moi', note: "a job seeker's own pitch", example: 'Partagez mon portfolio' },
  ],
  spread: [
    { pattern: 'partag\\p{L}*|diffus\\p{L}*|rt|faites tourner|fais tourner|relay\\p{L}*', note: 'passing the post on', example: 'Partagez svp !' },
  ],
  passOn: [
    { pattern: "(?:partage[sz]?|envoie[sz]?)(?:-la|-le| la| le| [çc]a| cette vid[ée]o)? (?:[àa]|avec) (?:quelqu'un|ceux|celles|tes amis|vos amis|tes proches|vos proches|tout le monde|qui)", note: 'la vidéo passée à qui en a besoin', example: "Partagez-le à quelqu'un qui en a besoin" },
  ],
  thanks: [
    { pattern: 'merci', note: 'thanks said outright', example: 'Merci à tous !' },
    { pattern: 'reconnaissante?s? (?:envers vous|à vous|à tous)', note: 'gratitude to the readers, not for a journey', example: 'Tellement reconnaissante envers vous' },
  ],
  anniversary: [
    { pattern: "f[eê]te ses \\d{1,3} ans", note: 'the author’s thing reaches an age', example: "Notre boutique fête ses 5 ans aujourd'hui !" },
    { pattern: "a \\d{1,3} ans aujourd'hui", note: 'the author’s thing reaches an age', example: "Notre atelier a 5 ans aujourd’hui" },
    { pattern: "il y a \\d{1,3} ans (?:jour pour jour|aujourd'hui)", note: 'the day the author began, counted back', example: "Il y a 5 ans jour pour jour, j'ouvrais ma boulangerie" },
    { pattern: "\\d{1,3}(?:e|eme|ème) anniversaire", note: 'an anniversary named', example: "Nous fêtons notre 10e anniversaire" },
  ],
  stall: [
    { pattern: "(?:mon|notre) (?:petit )?(?:stand|[ée]tal|emplacement)|(?:ma|notre) (?:petite )?(?:table|boutique [ée]ph[ée]m[èe]re)", note: "le stand de l'auteur sur un marché ou un salon", example: 'Marché de samedi, notre stand 12 : bougies 8 €, couronnes 25 €' },
  ],
  scam: [
    { pattern: "(?<!(?:pas une?|pas d'|aucune?) )(?:arnaques?|escroquerie|escrocs?|phishing|hame[cç]onnage|fraudes?)", note: 'une arnaque nommée (pas "pas une arnaque")', example: 'Arnaque en cours : des SMS demandent 1,99 € via un lien' },
  ],
};

const pt: OccasionLexicon = {
  presence: [
    { pattern: '(?:vou|vamos) estar (?:no|na|nos|nas|em)|estarei (?:no|na|nos|nas|em)|estaremos (?:no|na|nos|nas|em)', note: 'the author tells where they will be', example: 'Vou estar no evento na terça' },
    { pattern: '(?:a gente|n[oó]s|eu)? ?(?:t[aá]|t[oô]|estamos|estou|est[aá]) (?:na|no) (?:feira|feirinha|mercado|mercadinho|bazar|estande|barraca)', note: 'the author at a market on the day, told in the present ("a gente tá na feira")', example: 'Sábado a gente tá na feira da praça' },
    { pattern: '(?:vou|vamos) (?:apresentar|palestrar|falar)(?: [\\p{L}]+){0,3}? (?:no|na|em)', note: 'the author presents or speaks at an event', example: 'Vou apresentar meu pôster no congresso' },
    { pattern: '(?:minha|nossa) (?:palestra|apresentação|apresentacao|oficina|sessão)|(?:meu|nosso) (?:estande|pôster|poster|stand)', note: "the author's own slot", example: 'Nosso estande é o 12' },
  ],
  meet: [
    { pattern: '(?:passa|passem|venha|venham|vem|apare[çc]a|apare[çc]am) (?:l[aá] )?(?:pra|para|a)? ?(?:dizer oi|dar um oi|dar um ol[aá]|conversar|me ver|nos ver)', note: 'come and meet the author', example: 'Passem para dar um oi!' },
    { pattern: '(?:me|nos) (?:procurem|procure|encontrem|encontre)', note: 'find the author there', example: 'Me procurem no estande' },
  ],
  expect: [
    { pattern: 'te esperamos|esperamos (?:voc[eê]s|vcs|voc[eê]|vc)|nos vemos (?:hoje|l[aá]|amanh[aã])|at[eé] (?:hoje|mais tarde)', note: 'the readers awaited', example: 'Te esperamos hoje!' },
    { pattern: '(?:venham|vem|venha|chega|cheguem) com fome', note: 'the readers summoned to eat (counts only beside a sale: a friend\'s churrasco sells nothing)', example: 'Feijoada a R$ 39, venham com fome!' },
    { pattern: 'espero (?:voc[eê]s|vcs)(?: l[aá])?|te espero(?: l[aá])?|cola(?:m)? l[aá]', note: 'the readers awaited by the author alone, or called to the place', example: 'Sexta toco no Bar Opinião, cola lá!' },
    { pattern: '(?:vem|venha|venham|passa|passem|apare[çc]am?)(?: (?:pra c[aá]|aqui|l[aá]))? (?:hoje|hj|amanh[aã]|esta noite|essa noite|neste (?:s[aá]bado|domingo|fim de semana)|nesse (?:s[aá]bado|domingo|fim de semana))', note: 'come to the author’s place at a time', example: 'Vem hoje!' },
  ],
  vacancy: [
    { pattern: 'vagas? (?:de|para) (?:emprego|trabalho|doutorado|mestrado|p[oó]s-?doc(?:torado)?|est[aá]gio|pesquisa|pesquisador(?:a)?|professor(?:a)?|analista|desenvolvedor(?:a)?|engenheir[oa]|t[eé]cnic[oa]|bolsista)|bolsas? de (?:doutorado|mestrado|p[oó]s-?doc|inicia[çc][aã]o|pesquisa)|(?:uma|duas|dois|tr[eê]s|\\d+) (?:bolsas?|est[aá]gios?|p[oó]s-?docs?)', note: 'a position named as such (not a bare "vaga": a seat in a course, a parking space)', example: 'Temos uma vaga de doutorado com bolsa' },
  ],
  ours: [
    { pattern: 'n[oó]s|temos|oferecemos|abrimos|nosso|nossa|nossos|nossas|(?:meu|nosso) (?:grupo|laborat[oó]rio|lab|time)|(?:minha|nossa) (?:equipe|empresa)', note: "the author's side has the position", example: 'Nosso laboratório tem uma vaga' },
  ],
  seeker: [
    { pattern: '(?:estou |t[oô] )?(?:procurando|buscando|procuro|busco) (?:uma? |meu |minha )?(?:nov[oa] )?(?:vaga|emprego|trabalho|est[aá]gio|oportunidade|bolsa)', note: 'the position is what the author looks for', example: 'Estou procurando uma vaga' },
    { pattern: 'meu (?:curr[ií]culo|cv|portf[oó]lio)|me contratem', note: "a job seeker's own pitch", example: 'Compartilhem meu portfólio' },
  ],
  spread: [
    { pattern: 'compartilh\\p{L}*|partilh\\p{L}*|divulg\\p{L}*|rt', note: 'passing the post on', example: 'Compartilhem, por favor!' },
  ],
  passOn: [
    { pattern: '(?:compartilh[ae]m?|partilh[ae]m?|mand[ae]m?|envi[ae]m?)(?: (?:isso|esse v[ií]deo|essa m[uú]sica))? (?:com|pra|para) (?:algu[ée]m|quem|seus amigos|teus amigos|todo mundo|todos)', note: 'o vídeo passado a quem precisa', example: 'Compartilha com alguém que precisa ouvir isso' },
  ],
  thanks: [
    { pattern: 'obrigad[oa]s?|valeu', note: 'thanks said outright', example: 'Muito obrigada a todos!' },
    { pattern: 'agrade[çc]o a (?:todos|todas|voc[eê]s)|grat[oa]s? a (?:todos|todas|voc[eê]s)', note: 'gratitude to the readers, not for a journey', example: 'Agradeço a todos vocês' },
  ],
  anniversary: [
    { pattern: "(?:faz|fez|completa|completou) (?:\\d{1,3}|um|dois|tr[eê]s|cinco|dez) anos?", note: 'the author’s thing reaches an age', example: "Nossa loja no Etsy faz 5 anos hoje!" },
    { pattern: "h[aá] \\d{1,3} anos,? (?:abri|abrimos|comecei|come[cç]amos|lancei|lan[cç]amos)", note: 'the day the author began, counted back', example: "Há 5 anos abri minha padaria" },
    { pattern: "\\d{1,3}(?:o|º|°)? anivers[aá]rio", note: 'an anniversary named', example: "Comemoramos nosso 10º aniversário" },
  ],
  stall: [
    { pattern: "(?:minha|nossa) (?:barraca|banca|barraquinha|mesa|tenda)|(?:meu|nosso) (?:stand|estande|box)", note: 'a barraca do próprio autor numa feira', example: 'Feira de sábado, nossa barraca 12: velas R$ 8, guirlandas R$ 25' },
  ],
  scam: [
    { pattern: "(?<!n[aã]o [eé] (?:um )?)(?:golpes?|golpistas?|fraudes?|phishing)", note: 'um golpe nomeado (não "não é golpe")', example: 'Cuidado, golpe: mensagens pedem R$ 9,90 com um link' },
  ],
};

export const OCCASION_LEXICONS: Readonly<Record<string, OccasionLexicon>> = { en, es, de, fr, pt };

export type OccasionKey = keyof OccasionLexicon;

const compiled = new Map<string, RegExp>();

/** The patterns of one key as one regex (global, case-insensitive, bounded by letters); null for a language we have none for. */
export function occasionRegex(lang: DocLang, key: OccasionKey): RegExp | null {
  const lexicon = OCCASION_LEXICONS[lang];
  if (!lexicon) return null;
  const id = `${lang}:${key}`;
  let re = compiled.get(id);
  if (!re) {
    re = new RegExp(`(?:${lexicon[key].map((p) => p.pattern).join('|')})(?![\\p{L}\\p{N}])`, 'giu');
    compiled.set(id, re);
  }
  re.lastIndex = 0;
  return re;
}

/** Where the patterns of one key match the text. */
/**
 * Per post, its text with straight apostrophes and each occasion key's spans: the evidence and several rules ask the
 * same question of one post, and a post asks up to eight keys (the text was straightened again for each).
 */
const perPost = new WeakMap<object, { text: string; spans: Map<OccasionKey, { start: number; end: number }[]> }>();

/** A post's spans of one occasion key, found once per post (keyed by the post's document object). */
export function occasionsOf(doc: { text: string; lang: DocLang }, key: OccasionKey): { start: number; end: number }[] {
  let found = perPost.get(doc);
  if (!found) perPost.set(doc, (found = { text: doc.text.replace(/[’‘]/g, "'"), spans: new Map() }));
  let spans = found.spans.get(key);
  if (!spans) found.spans.set(key, (spans = occasionSpans(found.text, doc.lang, key)));
  return spans;
}

export function occasionSpans(text: string, lang: DocLang, key: OccasionKey): { start: number; end: number }[] {
  const re = occasionRegex(lang, key);
  if (!re) return [];
  const out: { start: number; end: number }[] = [];
  // The word start is checked here rather than with a leading lookbehind, which would make the regex try every position.
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    if (m[0].length > 0 && startsWord(text, m.index)) out.push({ start: m.index, end: m.index + m[0].length });
    else re.lastIndex = m.index + 1;
  }
  return out;
}
