import rule from '../../../lib/checker/rules/near-duplicate';
import { testRule } from '../rule-tester';

const earlier = [
  'Our spring pottery workshop has 4 seats left. Wheel throwing basics, all clay included, Saturdays in April.',
  'Three things I learned shipping a Rust CLI: keep errors human, test on Windows early, and ship a man page.',
];
const now = Date.UTC(2026, 10, 23);

testRule(rule, {
  valid: [
    { text: 'Three things I learned shipping a Go service: logs are an API, time out everything, measure first.', ctx: { history: earlier, now } },
    { text: 'A completely new thought about glaze chemistry and why cone 6 changed everything for me.', ctx: { history: earlier, now } },
    { text: 'Our spring pottery workshop has 4 seats left. Wheel throwing basics, all clay included, Saturdays in April.', ctx: {}, note: 'no history' },
  ],
  invalid: [
    {
      text: 'Our spring pottery workshop has 4 seats left. Wheel throwing basics, all clay included, Saturdays in April.',
      ctx: { history: earlier, now },
      flags: ['Our spring pottery workshop has 4 seats left. Wheel throwing basics, all clay included, Saturdays in April.'],
    },
    {
      text: '  ICYMI: our spring pottery workshop has 4 seats left! Wheel throwing basics, all clay included, Saturdays in April. #pottery\n',
      ctx: { history: earlier, now },
      flags: ['ICYMI: our spring pottery workshop has 4 seats left! Wheel throwing basics, all clay included, Saturdays in April. #pottery'],
    },
    {
      text: 'Three things I learned shipping a Rust CLI: keep errors human, test on Windows early and ship man pages.',
      ctx: { history: earlier, now },
      flags: ['Three things I learned shipping a Rust CLI: keep errors human, test on Windows early and ship man pages.'],
    },
  ],
});
