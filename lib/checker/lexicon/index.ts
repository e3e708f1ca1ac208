// The ask and shorthand lexicons, one per language, compiled once into lookups keyed by accent-folded words.
import type { DocLang } from '../types';
import { de } from './de';
import { en } from './en';
import { es } from './es';
import { fr } from './fr';
import { pt } from './pt';
import type { Action, AskLexicon, Shorthand } from './types';

export type { Action, AskLexicon, Shorthand } from './types';
export const ASK_LEXICONS: Readonly<Record<string, AskLexicon>> = { en, es, de, fr, pt };

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
  actionNouns: ReadonlySet<string>;
  me: ReadonlySet<string>;
  my: ReadonlySet<string>;
  your: ReadonlySet<string>;
  owned: ReadonlySet<string>;
  audience: ReadonlySet<string>;
  pointing: ReadonlySet<string>;
  negation: ReadonlySet<string>;
  particles: ReadonlySet<string>;
  closers: ReadonlySet<string>;
  theirs: ReadonlySet<string>;
  proclitic: ReadonlySet<string>;
  places: ReadonlySet<string>;
  offerings: ReadonlySet<string>;
  /** Introductions of the author's own thing, ending at the end of the words before an owned word; null when none. */
  introduces: RegExp | null;
  /** A condition opening a pitch, ending up to a dozen words before the action; null when none. */
  conditions: RegExp | null;
  comparatives: ReadonlySet<string>;
  /** "…I made", right after the thing; null when none. */
  madeIt: RegExp | null;
  /** "with me", "conmigo": one word or two, folded. */
  withMe: ReadonlySet<string>;
  booked: ReadonlySet<string>;
  loneUrgency: RegExp;
  notImperative: RegExp;
  forOthers: ReadonlySet<string>;
  eventTags: readonly string[];
  launch: readonly string[];
  /** Thanks entries by their first word, each as its words ("thank you" under "thank"). */
  thanks: ReadonlyMap<string, readonly (readonly string[])[]>;
  meeting: ReadonlySet<string>;
}

const folded = (words: readonly string[]) => new Set(words.map((w) => fold(w.toLowerCase())));

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
    actionNouns: folded(lexicon.actionNouns),
    me: folded(lexicon.me),
    my: folded(lexicon.my),
    your: folded(lexicon.your),
    owned: folded(lexicon.owned),
    audience: folded(lexicon.audience),
    pointing: folded(lexicon.pointing),
    negation: folded(lexicon.negation),
    particles: folded(lexicon.particles),
    closers: folded(lexicon.closers),
    theirs: folded(lexicon.theirs),
    proclitic: folded(lexicon.proclitic),
    places: folded(lexicon.places),
    offerings: folded(lexicon.offerings ?? []),
    introduces: lexicon.introduces?.length ? alternation(lexicon.introduces, 0) : null,
    conditions: lexicon.conditions?.length ? alternation(lexicon.conditions, CONDITION_GAP) : null,
    comparatives: folded(lexicon.comparatives ?? []),
    madeIt: lexicon.madeIt?.length ? alternation(lexicon.madeIt, 'after') : null,
    booked: folded(lexicon.booked ?? []),
    withMe: new Set((lexicon.withMe ?? []).flatMap((w) => w.forms).map((f) => fold(f.toLowerCase()))),
    loneUrgency: new RegExp(`^(?:${lexicon.loneUrgency.map((u) => u.pattern).join('|')})`, 'iu'),
    thanks: byFirstWord(lexicon.thanks.map(fold)),
    notImperative: new RegExp(fold(lexicon.notImperative), 'u'),
    forOthers: folded(lexicon.forOthers),
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
