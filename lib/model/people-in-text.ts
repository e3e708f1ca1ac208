// Who one post names and what it does to each: whom it thanks, credits, answers, helps and asks. The one place that
// reads people out of text: breadth (lib/model/reach.ts) and the people view (lib/stats/people.ts) both ask it.
// A person is found only where a post says so (an @handle, or a name after a cue such as "thanks" or "hi"), so a
// capitalised word at the start of a sentence ("Docker makes this easy") is never a person.
import { parse } from '../checker';
import {
  ARTICLES, CREDIT_CUES, FILLERS, fold, GREETING_CUES, HELP_CUES, JOINERS, NOT_NAMES, REQUEST_CUES, THANKS_CUES, TITLES,
} from './people-words';

/** `replied`: the site showed whom the reply answers (PostOutcome.replyTo). */
export type Role = 'thanked' | 'credited' | 'answered' | 'helped' | 'asked' | 'mentioned' | 'replied';
/** Roles that give to the person. */
export const GIVING_ROLES: readonly Role[] = ['thanked', 'credited', 'answered', 'helped'];

/** One person in one post, before names are folded together across posts. */
export interface Mention {
  /** `@handle` (lower case) or the name as written, without a title. */
  ref: string;
  roles: Set<Role>;
}

export interface TextPeople {
  people: Mention[];
  /** Name (folded) -> handle, where this post shows both ("Maria Lopez (@mlopez)"). */
  aliases: [string, string][];
}

/** What the post is besides its words: whether it is a reply, and whom the site showed it answers. */
export interface PostFrame {
  reply?: boolean;
  /** Lower-case `@handle`s (or names) from the page's reply header. */
  replyTo?: readonly string[];
}

type Cue = string[];
/** Cues by their first word, longest first, so each word looks up only the cues it can start. */
type Cues = ReadonlyMap<string, Cue[]>;
function cues(list: readonly string[]): Cues {
  const byFirst = new Map<string, Cue[]>();
  for (const cue of list.map((c) => c.split(' ')).sort((a, b) => b.length - a.length)) {
    byFirst.set(cue[0]!, [...(byFirst.get(cue[0]!) ?? []), cue]);
  }
  return byFirst;
}
const THANKS = cues(THANKS_CUES);
const CREDIT = cues(CREDIT_CUES);
const HELP = cues(HELP_CUES);
const REQUEST = cues(REQUEST_CUES);
const GREETING = cues(GREETING_CUES);
const GREETING_WORDS = new Set(GREETING_CUES);
const MAX_NAME_WORDS = 3;

/** A word or mention with what follows it up to the next token. */
interface Item {
  kind: 'word' | 'mention';
  /** Folded word, or lower-case mention. */
  norm: string;
  raw: string;
  capital: boolean;
  /** A title right before a capitalised word ("Dr. Ruiz"): its full stop ends no sentence. */
  title: boolean;
  /** Index of the sentence it is in. */
  sentence: number;
  /** The text between this item and the next. */
  after: string;
  /** A later part of one written word ("s'il" reads as "s", "il"). */
  part: boolean;
}

const SENTENCE_END_RE = /[.!?;:\n]/;
const CAPITAL_RE = /^\p{Lu}/u;
const SEPARATOR_RE = /^[\s,&(]*$/;
const TITLE_AFTER_RE = /^\.?[ \t]+$/;

function items(text: string): { items: Item[]; requests: Set<number> } {
  const doc = parse(text);
  const tokens = doc.tokens.filter((t) => t.type === 'word' || t.type === 'mention');
  const out: Item[] = [];
  const requests = new Set<number>();
  let sentence = 0;
  tokens.forEach((token, i) => {
    const next = tokens[i + 1];
    const after = text.slice(token.end, next?.start ?? text.length);
    const capital = CAPITAL_RE.test(token.text);
    let title = false;
    // Items are built with one shape (no spread): the list is walked many times per post.
    if (token.type === 'mention') {
      out.push({ kind: 'mention', norm: token.text.toLowerCase(), raw: token.text, capital, title, sentence, after, part: false });
    } else {
      const parts = fold(token.text).split(' ');
      title = capital && parts.length === 1 && TITLES.has(parts[0]!) && TITLE_AFTER_RE.test(after) && !!next && CAPITAL_RE.test(next.text);
      let k = 0;
      for (const norm of parts) {
        if (norm) out.push({ kind: 'word', norm, raw: token.text, capital, title, sentence, after: '', part: k++ > 0 });
      }
    }
    out[out.length - 1]!.after = after;
    if (after.includes('?')) requests.add(sentence);
    if (SENTENCE_END_RE.test(after) && !title) sentence++;
  });
  return { items: out, requests };
}

function cueAt(list: Item[], i: number, options: Cues): number {
  const item = list[i];
  if (item?.kind !== 'word') return 0;
  for (const cue of options.get(item.norm) ?? []) {
    if (cue.every((word, k) => list[i + k]?.kind === 'word' && list[i + k]!.norm === word)) {
      // A cue spans words of one sentence.
      if (list[i + cue.length - 1]!.sentence === list[i]!.sentence) return cue.length;
    }
  }
  return 0;
}

/** A person starting at i: a mention, or 1-3 capitalised words that are not a common word, after an optional title. */
function personAt(list: Item[], i: number): { ref: string; length: number; alias?: [string, string] } | undefined {
  const titled = list[i]?.title ? 1 : 0;
  const first = list[i + titled];
  if (!first) return undefined;
  if (first.kind === 'mention') return { ref: first.norm, length: titled + 1 };
  const words: Item[] = [];
  for (let k = i + titled; k < list.length && words.length < MAX_NAME_WORDS; k++) {
    const item = list[k]!;
    if (item.kind !== 'word' || !item.capital || NOT_NAMES.has(item.norm) || item.raw.length < 2) break;
    if (!item.part) words.push(item);
    if (item.after && !/^\s+$/.test(item.after)) break;
  }
  if (words.length === 0) return undefined;
  const name = words.map((w) => w.raw).join(' ');
  let length = titled + words.length;
  while (list[i + length]?.part) length++;
  const next = list[i + length];
  // "Maria Lopez @mlopez" or "Maria Lopez (@mlopez)": one person, shown both ways.
  if (next?.kind === 'mention' && /^\s*\(?$/.test(words[words.length - 1]!.after)) {
    return { ref: next.norm, length: length + 1, alias: [fold(name), next.norm] };
  }
  return { ref: name, length };
}

/** The capitalised name written just before "(" and the mention at i, if any. */
function nameBefore(list: Item[], i: number): string | undefined {
  if (i === 0 || !/^\s*\(\s*$/.test(list[i - 1]!.after)) return undefined;
  const words: string[] = [];
  for (let k = i - 1; k >= 0 && words.length < MAX_NAME_WORDS; k--) {
    const item = list[k]!;
    if (item.kind !== 'word' || !item.capital || item.title || NOT_NAMES.has(item.norm) || GREETING_WORDS.has(item.norm)) break;
    if (k < i - 1 && item.after !== '' && !/^\s+$/.test(item.after)) break;
    if (!item.part) words.unshift(item.raw);
  }
  return words.length ? words.join(' ') : undefined;
}

/** People right after position i, joined by commas, "and", "y", "und", "et", "e" (and "y al", "e à"). */
function peopleAfter(list: Item[], i: number, found: (ref: string, at: number) => void, aliases: [string, string][]): void {
  let k = i;
  let fillers = 0;
  while (list[k]?.kind === 'word' && FILLERS.has(list[k]!.norm) && fillers < 3) {
    k++;
    fillers++;
  }
  for (;;) {
    const person = personAt(list, k);
    if (!person) return;
    if (person.alias) aliases.push(person.alias);
    found(person.ref, k);
    const last = list[k + person.length - 1]!;
    k += person.length;
    if (SENTENCE_END_RE.test(last.after)) return;
    if (list[k]?.kind === 'word' && JOINERS.has(list[k]!.norm) && SEPARATOR_RE.test(last.after)) {
      k++;
      for (let articles = 0; articles < 2 && list[k]?.kind === 'word' && !list[k]!.capital && ARTICLES.has(list[k]!.norm); articles++) k++;
    } else if (!/[,&]/.test(last.after) || !SEPARATOR_RE.test(last.after)) return;
  }
}

/** Who one post names and what it does to each. */
export function peopleInText(text: string, frame: PostFrame = {}): TextPeople {
  const { items: list, requests } = items(text);
  const aliases: [string, string][] = [];
  const roles = new Map<string, Set<Role>>();
  const sentenceOf = new Map<string, Set<number>>();
  const add = (ref: string, role: Role, at: number) => {
    const set = roles.get(ref) ?? new Set<Role>();
    set.add(role);
    set.add('mentioned');
    roles.set(ref, set);
    const sentences = sentenceOf.get(ref) ?? new Set<number>();
    sentences.add(list[at]!.sentence);
    sentenceOf.set(ref, sentences);
  };
  const helpSentences = new Set<number>();
  let thanksToNoOne = false;
  for (let i = 0; i < list.length; i++) {
    for (const [options, role] of [[THANKS, 'thanked'], [CREDIT, 'credited'], [GREETING, 'mentioned']] as const) {
      const length = cueAt(list, i, options);
      if (!length) continue;
      // A greeting only counts at the start of a sentence ("Hi Dana,"), not "say hi to Dana".
      if (options === GREETING && i > 0 && list[i - 1]!.sentence === list[i]!.sentence) continue;
      let named = false;
      peopleAfter(list, i + length, (ref, at) => {
        named = true;
        add(ref, role, at);
      }, aliases);
      if (options === THANKS && !named) thanksToNoOne = true;
      break;
    }
    if (cueAt(list, i, REQUEST)) requests.add(list[i]!.sentence);
    if (cueAt(list, i, HELP)) helpSentences.add(list[i]!.sentence);
    const item = list[i]!;
    if (item.kind === 'mention') {
      // "Maria Lopez (@mlopez)" outside a cue still says who @mlopez is.
      const name = nameBefore(list, i);
      if (name) aliases.push([fold(name), item.norm]);
      add(item.norm, 'mentioned', i);
    }
  }
  const replyTo = frame.reply ? [...new Set(frame.replyTo ?? [])] : [];
  // Whom the site showed the reply answers: replied to, whether or not the words name them.
  for (const ref of replyTo) {
    const set = (roles.get(ref) ?? new Set<Role>()).add('replied');
    // "Thanks!" naming no one, in a reply, thanks whom it answers.
    if (thanksToNoOne) set.add('thanked');
    roles.set(ref, set);
  }
  const mentions = list.filter((item) => item.kind === 'mention');
  // A reply answers whom the site shows it answers; else the people it opens with (X puts the handle first), or the
  // one person it names.
  const leading = list.findIndex((item) => item.kind === 'word');
  const opening = mentions.filter((m) => leading < 0 || list.indexOf(m) < leading).map((m) => m.norm);
  const named = [...roles.keys()];
  const answeredRefs = replyTo.length ? replyTo : !frame.reply ? [] : opening.length ? opening : named.length === 1 ? named : [];
  for (const [ref, set] of roles) {
    const sentences = [...(sentenceOf.get(ref) ?? [])];
    const addressed = opening.includes(ref) || replyTo.includes(ref);
    const inRequest = sentences.some((s) => requests.has(s)) || (addressed && requests.size > 0);
    if (inRequest) set.add('asked');
    if (sentences.some((s) => helpSentences.has(s))) set.add('helped');
    if (answeredRefs.includes(ref) && !inRequest) set.add('answered');
  }
  return { people: [...roles].map(([ref, set]) => ({ ref, roles: set })), aliases };
}
