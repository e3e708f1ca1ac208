// Reported speech: someone else's words told by the author ("my brother says I'm looking for work", "mi madre dice que
// debería abrir una tienda", "meine Mutter meint, ich solle…", "ma sœur dit que je devrais…", "minha mãe diz que…",
// "everyone keeps telling me to start a channel"). An ask or a plug inside a clause governed by a verb of saying or
// telling whose subject is someone else (a person word, a name) is reported, not asked of the readers. It stays an
// ask when the reported words turn to the readers ("my friend says YOU should all subscribe to my channel") or when
// the post points somewhere (a link: "everyone says to check out my shop, so here it is: link").
import { fold } from './lexicon';
import { WORD_FLAG, type PhraseBook } from './phrases/book';
import type { Doc, Span } from './text';
import type { DocLang } from './types';

interface SpeechLexicon {
  /** Verbs of saying, telling, advising or wanting, in the forms a third person takes (accent-folded). */
  say: readonly string[];
  /** Who may be the speaker: kin, friends, people at work, crowds, third-person pronouns (accent-folded). */
  speakers: readonly string[];
  /** The author as the subject: "I say", "yo digo", "wir sagen": the author's own words, not reported. */
  self: readonly string[];
  /** Words that end the reported clause and go back to the author ("but", "so"): "…, but I just want to finish". */
  cut: readonly string[];
  /**
   * Words that open the reported clause ("that", "to", "que", "dass", "de", "para") or its own subject ("I", "ich",
   * "je"): "everyone says FOLLOW ME" has none, and is the author's own imperative dressed as a quote.
   */
  opens: readonly string[];
  /** Verb forms that speak to the readers without a pronoun (Spanish "deberíais", "visitéis"), folded. */
  toReaders?: RegExp;
  note: string;
  example: string;
}

const SPEECH: Readonly<Record<string, SpeechLexicon>> = {
  en: {
    say: ['says', 'said', 'say', 'tells', 'told', 'telling', 'saying', 'thinks', 'reckons', 'insists', 'suggests', 'suggested', 'recommends', 'recommended', 'wants', 'wanted'],
    speakers: [
      'brother', 'sister', 'mom', 'mum', 'mother', 'dad', 'father', 'parents', 'wife', 'husband', 'partner', 'girlfriend', 'boyfriend', 'son', 'daughter',
      'kids', 'grandma', 'grandpa', 'aunt', 'uncle', 'cousin', 'friend', 'friends', 'bestie', 'buddy', 'roommate', 'boss', 'manager', 'colleague',
      'colleagues', 'coworker', 'coworkers', 'teacher', 'professor', 'prof', 'therapist', 'doctor', 'coach', 'mentor', 'neighbour', 'neighbor',
      'everyone', 'everybody', 'people', 'family', 'he', 'she', 'they',
    ],
    self: ['i', "i'm", 'we', "we're"],
    opens: ['that', 'to', 'i', "i'm", 'im', "i'd", "i'll", 'we', "we're", 'my'],
    cut: ['but', 'so', 'though', 'anyway'],
    note: 'a person word or a name before a verb of saying makes what follows their words, not the author’s ask',
    example: "My brother says I'm looking for a job, but I just want to finish my degree",
  },
  es: {
    say: ['dice', 'dicen', 'dijo', 'dijeron', 'decia', 'decian', 'repite', 'insiste', 'cree', 'piensa', 'recomienda', 'recomendo', 'aconseja', 'quiere', 'pide', 'pidio'],
    speakers: [
      'hermano', 'hermana', 'madre', 'padre', 'mama', 'papa', 'padres', 'mujer', 'marido', 'esposa', 'esposo', 'novia', 'novio', 'pareja', 'hijo', 'hija',
      'abuela', 'abuelo', 'tia', 'tio', 'primo', 'prima', 'amigo', 'amiga', 'amigos', 'amigas', 'jefe', 'jefa', 'companero', 'companera', 'profe', 'profesor',
      'profesora', 'terapeuta', 'medico', 'vecino', 'vecina', 'todos', 'mundo', 'gente', 'familia', 'el', 'ella', 'ellos',
    ],
    self: ['yo', 'nosotros', 'digo', 'decimos'],
    opens: ['que', 'yo', 'mi', 'mis'],
    cut: ['pero', 'asi', 'aunque', 'igual'],
    // The vosotros forms carry "you all" in the verb: "mi amigo dice que todos deberíais suscribiros a mi canal".
    toReaders: /^\p{L}{3,}(?:ais|eis)$/u,
    note: 'mi hermano dice que, todo el mundo me dice que: lo que sigue son palabras de otro',
    example: 'Mi hermano dice que estoy buscando trabajo, pero yo solo quiero terminar la carrera',
  },
  de: {
    say: ['sagt', 'sagen', 'sagte', 'sagten', 'meint', 'meinen', 'meinte', 'findet', 'finden', 'rat', 'riet', 'will', 'mochte', 'erzahlt', 'behauptet'],
    speakers: [
      'bruder', 'schwester', 'mutter', 'vater', 'mama', 'papa', 'eltern', 'frau', 'mann', 'freundin', 'freund', 'freunde', 'partner', 'partnerin', 'sohn',
      'tochter', 'oma', 'opa', 'tante', 'onkel', 'cousin', 'cousine', 'chef', 'chefin', 'kollege', 'kollegin', 'kollegen', 'lehrer', 'lehrerin', 'therapeut',
      'therapeutin', 'arzt', 'arztin', 'nachbar', 'nachbarin', 'alle', 'leute', 'jeder', 'familie', 'er', 'sie',
    ],
    self: ['ich', 'wir', 'sage'],
    opens: ['dass', 'ich', 'wir', 'mein', 'meine', 'meinen', 'zu'],
    cut: ['aber', 'also', 'doch', 'jedenfalls'],
    note: 'meine Mutter meint, alle sagen mir: was folgt, sind die Worte anderer',
    example: 'Meine Mutter meint, ich solle einen Onlineshop eröffnen',
  },
  fr: {
    say: ['dit', 'disent', 'disait', 'pense', 'pensent', 'trouve', 'trouvent', 'veut', 'veulent', 'conseille', 'repete', 'insiste', 'suggere', 'raconte'],
    speakers: [
      'frere', 'soeur', 'sœur', 'mere', 'pere', 'maman', 'papa', 'parents', 'femme', 'mari', 'copine', 'copain', 'ami', 'amie', 'amis', 'fils', 'fille',
      'grand-mere', 'grand-pere', 'tante', 'oncle', 'cousin', 'cousine', 'patron', 'patronne', 'chef', 'collegue', 'collegues', 'prof', 'professeur',
      'psy', 'medecin', 'voisin', 'voisine', 'monde', 'gens', 'famille', 'il', 'elle', 'ils', 'elles',
    ],
    self: ['je', "j'", 'nous', 'dis'],
    opens: ['que', "qu'", 'de', "d'", 'je', "j'", 'mon', 'ma', 'mes'],
    cut: ['mais', 'alors', 'donc', 'bref'],
    note: 'ma sœur dit que, tout le monde me dit de : ce qui suit sont les mots d’un autre',
    example: 'Ma sœur dit que je devrais ouvrir une boutique en ligne',
  },
  pt: {
    say: ['diz', 'dizem', 'disse', 'disseram', 'dizendo', 'fala', 'falam', 'falou', 'acha', 'acham', 'quer', 'recomenda', 'aconselha', 'pediu', 'pede', 'insiste'],
    speakers: [
      'irmao', 'irma', 'mae', 'pai', 'pais', 'mulher', 'marido', 'esposa', 'esposo', 'namorada', 'namorado', 'filho', 'filha', 'avo', 'tia', 'tio', 'primo',
      'prima', 'amigo', 'amiga', 'amigos', 'amigas', 'chefe', 'colega', 'colegas', 'professor', 'professora', 'terapeuta', 'medico', 'vizinho', 'vizinha',
      'mundo', 'gente', 'todos', 'familia', 'ele', 'ela', 'eles',
    ],
    self: ['eu', 'nos', 'digo', 'dizemos'],
    opens: ['que', 'para', 'pra', 'eu', 'meu', 'minha', 'meus', 'minhas'],
    cut: ['mas', 'entao', 'porem', 'enfim'],
    note: 'minha mãe diz que, todo mundo me diz para: o que segue são palavras de outra pessoa',
    example: 'Minha mãe diz que eu deveria abrir uma loja',
  },
};

interface Compiled {
  say: ReadonlySet<string>;
  speakers: ReadonlySet<string>;
  self: ReadonlySet<string>;
  cut: ReadonlySet<string>;
  opens: ReadonlySet<string>;
  toReaders: RegExp | undefined;
}
const compiled = new Map<string, Compiled | null>();

function lexicon(lang: DocLang): Compiled | null {
  let c = compiled.get(lang);
  if (c !== undefined) return c;
  const lex = SPEECH[lang];
  c = lex ? { say: new Set(lex.say.map(fold)), speakers: new Set(lex.speakers.map(fold)), self: new Set(lex.self.map(fold)), cut: new Set(lex.cut.map(fold)), opens: new Set(lex.opens.map(fold)), toReaders: lex.toReaders } : null;
  compiled.set(lang, c);
  return c;
}

/** Per post (its lower-cased words): whether any word is a verb of saying. Most posts have none, and skip the walk. */
const saying = new WeakMap<readonly string[], boolean>();

function saysAnything(lex: Compiled, lower: readonly string[]): boolean {
  let says = saying.get(lower);
  if (says === undefined) {
    says = lower.some((w) => lex.say.has(fold(w)));
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
    if (!lex.say.has(w)) continue;
    if (!spokenBySomeoneElse(doc, book, lex, lower, first, v)) continue;
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
    for (let k = v + 1; k < words.length && words[k]!.start < a.end; k++) {
      if ((book.wordFlags.get(lower[k]!) ?? 0) & WORD_FLAG.you || lex.toReaders?.test(fold(lower[k]!))) return false;
    }
    return true;
  }
  return false;
}

/** Whether the subject of the verb of saying at `v` is someone else: a person word or a name, and not the author. */
function spokenBySomeoneElse(doc: Doc, book: PhraseBook, lex: Compiled, lower: readonly string[], first: number, v: number): boolean {
  let speaker = false;
  for (let k = v - 1; k >= first && k >= v - SUBJECT_REACH; k--) {
    const w = fold(lower[k]!);
    if (lex.self.has(w)) return false;
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
