import { describe, expect, it } from 'vitest';
import { echoNote, echoWeeks, meetingFor, nudgeFor, slotChoices, weeklyReview } from '../../lib/stats/people-insights';
import { echoNoteText, invitationText, nudgeText, suggestionText } from '../../lib/stats/people-text';
import type { PeoplePost } from '../../lib/stats/people';

const DAY = 86_400_000;
const NOW = Date.UTC(2026, 10, 30, 18);
let n = 0;
/** A stored post `daysAgo` days before NOW. */
function post(daysAgo: number, text: string, extra: Partial<PeoplePost> = {}): PeoplePost {
  n++;
  return {
    id: `q${n}`,
    time: NOW - daysAgo * DAY,
    reply: false,
    kind: 'neutral',
    signals: [],
    tags: [...new Set((text.match(/#\p{L}+/gu) ?? []).map((t) => t.slice(1).toLowerCase()))],
    mentions: [...new Set((text.match(/@[\p{L}\p{N}_]+/gu) ?? []).map((m) => m.toLowerCase()))],
    text,
    ...extra,
  };
}

describe('reciprocity nudge', () => {
  const asksDana = [
    post(20, '@dana can you review my talk outline?'),
    post(12, '@dana could you share your slide template?'),
    post(9, 'Thanks @dana, the template is great.'),
    post(3, '@dana any chance you could intro me to your editor?'),
  ];

  it('speaks when someone was asked 3 times this month and thanked once', () => {
    const nudge = nudgeFor(asksDana, NOW);
    expect(nudge).toEqual({ id: 'reciprocity:@dana', kind: 'reciprocity', key: '@dana', name: '@dana', asked: 3, thanked: 1 });
    expect(nudgeText(nudge!, 'en')).toBe('You asked @dana for something 3 times in the last 30 days and thanked them once.');
  });

  it('stays quiet for asks older than 30 days, and once dismissed falls back to a give idea', () => {
    expect(nudgeFor(asksDana, NOW + 25 * DAY)).toBeUndefined();
    const idea = nudgeFor(asksDana, NOW, { dismissed: ['reciprocity:@dana'] });
    expect(idea).toMatchObject({ kind: 'give-idea', key: '@dana', askedAt: asksDana[3]!.time });
    expect(nudgeText(idea!, 'en', 'UTC')).toBe('A give idea: thank @dana for the help you asked for on Friday.');
    expect(nudgeFor(asksDana, NOW, { dismissed: ['reciprocity:@dana', idea!.id] })).toBeUndefined();
  });

  it('gives no idea for someone given to after the ask, and shows one nudge only', () => {
    const history = [post(5, '@bo can you check my config?'), post(4, 'Thanks @bo for catching that typo.')];
    expect(nudgeFor(history, NOW)).toBeUndefined();
    const both = [...asksDana, post(2, '@kim can you send the link?'), post(2, '@kim could you add me?'), post(1, '@kim please review')];
    // Kim: asked 3, thanked 0 (gap 3) beats Dana (gap 2).
    expect(nudgeFor(both, NOW)).toMatchObject({ key: '@kim', asked: 3, thanked: 0 });
    expect(nudgeText(nudgeFor(both, NOW)!, 'en')).toContain("haven't thanked them yet");
  });
});

describe('meeting suggestion', () => {
  const sam = [
    post(18, '@sam the trick is to pin the lockfile.', { reply: true }),
    post(10, 'Thanks @sam for the benchmark numbers.'),
    post(6, '@sam what did you measure it on?'),
    post(2, 'Great thread on build caches via @sam'),
  ];

  it('suggests a call after 4 exchanges within three weeks, not after 3, not when spread out', () => {
    expect(meetingFor(sam, NOW)).toEqual({ id: 'meeting:@sam', key: '@sam', name: '@sam', exchanges: 4 });
    expect(meetingFor(sam.slice(1), NOW)).toBeUndefined();
    expect(meetingFor(sam, NOW + 5 * DAY)).toBeUndefined();
    expect(meetingFor(sam, NOW, { dismissed: ['meeting:@sam'] })).toBeUndefined();
  });

  it('offers working-day slots and an invitation that lists the picked times', () => {
    const friday = new Date(2026, 10, 27, 15).getTime(); // a Friday afternoon, local time
    const slots = slotChoices(friday, 2);
    expect(slots).toHaveLength(6);
    expect(slots.map((s) => new Date(s).getDay())).toEqual([1, 1, 1, 2, 2, 2]);
    expect(slots.map((s) => new Date(s).getHours())).toEqual([9, 12, 16, 9, 12, 16]);
    const picked = [Date.UTC(2026, 11, 1, 9, 30), Date.UTC(2026, 11, 2, 16)];
    expect(invitationText('@sam', picked, 'en', 'UTC')).toBe(
      "Hi sam, I've enjoyed our conversations lately. Would you like to have a call or a coffee? I'm free Tuesday, December 1 at 09:30 AM or Wednesday, December 2 at 04:00 PM. Would one of those work for you?",
    );
  });
});

describe('echo chamber', () => {
  it('counts distinct people and topics per week over 8 weeks', () => {
    const history = [
      post(1, 'Thanks @a for #rust tips'),
      post(2, '@b can you check #rust #wasm?'),
      post(3, 'Via @a: #rust'),
      post(10, 'Thanks @c #design'),
      post(60, 'Too old @z #old'),
    ];
    const weeks = echoWeeks(history, NOW);
    expect(weeks).toHaveLength(8);
    expect(weeks[7]).toMatchObject({ posts: 3, people: 2, topics: 2 });
    expect(weeks[6]).toMatchObject({ posts: 1, people: 1, topics: 1 });
    expect(weeks.slice(0, 6).every((w) => w.posts === 0)).toBe(true);
  });

  it('notes when the last posts all went to two people, and stays quiet when they reach more', () => {
    const narrow = [1, 2, 3, 4, 5].map((d) => post(d, d % 2 ? 'Thanks @ana for this' : '@bo what do you think?'));
    const note = echoNote(narrow);
    expect(note).toEqual({ kind: 'few-people', names: ['@ana', '@bo'], posts: 5 });
    expect(echoNoteText(note!, 'en')).toBe(
      'Your last 5 posts that named someone all went to @ana and @bo. Who else could you answer or thank?',
    );
    expect(echoNote([...narrow, post(0.5, 'Thanks @cy'), post(0.4, 'Thanks @di')])).toBeUndefined();
  });

  it('notes one topic, in the page language', () => {
    const oneTopic = [1, 2, 3, 4, 5].map((d) => post(d, `Notes on #rust part ${d}`));
    const note = echoNote(oneTopic);
    expect(note).toEqual({ kind: 'one-topic', topic: 'rust', posts: 5 });
    expect(echoNote([...oneTopic, post(0.5, 'On #design')])).toBeUndefined();
  });
});

describe('weekly review', () => {
  it('counts the week, picks the most giving post, names the people thanked and one suggestion', () => {
    const history = [
      post(10, 'Thanks @old for last month', { kind: 'give', scores: { give: 9, take: 0, missing: 0, repeat: 0 } }),
      post(6, 'Thanks @ana for the review. Thanks @bo too!', { kind: 'give', scores: { give: 2, take: 0, missing: 0, repeat: 0 } }),
      post(4, 'Here is how I cut CI time in half: cache, shard, fail fast.', { kind: 'give', scores: { give: 4, take: 0, missing: 0, repeat: 0 } }),
      post(3, 'Buy my course', { kind: 'take', scores: { give: 0, take: 3, missing: 0, repeat: 0 } }),
      post(1, 'Thanks @bo again!', { kind: 'give', scores: { give: 1.5, take: 0, missing: 0, repeat: 0 } }),
    ];
    const review = weeklyReview(history, NOW);
    expect(review.gives).toBe(3);
    expect(review.takes).toBe(1);
    expect(review.mostGiving?.id).toBe(history[2]!.id);
    expect(review.thanked).toEqual(['@bo', '@ana']);
    expect(review.suggestion).toEqual({ kind: 'answer-one' });
    expect(suggestionText(review.suggestion, 'en')).toBe(
      "Answer one real question in your field for someone you haven't talked with yet.",
    );
  });

  it('suggests the nudge first when there is one, and handles a week without posts', () => {
    const history = [post(5, '@dana can you?'), post(4, '@dana could you?'), post(3, '@dana please?')];
    expect(weeklyReview(history, NOW).suggestion).toMatchObject({ kind: 'nudge', nudge: { key: '@dana', asked: 3 } });
    const empty = weeklyReview([], NOW);
    expect(empty).toMatchObject({ gives: 0, takes: 0, thanked: [] });
    expect(empty.mostGiving).toBeUndefined();
  });
});
