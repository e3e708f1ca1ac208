import rule from '../../../lib/checker/rules/urgency';
import { testRule } from '../rule-tester';

testRule(rule, {
  valid: [
    'The library seed swap is Saturday 11–2 in the main hall. Tomatoes go first.',
    'Registration for the free bike clinic closes when the room is full, usually around 40 people.',
    {
      text: 'Last chance to see the comet this year: look northwest an hour after sunset, binoculars help. Tip: let your eyes adjust for 10 minutes first, and avoid your phone screen.',
      note: 'the post gives a real how-to',
    },
    { text: 'Our lemon bars sold out in 20 minutes at the market today, thank you all!', note: 'a report of what happened, not a push' },
    { text: 'Chelsea were looking for one last chance against Leeds...', note: 'narrative "last chance", nothing is asked' },
    { text: 'Season 4 ends tomorrow. What a run it has been.', note: 'a season ends; nothing is sold or asked' },
    { text: 'Astronauts are flying to the Moon again next year, and the lunar south pole is the target.', note: 'the Moon as a place' },
    { text: "Earthquake of 5.8 felt across the valley this morning. Tune in at noon for the briefing, don't miss it https://news.example.org/quake", note: 'urging readers to coverage of a named event' },
  ],
  invalid: [
    { text: 'Only 8 spots left in the January cohort!', flags: ['Only 8 spots left'] },
    { text: "🚀 $MOON is about to explode! Get in before it's too late. 100x incoming.", flags: ['Get in before', '100x incoming'] },
    { text: 'Sale ends tonight at midnight, don’t miss out', flags: ['ends tonight', 'don’t miss out'] },
    { text: 'new drop just went live 💍 run don’t walk', flags: ['run don’t walk'] },
    { text: 'Back in stock but selling fast', flags: ['Back in stock', 'selling fast'] },
    { text: 'Dernière chance : plus que 3 places !', ctx: { lang: 'fr' }, flags: ['Dernière chance', 'plus que 3 places'] },
    { text: 'Last chance! Order your box here: shop.example.com', flags: ['Last chance'] },
    { text: 'Early-bird pricing ends tomorrow, grab your seat: tickets.example.com', flags: ['ends tomorrow'] },
  ],
});
