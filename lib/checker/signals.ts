// Give signals: evidence that a post hands the reader something. They shape `kind` and quiet the hints; they are
// never findings. A signal inside a sentence that asks for something ("everything I learned is in my guide, grab
// it here") is the ask's wrapping and does not count.
import type { PhraseMatch } from './phrases';
import { WORD_FLAG, type PhraseBook, type PhraseKey } from './phrases/book';
import { byStart, byStartThenEnd, capitalised, inOrder, overlaps, quotedTitleSpans, within, type Doc, type Span } from './text';
import type { GiveSignal } from './types';
import { warnsOfOwnOffer } from './scams';
import { saidByOwnCircle } from './speech';
import { PRICE_RE } from './asks';
import { askLexicon, fold, occasionsOf } from './lexicon';

/**
 * Weight of one signal of a kind, and the most the kind can add up to, so a post full of "tips" cannot outweigh
 * everything. Kinds that weigh the same share a row; the rows are also the list of kinds.
 */
const WEIGHT_ROWS = [
  [1.5, 3, ['teaching', 'advice', 'lesson']],
  [2, 3, ['credit', 'helping']],
  [1.5, 2, ['thanks', 'question', 'invitation']],
  [2, 2, ['answer', 'list']],
  [1.5, 1.5, ['informing']],
  [0.75, 1.5, ['explaining']],
  [0.5, 1, ['specifics']],
] as const;
export type SignalKind = (typeof WEIGHT_ROWS)[number][2][number];
const WEIGHT = Object.fromEntries(
  WEIGHT_ROWS.flatMap(([one, cap, kinds]) => kinds.map((kind) => [kind, { one, cap }])),
) as Record<SignalKind, { one: number; cap: number }>;
/**
 * A post informs when it says `ownWords` of its own and holds `facts` facts (numbers, names, a source, a notice), or
 * has `specifics` numbers, times or prices in `words` words of the author's own.
 */
const INFORMING = { ownWords: 6, facts: 2, specifics: 2, words: 12 } as const;
/** A reply answers when it says this much of its own and names something concrete. */
const ANSWER_WORDS = 6;
/** Thanks that do not say for what ("thank you all!") count this much. */
const GENERIC_THANKS = 0.5;
const TAKEAWAY: ReadonlySet<string> = new Set(['teaching', 'advice', 'explaining', 'lesson', 'question', 'helping', 'answer', 'list']);

const PHRASE_SIGNALS: readonly [PhraseKey, SignalKind][] = [
  ['teaching', 'teaching'],
  ['explaining', 'explaining'],
  ['lesson', 'lesson'],
  ['credit', 'credit'],
  ['helping', 'helping'],
  ['invitation', 'invitation'],
  // A release under an open licence is handed over for anyone's use: help, like an offer of it.
  ['openLicence', 'helping'],
  // A finding stated ("we find that…", "wir zeigen, dass…") hands over what was learned: a lesson.
  ['finding', 'lesson'],
  // A scam named as one warns readers what to ignore, as a tip does; in a post that sells it is the pitch's foil.
  ['scamWarning', 'teaching'],
  // A fundraiser that says where the money goes, to someone other than the author ("every penny goes to him", "to
  // raise money for the food bank"), gathers help for others.
  ['fundsFor', 'helping'],
];

/**
 * A count right before a teaching word ("30 lessons, lifetime access", "12 lecciones", "40 Lektionen"): after the
 * author's own thing is named (a plug: "my new course") it counts what the product holds, its copy; the post hands
 * over none of them. "3 lessons from my first year: …" counts lessons it goes on to give.
 */
const COUNTED_RE = /(?<![\p{L}\p{N}.,])\d+\+?\s*$/u;

/**
 * A resource named by its topic ("a tutorial on how to…", "un tuto de cómo…", "eine Anleitung zu"): in a post that
 * points to the author's own thing (my channel, my new guide) the "how to" is the title of what is pointed to; the
 * post gives none of its steps.
 */
const RESOURCE_TITLE_RE =
  /(?<![\p{L}])(?:tutorials?|tutos?|videos?|vídeos?|guides?|gu[ií]as?|courses?|cursos?|cours|kurse?|walkthroughs?|classes?|clases?|aulas?)\s+(?:on|about|for|showing|de|sobre|para|zu|über|sur|pour)\s*$/iu;

/**
 * A talk's topic told ("we talk with Marta about how to…", "hablamos con Marta de cómo…", "wir sprechen darüber, wie
 * man…", "on parle de comment…", "conversamos sobre como…"): in a post that points to the author's own episode the
 * "how to" is what the episode is about; the post gives none of it.
 */
const TALK_TOPIC_RE =
  /(?<![\p{L}])(?:talk|talks|talked|chat|chatted|speak|spoke|discuss|discussed|hablamos|hablo|habl[oó]|charlamos|conversamos|sprechen|spricht|reden|redet|parle|parlons|parlent|discutons|falamos|fala|batemos um papo)(?:\s+(?:with|con|mit|avec|com)\s+\S+(?:\s+\S+)?)?\s+(?:about|on|de|del|sobre|über|darüber,?|du|des)\s*$/iu;

const LIST_ITEM_RE =
  /^[ \t]*(?:\d{1,2}[.)]|[0-9]\uFE0F?\u20E3|[•▪◦\-–*→]|\p{Extended_Pictographic}\uFE0F?)[ \t]*(\S[^\n]*)$/gmu;
/** A list teaches when its items say something, not when they are two-word labels ("✅ Curriculum Design"). */
const MIN_ITEM_WORDS = 5;
const MIN_QUESTION_WORDS = 6;
/** A short question ("Any names?") still counts after this much context. */
const CONTEXT_FOR_SHORT_QUESTION = 25;
/** A question needs this many words around it to carry context. */
const MIN_POST_WORDS_FOR_QUESTION = 15;
/** A reply's context is the thread it answers: a short question there asks the person ("Where did you get that lamp?"). */
const MIN_REPLY_WORDS_FOR_QUESTION = 4;
/** A question cue that asks whoever knows for a fact (the opening words of the cue, in five languages). */
const FACT_ASKED_RE =
  /^(?:(?:does|do|did) )?(?:anyone|anybody|someone|somebody) knows?[ ,]|^¿?alguien (?:sabe|conoce)[ ,]|^algu[eé]m (?:sabe|conhece)[ ,]|^quelqu['’]un (?:sait|conna[iî]t)[ ,]|^(?:wei[ßs]|kennt) (?:hier )?jemand[ ,]|^what(?:'s| is) the name of |^¿?c[oó]mo se llama |^qual (?:[eé] )?o nome d|^como se chama |^comment s'appelle |^wie hei[ßs]t /iu;

interface Context {
  sentences: readonly Span[];
  askSentences: readonly Span[];
  /** The ask phrases themselves: a give phrase inside one ("don't forget to like") is part of the ask. */
  asks: readonly Span[];
  specifics: readonly Span[];
  /** Content words outside ask sentences. */
  freeContentWords: number;
  reply: boolean;
  /** Undelivered teasers: "here's how" with no how is not teaching, "can you guess..." is not a real question. */
  teasers: readonly Span[];
  /** Capitalised words inside sentences that neither ask nor announce (none in Title Case text). */
  names: number;
  /** Sentences that ask or announce: their facts are the pitch's ("named one of the Top 50"), not news. */
  pitchSentences: readonly Span[];
  /** The post opens with I, my, we, our or uses them often: a status of one's own rather than a report. */
  aboutMe: boolean;
  /** A price beside a link: an offer, whose numbers describe what is for sale. */
  offersForSale: boolean;
}

function sentenceAt(sentences: readonly Span[], at: number): Span | undefined {
  return sentences.find((s) => at >= s.start && at < s.end);
}

/** Words lying within [start, end): binary search for the first, then count. */
function wordsIn(doc: Doc, start: number, end: number): number {
  const words = doc.words;
  let lo = 0;
  let hi = words.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (words[mid]!.start < start) lo = mid + 1;
    else hi = mid;
  }
  let n = 0;
  for (let i = lo; i < words.length && words[i]!.end <= end; i++) n++;
  return n;
}

/**
 * Thanks to a whole group ("to everyone who supported me", "à tous ceux qui m'ont soutenue", "a todos los que", "an
 * alle, die", "à toutes les personnes qui"): the group's own words ("ceux", "los que", "les personnes") say nothing of
 * what for, so only the words after them count
 * ("everyone who came to the zine fest" says what for; "everyone who supported me" does not).
 */
const GROUP_THANKED_RE =
  /^\s*(?:to |a |à |an |aux |aos |às )?(?:everyone|everybody|all of you|you all|y'all|all those|all the|todos|todas|todo el mundo|todo mundo|tous|toutes|tout le monde|alle|allen|euch allen|ihnen allen)(?:,? (?:ceux|celles|los|las|os|as|les))?(?: (?:people|folks|personnes|gens|personas|gente|pessoas|leute|menschen))?(?:,? (?:who|that|qui|que|die|der|which))?(?![\p{L}])/iu;

/** After the group thanked, their being "part of this journey" (the stock sign-off of a win), in five languages. */
const JOURNEY_THANKED_RE =
  /^\s*(?:(?:have )?(?:been|were|was|are) part of (?:this|the|my|our) (?:journey|adventure|ride|path|story)|(?:formaron|han formado|forman|fueron) parte de (?:este|esta|mi|nuestro|nuestra) (?:camino|viaje|aventura|historia|proceso|trayecto)|(?:teil|ein teil) (?:dieser|meiner|unserer) (?:reise|geschichte|weges|reise) (?:waren|sind|gewesen sind)|(?:ont|a) fait partie de (?:ce|cette|mon|ma|notre) (?:chemin|voyage|aventure|parcours|histoire)|(?:fizeram|fazem|foram) parte (?:dessa|desta|da minha|da nossa) (?:jornada|caminhada|hist[oó]ria|trajet[oó]ria))(?![\p{L}])/iu;

/**
 * After the group thanked, their belief in the author ("everyone who believed in me from day one", "tous ceux qui ont
 * cru en moi", "todos los que creyeron", "alle, die von Anfang an an mich geglaubt haben", "todos que acreditaram"):
 * the stock sign-off of a win, as "part of this journey" is.
 */
const BELIEF_THANKED_RE =
  /^\s*(?:(?:have |had )?(?:always )?believed in (?:me|us)|(?:ont|avez|a) (?:toujours )?cru en (?:moi|nous)|(?:creyeron|han cre[ií]do|creen|confiaron|han confiado)(?: en (?:m[ií]|nosotros))?|(?:[\p{L}]+ ){0,4}?an (?:mich|uns) geglaubt|(?:acreditaram|acreditam|confiaram)(?: em (?:mim|n[oó]s))?)(?![\p{L}])/iu;

/** Trust or support as all the thanks are for, at the sentence's end: "for your trust", "für das Vertrauen", "por su confianza", "pour leur confiance", "pela confiança". */
const TRUST_THANKED_RE =
  /(?:for|f[uü]r|por|pour|pela|pelo) (?:(?:your|the|their|all your|das|euer|eure|ihr|su|sus|vuestra|tu|la|leur|votre|vos|ta|a|sua|vossa|tua) )?(?:continued |ongoing |constant |entgegengebrachte |continua |constante )?(?:trust|confidence|support|vertrauen|unterst[uü]tzung|treue|confianza|apoyo|preferencia|confiance|soutien|fid[ée]lit[ée]|confian[çc]a|apoio|prefer[êe]ncia)[\s!.…]*(?:[\p{Extended_Pictographic}\uFE0F\u200D]+[\s!.…]*)*(?:#[\p{L}\p{N}_]+[\s]*)*$/iu;

/** After the group thanked, the author's following or support as what defines it ("who follow me", "qui me suivent"). */
const AUDIENCE_THANKED_RE =
  /^\s*(?:me |m['’]|(?:mir|mich|uns) (?:[\p{L}\p{N}]+ ){0,5}?|nos |nous |us )?(?:(?:have|has|ont|han|haben|habt|têm|tem|t[eê]m) )?(?:been )?(?:suiv|soutien|souten|sig|segu|apoy|apoi|acompa[nñ]|acompanh|accompagn|folg|unterstütz|begleit|follow|support|stood by|stuck with)\p{L}*(?: (?:me|us|mich|uns|nos))?(?![\p{L}])/iu;

/**
 * Thanks for being had on a show ("thanks to Dana Reyes for having me", "gracias a Ana por invitarme", "danke für die
 * Einladung", "merci pour l'invitation", "obrigada pelo convite"): a guest's sign-off after the news of the spot, which
 * names only the host. What it thanks for is the author's own invitation, nothing the reader gets.
 */
const HOSTED_RE =
  /(?<![\p{L}])(?:for (?:having|hosting|inviting|featuring) (?:me|us)|for the (?:invite|invitation|opportunity)|por (?:invitarme|invitarnos|tenerme|tenernos|recibirme|la invitaci[oó]n)|f[üu]r die (?:einladung|gelegenheit)|(?:dass|daß) ich (?:dabei sein|zu gast sein) durfte|pour l['’]invitation|de m['’]avoir (?:invit[ée]e?|re[çc]ue?)|de nous avoir (?:invit[ée]e?s|re[çc]u(?:e?s)?)|pelo convite|por (?:me|nos) (?:receber|convidar)|pela oportunidade)(?![\p{L}])/iu;

/**
 * The author's own team thanked for effort in general and nothing else ("Thanks to the whole team for all the hard
 * work", "Gracias a todo el equipo por tanto esfuerzo", "Obrigado à equipa pela confiança", "Danke an das ganze Team für
 * den Einsatz", "Merci à toute l'équipe pour son engagement"): the stock sign-off of a win, as "part of this journey"
 * is. A team word and, beside it, only these words: whole, all, hard work, effort, dedication, support, trust.
 */
const TEAM_WORDS: ReadonlySet<string> = new Set(['team', 'teams', 'equipo', 'equipos', 'equipa', 'equipe', 'équipe', 'équipes', 'staff', 'crew', 'squad', 'plantilla', 'mannschaft', 'belegschaft']);
/** Brazilian Portuguese's "time" is a team ("obrigado ao time pelo empenho"); in English it is time. */
const isTeamWord = (word: string, lang: string) => TEAM_WORDS.has(word) || (lang === 'pt' && word === 'time');
const TEAM_EFFORT_WORDS: ReadonlySet<string> = new Set([
  'whole', 'entire', 'amazing', 'incredible', 'great', 'awesome', 'wonderful', 'hard', 'work', 'effort', 'efforts', 'dedication', 'commitment', 'support', 'trust', 'patience', 'passion', 'energy', 'everything',
  'todo', 'toda', 'todos', 'todas', 'tanto', 'tanta', 'gran', 'increíble', 'increible', 'esfuerzo', 'esfuerzos', 'trabajo', 'dedicación', 'dedicacion', 'compromiso', 'apoyo', 'confianza', 'pasión', 'pasion', 'entrega', 'paciencia',
  'ganze', 'ganzen', 'gesamte', 'gesamten', 'tolle', 'tollen', 'großartige', 'großartigen', 'einsatz', 'engagement', 'arbeit', 'harte', 'unterstützung', 'vertrauen', 'geduld', 'fleiß',
  'toute', 'tout', 'tous', 'toutes', 'incroyable', 'formidable', 'super', 'travail', 'confiance', 'soutien', 'implication', 'investissement',
  'incrível', 'incrivel', 'empenho', 'esforço', 'esforco', 'dedicação', 'dedicacao', 'trabalho', 'apoio', 'confiança', 'confianca', 'garra', 'parceria', 'paciência',
]);

/** Thanks say for what when the rest of the sentence names something: three content words, a number or a name. */
function thanksAreSpecific(doc: Doc, book: PhraseBook, m: PhraseMatch, sentence: Span | undefined): boolean {
  const end = sentence?.end ?? doc.text.length;
  // Thanks for the invitation alone: the host's name and the invitation say nothing the reader gets. Anything said
  // beyond them ("for having me, and for the tip about cold brew") still counts.
  const hosted = HOSTED_RE.exec(doc.text.slice(m.end, end));
  if (hosted) {
    const hostEnd = m.end + hosted.index + hosted[0].length;
    let after = 0;
    for (const w of doc.words) if (w.start >= hostEnd && w.end <= end && !book.words.stop.has(w.text.toLowerCase()) && w.text.length > 2) after++;
    if (after < 3) return false;
  }
  const group = GROUP_THANKED_RE.exec(doc.text.slice(m.end, m.end + 40));
  let from = m.end + (group ? group[0].length : 0);
  // The group named by its following or support of the author ("tous ceux qui me suivent depuis le début", "todos
  // los que me apoyan", "allen, die mir folgen") is the audience thanked for being there: nothing said for what.
  const audience = group ? AUDIENCE_THANKED_RE.exec(doc.text.slice(from, from + 60)) : null;
  if (audience) from += audience[0].length;
  // The group named as those who were "part of this journey" ("todos los que formaron parte de este camino", "alle, die
  // Teil dieser Reise waren") is the stock sign-off of a win: it says for nothing.
  if (group && JOURNEY_THANKED_RE.test(doc.text.slice(from, from + 70))) return false;
  if (group && BELIEF_THANKED_RE.test(doc.text.slice(from, from + 70))) return false;
  // Thanks whose only "for what" is the readers' trust or support, ending the sentence ("Danke an unser Team und alle
  // Kunden für das Vertrauen!", "Gracias a todos nuestros clientes por su confianza", "merci pour votre confiance"): the
  // stock sign-off of a win, as "who believed in us" is. A number or a handle in it still says something.
  const rest = doc.text.slice(m.end, end);
  if (TRUST_THANKED_RE.test(rest) && !/\d/.test(rest) && !doc.mentions.some((t) => t.start >= m.end && t.end <= end)) return false;
  let content = 0;
  // Whether the content words are a team and its effort alone (TEAM_EFFORT_WORDS).
  let team = false;
  let effortOnly = true;
  for (const w of doc.words) {
    if (w.start < from || w.end > end) continue;
    if (/\d/.test(w.text)) return true;
    const lower = w.text.toLowerCase();
    if (!book.words.stop.has(lower) && w.text.length > 2) {
      content++;
      const word = lower.replace(/^[ld]['’]/, '');
      if (isTeamWord(word, doc.lang)) team = true;
      else if (!TEAM_EFFORT_WORDS.has(word)) effortOnly = false;
    }
  }
  const named = doc.mentions.some((t) => t.start >= m.end && t.end <= end);
  if (!named && team && effortOnly) return false;
  return named || content >= 3;
}

/**
 * In a reply, thanks that end their sentence ("Danke dir!", "Gracias a ti.", "Merci à toi !") say what for in the next one, as "Thank
 * you! That exact cable was missing" does: "Genau das Kabel hat bei mir gefehlt, jetzt läuft der Drucker wieder". Not
 * when that sentence asks for something.
 */
function thanksThenWhat(doc: Doc, book: PhraseBook, m: PhraseMatch, ctx: Context): boolean {
  const k = ctx.sentences.findIndex((s) => m.start >= s.start && m.start < s.end);
  const own = ctx.sentences[k];
  const next = ctx.sentences[k + 1];
  if (!own || !next || within(ctx.askSentences, next.start)) return false;
  // Only whom they thank may follow in their own sentence ("a ti", "à toi"): no content word.
  for (const w of doc.words) {
    if (w.start < m.end || w.end > own.end || w.text.length <= 2) continue;
    if (!((book.wordFlags.get(w.text.toLowerCase()) ?? 0) & (WORD_FLAG.stop | WORD_FLAG.you))) return false;
  }
  return thanksAreSpecific(doc, book, { start: next.start, end: next.start, text: '' }, next);
}

/**
 * A thing handed over with no strings in the sentence that says where to take it ("It's a Google Sheet, no email, no
 * sign-up, just make a copy: link in the first comment"): the ask there only says where the gift is, as long as none of
 * its words lifts the author (follow, share, subscribe: lexicon actions marked `self`) or names their audience.
 */
function takenWhereAsked(doc: Doc, m: PhraseMatch, ctx: Context): boolean {
  const s = sentenceAt(ctx.sentences, m.start);
  const lex = askLexicon(doc.lang);
  if (!s || !lex || overlaps(ctx.asks, m.start, m.end) || teased(ctx, m.start) || promisedByAsk(doc, m, ctx)) return false;
  return ctx.asks.every((a) => !doc.text.slice(a.start, a.end).toLowerCase().split(/[^\p{L}\p{N}'’]+/u).some((w: string) => lex.actions.get(fold(w))?.action.self || lex.audience.has(fold(w))));
}

/** Whether `at` lies in a sentence holding an undelivered teaser: "discover the trick for..." teaches nothing. */
function teased(ctx: Context, at: number): boolean {
  if (ctx.teasers.length === 0) return false;
  const s = sentenceAt(ctx.sentences, at);
  return !!s && overlaps(ctx.teasers, s.start, s.end);
}

/**
 * What an ask promises, right after it: "follow me for daily tips", "sígueme para más consejos", "folgt mir für
 * tägliche Tipps", "suivez-moi pour des astuces", "me siga para dicas". The tips are what following brings, none given.
 */
const PROMISE_RE = /^\s*(?:for|para|pra|für|pour)\s+(?:[\p{L}'’-]+\s+){0,3}$/iu;

function promisedByAsk(doc: Doc, m: PhraseMatch, ctx: Context): boolean {
  return ctx.asks.some((a) => a.end <= m.start && m.start - a.end <= 40 && PROMISE_RE.test(doc.text.slice(a.end, m.start)));
}

/** A give phrase counts outside ask sentences and outside the ask phrases themselves, and is not what an ask promises. */
function usable(doc: Doc, m: PhraseMatch, ctx: Context): boolean {
  return !within(ctx.askSentences, m.start) && !overlaps(ctx.asks, m.start, m.end) && !teased(ctx, m.start) && !promisedByAsk(doc, m, ctx);
}

/** The signals that show a post gives something around its asks: tips, lessons, credit, thanks, help, invitations. */
export const CUE_SIGNALS: ReadonlySet<SignalKind> = new Set(['teaching', 'advice', 'lesson', 'credit', 'thanks', 'helping', 'invitation']);

/** Whether a sentence names the author's own thing (a plug or a release) and a price. */
function sellsOwn(doc: Doc, find: (key: PhraseKey) => PhraseMatch[], s: Span | undefined): boolean {
  if (!s || !PRICE_RE.test(doc.text.slice(s.start, s.end))) return false;
  return [...find('plug'), ...find('release')].some((p) => p.start >= s.start && p.start < s.end);
}

/** Whether a platitude (lexicon `platitude`) follows `m` in its sentence. */
function mottoAfter(find: (key: PhraseKey) => PhraseMatch[], m: PhraseMatch, s: Span | undefined): boolean {
  return !!s && find('platitude').some((p) => p.start >= m.end && p.start < s.end);
}

/** Whether a sentence holds the author's own pointer to their thing (lexicon `selfPlug`: "I wrote about this in my newsletter"). */
function selfPlugged(find: (key: PhraseKey) => PhraseMatch[], s: Span | undefined): boolean {
  return !!s && find('selfPlug').some((p) => p.start >= s.start && p.start < s.end);
}

/** A word saying the thing is free, in the five languages ("free", "gratis", "kostenlos", "gratuit", "de graça"). */
export const FREE_WORD_RE = /(?<![\p{L}])(?:free|gratis|gratuit[oa]s?|gratuites?|kostenlos|umsonst|gr[aá]tis|de gra[cç]a|sin coste|sans frais)(?![\p{L}])/iu;

/**
 * Whether a sentence points to the author's own thing through a link and says nothing of it being free ("I talk about
 * exactly this in my Excel course, here's the link if it helps: <link>", "te dejo el enlace por si te sirve"): the
 * courtesy ("if it helps") wraps the plug, as a price does in sellsOwn. A free thing of the author's ("it's free on my
 * site") may still be help.
 */
function linksOwn(doc: Doc, find: (key: PhraseKey) => PhraseMatch[], s: Span | undefined): boolean {
  if (!s || doc.urls.length === 0 || FREE_WORD_RE.test(doc.text.slice(s.start, s.end))) return false;
  return [...find('plug'), ...find('release')].some((p) => p.start >= s.start && p.start < s.end);
}

/** The author's guest appearance, in the five languages ("I was a guest on", "invitée", "invitada", "zu Gast", "convidada"). */
const GUEST_RE = /(?<![\p{L}])(?:guest(?:ed)?|invit[ée]e?s?|invitad[oa]s?|zu gast|gast (?:im|in|bei)|convidad[oa]s?)(?![\p{L}])/iu;

/** Whether a credit by handle ("de @X", "von @X") names the host of the author's guest spot earlier in its sentence. */
function guestOf(doc: Doc, m: PhraseMatch, s: Span | undefined): boolean {
  if (!s || !m.text.includes('@')) return false;
  return GUEST_RE.test(doc.text.slice(s.start, m.start));
}

/**
 * The post's give signals, in text order. With `cuesOnly`, only those of CUE_SIGNALS (in no set order): a post that
 * asks is checked for them a second time with its asks ignored (Evidence.giveCues), and the rest (questions, lists,
 * numbers, reports) were most of that second pass.
 */
export function computeSignals(doc: Doc, book: PhraseBook, find: (key: PhraseKey) => PhraseMatch[], ctx: Context, cuesOnly = false): GiveSignal[] {
  const out: GiveSignal[] = [];
  // "First lesson free" is a sale's term: its "lesson" is none given here.
  const terms = find('trial');
  const ownThing = find('plug').length > 0 || find('release').length > 0 || find('issueHeading').length > 0;
  const thanks = find('thanks');
  // An open door is one with nothing to buy or book: a post that asks and names a price ("kids welcome! 120 dollars a
  // week, book at the link in bio") welcomes to a sale, and its welcome is the pitch's.
  const sold = ctx.askSentences.length > 0 && PRICE_RE.test(doc.text);
  // Index loops: for…of made an iterator, and one more result object per step, on every check (the matches are
  // often the shared frozen NO_MATCHES, which V8 does not iterate in place).
  for (let k = 0; k < PHRASE_SIGNALS.length; k++) {
    const [key, signal] = PHRASE_SIGNALS[k]!;
    if (cuesOnly && !CUE_SIGNALS.has(signal)) continue;
    const found = find(key);
    for (let i = 0; i < found.length; i++) {
      const m = found[i]!;
      if ((!usable(doc, m, ctx) && !(key === 'scamWarning' && warnsOfOwnOffer({ doc, sentences: ctx.sentences, find }, m, ctx.asks)) && !(key === 'openLicence' && takenWhereAsked(doc, m, ctx))) || overlaps(terms, m.start, m.end)) continue;
      // Credit worded as thanks ("thanks to the team", "merci à l'équipe") credits only when it says for what, as
      // thanks do: a bare one after a brag is the brag's sign-off; the thanks below still count it, lightly.
      if (key === 'credit' && overlaps(thanks, m.start, m.end) && !thanksAreSpecific(doc, book, m, sentenceAt(ctx.sentences, m.start))) continue;
      // The host named by the author's own guest spot ("J'étais l'invitée de @LesBricoleuses", "zu Gast im Podcast von
      // @Werkbank", "invitada en el pódcast de @X") is where the author appeared, not someone else's work passed on.
      if (key === 'credit' && guestOf(doc, m, sentenceAt(ctx.sentences, m.start))) continue;
      if (sold && key === 'invitation') continue;
      // A lesson whose words, after it in its sentence, are a platitude ("Today I learned something important: never
      // stop learning") hands over the motto, not a lesson.
      if (signal === 'lesson' && mottoAfter(find, m, sentenceAt(ctx.sentences, m.start))) continue;
      // The scam's own offer told in the sentence that names it ("una web falsa que copia nuestra tienda y vende todo al
      // 70% de descuento") is what to ignore, no pitch of the author's: only a pitch in another sentence makes it the foil.
      if (key === 'scamWarning' && (sold || ctx.offersForSale || ctx.pitchSentences.some((s) => m.start < s.start || m.start >= s.end))) continue;
      // "In case it helps: I built a template for this, 9€ on my site": help offered in the sentence that names the
      // author's own thing and its price is the pitch's wrapping, not help.
      if (key === 'helping' && sellsOwn(doc, find, sentenceAt(ctx.sentences, m.start))) continue;
      if (key === 'helping' && linksOwn(doc, find, sentenceAt(ctx.sentences, m.start))) continue;
      if (ownThing && key === 'teaching' && (RESOURCE_TITLE_RE.test(doc.text.slice(Math.max(0, m.start - 40), m.start)) || TALK_TOPIC_RE.test(doc.text.slice(Math.max(0, m.start - 50), m.start)))) continue;
      if (key === 'teaching' && COUNTED_RE.test(doc.text.slice(Math.max(0, m.start - 8), m.start)) && find('plug').some((p) => p.start < m.start)) continue;
      out.push({ signal, start: m.start, end: m.end, weight: WEIGHT[signal].one });
    }
  }
  for (let i = 0; i < thanks.length; i++) {
    const m = thanks[i]!;
    if (!usable(doc, m, ctx)) continue;
    const specific = thanksAreSpecific(doc, book, m, sentenceAt(ctx.sentences, m.start)) || (ctx.reply && thanksThenWhat(doc, book, m, ctx));
    out.push({ signal: 'thanks', start: m.start, end: m.end, weight: specific ? WEIGHT.thanks.one : GENERIC_THANKS });
  }
  addAdvice(doc, find, ctx, out);
  addAudienceTips(doc, find, ctx, out);
  addVolunteerCall(doc, find, ctx, out);
  addMeasuredSteps(doc, ctx, out);
  if (cuesOnly) return out;
  addQuestions(doc, find, ctx, out);
  addList(doc, ctx, out);
  addInlineList(doc, ctx, out);
  addNumberedInline(doc, ctx, out);
  // Numbers of the author's own (not a price in an ask) inform, and a reply that gives them answers.
  const own = ctx.specifics.filter((s) => !within(ctx.askSentences, s.start));
  if (own.length > 0) {
    const first = own[0]!;
    const informs = own.length >= INFORMING.specifics && ctx.freeContentWords >= INFORMING.words;
    out.push({ signal: 'specifics', start: first.start, end: first.end, weight: informs ? WEIGHT.specifics.cap : WEIGHT.specifics.one });
    // A price in the sentence that names the author's own thing is the pitch's number, no answer's ("I built a
    // template for this, it's 9 dollars on my site").
    // So is a count beside the author's pointer to where they said it ("I cover this in my weekly newsletter, 12k
    // founders read it"): the newsletter's readers, no answer.
    // And a reply that offers something for sale and calls readers to it (evidence.offersForSale with a call to action,
    // or the seller expecting them at its place: occasion `expect`) answers with its terms, as a seller's reply in a group thread does ("20 lessons for €900, come see us"). A price
    // and a link alone are also how a buyer answers ("I got mine for €25 at ikea.com"), so they still answer.
    if (ctx.reply && !(ctx.offersForSale && (find('callToAction').length > 0 || occasionsOf(doc, 'expect').length > 0)) && ctx.freeContentWords >= ANSWER_WORDS && !own.every((x) => sellsOwn(doc, find, sentenceAt(ctx.sentences, x.start)) || selfPlugged(find, sentenceAt(ctx.sentences, x.start)))) {
      const s = sentenceAt(ctx.sentences, first.start) ?? first;
      out.push({ signal: 'answer', start: s.start, end: s.end, weight: WEIGHT.answer.one });
    }
  }
  addInforming(doc, book, find, ctx, own, out);
  addDefinitionAnswer(doc, find, ctx, out);
  if (!titledOffer(doc, ctx)) return inOrder(out, byStartThenEnd);
  // A question read from the title's "how" ("«Cómo alquilar tu piso»") spans the sentence the title stands in.
  const titles = quotedTitleSpans(doc.text);
  return inOrder(out.filter((g) => !within(titles, g.start) && !(g.signal === 'question' && overlaps(titles, g.start, g.end))), byStartThenEnd);
}

/**
 * Whether the post asks the reader to sign up, buy or come, and names what it offers by a quoted title ("FREE webinar:
 * \"5 mistakes first-time landlords make\" register here", "Webinar gratuito: «Cómo alquilar tu piso sin sustos»,
 * inscríbete"): the title's "how to", its count and its question are the offer's name, none of its content. What the
 * post says outside the quotes still counts.
 */
function titledOffer(doc: Doc, ctx: Context): boolean {
  if (ctx.askSentences.length === 0) return false;
  const t = doc.text;
  for (let i = 0; i < t.length; i++) {
    const c = t.charCodeAt(i);
    if (c === 34 || c === 0x201c || c === 0x201e || c === 0xab || c === 39 || c === 0x2018) return true;
  }
  return false;
}

/** Kinds of thing a reply may explain: an app, a site, a tool, a service, a setting, a feature, in five languages. */
const THING =
  '(?:apps?|appli(?:cation)?s?|aplicaci[oó]n|aplicativo|(?:web ?)?sites?|websites?|webseite|pages?|p[aá]gina|web|sitio|seite|tools?|herramienta|ferramenta|outil|' +
  'services?|servicio|servi[cç]o|dienst|platforms?|plataforma|plateforme|plattform|program(?:me)?s?|programa|programm|logiciel|' +
  'extensions?|extensi[oó]n|extens[aã]o|erweiterung|plug-?ins?|add-?ons?|settings?|ajuste|configuraci[oó]n|configura[cç][aã]o|einstellung|r[ée]glage|param[eè]tre|' +
  'options?|opci[oó]n|op[cç][aã]o|features?|funci[oó]n|fun[cç][aã]o|funktion|fonction(?:nalit[ée])?|bots?|browser|navegador|navigateur)';
/**
 * A thing said to be of a kind ("Libby is a free app from your library", "Es un ajuste de Chrome", "Die Onleihe ist ein
 * kostenloser Dienst", "c'est une appli gratuite", "É uma configuração do Chrome"): a copula, an indefinite article, a
 * few words, a kind of thing.
 */
const THING_DEFINED_RE = new RegExp(
  `(?<![\\p{L}])(?:is|are|it['’]s|that['’]s|es|son|ist|sind|est|c['’]est|é|s[aã]o)\\s+(?:just |basically |simply |solo |nur |einfach |juste |simplement |s[oó] |apenas )?` +
    `(?:a|an|un|una|ein|eine|une|um|uma)\\s+(?:[\\p{L}-]+\\s+){0,3}?${THING}(?![\\p{L}])`,
  'iu',
);
/** A sentence that opens by naming the thing asked about ("It's called Linktree", "Se llama Libby", "Das heißt Onleihe"). */
const THING_NAMED_RE =
  /^(?:it['’]s called|it is called|that['’]s called|they['’]re called|se llama|se llaman|das hei(?:ß|ss)t|das nennt sich|(?:ça|ca|cela) s['’]appelle|se chama|chama-se|isso se chama)\s+(?:the |el |la |los |der |die |das |le |les |o |a |os )?/iu;
/** A sentence that opens by pointing at the thing by its name, then explains it ("That's Linktree: one page with…"). */
const THING_POINTED_RE =
  /^(?:that['’]s|that is|this is|it['’]s|eso es|esto es|es|das ist|c['’]est|isso [eé]|isto [eé]|[eé])\s+(?:the |el |la |der |die |das |le |l['’]|o |a )?/iu;
/** A kind of thing named in the explanation ("…: one page with all your links", "…, a free tool for…"). */
const THING_NAMED_IN_RE = new RegExp(`(?<![\\p{L}])${THING}(?![\\p{L}])`, 'iu');
/** An appositive that says what the thing pointed at is ("That's Linktree, a free tool…", "Das ist Linktree: eine Seite…"). */
const APPOSITIVE_RE = /^[\s:.,—–(]*(?:a|an|one|un|una|ein|eine|einer|une|um|uma)\s/iu;
/** A definition answer says this much of its own: "It's Monday." names no thing to explain. */
const DEFINITION_WORDS = 5;

/**
 * The sentences in which a post defines a thing: says what kind of thing it is, or names it and explains it (see
 * THING_DEFINED_RE, THING_NAMED_RE, THING_POINTED_RE). Whose thing it is the caller decides.
 */
export function definitionSentences(text: string, sentences: readonly Span[]): Span[] {
  return sentences.filter((s) => {
    const sentence = text.slice(s.start, s.end).trimStart();
    if (THING_DEFINED_RE.test(sentence)) return true;
    // Named or pointed at, the thing is then explained as a kind of thing ("It's called Linktree: one page with…",
    // "That's Linktree, a free tool for…"); "It's Monday, go back to sleep" explains nothing.
    const named = THING_NAMED_RE.exec(sentence);
    const pointed = named ? null : THING_POINTED_RE.exec(sentence);
    const rest = sentence.slice((named ?? pointed)?.[0].length ?? 0);
    const name = named ? /^\p{Lu}[\p{L}\p{N}.]*/u.exec(rest) : pointed ? /^\p{Lu}[\p{L}\p{N}.]*(?=\s*[:.,—–(])/u.exec(rest) : null;
    if (!name) return false;
    const after = rest.slice(name[0].length);
    // Pointed at ("Das ist …"), a capitalised word may be any German noun ("Das ist Quatsch, die Seite …"): only an
    // appositive right after it explains it. Named ("it's called …"), the kind of thing may come anywhere after.
    return APPOSITIVE_RE.test(after) || (!!named && THING_NAMED_IN_RE.test(after));
  });
}

/**
 * A reply that explains what a thing is ("That's Linktree: one page with all your links. Instagram only lets you put
 * one link in your bio", "Libby es una app gratuita de las bibliotecas", "C'est un réglage de Chrome") answers the
 * question it replies to. Only someone else's thing: a post with a link, a plug, a release, a self-plug, a price or
 * the author's own voice (I, my, we) opening it is the author's pitch, however it defines the thing.
 */
function addDefinitionAnswer(doc: Doc, find: (key: PhraseKey) => PhraseMatch[], ctx: Context, out: GiveSignal[]): void {
  if (!ctx.reply || ctx.aboutMe || ctx.offersForSale || doc.urls.length > 0 || ctx.freeContentWords < DEFINITION_WORDS) return;
  if (out.some((x) => x.signal === 'answer')) return;
  if (find('plug').length > 0 || find('release').length > 0 || find('selfPlug').length > 0) return;
  const s = definitionSentences(doc.text, ctx.sentences).find((x) => !within(ctx.askSentences, x.start));
  if (s) out.push({ signal: 'answer', start: s.start, end: s.end, weight: WEIGHT.answer.one });
}

/**
 * Report phrases outside sentences of sympathy. "Praying for those affected by the floods" names whom the prayer is
 * for; "Guatemala is affected by a hard earthquake. My prayers go out to them" tells the news, then prays. With
 * `onlyHappened`, a source or an authority alone ("Was Ärzte dir nicht sagen", "mom says hi") does not count.
 */
export function reportsBeyondSympathy(find: (key: PhraseKey) => PhraseMatch[], sentences: readonly Span[], onlyHappened = false): PhraseMatch[] {
  const reports = onlyHappened ? find('happened') : inOrder([...find('report'), ...find('happened')], byStart);
  return withoutSympathy(find, reports, sentences);
}

/** The sentences that hold sympathy, a prayer or a blessing (lexicon `sympathy`). */
export function sympathySentences(find: (key: PhraseKey) => PhraseMatch[], sentences: readonly Span[]): Span[] {
  const sympathy = find('sympathy');
  if (sympathy.length === 0) return [];
  return sentences.filter((s) => overlaps(sympathy, s.start, s.end));
}

/** The stretch of each sentence of sympathy from its first sympathy phrase to its end: whom the sympathy is for. */
export function sympathyClauses(find: (key: PhraseKey) => PhraseMatch[], sentences: readonly Span[]): Span[] {
  const sympathy = find('sympathy');
  if (sympathy.length === 0) return [];
  const out: Span[] = [];
  for (const s of sentences) {
    const first = sympathy.find((m) => m.start >= s.start && m.start < s.end);
    if (first) out.push({ start: first.start, end: s.end });
  }
  return out;
}

/**
 * The names Context.names counted inside `spans` (parts of sentences outside the pitch): capitalised words after
 * their sentence's first word, outside asks. None when the post is in Title Case (Context.names is 0 there anyway).
 */
function namesIn(doc: Doc, ctx: Context, spans: readonly Span[]): number {
  if (ctx.names === 0 || spans.length === 0) return 0;
  let n = 0;
  for (const s of spans) {
    const sentence = ctx.sentences.find((x) => s.start >= x.start && s.start < x.end);
    if (!sentence || within(ctx.pitchSentences, s.start)) continue;
    let first = true;
    for (const w of doc.words) {
      if (w.start < sentence.start || w.start >= s.end) continue;
      if (!first && w.start >= s.start && capitalised(w.text) && !within(ctx.asks, w.start)) n++;
      first = false;
    }
  }
  return n;
}

/** Matches outside sentences of sympathy ("praying for those hit by the typhoon" names no news). */
function withoutSympathy(find: (key: PhraseKey) => PhraseMatch[], matches: PhraseMatch[], sentences: readonly Span[]): PhraseMatch[] {
  const sympathy = find('sympathy');
  if (matches.length === 0 || sympathy.length === 0) return matches;
  return matches.filter((m) => {
    const s = sentenceAt(sentences, m.start);
    return !s || !overlaps(sympathy, s.start, s.end);
  });
}

/**
 * A post that reports or gives notice: it says enough of its own and holds facts a reader can use: numbers and
 * times, names of places and people, a source ("police say"), a change of state ("closed", "evacuated"). A post
 * about oneself ("I ...") informs only with a source or a notice; a teaser informs not at all.
 */
function addInforming(doc: Doc, book: PhraseBook, find: (key: PhraseKey) => PhraseMatch[], ctx: Context, own: readonly Span[], out: GiveSignal[]): void {
  // A job ad of the author's side that states its pay ("We're hiring… £32-36k", "Wir stellen ein… 16 €/Std.", "Nous
  // recrutons… 36-40 k€") tells job seekers what the job is and pays: its "we" and its salary are no status and no offer.
  const jobAd = (PRICE_RE.test(doc.text) || THOUSANDS_PAY_RE.test(doc.text)) && find('hiring').some((m) => !within(ctx.askSentences, m.start) && !within(ctx.asks, m.start));
  if (ctx.teasers.length > 0 || ctx.freeContentWords < INFORMING.ownWords || (ctx.offersForSale && !jobAd)) return;
  // A relative or the author saying something about the author ("Mein Bruder sagt, ich suche einen Job") is no source.
  const reports = reportsBeyondSympathy(find, ctx.sentences).filter((m) => !within(ctx.pitchSentences, m.start) && !saidByOwnCircle(doc, book, ctx.sentences, m));
  // How most of a class of things works ("Most grad programs waive the fee if you ask"), opening a sentence: one fact,
  // and one about the world, so the author's own "I saved $400 doing this" beside it is the claim's example.
  const general = find('generalization').some((m) => !within(ctx.pitchSentences, m.start) && ctx.sentences.some((s) => s.start <= m.start && SENTENCE_OPENING_RE.test(doc.text.slice(s.start, m.start))));
  // A customer judging a product ("Honest review of the Bambino after 8 months… I'd save for one with a PID", lexicon
  // `critique`) speaks in the first person for other buyers: its numbers are the product's, no status of the author's.
  // A post that asks anything or names a thing of the author's own ("nimm meine Erweiterung… lass eine Bewertung da")
  // is no customer's review.
  const judged =
    ctx.asks.length === 0 &&
    find('plug').length === 0 &&
    find('release').length === 0 &&
    find('critique').some((m) => !PURCHASE_TOLD_RE.test(m.text) && !within(ctx.pitchSentences, m.start) && !within(ctx.askSentences, m.start));
  if (ctx.aboutMe && reports.length === 0 && !general && !judged && !jobAd) return;
  const numbers = own.filter((s) => !within(ctx.pitchSentences, s.start)).length;
  // Names in a sentence of sympathy, from its sympathy on, say whom it is for ("Thoughts and prayers to the victims of
  // the Earthquake in Italy", "Praying for Cebu and Bohol"), not news; what the sentence tells before it ("Typhoon
  // Pablo enters Philippine waters - be safe everyone") and other sentences still count. A number stays a fact
  // wherever it stands ("praying for our friends hit by the 7.6 quake today" tells its size).
  // In a post of sympathy, names alone (no number, no report, no link to the story) are whom and where it is for,
  // wherever they stand ("Stay strong Cebu and Bohol. May God bless all of you"). Beside a link they may be the
  // headline passed on ("Typhoon Pablo enters Philippine waters <link> - be safe everyone").
  const sympathy = find('sympathy').length > 0;
  const names = sympathy && numbers + reports.length === 0 && doc.urls.length === 0 ? 0 : Math.max(0, ctx.names - namesIn(doc, ctx, sympathyClauses(find, ctx.sentences)));
  // The event named ("the bushfire", "the typhoon") is what happened: one fact more beside a number or a source. A
  // place name beside it is not enough ("awful news about the crash in Glasgow" is sympathy, not a report).
  const named = numbers + reports.length > 0 && withoutSympathy(find, find('event'), ctx.sentences).some((m) => !within(ctx.pitchSentences, m.start));
  const facts = Math.min(numbers, 2) + Math.min(names, 2) + Math.min(reports.length, 2) + (named ? 1 : 0) + (general ? 1 : 0);
  if (facts < INFORMING.facts) return;
  const at = reports[0] ?? own[0] ?? ctx.sentences[0];
  if (at) out.push({ signal: 'informing', start: at.start, end: at.end, weight: WEIGHT.informing.one });
}

/** Pay in thousands with the currency after the k ("36-40 k€ brut", "45k€", "60 k$"), which PRICE_RE leaves out. */
const THOUSANDS_PAY_RE = /\d\s?k\s?[€$£](?![\p{L}])/iu;

/**
 * The purchase told of the critique lexicon ("I bought", "ich habe gekauft", "j'ai acheté", "compré", "comprei", "my
 * order arrived"): a buyer's words, but also a brag's ("I just bought my third rental at 28"), so only the judging
 * words (review, rip-off, reseña, Bewertung, critique, resenha…) make a first-person post a review.
 */
const PURCHASE_TOLD_RE = /^(?:i\s|ich\s|j['’]|compr|ped[ií]|me lleg|mi pedido|my\s|the\s|meu\s|o\s|ma\s|meine\s|die\s)/iu;

/** What may stand before a sentence's first word: space, quotes, brackets, inverted marks, a dash. */
const SENTENCE_OPENING_RE = /^[\s"“'‘(¿¡–—-]*$/u;

/** Text before an imperative that still leaves it advice: "Tip:", "For anyone selling at markets:", "if it spreads,". */
const CLAUSE_LEAD_RE = /^(?:[^.!?\n]{0,80}[:,—–-]\s*|\(?\d{1,2}[.)]\s*)?$/u;
/** A sentence that ends in a question mark, perhaps with closing quotes or brackets. */
const ASKED_RE = /\?+["'”’)\]]*\s*$/u;
/** Imperatives of telling or writing back, in the five languages. */
const TELL_VERB_RE =
  /^(?:tell|write|share|let|drop|comment|schreib\p{L}*|erz[äa]hl\p{L}*|sag\p{L}*|verrat\p{L}*|teil\p{L}*|cu[eé]nta\p{L}*|cont[aá]d\p{L}*|d[ií]me\p{L}*|dec[ií]d\p{L}*|escrib\p{L}*|coment\p{L}*|dites|dis|[ée]cri\p{L}*|racont\p{L}*|conta|conte|contem|diz|diga|digam|escrev\p{L}*)(?:['’]s)?$/iu;
/** The comments named as the place of an answer. */
const COMMENTS_RE =
  /(?<![\p{L}])(?:in the comments?|in die kommentare|in den kommentaren|en (?:los )?comentarios|en commentaires?|dans les commentaires|nos coment[aá]rios|no coment[aá]rio|aqui embaixo)(?![\p{L}]| (?:field|box|section|feld|campo|champ))/iu;
/** Sentences that are slogans, teasers or brags are not advice even when they start with a verb ("Keep going!"). */
/** How far after an imperative the author's own thing may start to be its object ("use the app I made", "try my new"). */
const OWN_OBJECT_GAP = 12;

const NOT_ADVICE: readonly PhraseKey[] = ['platitude', 'vaguePointer', 'agreement', 'brag', 'bait'];

/**
 * A line of a rate card after an imperative-looking service ("Cut and colour £65,", "Wash & blow-dry 30 €", "Corte y
 * peinado 25 €"): a few words that end their clause on a price name a thing for sale, not a step. "Budget £50 for a
 * helmet" goes on after its price and still advises.
 */
// The words are separated (no word is split between two repeats): a slice that is no rate line fails without backtracking.
const RATE_CARD_LINE_RE = /^[\s&+/]*(?:[\p{L}'’-]+(?:[\s&+/]+[\p{L}'’-]+){0,3})?[\s:–-]*(?:(?:from|ab|desde|dès|à partir de|a partir de)\s)?(?:[$€£]\s?\d[\d.,]*|\d[\d.,]*\s?(?:€|\$|£|eur|euros))\s*(?:[,;.!\n|·•]|$)/iu;

function addAdvice(doc: Doc, find: (key: PhraseKey) => PhraseMatch[], ctx: Context, out: GiveSignal[]): void {
  const excluded = [...NOT_ADVICE.flatMap((key) => find(key)), ...ctx.teasers];
  // A wish or a prayer in the imperative ("Keep safe everyone!", "Pray for the Philippines") is sympathy, not a tip;
  // other imperatives in its sentence ("stay safe and stay off the roads") still advise.
  const sympathy = find('sympathy');
  // "Use the app I made", "usa o app que eu desenvolvi", "prueba mi curso": the imperative's object is the author's own
  // thing (a plug or a maker's release starting a few words on, in the same sentence), so it points to the pitch, not a
  // way to do anything.
  const own = [...find('plug'), ...find('release')];
  for (const m of find('advice')) {
    const s = sentenceAt(ctx.sentences, m.start);
    if (!s || within(ctx.askSentences, m.start) || overlaps(ctx.asks, m.start, m.end) || teased(ctx, m.start) || excluded.some((e) => e.start >= s.start && e.start < s.end)) continue;
    if (overlaps(sympathy, m.start, m.end)) continue;
    if (RATE_CARD_LINE_RE.test(doc.text.slice(m.end, Math.min(s.end, m.end + 60)))) continue;
    if (own.some((p) => p.start >= m.end && p.start - m.end <= OWN_OBJECT_GAP && p.start < s.end)) continue;
    // A reply's opening handles ("@camille.bsky.social pour le pain…, saupoudre…") stand outside the clause: their dots end nothing.
    if (!CLAUSE_LEAD_RE.test(doc.text.slice(s.start, m.start).replace(LEADING_HANDLES_PREFIX_RE, ''))) continue;
    // Asked, the imperative asks ("Remember the kid from Home Alone?", "Know what I mean?"): it tells no one what to do.
    if (ASKED_RE.test(doc.text.slice(s.start, s.end))) continue;
    // "Tell me in the comments", "Schreibt's in die Kommentare", "Cuéntamelo en los comentarios": a verb of telling sent
    // to the comments asks the reader for a reply; it tells no one how to do anything.
    if (TELL_VERB_RE.test(m.text) && COMMENTS_RE.test(doc.text.slice(s.start, s.end))) continue;
    out.push({ signal: 'advice', start: m.start, end: m.end, weight: WEIGHT.advice.one });
  }
}

/**
 * A call for volunteers that says when or where ("Our food bank needs 10 volunteers this Saturday 9-12 at 14 Elm St",
 * "Unsere Tafel braucht diesen Samstag 10 Freiwillige"): an invitation to come and help others, as a free gathering
 * is. A time, a date or an address outside the call's own words is what makes it one; "we need volunteers" alone, or
 * a call beside a sale, invites to nothing the reader can go to.
 */
function addVolunteerCall(doc: Doc, find: (key: PhraseKey) => PhraseMatch[], ctx: Context, out: GiveSignal[]): void {
  if (ctx.offersForSale) return;
  for (const m of find('volunteerCall')) {
    if (!usable(doc, m, ctx) || !ctx.specifics.some((s) => s.end <= m.start || s.start >= m.end)) continue;
    out.push({ signal: 'invitation', start: m.start, end: m.end, weight: WEIGHT.invitation.one });
    return;
  }
}

/**
 * A quantity by weight or volume, as recipes and mixes write it ("300 g", "300ml", "2 tbsp", "1 EL"). Its start is
 * checked apart (no letter or digit before it): a regex that opens with a lookbehind cannot skip ahead to the digits.
 */
const AMOUNT_RE = /\d+(?:[.,/]\d+)?\s?(?:g|gr|kg|mg|ml|cl|dl|l|oz|tbsp|tsp|cups?|EL|TL|c\.?\s?à\.?\s?s|colheres?)(?![\p{L}])/gu;
const WORD_BEFORE_RE = /[\p{L}\p{N}]/u;
/** A duration or a temperature, as steps write them ("45 min", "2 h", "190°C", "375 °F"). */
const STEP_RE = /(?<![\p{L}\p{N}])\d+(?:[.,]\d+)?\s?(?:s|sec|secs|seconds|segundos|sekunden|secondes|min|mins|minutes|minutos|minuten|minuti|h|hrs?|°\s?[CF]?|º\s?C)(?![\p{L}])/u;
/** Quantities a recipe holds at least. */
const RECIPE_AMOUNTS = 3;

/**
 * A recipe or a mix told in full: quantities by weight or volume and a time or a temperature to work them ("300 g
 * flour, 7 g yeast, 2 eggs, 300 ml milk. Rise 45 min, bake 40 min at 190 °C"). The numbers are the method, in any
 * language, where the imperatives differ. Not in a post that sells (a price beside a link): a product's specs are
 * its description.
 */
function addMeasuredSteps(doc: Doc, ctx: Context, out: GiveSignal[]): void {
  if (ctx.offersForSale || doc.text.length < 40) return;
  AMOUNT_RE.lastIndex = 0;
  let first: RegExpExecArray | null = null;
  let n = 0;
  for (let m = AMOUNT_RE.exec(doc.text); m !== null && n < RECIPE_AMOUNTS; m = AMOUNT_RE.exec(doc.text)) {
    if ((m.index > 0 && WORD_BEFORE_RE.test(doc.text[m.index - 1]!)) || within(ctx.askSentences, m.index)) continue;
    first ??= m;
    n++;
  }
  if (n < RECIPE_AMOUNTS || !first || !STEP_RE.test(doc.text)) return;
  out.push({ signal: 'teaching', start: first.index, end: first.index + first[0].length, weight: WEIGHT.teaching.one });
}

/** What a reader frame must be followed by, after its comma or colon: this many words of the sentence's own. */
const AUDIENCE_TIP_WORDS = 6;
/** The author's own thing or a way to take it: after a reader frame, the sentence pitches rather than advises. */
const AUDIENCE_PITCH: readonly PhraseKey[] = ['plug', 'release', 'callToAction', 'service', 'acquire'];
/** The handles a reply opens with ("@ana if you…"): set aside before reading a clause; before a reader frame, all that may stand. */
const LEADING_HANDLES_PREFIX_RE = /^(?:\s|@[\p{L}\p{N}_.-]+)*/u;
const LEADING_HANDLES_RE = new RegExp(`${LEADING_HANDLES_PREFIX_RE.source}$`, 'u');

/**
 * A word in capitals, two to six letters: an organisation, an agency, a place ("l'INSERM", "la PF", "the NHS"), where
 * a capitalised name would be in English ("INSERM posts its offers in January" has "January"; French has
 * "janvier"). "$MLTL" is a ticker. A post with more than one word in this many in capitals is SHOUTING.
 */
const ACRONYM_RE = /^(?:\p{L}['’])?\p{Lu}{2,6}$/u;
const ACRONYM_SHARE = 8;

/** Whether the post has few enough words in capitals for one to be an acronym (a cheap test before holdsAcronym). */
function mayHoldAcronym(doc: Doc): boolean {
  let n = 0;
  for (let i = 0; i < doc.words.length; i++) if (ACRONYM_RE.test(doc.words[i]!.text)) n++;
  return n > 0 && n * ACRONYM_SHARE <= doc.words.length;
}

/** Whether an acronym stands in [start, end), as a word of its own (not a ticker). */
function holdsAcronym(doc: Doc, start: number, end: number): boolean {
  for (const w of doc.words) {
    if (w.start >= start && w.end <= end && ACRONYM_RE.test(w.text) && doc.text[w.start - 1] !== '$') return true;
  }
  return false;
}

/**
 * A sentence that opens by naming its readers ("If you self-host Nextcloud and it feels slow: enable Redis…",
 * "Pra quem tem horta:") and goes on to tell them something is a tip, imperative or not, when the post names
 * something concrete (a number, a name; or an acronym in the tip: "l'INSERM publie ses offres en janvier"): the frame alone ("if you know, you know") says nothing.
 */
function addAudienceTips(doc: Doc, find: (key: PhraseKey) => PhraseMatch[], ctx: Context, out: GiveSignal[]): void {
  const frames = find('audience');
  if (frames.length === 0) return;
  const vague = ctx.names === 0 && ctx.specifics.length === 0;
  if (vague && !mayHoldAcronym(doc)) return;
  const excluded = NOT_ADVICE.flatMap((key) => find(key));
  // What follows the frame may only ask for the author's own thing ("If you have a sec, listen to my new track"):
  // then the frame asks a favour; it gives no tip.
  const pitches = AUDIENCE_PITCH.flatMap((key) => find(key));
  for (const m of frames) {
    const s = sentenceAt(ctx.sentences, m.start);
    if (!s || !usable(doc, m, ctx) || !LEADING_HANDLES_RE.test(doc.text.slice(s.start, m.start))) continue;
    if (excluded.some((e) => e.start >= s.start && e.start < s.end)) continue;
    const cut = doc.text.slice(m.end, s.end).search(/[:,—–]/u);
    if (cut < 0 || wordsIn(doc, m.end + cut + 1, s.end) < AUDIENCE_TIP_WORDS) continue;
    if (pitches.some((p) => p.start > m.end + cut && p.start < s.end)) continue;
    if (vague && !holdsAcronym(doc, m.end, s.end)) continue;
    out.push({ signal: 'advice', start: s.start, end: s.end, weight: WEIGHT.advice.one });
  }
}

/** A question mark in the sentence's own words, not in a link's query string. */
/**
 * A link's query string left outside the link ("?utm_source=x", "?twclid=2-4xj3"): a link broken over lines by a page's
 * layout or pasted in pieces. Its "?" asks nothing.
 */
const QUERY_STRING_RE = /^\?[\p{L}\p{N}_.-]+=/u;

function hasQuestionMark(doc: Doc, s: Span): boolean {
  for (let at = doc.text.indexOf('?', s.start); at !== -1 && at < s.end; at = doc.text.indexOf('?', at + 1)) {
    if (!within(doc.urls, at) && !QUERY_STRING_RE.test(doc.text.slice(at, at + 40))) return true;
  }
  return false;
}

/** Whether any of the matches starts inside the span. */
function startsIn(matches: readonly PhraseMatch[], s: Span): boolean {
  for (let k = 0; k < matches.length; k++) if (matches[k]!.start >= s.start && matches[k]!.start < s.end) return true;
  return false;
}

/** Whether a sentence is a pointer and at most one word besides ("Alors, vous en pensez quoi ?"). */
function onlyPointer(doc: Doc, pointers: readonly PhraseMatch[], s: Span): boolean {
  for (const m of pointers) {
    if (m.start >= s.start && m.start < s.end && wordsIn(doc, s.start, m.start) + wordsIn(doc, m.end, s.end) <= 1) return true;
  }
  return false;
}

function addQuestions(doc: Doc, find: (key: PhraseKey) => PhraseMatch[], ctx: Context, out: GiveSignal[]): void {
  // A reply that also asks for likes or follows uses its question as the hook ("Who's here after the trailer? Like
  // if you are"): only a reply that asks for nothing else gets the shorter measure.
  const asksThePerson = ctx.reply && ctx.askSentences.length === 0;
  // A short post asks for real only in a question's own words, asked, about something it names ("Quelqu'un connaît un
  // bon plombier à Nantes ?"); "What's one book that changed how you work?" and "¿Qué opináis?" fish for replies.
  const brief = doc.words.length < (asksThePerson ? MIN_REPLY_WORDS_FOR_QUESTION : MIN_POST_WORDS_FOR_QUESTION);
  const cues = find('question');
  // "Does anyone know what guitar he's playing?", "Alguém sabe o nome da música?": a fact asked of whoever knows it,
  // about a thing in plain view (the video, the photo), asks for real with no name of its own.
  const asksAFact = cues.some((c) => FACT_ASKED_RE.test(doc.text.slice(c.start, c.start + 40)));
  if (brief && (cues.length === 0 || (ctx.names === 0 && ctx.specifics.length === 0 && !asksAFact))) return;
  const rhetorical = find('rhetorical');
  // A question that is only a pointer ("vous en pensez quoi ?", "Thoughts?", "¿Qué os parece?") asks the reader's view of
  // something it never names: in a reply too it fishes for answers rather than asking the person anything.
  const pointers = find('vaguePointer');
  // An index loop and plain scans: `entries()` built an [i, s] pair and `some` a closure per sentence, on every check.
  for (let i = 0; i < ctx.sentences.length; i++) {
    const s = ctx.sentences[i]!;
    if (within(ctx.askSentences, s.start) || overlaps(ctx.teasers, s.start, s.end)) continue;
    // A question that a withheld answer follows sets the teaser up ("Remember the kid from Home Alone? This is what he
    // looks like now"): it asks no one.
    const next = ctx.sentences[i + 1];
    if (next && overlaps(ctx.teasers, next.start, next.end)) continue;
    if (onlyPointer(doc, pointers, s)) continue;
    const cued = startsIn(cues, s);
    // A question the author's ask answers sets the ask up ("Thinking of selling in 2027? Let's talk.", "Ready to level
    // up? DM me"): it asks the reader nothing. A question of its own ("Anyone know a plumber in Leeds? Please share")
    // still asks.
    if (!cued && next && within(ctx.askSentences, next.start)) continue;
    const asks = hasQuestionMark(doc, s);
    if (brief && !(cued && asks)) continue;
    if (!asks && !cued) continue;
    if (!cued && startsIn(rhetorical, s)) continue;
    const short = wordsIn(doc, s.start, s.end) < MIN_QUESTION_WORDS;
    if (!cued && short && !asksThePerson && doc.words.length < CONTEXT_FOR_SHORT_QUESTION) continue;
    out.push({ signal: 'question', start: s.start, end: s.end, weight: WEIGHT.question.one });
  }
}

function addList(doc: Doc, ctx: Context, out: GiveSignal[]): void {
  const items: Span[] = [];
  let words = 0;
  LIST_ITEM_RE.lastIndex = 0;
  for (let m = LIST_ITEM_RE.exec(doc.text); m !== null; m = LIST_ITEM_RE.exec(doc.text)) {
    const start = m.index + m[0].length - m[1]!.length;
    if (within(ctx.askSentences, start)) continue;
    items.push({ start: m.index, end: m.index + m[0].length });
    words += wordsIn(doc, start, m.index + m[0].length);
  }
  // A list with a price among its items in a post that asks ("• 38 m², piso 6 • $1.450.000 admin incluida… Interesados
  // al DM", "• 1 quarto… • R$ 2.800 com condomínio… chamar no direct") is the offer's spec sheet: what is for rent or
  // sale, not something the reader takes away.
  if (ctx.askSentences.length > 0 && items.some((it) => PRICE_RE.test(doc.text.slice(it.start, it.end)))) return;
  if (items.length >= 2 && words / items.length >= MIN_ITEM_WORDS) {
    out.push({ signal: 'list', start: items[0]!.start, end: items[items.length - 1]!.end, weight: WEIGHT.list.one });
  }
}

/**
 * A list written inline that delivers what it counts: "in 3 steps (reserved instances, killing idle dev boxes, and
 * moving logs to cold storage)". It counts ways of doing something (steps, tips, lessons; not "3 big wins"), and the
 * count must equal the items, each of two words or more, so a teaser ("3 steps, link below") does not pass.
 */
const METHOD_NOUNS =
  'steps|tips|lessons|ways|things|changes|fixes|habits|tricks|rules|mistakes|questions|reasons|ideas|tools|takeaways|' +
  'pasos|consejos|lecciones|maneras|formas|cosas|errores|claves|schritte|tipps|lektionen|wege|dinge|fehler|regeln|' +
  'étapes|conseils|leçons|façons|choses|erreurs|astuces|passos|dicas|lições|coisas|erros|maneiras';
const INLINE_LIST_RE = new RegExp(
  String.raw`(?<![\p{L}\p{N}.,])([2-9])\s+(?:[\p{L}\p{M}'’-]+\s+){0,2}(?:${METHOD_NOUNS})(?![\p{L}\p{M}])[^.!?\n():]{0,30}?\s*(?:[:(]|[—–]\s)\s*([^.!?\n():]{8,400})`,
  'giu',
);
/** "and c", "y c", "et c": a short joining word before the last item. */
const LAST_JOINER_RE = /^(?:and|&|or|y|e|o|und|oder|et|ou)\s+/iu;
const INNER_JOINER_RE = /\s+(?:and|&|or|y|e|o|und|oder|et|ou)\s+(?=\S+\s+\S)/iu;

function addInlineList(doc: Doc, ctx: Context, out: GiveSignal[]): void {
  INLINE_LIST_RE.lastIndex = 0;
  for (let m = INLINE_LIST_RE.exec(doc.text); m !== null; m = INLINE_LIST_RE.exec(doc.text)) {
    if (within(ctx.askSentences, m.index)) continue;
    const parts = m[2]!.split(/[,;]/).map((item) => item.trim());
    // "a, b and c" / "a y b": the last part may hold two items around a joining word.
    const last = parts.pop() ?? '';
    const joined = LAST_JOINER_RE.test(last) ? [last] : last.split(INNER_JOINER_RE);
    const items = [...parts, ...joined].map((item) => item.replace(LAST_JOINER_RE, '').trim()).filter((item) => item.length > 0);
    if (items.length !== Number(m[1]) || !items.every((item) => item.split(/\s+/).length >= 2)) continue;
    out.push({ signal: 'list', start: m.index, end: m.index + m[0].length, weight: WEIGHT.list.one });
    return;
  }
}

/**
 * A list numbered inline, as threads and comments write one ("1/ moved cold logs to S3 2/ right-sized RDS 3/ spot
 * instances for CI", "1) riega 2) poda"): markers counted from 1 without a gap, each item of two words or more. A lone
 * "1/" opening a thread, a fraction ("1/2 cup") or a date is no run. A thread's mark may carry its emoji ("1/🧵 How I cut
 * our AWS bill 41%: 2/ …"), as threads are opened.
 */
const NUMBERED_MARK_RE = /(?<![\p{L}\p{N}/.,:])([1-9])(?:[.)]|\/(?!\d))(?:[ \t]*\p{Extended_Pictographic}\uFE0F?)?[ \t]+(?=[\p{L}"'“«¿¡])/gu;
/** Where the last item ends: the end of its sentence or line. */
const ITEM_END_RE = /[.!?\n]/u;
const MIN_NUMBERED_ITEMS = 2;

function addNumberedInline(doc: Doc, ctx: Context, out: GiveSignal[]): void {
  NUMBERED_MARK_RE.lastIndex = 0;
  const marks: { start: number; end: number }[] = [];
  for (let m = NUMBERED_MARK_RE.exec(doc.text); m !== null; m = NUMBERED_MARK_RE.exec(doc.text)) {
    const n = Number(m[1]);
    // A run starts at 1 and goes on only with the next number; anything else starts over or is skipped.
    if (n === 1) marks.length = 0;
    else if (n !== marks.length + 1) continue;
    marks.push({ start: m.index, end: m.index + m[0].length });
  }
  if (marks.length < MIN_NUMBERED_ITEMS) return;
  const lastStart = marks[marks.length - 1]!.end;
  const tail = doc.text.slice(lastStart).search(ITEM_END_RE);
  const end = tail < 0 ? doc.text.length : lastStart + tail;
  for (let i = 0; i < marks.length; i++) {
    const itemEnd = i + 1 < marks.length ? marks[i + 1]!.start : end;
    if (within(ctx.askSentences, marks[i]!.end) || wordsIn(doc, marks[i]!.end, itemEnd) < 2) return;
  }
  out.push({ signal: 'list', start: marks[0]!.start, end, weight: WEIGHT.list.one });
}

/**
 * Each kind's capped weight, kinds in the order first met (the order the sum is taken in), in arrays reused from call
 * to call (a call never runs inside another): a Map per call was allocated twice on every check, for a handful of kinds.
 */
const totalKinds: string[] = [];
const totalWeights: number[] = [];

function total(signals: readonly GiveSignal[], only?: ReadonlySet<string>): number {
  let kinds = 0;
  for (const s of signals) {
    if (only && !only.has(s.signal)) continue;
    const cap = WEIGHT[s.signal as SignalKind]?.cap ?? s.weight;
    let k = 0;
    while (k < kinds && totalKinds[k] !== s.signal) k++;
    if (k === kinds) {
      totalKinds[kinds] = s.signal;
      totalWeights[kinds++] = 0;
    }
    totalWeights[k] = Math.min(totalWeights[k]! + s.weight, cap);
  }
  let sum = 0;
  for (let k = 0; k < kinds; k++) sum += totalWeights[k]!;
  return sum;
}

export function giveScore(signals: readonly GiveSignal[]): number {
  return total(signals);
}

/** The part of the give score that hands the reader something to use (not thanks, credit or invitations). */
export function takeawayScore(signals: readonly GiveSignal[]): number {
  return total(signals, TAKEAWAY);
}
