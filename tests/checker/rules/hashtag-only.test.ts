import rule from '../../../lib/checker/rules/hashtag-only';
import { testRule } from '../rule-tester';

testRule(rule, {
  valid: ['Sunset at the harbour #photography', '#TIL you can freeze ginger and grate it frozen', 'Nothing tagged here at all.'],
  invalid: [
    { text: '#sunset #beach #vibes #summer #nofilter', flags: ['#sunset #beach #vibes #summer #nofilter'] },
    { text: '  #mondaymotivation 💪\n', flags: ['#mondaymotivation 💪'] },
    { text: '🌸 #spring #garden 🌷', flags: ['🌸 #spring #garden 🌷'] },
  ],
});
