import rule from '../../../lib/checker/rules/own-link';
import { testRule } from '../rule-tester';

const own = { brands: ['Makers Math'], domains: ['makersmath.co'] };

testRule(rule, {
  valid: [
    { text: 'honestly the best guide to pricing I have found 👇 makersmath.co/pricing', note: 'no own domains set' },
    { text: 'The IRS small business workshops are free: irs.example.gov/workshops', ctx: { own } },
    {
      text: '3 pricing mistakes I see every week:\n\n1. Forgetting your own time in the cost. Add it, even at a low rate.\n2. Rounding down to look friendly. Round up and explain the value.\n3. Never raising prices. Raise them a little every January.\n\nI go deeper in my workshop at makersmath.co, but these three cover most of it.',
      ctx: { own },
      note: 'the lesson is in the post: a link to your own site is a bonus',
    },
    { text: 'Another maker’s site: mathmakers.example.com/blog', ctx: { own } },
  ],
  invalid: [
    { text: 'honestly the best guide to pricing handmade goods 👇 makersmath.co/pricing-guide?utm_source=x', ctx: { own }, flags: ['makersmath.co/pricing-guide?utm_source=x'] },
    { text: 'New templates are up: https://shop.makersmath.co/templates', ctx: { own }, flags: ['https://shop.makersmath.co/templates'] },
    { text: 'Details at www.makersmath.co and bookings at https://makersmath.co/book', ctx: { own }, flags: ['www.makersmath.co', 'https://makersmath.co/book'] },
    { text: 'Spring class list: makersmath.co/classes', ctx: { own: { brands: [], domains: ['https://www.MakersMath.co/'] } }, flags: ['makersmath.co/classes'] },
  ],
});
