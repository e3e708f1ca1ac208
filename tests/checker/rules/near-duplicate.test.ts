import rule from '../../../lib/checker/rules/near-duplicate';
import { testRule } from '../rule-tester';

const earlier = [
  'Our spring pottery workshop has 4 seats left. Wheel throwing basics, all clay included, Saturdays in April.',
  'Three things I learned shipping a Rust CLI: keep errors human, test on Windows early, and ship a man page.',
  '#OpenToWork After 6 years as a middle school science teacher, I am moving into instructional design. Looking for roles in learning design and curriculum. Please like and comment to help this reach recruiters!',
];
const now = Date.UTC(2026, 10, 23);

testRule(rule, {
  valid: [
    { text: 'Three things I learned shipping a Go service: logs are an API, time out everything, measure first.', ctx: { history: earlier, now } },
    { text: 'A completely new thought about glaze chemistry and why cone 6 changed everything for me.', ctx: { history: earlier, now } },
    { text: 'Our spring pottery workshop has 4 seats left. Wheel throwing basics, all clay included, Saturdays in April.', ctx: {}, note: 'no history' },
    {
      text: 'Follow-up on the workshop: 9 of 12 students threw a cylinder taller than 10 cm by week three. Centering drills first made the difference.',
      ctx: { history: earlier, now },
      note: 'same subject, new results',
    },
    {
      text: 'Great question! The trick is to proof at room temperature first.',
      ctx: { history: ['Great question! Try proofing it in the fridge overnight instead.'], now, reply: true },
      note: 'two replies sharing an opener and one word are not one message',
    },
  ],
  invalid: [
    {
      text: 'New blog post: why we moved off Kubernetes and saved 60% on hosting',
      ctx: { history: ['We moved off Kubernetes and cut hosting by 60%. Full story on the blog.'], now },
      flags: ['New blog post: why we moved off Kubernetes and saved 60% on hosting'],
    },
    {
      text: 'Our spring pottery workshop has 4 seats left. Wheel throwing basics, all clay included, Saturdays in April.',
      ctx: { history: earlier, now, sensitivity: 'gentle' },
      flags: ['Our spring pottery workshop has 4 seats left. Wheel throwing basics, all clay included, Saturdays in April.'],
    },
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
    {
      text: 'Still looking for my next role in instructional design! Former middle school science teacher, 6 years, curriculum and learning design. Please share so this reaches recruiters 🙏 #OpenToWork',
      ctx: { history: earlier, now },
      flags: ['Still looking for my next role in instructional design! Former middle school science teacher, 6 years, curriculum and learning design. Please share so this reaches recruiters 🙏 #OpenToWork'],
    },
  ],
});
