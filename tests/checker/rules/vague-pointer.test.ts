import rule from '../../../lib/checker/rules/vague-pointer';
import { testRule } from '../rule-tester';

testRule(rule, {
  valid: [
    {
      text: 'Thank you so much for this!! Your analogy for the Krebs cycle is the only reason I remembered the steps.',
      ctx: { reply: true },
      note: '"this" is what the thanks are for',
    },
    { text: 'Check this out: our county library publishes daily checkout counts as open CSVs, and the 2020 dip is obvious.', note: 'says what it is' },
    { text: "Just talked with folks at @CUBoulder. Chancellor's decision about whether to close campus Monday is coming soon.", note: 'says what is coming and from whom' },
    { text: 'UA&P uses its BEA and CATALYST accounts for @uapasia donations. Please check this out', note: 'the post says what the pointer points at' },
    { text: 'Die Entscheidung der Stadt Köln über die Schulen am Montag kommt bald, bleibt dran', ctx: { lang: 'de' }, note: 'says what is coming and from whom' },
    'Thoughts on the new zoning rules after reading all 80 pages: the parking minimums are gone, which matters more than the height limit.',
    'Stay tuned for part two on Friday, where I cover the 3 glaze recipes that failed and why.',
  ],
  invalid: [
    { text: 'thoughts? 👀', flags: ['thoughts?'] },
    { text: 'Check this out!! 😮 dailywonder.example.net/watch?v=1', flags: ['Check this out'] },
    { text: 'Exciting things coming soon... 👀 Stay tuned!', flags: ['Exciting things coming', 'Stay tuned'] },
    { text: 'What do you guys want to see next? 👇👇', flags: ['What do you guys want to see next?'] },
    { text: '¿Qué opináis? 🤔', ctx: { lang: 'es' }, flags: ['¿Qué opináis?'] },
    { text: 'Check this out @dana 👀', flags: ['Check this out'] },
  ],
});
