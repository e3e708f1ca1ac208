// What the post asks for, what it says beyond that, and what it gives: computed once per check and shared by the
// rules, so "does this post give anything?" has one answer everywhere.
import { FAVOURITE } from './phrases/favourite';
import { findAsks, PRICE_RE } from './asks';
import { askLexicon, fold, occasionsOf, TEASER_LEXICONS } from './lexicon';
import { isOwnHost, linkInfo, publicAuthority, type LinkInfo } from './links';
import type { PhraseMatch } from './phrases';
import { WORD_FLAG, type PhraseBook, type PhraseKey } from './phrases/book';
import { imitated, mentionsScam } from './scams';
import { reportedAsk } from './speech';
import { computeSignals, FREE_WORD_RE, giveScore, takeawayScore } from './signals';
import { tallyCounts } from './tally';
import { findTeasers, type Teaser } from './teasers';
import { byStart, byStartThenEnd, capitalised, inOrder, overlaps, QUOTED_TITLE_RE, sentences, within, type Doc, type Span, type Token } from './text';
import { addressedWarmth, invitationSignals, meetingSentences, namedThanks, warmReply } from './warmth';
import type { GiveSignal } from './types';

export interface Evidence {
  /** Each of `doc.words` in lower case with curly apostrophes straightened, for list lookups. */
  lower: string[];
  /** What each of `doc.urls` is (canonical form, host, affiliate), parsed once. */
  links: LinkInfo[];
  /** Each word's WORD_FLAG bits in this language (function word, first or second person, reaction). */
  flags: number[];
  /** Each word's weight as content (0 for function words and reactions; more for unspaced scripts). */
  content: number[];
  sentences: Span[];
  /** Phrases that ask the audience to act for the author (calls to action, codes, urgency, bait, plugs...). */
  asks: PhraseMatch[];
  /** Asks composed of a request, an action and a target (asks.ts); some overlap phrase asks. */
  composed: PhraseMatch[];
  /** Contact asks ("DM me") that only say how to take up an offer of help in the same sentence: not asks. */
  offers: PhraseMatch[];
  /** Sentences that hold an ask: their words are the ask's wrapping, not something given. */
  askSentences: Span[];
  /** Discount codes with the word that introduces them ("code SAVE20"). */
  codes: PhraseMatch[];
  /** "my new course" style mentions of the author's own product, with capitalised names allowed in between. */
  plugs: PhraseMatch[];
  /** Whether the post points somewhere: a link, or a call to action such as "link in bio". */
  pointsSomewhere: boolean;
  /** Whether the post asks for others (forOthers over `lower`): victims, relief, a lost animal. */
  forOthers: boolean;
  /** Words that carry meaning: not function words, not reactions, not links, tags or mentions. */
  contentWords: number;
  /** Content words outside ask sentences. */
  freeContentWords: number;
  /** Numbers, prices, times and percentages outside links and tags, list markers left out. */
  specifics: Span[];
  /** The counts of a tally post ("5 Termine. 3 Calls. 1 Vision."; tally.ts), or [] when the post is none. */
  tally: Span[];
  /** Content words outside sentences that ask or announce: what the post says beyond its pitch. */
  unpitchedWords: number;
  /** Concrete details anywhere: numbers, quoted titles, names written with a capital inside a sentence. */
  details: number;
  /** Words holding a digit ("v2", "6x6x6", "2025"): a version, a size, a year. */
  numbered: number;
  /** How many phrases give (tips, help, thanks...) anywhere, even inside an ask. Computed on first call. */
  giveCues(): number;
  signals: GiveSignal[];
  /** Teasers the post leaves undelivered ("here's why" and no why): they point at what the post does not give. */
  teasers: Teaser[];
  /** Total give score of the signals. */
  give: number;
  /** The part of `give` that hands the reader something to use: teaching, lessons, answers, real questions. */
  takeaway: number;
}

/**
 * A teaser is undelivered only when the rest of the post says almost nothing, so posts longer than this are never
 * teasers, and their teaser phrases are not even looked for.
 */
const TEASER_MAX_WORDS = 120;
/** Content words a comment needs beside its thanks to say what they are for ("your videos helped me pass my test"). */
const WARM_COMMENT_WORDS = 6;
/** More than this share of capitalised words is Title Case (or a list of names), not names in running text. */
const TITLE_CASE_SHARE = 0.6;
/** Any I, me, my, we or our makes a post about its author: its numbers are a status or a brag, not a report. */
const ABOUT_ME_WORDS = 1;
/** The page's own description, not the author's ("my description"). */
const THE_DESCRIPTION_RE = /(?<![\p{L}])the description(?![\p{L}])/iu;
const ASK_KEYS: readonly PhraseKey[] = ['callToAction', 'service', 'discount', 'urgency', 'bait', 'giveaway', 'affiliate'];
/** Bait asked as a question: it ends on its question mark ("Agree?", "Stimmst du zu?"). */
const ASKED_BAIT_RE = /\?\s*$/u;

/**
 * The bait that fishes for reactions. In a reply, an agreement asked as a question ("I think we should cancel the
 * contract. Agree?") asks the person answered; "like if you agree" there still fishes the thread.
 */
export function fishingBait(find: (key: PhraseKey) => PhraseMatch[], reply: boolean): PhraseMatch[] {
  const bait = find('bait');
  return reply && bait.length > 0 ? bait.filter((m) => !ASKED_BAIT_RE.test(m.text) || CROWD_BAIT_RE.test(m.text)) : bait;
}

/**
 * Bait asked of the crowd, not of the person answered: "Who agrees?", "Wer sieht das auch so?", "¿Quién piensa
 * igual?", "Qui pense pareil ?", "Quem concorda?". In a reply it still fishes the thread for reactions.
 */
const CROWD_BAIT_RE = /^¿?\s*(?:who|anyone|wer|qui[eé]n|qui|quem)(?![\p{L}])/iu;

/** Tickets, in the five languages: asked for in an ask's sentence, they are what the post sells. */
const TICKETS_RE = /(?<![\p{L}])(?:tickets?|tix|entradas|boletos|billets?|billetterie|ingressos|eintrittskarten|konzertkarten)(?![\p{L}])/iu;

/** Asks that only say how to reach the author. */
const CONTACT_ASK_RE =
  /^(?:dm|message|email|e-mail|ping|text|reach out|write to|contact|inbox|call (?:me|us)|ll[aá]m(?:a|e|en|ad)(?:me|nos)|llam[aá](?:me|nos)|escrib[ií](?:me|nos)|ruf(?:t|en sie)? (?:mich|uns)|appel(?:le|ez)[- ](?:moi|nous)|(?:me )?lig(?:a|ue)(?:-nos|-me)?|(?:send|drop|shoot) (?:me|us)|escr[ií]be(?:me|nos)|escribid(?:me|nos)|escr[ií]ban(?:me|nos)|mandad(?:me|nos)|m[aá]nden(?:me|nos)|interesad[oa]s|bei interesse|interessad[oa]s|m[aá]nda(?:me|nos)|md|mp|pn|schreib(?:t|en sie)? (?:mir|uns)|kontaktier|[ée]cri(?:s|vez)[- ](?:moi|nous)|envoi(?:e|es)[- ](?:moi|nous)|envoyez[- ](?:moi|nous)|schick(?:t|en sie)? (?:mir|uns)|contacte[zr]?|chama|me chama|manda (?:uma )?(?:mensagem|dm)|me manda|(?:me )?chamar|mandar (?:uma )?mensagem|falar comigo|escribirme|escribirnos|mandarme un mensaje|hablarme)(?![\p{L}])/iu;
/** A contact ask for prices or a demo ("DM me for pricing", "DM me for a demo") sells, whatever help the post offers around it. */
const PRICE_ASK_RE =
  /(?<![\p{L}])(?:pricing|prices?|rates|quotes?|packages|demos?|trials?|precios?|tarifas?|presupuestos?|preise?|angebote?|tarifs?|devis|preços?|orçamentos?)(?![\p{L}])/iu;
/**
 * A rate for the author's time, in the five languages ("$12 la hora", "25 €/h", "20 € die Stunde", "20€ de l'heure",
 * "R$ 60 a hora", "£20 an hour", "30€ la clase"): what a tutor, a trainer or a trade charges. Beside an offer of
 * help ("DM me and I'll send you the syllabus") it prices the help: the DM takes up a paid lesson.
 */
const RATE_RE =
  /(?:[$€£]\s?\d[\d.,]*|\d[\d.,]*\s?(?:€|\$|£|usd|eur|euros?|dollars?|reais|kz|fcfa))\s?(?:\/\s?(?:h|hr|hora|std|stunde|heure|sesi[oó]n|session|sess[aã]o|clase|aula)(?![\p{L}])|(?:la|por|a|de l'|l'|par|pro|an|per|die|the|à|de|cada) ?(?:hora|hour|hr|stunde|heure|sesi[oó]n|session|sess[aã]o|s[ée]ance|clase|class|aula|lesson|cours|einheit|unterrichtsstunde)(?![\p{L}]))/iu;
/** Asks that take up an invitation to meet ("grab a coffee? DM me", "join us for lunch"). */
const MEETING_ASK_RE =
  /^(?:dm|message|email|e-mail|ping|text|reach out|write to|contact|(?:send|drop|shoot) (?:me|us)|escribid|escr[ií]ban|bei interesse|join|come|hit me up|let me know|call|escr[ií]be|m[aá]ndame|env[ií]ame|[uú]nete|schreib|meld|[ée]cri|envoie|rejoins|rejoignez|(?:me )?(?:chama|manda)|vem)/iu;
/**
 * "Come by" said to whoever read the invitation before it ("We meet first Thursdays at 7 at Café du Port… Passez nous
 * voir", "Pásate a vernos", "Kommt vorbei", "Aparece lá"): it takes up that invitation. The same words in a shop's
 * post invite to the shop, so they count only after a meeting sentence of their own and with no price in the post.
 */
const COME_ASK_RE = /^(?:venez|viens|passez|passe|ven(?:id|gan)?|p[aá]sa(?:te|os|d|nse)|kommt|komm|schaut|apare[cç](?:a|e|am)|venham)(?![\p{L}])/iu;

/**
 * Laughter of any length as one whole word ("jajajaja", "kkkkkk", "hahahah", "ptdr", "mdrrr"), from the language's
 * teaser lexicon: the filler lists hold a few lengths only, so "kkkkkk real" counted its laugh as a word of content.
 */
const LAUGHTER = new Map<string, RegExp | null>();
function laughter(lang: string): RegExp | null {
  let re = LAUGHTER.get(lang);
  if (re === undefined) {
    const lexicon = Object.hasOwn(TEASER_LEXICONS, lang) ? TEASER_LEXICONS[lang] : undefined;
    re = lexicon ? new RegExp(`^(?:${lexicon.exclaiming.laughter.pattern})$`, 'iu') : null;
    LAUGHTER.set(lang, re);
  }
  return re;
}


/** How many quoted titles the text holds, counted with test() (match() built an array of their strings). */
export function quotedTitles(text: string): number {
  let n = 0;
  // A title is never empty, so each test() moves past the last one.
  QUOTED_TITLE_RE.lastIndex = 0;
  while (QUOTED_TITLE_RE.test(text)) n++;
  return n;
}

/**
 * A question about editing one's own link ("How do I change the link in my bio?", "¿Cómo cambio el link en mi perfil?",
 * "Wie ändere ich den Link in meinem Profil?"): the words name the link the author asks about, they send nobody there.
 */
const EDIT_VERB_RE =
  /(?<![\p{L}])(?:change|edit|update|add|remove|put|fix|ändere|ändern|bearbeite|bearbeiten|füge|einfügen|entferne|cambio|cambiar|edito|editar|pongo|poner|agrego|agregar|a[nñ]ado|a[nñ]adir|quito|quitar|changer|change|modifie|modifier|mets|mettre|ajoute|ajouter|enl[eè]ve|troco|trocar|mudo|mudar|coloco|colocar|adiciono|adicionar|tiro|tirar)(?:[^\S\n]+[\p{L}'’]+){0,2}[^\S\n]+$/iu;
function asksAboutEditing(text: string, m: { start: number; end: number }): boolean {
  const from = Math.max(text.lastIndexOf('\n', m.start), ...['.', '!', '?'].map((c) => text.lastIndexOf(c, m.start - 1))) + 1;
  const to = text.slice(m.end).search(/[.!?\n]/u);
  return to >= 0 && text[m.end + to] === '?' && EDIT_VERB_RE.test(text.slice(from, m.start));
}

/**
 * How many links a profile holds, said of profiles in general ("Instagram only lets you put one link in your bio",
 * "solo deja poner un enlace en la bio", "erlaubt nur einen Link in der Bio", "ne permet qu'un seul lien dans la bio",
 * "só deixa colocar um link na bio"): a count or a verb of putting before an indefinite link names the slot, it sends
 * nobody anywhere. The author's own bio ("I put a link in my bio") still points there.
 */
const LINK_SLOT_BEFORE_RE =
  /(?<![\p{L}])(?:(?:only|just) one|one single|a single|un solo|una sola|s[oó]lo un|un [uú]nico|nur einen?|einen einzigen|un seul|qu['’]un(?: seul)?|um s[oó]|s[oó] um|apenas um|(?:put|add|poner|a[nñ]adir|agregar|colocar|p[oô]r|adicionar|mettre|ajouter|setzen|einf[uü]gen|packen) (?:a|an|one|un|una|einen|ein|une|um|uma))[^\S\n]+$/iu;
const OWN_PROFILE_RE = /(?<![\p{L}])(?:my|our|mi|mis|nuestr[oa]|meine[mnr]?|unsere[mnr]?|ma|mon|notre|minha|meu|nossa|nosso)(?![\p{L}])/iu;
function namesLinkSlot(text: string, m: { start: number; end: number; text: string }): boolean {
  return LINK_SLOT_BEFORE_RE.test(text.slice(Math.max(0, m.start - 30), m.start)) && !OWN_PROFILE_RE.test(m.text);
}

function pushAll<T>(out: T[], items: readonly T[]): void {
  for (let i = 0; i < items.length; i++) out.push(items[i]!);
}



/**
 * German writes every noun with a capital, so a capital tells a name only where no article or inflected adjective
 * stands right before it: "jeden einzelnen Tag", "das Team", "eine gute Idee" are nouns; "an Ana", "in Lissabon" names.
 * After a word of quantity an adjective is made a noun: "was Großes", "etwas Neues", "alles Gute".
 */
const GERMAN_ARTICLES: ReadonlySet<string> = new Set(['der', 'die', 'das', 'dem', 'den', 'des', 'ein', 'eine', 'einen', 'einem', 'einer', 'eines', 'kein', 'keine', 'keinen', 'jeder', 'jede', 'jeden', 'jedes', 'dieser', 'diese', 'diesen', 'dieses', 'was', 'etwas', 'nichts', 'viel', 'alles',
  // The spoken articles ("lasst ne Bewertung da", "hab nen Tipp") and an article fused with its preposition ("vom
  // Podcast", "zum Schluss", "im Profil", "beim Bäcker").
  'ne', 'nen', 'nem', 'ner', 'vom', 'zum', 'zur', 'im', 'am', 'beim', 'ins', 'ans', 'aufs', 'fürs', 'ums', 'übers']);
/**
 * An inflected adjective written small ("einzelnen", "neue"); a capitalised word before is a noun itself ("mein Kollege
 * Marco") or opens its sentence ("Welches Mikrofon", "Kleine Korrektur"), and is left as it was read before.
 */
const GERMAN_ADJECTIVE_RE = /^\p{Ll}{2,}(?:e|en|em|er|es)$/u;
/** Words with an adjective's ending that are not adjectives: prepositions, conjunctions, adverbs, greetings, thanks. */
const GERMAN_NOT_ADJECTIVE: ReadonlySet<string> = new Set(['über', 'unter', 'hinter', 'neben', 'zwischen', 'gegen', 'wegen', 'ohne', 'aber', 'oder', 'wieder', 'hier', 'immer', 'sehr', 'gerne', 'heute', 'danke', 'habe']);
/** Whether the capitalised German word at `wi` is a noun after an article or an adjective, not a name. */
function germanNoun(doc: Doc, lower: readonly string[], wi: number): boolean {
  if (wi === 0) return false;
  const before = lower[wi - 1]!;
  return GERMAN_ARTICLES.has(before) || (!GERMAN_NOT_ADJECTIVE.has(before) && GERMAN_ADJECTIVE_RE.test(doc.words[wi - 1]!.text)) || openingAdjective(doc, lower, wi - 1);
}

/**
 * An inflected adjective that opens the post, capitalised only for that ("Neue Folge ist draußen", "Kleine Korrektur"):
 * the noun after it is a noun. A greeting's adjective comes before a name ("Liebe Anna", "Lieber Tom"), and a question
 * word before the thing asked about ("Welches Mikrofon"), both read as before.
 */
const GERMAN_OPENING_ADJECTIVE_RE = /^\p{Lu}\p{Ll}{2,}(?:e|en|em|er|es)$/u;
// A question word opens a question about the thing ("Welches Mikrofon benutzt du?"): the thing it asks about is left a detail.
const GERMAN_GREETING_ADJECTIVES: ReadonlySet<string> = new Set(['liebe', 'lieber', 'liebes', 'lieben', 'geehrte', 'geehrter', 'geehrten', 'hallo', 'guten', 'welche', 'welcher', 'welches', 'welchen', 'welchem']);
function openingAdjective(doc: Doc, lower: readonly string[], at: number): boolean {
  return at === 0 && !GERMAN_GREETING_ADJECTIVES.has(lower[at]!) && !GERMAN_NOT_ADJECTIVE.has(lower[at]!) && GERMAN_OPENING_ADJECTIVE_RE.test(doc.words[at]!.text);
}

/** A discount code reads like one: capitals with a digit (SAVE20, KREATIV30) or a capitalised word (EARLYBIRD). */
const CODE_RE = /^[\s:"“'‘]*([A-Z0-9][A-Z0-9_-]{2,19})(?![\p{L}\p{N}])/u;
const CODE_SHAPE_RE = /^(?=[A-Z0-9_-]*\d)(?=[A-Z0-9_-]*[A-Z])[A-Z0-9_-]{4,20}$|^[A-Z]{4,20}$/;

function findCodes(text: string, codeWords: readonly PhraseMatch[]): PhraseMatch[] {
  const out: PhraseMatch[] = [];
  for (const m of codeWords) {
    const after = CODE_RE.exec(text.slice(m.end, m.end + 30));
    if (after && CODE_SHAPE_RE.test(after[1]!)) {
      const end = m.end + after[0].length;
      out.push({ start: m.start, end, text: text.slice(m.start, end) });
    }
  }
  return out;
}

// A time written French or Portuguese style ("18h30") is one number, as "18:30" is; so is an amount with its unit
// glued on ("a 10p deposit", "50c", "2GB", "500ml").
const NUMBER_RE =
  /(?<![\p{L}\p{N}+])[$€£~]?\d[\d.,:/]*(?:h\d{2}|\s?(?:%|°[FC]?|px|k|ms|hrs?|min|mins|x|lbs?|kg|g|km|mi|pm|am|h|yo|p|c|ct|cm|mm|ml|l|m|gb|mb|tb|GB|MB|TB|kwh|kWh|mph)\b)?(?![\p{L}\p{N}\uFE0F\u20E3])/gu;
const LIST_MARKER_RE = /^\d{1,2}[.)]\s/;
/** A year, or a week or quarter's number, heading a tally ('2026', 'KW 50', 'Q4', 'semana 12'). */
const TALLY_LABEL_RE = /(?:(?<![\p{L}\p{N}])(?:19|20)\d\d|(?:KW|Q|week|semana|semaine|Woche) ?\d{1,2})[!.]?$/iu;
/** Scripts written without spaces: one "word" token is a whole phrase. */
const UNSPACED_RE = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}]/u;

/**
 * A favourite named after its noun, as Spanish, Portuguese and French place the adjective ("mi canal favorito", "meu
 * canal preferido", "ma chaîne préférée"): a viewer's favourite, someone else's, not the author's own thing. English
 * and German put it before the noun ("my favourite channel", "mein Lieblingskanal"), where isPlug already leaves it.
 */
const FAVOURITE_AFTER_RE = new RegExp(`^\\s+${FAVOURITE}`, 'iu');

/** What ends the clause a price cut stands in. */
const CUT_CLAUSE_END_RE = /[.!?;:,\n]/u;
const CUT_CLAUSE_WORD_RE = /[\p{L}'’]+/gu;

/**
 * Whether the price cut at `span` is how someone sells, told as a step ("sell yesterday's bread at half price",
 * "Brot vom Vortag zum halben Preis verkaufen"): its clause holds a selling word of the lexicon's `resale` with no
 * first-person subject next to it ("we sell everything at half price" offers). Such a cut asks nothing of the reader
 * (evidence asks) and is no discount (rule discount-code).
 */
export function soldAsPractice(doc: Doc, span: Span): boolean {
  const lex = askLexicon(doc.lang);
  if (!lex || lex.resale.size === 0) return false;
  const { text } = doc;
  let from = span.start;
  while (from > 0 && !CUT_CLAUSE_END_RE.test(text[from - 1]!)) from--;
  let to = span.end;
  while (to < text.length && !CUT_CLAUSE_END_RE.test(text[to]!)) to++;
  const words = (text.slice(from, to).toLowerCase().match(CUT_CLAUSE_WORD_RE) ?? []).map(fold);
  return words.some((w, i) => lex.resale.has(w) && !lex.subjects.has(words[i - 1] ?? '') && !lex.subjects.has(words[i + 1] ?? ''));
}

/** Words between "my/our" and the product noun must be modifiers or a capitalised name ("my Fraction Fun Pack bundle"). */
function isPlug(match: PhraseMatch, book: PhraseBook): boolean {
  const words = match.text.split(/\s+/).slice(1, -1);
  // A length joined to a word ("my 6-week program", "our 30-day challenge") says what the thing is, as a modifier does.
  return words.every((w) => book.words.plugModifiers.has(w.toLowerCase()) || /^\p{Lu}/u.test(w) || /^\d+-\p{L}+$/u.test(w));
}

function contentWeight(word: Token, flags: number, digits: boolean): number {
  if (flags & (WORD_FLAG.stop | WORD_FLAG.filler)) return 0;
  if (word.text.charCodeAt(0) >= 0x0e00 && UNSPACED_RE.test(word.text)) return Math.max(1, Math.floor(word.text.length / 2));
  return word.text.length > 1 || digits ? 1 : 0;
}

/** Whether a word holds an ASCII digit (what /\d/ tests), without a regex per word. */
function hasDigit(word: string): boolean {
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c >= 48 && c <= 57) return true;
  }
  return false;
}

/**
 * Whether the post says it asks for others: victims, relief, a missing person (lexicon forOthers), in its words or
 * at either end of a tag ("#ReliefPH", "#floodrelief"). Words inside `except` do not count: a seller's "24/7 emergency
 * service" is its own copy, not an emergency of others.
 */
export function forOthers(doc: Doc, canonical: readonly string[], except: readonly Span[] = [], lost?: boolean): boolean {
  const lex = askLexicon(doc.lang);
  if (!lex) return false;
  for (let i = 0; i < canonical.length; i++) {
    const word = fold(canonical[i]!);
    if (lex.forOthers.has(word) && !(except.length > 0 && within(except, doc.words[i]!.start))) return true;
  }
  // A lost or run-away animal: sharing its post is for the animal's sake.
  return (lost ?? lostAnimal(doc, canonical)) || (doc.hashtags.length > 0 && tagsForOthers(doc, lex.forOthers));
}

/**
 * Whether the post names a money drive as the author's own: one of the lexicon's `my` words, then a `drives` word at
 * most one word on ("our winter drive", "notre collecte", "nuestra campaña de Navidad", "unsere Spendenaktion"). Its
 * "please donate" asks for the author's drive, whatever it says of those the money is for.
 */
function ownDrive(doc: Doc, canonical: readonly string[]): boolean {
  const lex = askLexicon(doc.lang);
  if (!lex || lex.drives.size === 0) return false;
  for (let i = 0; i + 1 < canonical.length; i++) {
    if (!lex.my.has(fold(canonical[i]!))) continue;
    if (lex.drives.has(fold(canonical[i + 1]!)) || (i + 2 < canonical.length && lex.drives.has(fold(canonical[i + 2]!)))) return true;
  }
  return false;
}

/**
 * Whether the post tells of a lost or run-away animal: a word for it (lexicon lostWords, two-word forms such as "got
 * out" too) within a few words of an animal (animals).
 */
function lostAnimal(doc: Doc, canonical: readonly string[]): boolean {
  const lex = askLexicon(doc.lang);
  if (!lex) return false;
  for (let i = 0; i < canonical.length; i++) {
    const word = fold(canonical[i]!);
    // A two-word key ("got out") is formed only after a word that can start one: not a string per word.
    const lost = lex.lostWords.has(word) || (i + 1 < canonical.length && lex.lostLeads.has(word) && lex.lostWords.has(`${word} ${fold(canonical[i + 1]!)}`));
    if (lost && wordNear(lex.animals, canonical, i, doc.lang)) return true;
  }
  return false;
}

/**
 * Whether the post tells of something found that is someone else's ("Keys found near the playground", "Llaves
 * encontradas", lexicon foundWords within a few words of belongings), with no link, price or code: its "message me to
 * describe them" reaches the owner. "Found the perfect bag! link in bio" sells what it found.
 */
function foundSomeonesThing(doc: Doc, canonical: readonly string[], codes: number): boolean {
  const lex = askLexicon(doc.lang);
  if (!lex || doc.urls.length > 0 || codes > 0 || PRICE_RE.test(doc.text)) return false;
  for (let i = 0; i < canonical.length; i++) if (lex.foundWords.has(fold(canonical[i]!)) && wordNear(lex.belongings, canonical, i, doc.lang)) return true;
  return false;
}

/** How far apart "lost" and the animal (or "found" and the belonging) may stand: "Lost: grey tabby cat", "Perro
 * perdido", "Katze entlaufen", "Keys found near the playground", and an owner named between ("o gato da Dona Lúcia
 * sumiu"). */
const PAIR_GAP = 4;

/** Languages that write an animal or a belonging as the end of a compound ("Nachbarshund", "Hausschlüssel"). */
const COMPOUNDING = new Set(['de']);

/**
 * Whether a word of `near` (an animal, a belonging) stands within PAIR_GAP words of `at`; in a compounding language a
 * word ending in one of four letters or more counts too ("Nachbarshund", "Wohnungsschlüssel").
 */
function wordNear(near: ReadonlySet<string>, canonical: readonly string[], at: number, lang?: string): boolean {
  const last = Math.min(canonical.length - 1, at + PAIR_GAP);
  const compounds = lang !== undefined && COMPOUNDING.has(lang);
  for (let j = Math.max(0, at - PAIR_GAP); j <= last; j++) {
    const word = fold(canonical[j]!);
    if (near.has(word)) return true;
    if (compounds) for (const w of near) if (w.length >= 4 && word.length > w.length && word.endsWith(w)) return true;
  }
  return false;
}

/**
 * Whether a tag of the post starts or ends with one of `words` (its language's forOthers), worked out once per post:
 * every word against every tag, and half a dozen rules ask of a post that sells.
 */
function tagsForOthers(doc: Doc, words: ReadonlySet<string>): boolean {
  const known = tagsChecked.get(doc);
  if (known && known.lang === doc.lang) return known.found;
  let found = false;
  for (const tag of doc.hashtags) {
    const body = fold(tag.text.slice(1).toLowerCase());
    for (const w of words) if (body.length > w.length && (body.startsWith(w) || body.endsWith(w))) found = true;
    if (found) break;
  }
  tagsChecked.set(doc, { lang: doc.lang, found });
  return found;
}

const tagsChecked = new WeakMap<Doc, { lang: Doc['lang']; found: boolean }>();

/** A place code after an event word in a tag: "#FloodPH", "#quakeNZ". */
const TAG_CODE = 2;

/**
 * Whether a tag names an event: it is an event word (lexicon eventTags), ends with one after a place or a name
 * ("#yycflood", "#HighParkFire", "#qldfloods"), or starts with one before a short place code ("#FloodPH"). Such a
 * tag files a post under the event everyone follows, as the news does; it is no grab for reach.
 */
export function tagNamesEvent(lang: Doc['lang'], tag: string): boolean {
  const words = askLexicon(lang)?.eventTags;
  if (!words) return false;
  const body = fold(tag.replace(/^#/, '').toLowerCase());
  return words.some((w) => body.endsWith(w) || (body.startsWith(w) && body.length - w.length <= TAG_CODE));
}

/**
 * The post's tags that name an event (tagNamesEvent), worked out once per post: namesEvent asks it for several rules
 * and hashtag-stuffing of every tag, and each answer folds the tag and tries every event word at both ends.
 */
export function eventTags(doc: Doc): readonly Token[] {
  if (doc.hashtags.length === 0) return doc.hashtags;
  const known = eventTagsFound.get(doc);
  if (known && known.lang === doc.lang && known.of === doc.hashtags) return known.tags;
  const tags = doc.hashtags.filter((t) => tagNamesEvent(doc.lang, t.text));
  eventTagsFound.set(doc, { lang: doc.lang, of: doc.hashtags, tags });
  return tags;
}

const eventTagsFound = new WeakMap<Doc, { lang: Doc['lang']; of: readonly Token[]; tags: readonly Token[] }>();

/** Asks to pass a post on or to follow someone named: on someone else's behalf when the post is not about its author. */
// The favour asked of whoever can give it ("if anyone can share this", "quem puder compartilhar", "wer teilen kann", "un
// petit partage", "agradecería un RT") spreads the same way, and so does German "Bitte weitersagen!" and French "faites
// tourner". Spanish and Portuguese plural imperatives ("compartan", "compartilhem") are left to scam warnings
// (SCAM_SHARE_RE): their writers drop "we", so "Estamos nominados… compartan" names no author word and would pass.
const SPREAD_ASK_RE =
  /^(?:please |pls |plz |pl[sz]e? |bitte |if (?:anyone|any of you|you|u|you guys|y'all|people) (?:can|could) |(?:would )?(?:really )?appreciate (?:a |an |any |some )?|si (?:alguien|alguno|alguna|pod[eé]is|puedes|pueden) (?:puede |pod[eé]is |puedes |pueden )?|quien pueda |(?:quem|se (?:algu[ée]m|voc[eê]s|vcs|voc[eê]|vc)) (?:puder|puderem|pode|podem) |wer (?:das |es )?|agradecer[ií]a (?:much[ií]simo |mucho )?(?:un |cualquier )?|(?:un|um|qualquer|chaque|tout) (?:petit )?|(?:über|ueber) (?:einen|ein|jeden) )?(?:rt\b|retweet|share|spread|pass (?:it|this) on|follow @|follow them|compartir|compartilhar|compartilhamento|teilen|partage|dar rt|difundir|retuitar|repostar|divulgar|reposten|retweeten|weitersagen|weiterleiten|teilt(?![\p{L}])|faites (?:tourner|passer))/iu;
/** A share asked in any of the five languages' imperatives, polite words first ("Compartan con sus papás porfa", "Partagez svp", "Compartilhem com a família"). */
const SCAM_SHARE_RE =
  /^(?:por favor |porfa |porfis |pfv |pf |svp |s'il vous pla[iî]t )?(?:compart(?:an|e|id)(?![\p{L}])|comp[aá]rt(?:elo|anlo|anla|ela)|difund(?:an|e)(?![\p{L}])|partagez|partage(?![\p{L}])|compartilh(?:em|e|a)(?![\p{L}])|partilh(?:em|e|a)(?![\p{L}])|repass(?:em|e)(?![\p{L}])|espalhem)/iu;

/** A no-strings line ("no strings attached", "sin trampa", "ohne Haken", "sans contrepartie", "sem pegadinha", "no sign-up"). */
const NO_STRINGS_RE = /^(?:no|without|sin|ohne|sans|sem)\s/iu;
/** A word that makes the author's named thing new ("our new app", "nuestra nueva app", "unsere neue App"). */
const NEW_THING_RE = /(?<![\p{L}])(?:new|brand-new|nuev[oa]s?|neue[nrsm]?|nouvel(?:le)?s?|nouveaux?|nov[oa]s?)(?![\p{L}])/iu;

/** The author's own audience ("my Discord", "mi canal", "meine Gruppe", "ma newsletter"): joined, it is the author's reach. */
const AUDIENCE_THING_RE =
  /(?<![\p{L}])(?:discord|server|servidor|channel|canal|kanal|cha[iî]ne|newsletter|substack|patreon|podcast|group|grupo|gruppe|groupe|community|comunidad|comunidade|communaut[ée]|telegram|whatsapp|page|p[aá]gina|seite|profile|perfil|profil)(?![\p{L}])/iu;

/**
 * Whether what the post releases is handed over freely (value lexicon openLicence): an open licence, or a thing given
 * with no strings ("free, no sign-up", "no strings attached") that is no launch of the author's new thing. "Our new app
 * is out! Download it free, no strings attached", "Nuestra nueva app ya está disponible, sin trampa" sell the launch
 * with the line: a thing said to be out or available (offer lexicon `available`), or a plug of the author's new thing or
 * of their own audience ("Join my Discord, no catch, it's free!").
 */
export function handedOverFreely(licences: readonly PhraseMatch[], find: (key: PhraseKey) => PhraseMatch[], plugs: readonly PhraseMatch[]): boolean {
  if (licences.length === 0) return false;
  if (licences.some((m) => !NO_STRINGS_RE.test(m.text))) return true;
  return find('available').length === 0 && !plugs.some((p) => NEW_THING_RE.test(p.text) || AUDIENCE_THING_RE.test(p.text));
}

/**
 * Whether an ask passes a gift on: it is a share (occasion `spread`), and its sentence holds no other action that lifts
 * whoever asks (a follow, a like, a subscription: lexicon actions marked `self`) and no word of the author's audience
 * ("share it so we reach 1,000 subscribers").
 */
function passesGiftOn(doc: Doc, lower: readonly string[], sents: readonly Span[], spread: readonly Span[], a: Span): boolean {
  if (!overlaps(spread, a.start, a.end)) return false;
  const lex = askLexicon(doc.lang);
  if (!lex) return false;
  const s = sents.find((x) => a.start >= x.start && a.start < x.end) ?? a;
  return !doc.words.some((w, i) => {
    if (w.start < s.start || w.start >= s.end || within(spread, w.start)) return false;
    const word = fold(lower[i]!);
    return lex.actions.get(word)?.action.self === true || lex.audience.has(word);
  });
}

/** Asks to take in coverage: watch, listen, follow, tune in, read, click through, visit, sign up for alerts, don't miss it. */
const COVERAGE_ASK_RE = new RegExp(
  '^(?:please |pls )?(?:' +
    ['watch', 'listen', 'follow', 'tune in', 'sign up', 'subscribe', 'read', 'click', 'check out', 'see', 'visit', 'stay tuned', "don'?t miss", 'do not miss'].join('|') + '|' +
    ['mir[aá]', 've[ad]? ', 'escucha', 'sigue', 'seguid', 'sintoniza', 'suscr[ií]bete', 'lee', 'haz clic', 'pincha', 'visita', 'no te (?:lo|la) pierdas'].join('|') + '|' +
    ['schau', 'seht', 'sieh', 'hör', 'folg', 'abonnier', 'lies', 'klick', 'besuch', 'nicht verpassen'].join('|') + '|' +
    ['regarde', '[ée]coute', 'suive?z?', 'abonne', 'lise?z?', 'clique', 'inscri', 'visite', 'ne (?:le |la )?manquez'].join('|') + '|' +
    ['assist', 'veja', 'ou[çv]a', 'siga', 'segue', 'inscreva', 'leia', 'clique', 'confira', 'visite', 'n[ãa]o perca'].join('|') +
    ')',
  'iu',
);

/**
 * The object of an ask that is someone else's: a handle or a possessive name after the verb ("listen again to
 * @bbcnews", "sign up to Brisbane's alert service", "watch the county's briefing"), not a contraction ("what's").
 */
const THIRD_PARTY_OBJECT_RE =
  /^\s*(?:(?:again|up|in|de nuevo|otra vez|nochmal|erneut|à nouveau|de novo|novamente)\s+)?(?:(?:to|for|on|at|with|a|al|an|auf|à|au|ao)\s+)?(?:(?:the|la|el|die|der|le|o)\s+)?(?:@[\p{L}\p{N}_]+|(?!(?:it|that|what|here|there|who|he|she|let)['’])(?:the\s+[\p{L}-]+|\p{Lu}[\p{L}\p{N}.&-]*)['’]s(?![\p{L}]))/iu;

/** Following an account promotes the account itself ("Follow @dev, he builds cool things"), whatever it covers. */
const FOLLOW_RE = /^(?:please |pls )?(?:follow|sigue|seguid|folg|suiv|siga|segue)/iu;

/** Whether an ask to watch, hear or sign up points at someone else's coverage or service (THIRD_PARTY_OBJECT_RE). */
function pointsAtSomeoneElse(text: string, a: PhraseMatch): boolean {
  const verb = COVERAGE_ASK_RE.exec(a.text);
  if (!verb || FOLLOW_RE.test(verb[0])) return false;
  const from = a.start + verb[0].length;
  return THIRD_PARTY_OBJECT_RE.test(text.slice(from, from + 60));
}

/**
 * A published article's address: a date in its path ("/2026/12/04/", "/2026/dec/04/", "-2026-12-04", "/20261204/"), as newspapers and
 * blogs file their pieces. Dropped into someone's thread with "look at this", it passes the piece on; the author's own
 * channel, shop or video has no date in its address.
 */
const DATED_ARTICLE_RE = /\/(?:[^/?#]*[/-])?(?:19|20)\d{2}(?:[/-](?:0?[1-9]|1[0-2]|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[/-](?:0?[1-9]|[12]\d|3[01])|(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01]))(?=[/.?#_-]|$)/u;

/** Whether the post links only to dated articles: someone's published piece passed on, not a page of the author's. */
function linksOnlyArticles(doc: Doc): boolean {
  return (
    doc.urls.length > 0 &&
    doc.urls.every((u) => {
      const { canonical, host } = linkInfo(u.text);
      return DATED_ARTICLE_RE.test(canonical.slice(host.length));
    })
  );
}

/** Words besides its links and a vague pointer that a comment may have and still be only a link ("omg", "guys"). */
const DROPPED_LINK_WORDS = 2;

/**
 * The first link of a post that is links and nothing more (up to `DROPPED_LINK_WORDS` words besides them and a vague
 * pointer), unless every link is a dated article: that passes a piece on.
 */
function droppedLink(doc: Doc, pointers: readonly Span[]): PhraseMatch | null {
  const first = doc.urls[0];
  if (!first || linksOnlyArticles(doc)) return null;
  let words = 0;
  for (const w of doc.words) {
    if (within(pointers, w.start) || doc.urls.some((u) => w.start >= u.start && w.start < u.end)) continue;
    if (++words > DROPPED_LINK_WORDS) return null;
  }
  return { start: first.start, end: first.end, text: first.text };
}

/** Whether any word of the post names its author (I, me, my, we, our). */
function aboutAuthor(doc: Doc, book: PhraseBook, lower: readonly string[]): boolean {
  for (let i = 0; i < doc.words.length; i++) if ((book.wordFlags.get(lower[i]!) ?? 0) & WORD_FLAG.me) return true;
  return false;
}

/** Whether an ask names the author: "me", "my", "our" inside it. */
function namesAuthor(doc: Doc, book: PhraseBook, lower: readonly string[], a: PhraseMatch): boolean {
  for (let i = 0; i < doc.words.length; i++) {
    const w = doc.words[i]!;
    if (w.start >= a.end) break;
    if (w.start >= a.start && (book.wordFlags.get(lower[i]!) ?? 0) & WORD_FLAG.me) return true;
  }
  return false;
}

function lineStart(text: string, at: number): number {
  const nl = text.lastIndexOf('\n', at - 1);
  return nl + 1;
}

function findSpecifics(doc: Doc, skip: readonly Span[]): Span[] {
  const out: Span[] = [];
  NUMBER_RE.lastIndex = 0;
  for (let m = NUMBER_RE.exec(doc.text); m !== null; m = NUMBER_RE.exec(doc.text)) {
    const start = m.index;
    if (within(skip, start)) continue;
    const before = doc.text.slice(lineStart(doc.text, start), start);
    if (/^[ \t]*$/.test(before) && LIST_MARKER_RE.test(doc.text.slice(start, start + 4))) continue;
    out.push({ start, end: start + m[0].length });
  }
  return out;
}

const byStartLongestFirst = (a: Span, b: Span) => a.start - b.start || b.end - a.end;

/** Matches in text order, each dropped when it overlaps the one kept before it (two lists may find one teaser). */
/** Matches in text order, longest first where two start together; overlaps kept (findTeasers tries each in turn). */
function inTextOrder(matches: PhraseMatch[]): PhraseMatch[] {
  return inOrder(matches, byStartLongestFirst);
}

export function buildEvidence(
  doc: Doc,
  book: PhraseBook,
  find: (key: PhraseKey) => PhraseMatch[],
  lower: string[],
  ownDomains: readonly string[] = [],
  reply = false,
  canonical: readonly string[] = lower,
  /** The post sits in someone else's thread or page (a reply, any comment on YouTube). */
  inSomeonesThread = reply,
): Evidence {
  const sents = sentences(doc.text);
  // "Mi madre dice que debería venderlos en mi propia tienda": a plug inside someone else's reported words (speech.ts).
  // "A fake site copying our shop", "una web falsa que copia nuestra tienda": the author's thing as what a scam imitates.
  const scamView = { doc, sentences: sents, find };
  const plugs = find('plug').filter((m) => isPlug(m, book) && !FAVOURITE_AFTER_RE.test(doc.text.slice(m.end, m.end + 14)) && !reportedAsk(doc, book, lower, sents, m) && !imitated(scamView, m.start));
  const codes = findCodes(doc.text, find('codeWord'));
  // In someone's thread "look at this: <link>" points at the commenter's own thing, unless the link is a dated article
  // and the post says nothing of its author: then it passes a piece on (a vague pointer, not an ask).
  const speaksOfAuthor = aboutAuthor(doc, book, lower);
  const composed = findAsks(doc, canonical, doc.lang, speaksOfAuthor || (inSomeonesThread && !linksOnlyArticles(doc)), inSomeonesThread);
  // A comment on someone else's video or page that is a link and nothing more ("https://youtu.be/…", "link check this
  // out!!") sends the page's readers elsewhere: the link is the whole point, as "look at this: link" is (which asks
  // already, and is left to say so).
  if (inSomeonesThread && !reply && composed.length === 0 && find('callToAction').length === 0) {
    const dropped = droppedLink(doc, find('vaguePointer'));
    if (dropped) composed.push(dropped);
  }
  // The phrase lists' asks, the codes, the composed asks: pushed into one array (a flatMap and two spread copies
  // were allocated on every check).
  // A price cut told as how to sell ("sell yesterday's bread at half price") is a step of a tip, not an offer.
  const cuts = find('discount').filter((m) => !soldAsPractice(doc, m));
  const allAsks: PhraseMatch[] = [];
  for (const key of ASK_KEYS) pushAll(allAsks, key === 'bait' ? fishingBait(find, reply) : key === 'discount' ? cuts : find(key));
  pushAll(allAsks, codes);
  pushAll(allAsks, composed);
  // In a reply, "link is in the description" points the person answered at the page's own description, where what
  // they asked for is ("The pattern is free, link is in the description"), as "Link ist in der Beschreibung" does.
  const answersWhere = reply ? allAsks.filter((a) => THE_DESCRIPTION_RE.test(a.text)) : [];
  // Someone else's words reported ("my brother says I'm looking for work", "mi madre dice que debería abrir una
  // tienda") ask nothing of the readers (speech.ts); with a link, or turned to "you", they stay asks.
  // A question about editing one's own link ("How do I change the link in my bio?") names the link it asks about.
  // A count of the links a profile holds ("only lets you put one link in your bio") names the slot, not the author's link.
  const reported = allAsks.filter((a) => reportedAsk(doc, book, lower, sents, a) || asksAboutEditing(doc.text, a) || namesLinkSlot(doc.text, a));
  const pointsSomewhere =
    doc.urls.length > 0 || find('callToAction').some((m) => !answersWhere.includes(m) && !reported.includes(m)) || find('service').some((m) => !reported.includes(m)) || composed.some((m) => !answersWhere.includes(m) && !reported.includes(m));
  // "Happy to help anyone stuck: DM me and I'll send the config" offers help; the DM is how to take it up, so the
  // same words that ask elsewhere are judged by the sentence around them.
  const helping = find('helping');
  const meetings = meetingSentences(doc, doc.lang, sents, lower);
  const offers = allAsks.filter((a) => {
    const contact = CONTACT_ASK_RE.test(a.text);
    const come = !contact && !MEETING_ASK_RE.test(a.text) && COME_ASK_RE.test(a.text);
    if (!contact && !come && !MEETING_ASK_RE.test(a.text)) return false;
    const s = sents.find((s) => a.start >= s.start && a.start < s.end);
    if (!s || PRICE_ASK_RE.test(doc.text.slice(a.start, s.end))) return false;
    if (come) return !PRICE_RE.test(doc.text) && meetings.some((m) => m.end <= s.start && m.start >= sents[Math.max(0, sents.indexOf(s) - 2)]!.start);
    // An invitation to meet may sit in the sentence before its "DM me".
    const at = sents.indexOf(s);
    const near = { start: sents[Math.max(0, at - 1)]!.start, end: s.end };
    // So may an offer of help, before or just after it ("I'll review 10 resumes, free, no strings. DM me", "If anyone
    // needs a reference letter, message me. Happy to help former students").
    const helpNear = { start: near.start, end: sents[Math.min(sents.length - 1, at + 1)]!.end };
    // A meeting with its price beside the "DM me" ("Writing workshop Saturday 2pm… 8 spots, £25. DM me to book") is a
    // paid place, booked: the DM takes up a sale, not an invitation.
    // An hourly rate before it ("Doy clases de mate, $12 la hora. Escríbeme por privado y te paso el temario") prices
    // the help: the DM books a paid lesson. A rate after the ask ("I'll send you the list of tutors, they charge $30 an
    // hour") or help said to be free around it stays help.
    const rated = RATE_RE.test(doc.text.slice(sents[Math.max(0, at - 2)]!.start, a.start)) && !FREE_WORD_RE.test(doc.text.slice(helpNear.start, helpNear.end));
    return (contact && !rated && overlaps(helping, helpNear.start, helpNear.end)) || (overlaps(meetings, near.start, near.end) && !PRICE_RE.test(doc.text.slice(sents[Math.max(0, at - 2)]!.start, near.end)));
  });
  // Asks made on someone else's behalf ("Please RT: evacuees can call…", "Donate here for the flood victims") that
  // name nothing of the author's: spreading help, not the author.
  // Worked out once here: forOthers is asked by half a dozen rules of a post that sells, and lostAnimal below.
  const lost = lostAnimal(doc, canonical);
  const onBehalf = forOthers(doc, canonical, [], lost) && !ownDrive(doc, canonical);
  if (onBehalf) {
    for (const a of allAsks) if (!offers.includes(a) && !namesAuthor(doc, book, lower, a)) offers.push(a);
  }
  // "Please RT", "please follow @policescotland for updates" in a post that names nothing of the author's (no I, my,
  // we, our) and points at something (a number, a link, an account) spreads that thing, not the author; so does
  // "listen again to @bbcnews's interview" or "sign up to Brisbane's alert service": someone else's coverage or help.
  // A contest or a sale ("RT & follow @x to win", "share $4,000 in rewards") is the author's, whoever it names.
  const sells = find('giveaway').length > 0 || cuts.length > 0 || find('urgency').length > 0;
  if (!sells && !aboutAuthor(doc, book, lower) && (doc.urls.length > 0 || doc.mentions.length > 0 || /\d/.test(doc.text))) {
    for (const a of allAsks) {
      if (!offers.includes(a) && (SPREAD_ASK_RE.test(a.text) || pointsAtSomeoneElse(doc.text, a))) offers.push(a);
    }
  }
  // A scam warning asks a share to pass the warning on ("Partagez à vos parents svp", "Compartan con sus papás",
  // "Compartilhem com a família"), even where the author tells what befell them or theirs ("ma mère a donné sa carte"):
  // the share spreads the warning, not the author. Not a follow, and not where the post sells or plugs anything.
  if (!sells && codes.length === 0 && plugs.length === 0 && mentionsScam(scamView)) {
    for (const a of allAsks) {
      if (!offers.includes(a) && (SPREAD_ASK_RE.test(a.text) || SCAM_SHARE_RE.test(a.text)) && !/follow/iu.test(a.text) && !namesAuthor(doc, book, lower, a)) offers.push(a);
      // "Llámennos al 954 123 456 si dudan", "Appelez-nous au 03 20…": in a warning that sells nothing, calling the
      // author checks a message against the real sender.
      else if (!offers.includes(a) && CONTACT_ASK_RE.test(a.text)) offers.push(a);
    }
  }
  // A thing handed over with nothing asked back (value lexicon openLicence: "free, no sign-up", an open licence) and
  // nothing sold: "share it freely with anyone who needs it", "teilt es gern weiter", "partagez-le librement",
  // "compartilhe à vontade" pass the gift on to more readers (occasion `spread`), as a share does for a lost pet. A
  // follow, a like or a subscription in the same sentence still lifts the author ("share and follow for more",
  // "comparte y sígueme").
  if (!sells && codes.length === 0 && find('trial').length === 0 && !PRICE_RE.test(doc.text) && handedOverFreely(find('openLicence'), find, plugs)) {
    const spread = occasionsOf(doc, 'spread');
    for (const a of allAsks) if (!offers.includes(a) && passesGiftOn(doc, lower, sents, spread, a)) offers.push(a);
  }
  // An ask to watch, hear, follow or sign up for coverage of an event the post names ("Explosion at the plant: watch
  // live", "follow our live coverage of the floods") points readers at more news or at warnings: it informs. With no
  // event named ("watch our livestream") it stays the author's ask; a code or a contest sells whatever it names.
  if (!find('giveaway').length && !codes.length && find('event').length > 0) {
    for (const a of allAsks) if (!offers.includes(a) && COVERAGE_ASK_RE.test(a.text)) offers.push(a);
  }
  // "If you see her, please message me" under a lost animal: the contact is how it gets home.
  if (lost) for (const a of allAsks) if (!offers.includes(a) && CONTACT_ASK_RE.test(a.text)) offers.push(a);
  // "Message me to describe them", "please share" under keys found reach their owner.
  if (foundSomeonesThing(doc, canonical, codes.length)) for (const a of allAsks) if (!offers.includes(a)) offers.push(a);
  for (const a of answersWhere) if (!offers.includes(a)) offers.push(a);
  for (const a of reported) if (!offers.includes(a)) offers.push(a);
  // "Pide cita en citaprevia.gob.es", "Book an appointment at gov.uk/passport": the sentence's only links are a public
  // authority's, so the ask sends readers to a chore there, not to anything of the author's. A follow, a like or the
  // author's own thing asked in the same words still asks.
  if (doc.urls.length > 0) {
    const askWords = askLexicon(doc.lang);
    for (const a of allAsks) {
      if (offers.includes(a)) continue;
      const s = sents.find((x) => a.start >= x.start && a.start < x.end);
      if (!s) continue;
      const there = doc.urls.filter((u) => u.start >= s.start && u.start < s.end);
      if (there.length === 0 || !there.every((u) => publicAuthority(linkInfo(u.text).host))) continue;
      const forAuthor = a.text.toLowerCase().split(/[^\p{L}\p{N}'’]+/u).some((w) => {
        const word = fold(w);
        return !!askWords?.actions.get(word)?.action.self || !!askWords?.me.has(word) || !!askWords?.my.has(word) || !!askWords?.audience.has(word);
      });
      if (!forAuthor) offers.push(a);
    }
  }
  const asks = allAsks.filter((a) => !offers.includes(a));
  if (pointsSomewhere) asks.push(...plugs);
  const links = doc.urls.map((u) => linkInfo(u.text));
  doc.urls.forEach((u, i) => {
    if (links[i]!.affiliate) asks.push(u);
  });
  inOrder(asks, byStart);
  const askSentences = sents.filter((s) => overlaps(asks, s.start, s.end));
  // A link to the author's own site is not commentary, but it does not make its sentence an ask: "here's the
  // free template I made: mysite.com/x" still gives.
  doc.urls.forEach((u, i) => {
    if (!links[i]!.affiliate && isOwnHost(links[i]!.host, ownDomains)) asks.push(u);
  });
  inOrder(asks, byStart);

  // One pass over the words, walking the sentences alongside (both are in text order).
  const brags = find('brag');
  const isAsk = sents.map((s) => overlaps(asks, s.start, s.end));
  const isPitch = sents.map((s, i) => isAsk[i]! || overlaps(brags, s.start, s.end));
  let contentWords = 0;
  let freeContentWords = 0;
  let unpitchedWords = 0;
  let names = 0;
  let capitals = 0;
  let freeNames = 0;
  let me = 0;
  let numbered = 0;
  let si = 0;
  let lastSentence = -1;
  // A plain loop into arrays of the right size: a forEach closure over these counters, and arrays grown word by
  // word, allocated on every check.
  const laughs = laughter(doc.lang);
  const content: number[] = new Array<number>(doc.words.length).fill(0);
  // A tally post's counts, and the year or week it heads them with ("2026 in numbers", "KW 50"), count the author's
  // calendar: no specifics and no names ("5 Termine, 3 Calls, 1 Vision"; tally.ts).
  const tally = tallyCounts(doc.text, doc.words.length, doc.lang);
  const flags: number[] = new Array<number>(doc.words.length).fill(0);
  for (let wi = 0; wi < doc.words.length; wi++) {
    const w = doc.words[wi]!;
    while (si < sents.length && sents[si]!.end <= w.start) si++;
    const inSentence = si < sents.length && sents[si]!.start <= w.start;
    // "the US" in capitals is a country, not "us": no word of the author's.
    flags[wi] = (book.wordFlags.get(lower[wi]!) ?? 0) & (w.text === 'US' ? ~WORD_FLAG.me : ~0);
    // The word as typed: the lower-case form draws elongation in ("kkkkkk" is "kk" there).
    if (flags[wi] === 0 && laughs?.test(w.text)) flags[wi] = WORD_FLAG.filler;
    const digits = hasDigit(w.text);
    const weight = contentWeight(w, flags[wi]!, digits);
    content[wi] = weight;
    contentWords += weight;
    if (!inSentence || !isAsk[si]) freeContentWords += weight;
    if (!inSentence || !isPitch[si]) unpitchedWords += weight;
    // A capitalised word that is not its sentence's first word, not SHOUTING: a name, a place, a product.
    const upper = capitalised(w.text);
    if (upper) capitals++;
    if (inSentence && lastSentence === si && upper && !within(asks, w.start) && !within(tally, w.start) && !(doc.lang === 'de' && germanNoun(doc, lower, wi))) {
      names++;
      if (!isPitch[si]) freeNames++;
    }
    if (flags[wi]! & WORD_FLAG.me) me++;
    lastSentence = si;
    if (digits) numbered++;
  }
  const skip = [...doc.urls, ...doc.hashtags, ...doc.mentions];
  const specifics = tally.length === 0 ? findSpecifics(doc, skip) : findSpecifics(doc, [...skip, ...tally]).filter((s) => !TALLY_LABEL_RE.test(doc.text.slice(Math.max(0, s.start - 6), s.end)));
  const titles = quotedTitles(doc.text);
  const teasers = doc.words.length <= TEASER_MAX_WORDS ? findTeasers(doc, inTextOrder([...find('teaserLead'), ...find('teaser')]), { sentences: sents, content, specifics, reports: find('happened'), reply: inSomeonesThread, questions: find('question'), flags }) : [];
  // In Title Case Every Word Is A Capital, so capitals stop telling names apart.
  const titleCase = doc.words.length >= 4 && capitals / doc.words.length > TITLE_CASE_SHARE;
  const signalContext = {
    sentences: sents, askSentences, asks, specifics, freeContentWords, reply, teasers,
    names: titleCase ? 0 : freeNames,
    pitchSentences: sents.filter((_, i) => isPitch[i]),
    // A price beside a link, or where the thing is sold ("€7 on Ravelry", offer lexicon moreAt), offers something for
    // sale when the post speaks for its seller (I, we, our), to its buyer (you, your), asks or brings something out
    // ("out now"); "Netflix raises its plan to $17.99: link" reports. Prices of a business that expects its readers
    // ("$5 margaritas! See you tonight!", occasion `expect`) or of the author who will be at a stall ("We'll be at the
    // market, stall 12: candles €8", `presence`; "our stall 12", `stall`) are their menu, not news.
    offersForSale:
      // Tickets asked for in the sentence that asks ("Tickets at the link in bio", "Entradas en el link de la bio",
      // "Billets via le lien en bio"): a gig's dates and venues are the sale's schedule, no news.
      askSentences.some((s) => TICKETS_RE.test(doc.text.slice(s.start, s.end))) ||
      // So do tickets pointed at a link in their own sentence by a post that speaks for the band or the venue ("Our tour
      // dates are out… Tickets at thewildbirds.com"); a newsroom's "Tickets at ticketmaster.co.uk" reports a tour.
      (me > 0 &&
        doc.urls.some((u) => {
          const s = sents.find((x) => u.start >= x.start && u.start < x.end);
          return !!s && TICKETS_RE.test(doc.text.slice(s.start, u.start));
        })) ||
      (PRICE_RE.test(doc.text) &&
      (((doc.urls.length > 0 || find('moreAt').some((m) => PRICE_RE.test(m.text))) &&
        (me > 0 || asks.length > 0 || flags.some((f) => (f & WORD_FLAG.you) !== 0) || find('release').length > 0 || find('available').length > 0 || find('opening').length > 0)) ||
        (['expect', 'presence', 'stall'] as const).some((key) => occasionsOf(doc, key).length > 0) ||
        // A price beside the author's own call to sign up or write ("8 places, 25€. Inscription en MP", "Anmeldung per
        // PN", "Inscripciones por MD"): the workshop's time, place and seats are the terms of the sale, not news.
        (asks.length > 0 && find('callToAction').some((m) => overlaps(asks, m.start, m.end))) ||
        // A price beside the seller's own copy ("Restocked!! Monstera cuttings, $12 each"): the stock's price, not news.
        find('copy').length > 0) &&
      // A scam warned of quotes the scammer's fee and link ("Scam warning: texts asking for a £1.45 fee, link goes to
      // royalmail-redeliver.info"), and a message debunked ("me llegó un SMS… $48.300… Es FALSO"): the price is the
      // fraud's ask, the post a notice (scams.ts).
      !mentionsScam(scamView)),
    aboutMe: (doc.words.length > 0 && (flags[0]! & WORD_FLAG.me) !== 0) || me >= ABOUT_ME_WORDS,
  };
  const signals = computeSignals(doc, book, find, signalContext);
  // Warmth the phrase lists cannot see: thanks that name people, invitations to meet (warmth.ts).
  for (const t of namedThanks(doc, doc.lang, lower)) if (!within(askSentences, t.start) && !overlaps(signals, t.start, t.end)) signals.push(t);
  // Brief warmth to the person one answers ("Congrats on the launch, Maya!!", "so sorry to hear it") is for them; a
  // reply that also asks for something only wraps its pitch in it.
  // A comment on someone's page (YouTube) is warmth to its creator too, when it says what for in words of its own.
  const warmToSomeone = reply || (inSomeonesThread && freeContentWords >= WARM_COMMENT_WORDS);
  // Sympathy in a reply ("Mucho ánimo, Lucía", "Thinking of you") is support for the person answered, where in a post
  // of its own it is a platitude (empty-platitude). So is warmth that names whom it is for ("Congrats Sam!!", "Happy
  // birthday Mom"), in a post of its own too.
  const warmth = warmToSomeone ? (reply ? inOrder([...find('warmth'), ...find('sympathy')], byStart) : find('warmth')) : addressedWarmth(doc, find('warmth'));
  if (asks.length === 0) for (const w of warmReply(doc, warmth)) if (!overlaps(signals, w.start, w.end)) signals.push(w);
  // A meeting word alone ("stop drinking coffee", "10 cosas sobre el café") invites no one: only a sentence whose
  // coffee or lunch is taken up by a way to reach the author, there or in the next sentence, is an invitation.
  const invitations = meetings.filter((m) => {
    const next = sents[sents.indexOf(m) + 1];
    return offers.some((o) => o.start >= m.start && o.start < (next ?? m).end && MEETING_ASK_RE.test(o.text));
  });
  for (const s of invitationSignals(invitations)) if (!within(askSentences, s.start)) signals.push(s);
  inOrder(signals, byStartThenEnd);
  // The same signals with asks ignored ("happy to help, DM me" still offers something); only some posts need it.
  let cues: number | undefined;
  return {
    links,
    lower,
    flags,
    content,
    sentences: sents,
    asks,
    composed,
    askSentences,
    offers,
    codes,
    plugs,
    pointsSomewhere,
    // The rules look words up in `lower`, which differs from the canonical words only where a word stands for two.
    forOthers: lower === canonical ? onBehalf : forOthers(doc, lower),
    contentWords,
    freeContentWords,
    specifics,
    tally,
    unpitchedWords,
    details: specifics.length + titles + names,
    numbered,
    giveCues() {
      return (cues ??= computeSignals(doc, book, find, { ...signalContext, askSentences: [] }, true).length);
    },
    signals,
    teasers,
    give: giveScore(signals),
    takeaway: takeawayScore(signals),
  };
}
