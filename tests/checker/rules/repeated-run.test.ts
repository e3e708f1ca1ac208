import rule from '../../../lib/checker/rules/repeated-run';
import { testRule } from '../rule-tester';

testRule(rule, {
  valid: [
    'Amen 🙏🙏🙏',
    { text: 'Results:\n📈 14 new clients\n📈 3 international projects\n📈 Revenue up 62%', note: 'emoji bullets are structure' },
    'One thing that works, one thing to fix, one question. That is the whole feedback format.',
    { text: 'no no no, not that glaze', note: 'emphasis, said once' },
    'What do you guys want to see next? 👇👇',
  ],
  invalid: [
    {
      text: 'SALE SALE SALE 🛍️🛍️🛍️ everything 25% off!! SALE SALE SALE ends tonight SALE SALE SALE 🛍️🛍️🛍️',
      flags: ['SALE SALE SALE', 'SALE SALE SALE', '🛍️🛍️🛍️'],
    },
    { text: 'Grateful 🙏🙏🙏🙏🙏🙏🙏🙏 #grateful #grateful #blessed #blessed', flags: ['🙏🙏🙏🙏🙏🙏🙏🙏', '#grateful', '#blessed'] },
    { text: 'Handmade wallets #handmade #leather #handmade #shopsmall #shopsmall #shopsmall', flags: ['#handmade', '#shopsmall'] },
    {
      text: 'Our workshop has four seats left this spring. Sign up soon. Our workshop has four seats left this spring.',
      flags: ['Our workshop has four seats left this spring'],
    },
  ],
});
