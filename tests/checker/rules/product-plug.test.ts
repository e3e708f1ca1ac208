import rule from '../../../lib/checker/rules/product-plug';
import { testRule } from '../rule-tester';

testRule(rule, {
  valid: [
    { text: 'My newsletter goes out on Sundays, I write it on the train.', note: 'no link or ask: news, not a plug' },
    { text: 'I love my local coffee shop, they know my order by heart: oat flat white.', note: 'a shop that is not yours' },
    {
      text: 'My new course is live. The most useful thing from lesson 1: write the sentence your chart should prove before picking the chart type. Most bad charts skip that step. Full course at vizcraft.example.io',
      note: 'the post teaches; the plug yields',
    },
    'Our county library publishes daily checkout counts as open CSVs: a great teaching dataset. data.example.org/library',
  ],
  invalid: [
    { text: "if you like my posts you'll LOVE my newsletter 🌷 petalandplough.example.news/subscribe", flags: ['my newsletter'] },
    { text: '@ms_ortega I cover exactly this in my Fraction Fun Pack bundle 😊 teachbright.example.com/fractions', flags: ['my Fraction Fun Pack'] },
    { text: 'Check out our new collection, link in bio!', flags: ['our new collection'] },
    { text: 'I just opened my shop, link in bio 🙏', flags: ['my shop'] },
  ],
});
