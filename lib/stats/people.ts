// The people a person interacts with, read from their own posts: whom they thank, credit, answer, help, ask and
// reply to. Pure: posts in, people out. Reading one post's text is lib/model/people-in-text.ts; this folds the
// posts together (names and handles of one person, hand merges and hides) and counts.
import { fold } from '../model/people-words';
import { GIVING_ROLES, peopleInText, type Mention, type Role } from '../model/people-in-text';
import type { PostRecord } from '../storage/db';

export { GIVING_ROLES, type Mention, type Role };

/** What the people view needs of a post; `text` is absent when the person keeps fingerprints only. */
export type PeoplePost = Pick<PostRecord, 'id' | 'time' | 'reply' | 'kind' | 'signals' | 'mentions' | 'tags'> &
  Partial<Pick<PostRecord, 'scores' | 'replyTo'>> & { text?: string };

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
  /** Replies to them, where the site showed whom the reply answers. */
  replied: number;
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

/** Who one post names and what it does to each. */
export function readPost(post: PeoplePost): PostPeople {
  if (post.text === undefined) return readStoredPost(post);
  return { post, ...peopleInText(post.text, post) };
}

/** Without text: the stored mentions and reply targets, and what the post's give signals say it did. */
function readStoredPost(post: PeoplePost): PostPeople {
  const signals = new Set(post.signals);
  const replyTo = post.reply ? (post.replyTo ?? []) : [];
  // A reply answered whom the site showed it answers, else (older records) the first handle it names.
  const answered = replyTo.length ? replyTo : post.reply ? post.mentions.slice(0, 1) : [];
  const people = [...new Set([...post.mentions, ...replyTo])].map((ref): Mention => {
    const roles = new Set<Role>();
    if (post.mentions.includes(ref)) roles.add('mentioned');
    if (replyTo.includes(ref)) roles.add('replied');
    if (signals.has('thanks')) roles.add('thanked');
    if (signals.has('credit')) roles.add('credited');
    if (signals.has('helping')) roles.add('helped');
    if (signals.has('question')) roles.add('asked');
    else if (answered.includes(ref)) roles.add('answered');
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
    if (roles.has('replied')) person.replied++;
    people.set(key, person);
  }
  return [...people.values()].sort(byOwed);
}

function blankPerson(key: string, name: string): Person {
  const person: Person = { key, name, gave: 0, asked: 0, thanked: 0, credited: 0, answered: 0, helped: 0, replied: 0, posts: 0, last: 0 };
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
