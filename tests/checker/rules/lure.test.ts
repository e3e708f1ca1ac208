import rule from '../../../lib/checker/rules/lure';
import { testRule } from '../rule-tester';

const yt = { platform: 'youtube' } as const;

testRule(rule, {
  valid: [
    { text: 'Nuestra tienda ha sido elegida la mejor tienda de barrio de Valencia. ¡Gracias a todos los que votasteis!', ctx: { lang: 'es' }, note: 'a shop chosen the best, not the reader chosen' },
    { text: "Reply and I'll tell you which lens I used, it's the 35mm f/2 from Fuji", note: 'a reply as the way in, but nothing promised' },
    // A raise told, and warnings against the promise: no lure.
    { text: 'I started at $1,000 a month as a junior and now make $4,000 a month as a senior engineer, negotiating every two years.', note: 'a career told, nowhere to collect' },
    { text: "Beware: no one can promise guaranteed profits. If someone on Telegram does, it's a scam.", note: 'a warning against the promise' },
    { text: 'Nenhum investimento tem lucro garantido: desconfie de quem promete isso no WhatsApp', ctx: { lang: 'pt' }, note: 'a warning against the promise' },
    { text: 'Ninguna inversión da ganancias garantizadas; si te las prometen por WhatsApp, es estafa', ctx: { lang: 'es' }, note: 'a warning against the promise' },
    { text: 'City launches a guaranteed income pilot for 500 families https://t.co/x', note: 'a policy, not a promise to the reader' },
    { text: 'free money would be nice lol', ctx: yt, note: 'a wish, nowhere to collect' },
    { text: 'Just got a free gift card from my aunt, buying the album now', ctx: yt, note: 'a freebie told, no link' },
    { text: 'I got this song as a free download on iTunes back in 2013', ctx: yt, note: 'a memory' },
    { text: 'Este video me da dinero gratis de felicidad jaja', ctx: { ...yt, lang: 'es' }, note: 'a joke, no link' },
    { text: 'I made $3,000 last month selling prints, it took two years of markets to get there', note: 'an income told as a story, nowhere to collect' },
    { text: 'We made $500 a week at the farmers market this summer, thanks @ana for the stall tip', note: 'the handle is thanked, not a contact' },
    { text: 'Volunteers raised $900 a day for the flood victims, donate at the town hall', note: 'money for others' },
    { text: 'Congrats to the lucky winners of the pub quiz, see you next week', note: 'one lure word, no way in' },
    { text: 'How do people get 1000 subscribers in a month? Asking for my cooking channel', note: 'a question about an audience, no offer' },
    { text: 'Gané 200 euros a la semana de camarera cuando estudiaba, era agotador', ctx: { lang: 'es' }, note: 'a memory, nowhere to collect' },
    { text: 'Ich verdiene 15 € pro Stunde im Café, das reicht gerade so', ctx: { lang: 'de' }, note: 'a wage, told' },
    // Weight lost told as a story, with nowhere to collect the promise: no lure, in five languages.
    { text: 'I lost 20 pounds in a year just by walking every day, this song was on my playlist the whole time', ctx: yt, note: 'a story, past tense, no link' },
    { text: 'Bajé 10 kilos en un año bailando esta canción jaja', ctx: { ...yt, lang: 'es' }, note: 'a story, no link' },
    { text: 'Perdi 5 quilos em 2 meses dançando essa música kkkk', ctx: { ...yt, lang: 'pt' }, note: 'a story, no link' },
    { text: 'Ich habe mit diesem Song 10 kg in einem Jahr abgenommen, beim Joggen', ctx: { ...yt, lang: 'de' }, note: 'a story, no link' },
    { text: "J'ai perdu 10 kilos en un an en dansant sur cette chanson", ctx: { ...yt, lang: 'fr' }, note: 'a story, no link' },
    { text: 'How to lose 10 pounds in 2 weeks, according to a nutritionist', note: 'a headline, nowhere to collect' },
    // A wish to be paid for watching: nowhere to collect it.
    { text: 'I wish I could get paid to watch videos like this all day lol', ctx: yt, note: 'a wish, no link' },
    { text: 'Ojalá ganar dinero viendo videos de Shakira jaja', ctx: { ...yt, lang: 'es' }, note: 'a wish, no link' },
    { text: 'Queria ganhar dinheiro assistindo vídeos da Anitta kkk', ctx: { ...yt, lang: 'pt' }, note: 'a wish, no link' },
    { text: 'Wenn man Geld verdienen mit Videos schauen könnte, wäre ich reich', ctx: { ...yt, lang: 'de' }, note: 'a wish, no link' },
    { text: "Si on pouvait gagner de l'argent en regardant des vidéos je serais riche", ctx: { ...yt, lang: 'fr' }, note: 'a wish, no link' },
  ],
  invalid: [
    { text: 'Felicidades, has sido seleccionado para recibir un iPhone 15. Reclama aquí: bit.ly/x', ctx: { lang: 'es' }, flags: ['has sido seleccionado'] },
    // A reply or a comment as the way to collect ("reply and I'll tell you how"), in each language.
    { text: "who wants to earn $500 a day from home? reply and i'll tell you how", ctx: { platform: 'youtube' }, flags: ['earn $500 a day from home'] },
    { text: '¿Quién quiere ganar 300 € al día desde casa? Responde y te digo cómo', ctx: { lang: 'es', platform: 'youtube' }, flags: ['ganar 300 € al día desde casa'] },
    { text: 'Quem quer ganhar R$ 500 por dia em casa? Comenta que eu te explico', ctx: { lang: 'pt', platform: 'youtube' }, flags: ['ganhar R$ 500 por dia em casa'] },
    { text: "Qui veut gagner 300 € par jour depuis chez soi ? Réponds et je t'explique", ctx: { lang: 'fr', platform: 'youtube' }, flags: ['gagner 300 € par jour depuis chez soi'] },
    { text: 'Wer will 300 € am Tag von zu Hause verdienen? Antworte und ich sag dir wie', ctx: { lang: 'de', platform: 'youtube' }, flags: ['300 € am Tag von zu Hause verdienen'] },
    // The prize's worth and brand between "claim your" and the prize, with a link written out.
    { text: 'claim your free $50 Amazon gift card before it expires ⬇️ giftclaim dot net', ctx: yt, flags: ['claim your free $50 Amazon gift'] },
    { text: 'Reclama tu tarjeta de regalo de 50 € antes de que caduque ⬇️ https://regalosya.example', ctx: { ...yt, lang: 'es' }, flags: ['Reclama tu tarjeta de regalo'] },
    // The subject earlier in the line, the period counted, and profit promised as certain, in five languages.
    { text: 'Ms. Laura Bennett is the real deal. I started with $1,000 and now make $9,000 every two weeks with her signals. Message her on Telegram @laurabennettfx', ctx: yt, flags: ['and now make $9,000 every two weeks'] },
    { text: 'Guaranteed profits every day with my copy-trading group, WhatsApp +44 7700 900123', ctx: yt, flags: ['Guaranteed profits'] },
    { text: 'Ganancias garantizadas cada semana, escríbeme al WhatsApp +34 600 000 000', ctx: { ...yt, lang: 'es' }, flags: ['Ganancias garantizadas'] },
    { text: 'Renda extra garantida trabalhando pelo celular, chama no WhatsApp (21) 95555-0101', ctx: { ...yt, lang: 'pt' }, flags: ['Renda extra garantida'] },
    { text: 'Garantierte Gewinne jeden Tag, schreib mir auf Telegram @trader_max', ctx: { ...yt, lang: 'de' }, flags: ['Garantierte Gewinne'] },
    { text: 'Gains garantis chaque semaine, écrivez-moi sur Telegram @trader_luc', ctx: { ...yt, lang: 'fr' }, flags: ['Gains garantis'] },
    { text: 'Tiro 3 mil por semana com day trade, me chama que eu te ensino', ctx: { lang: 'pt' }, flags: ['Tiro 3 mil por semana'] },
    // Paid for something idle, with a link: the click-farm offer (YouTube spam, five languages).
    { text: 'Earn money by watching videos! www.viewpay.com', ctx: yt, flags: ['Earn money by watching videos'] },
    { text: 'Gana dinero viendo videos en www.videopagos.com', ctx: { ...yt, lang: 'es' }, flags: ['Gana dinero viendo videos'] },
    { text: 'Ganhe dinheiro assistindo vídeos: www.assistaeganhe.com.br', ctx: { ...yt, lang: 'pt' }, flags: ['Ganhe dinheiro assistindo vídeos'] },
    { text: 'Geld verdienen mit Videos schauen: www.klickgeld.de', ctx: { ...yt, lang: 'de' }, flags: ['Geld verdienen mit Videos schauen'] },
    { text: "Gagnez de l'argent en regardant des vidéos sur www.videocash.fr", ctx: { ...yt, lang: 'fr' }, flags: ["Gagnez de l'argent en regardant des vidéos"] },
    // A body changed by a date, with a link: the diet-pill ad (YouTube spam, five languages).
    { text: 'Lose 10 pounds in 2 weeks! www.slimquick.com', ctx: yt, flags: ['Lose 10 pounds in 2 weeks'] },
    { text: 'Lose weight fast with this natural pill, doctors hate it: www.fastslimpill.com', ctx: yt, flags: ['Lose weight fast'] },
    { text: 'Baja 10 kilos en 2 semanas con esta pastilla natural: www.adelgazaya.com', ctx: { ...yt, lang: 'es' }, flags: ['Baja 10 kilos en 2 semanas'] },
    { text: 'Perca 8 quilos em 15 dias sem academia, acesse www.emagrecefacil.com.br', ctx: { ...yt, lang: 'pt' }, flags: ['Perca 8 quilos em 15 dias'] },
    { text: '10 kg in 2 Wochen abnehmen ohne Sport: www.schlankpille.de', ctx: { ...yt, lang: 'de' }, flags: ['10 kg in 2 Wochen abnehmen'] },
    { text: 'Perdez 10 kilos en 3 semaines grâce à cette pilule : www.minceur-express.fr', ctx: { ...yt, lang: 'fr' }, flags: ['Perdez 10 kilos en 3 semaines'] },
    // A freebie of money's worth with a link: a lure whatever the site (YouTube spam, five languages).
    { text: 'Free Google Play gift card codes: http://bit.ly/xyz', ctx: yt, flags: ['Free Google Play gift card'] },
    { text: 'i love this so much. AND also I Generate Free Leads on Auto Pilot & You Can Too! http://www.MyLeads.com', ctx: yt, flags: ['Free Leads'] },
    { text: "Make money online from your phone, it's easy: http://bit.ly/cash", ctx: yt, flags: ['Make money online'] },
    { text: 'if you want to make money fast visit www.site.com', ctx: yt, flags: ['make money fast'] },
    { text: 'Robux gratis aquí http://bit.ly/x', ctx: { ...yt, lang: 'es' }, flags: ['Robux gratis'] },
    { text: 'Cartões presente grátis aqui: http://bit.ly/x', ctx: { ...yt, lang: 'pt' }, flags: ['Cartões presente grátis'] },
    { text: 'Cartes cadeaux gratuites ici http://bit.ly/x', ctx: { ...yt, lang: 'fr' }, flags: ['Cartes cadeaux gratuites'] },
    { text: 'Kostenlose Amazon Gutscheine hier: http://bit.ly/x', ctx: { ...yt, lang: 'de' }, flags: ['Kostenlose Amazon Gutscheine'] },
    { text: 'she made $900 a day trading from her phone, message her at t.me/richmentor', ctx: yt, flags: ['she made $900 a day'] },
    { text: 'Congratulations you have won an e-bike! send your address to the link in bio', ctx: yt, flags: ['Congratulations you have won'] },
    { text: 'You have been chosen to receive a gift card, claim your reward today', ctx: yt, flags: ['You have been chosen to receive'] },
    { text: 'gain 5000 real followers overnight, search growfast on google', ctx: yt, flags: ['gain 5000 real followers'] },
    { text: 'lonely singles in your city want to chat 👉 https://date.example', ctx: yt, flags: ['lonely singles'] },
    { text: 'recibí 700 dólares a la semana desde casa, escríbele a @mentora', ctx: { lang: 'es', ...yt }, flags: ['recibí 700 dólares a la semana'] },
    { text: 'faturei R$ 2.000 por mês de casa, chama no whatsapp', ctx: { lang: 'pt', ...yt }, flags: ['faturei R$ 2.000 por mês'] },
    { text: 'Sie wurden ausgewählt! Fordern Sie Ihren Preis unter gewinn.example an', ctx: { lang: 'de', ...yt }, flags: ['Sie wurden ausgewählt'] },
    { text: "Félicitations, vous avez gagné un iPhone ! réclamez votre cadeau sur cadeau.example", ctx: { lang: 'fr', ...yt }, flags: ['Félicitations, vous avez gagné'] },
  ],
});
