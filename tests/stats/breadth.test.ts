// Breadth counts the people a post names and the topics it is about, not only #tags and @handles.
import { describe, expect, it } from 'vitest';
import { peopleIn, topicsIn } from '../../lib/model/reach';
import { breadth } from '../../lib/stats/breadth';

describe('people named in a post', () => {
  it.each([
    ['Huge thank you Maria Lopez and Mrs. Patel for the kiln tips!', ['maria lopez', 'patel']],
    ['Thanks to @kent for teaching me this.', ['@kent']],
    ['Shout-out to Dr. Ana Souza, Li Wei & @sam_k for the review', ['@sam_k', 'ana souza', 'li wei']],
    ['Gracias a Ana García y al Dr. Ruiz por la ayuda', ['ana garcía', 'ruiz']],
    ['Danke an Jonas und Frau Weber!', ['jonas', 'weber']],
    ['Merci à Claire et Hugo pour les retours.', ['claire', 'hugo']],
    ['Obrigada ao João e à Marta!', ['joão', 'marta']],
    // Quiet: no one is named.
    ['Thank You So Much everyone!', []],
    ['Thanks for reading. See you Monday', []],
    ['Big launch today! Use my code LAUNCH20. Link in bio', []],
    ['Thanks to my team for the help', []],
  ])('%s', (text, people) => {
    expect(peopleIn(text).sort()).toEqual([...people].sort());
  });
});

describe('topics of a post', () => {
  it('takes hashtags and the main nouns, not names or common words', () => {
    expect(topicsIn('Huge thank you Maria Lopez and Mrs. Patel for the kiln tips! #Pottery').sort()).toEqual(['kiln', 'pottery', 'tips']);
    expect(topicsIn('Three things I learned moving our CI to ARM runners: pin base images, check native deps early.')).toEqual(
      expect.arrayContaining(['runners', 'images']),
    );
    expect(topicsIn('Thanks for reading!')).toEqual([]);
  });

  it('keeps at most three nouns, the most used first', () => {
    const topics = topicsIn('Glaze recipes: glaze firing, glaze colour, kiln shelves, cone packs, wax resist.');
    expect(topics[0]).toBe('glaze');
    expect(topics).toHaveLength(3);
  });
});

describe('breadth over posts', () => {
  it('counts distinct people and topics; old records fall back to mentions and tags', () => {
    const posts = [
      { people: ['maria lopez', 'patel'], topics: ['kiln', 'tips'], mentions: [], tags: [] },
      { people: ['@kent', 'patel'], topics: ['kiln'], mentions: ['@kent'], tags: [] },
      { mentions: ['@ann'], tags: ['pottery', 'kiln'] }, // from before version 3
    ];
    // The case: thanking Maria Lopez and Mrs. Patel by name reaches 2 people, not 0.
    expect(breadth(posts.slice(0, 1))).toEqual({ people: 2, topics: 2 });
    expect(breadth(posts)).toEqual({ people: 4, topics: 3 });
    expect(breadth([])).toEqual({ people: 0, topics: 0 });
  });
});
