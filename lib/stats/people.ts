// The people a person interacts with, read from their own posts: whom they thank, credit, answer, help and ask.
// Pure: posts in, people out. A person is found only where a post says so (an @handle, or a name after a cue such
// as "thanks" or "hi"), so a capitalised word at the start of a sentence ("Docker makes this easy") is never a person.
import { parse } from '../checker';
import type { PostRecord } from '../storage/db';
import {
  CREDIT_CUES, FILLERS, fold, GREETING_CUES, HELP_CUES, JOINERS, NOT_NAMES, REQUEST_CUES, THANKS_CUES,
} from './people-words';

/** What the people view needs of a post; `text` is absent when the person keeps fingerprints only. */
export type PeoplePost = Pick<PostRecord, 'id' | 'time' | 'reply' | 'kind' | 'signals' | 'mentions' | 'tags'> &
  Partial<Pick<PostRecord, 'scores'>> & { text?: string };

export type Role = 'thanked' | 'credited' | 'answered' | 'helped' | 'asked' | 'mentioned';
/** Roles that give to the person. */
export const GIVING_ROLES: readonly Role[] = ['thanked', 'credited', 'answered', 'helped'];

/** One person in one post, before names are folded together across posts. */
export interface Mention {
  /** `@handle` (lower case) or the name as written. */
  ref: string;
  roles: Set<Role>;
}

export interface PostPeople {
  post: PeoplePost;
  people: Mention[];
  /** Name (folded) -> handle, where this post shows both ("Maria Lopez (@mlopez)"). */
  aliases: [string, string][];
}

export interface Person {
  /** Stable id: `@handle`, or `name:` + the folded name. */
  key: string;
  /** What to show: the display name when known, else the handle. */
  name: string;
  handle?: string;
  /** Posts in which they were given to: thanked, credited, answered or helped. */
  gave: number;
  asked: number;
  thanked: number;
  credited: number;
  answered: number;
  helped: number;
  /** Posts that name them at all. */
  posts: number;
  last: number;
}

/** Hand-made corrections the person keeps (lib/stats/people-prefs.ts stores them). */
export interface PeopleCorrections {
  hidden?: readonly string[];
  /** key -> the key it is folded into. */
  merged?: Readonly<Record<string, string>>;
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

function items(text: string): { items: Item[]; requests: Set<number> } {
  const doc = parse(text);
  const tokens = doc.tokens.filter((t) => t.type === 'word' || t.type === 'mention');
  const out: Item[] = [];
  const requests = new Set<number>();
  let sentence = 0;
  tokens.forEach((token, i) => {
    const after = text.slice(token.end, tokens[i + 1]?.start ?? text.length);
    const capital = CAPITAL_RE.test(token.text);
    // Items are built with one shape (no spread): the list is walked many times per post.
    if (token.type === 'mention') {
      out.push({ kind: 'mention', norm: token.text.toLowerCase(), raw: token.text, capital, sentence, after, part: false });
    } else {
      const parts = fold(token.text).split(' ');
      let k = 0;
      for (const norm of parts) {
        if (norm) out.push({ kind: 'word', norm, raw: token.text, capital, sentence, after: '', part: k++ > 0 });
      }
    }
    out[out.length - 1]!.after = after;
    if (after.includes('?')) requests.add(sentence);
    if (SENTENCE_END_RE.test(after)) sentence++;
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

/** A person starting at i: a mention, or 1-3 capitalised words that are not a common word. Returns [ref, length, alias]. */
function personAt(list: Item[], i: number): { ref: string; length: number; alias?: [string, string] } | undefined {
  const first = list[i];
  if (!first) return undefined;
  if (first.kind === 'mention') return { ref: first.norm, length: 1 };
  const words: Item[] = [];
  for (let k = i; k < list.length && words.length < MAX_NAME_WORDS; k++) {
    const item = list[k]!;
    if (item.kind !== 'word' || !item.capital || NOT_NAMES.has(item.norm) || item.raw.length < 2) break;
    if (!item.part) words.push(item);
    if (item.after && !/^\s+$/.test(item.after)) break;
  }
  if (words.length === 0) return undefined;
  const name = words.map((w) => w.raw).join(' ');
  let length = words.length;
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
    if (item.kind !== 'word' || !item.capital || NOT_NAMES.has(item.norm) || GREETING_WORDS.has(item.norm)) break;
    if (k < i - 1 && item.after !== '' && !/^\s+$/.test(item.after)) break;
    if (!item.part) words.unshift(item.raw);
  }
  return words.length ? words.join(' ') : undefined;
}

/** People right after position i, joined by commas, "and", "y", "und", "et", "e". */
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
    if (list[k]?.kind === 'word' && JOINERS.has(list[k]!.norm) && SEPARATOR_RE.test(last.after)) k++;
    else if (!/[,&]/.test(last.after) || !SEPARATOR_RE.test(last.after)) return;
  }
}

/** Who one post names and what it does to each. */
export function readPost(post: PeoplePost): PostPeople {
  if (post.text === undefined) return readStoredPost(post);
  const { items: list, requests } = items(post.text);
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
  for (let i = 0; i < list.length; i++) {
    for (const [options, role] of [[THANKS, 'thanked'], [CREDIT, 'credited'], [GREETING, 'mentioned']] as const) {
      const length = cueAt(list, i, options);
      if (!length) continue;
      // A greeting only counts at the start of a sentence ("Hi Dana,"), not "say hi to Dana".
      if (options === GREETING && i > 0 && list[i - 1]!.sentence === list[i]!.sentence) continue;
      peopleAfter(list, i + length, (ref, at) => add(ref, role, at), aliases);
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
  const mentions = list.filter((item) => item.kind === 'mention');
  // A reply answers the people it opens with (X puts the handle first), or the one person it names.
  const leading = list.findIndex((item) => item.kind === 'word');
  const opening = mentions.filter((m) => leading < 0 || list.indexOf(m) < leading).map((m) => m.norm);
  const answeredRefs = post.reply ? (opening.length ? opening : roles.size === 1 ? [...roles.keys()] : []) : [];
  for (const [ref, set] of roles) {
    const sentences = sentenceOf.get(ref)!;
    const inRequest = [...sentences].some((s) => requests.has(s)) || (opening.includes(ref) && requests.size > 0);
    if (inRequest) set.add('asked');
    if ([...sentences].some((s) => helpSentences.has(s))) set.add('helped');
    if (answeredRefs.includes(ref) && !inRequest) set.add('answered');
  }
  return { post, people: [...roles].map(([ref, set]) => ({ ref, roles: set })), aliases };
}

/** Without text: the stored mentions, and what the post's give signals say it did. */
function readStoredPost(post: PeoplePost): PostPeople {
  const signals = new Set(post.signals);
  const people = post.mentions.map((ref, i): Mention => {
    const roles = new Set<Role>(['mentioned']);
    if (signals.has('thanks')) roles.add('thanked');
    if (signals.has('credit')) roles.add('credited');
    if (signals.has('helping')) roles.add('helped');
    if (signals.has('question')) roles.add('asked');
    else if (post.reply && i === 0) roles.add('answered');
    return { ref, roles };
  });
  return { post, people, aliases: [] };
}

/** Each summary on the page reads the same posts: read each post object once. Posts are records, never changed. */
const readCache = new WeakMap<PeoplePost, PostPeople>();
function readPostOnce(post: PeoplePost): PostPeople {
  let read = readCache.get(post);
  if (!read) readCache.set(post, (read = readPost(post)));
  return read;
}

/** Stable key of a person as written: the handle, or the folded name. */
export function keyOf(ref: string, aliases: ReadonlyMap<string, string>): string {
  if (ref.startsWith('@')) return ref;
  const folded = fold(ref);
  return aliases.get(folded) ?? `name:${folded}`;
}

/** Follows hand merges to the key a person ends up under. */
export function mergedKey(key: string, merged: Readonly<Record<string, string>> = {}): string {
  const seen = new Set<string>();
  while (merged[key] && !seen.has(key)) {
    seen.add(key);
    key = merged[key]!;
  }
  return key;
}

export interface PeopleReading {
  posts: PostPeople[];
  /** Resolves a reference in a post to the person's key (aliases and hand merges applied). */
  key(ref: string): string;
  /** Display name per key. */
  names: Map<string, string>;
}

/** Reads every post once and learns, across posts, which names and handles are one person. */
export function readPeople(posts: readonly PeoplePost[], corrections: PeopleCorrections = {}): PeopleReading {
  const read = posts.map(readPostOnce);
  const aliases = new Map<string, string>();
  const names = new Map<string, string>();
  for (const p of read) for (const [name, handle] of p.aliases) aliases.set(name, handle);
  for (const p of read) {
    for (const [name, handle] of p.aliases) {
      const original = p.post.text ? findOriginal(p.post.text, name) : undefined;
      if (original) names.set(handle, original);
    }
  }
  const key = (ref: string) => mergedKey(keyOf(ref, aliases), corrections.merged);
  for (const p of read) {
    for (const m of p.people) {
      const k = key(m.ref);
      if (!names.has(k)) names.set(k, m.ref);
    }
  }
  return { posts: read, key, names };
}

function findOriginal(text: string, foldedName: string): string | undefined {
  const words = foldedName.split(' ').length;
  const re = new RegExp(String.raw`\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){${words - 1}}`, 'gu');
  return text.match(re)?.find((candidate) => fold(candidate) === foldedName);
}

/** One post's dealings with one person, after names and hand merges are folded. */
export interface Interaction {
  key: string;
  post: PeoplePost;
  roles: ReadonlySet<Role>;
}

/** Every post's dealings with every person, oldest post first; hidden people left out. */
export function interactionsOf(posts: readonly PeoplePost[], corrections: PeopleCorrections = {}): { interactions: Interaction[]; names: Map<string, string> } {
  const reading = readPeople(posts, corrections);
  const hidden = new Set(corrections.hidden ?? []);
  const interactions: Interaction[] = [];
  const byTime = [...reading.posts].sort((a, b) => a.post.time - b.post.time);
  for (const { post, people: mentions } of byTime) {
    const roles = new Map<string, Set<Role>>();
    for (const m of mentions) {
      const k = reading.key(m.ref);
      const set = roles.get(k) ?? new Set<Role>();
      m.roles.forEach((r) => set.add(r));
      roles.set(k, set);
    }
    for (const [key, set] of roles) if (!hidden.has(key)) interactions.push({ key, post, roles: set });
  }
  return { interactions, names: reading.names };
}

export function gives(roles: ReadonlySet<Role>): boolean {
  return GIVING_ROLES.some((r) => roles.has(r));
}

/** The people in these posts, the ones owed a thank-you first (asked at least as often as thanked). */
export function peopleOf(posts: readonly PeoplePost[], corrections: PeopleCorrections = {}): Person[] {
  const { interactions, names } = interactionsOf(posts, corrections);
  const people = new Map<string, Person>();
  for (const { key, post, roles } of interactions) {
    const person = people.get(key) ?? blankPerson(key, names.get(key) ?? key);
    person.posts++;
    person.last = Math.max(person.last, post.time);
    if (gives(roles)) person.gave++;
    if (roles.has('asked')) person.asked++;
    if (roles.has('thanked')) person.thanked++;
    if (roles.has('credited')) person.credited++;
    if (roles.has('answered')) person.answered++;
    if (roles.has('helped')) person.helped++;
    people.set(key, person);
  }
  return [...people.values()].sort(byOwed);
}

function blankPerson(key: string, name: string): Person {
  const person: Person = { key, name, gave: 0, asked: 0, thanked: 0, credited: 0, answered: 0, helped: 0, posts: 0, last: 0 };
  if (key.startsWith('@')) person.handle = key;
  return person;
}

/** Owes a thank-you: asked of them at least once, and at least as often as thanked them. */
export function owesThanks(p: Pick<Person, 'asked' | 'thanked'>): boolean {
  return p.asked > 0 && p.asked >= p.thanked;
}

function byOwed(a: Person, b: Person): number {
  const owed = Number(owesThanks(b)) - Number(owesThanks(a));
  if (owed) return owed;
  const gap = b.asked - b.thanked - (a.asked - a.thanked);
  if (owesThanks(a) && gap) return gap;
  return b.last - a.last || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0);
}
