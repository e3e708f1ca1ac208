// What the people view suggests: one quiet reciprocity nudge, a call or coffee with someone often talked with,
// whether the posts keep reaching the same few people or one topic, and the week in review. Pure: posts and `now`
// in, plain data out; the texts come from the message catalog (people-text.ts).
import { DAY_MS, WEEK_MS } from '../model/time';
import { gives, interactionsOf, type Interaction, type PeopleCorrections, type PeoplePost } from './people';

/** "This month": the reciprocity nudge looks this far back. */
export const NUDGE_WINDOW_MS = 30 * DAY_MS;
/** Asked this often, and this many times more than thanked, before the nudge speaks: it stays quiet and occasional. */
const NUDGE_MIN_ASKS = 3;
const NUDGE_MIN_GAP = 2;
/** A give idea names someone asked of within this long and not given to since. */
const GIVE_IDEA_WINDOW_MS = 14 * DAY_MS;
/** This many posts with one person within this long: enough to suggest a call or coffee. */
export const MEETING_MIN_EXCHANGES = 4;
export const MEETING_WINDOW_MS = 21 * DAY_MS;
/** The echo chart covers this many weeks. */
export const ECHO_WEEKS = 8;
/** The echo note reads this many of the latest posts that name someone (or carry a hashtag)... */
const ECHO_RECENT = 8;
/** ...needs at least this many of them to say anything, and speaks when they reach at most this many people. */
const ECHO_MIN_POSTS = 5;
const ECHO_FEW_PEOPLE = 2;

export type Nudge =
  | { id: string; kind: 'reciprocity'; key: string; name: string; asked: number; thanked: number }
  | { id: string; kind: 'give-idea'; key: string; name: string; askedAt: number };

interface Options {
  corrections?: PeopleCorrections;
  /** Ids of nudges and suggestions dismissed for good. */
  dismissed?: readonly string[];
}

/** At most one nudge: the widest ask-thank gap this month, else a thank-you idea for someone recently asked. */
export function nudgeFor(posts: readonly PeoplePost[], now: number, options: Options = {}): Nudge | undefined {
  const { interactions, names } = interactionsOf(posts, options.corrections);
  const dismissed = new Set(options.dismissed ?? []);
  const month = interactions.filter((i) => i.post.time > now - NUDGE_WINDOW_MS && i.post.time <= now);
  const counts = new Map<string, { asked: number; thanked: number; last: number }>();
  for (const i of month) {
    const c = counts.get(i.key) ?? { asked: 0, thanked: 0, last: 0 };
    if (i.roles.has('asked')) c.asked++;
    if (i.roles.has('thanked')) c.thanked++;
    c.last = Math.max(c.last, i.post.time);
    counts.set(i.key, c);
  }
  const owed = [...counts]
    .filter(([key, c]) => c.asked >= NUDGE_MIN_ASKS && c.asked - c.thanked >= NUDGE_MIN_GAP && !dismissed.has(`reciprocity:${key}`))
    .sort(([, a], [, b]) => b.asked - b.thanked - (a.asked - a.thanked) || b.last - a.last);
  if (owed[0]) {
    const [key, c] = owed[0];
    return { id: `reciprocity:${key}`, kind: 'reciprocity', key, name: names.get(key) ?? key, asked: c.asked, thanked: c.thanked };
  }
  // The latest ask of each person, if nothing was given to them after it.
  const lastAsk = new Map<string, Interaction>();
  for (const i of month) {
    if (i.roles.has('asked')) lastAsk.set(i.key, i);
    else if (gives(i.roles)) lastAsk.delete(i.key);
  }
  const idea = [...lastAsk.values()]
    .filter((i) => i.post.time > now - GIVE_IDEA_WINDOW_MS && !dismissed.has(`give-idea:${i.key}:${i.post.id}`))
    .sort((a, b) => b.post.time - a.post.time)[0];
  if (!idea) return undefined;
  return { id: `give-idea:${idea.key}:${idea.post.id}`, kind: 'give-idea', key: idea.key, name: names.get(idea.key) ?? idea.key, askedAt: idea.post.time };
}

export interface MeetingSuggestion {
  id: string;
  key: string;
  name: string;
  exchanges: number;
}

/** Someone talked with often lately (posts that name them, both asking and giving): worth a call or coffee. */
export function meetingFor(posts: readonly PeoplePost[], now: number, options: Options = {}): MeetingSuggestion | undefined {
  const { interactions, names } = interactionsOf(posts, options.corrections);
  const dismissed = new Set(options.dismissed ?? []);
  const counts = new Map<string, { exchanges: number; last: number }>();
  for (const i of interactions) {
    if (i.post.time <= now - MEETING_WINDOW_MS || i.post.time > now) continue;
    const c = counts.get(i.key) ?? { exchanges: 0, last: 0 };
    c.exchanges++;
    c.last = Math.max(c.last, i.post.time);
    counts.set(i.key, c);
  }
  const best = [...counts]
    .filter(([key, c]) => c.exchanges >= MEETING_MIN_EXCHANGES && !dismissed.has(`meeting:${key}`))
    .sort(([, a], [, b]) => b.exchanges - a.exchanges || b.last - a.last)[0];
  if (!best) return undefined;
  const [key, c] = best;
  return { id: `meeting:${key}`, key, name: names.get(key) ?? key, exchanges: c.exchanges };
}

/** Times to offer: the next `days` working days at 9:30, 12:30 and 16:00 local time. */
export function slotChoices(now: number, days = 5): number[] {
  const slots: number[] = [];
  const day = new Date(now);
  day.setHours(0, 0, 0, 0);
  while (slots.length < days * 3) {
    day.setDate(day.getDate() + 1);
    if (day.getDay() === 0 || day.getDay() === 6) continue;
    for (const [h, m] of [[9, 30], [12, 30], [16, 0]] as const) {
      const slot = new Date(day);
      slot.setHours(h, m, 0, 0);
      slots.push(slot.getTime());
    }
  }
  return slots;
}

export interface EchoWeek {
  /** Start of the week, ms (weeks end at `now`). */
  start: number;
  posts: number;
  people: number;
  topics: number;
}

export type EchoNote =
  | { kind: 'few-people'; names: string[]; posts: number }
  | { kind: 'one-topic'; topic: string; posts: number };

/** Distinct people and topics (hashtags) per week over the last eight weeks, oldest first. */
export function echoWeeks(posts: readonly PeoplePost[], now: number, corrections?: PeopleCorrections): EchoWeek[] {
  const { interactions } = interactionsOf(posts, corrections);
  const weeks: EchoWeek[] = [];
  for (let w = ECHO_WEEKS; w >= 1; w--) {
    const start = now - w * WEEK_MS;
    const end = start + WEEK_MS;
    const inWeek = (time: number) => time > start && time <= end;
    const weekPosts = posts.filter((p) => inWeek(p.time));
    const people = new Set(interactions.filter((i) => inWeek(i.post.time)).map((i) => i.key));
    const topics = new Set(weekPosts.flatMap((p) => p.tags));
    weeks.push({ start, posts: weekPosts.length, people: people.size, topics: topics.size });
  }
  return weeks;
}

/** A gentle note when the latest posts all went to the same one or two people, or all carried one topic. */
export function echoNote(posts: readonly PeoplePost[], corrections?: PeopleCorrections): EchoNote | undefined {
  const { interactions, names } = interactionsOf(posts, corrections);
  const keysByPost = new Map<string, Set<string>>();
  for (const i of interactions) keysByPost.set(i.post.id, (keysByPost.get(i.post.id) ?? new Set()).add(i.key));
  const newest = [...posts].sort((a, b) => b.time - a.time);
  const withPeople = newest.filter((p) => keysByPost.has(p.id)).slice(0, ECHO_RECENT);
  if (withPeople.length >= ECHO_MIN_POSTS) {
    const reached = new Set(withPeople.flatMap((p) => [...keysByPost.get(p.id)!]));
    if (reached.size <= ECHO_FEW_PEOPLE) {
      return { kind: 'few-people', names: [...reached].map((k) => names.get(k) ?? k).sort(), posts: withPeople.length };
    }
  }
  const withTopics = newest.filter((p) => p.tags.length > 0).slice(0, ECHO_RECENT);
  if (withTopics.length >= ECHO_MIN_POSTS) {
    const shared = withTopics[0]!.tags.filter((tag) => withTopics.every((p) => p.tags.includes(tag)));
    if (shared[0] !== undefined) return { kind: 'one-topic', topic: shared[0], posts: withTopics.length };
  }
  return undefined;
}

export interface WeeklyReview {
  start: number;
  end: number;
  gives: number;
  takes: number;
  /** The post with the highest give score this week (ties: the latest). */
  mostGiving?: PeoplePost;
  /** Names of the people thanked this week, most thanked first. */
  thanked: string[];
  suggestion: Suggestion;
}

export type Suggestion =
  | { kind: 'nudge'; nudge: Nudge }
  | { kind: 'meeting'; meeting: MeetingSuggestion }
  | { kind: 'echo'; note: EchoNote }
  | { kind: 'answer-one' };

/** The last seven days: what they gave and took, the most giving post, whom they thanked, one thing to try next. */
export function weeklyReview(posts: readonly PeoplePost[], now: number, options: Options = {}): WeeklyReview {
  const start = now - WEEK_MS;
  const week = posts.filter((p) => p.time > start && p.time <= now);
  const { interactions, names } = interactionsOf(week, options.corrections);
  const thanks = new Map<string, number>();
  for (const i of interactions) if (i.roles.has('thanked')) thanks.set(i.key, (thanks.get(i.key) ?? 0) + 1);
  const thanked = [...thanks].sort(([a, x], [b, y]) => y - x || (a < b ? -1 : 1)).map(([k]) => names.get(k) ?? k);
  const giving = week.filter((p) => p.kind === 'give' || (p.scores?.give ?? 0) > 0);
  const mostGiving = giving.sort((a, b) => (b.scores?.give ?? 0) - (a.scores?.give ?? 0) || b.time - a.time)[0];
  const review: WeeklyReview = {
    start,
    end: now,
    gives: week.filter((p) => p.kind === 'give').length,
    takes: week.filter((p) => p.kind === 'take').length,
    thanked,
    suggestion: suggestionFor(posts, now, options),
  };
  if (mostGiving) review.mostGiving = mostGiving;
  return review;
}

/** One thing for next week, in this order: a nudge, a meeting, an echo note, else answering one question. */
export function suggestionFor(posts: readonly PeoplePost[], now: number, options: Options = {}): Suggestion {
  const nudge = nudgeFor(posts, now, options);
  if (nudge) return { kind: 'nudge', nudge };
  const meeting = meetingFor(posts, now, options);
  if (meeting) return { kind: 'meeting', meeting };
  const note = echoNote(posts.filter((p) => p.time <= now), options.corrections);
  if (note) return { kind: 'echo', note };
  return { kind: 'answer-one' };
}
