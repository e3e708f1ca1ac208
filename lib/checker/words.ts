// Small helpers for the words a hint shows: quoted words cut to a readable length, the facts that name an earlier post.
import type { Platform } from '../model/platforms';
import { DAY_MS } from '../model/time';

const isHigh = (c: number) => c >= 0xd800 && c <= 0xdbff;
const isLow = (c: number) => c >= 0xdc00 && c <= 0xdfff;

/** White space that clip folds into one space: any but a space, or two in a row. */
const FOLDED_SPACE_RE = /[^\S ]| {2}/;

/** The words a hint quotes, on one line and cut to `max` characters with an ellipsis (quote marks are the catalog's). */
export function clip(text: string, max = 60): string {
  // Most quoted words hold no white space but single spaces, where the replace would only build a copy.
  const flat = (FOLDED_SPACE_RE.test(text) ? text.replace(/\s+/g, ' ') : text).trim();
  if (flat.length <= max) return flat;
  // Drop the last code point within `max` (room for the ellipsis), never half an emoji.
  const pair = max >= 2 && isLow(flat.charCodeAt(max - 1)) && isHigh(flat.charCodeAt(max - 2));
  const cut = flat.slice(0, pair ? max - 2 : max - 1);
  return `${cut.trimEnd()}…`;
}

/** Whole days from `then` to `now` (0 on the same day or for a clock that ran backwards). */
export function daysBetween(then: number, now: number): number {
  return Math.max(0, Math.floor((now - then) / DAY_MS));
}

/** The facts that name an earlier post ("your post on LinkedIn 3 days ago (“…”)", messages.ts): days, site, preview. */
export function earlierPost(post: { time: number; site?: Platform; preview?: string }, now: number): { days: number; site?: Platform; preview?: string } {
  return { days: daysBetween(post.time, now), ...(post.site && { site: post.site }), ...(post.preview && { preview: post.preview }) };
}
