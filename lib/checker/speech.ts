// Reported speech: someone else's words told by the author ("my brother says I'm looking for work", "mi madre dice que
// debería abrir una tienda", "meine Mutter meint, ich solle…", "ma sœur dit que je devrais…", "minha mãe diz que…",
// "everyone keeps telling me to start a channel"). An ask or a plug inside a clause governed by a verb of saying or
// telling whose subject is someone else (a person word, a name) is reported, not asked of the readers. It stays an
// ask when the reported words turn to the readers ("my friend says YOU should all subscribe to my channel") or when
// the post points somewhere (a link: "everyone says to check out my shop, so here it is: link").
import { ASK_LEXICONS, fold } from './lexicon';
import { WORD_FLAG, type PhraseBook } from './phrases/book';
import { firstPersonVerb } from './teasers';
import type { Doc, Span } from './text';
import type { DocLang } from './types';

interface Compiled {
  say: ReadonlySet<string>;
  speakers: ReadonlySet<string>;
  self: ReadonlySet<string>;
  cut: ReadonlySet<string>;
  opens: ReadonlySet<string>;
  describes: ReadonlySet<string>;
  toReaders: RegExp | undefined;
  sharedPlaces: ReadonlySet<string>;
  hazards: ReadonlySet<string>;
}
const compiled = new Map<string, Compiled | null>();

function lexicon(lang: DocLang): Compiled | null {
  let c = compiled.get(lang);
  if (c !== undefined) return c;
  const lex = ASK_LEXICONS[lang]?.speech;
  c = lex ? { say: new Set(lex.say.map(fold)), speakers: new Set(lex.speakers.map(fold)), self: new Set(lex.self.map(fold)), cut: new Set(lex.cut.map(fold)), opens: new Set(lex.opens.map(fold)), describes: new Set(lex.describes.map(fold)), toReaders: lex.toReaders, sharedPlaces: new Set(lex.sharedPlaces.map(fold)), hazards: new Set(lex.hazards.map(fold)) } : null;
  compiled.set(lang, c);
  return c;
}

/** Per post (its lower-cased words): whether any word is a verb of saying. Most posts have none, and skip the walk. */
const saying = new WeakMap<readonly string[], boolean>();

function saysAnything(lex: Compiled, lower: readonly string[]): boolean {
  let says = saying.get(lower);
  if (says === undefined) {
    says = lower.some((w) => lex.say.has(fold(w)) || lex.describes.has(fold(w)));
    saying.set(lower, says);
  }
  return says;
}

/** What ends a reported clause inside its sentence. */
const CLAUSE_BREAK_RE = /[,;:\u2014\u2013(]/u;
/** How many words before a verb of saying its subject is looked for ("my older brother always says"). */
const SUBJECT_REACH = 5;

/**
 * Whether the ask `a` is reported: it stands after a verb of saying in its sentence, the verb's subject is someone
 * else, no word turns the clause back to the author before the ask ("but", "so"), and the reported words say nothing
 * to the readers ("you"). A post with a link points somewhere of its own, and keeps its asks.
 */
export function reportedAsk(doc: Doc, book: PhraseBook, lower: readonly string[], sentences: readonly Span[], a: Span): boolean {
  if (doc.urls.length > 0) return false;
  const lex = lexicon(doc.lang);
  if (!lex || !saysAnything(lex, lower)) return false;
  const s = sentences.find((x) => a.start >= x.start && a.start < x.end);
  if (!s) return false;
  const words = doc.words;
  // The words of the sentence before the ask, walked back to the nearest verb of saying.
  let first = 0;
  while (first < words.length && words[first]!.start < s.start) first++;
  let last = first;
  while (last < words.length && words[last]!.start < a.start) last++;
  for (let v = last - 1; v >= first; v--) {
    const w = fold(lower[v]!);
    if (lex.cut.has(w)) return false;
    const describes = lex.describes.has(w);
    if (!describes && !lex.say.has(w)) continue;
    if (!spokenBySomeoneElse(doc, book, lex, lower, first, v, describes)) continue;
    // "people saying sub to my channel": the participle quotes what they write, run on without a break ("sorry for
    // the spam everyone, check out my channel" asks after its comma).
    if (describes) {
      if (CLAUSE_BREAK_RE.test(doc.text.slice(words[v]!.end, a.start))) return false;
      return !turnsToReaders(book, lex, lower, words, v, a);
    }
    // The reported words run to the next comma, colon or dash ("people say I sound like him, pls give me a chance"
    // asks in the author's own voice); the one right after the verb only opens them ("Mein Bruder sagt, ich…").
    if (v + 1 < last && CLAUSE_BREAK_RE.test(doc.text.slice(words[v + 1]!.end, a.start))) return false;
    // "Everyone says follow me": no word opens a reported clause between the verb and the ask's first word.
    let opened = false;
    for (let k = v + 1; k <= last && k < words.length && !opened; k++) {
      const o = fold(lower[k]!);
      opened = lex.opens.has(o) || lex.opens.has(o.slice(0, o.indexOf("'") + 1));
    }
    if (!opened) return false;
    // The reported words turn to the readers: "my friend says you should all subscribe".
    return !turnsToReaders(book, lex, lower, words, v, a);
  }
  return false;
}

/** Whether the words after the verb at `v`, through the ask, speak to the readers ("you", Spanish "deberíais"). */
function turnsToReaders(book: PhraseBook, lex: Compiled, lower: readonly string[], words: Doc['words'], v: number, a: Span): boolean {
  for (let k = v + 1; k < words.length && words[k]!.start < a.end; k++) {
    if ((book.wordFlags.get(lower[k]!) ?? 0) & WORD_FLAG.you || lex.toReaders?.test(fold(lower[k]!))) return true;
  }
  return false;
}

/**
 * Whether the subject of the verb of saying at `v` is someone else: a person word or a name, and not the author. A
 * participle (`nearest`) belongs to the person word right before it: "I hate when people spam…" quotes the people.
 */
function spokenBySomeoneElse(doc: Doc, book: PhraseBook, lex: Compiled, lower: readonly string[], first: number, v: number, nearest = false): boolean {
  let speaker = false;
  for (let k = v - 1; k >= first && k >= v - SUBJECT_REACH; k--) {
    const w = fold(lower[k]!);
    if (lex.self.has(w)) return false;
    if (lex.speakers.has(w) && nearest) return true;
    if (lex.speakers.has(w)) speaker = true;
    // "Sam says", "Lena meint": a name right before the verb, or before an object pronoun ("Sam told me").
    // At the start of a sentence every word has a capital: there only a word that is no function word counts.
    else if (k >= v - 2 && /^\p{Lu}\p{Ll}/u.test(doc.words[k]!.text) && (k > first || (book.wordFlags.get(lower[k]!) ?? 0) === 0)) speaker = true;
  }
  return speaker;
}

/**
 * Whether most of the words a reading weighs are reported: "Mon père m'a dit d'acheter ma première maison", "Mi madre
 * dice que debería vender mis pasteles en mi propia tienda". A learned reading of a pitch there weighs someone else's
 * advice, not the author's offer.
 */
export function reportedReading(doc: Doc, book: PhraseBook, lower: readonly string[], sentences: readonly Span[], span: Span): boolean {
  let inside = 0;
  let reported = 0;
  for (const w of doc.words) {
    if (w.start >= span.end) break;
    if (w.start < span.start) continue;
    inside++;
    if (reportedAsk(doc, book, lower, sentences, { start: w.start, end: w.end })) reported++;
  }
  return inside > 0 && reported * 2 > inside;
}

/**
 * Whether a report's verb of saying (`m`, a report phrase: "says", "dice", "sagt", "dit", "diz") tells about the author
 * and is said by the author or by someone of the author's own ("My brother says I'm looking in the wrong places", "Mi hermano dice que…", "Mein
 * Bruder sagt, ich…", "Mon frère dit que…", "Meu irmão diz que…"): a relative or a friend telling about the author is
 * no source of news. A named source or an outlet ("Police say", "Die Polizei sagt", "Merkel sagt") still reports.
 */
export function saidByOwnCircle(doc: Doc, book: PhraseBook, sentences: readonly Span[], m: Span): boolean {
  const lex = lexicon(doc.lang);
  if (!lex) return false;
  const words = doc.words;
  let v = 0;
  while (v < words.length && words[v]!.start < m.start) v++;
  while (v < words.length && words[v]!.start < m.end && !lex.say.has(fold(words[v]!.text.toLowerCase()))) v++;
  if (v >= words.length || words[v]!.start >= m.end) return false;
  const s = sentences.find((x) => m.start >= x.start && m.start < x.end);
  const from = s?.start ?? 0;
  const to = s?.end ?? doc.text.length;
  const me = (k: number): boolean => ((book.wordFlags.get(words[k]!.text.toLowerCase()) ?? 0) & WORD_FLAG.me) !== 0;
  // What is said is about the author ("…, ich suche einen Job"); "my sister says the water is rising" still reports,
  // and so does what is said of a place shared with the readers ("on our street") or of a hazard ("our house is
  // flooding"): news to readers nearby.
  const word = (k: number): string => fold(words[k]!.text.toLowerCase());
  let aboutAuthor = false;
  for (let k = v + 1; k < words.length && words[k]!.start < to; k++) {
    if (lex.hazards.has(word(k))) return false;
    if (!aboutAuthor && me(k) && !(k + 1 < words.length && words[k + 1]!.start < to && lex.sharedPlaces.has(word(k + 1)))) aboutAuthor = true;
  }
  // Spanish and Portuguese tell the author by the verb alone ("dice que busco trabajo").
  if (!aboutAuthor && !firstPersonVerb(doc, words[v]!.end, [], to)) return false;
  for (let k = v - 1; k >= 0 && k >= v - SUBJECT_REACH && words[k]!.start >= from; k--) {
    const w = words[k]!.text.toLowerCase();
    if (lex.self.has(fold(w))) return true;
    // "my brother", "mi hermano", "mein Bruder": a person word the author owns.
    if (lex.speakers.has(fold(w))) return k > 0 && words[k - 1]!.start >= from && me(k - 1);
  }
  return false;
}

/** Crowds and pronouns among the speakers: "mi gente", "my people" greet the readers, they name no one close. */
const CROWDS: ReadonlySet<string> = new Set(['gente', 'mundo', 'todos', 'familia', 'leute', 'alle', 'jeder', 'familie', 'monde', 'gens', 'famille', 'everyone', 'everybody', 'people', 'family', 'galera', 'pessoal']);
/** How far into the post the person may be named: the first few words, where a sentence's subject stands. */
const LEAD_WORDS = 4;

/**
 * Whether the post opens on someone the author calls theirs ("Mi sobrina toca con su banda el sábado…", "Meine Nichte
 * spielt…", "My niece's band plays…"): what follows is that person's night or sale, and the author comes as a
 * supporter. A crowd ("mi gente") greets the readers and names no one.
 */
export function opensOnSomeoneClose(doc: Doc, flags: readonly number[]): boolean {
  const lex = lexicon(doc.lang);
  if (!lex) return false;
  const words = doc.words;
  for (let k = 0; k + 1 < words.length && k < LEAD_WORDS; k++) {
    if ((flags[k]! & WORD_FLAG.me) === 0) continue;
    const next = fold(words[k + 1]!.text.toLowerCase()).replace(/['’]s$/, '');
    if (lex.speakers.has(next) && !CROWDS.has(next)) return true;
  }
  return false;
}
