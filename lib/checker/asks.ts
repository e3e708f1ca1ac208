// Compositional asks: instead of one phrase per way of asking, an ask is a REQUEST (an imperative at the start of a
// clause, "please", "could you", "would mean a lot if", "don't forget to") of an ACTION that benefits the author
// (subscribe, follow, visit, watch, share, upvote, buy...) aimed at a TARGET the author owns (me/us, my channel, a
// link, an @handle, "this" post) — or, for actions that help whoever asks (subscribe, upvote, repost), no target at
// all. The words come from lexicon/<lang>.ts; this file only composes them. "Subscribe ME!", "pleaaase sub",
// "WATCH MY VIDEOS AND SUBSCRIBE", "would mean so much if u checked it out", "help me get 50 subs" and "reposts
// hugely appreciated" are one pattern each here. Sharing someone else's work ("check out @jane's talk, she
// explains...") names a target that is not the author's, and stays quiet.
import { askLexicon, fold, type CompiledAsks } from './lexicon';
import type { PhraseMatch } from './phrases';
import type { Doc, Token } from './text';
import type { DocLang } from './types';

/** One token as the composer sees it: its canonical, accent-folded word ('' for links, mentions, tags, emoji). */
interface Item {
  token: Token;
  word: string;
  /** The canonical word before accents are folded away: French "partagé" (shared) is no "partage" (share!). */
  accented: string;
  /** Index of the sentence (split at . ! ? and line breaks) and of the clause (also at , ; : dashes and "and"). */
  sentence: number;
  clause: number;
}

/** Words that join two requests ("like and subscribe"): a clause starts after them. */
const JOINERS: ReadonlySet<string> = new Set(['and', '&', '+', 'then', 'y', 'e', 'und', 'et', 'or', 'o', 'ou', 'oder', 'n', "'n'"]);
/** Words a "my" may stand before its thing ("my new youtube channel"). */
const OWNED_REACH = 3;
const NUMBER_RE = /^\d[\d.,]*[km]?$/;
/** An infinitive in the languages whose articles double as "it" (es, fr, pt): "compartir", "partager", "dividir". */
const INFINITIVE_RE = /\p{L}{2,}(?:ar|er|ir|re)$/u;
/** How far around an action a request or "please" is looked for, in items: long posts stay linear. */
const WINDOW = 16;

/** How the gap between two tokens separates them: 0 none, 1 a clause, 2 a sentence. */
function gapBreak(text: string, from: number, to: number): number {
  let level = 0;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    // A colon or an arrow introduces what follows, even on the next line ("Download the report:\n link").
    // The full-width colon (：) of CJK keyboards introduces as well.
    if (c === 58 || c === 0xff1a || c === 0x2192 || c === 0x2193) return 1;
    if (c === 46 || c === 33 || c === 63 || c === 10 || c === 0x2026) return 2; // . ! ? newline …
    if (c === 44 || c === 59 || c === 58 || c === 0x2014 || c === 0x2013 || c === 40 || c === 41 || c === 124 || c === 34 || c === 0x201c || c === 0x201d) level = 1;
    else if (c === 45 && i > from && i + 1 < to && text.charCodeAt(i - 1) === 32 && text.charCodeAt(i + 1) === 32) level = 1;
  }
  return level;
}

function items(doc: Doc, canonical: readonly string[]): Item[] {
  // Sized once for every token and cut to length at the end: grown item by item, the array was copied over and
  // over (a few times its own size on a long post).
  const out = new Array<Item>(doc.tokens.length);
  let count = 0;
  let sentence = 0;
  let clause = 0;
  let wi = 0;
  let prevEnd = -1;
  let prevJoiner = false;
  for (const t of doc.tokens) {
    if (prevEnd >= 0) {
      const level = Math.max(t.type === 'emoji' ? 1 : 0, gapBreak(doc.text, prevEnd, t.start));
      if (level === 2) sentence++;
      if (level > 0 || prevJoiner) clause++;
    }
    const raw = t.type === 'word' ? canonical[wi++]! : '';
    const word = raw === '' ? '' : fold(raw);
    // Before folding: Portuguese "é" (is) folds to "e" (and) but joins nothing ("Compartilhar é bem-vindo").
    prevJoiner = JOINERS.has(raw);
    prevEnd = t.end;
    if (t.type === 'emoji') {
      // An emoji separates like punctuation; it is not itself something a clause can hold.
      clause++;
      continue;
    }
    out[count++] = { token: t, word, accented: raw, sentence, clause };
  }
  out.length = count;
  return out;
}

type Target = 'none' | 'me' | 'mine' | 'yours' | 'handle' | 'link' | 'pointing' | 'pointingOwned' | 'foreign';

function ownedAt(lex: CompiledAsks, word: string, lang: DocLang): boolean {
  if (lex.owned.has(word)) return true;
  // "youtube-kanal", "YouTube-Kanal", compounds in German ("Youtubekanal") end with the thing.
  const dash = word.lastIndexOf('-');
  if (dash > 0 && lex.owned.has(word.slice(dash + 1))) return true;
  if (lang === 'de') for (const o of lex.owned) if (o.length >= 4 && word.endsWith(o)) return true;
  return false;
}

/** A word that says whose a thing is, written with the apostrophe ("Maya's", "sister’s", "friends'"). */
const POSSESSIVE_RE = /\p{L}(?:['’]s|s['’])$/u;

/** A word written with a capital: a name after an article ("o Pedro"). */
const NAME_RE = /^\p{Lu}/u;
/** The details asked for to help someone ("share the error message", "partage le log"), in our five languages. */
const DETAILS_RE = /^(?:message|messages|mensaje|mensagem|erreur|error|erro|log|logs|code|c[oó]digo|capture|captura|screenshot|version|versi[oó]n|vers[aã]o|config|configuration|d[ée]tails?|detalles?|detalhes)$/iu;

/** What the action at `at` is aimed at, and the index of the last item the ask covers. */
function targetOf(lex: CompiledAsks, list: readonly Item[], at: number, lang: DocLang, inThread = false): { target: Target; end: number } {
  const clause = list[at]!.clause;
  let k = at + 1;
  while (k < list.length && list[k]!.clause === clause && (lex.particles.has(list[k]!.word) || lex.please.includes(list[k]!.word))) k++;
  const item = list[k];
  if (!item || item.clause !== clause) return { target: 'none', end: k - 1 };
  const t = item.token;
  if (t.type === 'url') return { target: 'link', end: k };
  if (t.type === 'mention') return { target: 'handle', end: k };
  if (t.type !== 'word') return { target: 'foreign', end: k };
  const w = item.word;
  // "Compartir me ayuda a procesarlo", "Votar me parece lo mínimo", "Compartilhar me ajuda": an infinitive opening its
  // sentence is its subject, and the "me" after it is the object of the next verb. The author asked for is written
  // onto the verb ("compartirme", "seguirnos") or before it in Portuguese ("me sigam"); "seguir me en insta" keeps it.
  if ((lang === 'es' || lang === 'pt') && lex.me.has(w) && !lex.my.has(w) && INFINITIVE_RE.test(list[at]!.word) && (at === 0 || list[at - 1]!.sentence !== list[at]!.sentence)) {
    const next = list[k + 1];
    if (next && next.clause === clause && next.token.type === 'word' && !lex.particles.has(next.word) && !lex.closers.has(next.word) && !lex.please.includes(next.word)) return { target: 'foreign', end: k + 1 };
  }
  if (lex.my.has(w)) {
    for (let j = k + 1; j < list.length && j <= k + OWNED_REACH && list[j]!.clause === clause; j++) {
      // "my friend Maya's newsletter", "my sister's account": a possessive before the thing makes it that person's.
      // Pushed under someone else's video ("check out my friend's music"), it is still comment spam.
      if (!inThread && POSSESSIVE_RE.test(list[j - 1]!.token.text) && j - 1 > k) return { target: 'foreign', end: k };
      if (list[j]!.token.type === 'word' && ownedAt(lex, list[j]!.word, lang)) return { target: 'mine', end: j };
    }
    // "mi" is also "me" after a preposition in Spanish ("vota por mí").
    if (!lex.me.has(w)) return { target: 'foreign', end: k };
  }
  if (lex.me.has(w)) return { target: 'me', end: k };
  if (lex.your.has(w)) return { target: 'yours', end: Math.min(k + 1, list.length - 1) };
  if (lex.pointing.has(w)) {
    const next = list[k + 1];
    if (next && next.clause === clause && next.token.type === 'word' && ownedAt(lex, next.word, lang)) {
      // "this youtube channel", "this tiktok account": the thing is the last of the owned words in a row, so a name
      // after it ("this youtube channel: kobyoshi02") is its name.
      let end = k + 1;
      while (list[end + 1]?.clause === clause && list[end + 1]!.token.type === 'word' && ownedAt(lex, list[end + 1]!.word, lang)) end++;
      return { target: 'pointingOwned', end };
    }
    // "Siga o Pedro Lima", "segue o João": a pointer that is also an article ("o", "a" in Portuguese), written
    // small before a name, is the name's article: the ask is aimed at someone else ("Siga-o", "me siga" stay the author's).
    if (next && next.sentence === item.sentence && next.token.type === 'word' && NAME_RE.test(next.token.text) && !NAME_RE.test(t.text)) return { target: 'foreign', end: k };
    // "this new channel", "this you tube channel", "este nuevo canal": a few describing words may stand between the
    // pointer and its thing, but no place or owner ("check it out on my channel" is placed, not pointed at).
    for (let j = k + 2; j < list.length && j <= k + OWNED_REACH && list[j]!.clause === clause && list[j - 1]!.token.type === 'word'; j++) {
      const between = list[j - 1]!.word;
      if (lex.particles.has(between) || lex.places.has(between) || lex.my.has(between) || lex.your.has(between) || lex.theirs.has(between) || lex.pointing.has(between)) break;
      if (list[j]!.token.type === 'word' && ownedAt(lex, list[j]!.word, lang)) return { target: 'pointingOwned', end: j };
    }
    // "Compartir la mesa con amigos significa mucho": an infinitive opening its sentence is its subject, and the
    // article after it belongs to the next word ("it" would be written onto the verb: "compartirla").
    const opensSentence = at === 0 || list[at - 1]!.sentence !== list[at]!.sentence;
    // "partage le message d'erreur", "comparte el log": the article of the details someone asks for to help, not "it".
    if (lex.articles.has(w) && next && next.clause === clause && next.token.type === 'word' && DETAILS_RE.test(next.word)) return { target: 'foreign', end: k + 1 };
    if (opensSentence && lex.articles.has(w) && INFINITIVE_RE.test(list[at]!.word) && next && next.clause === clause && next.token.type === 'word' && !lex.particles.has(next.word) && !lex.closers.has(next.word)) return { target: 'foreign', end: k + 1 };
    return { target: 'pointing', end: k };
  }
  // In German a number right after the word makes it a numbered thing, a noun ("Folge 12 ist online": episode 12, not
  // "follow!"); elsewhere a number may be the ask's own ("Vote 1 Dana Ruiz").
  if (lang === 'de' && NUMBER_RE.test(w)) return { target: 'foreign', end: k };
  if (lex.closers.has(w) || NUMBER_RE.test(w)) return { target: 'none', end: k - 1 };
  return { target: 'foreign', end: k };
}

/** Words that may follow German "Stimmt" as agreement ("Stimmt genau", "Stimmt leider"): no vote asked. */
const DE_AGREEING = new Set(['genau', 'absolut', 'total', 'voll', 'leider', 'schon', 'auch', 'so', 'ja', 'wohl', 'eigentlich', 'einfach', 'natürlich', 'vollkommen', 'komplett']);

/**
 * German "Stimmt," / "Stimmt genau." opening a sentence is agreement ("that's right"), not "vote!": the form alone in its
 * clause, or followed only by words of agreement. "Stimmt ab!", "stimmt für uns", "Bitte stimmt, teilt und folgt"
 * (a please first, or the sentence not opened by it) still ask.
 */
function agreesInGerman(list: readonly Item[], at: number): boolean {
  const item = list[at]!;
  if (item.word !== 'stimmt' && item.word !== 'stimme') return false;
  if (at > 0 && list[at - 1]!.sentence === item.sentence) return false;
  for (let k = at + 1; k < list.length && list[k]!.clause === item.clause; k++) if (list[k]!.token.type === 'word' && !DE_AGREEING.has(list[k]!.word)) return false;
  return true;
}

/** Words (not guidance) a few of which may stand between an `obeys` action and its guidance ("follow the official 4-step…"). */
const GUIDANCE_FREE_WORDS = 1;

/**
 * Whether the action's object is a thing of guidance ("follow these 4 simple steps", "sigue las instrucciones", "folgt
 * einfach der Anleitung", "suivez la recette", "siga estas dicas"): the verb means "act on" and asks for no follow.
 * The author, the author's thing, a link, a handle, a place word or an audience word met first ("follow me for more
 * steps", "follow this page for tips", "follow these accounts for tips") leaves it an ask.
 */
function followsGuidance(lex: CompiledAsks, list: readonly Item[], at: number): boolean {
  if (lex.guidance.size === 0) return false;
  let free = GUIDANCE_FREE_WORDS;
  for (let k = at + 1; k < list.length && k <= at + 6; k++) {
    const item = list[k]!;
    // Portuguese "o" (the) is also Spanish "o" (or), a joiner that opens a clause: as the article before the guidance
    // ("Segue o passo a passo") it joins nothing.
    const prev = list[k - 1]!;
    if (item.clause !== prev.clause && !(k - 1 > at && JOINERS.has(prev.accented) && lex.beforeGuidance.has(prev.word) && item.sentence === prev.sentence)) return false;
    if (item.token.type !== 'word') return false;
    const w = item.word;
    if (lex.guidance.has(w)) return true;
    if (lex.beforeGuidance.has(w) || lex.pointing.has(w) || lex.articles.has(w) || NUMBER_RE.test(w)) continue;
    if (lex.me.has(w) || lex.my.has(w) || lex.particles.has(w) || lex.places.has(w) || lex.owned.has(w) || lex.audience.has(w) || lex.closers.has(w)) return false;
    if (free-- <= 0) return false;
  }
  return false;
}

/** Whether an asking form has the author written onto its end ("vótennos", "sígueme", "suivez-moi", "segue-me"). */
function carriesAuthor(lex: CompiledAsks, word: string): boolean {
  for (const me of lex.me) if (me.length >= 2 && word.length > me.length + 2 && word.endsWith(me)) return true;
  return false;
}

/**
 * The index where a purpose right after the action ("to", "para") names the author: "me" two words on ("to hear me"),
 * or "my" there with a thing of theirs ("para ver mis videos"); else -1.
 */
function purposeNamesAuthor(lex: CompiledAsks, list: readonly Item[], at: number, lang: DocLang): number {
  const { clause } = list[at]!;
  const to = list[at + 1];
  const owner = list[at + 3];
  if (!to || !owner || owner.clause !== clause || !lex.purpose.has(to.word) || list[at + 2]!.token.type !== 'word') return -1;
  if (lex.me.has(owner.word)) return at + 3;
  if (!lex.my.has(owner.word)) return -1;
  for (let j = at + 4; j < list.length && j <= at + 3 + OWNED_REACH && list[j]!.clause === clause; j++) {
    if (list[j]!.token.type === 'word' && ownedAt(lex, list[j]!.word, lang)) return j;
  }
  return -1;
}

/** How far after the action the one it is for may be named ("vote at the Best Bakery awards for us"). */
const FOR_AUTHOR_REACH = 7;

/**
 * The index of the author named as the one the action is for, a few words on in its clause ("stimmt beim Award FÜR
 * UNS ab", "votad en los premios POR NOSOTROS") where the clause ends, else -1.
 */
function forAuthorAfter(lex: CompiledAsks, list: readonly Item[], at: number): number {
  if (lex.forAuthor.size === 0) return -1;
  const { clause } = list[at]!;
  for (let k = at + 2; k + 1 < list.length && k <= at + FOR_AUTHOR_REACH && list[k]!.clause === clause; k++) {
    if (!lex.forAuthor.has(list[k]!.word) || list[k + 1]!.clause !== clause || !lex.me.has(list[k + 1]!.word)) continue;
    // The author ends the clause ("für uns ab!", "for us, thanks"); "a future for us all" speaks for everyone.
    const after = list[k + 2];
    if (!after || after.clause !== clause || lex.particles.has(after.word) || lex.closers.has(after.word)) return k + 1;
  }
  return -1;
}

/** How far after a "search" the site may stand ("sucht mal nach DJ Kato auf YouTube"). */
const SEARCH_REACH = 8;

/**
 * The index of the site a name is to be looked up on ("search DJ Kato ON YOUTUBE"), else -1. The name comes first,
 * written as names are: a capital (two in a row in German, where every noun has one), a handle or an @mention.
 * "Buscad el tutorial de la AEMET en youtube" sends readers to a thing, not a name.
 */
function searchedOn(lex: CompiledAsks, list: readonly Item[], at: number, lang: DocLang): number {
  const { clause } = list[at]!;
  let first = at + 1;
  while (first < list.length && list[first]!.clause === clause && lex.beforeSearched.has(list[first]!.word)) first++;
  const name = list[first];
  const next = list[first + 1];
  if (!name || !next || name.clause !== clause) return -1;
  const { text, type } = name.token;
  const named = type === 'mention' || HANDLE_NAME_RE.test(text) || CAMEL_NAME_RE.test(text) || (type === 'word' && NAME_RE.test(text) && (lang !== 'de' || NAME_RE.test(next.token.text)));
  if (!named) return -1;
  for (let k = first + 1; k + 1 < list.length && k <= at + SEARCH_REACH && list[k]!.clause === clause; k++) {
    const site = list[k + 1]!;
    if (lex.places.has(list[k]!.word) && site.clause === clause && lex.sites.has(site.word)) return k + 1;
  }
  return -1;
}

/**
 * The index of an offering of the author's right after "us" ("join us for our free webinar", "join us on our
 * livestream"), else -1.
 */
function offeringAfter(lex: CompiledAsks, list: readonly Item[], us: number): number {
  const { clause } = list[us]!;
  const link = list[us + 1];
  const my = list[us + 2];
  if (!link || !my || my.clause !== clause || !(lex.places.has(link.word) || lex.particles.has(link.word)) || !lex.my.has(my.word)) return -1;
  for (let j = us + 3; j < list.length && j <= us + 2 + OWNED_REACH && list[j]!.clause === clause; j++) {
    if (lex.offerings.has(list[j]!.word)) return j;
  }
  return -1;
}

/** The index of the author's own thing placed later in the action's clause ("…for yourself on my page"), else -1. */
function ownedPlaceAfter(lex: CompiledAsks, list: readonly Item[], at: number, lang: DocLang): number {
  const { clause } = list[at]!;
  for (let k = at + 1; k + 1 < list.length && k < at + WINDOW && list[k]!.clause === clause; k++) {
    if (!lex.places.has(list[k]!.word) || !lex.my.has(list[k + 1]!.word)) continue;
    for (let j = k + 2; j < list.length && j <= k + 1 + OWNED_REACH && list[j]!.clause === clause; j++) {
      if (list[j]!.token.type === 'word' && ownedAt(lex, list[j]!.word, lang)) return j;
    }
  }
  return -1;
}

/** A channel or account name written as one CamelCase word ("DrumsWithDevan"): how a name is given where links are not. */
const CAMEL_NAME_RE = /^\p{Lu}\p{Ll}+\p{Lu}[\p{L}\p{N}]*$/u;
/**
 * A user name as sites hand them out: letters run into digits or an underscore ("kobyoshi02", "beats_by_joe"), never
 * a plain word or a number ("Roar", "2015").
 */
const HANDLE_NAME_RE = /^(?=[\p{L}\p{N}_]*\p{L})(?=[\p{L}\p{N}_]*[\p{N}_])[\p{L}\p{N}_]{4,}$/u;

/**
 * The index of a name given after a colon that ends the sentence ("check out this channel: SomeName"), else -1: the
 * pointer names where to go, as a link would.
 */
function nameAfter(doc: Doc, list: readonly Item[], end: number): number {
  const next = list[end + 1];
  if (!next || next.token.type !== 'word' || !doc.text.slice(list[end]!.token.end, next.token.start).includes(':')) return -1;
  const name = doc.text.slice(next.token.start, next.token.end);
  if (!CAMEL_NAME_RE.test(name) && !HANDLE_NAME_RE.test(name)) return -1;
  const after = list[end + 2];
  return !after || after.sentence !== next.sentence ? end + 1 : -1;
}

/** How far back, in items, an introduction of the author's thing is looked for (the sentence before at most). */
const INTRO_REACH = 24;
/** Words before an owned word that an introduction may hold ("we just uploaded a brand new" + "cover"). */
const INTRO_WORDS = 7;

/**
 * Whether the author brought in a thing of their own just before the action ("I have a new cover of Roar, please give
 * it a listen", "Fiz um cover dessa música, escuta"): a "this"/"it" after it stands for that thing.
 */
function introducedBefore(lex: CompiledAsks, list: readonly Item[], at: number, lang: DocLang): boolean {
  if (!lex.introduces) return false;
  const { sentence } = list[at]!;
  for (let j = at - 1; j >= 0 && j > at - INTRO_REACH && list[j]!.sentence >= sentence - 1; j--) {
    const owned = list[j]!;
    if (owned.token.type !== 'word' || !ownedAt(lex, owned.word, lang)) continue;
    // "my podcast cohost recommended this mic, try it": the thing named is a person of the author's show, not the show.
    const after = list[j + 1];
    if (after && after.clause === owned.clause && ROLE_RE.test(after.word)) continue;
    let text = '';
    for (let k = Math.max(0, j - INTRO_WORDS); k < j; k++) {
      const w = list[k]!;
      if (w.sentence !== owned.sentence || w.clause !== owned.clause) text = '';
      else if (w.word) text += text ? ` ${w.word}` : w.word;
    }
    if (text && lex.introduces.test(text)) return true;
  }
  return false;
}

/**
 * Whether "it" is to be tried again, a few words after it ("Probiert es später nochmal", "try it again later"): the
 * author's thing is down for a while, a notice, not a trial asked for.
 */
function retriedAfter(list: readonly Item[], end: number): boolean {
  const { clause } = list[end]!;
  for (let k = end + 1; k < list.length && k <= end + RETRY_REACH && list[k]!.clause === clause; k++) if (RETRY_RE.test(list[k]!.word)) return true;
  return false;
}
const RETRY_REACH = 3;
/** Again, later, in our five languages ("de nuevo", "otra vez", "à nouveau", "de novo" by their last word). */
const RETRY_RE = /^(?:again|later|nochmal|nochmals|erneut|sp[aä]ter|luego|tarde|vez|nuevo|nouveau|novamente|novo|depois)$/u;

/** People of a show or a shop, in our five languages: after the author's thing they are who is named ("my podcast cohost"). */
const ROLE_RE = /^(?:co-?hosts?|cohosts?|guests?|producers?|editors?|teammates?|crew|partners?|mods?|moderators?|interns?|sponsors?|coanfitri[oó]n\p{L}*|invitad[oa]s?|productor[ae]?s?|socios?|socias?|g[aä]ste?|gast|produzent\p{L}*|redakteur\p{L}*|co-?moderator\p{L}*|coanimat\p{L}*|invit[ée]e?s?|producteur\p{L}*|productrice\p{L}*|associ[ée]e?s?|convidad[oa]s?|produtor[ae]?s?|s[oó]ci[oa]s?)$/u;

/** Whether the words right after the thing at `end` say the author made it ("this cover I did"). */
function madeByAuthor(lex: CompiledAsks, list: readonly Item[], end: number, lang: DocLang): boolean {
  if (!lex.madeIt) return false;
  const { clause } = list[end]!;
  // "this music video I made": the thing may run over more than one word.
  let from = end + 1;
  while (from < list.length && from <= end + 2 && list[from]!.clause === clause && ownedAt(lex, list[from]!.word, lang)) from++;
  let text = '';
  for (let k = from; k < list.length && k <= from + 4 && list[k]!.clause === clause && list[k]!.word; k++) text += ` ${list[k]!.word}`;
  return text !== '' && lex.madeIt.test(text);
}

/**
 * The index of the author named as company later in the action's clause ("book a free call WITH ME", "agenda una
 * llamada CONMIGO"), else -1; -1 too when a meeting word stands between ("grab a coffee with me" invites).
 */
function withAuthorAfter(lex: CompiledAsks, list: readonly Item[], at: number): number {
  if (lex.withMe.size === 0) return -1;
  const { clause } = list[at]!;
  let brought = false;
  for (let k = at + 1; k <= at + 3 && k < list.length && list[k]!.clause === clause; k++) if (lex.booked.has(list[k]!.word) || NUMBER_RE.test(list[k]!.word)) brought = true;
  if (!brought) return -1;
  for (let k = at + 1; k < list.length && k < at + WINDOW && list[k]!.clause === clause; k++) {
    const w = list[k]!.word;
    if (lex.meeting.has(w)) return -1;
    if (lex.withMe.has(w)) return k;
    const next = list[k + 1];
    if (next && next.clause === clause && lex.withMe.has(`${w} ${next.word}`)) return k + 1;
  }
  return -1;
}

/** Whether the share button's text ends the post: "Check out this video on YouTube:" with its link after the colon or gone. */
function colonEndsPost(doc: Doc, list: readonly Item[], at: number): boolean {
  const last = list[list.length - 1]!;
  return last.sentence === list[at]!.sentence && last.token.type === 'word' && /^\s*[:\uff1a]\s*$/u.test(doc.text.slice(last.token.end));
}

/** Whether a link stands in the clause after the action, or opens the next one ("visit this website: site.com"). */
function linkAfter(list: readonly Item[], at: number): boolean {
  const { clause } = list[at]!;
  for (let k = at + 1; k < list.length && k < at + WINDOW; k++) {
    if (list[k]!.token.type === 'url') return true;
    if (list[k]!.clause !== clause) return false;
  }
  return false;
}

/** Whether a link stands later in the action's sentence (a colon or an arrow keeps one going across a line). */
function linkInSentence(list: readonly Item[], at: number): boolean {
  const { sentence } = list[at]!;
  for (let k = at + 1; k < list.length && k < at + WINDOW && list[k]!.sentence === sentence; k++) {
    if (list[k]!.token.type === 'url') return true;
  }
  return false;
}

/** A price: a currency sign or word by a number ("$0.05", "€20", "20 €", "12,50€", "30 USD", "10 euros"). */
export const PRICE_RE = /[$€£]\s?\d|\d\s?(?:€|\$|£|usd|eur|dollars|euros)(?![\p{L}])/iu;
/** A token named by its ticker ("$CLAWDX", "$LUNC"): the thing a token sale or a shill sells. Not a price ("$5"). */
// The lookbehind rather than a leading (?:^|[^\p{L}\p{N}$]): the engine then looks for "$" first instead of trying the
// class at every position, which cost ~8 µs on a post with emoji (a two-byte string) and has none of its "$".
export const TICKER_RE = /(?<![\p{L}\p{N}$])\$[A-Za-z][A-Za-z0-9]{1,9}\b/u;

/**
 * The index of the item that ends a price in the action's clause ("grab tokens at $0.05", "get the print for €20"),
 * else -1: a sale offered with its price asks for money whatever the thing is called.
 */
function pricedIn(doc: Doc, list: readonly Item[], at: number): number {
  const { clause } = list[at]!;
  let last = at;
  while (last + 1 < list.length && last + 1 < at + WINDOW && list[last + 1]!.clause === clause) last++;
  const from = list[at]!.token.end;
  const price = PRICE_RE.exec(doc.text.slice(from, list[last]!.token.end));
  if (!price) return -1;
  const priceEnd = from + price.index + price[0].length;
  let k = at;
  while (k < last && list[k + 1]!.token.start < priceEnd) k++;
  return k;
}

/**
 * Whether the sentence credits someone else ("@jane's talk", "she explains", "by @jane"), or the action's clause names
 * a person the author calls "my" someone as its owner ("la newsletter de mi amiga", "den Newsletter von meiner Freundin").
 */
function someoneElses(doc: Doc, lex: CompiledAsks, list: readonly Item[], at: number): boolean {
  const { sentence } = list[at]!;
  for (let k = at + 1; k < list.length && k < at + WINDOW && list[k]!.sentence === sentence; k++) {
    const item = list[k]!;
    if (lex.theirs.has(item.word)) return true;
    // "Of my friend" in the action's own clause; "share this post my friends!", "suscríbanse mi gente" still ask.
    if (lex.my.has(item.word) && item.clause === list[at]!.clause && lex.ownerOf.has(list[k - 1]!.word) && lex.people.has(list[k + 1]?.word ?? '') && list[k + 1]!.clause === item.clause) return true;
    if (item.token.type === 'mention' && /^['’]s\b/.test(doc.text.slice(item.token.end, item.token.end + 3))) return true;
    if (item.word === 'by' && list[k + 1]?.token.type === 'mention') return true;
  }
  return false;
}

/** The words of a sentence before an item, canonical and joined by spaces, with the item each starts. */
interface Prefix {
  text: string;
  /** The first `count` entries hold where each word starts in `text`, and its item; any after are stale. */
  count: number;
  starts: number[];
  items: number[];
}

/**
 * `prefix`'s answer, reused from call to call: each is read at once by `frameStart` (nothing keeps it), and fresh
 * arrays for every action word of every check were garbage. Written by index and never cut (cutting an array's
 * length gives its room back, and the next call would grow it again).
 */
const lastPrefix: Prefix = { text: '', count: 0, starts: [], items: [] };

/** The words of the sentence before the item at `at` (valid until the next call). */
function prefix(list: readonly Item[], at: number): Prefix {
  const { sentence } = list[at]!;
  let from = at;
  while (from > 0 && from > at - WINDOW && list[from - 1]!.sentence === sentence) from--;
  let text = '';
  let count = 0;
  for (let k = from; k < at; k++) {
    if (!list[k]!.word) continue;
    if (text) text += ' ';
    lastPrefix.starts[count] = text.length;
    lastPrefix.items[count++] = k;
    text += list[k]!.word;
  }
  lastPrefix.text = text;
  lastPrefix.count = count;
  return lastPrefix;
}

/** The item where a frame matched in a prefix starts, or -1 when it does not match. */
function frameStart(re: RegExp, before: Prefix): number {
  if (before.text === '') return -1;
  const m = re.exec(before.text);
  if (!m) return -1;
  const at = m.index + m[0].indexOf(m[1]!);
  for (let i = 0; i < before.count; i++) if (before.starts[i] === at) return before.items[i]!;
  return -1;
}

/** Sentences holding a "please" ("por favor", "s'il vous plaît" over several words), found in one pass. */
function pleaseSentences(lex: CompiledAsks, list: readonly Item[]): Set<number> {
  const out = new Set<number>();
  for (let k = 0; k < list.length; k++) {
    if (!lex.pleaseFirst.has(list[k]!.word)) continue;
    let joined = list[k]!.word;
    for (let n = 0; n < 3; n++) {
      if (lex.please.includes(joined)) {
        out.add(list[k]!.sentence);
        break;
      }
      const next = list[k + n + 1];
      if (!next) break;
      joined += ` ${next.word}`;
    }
  }
  return out;
}

/** "…your seat now", "…your copy here": the word after the target says where or when to act. */
function closesWithHere(lex: CompiledAsks, list: readonly Item[], end: number): boolean {
  const next = list[end + 1];
  return !!next && next.clause === list[end]!.clause && lex.closers.has(next.word) && !lex.please.includes(next.word);
}

/** A "please" right before or after the action ("upvote please"). */
function pleaseNextTo(lex: CompiledAsks, list: readonly Item[], at: number): boolean {
  for (let k = Math.max(0, at - 2); k <= at + 2 && k < list.length; k++) if (k !== at && lex.please.includes(list[k]!.word)) return true;
  return false;
}

/** The action opens its clause: only lead words, "please" or an object pronoun before it ("and subscribe", "me segue"). */
function opensClause(lex: CompiledAsks, list: readonly Item[], at: number): { opens: boolean; from: number; proclitic: boolean } {
  const { clause } = list[at]!;
  let from = at;
  let proclitic = false;
  for (let k = at - 1; k >= 0 && k > at - WINDOW && list[k]!.clause === clause; k--) {
    // A link ends what came before it: "facebook.com/groups/x join our group" opens with "join".
    if (list[k]!.token.type === 'url') break;
    const w = list[k]!.word;
    if (k === at - 1 && lex.proclitic.has(w)) {
      proclitic = true;
      from = k;
      continue;
    }
    if (lex.lead.has(w) || lex.please.includes(w)) continue;
    return { opens: false, from, proclitic };
  }
  return { opens: true, from, proclitic };
}

function negated(lex: CompiledAsks, list: readonly Item[], at: number): boolean {
  const { clause } = list[at]!;
  for (let k = at - 1; k >= 0 && k >= at - 3 && list[k]!.clause === clause; k--) if (lex.negation.has(list[k]!.word)) return true;
  return false;
}

/** "RT @user: …", "RT: …", "(ReTweeted)": the old way of quoting a repost, not a request to repost. */
function retweetMarker(doc: Doc, list: readonly Item[], at: number): boolean {
  const item = list[at]!;
  if (!/^(?:rt|retweeted)$/.test(item.word)) return false;
  const after = doc.text.slice(item.token.end, item.token.end + 3);
  const before = doc.text.slice(Math.max(0, item.token.start - 1), item.token.start);
  return /^\s*[:“"@]/.test(after) || before === '(' || list[at + 1]?.token.type === 'mention';
}

function match(doc: Doc, start: number, end: number): PhraseMatch {
  return { start, end, text: doc.text.slice(start, end) };
}

/** Every compositional ask in the post, in text order. `canonical` holds each of `doc.words` in canonical form. */
/**
 * `linkIsTheirs`: whether "check this out: link" would point at the author's own thing — in a reply (a link dropped into
 * someone's thread) or in a post that speaks of the author ("Our new course is live! Check it out: link").
 */
/** `inThread`: the post sits in someone else's thread or page (a reply, any YouTube comment). */
export function findAsks(doc: Doc, canonical: readonly string[], lang: DocLang, linkIsTheirs = true, inThread = false): PhraseMatch[] {
  const lex = askLexicon(lang);
  if (!lex || doc.words.length === 0) return [];
  const list = items(doc, canonical);
  const pleased = pleaseSentences(lex, list);
  const out: PhraseMatch[] = [];
  let coveredTo = -1;
  for (let at = 0; at < list.length; at++) {
    const item = list[at]!;
    if (item.token.type !== 'word' || item.token.start < coveredTo) continue;
    const found = askAt(doc, lex, list, at, lang, pleased, linkIsTheirs, inThread);
    if (found) {
      out.push(found);
      coveredTo = found.end;
    }
  }
  return out;
}

function bareCountAsk(doc: Doc, lex: CompiledAsks, list: readonly Item[], at: number): PhraseMatch | null {
  const { clause } = list[at]!;
  let last = at;
  while (list[last + 1] && list[last + 1]!.clause === clause) last++;
  const after = list.slice(at + 1, last + 1).map((i) => i.word).filter(Boolean).join(' ');
  const before = prefix(list, at);
  for (const { frame, after: allowed } of lex.helpMeBareCount) {
    if (!allowed.test(after)) continue;
    const start = frameStart(frame, before);
    if (start >= 0) return match(doc, list[start]!.token.start, list[last]!.token.end);
  }
  return null;
}

function askAt(
  doc: Doc, lex: CompiledAsks, list: readonly Item[], at: number, lang: DocLang, pleased: ReadonlySet<number>, linkIsTheirs: boolean, inThread: boolean,
): PhraseMatch | null {
  const item = list[at]!;
  const w = item.word;
  // "reposts hugely appreciated": an action noun, then words that say it is wanted.
  // "Thanks Ana, your shares help so much", "tu difusión nos ayuda muchísimo": the reader's shares already given are
  // thanked, not asked for.
  const yours = at > 0 && list[at - 1]!.clause === item.clause && lex.your.has(list[at - 1]!.word);
  if (lex.actionNouns.has(w) && !yours) {
    let after = '';
    let last = at;
    for (let k = at + 1; k < list.length && k <= at + 4 && list[k]!.clause === item.clause; k++) {
      after += ` ${list[k]!.word}`;
      // The first word that completes the wish ends the ask: "a repost helps", not "…helps more people see".
      if (lex.welcome.exec(after)) {
        last = k;
        break;
      }
    }
    if (last > at && !negated(lex, list, at)) return match(doc, item.token.start, list[last]!.token.end);
  }
  // "help me get 50 subs": a count of the audience after a request for help.
  // The audience word first: a Set lookup rules out nearly every word before the regex runs.
  if (list[at + 1] && lex.audience.has(list[at + 1]!.word) && NUMBER_RE.test(w)) {
    const start = frameStart(lex.helpMe, prefix(list, at));
    if (start >= 0) return match(doc, list[start]!.token.start, list[at + 1]!.token.end);
  }
  // "help me hit 10k!": a count alone ending its clause is the audience's count too ("help me hit 10k steps" is not).
  if (lex.helpMeBareCount.length > 0 && NUMBER_RE.test(w)) {
    const found = bareCountAsk(doc, lex, list, at);
    if (found) return found;
  }
  const found = lex.actions.get(w);
  if (!found) return null;
  if (retweetMarker(doc, list, at)) return null;
  if (lang === 'de' && agreesInGerman(list, at)) return null;
  const { action, asking, withIt } = found;
  // "Follow these steps", "Siga estas dicas": the thing followed is guidance, done rather than subscribed to.
  if (action.obeys && !asking && followsGuidance(lex, list, at)) return null;
  // "Hab gerade abonniert", "direkt abonniert": a participle told after an auxiliary or a time word, not the imperative.
  if (asking && lex.told.size > 0) {
    for (let k = at - 1; k >= 0 && k >= at - 3 && list[k]!.clause === item.clause; k--) if (lex.told.has(list[k]!.word)) return null;
  }
  const opening = opensClause(lex, list, at);
  // "Joining us at 12:30", "Subscribed!": -ing and past forms are never imperatives.
  if (opening.opens && !asking && lex.notImperative.test(item.accented)) opening.opens = false;
  let { target, end } = targetOf(lex, list, at, lang, inThread);
  // "subscribe to hear me sing", "suscríbete para ver mis videos": a purpose that names the author two words on.
  if (target === 'foreign' && action.self) {
    const named = purposeNamesAuthor(lex, list, at, lang);
    if (named >= 0) {
      target = 'mine';
      end = named;
    }
  }
  // "search DJ Kato on youtube" under someone's video: a channel pointed at by its name, where links are not allowed.
  let searched = false;
  if (action.finds && inThread && target === 'foreign') {
    const site = searchedOn(lex, list, at, lang);
    if (site >= 0) {
      target = 'mine';
      end = site;
      searched = true;
    }
  }
  // "Bitte stimmt beim Bäckerei-Award für uns ab": the author named as the one a vote is for, after the place of voting.
  if (target === 'foreign' && action.self && !action.invites) {
    const forAuthor = forAuthorAfter(lex, list, at);
    if (forAuthor >= 0) {
      target = 'me';
      end = forAuthor;
    }
  }
  if (opening.proclitic) target = 'me';
  // "Vótennos todos los días", "síganme en todas partes": a form with the author written onto it is aimed at the
  // author, whatever words come after it.
  else if (asking && target === 'foreign' && carriesAuthor(lex, w)) {
    target = 'me';
    end = at;
  } else if (withIt && (target === 'none' || target === 'foreign')) {
    target = 'pointing';
    end = at;
  }
  // "if you like raw talent, raw lyrics, straight real hip hop Check my newest song": a condition opens the pitch.
  if (!opening.opens && (target === 'mine' || target === 'me' || target === 'link' || target === 'handle') && lex.conditions && frameStart(lex.conditions, prefix(list, at)) >= 0) opening.opens = true;
  // "Go see for yourself on my page", "watch the full take on my channel": the author's place is where it sends.
  let placed = false;
  // A place of the author's wins over a thing pointed at ("escucha la versión completa en mi canal": "la" is also "it").
  if ((action.link || action.placed) && (target === 'foreign' || target === 'pointing' || target === 'pointingOwned' || target === 'none')) {
    const place = ownedPlaceAfter(lex, list, at, lang);
    if (place >= 0) {
      target = 'mine';
      end = place;
      placed = true;
    }
  }
  // "Book a free call with me", "Buchen Sie ein Erstgespräch mit mir": a sale of the author's time, whatever it is called.
  if (action.sells && opening.opens && (target === 'foreign' || target === 'none' || target === 'pointing')) {
    const company = withAuthorAfter(lex, list, at);
    if (company >= 0) {
      target = 'mine';
      end = company;
    }
  }
  // A sale that names its price is an offer whatever it sells; imperatives only ("I got mine for $5" tells).
  const priced = (target === 'foreign' || target === 'pointing') && action.sells && opening.opens ? pricedIn(doc, list, at) : -1;
  // Most action words in a long post have an object of their own ("get the bus"): settle that before any frame.
  if (target === 'foreign' && priced < 0 && !(action.link && linkInSentence(list, at))) return null;
  const please = pleased.has(item.sentence);
  const framed = frameStart(lex.frames, prefix(list, at)) >= 0;
  if (!asking && !framed && !opening.opens && !please) return null;
  // "Ich teile gern meine Vorlage": with the author as the verb's subject the sentence tells what the author does; a
  // "please" word elsewhere in it ("gern") does not turn the statement into a request.
  if (!asking && !framed && !opening.opens && at > 0 && list[at - 1]!.clause === item.clause && lex.subjects.has(list[at - 1]!.word)) return null;
  if (!framed && negated(lex, list, at)) return null;
  if (target === 'me' && action.invites) {
    // "Join us for our webinar" asks people into the author's offering; "join us for coffee" invites.
    const offering = offeringAfter(lex, list, end);
    if (offering < 0) return null;
    target = 'mine';
    end = offering;
  }
  if (target === 'none' && action.link && linkAfter(list, at)) {
    target = 'link';
    // "Learn more: link": the ask reads through the word that closes it.
    if (list[end + 1]?.clause === item.clause && lex.closers.has(list[end + 1]!.word)) end++;
  }
  // "Download the report: link", "Go try it out: link": the link is what the action is aimed at.
  // "Check this out: link" in a post that says nothing of its author shares whatever the link is (a vague pointer,
  // not an ask).
  const sharesALink = target === 'pointing' && !linkIsTheirs;
  if ((target === 'foreign' || target === 'pointing') && action.link && linkInSentence(list, at)) {
    target = 'link';
    while (end + 1 < list.length && end < at + OWNED_REACH + 1 && list[end + 1]!.clause === item.clause && list[end + 1]!.token.type === 'word') end++;
  }
  let asks: boolean;
  let introduced = false;
  switch (target) {
    case 'me':
    case 'mine':
      asks = true;
      break;
    case 'yours':
      // "Order your box here: link", "grab your seat now": a sale with somewhere to go.
      asks = !!action.sells && (linkAfter(list, at) || closesWithHere(lex, list, end));
      break;
    case 'handle':
      asks = !!action.self && !someoneElses(doc, lex, list, at);
      break;
    case 'link':
      asks = !!action.link && !sharesALink && !someoneElses(doc, lex, list, at);
      break;
    case 'pointingOwned': {
      // "Check out this video: link" points somewhere; "like this comment", "share this post" ask for the act itself.
      // The share button's "Check out this video on YouTube:" plugs its linked video whether or not the link survived.
      const named = nameAfter(doc, list, end);
      asks = (linkAfter(list, at) || !action.link || !!action.self || named >= 0 || colonEndsPost(doc, list, at) || madeByAuthor(lex, list, end, lang)) && !someoneElses(doc, lex, list, at);
      // "Like this playlist better than the album" compares; it asks for nothing.
      if (lex.comparatives.has(list[end + 1]?.word ?? '') && list[end + 1]!.clause === item.clause) asks = false;
      if (named >= 0) end = named;
      break;
    }
    case 'pointing':
      introduced = introducedBefore(lex, list, at, lang) && !retriedAfter(list, end);
      asks = (!!action.self || framed || priced >= 0 || introduced) && !someoneElses(doc, lex, list, at);
      if (asks && priced > end) end = priced;
      break;
    case 'none':
      // With nothing after it, the verb must be the request itself ("please upvote", "Subscribe!", "pls sub").
      asks = asking || ((!!action.self || please || framed) && (opening.opens || framed || pleaseNextTo(lex, list, at)));
      break;
    default:
      asks = priced >= 0;
      if (asks) end = priced;
  }
  if (action.placed && !placed) asks = false;
  // A search asks nothing but that ("busca la versión en vivo": a thing to find); "look" also sends to a link.
  if (action.finds && !action.link && !searched) asks = false;
  // "give it a listen" asks only for the author's own thing ("give me a break", "give this video a like" do not).
  if (action.favour && target !== 'mine' && !introduced) asks = false;
  if (!asks) return null;
  // The ask starts at a "please" or pronoun just before the verb, and ends with its target.
  let start = opening.proclitic ? opening.from : at;
  if (start > 0 && lex.please.includes(list[start - 1]!.word) && list[start - 1]!.clause === item.clause) start--;
  const last = Math.max(at, Math.min(end, list.length - 1));
  return match(doc, list[start]!.token.start, list[last]!.token.end);
}
