import { describe, expect, it } from 'vitest';
import { peopleOf, readPost, type PeoplePost, type Person, type Role } from '../../lib/stats/people';

const T0 = Date.UTC(2026, 10, 2, 12);
let n = 0;
/** A post as stored: text when kept, mentions as recordPost derives them. */
function post(text: string | undefined, extra: Partial<PeoplePost> = {}): PeoplePost {
  n++;
  return {
    id: `p${n}`,
    time: T0 + n * 1000,
    reply: false,
    kind: 'neutral',
    signals: [],
    tags: [],
    mentions: text ? [...new Set((text.match(/@[\p{L}\p{N}_]+/gu) ?? []).map((m) => m.toLowerCase()))] : [],
    ...(text !== undefined && { text }),
    ...extra,
  };
}

const roles = (text: string, extra: Partial<PeoplePost> = {}): Record<string, Role[]> =>
  Object.fromEntries(readPost(post(text, extra)).people.map((m) => [m.ref, [...m.roles].sort()]));

describe('who a post names, and what it does to them', () => {
  it.each<[string, string, Partial<PeoplePost>, Record<string, Role[]>]>([
    ['thanks a handle', 'Big thanks @dana for the review checklist, it saved me an hour.', {}, { '@dana': ['mentioned', 'thanked'] }],
    ['thanks a full name', 'Thank you Maria Lopez for walking me through the build matrix.', {}, { 'Maria Lopez': ['mentioned', 'thanked'] }],
    ['thanks a list', 'Thanks to @ana, @bo and Chris Ng for the feedback.', {}, {
      '@ana': ['mentioned', 'thanked'], '@bo': ['mentioned', 'thanked'], 'Chris Ng': ['mentioned', 'thanked'],
    }],
    ['credits via and h/t', 'Great write-up on caching headers via @kim (h/t @lee)', {}, {
      '@kim': ['credited', 'mentioned'], '@lee': ['credited', 'mentioned'],
    }],
    ['asks a question of someone', '@dana could you take a look at my PR when you have a minute', {}, { '@dana': ['asked', 'mentioned'] }],
    ['a question mark makes a request', 'Hi Priya, what would you use for feature flags?', {}, { Priya: ['asked', 'mentioned'] }],
    ['a reply answers the person it opens with', '@sam the trick is to pin the lockfile and cache ~/.npm between runs.', { reply: true }, {
      '@sam': ['answered', 'mentioned'],
    }],
    ['offers help', 'Happy to help @jo, send me the stack trace.', {}, { '@jo': ['helped', 'mentioned'] }],
    ['Spanish thanks and request', 'Muchas gracias @ana por la charla. @luis ¿puedes pasarme las diapositivas?', {}, {
      '@ana': ['mentioned', 'thanked'], '@luis': ['asked', 'mentioned'],
    }],
    ['German thanks and credit', 'Danke @jonas für den Tipp! Gefunden dank @mia.', {}, {
      '@jonas': ['mentioned', 'thanked'], '@mia': ['credited', 'mentioned'],
    }],
    ['French thanks to a name, request', 'Merci à Élodie Martin pour la relecture. @luc pourrais-tu partager le lien', {}, {
      'Élodie Martin': ['mentioned', 'thanked'], '@luc': ['asked', 'mentioned'],
    }],
    ['Portuguese thanks and credit', 'Obrigada @rui pela ajuda! Dica via @bia', {}, { '@rui': ['mentioned', 'thanked'], '@bia': ['credited', 'mentioned'] }],
    ['a reply answers whom the site shows it answers, named or not', 'Pin the lockfile and cache ~/.npm between runs.', { reply: true, replyTo: ['@sam'] }, {
      '@sam': ['answered', 'replied'],
    }],
    ['the shown reply target wins over the handle the reply opens with', '@bo @sam the trick is to pin the lockfile.', { reply: true, replyTo: ['@sam'] }, {
      '@bo': ['mentioned'], '@sam': ['answered', 'mentioned', 'replied'],
    }],
    ['a reply that asks its target something', 'Did you try pinning the lockfile?', { reply: true, replyTo: ['@sam'] }, { '@sam': ['asked', 'replied'] }],
    ['a reply thanking its target and crediting another', 'Thanks! The fix came via @kim.', { reply: true, replyTo: ['@sam'] }, {
      '@kim': ['credited', 'mentioned'], '@sam': ['answered', 'replied', 'thanked'],
    }],
    ['a reply target on a post that is no reply is ignored', 'Pin the lockfile.', { reply: false, replyTo: ['@sam'] }, {}],
    ['titles are not part of a name, and do not end the sentence', 'Thanks to Dr. Ana Souza and Mrs. Patel for the review.', {}, {
      'Ana Souza': ['mentioned', 'thanked'], Patel: ['mentioned', 'thanked'],
    }],
    ['a capitalised word at the start of a sentence is no person', 'Docker makes this easy. Kubernetes does not. Thanks everyone!', {}, {}],
    ['"say hi to" is no greeting', 'Say hi to Berlin for me', {}, {}],
  ])('%s', (_, text, extra, expected) => {
    expect(roles(text, extra)).toEqual(expected);
  });

  it('reads a text-less record from its stored mentions and signals', () => {
    const stored = post(undefined, { mentions: ['@dana', '@bo'], signals: ['thanks'] });
    expect(Object.fromEntries(readPost(stored).people.map((m) => [m.ref, [...m.roles].sort()]))).toEqual({
      '@dana': ['mentioned', 'thanked'], '@bo': ['mentioned', 'thanked'],
    });
    const reply = post(undefined, { mentions: ['@sam'], reply: true });
    expect([...readPost(reply).people[0]!.roles].sort()).toEqual(['answered', 'mentioned']);
    const question = post(undefined, { mentions: ['@sam'], reply: true, signals: ['question'] });
    expect([...readPost(question).people[0]!.roles].sort()).toEqual(['asked', 'mentioned']);
    // With the reply target stored, it is the one answered, named or not.
    const shown = post(undefined, { mentions: ['@bo'], reply: true, replyTo: ['@sam'] });
    expect(Object.fromEntries(readPost(shown).people.map((m) => [m.ref, [...m.roles].sort()]))).toEqual({
      '@bo': ['mentioned'], '@sam': ['answered', 'replied'],
    });
  });
});

describe('people across posts', () => {
  const pick = (people: Person[]) => people.map((p) => [p.key, p.name, p.gave, p.asked, p.thanked]);

  it('counts gives and asks per person, owed thank-yous first', () => {
    const history = [
      post('@dana can you review my slides?'),
      post('@dana could you share the template please'),
      post('Thanks @dana, the template is perfect.'),
      post('@dana any chance you could intro me to Sam?'),
      post('Thanks @bo for the pointer on flaky tests.'),
      post('Via @kim: a clear guide to HTTP caching.'),
      post('@kim the header you want is Cache-Control: no-store.', { reply: true }),
    ];
    const people = peopleOf(history);
    expect(pick(people)).toEqual([
      ['@dana', '@dana', 1, 3, 1],
      ['@kim', '@kim', 2, 0, 0],
      ['@bo', '@bo', 1, 0, 1],
    ]);
    expect(people[0]!.last).toBe(history[3]!.time);
    expect(people[1]).toMatchObject({ credited: 1, answered: 1, posts: 2 });
  });

  it('counts replies to a person where the site showed whom the reply answers', () => {
    const history = [
      post('The trick is to pin the lockfile.', { reply: true, replyTo: ['@sam'] }),
      post('@sam agreed, and cache ~/.npm too.', { reply: true, replyTo: ['@sam'] }),
      post('@sam can you share the config?'),
      post('Nice one!', { reply: true }),
    ];
    const [sam, ...others] = peopleOf(history);
    expect(sam).toMatchObject({ key: '@sam', replied: 2, answered: 2, asked: 1, posts: 3 });
    expect(others).toEqual([]);
  });

  it('folds a name and a handle the same post shows together, and case and accents', () => {
    const history = [
      post('Huge thanks to María López (@mlopez) for the talk.'),
      post('Thank you maria lopez for the slides'),
      post('Thank you Maria Lopez for the slides'),
      post('@MLopez could you send the recording?'),
    ];
    const people = peopleOf(history);
    expect(pick(people)).toEqual([['@mlopez', 'María López', 2, 1, 2]]);
  });

  it('keeps a display name without a handle apart, and applies hand merges and hides', () => {
    const history = [post('Thanks Dana for the review.'), post('@dana can you look again?'), post('Thanks @bo!')];
    expect(pick(peopleOf(history)).map((row) => row[0])).toEqual(['@dana', '@bo', 'name:dana']);
    const corrected = peopleOf(history, { merged: { 'name:dana': '@dana' }, hidden: ['@bo'] });
    // The merged name becomes how they are shown.
    expect(pick(corrected)).toEqual([['@dana', 'Dana', 1, 1, 1]]);
  });
});
