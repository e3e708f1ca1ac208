// Small helpers for the words a hint shows: quotes cut to a readable length, counts in plain English.
import { platformFacts } from '../model/platforms';
import { DAY_MS } from '../model/time';
import type { Platform } from './types';

const isHigh = (c: number) => c >= 0xd800 && c <= 0xdbff;
const isLow = (c: number) => c >= 0xdc00 && c <= 0xdfff;

export function quote(text: string, max = 60): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return `“${flat}”`;
  // Drop the last code point within `max` (room for the ellipsis), never half an emoji.
  const pair = max >= 2 && isLow(flat.charCodeAt(max - 1)) && isHigh(flat.charCodeAt(max - 2));
  const cut = flat.slice(0, pair ? max - 2 : max - 1);
  return `“${cut.trimEnd()}…”`;
}

export function times(n: number): string {
  return n === 2 ? 'twice' : `${n} times`;
}

export function ago(then: number, now: number): string {
  const days = Math.floor((now - then) / DAY_MS);
  if (days <= 0) return 'earlier today';
  if (days === 1) return 'yesterday';
  if (days < 60) return `${days} days ago`;
  return `${Math.round(days / 30)} months ago`;
}

/** Whole days from `then` to `now` (0 on the same day or for a clock that ran backwards). */
export function daysBetween(then: number, now: number): number {
  return Math.max(0, Math.floor((now - then) / DAY_MS));
}


/** "your post on LinkedIn 3 days ago", with the same specifics as data for a message catalog. */
export function earlierPost(post: { time: number; site?: Platform }, now: number): { words: string; data: { days: number; site?: Platform } } {
  const where = post.site && post.site !== 'other' ? ` on ${platformFacts(post.site).name}` : '';
  const data: { days: number; site?: Platform } = { days: daysBetween(post.time, now) };
  if (post.site) data.site = post.site;
  return { words: `your post${where} ${ago(post.time, now)}`, data };
}
