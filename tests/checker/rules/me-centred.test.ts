import rule from '../../../lib/checker/rules/me-centred';
import { testRule } from '../rule-tester';

testRule(rule, {
  valid: [
    {
      text: 'I honestly thought I would hate the book my aunt gave me, but I read it in two nights and I cried at the end. I still think about it on my walks.',
      note: 'full of “I”, but a personal story: nothing of the author’s work or success is promoted',
    },
    {
      text: 'Ich war gestern zum ersten Mal allein im Kino und ich muss sagen, ich fand es schön. Ich hatte mein Popcorn, ich hatte meine Ruhe und mich hat niemand gestört.',
      ctx: { lang: 'de' },
      note: 'a personal evening told, no work and no success',
    },
    'I did it, I finally did it! So happy.',
    'If you manage a team, block 30 minutes on Friday to write down one thing each person did well, and send it to them. You will see the effect in a month, and your team will too.',
    {
      text: 'Lessons from my first craft fair: I brought one card reader and mine died at 11am, so I lost maybe $300 before my neighbour lent me hers. My advice: bring a backup, and bring more small items under $15, that was 70% of what I sold.',
      note: 'full of “I”, but it teaches',
    },
  ],
  invalid: [
    {
      text: 'Estoy muy orgullosa de mí misma. Este año terminé mi máster, corrí mi primer maratón y cambié de trabajo. Mi familia está feliz y yo también, y mi pareja me lo dice cada día.',
      ctx: { lang: 'es' },
      flags: ['Mi familia está feliz y yo también, y mi pareja me lo dice cada día.'],
    },
    {
      text: 'I am so proud of myself this year. I worked hard, I grew my business, I hit my goals and I bought my dream car. My family is proud of me and I know my journey is only starting.',
      flags: ['I worked hard, I grew my business, I hit my goals and I bought my dream car.'],
    },
    {
      text: 'Big week for me. I launched my new site, I redid my logo and I finally moved my studio. My clients love it and I could not be happier with where I am.',
      flags: ['I launched my new site, I redid my logo and I finally moved my studio.'],
    },
    {
      text: 'Ich habe dieses Jahr so viel geschafft. Ich habe mein Studio eröffnet, ich habe meine Marke gebaut und ich habe meine Ziele erreicht. Ich bin stolz auf mich.',
      ctx: { lang: 'de' },
      flags: ['Ich habe mein Studio eröffnet, ich habe meine Marke gebaut und ich habe meine Ziele erreicht.'],
    },
  ],
});
