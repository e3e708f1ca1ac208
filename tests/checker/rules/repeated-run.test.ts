import rule from '../../../lib/checker/rules/repeated-run';
import { testRule } from '../rule-tester';

testRule(rule, {
  valid: [
    'Amen 🙏🙏🙏',
    { text: 'Results:\n📈 14 new clients\n📈 3 international projects\n📈 Revenue up 62%', note: 'emoji bullets are structure' },
    'One thing that works, one thing to fix, one question. That is the whole feedback format.',
    { text: 'no no no, not that glaze', note: 'emphasis, said once' },
    'What do you guys want to see next? 👇👇',
    { text: '✨✨✨ GIVEAWAY ✨✨✨ win a tote bag from the studio 🎁🎁🎁', note: 'a frame around a title is decoration' },
    { text: '🎉🎉 We did it 🎉🎉', note: 'a frame around a short line' },
    { text: 'haha haha haha, you got me', note: 'three times is a laugh, not padding' },
    { text: 'Ready? 🚀🚀 Launch is Tuesday 🚀🚀', note: 'a short group twice' },
  ],
  invalid: [
    { text: 'lol lol lol lol lol lol lol', flags: ['lol lol lol lol lol lol lol'] },
    { text: 'no no no no no no. just no.', flags: ['no no no no no no'] },
    {
      text: '🚀🚀 Token $LUA vai explodir!! Entra no grupo antes que seja tarde 🚀🚀 link na bio 🚀🚀',
      flags: ['🚀🚀', '🚀🚀'],
    },
    { text: '🔥🔥🔥 NEW DROP 🔥🔥🔥 hoodies, tees and caps are back in the shop this Friday 🔥🔥🔥', flags: ['🔥🔥🔥', '🔥🔥🔥'] },
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
