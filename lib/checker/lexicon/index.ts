// The ask and shorthand lexicons, one per language, compiled once into lookups keyed by accent-folded words.
import type { DocLang } from '../types';
import { de, deTeaser } from './de';
import { en, enTeaser } from './en';
import { es, esTeaser } from './es';
import { fr, frTeaser } from './fr';
import { pt, ptTeaser } from './pt';
import { CAPTION_LEXICONS } from './caption';
import type { Action, AskLexicon, Shorthand, TeaserLexicon } from './types';

export type { Action, AskLexicon, Shorthand, TeaserLexicon } from './types';
export { OCCASION_LEXICONS, occasionSpans, occasionsOf, type OccasionKey } from './occasion';
export const ASK_LEXICONS: Readonly<Record<string, AskLexicon>> = { en, es, de, fr, pt };
export const TEASER_LEXICONS: Readonly<Record<string, TeaserLexicon>> = { en: enTeaser, es: esTeaser, de: deTeaser, fr: frTeaser, pt: ptTeaser };

/** Lower case without accents: "suscríbete" and "suscribete" are one word to a lookup. */
export function fold(word: string): string {
  for (let i = 0; i < word.length; i++) {
    if (word.charCodeAt(i) >= 128) return word.normalize('NFD').replace(/\p{M}+/gu, '').replace(/’/g, "'");
  }
  return word;
}

export interface CompiledAction {
  action: Action;
  /** The form only ever asks ("sígueme", "abonnez-vous"). */
  asking: boolean;
  /** The form carries "it" as its object ("escúchalo"). */
  withIt: boolean;
}

export interface CompiledAsks {
  lexicon: AskLexicon;
  shorthand: ReadonlyMap<string, Shorthand>;
  /** Words the normaliser may land on when it folds an elongated word ("pleaaase" → please). */
  vocabulary: ReadonlySet<string>;
  actions: ReadonlyMap<string, CompiledAction>;
  please: readonly string[];
  /** First words of the "please" entries. */
  pleaseFirst: ReadonlySet<string>;
  lead: ReadonlySet<string>;
  frames: RegExp;
  welcome: RegExp;
  helpMe: RegExp;
  /** The helpMe frames a bare count may follow, with what may come after the count (HelpMe.bareCount). */
  helpMeBareCount: { frame: RegExp; after: RegExp }[];
  actionNouns: ReadonlySet<string>;
  me: ReadonlySet<string>;
  my: ReadonlySet<string>;
  /** AskLexicon.we, folded. */
  we: ReadonlySet<string>;
  your: ReadonlySet<string>;
  owned: ReadonlySet<string>;
  audience: ReadonlySet<string>;
  streak: ReadonlySet<string>;
  pointing: ReadonlySet<string>;
  articles: ReadonlySet<string>;
  negation: ReadonlySet<string>;
  particles: ReadonlySet<string>;
  subjects: ReadonlySet<string>;
  /** AskLexicon.told, folded. */
  told: ReadonlySet<string>;
  /** AskLexicon.resale, folded. */
  resale: ReadonlySet<string>;
  /** AskLexicon.scam.imitates, as what ends the text before the imitated thing (up to two words between). */
  imitatedBefore: RegExp | null;
  /** AskLexicon.scam.only, as whole words. */
  onlyChannel: RegExp | null;
  closers: ReadonlySet<string>;
  theirs: ReadonlySet<string>;
  ownerOf: ReadonlySet<string>;
  /**
   * People an author calls "my" someone ("mi amiga", "meiner Freundin", "ma sœur"): the speakers of reported speech
   * (`speech.speakers`), reused so one list says who the author's kin, friends and colleagues are.
   */
  people: ReadonlySet<string>;
  proclitic: ReadonlySet<string>;
  places: ReadonlySet<string>;
  offerings: ReadonlySet<string>;
  /** Introductions of the author's own thing, ending at the end of the words before an owned word; null when none. */
  introduces: RegExp | null;
  /** The guest and topic of a talk or an episode (group 1: the guest); null when none. */
  talksWith: RegExp | null;
  /** The words before a version that make it a tool in use, ending where the version starts; null when none. */
  toolInUse: RegExp | null;
  /** A condition opening a pitch, ending up to a dozen words before the action; null when none. */
  conditions: RegExp | null;
  /** AskLexicon.purpose, folded. */
  purpose: ReadonlySet<string>;
  /** AskLexicon.forAuthor, folded. */
  forAuthor: ReadonlySet<string>;
  /** AskLexicon.sites, folded. */
  sites: ReadonlySet<string>;
  /** AskLexicon.sites.before, folded. */
  beforeSearched: ReadonlySet<string>;
  comparatives: ReadonlySet<string>;
  /** AskLexicon.guidance, folded. */
  guidance: ReadonlySet<string>;
  /** AskLexicon.guidance.before, folded. */
  beforeGuidance: ReadonlySet<string>;
  /** "…I made", right after the thing; null when none. */
  madeIt: RegExp | null;
  /** "with me", "conmigo": one word or two, folded. */
  withMe: ReadonlySet<string>;
  booked: ReadonlySet<string>;
  loneUrgency: RegExp;
  notImperative: RegExp;
  forOthers: ReadonlySet<string>;
  drives: ReadonlySet<string>;
  lostWords: ReadonlySet<string>;
  /**
   * What a word may be when a lostWords entry of more than one word starts with it and a space ("got" of "got out"):
   * only after such a word is a two-word key worth forming.
   */
  lostLeads: ReadonlySet<string>;
  animals: ReadonlySet<string>;
  foundWords: ReadonlySet<string>;
  belongings: ReadonlySet<string>;
  /** A crowd that vouches for a product in an ad ("doctors", "experts", "users"), folded. */
  endorsers: ReadonlySet<string>;
  eventTags: readonly string[];
  launch: readonly string[];
  /** Thanks entries by their first word, each as its words ("thank you" under "thank"). */
  thanks: ReadonlyMap<string, readonly (readonly string[])[]>;
  meeting: ReadonlySet<string>;
}

const folded = (words: readonly string[]) => new Set(words.map((w) => fold(w.toLowerCase())));

/** Each entry's text before each of its spaces, folded: "ran off" gives "ran". */
function leads(entries: readonly string[]): Set<string> {
  const out = new Set<string>();
  for (const e of folded(entries)) for (let at = e.indexOf(' '); at > 0; at = e.indexOf(' ', at + 1)) out.add(e.slice(0, at));
  return out;
}

/** Words allowed between a frame and the action ("would mean a lot if you guys checked"). */
const FRAME_GAP = 4;
/** Words allowed between "help me get" and the count ("help my channel get to 100 subs"). */
const HELP_GAP = 2;
/** Words a condition may run on before the action ("if you like raw talent, raw lyrics, straight real hip hop Check"). */
const CONDITION_GAP = 12;

/**
 * A frame's sources joined as one alternation over canonical words joined by spaces. Before an action: the frame,
 * then up to `gap` words, then the end of the prefix (group 1 is where the frame starts). After a noun: at the start.
 * Sources are ours, never user text.
 */
/**
 * A word before a capitalised name of one or two words, with an optional article between, at the end of the text:
 * "… our CI to Node ", "… con Whisper ". Case-sensitive (no 'i' flag), since with one \p{Lu} would match lower case
 * and any word would pass for a name.
 */
function toolInUseRegex(entry: NonNullable<AskLexicon['toolInUse']>): RegExp {
  const words = (list: readonly string[]) => list.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|');
  const name = '\\p{Lu}[\\p{L}\\p{N}.+#-]*';
  return new RegExp(`(?<![\\p{L}])(?:${words(entry.before)})\\s+(?:(?:${words(entry.articles)})\\s*)?${name}(?:\\s+${name})?\\s+$`, 'u');
}

function alternation(patterns: readonly { pattern: string }[], gap: number | 'after'): RegExp {
  const body = patterns.map((p) => fold(p.pattern)).join('|');
  if (gap === 'after') return new RegExp(`^\\s*(?:${body})(?![\\p{L}\\p{N}])`, 'u');
  return new RegExp(`(?:^|\\s)((?:${body})(?:\\s+\\S+){0,${gap}})\\s*$`, 'u');
}

function byFirstWord(entries: readonly string[]): Map<string, string[][]> {
  const map = new Map<string, string[][]>();
  for (const e of entries) {
    const words = e.split(' ');
    map.set(words[0]!, [...(map.get(words[0]!) ?? []), words].sort((a, b) => b.length - a.length));
  }
  return map;
}

function compile(lexicon: AskLexicon): CompiledAsks {
  const shorthand = new Map<string, Shorthand>();
  for (const s of lexicon.shorthand) for (const f of s.forms) shorthand.set(fold(f.toLowerCase()), s);
  const actions = new Map<string, CompiledAction>();
  for (const action of lexicon.actions) {
    const asking = new Set((action.asking ?? []).map(fold));
    for (const f of action.forms) actions.set(fold(f), { action, asking: asking.has(fold(f)), withIt: action.withIt === true });
  }
  const vocabulary = new Set<string>([
    ...lexicon.shorthand.flatMap((s) => [s.means, ...s.forms]),
    ...lexicon.actions.flatMap((a) => a.forms),
    ...lexicon.please, ...lexicon.lead, ...lexicon.owned, ...lexicon.me, ...lexicon.my, ...lexicon.audience, ...lexicon.closers,
  ].map((w) => fold(w.toLowerCase())));
  return {
    lexicon,
    shorthand,
    vocabulary,
    actions,
    please: lexicon.please.map(fold),
    pleaseFirst: new Set(lexicon.please.map((p) => fold(p).split(' ')[0]!)),
    lead: folded(lexicon.lead),
    frames: alternation(lexicon.frames, FRAME_GAP),
    welcome: alternation(lexicon.welcome, 'after'),
    helpMe: alternation(lexicon.helpMe, HELP_GAP),
    helpMeBareCount: lexicon.helpMe.flatMap((h) => (h.bareCount === undefined ? [] : [{ frame: alternation([h], HELP_GAP), after: new RegExp(`^${fold(h.bareCount)}$`, 'u') }])),
    actionNouns: folded(lexicon.actionNouns),
    me: folded(lexicon.me),
    my: folded(lexicon.my),
    we: folded(lexicon.we),
    your: folded(lexicon.your),
    owned: folded(lexicon.owned),
    audience: folded(lexicon.audience),
    streak: folded(lexicon.streak),
    pointing: folded(lexicon.pointing),
    articles: folded(lexicon.articles ?? []),
    negation: folded(lexicon.negation),
    particles: folded(lexicon.particles),
    subjects: folded(lexicon.subjects),
    told: folded(lexicon.told ?? []),
    resale: folded(lexicon.resale?.words ?? []),
    imitatedBefore: lexicon.scam ? new RegExp(`(?<![\\p{L}])(?:${wordAlternation(lexicon.scam.imitates.words)})\\s+(?:[\\p{L}'’-]+\\s+){0,2}$`, 'iu') : null,
    onlyChannel: lexicon.scam ? new RegExp(`(?<![\\p{L}])(?:${wordAlternation(lexicon.scam.only.words)})(?![\\p{L}])`, 'iu') : null,
    closers: folded(lexicon.closers),
    theirs: folded(lexicon.theirs),
    ownerOf: folded(lexicon.ownerOf),
    people: folded(lexicon.speech.speakers),
    proclitic: folded(lexicon.proclitic),
    places: folded(lexicon.places),
    offerings: folded(lexicon.offerings ?? []),
    introduces: lexicon.introduces?.length ? alternation(lexicon.introduces, 0) : null,
    talksWith: lexicon.talksWith?.length ? new RegExp(`(?<![\\p{L}])(?:${lexicon.talksWith.map((p) => fold(p.pattern)).join('|')})(?![\\p{L}])`, 'du') : null,
    toolInUse: lexicon.toolInUse ? toolInUseRegex(lexicon.toolInUse) : null,
    conditions: lexicon.conditions?.length ? alternation(lexicon.conditions, CONDITION_GAP) : null,
    purpose: new Set((lexicon.purpose?.words ?? []).map(fold)),
    forAuthor: new Set((lexicon.forAuthor?.words ?? []).map(fold)),
    sites: new Set((lexicon.sites?.words ?? []).map(fold)),
    beforeSearched: new Set((lexicon.sites?.before ?? []).map(fold)),
    comparatives: folded(lexicon.comparatives ?? []),
    guidance: folded(lexicon.guidance?.words ?? []),
    beforeGuidance: folded(lexicon.guidance?.before ?? []),
    madeIt: lexicon.madeIt?.length ? alternation(lexicon.madeIt, 'after') : null,
    booked: folded(lexicon.booked ?? []),
    withMe: new Set((lexicon.withMe ?? []).flatMap((w) => w.forms).map((f) => fold(f.toLowerCase()))),
    loneUrgency: new RegExp(`^(?:${lexicon.loneUrgency.map((u) => u.pattern).join('|')})`, 'iu'),
    thanks: byFirstWord(lexicon.thanks.map(fold)),
    // Not folded: the accent is what tells French "partagé" (a participle) from "partage" (an imperative).
    notImperative: new RegExp(lexicon.notImperative, 'u'),
    forOthers: folded(lexicon.forOthers),
    drives: folded(lexicon.drives ?? []),
    lostWords: folded(lexicon.lostWords),
    lostLeads: leads(lexicon.lostWords),
    animals: folded(lexicon.animals),
    foundWords: folded(lexicon.foundWords),
    belongings: folded(lexicon.belongings),
    endorsers: folded(lexicon.endorsers ?? []),
    eventTags: lexicon.eventTags.map(fold),
    launch: lexicon.launch.map(fold),
    meeting: folded(lexicon.meeting),
  };
}

const compiled = new Map<DocLang, CompiledAsks | null>();

/** The compiled lexicon for a language; null for a language we have none for. */
export function askLexicon(lang: DocLang): CompiledAsks | null {
  let c = compiled.get(lang);
  if (c === undefined) {
    const lexicon = ASK_LEXICONS[lang];
    c = lexicon ? compile(lexicon) : null;
    compiled.set(lang, c);
  }
  return c;
}

/** Words as a regular-expression alternation, each matched as written (our data, escaped all the same). */
export function wordAlternation(words: readonly string[]): string {
  return words.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|');
}

export interface CompiledFirstPerson {
  clauseOpeners: ReadonlySet<string>;
  beforeVerb: ReadonlySet<string>;
  verb: RegExp;
  notVerb: RegExp;
  /** Null where accents left out hide no person. */
  unaccented: { accented: RegExp; ending: string; firstOnly: RegExp } | null;
  /** A verb only "we" takes; null where the language lists none. */
  we: RegExp | null;
}

export interface CompiledExclaiming {
  /** An interjection, a chat word or laughter, as a whole word. */
  interjection: RegExp;
  /** An exclamative opener at a sentence's start, a few words, and the clause's end. */
  exclamative: RegExp;
  /** An intensifier, one word, and the clause's end; or a word and a trailing intensifier at the clause's end. */
  intensified: RegExp;
  /** A speaker's opener at a sentence's start; null when the language lists none. */
  speakerOpener: RegExp | null;
  /** A verdict as the last sentence; null when the language lists none. */
  verdict: RegExp | null;
  /** A lower-case letter drawn out. */
  elongated: RegExp;
}

export interface CompiledTeaserWords {
  lexicon: TeaserLexicon;
  exclaiming: CompiledExclaiming;
  /** The opening conjunctions, as an alternation source. */
  and: string;
  /**
   * The calls for attention and gasps, as an alternation source: the `attention` words, and the interjections and
   * laughter of `exclaiming` ("Uf, esta es la razón…", "jajaja, esto es lo que…").
   */
  attention: string;
  /** An announcing verb as a whole word, in any case. */
  announce: RegExp;
  /** A denial ending the text before a name (lexicon `denial`), perhaps with a short article between; null when none. */
  denialBefore: RegExp | null;
  /** A source word ending the text before a name (lexicon `source`), perhaps with a short article between; null when none. */
  sourceBefore: RegExp | null;
  notAlwaysAuthor: ReadonlySet<string>;
  knownSubjects: ReadonlySet<string>;
  everyone: ReadonlySet<string>;
  /** Where a how-it-happened line names its means (lexicon `means`); null when the language lists none. */
  means: RegExp | null;
  firstPerson: CompiledFirstPerson | null;
}

function compileFirstPerson(lexicon: TeaserLexicon): CompiledFirstPerson | null {
  const fp = lexicon.firstPerson;
  if (!fp) return null;
  const notVerb = [`^(?:${wordAlternation(fp.notVerb.words)})$`, ...(fp.notVerb.endings.length > 0 ? [`(?:${wordAlternation(fp.notVerb.endings)})$`] : [])];
  const u = fp.unaccented;
  return {
    clauseOpeners: new Set(fp.clauseOpeners.words),
    beforeVerb: new Set(fp.beforeVerb.words),
    verb: new RegExp(fp.verb.pattern, 'u'),
    notVerb: new RegExp(notVerb.join('|'), 'u'),
    we: fp.we ? new RegExp(fp.we.pattern, 'u') : null,
    unaccented: u
      ? {
          accented: new RegExp(`[${u.accents}]`, 'iu'),
          ending: u.ending,
          firstOnly: new RegExp(`^(?!(?:${wordAlternation(u.except)})$)\\p{L}+(?:${wordAlternation(u.firstOnly)})$`, 'u'),
        }
      : null,
  };
}

/** Words or phrases as an alternation over text: any spacing between words, either apostrophe. */
function phrases(words: readonly string[]): string {
  return words.length === 0 ? '(?!)' : wordAlternation(words).replace(/ /g, '\\s+').replace(/'/g, "['’]");
}

/** Words an exclamation is made of, and where its clause ends: punctuation, a line break, a tag, an emoji, the end. */
const WORD = "[\\p{L}\\p{N}'’-]+";
const CLAUSE_END = '(?=\\s*(?:[,.;:…!\\n#]|\\p{Extended_Pictographic}|$))';
/** Where a sentence starts: the text's start or a mark that ends the one before, then perhaps quotes or brackets. */
const SENTENCE_START = '(?:^|[.!?…\\n¡¿])\\s*["“«(]*';
/** Where a clause starts: a sentence's start or a comma or semicolon ("Qué golazo de Messi, qué partido"). */
const CLAUSE_START = '(?:^|[.!?…,;:\\n¡¿])\\s*["“«(]*';
/** Words an exclamative opener may take before its clause ends ("Qué golazo de Messi,"). */
const EXCLAMATIVE_WORDS = 3;

function compileExclaiming(lexicon: TeaserLexicon): CompiledExclaiming {
  const e = lexicon.exclaiming;
  const not = (list: { words: string[] }) => `(?!(?:${phrases(list.words)})(?![\\p{L}\\p{N}]))`;
  const openers = [...(e.speakerOpeners?.words ?? []), ...(e.opinionLabels?.words ?? [])];
  const trailing = e.trailing ? `|[\\p{L}\\p{N}]\\s+(?:${phrases(e.trailing.words)})${CLAUSE_END}` : '';
  return {
    interjection: new RegExp(`(?<![\\p{L}\\p{N}])(?:${phrases(e.interjections.words)}|${e.laughter.pattern})(?![\\p{L}\\p{N}])`, 'iu'),
    exclamative: new RegExp(
      `(?:${SENTENCE_START}(?:${phrases(e.exclamatives.words)})|${CLAUSE_START}(?:${phrases(e.exclamatives.words.filter((w) => !e.relatives?.includes(w)))}))` +
        `\\s+${not(e.notExclamative)}(?:${WORD}\\s+){0,${EXCLAMATIVE_WORDS - 1}}${WORD}${CLAUSE_END}`,
      'iu',
    ),
    intensified: new RegExp(`(?<![\\p{L}\\p{N}])(?:${phrases(e.intensifiers.words)})\\s+${not(e.notIntensified)}${WORD}${CLAUSE_END}${trailing}`, 'iu'),
    speakerOpener: openers.length > 0 ? new RegExp(`${SENTENCE_START}(?:${phrases(openers)})(?![\\p{L}\\p{N}])`, 'iu') : null,
    verdict: e.verdicts
      ? new RegExp(`[.!…\\n]\\s*(?:${phrases(e.verdicts.words)})[\\s.!…]*(?:\\p{Extended_Pictographic}[\\s.!…]*)*$`, 'iu')
      : null,
    elongated: new RegExp(`(\\p{Ll})\\1{${e.elongation - 1}}`, 'u'),
  };
}

const compiledTeaser = new Map<DocLang, CompiledTeaserWords | null>();

/** The teaser checks' words for a language, compiled; null for a language we have none for. */
export function teaserWords(lang: DocLang): CompiledTeaserWords | null {
  let c = compiledTeaser.get(lang);
  if (c === undefined) {
    const lexicon = TEASER_LEXICONS[lang];
    c = lexicon
      ? {
          lexicon,
          exclaiming: compileExclaiming(lexicon),
          and: wordAlternation(lexicon.and.words),
          attention: `${wordAlternation(lexicon.attention.words)}|${phrases(lexicon.exclaiming.interjections.words)}|${lexicon.exclaiming.laughter.pattern}`,
          announce: new RegExp(`(?<![\\p{L}])(?:${wordAlternation(lexicon.announce.words)})(?![\\p{L}])`, 'iu'),
          denialBefore: lexicon.denial ? new RegExp(`(?<![\\p{L}])(?:${wordAlternation(lexicon.denial.words)})\\s+(?:\\p{Ll}{1,3}\\s+)?$`, 'iu') : null,
          sourceBefore: lexicon.source ? new RegExp(`(?<![\\p{L}])(?:${wordAlternation(lexicon.source.words)})\\s+(?:\\p{Ll}{1,3}\\s+)?$`, 'iu') : null,
          notAlwaysAuthor: new Set(lexicon.notAlwaysAuthor?.words ?? []),
          knownSubjects: new Set(lexicon.knownSubjects?.words ?? []),
          everyone: new Set(lexicon.everyone?.words ?? []),
          firstPerson: compileFirstPerson(lexicon),
          means: lexicon.means ? new RegExp(lexicon.means.pattern, 'iu') : null,
        }
      : null;
    compiledTeaser.set(lang, c);
  }
  return c;
}

/** A caption lexicon (caption.ts) folded for lookup: word sets, and its phrases as patterns over folded lower case. */
export interface CompiledCaption {
  deeds: ReadonlySet<string>;
  determiners: ReadonlySet<string>;
  times: ReadonlySet<string>;
  moods: ReadonlySet<string>;
  /** A time of day anywhere, as whole words. */
  anchors: RegExp;
  /** What the photo shows, at the start. */
  shows: RegExp;
}

const compiledCaptions = new Map<DocLang, CompiledCaption | null>();

/** The compiled caption lexicon for a language; null for a language we have none for. */
export function captionWords(lang: DocLang): CompiledCaption | null {
  let c = compiledCaptions.get(lang);
  if (c === undefined) {
    const lex = CAPTION_LEXICONS[lang];
    c = lex
      ? {
          deeds: folded(lex.deeds.forms),
          determiners: folded(lex.determiners),
          times: folded(lex.times.forms),
          moods: folded(lex.moods.forms),
          anchors: new RegExp(`(?<![\\p{L}])(?:${phrases(lex.anchors.forms.map(fold))})(?![\\p{L}])`, 'u'),
          shows: new RegExp(`^(?:${phrases(lex.shows.forms.map(fold))})(?![\\p{L}])`, 'u'),
        }
      : null;
    compiledCaptions.set(lang, c);
  }
  return c;
}
