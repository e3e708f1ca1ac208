import rule from '../../../lib/checker/rules/affiliate-link';
import { testRule } from '../rule-tester';

testRule(rule, {
  valid: [
    'The Open Color Atlas is free and made by a nonprofit: colorforall.example.org/atlas',
    { text: 'Great write-up on caching: https://blog.example.com/cache?ref=reddit', note: 'ref=reddit is a source tag, not a referral id' },
    'Read the docs at https://docs.example.com/start?utm_source=x before you install.',
    { text: 'Not affiliated, just love what they do: toollibrary.example.org', note: 'a disclaimer of affiliation is not an affiliate link' },
  ],
  invalid: [
    { text: 'Best headphones I own, grab them here: https://amzn.to/3xYz12', flags: ['https://amzn.to/3xYz12'] },
    { text: 'My favourite pan https://www.amazon.com/dp/B000123?tag=kitchen-20', flags: ['https://www.amazon.com/dp/B000123?tag=kitchen-20'] },
    { text: 'Sign up with my referral link: app.example.io/join?ref=ANNA2024', flags: ['referral link', 'app.example.io/join?ref=ANNA2024'] },
    { text: 'Loving this serum #ad', flags: ['#ad'] },
    { text: 'Links below are affiliate links, I may earn a small commission.', flags: ['affiliate links', 'I may earn a small commission'] },
  ],
});
