import rule from '../../../lib/checker/rules/empty-platitude';
import { testRule } from '../rule-tester';

testRule(rule, {
  valid: [
    'Consistency is key: I posted one glaze test every day for 90 days and my sales doubled, mostly from people who watched the whole series.',
    { text: 'Shipped the new release today #motivation', note: 'a tag alone is not a platitude' },
    'Keep going: the second coat always looks worse before it dries. Wait 20 minutes before judging it.',
  ],
  invalid: [
    {
      text: "Success isn't about how many times you fall.\n\nIt's about how many times you get back up.\n\nKeep going. 🚀\n\n#motivation #mindset",
      flags: ["Success isn't about how many times you fall.\n\nIt's about how many times you get back up.\n\nKeep going."],
    },
    { text: 'Grateful. Blessed. Motivated. 🙏', flags: ['Grateful. Blessed. Motivated.'] },
    { text: 'Never give up on your dreams 💪', flags: ['Never give up on your dreams 💪'] },
    { text: 'Nunca te rindas. Cree en ti. 💫', ctx: { lang: 'es' }, flags: ['Nunca te rindas. Cree en ti.'] },
  ],
});
