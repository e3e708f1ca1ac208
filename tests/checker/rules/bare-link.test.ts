import rule from '../../../lib/checker/rules/bare-link';
import { testRule } from '../rule-tester';

testRule(rule, {
  valid: [
    'Julia Evans explains DNS caching better than any RFC: the TTL diagrams alone are worth it. https://wizardzines.com/dns',
    'No link here, just a thought about the weather turning cold.',
    'This benchmark shows SQLite beating Postgres for single-writer workloads under 1k rps: https://example.com/bench',
  ],
  invalid: [
    { text: 'https://example.com/article', flags: ['https://example.com/article'] },
    { text: 'Check this out! https://blog.example.org/post?id=4', flags: ['https://blog.example.org/post?id=4'] },
    { text: 'Must read 👉 example.com/guide.', flags: ['example.com/guide'] },
    { text: 'Interesting read www.example.com/x #tech', flags: ['www.example.com/x'] },
  ],
});
