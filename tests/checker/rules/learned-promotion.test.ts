import rule from '../../../lib/checker/rules/learned-promotion';
import { testRule } from '../rule-tester';

// The spans are the words the shipped weights weighed most; retraining (npm run train) may move them.
testRule(rule, {
  valid: [
    { text: 'Congrats!!', ctx: { reply: true }, note: 'brief warmth to someone else' },
    { text: 'Proud of my team, thank you Ana, Ben and Chidi', note: 'thanks naming people' },
    { text: 'Huge thanks to Maya for reviewing all 40 pull requests this week', note: 'thanks for something specific' },
    { text: 'Magnitude 5.1 earthquake 40 km north of the city at 2:14am, no damage reported so far', note: 'informative, with numbers' },
    { text: 'Shelter at Lincoln High has 120 beds left and accepts pets, bring ID', note: 'informative, with numbers' },
    { text: 'lemon bars sold out in 20 minutes', note: 'news of a bake sale, not an ask' },
    {
      text: "Tip that took me 3 years: if your glaze crawls, it's dust or oil on the bisque. Wipe every piece with a damp sponge before glazing. I made a video on my channel showing it, link below",
      note: 'the post gives the lesson itself; a pointer to more is fine',
    },
    { text: 'Abonnez-vous à ma chaîne', note: 'the call-to-action rule names this ask with its own advice' },
  ],
  invalid: [
    { text: 'Subscribe ME!', flags: ['Subscribe'] },
    { text: 'Subscribe my channel', flags: ['Subscribe my channel'] },
    { text: 'help me get 50 subs', flags: ['me get 50 subs'] },
    { text: 'please upvote', flags: ['upvote'] },
    { text: 'check out my chanel plz', flags: ['out my chanel plz'] },
    { text: 'Suscribe to my chanel', flags: ['Suscribe to my chanel'] },
    { text: 'DMs open, reposts hugely appreciated', flags: ['DMs open, reposts hugely appreciated'] },
    { text: 'new video is up, go watch it and subscribe', flags: ['subscribe'] },
    { text: 'Besucht meine Webseite, danke', flags: ['Besucht meine Webseite'] },
  ],
});
