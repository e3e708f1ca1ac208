import rule from '../../../lib/checker/rules/call-to-action';
import { testRule } from '../rule-tester';

testRule(rule, {
  valid: [
    'Pottery tip: wipe every bisque piece with a damp sponge before glazing. It fixed most of my crawling.',
    { text: 'I finally unsubscribed from every newsletter I never read. Inbox zero feels great.', note: 'unsubscribed is not subscribe' },
    'The follow-up study found the effect shrinks by half after six months.',
    'How do I order the columns in a pivot table by date? Tried sorting the source, no luck.',
    'Thanks @maria for the retry tip, it fixed our flaky deploys.',
  ],
  invalid: [
    { text: 'New drop is live! Link in bio 🔥', flags: ['Link in bio'] },
    { text: 'Use my code SAVE20 at checkout and follow me for more deals', flags: ['Use my code', 'follow me for more'] },
    { text: 'If you liked this, please RT and DM me for the full guide.', flags: ['please RT', 'DM me for'] },
    { text: 'Like and share so it reaches more people!', flags: ['Like and share'] },
    { text: 'Smash that like button and subscribe to my channel', flags: ['Smash that like button', 'subscribe to my'] },
  ],
});
