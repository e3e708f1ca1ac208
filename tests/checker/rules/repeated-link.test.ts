import { fingerprint, HistoryIndex } from '../../../lib/checker/history';
import rule from '../../../lib/checker/rules/repeated-link';
import { testRule } from '../rule-tester';

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
