// Teasers that withhold what they point to. A phrase from the teaser lists ("here's why", "what happened next",
// "17 things you didn't know") is only a teaser when the post does not deliver: no answer after a colon, no list,
// no fact in the same clause (for "did you know that..."), and little else of its own. "This is why" after a
// paragraph points back at it, so phrases marked `atStart` count only where their sentence begins.
import { phraseSource, type PhraseMatch } from './phrases';
import { WORD_FLAG } from './phrases/book';
import { deValue } from './phrases/value/de';
import { WHY as VALUE_WHY, type ValueEntry, type ValueLexicon } from './phrases/value/entry';
import { enValue } from './phrases/value/en';
import { esValue } from './phrases/value/es';
import { frValue } from './phrases/value/fr';
import { ptValue } from './phrases/value/pt';
import { teaserWords } from './lexicon';
import type { Doc, Span } from './text';
import type { DocLang, Lang } from './types';

const VALUE_LEXICONS: Readonly<Record<Lang, ValueLexicon>> = { en: enValue, es: esValue, de: deValue, fr: frValue, pt: ptValue };

/** Content words elsewhere in the post that deliver what a teaser points to (the answer, the list, the story). */
const DELIVERED_WORDS = 8;
/** Content words after a colon or dash, or in a "did you know that" clause, that answer the teaser. */
const ANSWER_WORDS = 3;
/** Lines that start like list items ("1.", "-", "•", an emoji): two of them deliver a listicle. */
const LIST_LINE_RE = /^[ \t]*(?:\d{1,2}[.)]|[•▪◦\-–*→]|\p{Extended_Pictographic})/gmu;
/**
 * What may stand before a teaser at the start of its sentence: quotes, emoji, a label ("VIDEO:", "VÍDEO |"), "RT @x:",
 * tags, an opening "and" ("Y así lucía la ciudad hace 100 años", "And this is why..."), and a call for attention
 * or a gasp set off by a comma or "!" ("Atención, esto es lo que…", "Ojo, esta es la razón…", "Wow, here's why…").
 * The words are the language's (lexicon `and`, `attention`).
 */
function leadRe(lang: Lang): RegExp {
  let re = LEADS.get(lang);
  if (!re) {
    const words = teaserWords(lang)!;
    re = new RegExp(
      `^(?:[^\\p{L}\\p{N}]|rt\\b|#[\\p{L}\\p{N}_]+|@[\\p{L}\\p{N}_]+|[\\p{L}\\p{N} ]{1,20}[:|]|(?:${words.and})\\s|(?:${words.attention})(?=\\s*[,!]))*$`,
      'iu',
    );
    LEADS.set(lang, re);
  }
  return re;
}
const LEADS = new Map<Lang, RegExp>();
const MAX_LEAD = 40;
/** A lead that ends on a handle and a comma: what follows stands beside the handle, as its description. */
const HANDLES_NAMED_RE = /@[\p{L}\p{N}_.]+\s*,\s*$/u;
/** A pointer to help ("here's how to help", "how you can donate") points at a resource, not at a withheld answer. */
const HELP_RE =
  /^[^.!?\n]{0,40}?(?<![\p{L}])(?:help|donat|volunteer|support|relief|get help|stay safe|evacuat|ayud|don[ae]r|apoy|helfen|spend|aider|donner|soutenir|ajud|doar|apoiar)/iu;
/** A plain year ("in 2015") dates something; any other number or time after a demonstrative is the news itself. */
const YEAR_RE = /^(?:19|20)\d\d$/;
/** "Colorado", "Émile": a capital then a small letter; in running text, a name. */
const NAME_RE = /^\p{Lu}\p{Ll}/u;
/** More than this share of capitalised words is Title Case, where capitals stop telling names apart. */
const TITLE_CASE_SHARE = 0.6;

/**
 * Whether the rest of a pointer's sentence names what it points at: a number (not a plain year), an account, or a
 * name in running text ("This is what the sun looks like in Colorado", "Here's the health advisory from @NEAsg").
 */
function namesWhat(doc: Doc, specifics: readonly Span[], from: number, to: number, titleCase: boolean): boolean {
  // A name ruled out ("the city that topped the list (it's not Vienna)") keeps the answer back.
  // So does a name given as the source ("…, according to The Economist", "…, según la OMS"): it says who found it.
  const words = teaserWords(doc.lang);
  const denial = words?.denialBefore;
  const source = words?.sourceBefore;
  const named = (at: number) => {
    const before = doc.text.slice(Math.max(from, at - 20), at);
    return !denial?.test(before) && !source?.test(before);
  };
  if (specifics.some((x) => x.start >= from && x.start < to && !YEAR_RE.test(doc.text.slice(x.start, x.end)) && named(x.start))) return true;
  if (doc.mentions.some((t) => t.start >= from && t.start < to)) return true;
  // German capitalises every noun, so there a capital tells no name.
  return !titleCase && doc.lang !== 'de' && doc.words.some((w) => w.start >= from && w.start < to && NAME_RE.test(w.text) && named(w.start));
}
/**
 * Whether the rest of a pointer's sentence names an account or uses a tag as one of its words: "Here's the
 * #boulderflood video that's going around", "8 images from the front lines of @WFP's operation" say what they point
 * at. Tags filed after the last word ("this is why I'm scared #prayforboston") name a stream, not the thing.
 */
function tagged(doc: Doc, from: number, to: number): boolean {
  if (doc.mentions.some((t) => t.start >= from && t.start < to)) return true;
  const lastWord = doc.words.findLast((w) => w.start < to);
  return !!lastWord && doc.hashtags.some((t) => t.start >= from && t.end <= lastWord.start);
}
/** A colon or dash before an answer; one followed by "and"/"y" ("— and why experts say it matters") goes on teasing. */
const ANSWER_MARK_RE = /(?:[:—–]|\s-\s)(?!\s*(?:and|but|y|pero|et|mais|e|mas|und|aber)\s)/u;
/** A sentence asked as a question: it ends in a question mark, perhaps with closing quotes or brackets. */
const QUESTION_END_RE = /\?+["'”’)\]]*$/u;

/** Whether a sentence is a question that opens the post and that nothing after it answers. */
function openHeadline(doc: Doc, sums: readonly number[], s: Span): boolean {
  if (!QUESTION_END_RE.test(doc.text.slice(s.start, s.end))) return false;
  return contentIn(doc, sums, 0, s.start) < 1 && contentIn(doc, sums, s.end, doc.text.length) < ANSWER_WORDS;
}

export interface Teaser extends PhraseMatch {
  entry: ValueEntry;
}

interface Compiled {
  re: RegExp;
  entry: ValueEntry;
}

const compiled = new Map<Lang, Compiled[]>();

function entries(lang: Lang): Compiled[] {
  let list = compiled.get(lang);
  if (!list) {
    list = VALUE_LEXICONS[lang].teaser.map((entry) => ({ re: new RegExp(`(?:${phraseSource(entry.pattern)})(?![\\p{L}\\p{N}_])`, 'iuy'), entry }));
    compiled.set(lang, list);
  }
  return list;
}

/**
 * Every entry that matches where a phrase match starts, longest first. The phrase index finds one phrase per place,
 * and not always the longest ("Can you" where "Can you guess" is meant, "Es" where "Es por esto que" is), so each
 * entry there is tried in turn: a short question opener that fails its checks must not hide the longer teaser.
 */
function entriesAt(lang: Lang, text: string, m: PhraseMatch): Teaser[] {
  const found: Teaser[] = [];
  for (const { re, entry } of entries(lang)) {
    re.lastIndex = m.start;
    const hit = re.exec(text);
    if (hit && hit[0].length > 0) found.push({ start: m.start, end: m.start + hit[0].length, text: hit[0], entry });
  }
  return found.sort((a, b) => b.end - a.end);
}

export interface TeaserContext {
  sentences: readonly Span[];
  /** Numbers, times and prices (evidence.specifics). */
  specifics: readonly Span[];
  /** Each word's weight as content (evidence.content). */
  content: readonly number[];
  /** What happened ("under states of emergency", "keeps pouring", "killed"): a sentence holding one tells its news. */
  reports: readonly Span[];
  /** The post answers someone or sits under their video: an opening question there asks that person, unless a link stands in for the answer. */
  reply: boolean;
  /** Questions that ask the reader for their own answer (phrase list `question`: "what are you reading", "¿cuál es tu"). */
  questions: readonly Span[];
  /** Each word's WORD_FLAG bits (evidence.flags): which words are the author's (I, my, we). */
  flags: readonly number[];
}

/** Content weight of the words before each word (and of all of them at the end): any range's weight by two lookups. */
function prefixSums(content: readonly number[]): number[] {
  const sums = [0];
  for (const c of content) sums.push(sums[sums.length - 1]! + c);
  return sums;
}

/** Index of the first word starting at or after `at`. */
function wordAt(doc: Doc, at: number): number {
  let lo = 0;
  let hi = doc.words.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (doc.words[mid]!.start < at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Content weight of the words starting in [start, end), from the prefix sums. */
function contentIn(doc: Doc, sums: readonly number[], start: number, end: number): number {
  return sums[wordAt(doc, end)]! - sums[wordAt(doc, start)]!;
}

function sentenceOf(sentences: readonly Span[], at: number): Span | undefined {
  let lo = 0;
  let hi = sentences.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = sentences[mid]!;
    if (at < s.start) hi = mid - 1;
    else if (at >= s.end) lo = mid + 1;
    else return s;
  }
  return undefined;
}

/** Content words after the means' opener: "by caching node_modules and splitting tests", not a bare "by switching". */
const MEANS_WORDS = 2;

/** Whether the rest of a how-it-happened sentence names its means ("… by caching node_modules and splitting tests"). */
function namesMeans(doc: Doc, sums: readonly number[], from: number, to: number): boolean {
  const means = teaserWords(doc.lang)?.means?.exec(doc.text.slice(from, to));
  return !!means && contentIn(doc, sums, from + means.index + means[0].length, to) >= MEANS_WORDS;
}

/**
 * Whether a pointer's sentence is about other people: some words of its own stand before the phrase (not only a
 * label or a lead), and none of the sentence's words is the author's or the person addressed. "Found this in my
 * attic" opens on its verb, the author's subject left out; "Où as-tu acheté cette lampe ?", asked, is about a
 * lamp both can see.
 */
function aboutOthers(doc: Doc, m: Teaser, s: Span, flags: readonly number[]): boolean {
  if (leadRe(doc.lang as Lang).test(doc.text.slice(s.start, m.start))) return false;
  if (firstPersonVerb(doc, s.start, [], s.end) || QUESTION_END_RE.test(doc.text.slice(s.start, s.end).trimEnd())) return false;
  const persons = WORD_FLAG.me | WORD_FLAG.you;
  return !doc.words.some((w, i) => w.start >= s.start && w.start < s.end && (flags[i]! & persons) !== 0);
}

/** Whether one teaser phrase, in its sentence, is left undelivered there (the rest of the post is judged apart). */
function undelivered(doc: Doc, m: Teaser, s: Span, sums: readonly number[], ctx: TeaserContext, titleCase: boolean, core: number): boolean {
  const { entry } = m;
  const text = doc.text;
  if (entry.atStart && (m.start - s.start > MAX_LEAD || !leadRe(doc.lang as Lang).test(text.slice(s.start, m.start)))) return false;
  // "#FF @anna and @tom, two of the kindest people here": after the handles and a comma, the words describe those named.
  if (entry.atStart && HANDLES_NAMED_RE.test(text.slice(s.start, m.start))) return false;
  if (entry.aboutOthers && !aboutOthers(doc, m, s, ctx.flags)) return false;
  if (entry.answeredInClause && contentIn(doc, sums, m.end, s.end) >= ANSWER_WORDS) return false;
  if (entry.answeredByMeans && namesMeans(doc, sums, m.end, s.end)) return false;
  // A question headline leads the post and is left open: a question after a report ("Face masks sold out in many
  // places. Did you get some?") asks the readers about the news, and one followed by an answer tells it.
  // In a reply or a comment under someone's video with no link, the question asks the person answered or the creator
  // ("¿Dónde compraste esa lámpara?", "Qual a marca dessa frigideira?").
  // So does a question that asks the reader for their own answer ("What are you reading this weekend?").
  if (entry.question && ((ctx.reply && doc.urls.length === 0) || asksTheReader(ctx.questions, s) || !openHeadline(doc, sums, s))) return false;
  // A prompt after a question that asks the reader for their own answer asks for that answer.
  if (entry.prompt && ctx.questions.some((q) => q.start < s.start)) return false;
  if (HELP_RE.test(text.slice(m.end, s.end))) return false;
  // "22 Alberta communities under states of emergency", "This rain just keeps pouring!": the sentence says what
  // happened, so its count or its demonstrative points at news, not at something withheld. In Title Case such
  // words are as often a title's ("The Walking Dead", "Was Out Of Control"), so there only running text counts. What
  // happened counts from the end of the shortest phrase here (`core`): a longer one may have swallowed the report
  // ("These photos show 112 homes lost" against "These photos show").
  if (!titleCase && ctx.reports.some((r) => r.start >= s.start && r.start < s.end && (r.end <= m.start || r.start >= core))) return false;
  if (entry.namedAnswers && namesWhat(doc, ctx.specifics, m.end, s.end, titleCase)) return false;
  if (entry.answeredByAmount && ctx.specifics.some((x) => x.start >= m.end && x.start < s.end && !YEAR_RE.test(text.slice(x.start, x.end)))) return false;
  if (tagged(doc, m.end, s.end)) return false;
  const mark = ANSWER_MARK_RE.exec(text.slice(m.end, s.end));
  return !(mark && contentIn(doc, sums, m.end + mark.index, text.length) >= ANSWER_WORDS);
}

/**
 * Whether a post is written as a headline: most of its words capitalised ("Why Trans Women Have Complicated
 * Relationships With Halloween"). A headline stands for the article behind it, which the post does not carry. German
 * capitalises every noun, so there capitals tell no headline.
 */
export function headlineCase(doc: Doc): boolean {
  return doc.lang !== 'de' && titleCased(doc);
}

function titleCased(doc: Doc): boolean {
  return doc.words.length >= 4 && doc.words.filter((w) => NAME_RE.test(w.text)).length / doc.words.length > TITLE_CASE_SHARE;
}

/**
 * Spanish and Portuguese mark the first person in the verb only ("la razón por la que amo el otoño", "o motivo pelo
 * qual durmo tão pouco"): no I/my word tells the author. A relative clause's verb stands right after its opener
 * (perhaps after "no" or a clitic), so there a verb in the first person is the author's. The words and forms are the
 * language's (lexicon `firstPerson`). Only words in [from, to) count.
 */
export function firstPersonVerb(doc: Doc, from: number, teasers: readonly Span[], to = doc.text.length): boolean {
  const fp = teaserWords(doc.lang)?.firstPerson;
  if (!fp) return false;
  const lower = doc.words.map((w) => w.text.toLowerCase());
  // Where accents may be left out (Spanish "paso" for "pasó"), a post typed without them tells the first person by
  // the ambiguous ending only in forms no other person takes ("hago", "tengo", "conozco").
  const plain = fp.unaccented && !fp.unaccented.accented.test(doc.text) ? fp.unaccented : null;
  return doc.words.some((w, i) => {
    if (w.start < from || w.start >= to || teasers.some((t) => w.start >= t.start && w.start < t.end)) return false;
    if (!fp.verb.test(w.text) || fp.notVerb.test(w.text)) return false;
    if (plain && lower[i]!.endsWith(plain.ending) && !plain.firstOnly.test(lower[i]!)) return false;
    let j = i - 1;
    while (j >= 0 && i - j <= 2 && fp.beforeVerb.has(lower[j]!)) j--;
    return j >= 0 && fp.clauseOpeners.has(lower[j]!);
  });
}

/** A post that trails off ("…what happened to me today..."), emoji after it or not: the story is left untold. */
const TRAILS_OFF_RE = /(?:\.{3}|…)[\s\p{Extended_Pictographic}\uFE0F\u200D]*$/u;

/**
 * Whether the author speaks of their own life where the teaser points: an I, my or we after the first teaser phrase
 * (outside the phrases), or anywhere in a post with no teaser phrase, and no link or headline that could stand for a
 * story told elsewhere. "This is why I love autumn" and "Here's what I made for dinner tonight" caption the author's
 * own photo; "Guess what? I got the job!" tells its answer; "What should we name our bot?" asks for real. None keeps
 * a story back for a click. "I've interviewed 200 founders. Here are 12 lessons that will change how you think"
 * says who the author is, then withholds the lessons: the author comes before the teaser there. Only how something
 * looks ("We finally finished the treehouse and this is what it looks like!") takes the author from anywhere.
 */
export function ownLife(doc: Doc, flags: readonly number[], teasers: readonly Teaser[]): boolean {
  if (doc.urls.length > 0 || headlineCase(doc)) return false;
  // "No os vais a creer lo que me pasó hoy en el metro...": a surprise promised of the author's own day, and the post
  // trails off without telling it. That keeps the story back as any teaser does.
  if (teasers.length > 0 && teasers.every((t) => t.entry.why === VALUE_WHY.surpriseWithheld) && TRAILS_OFF_RE.test(doc.text)) return false;
  // How something looks, after the author's own making anywhere in the post, captions their photo (entry `appearance`).
  const showsLook = teasers.length > 0 && teasers.every((t) => t.entry.appearance);
  const from = teasers.length > 0 && !showsLook ? Math.min(...teasers.map((t) => t.start)) : 0;
  const words = teaserWords(doc.lang);
  const ambiguous = words?.notAlwaysAuthor;
  if (showsLook && words?.firstPerson?.we && doc.words.some((w) => words.firstPerson!.we!.test(w.text))) return true;
  if (firstPersonVerb(doc, from, teasers)) return true;
  return doc.words.some(
    (w, i) =>
      w.start >= from &&
      (flags[i]! & WORD_FLAG.me) !== 0 &&
      !ambiguous?.has(w.text.toLowerCase()) &&
      !speaksForAll(doc, i, words?.everyone) &&
      !inTitle(doc, i) &&
      !teasers.some((t) => w.start >= t.start && w.start < t.end),
  );
}

/** Whether a first-person word at `i` has "all" within two words of it ("we all make", "all of us"): everyone, not the author. */
function speaksForAll(doc: Doc, i: number, everyone: ReadonlySet<string> | undefined): boolean {
  if (!everyone || everyone.size === 0) return false;
  for (let k = Math.max(0, i - 2); k <= i + 2 && k < doc.words.length; k++) {
    if (k !== i && everyone.has(doc.words[k]!.text.toLowerCase())) return true;
  }
  return false;
}

/** What may stand before a word that opens its sentence: nothing, or an end mark, a colon or an opening mark. */
const OPENS_SENTENCE_RE = /(?:^|[.!?…:\n¿¡"“«(])[\s"'“‘«(¿¡]*$/u;
/** Short lower-case words a title keeps between its capitalised ones ("Esqueceram de Mim", "Laisse-moi et Toi"). */
const TITLE_GLUE_RE = /^\p{Ll}{1,3}$/u;

/** Whether the word at `i` opens its sentence, where any word has a capital. */
function opensSentence(doc: Doc, i: number): boolean {
  return OPENS_SENTENCE_RE.test(doc.text.slice(Math.max(0, doc.words[i]!.start - 4), doc.words[i]!.start));
}

/**
 * Whether the word at `i` is a capitalised word of a title inside running text ("Lembra do menino de Esqueceram de
 * Mim?", "the girl from Love Me Tender"): a capitalised word mid-sentence with another one beside it, across at most
 * two short lower-case words. There "Mim", "Me" are the title's words, not the author speaking. English "I" always
 * has its capital, so it tells nothing of a title.
 */
function inTitle(doc: Doc, i: number): boolean {
  const words = doc.words;
  if (words[i]!.text === 'I' || !CAPITALISED_RE.test(words[i]!.text) || opensSentence(doc, i)) return false;
  for (const step of [-1, 1]) {
    for (let k = i + step, glue = 0; k >= 0 && k < words.length && glue <= 2; k += step) {
      const text = words[k]!.text;
      if (CAPITALISED_RE.test(text)) {
        if (!opensSentence(doc, k)) return true;
        break;
      }
      if (!TITLE_GLUE_RE.test(text)) break;
      glue++;
    }
  }
  return false;
}

/** No capital anywhere: the lower-case register of chat, not of a headline or a newsroom's tweet. */
const CAPITAL_RE = /\p{Lu}/u;
const COUNT_LED_RE = /^[\s"'“‘]*\d/u;
/** A word that opens with a capital, all capitals included ("Sexy", "AF"). */
const CAPITALISED_RE = /^\p{Lu}/u;

/**
 * Whether most words with a letter open with a capital, as a headline's do ("12 Trees Looking Sexy AF"): there "AF"
 * and "OMG" are the headline's own words. German capitalises every noun, so there capitals tell no headline.
 */
function headlineWords(doc: Doc): boolean {
  if (doc.lang === 'de') return false;
  const lettered = doc.words.filter((w) => /\p{L}/u.test(w.text));
  return lettered.length >= 4 && lettered.filter((w) => CAPITALISED_RE.test(w.text)).length / lettered.length > TITLE_CASE_SHARE;
}

/**
 * Whether the post is someone exclaiming rather than a headline announcing, by the marks the language's lexicon
 * lists (`exclaiming`): an interjection or laughter ("omg", "jajaja", "mdr"), an exclamative that ends its clause
 * ("What a game", "Qué golazo de Messi,", "Quel match"), a word made strong in the speaker's voice ("so good", "trop
 * mignon", "linda demais"), a speaker's opener with the subject left out ("Can't believe…"), a verdict said alone
 * ("…a good book. Perfect"), a drawn-out word ("sooo"), or no capital at all. A headline in Title Case is a headline
 * whatever its words ("OMG, Yes, You Can Totally Make Your Hair Glow", "12 Trees Looking Sexy AF").
 */
export function exclaims(doc: Doc): boolean {
  if (headlineWords(doc)) return false;
  const words = teaserWords(doc.lang);
  if (!words) return false;
  const e = words.exclaiming;
  const text = doc.text;
  // A line led by a count is a listicle's frame whatever its tone ("12 trees looking sexy af", "19 silly assumptions
  // about singles" typed in lower case).
  if (COUNT_LED_RE.test(text)) return false;
  if (!CAPITAL_RE.test(text) && doc.words.some((w) => /\p{L}/u.test(w.text))) return true;
  if (e.interjection.test(text) || e.exclamative.test(text) || e.intensified.test(text)) return true;
  if (e.speakerOpener?.test(text) || e.verdict?.test(text)) return true;
  return doc.words.some((w) => e.elongated.test(w.text));
}

/** Whether a sentence asks the reader for their own answer ("What's one book that changed how you work?"). */
function asksTheReader(questions: readonly Span[], s: Span): boolean {
  return questions.some((q) => q.start >= s.start && q.start < s.end);
}

/**
 * Whether the post opens by asking the reader for their own answer: a question to the audience, which hides nothing,
 * not a headline that keeps its answer back.
 */
export function opensAskingTheReader(sentences: readonly Span[], questions: readonly Span[]): boolean {
  const first = sentences[0];
  return !!first && asksTheReader(questions, first);
}

/** Whether the post opens with a question that nothing after it answers ("Can you guess which celebrity this is?"). */
export function leavesQuestionOpen(doc: Doc, sentences: readonly Span[], content: readonly number[]): boolean {
  const first = sentences[0];
  return !!first && openHeadline(doc, prefixSums(content), first);
}

/** A post holds a few teasers at most; past this many phrases it is a paste, judged by its first ones. */
const MAX_MATCHES = 50;

/** Teaser phrases the post leaves undelivered. */
export function findTeasers(doc: Doc, matches: readonly PhraseMatch[], ctx: TeaserContext): Teaser[] {
  if (matches.length === 0 || doc.lang === 'und') return [];
  const lang = doc.lang as Exclude<DocLang, 'und'>;
  const text = doc.text;
  if ((text.match(LIST_LINE_RE) ?? []).length >= 2) return [];
  const sums = prefixSums(ctx.content);
  const titleCase = titleCased(doc);
  const candidates: Teaser[] = [];
  const teaserSentences = new Set<Span>();
  let speaking: boolean | undefined;
  for (const found of matches.slice(0, MAX_MATCHES)) {
    // A phrase inside a teaser already found is part of it; one that overlaps a phrase that failed its checks ("Here's
    // the" before "the one stock everyone on Wall Street is watching") gets its own chance.
    if (candidates.some((c) => found.start >= c.start && found.start < c.end)) continue;
    const here = entriesAt(lang, text, found);
    const core = here.length > 0 ? here[here.length - 1]!.end : found.end;
    for (const [i, m] of here.entries()) {
      // "Did you know that 1 in 4...?" is answered in its clause: the question opener inside it is no second chance.
      if (m.entry.question && here.slice(0, i).some((x) => x.entry.answeredInClause)) continue;
      // "this song is so good", "Ce chiot est trop mignon": someone exclaiming shows what they point at.
      if (m.entry.shown && (speaking ??= exclaims(doc))) continue;
      const s = sentenceOf(ctx.sentences, m.start) ?? { start: m.start, end: m.end };
      if (!undelivered(doc, m, s, sums, ctx, titleCase, core)) continue;
      candidates.push(m);
      teaserSentences.add(s);
      break;
    }
  }
  if (candidates.length === 0) return [];
  // What the post says outside its teaser sentences: the answer, the story, the list the teaser pointed to.
  // A teaser that only points forward ("What happened next is heartbreaking") takes what comes before it as its
  // setup: then only what follows its first sentence can be the answer.
  const from = candidates.every((c) => c.entry.forward) ? Math.min(...[...teaserSentences].map((s) => s.start)) : 0;
  let rest = sums[sums.length - 1]! - contentIn(doc, sums, 0, from);
  for (const s of teaserSentences) rest -= contentIn(doc, sums, s.start, s.end);
  return rest >= DELIVERED_WORDS ? [] : candidates;
}
