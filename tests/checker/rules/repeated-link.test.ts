import { describe, expect, it } from 'vitest';
import { fingerprint, HistoryIndex } from '../../../lib/checker/history';
import rule from '../../../lib/checker/rules/repeated-link';
import { runRule, testRule } from '../rule-tester';

const now = Date.UTC(2026, 10, 23);
const earlier = [
  'thoughts? pinecrest.example.com/2024/11/small-shops?utm_source=twitter',
  'Donate here: givecircle.example.org/westside-choir?src=fb2',
  'Watch the talk https://youtu.be/abc123',
];

const longAgo = new HistoryIndex();
longAgo.add(fingerprint(earlier[0]!, 'old', now - 400 * 86_400_000));

testRule(rule, {
  valid: [
    { text: 'A different article: pinecrest.example.com/2024/12/winter-markets', ctx: { history: earlier, now } },
    { text: 'pinecrest.example.com/2024/11/small-shops', ctx: {}, note: 'no history' },
    { text: 'Same site, other page: givecircle.example.org/about', ctx: { history: earlier, now } },
    { text: 'pinecrest.example.com/2024/11/small-shops', ctx: { history: longAgo, now }, note: 'shared more than a year ago' },
  ],
  invalid: [
    {
      text: 'pinecrest.example.com/2024/11/small-shops?utm_source=twitter&utm_medium=social',
      ctx: { history: earlier, now },
      flags: ['pinecrest.example.com/2024/11/small-shops?utm_source=twitter&utm_medium=social'],
    },
    { text: 'Only 5 days left! https://givecircle.example.org/westside-choir?src=fb3', ctx: { history: earlier, now }, flags: ['https://givecircle.example.org/westside-choir?src=fb3'] },
    { text: 'Still the best talk on the subject: https://www.youtube.com/watch?v=abc123&t=42', ctx: { history: earlier, now }, flags: ['https://www.youtube.com/watch?v=abc123&t=42'] },
  ],
});

describe('repeated-link findings', () => {
  it('say when, where and how often, with the specifics as data', () => {
    const history = new HistoryIndex();
    history.add(fingerprint('Donate here: givecircle.example.org/westside-choir?src=fb', 'a', now - 9 * 86_400_000, true, 'facebook'));
    history.add(fingerprint('Every dollar counts: givecircle.example.org/westside-choir?src=fb2', 'b', now - 2 * 86_400_000, true, 'instagram'));
    const [hit] = runRule(rule, 'Last days! givecircle.example.org/westside-choir?src=fb3', { history, now });
    expect(hit!.data).toEqual({ days: 2, site: 'instagram', times: 2, preview: 'Every dollar counts: givecircle.example.org/westside-choir?src=fb2' });
    expect(hit!.messageId).toBe('repeatedLinkTimes');
    expect(hit!.message).toMatch(/^You shared this link in your post on Instagram 2 days ago .*, 2 times in all\.$/);
  });
});
