import rule from '../../../lib/checker/rules/humblebrag';
import { testRule } from '../rule-tester';

testRule(rule, {
  valid: [
    { text: 'Just released from the holding area at the airport after six hours, heading home now.', note: 'released from: a person let go, not a product out' },
    { text: 'Brush fire on the ridge above Route 9, two crews on scene, road closed north of the bridge. More to come.', note: 'a report promising updates, not a launch teaser' },
    'We shipped dark mode today. The hardest part was images: we added a 10% dim filter because pure white burned eyes at night.',
    {
      text: 'Thrilled to share that I start as an instructional designer on Monday! What worked after 4 months: 1. I rebuilt my portfolio around 3 real projects. 2. I turned teaching wins into metrics. 3. I joined a local chapter and got my referral there.',
      note: 'news with the lessons that got there',
    },
    'The river is out of its banks again, stay off the towpath this week.',
    {
      text: 'Just published: how we cut our AWS bill by 40% in 3 steps (reserved instances, killing idle dev boxes, and moving logs to cold storage).',
      note: 'the announcement lists what it counts, so the substance is in the post',
    },
    { text: 'Proud of my team this quarter. Thank you Ana, Ben and Chidi for carrying the release through the outage.', note: 'pride that thanks people by name is credit' },
    { text: 'OpenAI just dropped their new coding agent. I have had it for a week and it is good.', note: 'somebody else’s launch' },
    { text: 'City officials have released new video footage from the day of the storm.', note: 'news about others' },
    { text: 'A new indie game called MEATSHOT just dropped and it looks wild.', note: 'somebody else’s release' },
    { text: 'THIS is what I voted for, keep going!', note: 'a vote, not being voted best' },
    { text: 'Meet me at the north entrance at 6, I will bring the spare tent.', note: '"meet" before a pronoun is a plan, not a launch' },
    { text: 'Introducing solids to a six month old: start with one food at a time and wait three days before the next.', note: 'a how-to, not a launch' },
    { text: 'So proud of our team today, thank you Maya and Jonas for staying late to fix the printer queue.', note: 'credit to named people' },
    { text: 'The shelter at Lincoln High is now open for evacuees', note: 'someone else’s news: another subject before "is now open"' },
  ],
  invalid: [
    { text: 'Our new shop is now open', flags: ['is now open'] },
    { text: 'This is now live', flags: ['is now live'] },
    { text: "I'm humbled and honored to share that I've been named one of the 30 Designers to Watch 🙏", flags: ["I'm humbled and honored to share", 'named one of'] },
    { text: 'Closed our biggest quarter ever at Oakline 🚀 Proud of this team.', flags: ['biggest quarter ever', 'Proud of this team'] },
    { text: 'just checked and my shop crossed 10,000 sales this morning 🥹', flags: ['crossed 10,000 sales'] },
    { text: 'New zine out now! 24 pages of comics.', flags: ['out now'] },
    { text: 'Excited to announce our Series A! 🚀', flags: ['Excited to announce'] },
    { text: 'Je suis ravi d’annoncer que j’ai rejoint Acme en tant que directeur marketing !', ctx: { lang: 'fr' }, flags: ['Je suis ravi d’annoncer'] },
    { text: 'We just closed our $12M Series A led by Foundry! Huge milestone for the team.', flags: ['closed our $12M Series A', 'Huge milestone'] },
    { text: 'Excited to share: 3 big wins (10k followers, a new studio, and our first podcast)!', flags: ['Excited to share'] },
    { text: 'Just published: 3 steps to a better resume, more in the newsletter', flags: ['Just published'] },
    { text: 'We just launched our app on the App Store!', flags: ['We just launched'] },
    { text: 'So happy: my shop just opened its doors downtown', flags: ['just opened'] },
    { text: 'I was voted best new bakery in town 🥐', flags: ['voted best'] },
    { text: 'Our new site is now live!', flags: ['is now live'] },
    { text: 'Introducing Ping Links: payments from any wallet, one link away.', flags: ['Introducing'] },
    { text: 'Our game is now available on Steam! 🎮', flags: ['is now available on Steam'] },
    { text: "Today we launched R2 Local Uploads for faster uploads.", flags: ['Today we launched'] },
    { text: 'Presentamos Lumen, la app de notas que se sincroniza sola.', ctx: { lang: 'es' }, flags: ['Presentamos'] },
  ],
});
