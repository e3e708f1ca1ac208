import rule from '../../../lib/checker/rules/call-to-action';
import { testRule } from '../rule-tester';

testRule(rule, {
  valid: [
    'Pottery tip: wipe every bisque piece with a damp sponge before glazing. It fixed most of my crawling.',
    { text: 'I finally unsubscribed from every newsletter I never read. Inbox zero feels great.', note: 'unsubscribed is not subscribe' },
    'The follow-up study found the effect shrinks by half after six months.',
    'How do I order the columns in a pivot table by date? Tried sorting the source, no luck.',
    'Thanks @maria for the retry tip, it fixed our flaky deploys.',
    { text: 'Link in bio is something I never understood on Mastodon: links work in posts here.', note: 'talking about the phrase, not using it' },
    { text: 'Nobody clicks "link in bio" anymore, put the link in the post.', note: 'quoted mention' },
    { text: 'Happy to help anyone stuck on this: DM me and I will send the config that worked for us.', note: 'a DM that takes up an offer of help' },
    { text: 'If you are stuck on the migration, message me and I will walk you through it. Hope this helps!', note: 'offer of help' },
    { text: 'Vous pouvez réserver une table ici, mais le menu change tous les jours.', ctx: { lang: 'en' }, note: 'French words under an English lexicon' },
    { text: 'Compra ya tu entrada', ctx: { lang: 'und' }, note: 'a language without phrase lists gets no phrase findings' },
  ],
  invalid: [
    { text: 'DM me for the discount code, only 5 left!', flags: ['DM me for'] },
    { text: 'Happy to announce my new course. DM me for the early price.', flags: ['DM me for'] },
    { text: 'New drop is live! Link in bio 🔥', flags: ['Link in bio'] },
    { text: 'Sub to me and I will sub back', flags: ['Sub to me'] },
    { text: '¡Síganme para más recetas! Link en mi perfil 🔥', ctx: { lang: 'es' }, flags: ['Síganme', 'Link en mi perfil'] },
    { text: 'Use my code SAVE20 at checkout and follow me for more deals', flags: ['Use my code', 'follow me for more'] },
    { text: 'If you liked this, please RT and DM me for the full guide.', flags: ['please RT', 'DM me for'] },
    { text: 'Like and share so it reaches more people!', flags: ['Like and share'] },
    { text: 'Smash that like button and subscribe to my channel', flags: ['Smash that like button', 'subscribe to my'] },
    { text: 'Please like 👍 and comment 💬 to help this post reach recruiters!', flags: ['Please like'] },
    { text: 'It would mean SO much if you voted for us 👉 poll.example.com', flags: ['would mean SO much if you voted'] },
    { text: 'Still looking for my next role in product design!', flags: ['Still looking for my next role'] },
    { text: 'Pre-orders for the winter pies are OPEN! Order by Friday.', flags: ['Pre-orders for the winter pies are OPEN'] },
    { text: 'I put everything I learned into a guide, you can grab it here: guide.example.com', flags: ['put everything I learned into a guide', 'you can grab it here'] },
    { text: 'Sígueme y dale like si te sirvió 🙏', ctx: { lang: 'es' }, flags: ['Sígueme', 'dale like'] },
    { text: 'Jetzt bestellen und sichere dir deinen Platz!', ctx: { lang: 'de' }, flags: ['Jetzt bestellen', 'sichere dir deinen'] },
    { text: 'Abonnez-vous et réservez votre place ici', ctx: { lang: 'fr' }, flags: ['Abonnez-vous', 'réservez votre place'] },
    { text: 'me segue aqui e se puder compartilha, link na bio', ctx: { lang: 'pt' }, flags: ['me segue', 'se puder compartilha', 'link na bio'] },
  ],
});
