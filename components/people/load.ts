// The posts the people page reads: the small records plus their text where the person keeps it.
import { DAY_MS } from '../../lib/model/time';
import type { PeoplePost } from '../../lib/stats/people';
import type { GiveFirstDb } from '../../lib/storage/db';
import { postsSince } from '../../lib/storage/posts';

/** A year of posts, at most this many: enough for the list, quick to read. */
export const PEOPLE_POSTS = 5_000;
export const PEOPLE_DAYS = 365;

export async function loadPeoplePosts(db: GiveFirstDb, now: number): Promise<PeoplePost[]> {
  const posts = await postsSince(db, now - PEOPLE_DAYS * DAY_MS, PEOPLE_POSTS);
  const bodies = await db.bodies.bulkGet(posts.map((p) => p.id));
  return posts.map((post, i) => {
    const text = bodies[i]?.text;
    return text === undefined ? post : { ...post, text };
  });
}
