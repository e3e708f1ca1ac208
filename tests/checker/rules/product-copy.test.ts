import rule from '../../../lib/checker/rules/product-copy';
import { testRule } from '../rule-tester';

testRule(rule, {
  valid: [
    { text: 'My grandmother knitted this scarf by hand, handmade with love for my 30th birthday.', note: 'one line of copy with no price, link or offer: a gift described' },
    { text: 'I ordered the linen shirt in 3 colours, free shipping, and two of them arrived torn. Avoid this shop.', note: 'a customer judging a product bought elsewhere' },
    { text: 'The water pumps are back in stock at the relief centre for flood victims, free delivery to shelters: county.gov/relief', note: 'supplies for others, not a sale' },
    { text: 'Honest review of the free plan: exports are capped at 720p, fine for drafts. $12 buys the rest.', note: 'a review of someone else’s plan' },
    { text: 'Tip for sellers: free shipping converts better than a discount of the same size, because buyers hate the surprise at checkout. Test it on one product: shop.example.com', note: 'teaching beyond the copy’s own sentence' },
    { text: 'Pedí la chaqueta en edición limitada y me llegó rota, una estafa.', ctx: { lang: 'es' }, note: 'a customer’s complaint' },
    { text: 'Ich habe die handgemachte Tasse bestellt, aber sie kam kaputt an. Finger weg.', ctx: { lang: 'de' }, note: 'a customer’s complaint' },
    { text: "J'ai commandé la nouvelle collection, livraison offerte, mais ma commande est arrivée déchirée.", ctx: { lang: 'fr' }, note: 'a customer’s complaint' },
    { text: 'Comprei a edição limitada e o pedido não chegou, um golpe.', ctx: { lang: 'pt' }, note: 'a customer’s complaint' },
    { text: 'Most people don’t know that the city pays for smoke alarms. Call 311 and they fit one for free.', note: 'one hook that opens a tip, nothing sold' },
    { text: 'Stop scrolling for a second and drink some water. It is 34 degrees out.', note: 'one hook, no list or link: advice' },
    { text: 'The army carried out an airdrop over the cut-off villages this morning, the second this week.', note: 'an airdrop of supplies with no price, link or offer' },
    { text: 'La mayoría de la gente no sabe que el ayuntamiento instala detectores de humo gratis.', ctx: { lang: 'es' }, note: 'one hook that opens a tip' },
    { text: 'Stop scrolling for a second and drink some water. It is 34 degrees out. Heat map from the met office ↓', note: 'one hook and an arrow to a map, no demo or tutorial pointed to' },
  ],
  invalid: [
    { text: 'Handmade ceramic mugs, available in 3 colours. Free shipping this week!', flags: ['Handmade'] },
    { text: 'Limited edition prints, signed and numbered, €40 each.', flags: ['Limited edition'] },
    { text: 'The linen shirts are back in stock: shop.example.com/linen', flags: ['back in stock'] },
    { text: 'Eleven v3 is out of alpha and ready for commercial use.\n\nSince then we improved:\n- Stability: fewer dropouts\n- Accuracy: 68% fewer errors', flags: ['out of alpha'] },
    { text: 'The free mint takes place on February 16 on OpenSea, one of the most sought after WLs right now.', flags: ['free mint'] },
    { text: 'We cut the public mint price to 0.00035 ETH so more folks can grab one.', flags: ['public mint'] },
    { text: 'Completely free. No subscription. Runs in your browser.', flags: ['Completely free'] },
    { text: 'Google just killed manual work.\n\nHere is what it does now:\n→ Build 3D worlds from text\n→ Turn screenshots into code', flags: ['just killed'] },
    { text: 'This guy literally made Claude 10x more useful. Most people still haven’t heard of it.', flags: ['This guy literally'] },
    { text: 'Deja de pagar por cada vídeo. Nadie está hablando de esto.', ctx: { lang: 'es' }, flags: ['Deja de pagar'] },
    { text: "I'm joining the @ClawdX_ airdrop! $CLAWDX is coming to Base!", flags: ['airdrop'] }, // an airdrop backed by a ticker
    { text: 'Introducing Ping Links: your no-code solution for payments in any asset. ping.example.com', flags: ['your no-code solution'] },
    { text: 'Bolsos hechos a mano, disponibles en 3 colores. Envío gratis.', ctx: { lang: 'es' }, flags: ['hechos a mano'] },
    { text: 'Handgemachte Tassen, erhältlich in 3 Farben, versandkostenfrei.', ctx: { lang: 'de' }, flags: ['Handgemachte'] },
    { text: 'Tasses faites main, disponibles en 3 couleurs, livraison offerte.', ctx: { lang: 'fr' }, flags: ['faites main'] },
    { text: 'Canecas feitas à mão, disponíveis em 3 cores, frete grátis.', ctx: { lang: 'pt' }, flags: ['feitas à mão'] },
    // An ad hook backed by a demo pointed to with an arrow: somewhere to go, in the arrow's place of words.
    { text: 'Stop copy-pasting table schemas into AI chats by hand!\n\nWith the Qoder plugin, type @database to pull your schema into the chat.\n\nFull tutorial & demo ↓', flags: ['Stop copy-pasting'] },
    { text: 'Deja de pagar por cada vídeo: con nuestro editor los exportas sin límite.\n\nTutorial completo y demo 👇', ctx: { lang: 'es' }, flags: ['Deja de pagar'] },
  ],
});
