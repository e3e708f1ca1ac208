// Breadth: how many distinct people and topics the posts range over (lib/model/reach.ts finds them in one post).

export interface Breadth {
  people: number;
  topics: number;
}

/** Distinct people and topics over posts; records from before people and topics were stored use @mentions and #tags. */
export function breadth(posts: readonly { people?: readonly string[]; topics?: readonly string[]; mentions: readonly string[]; tags: readonly string[] }[]): Breadth {
  const people = new Set<string>();
  const topics = new Set<string>();
  for (const p of posts) {
    for (const person of p.people ?? p.mentions) people.add(person);
    for (const topic of p.topics ?? p.tags) topics.add(topic);
  }
  return { people: people.size, topics: topics.size };
}
