import rule from '../../../lib/checker/rules/own-brand';
import { testRule } from '../rule-tester';

const own = { brands: ['Fernhollow Studio'], domains: ['fernhollow.studio'] };

testRule(rule, {
  valid: [
    { text: 'Fernhollow Studio is open late on Thursdays.', note: 'no own brands set' },
    {
      text: 'We redesigned a taquería menu: dropped the $ signs, moved the best combo to the top right, and cut 46 items to 29. Average ticket went up 11%. — notes from the Fernhollow Studio desk',
      ctx: { own },
      note: 'a signature under a real lesson',
    },
    { text: 'The Fern Hollow bridge reopened today.', ctx: { own }, note: 'a different name' },
    { text: 'Our portfolio is at fernhollow.studio/work', ctx: { own }, note: 'links are own-link’s job' },
  ],
  invalid: [
    { text: 'Fernhollow Studio is now booking for spring!', ctx: { own }, flags: ['Fernhollow Studio'] },
    { text: 'Another great week at #FernhollowStudio 🎨', ctx: { own }, flags: ['#FernhollowStudio'] },
    { text: 'fernhollow studio turns 5 today', ctx: { own }, flags: ['fernhollow studio'] },
  ],
});
