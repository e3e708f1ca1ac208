import rule from '../../../lib/checker/rules/product-copy';
import { testRule } from '../rule-tester';

testRule(rule, {
  valid: [
    // A renter's flat told with its rent: no baths counted, no viewing opened.
    { text: 'We rent a 2 bedroom flat in Leeds for £1,200 a month and the landlord wants +15% next year. Is that normal?', ctx: { platform: 'reddit' }, note: "a renter's question" },
    // Volunteers bringing food to the old, and the council's sandbags, sell nothing.
    { text: 'Our volunteers deliver groceries to seniors in Leeds every Tuesday. Sign up to help: foodbank.org/volunteer', ctx: { platform: 'facebook' } },
    { text: 'Los voluntarios llevamos comida a domicilio a los mayores del barrio cada martes. Apúntate: bancoalimentos.org', ctx: { platform: 'facebook', lang: 'es' } },
    // A small harvest told with nothing to buy it by is no copy.
    { text: 'We only made 30 jars of honey this season because of the drought, the bees had a rough summer.', ctx: { platform: 'threads' } },
    // xlang19: a number to call in a warning, a helpline, a council's emergency line: no ad taken up by phone.
    { text: "Alerta de estafa: llegan SMS 'de la farmacia Sol' pidiendo datos de tarjeta. Nunca cobramos por SMS. Llámennos al 954 123 456 si dudan.", ctx: { lang: 'es', platform: 'facebook' }, note: 'a warning' },
    { text: "If you're struggling, the Samaritans are free and open 24/7, call 116 123 or text SHOUT to 85258", ctx: { platform: 'facebook' }, note: 'a helpline' },
    { text: "Coupure d'eau rue Haute jusqu'à 18h, pour les urgences appelez le 02 555 12 34 (service des eaux de la commune)", ctx: { lang: 'fr', platform: 'facebook' }, note: "the council's line" },
    // xlang19: 'esgotada' said of the author worn out, inside a story that sells something else, is no stock sold out.
    { text: "Há 2 anos eu estava esgotada. Trabalhava 12 horas e não dormia. Por isso criei o meu programa de 6 semanas 'Volta pra você': restam 5 vagas, tudo no link da bio", ctx: { lang: 'pt', platform: 'instagram' }, note: 'worn out, not sold out' },
    // xlang19: a museum's new collection, a postal delay across the country: no goods of the author's.
    { text: 'La colección nueva del Museo de Antioquia abre el sábado, entrada libre, vale la pena la sala de Botero', ctx: { lang: 'es', platform: 'x' }, note: "a museum's collection" },
    { text: 'A coleção nova do Museu do Ipiranga abre sábado, entrada gratuita, vale muito a sala das fotografias', ctx: { lang: 'pt', platform: 'x' }, note: "a museum's collection" },
    { text: 'Die Post bestätigt: Versand in ganz Österreich verzögert sich wegen Schnee um 2 Tage', ctx: { lang: 'de', platform: 'x' }, note: 'a postal delay' },
    // Seats counted in someone else's event, with nothing of the author's sold.
    { text: 'Im Zug nach Köln sind noch zwei Plätze neben mir frei, herrlich ruhig heute.', ctx: { platform: 'x', lang: 'de' }, note: 'a train seat' },
    // A crypto scam warned of names the bait it warns of (value scamWarning), in five languages.
    { text: "Heads up: the 'free $ZEN airdrop' sites going around are wallet drainers. The team confirmed there is no airdrop. Don't connect your wallet.", note: 'a scam warning' },
    { text: 'Ojo: no hay ningún airdrop de $ZEN, esas webs son drainers. No conectéis la wallet.', ctx: { lang: 'es' }, note: 'a scam warning' },
    { text: 'Achtung: Es gibt keinen Airdrop von $ZEN, die Seiten sind Drainer. Verbindet eure Wallet nicht.', ctx: { lang: 'de' }, note: 'a scam warning' },
    { text: "Attention : il n'y a pas d'airdrop $ZEN, ces sites sont des drainers. Ne connectez pas votre wallet.", ctx: { lang: 'fr' }, note: 'a scam warning' },
    { text: 'Cuidado: não existe airdrop de $ZEN, esses sites são drainers. Não conectem a carteira.', ctx: { lang: 'pt' }, note: 'a scam warning' },
    // A yield told as a saver's tip or a warning is no token copy.
    { text: 'Tip: high-yield savings accounts now pay around 4.5% APY at most online banks, up from 0.5% in 2021. Worth moving your emergency fund.', note: 'a tip' },
    { text: 'Credit card APR is 24% on most store cards, so pay it off first before investing anything.', ctx: { reply: true, platform: 'reddit' }, note: 'an answer' },
    // A multiple told as a study's finding is a measurement, link to the paper and all.
    { text: 'Just published my thesis on soil microbes in drought, the main finding: fungal networks recover 3x faster than bacteria. PDF: osf.io/abc12', note: 'a finding' },
    // Places left at a free gathering, with no price or link, sell nothing.
    { text: 'Free repair café at the library on Saturday, a few spots left for bikes, just turn up before 2pm.', note: 'free, no price, no link' },
    { text: 'Taller de reparación gratis en la biblioteca el sábado, quedan pocas plazas para bicis, venid antes de las 14h.', ctx: { lang: 'es' }, note: 'free, no price, no link' },
    { text: 'Looking for a reliable plumber in Leeds, any recommendations? Our boiler died last night.', note: 'someone asking for a plumber, not selling one' },
    { text: 'Is anyone else getting free quotes that double once the plumber sees the job? Ours went from £90 to £210.', note: 'a customer talking about quotes' },
    { text: 'Notion announced new pricing today: $12 per member. Workspaces on the free plan keep unlimited pages.', note: 'another company’s pricing reported: the price stands in another sentence, no seller speaks, no handle' },
    { text: 'Spotify anunció que sube su precio a 12,99 €. Quien tenga envío gratis en la tienda no cambia nada.', ctx: { lang: 'es' }, note: 'news of a price reported, copy words in another sentence' },
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
    { text: 'This guy literally saved my dog from the river yesterday. Thank you, stranger.', note: 'a praiser hook with no lesson promised and nothing to take: thanks' },
    { text: 'Dieser Typ hat buchstäblich meinen Hund aus dem Fluss gerettet. Danke!', ctx: { lang: 'de' }, note: 'a praiser hook with no lesson promised: thanks' },
    { text: "Most people don't know how to rest. Here's how I do it: no phone after nine, and a walk after lunch.", note: 'a hook over a lesson the post gives in full' },
    { text: 'The army airdrop reached the cut-off villages this morning, thanks to @RedCross volunteers.', note: 'a handle backs a mint or whitelist, not an airdrop of supplies' },
    { text: "Are you tired of rain? Me too. Here's the forecast: metoffice.gov.uk", note: '"tired of" opens a weather post as often as a pitch: no hook' },
    { text: 'I need a simple app to track my runs, any ideas?', note: 'a need of the author’s, nothing offered or linked' },
    // The ad register (appeal, fit, ease) alone describes; a person's tip, a review with reasons, a lesson, a job post
    // or a community event that uses one of its words sells nothing.
    { text: 'Experience the magic of Lake Bled at sunrise: we went at 5am, had the lake to ourselves, and the path from the church takes 20 minutes. Photos: flickr.com/p/bled', note: 'a travel tip in the ad register, told from the trip: its link shows photos, no offer' },
    { text: 'Apple just released iOS 18.2, designed for everyday use with new photo tools: apple.com/ios', note: 'news of another company’s release: one register line, a link, no offer of the author’s' },
    { text: 'Meal prep made easy: cook the grains on Sunday, keep them dry in the fridge, and add the sauce on the day. More: blog.example.com/prep', note: 'a how-to that teaches, with a link to more' },
    { text: 'These knives were designed for home chefs, and after a year mine still hold an edge. I sharpen them every two months on a 1000 stone.', note: 'a user’s recommendation with reasons and detail' },
    { text: 'Meal prep made easy: cook the grains on Sunday, keep them dry in the fridge, and add the sauce on the day.', note: 'a how-to that teaches in the post' },
    { text: 'We are hiring a line cook for our kitchen, full time. Experience in restaurant-grade kitchens helps.', note: 'a job post' },
    { text: 'Saturday at the community garden: bring gloves, we plant the new beds. Whether you are a beginner or an expert, come along.', note: 'a community event' },
    { text: 'Vive la experiencia de subir al Teide de noche: salimos a las 3, llevad frontal y abrigo, arriba hace 2 grados.', ctx: { lang: 'es' }, note: 'a travel tip in the ad register' },
    { text: 'Erlebe die Magie des Bleder Sees bei Sonnenaufgang: wir waren um 5 Uhr da, der Weg von der Kirche dauert 20 Minuten.', ctx: { lang: 'de' }, note: 'a travel tip in the ad register' },
    { text: 'Je cuisine avec des couteaux de qualité professionnelle depuis dix ans : affûtez-les sur une pierre 1000 tous les deux mois.', ctx: { lang: 'fr' }, note: 'a cook’s tip' },
    { text: 'Minhas facas de qualidade profissional duram há anos: afie numa pedra 1000 a cada dois meses e seque logo após lavar.', ctx: { lang: 'pt' }, note: 'a cook’s tip' },
    { text: 'Thousands of volunteers are already using the new shelter map: shelters.example.org', note: 'social proof of a public service, one line, a link, no offer' },
    { text: 'I switched to Cardboard last month. It helps you cut clips fast, but exports stall above 4K, so I render in Resolve.', note: 'a user’s review: one benefit, no copy' },
    // Places still open, or details kept for a private message, in a question, a lost-and-found or a public service:
    // one kind of copy and nothing backing it sells nothing.
    { text: 'Alguém sabe se ainda tem vagas no curso de inglês gratuito da prefeitura? Vi no jornal mas não achei o link.', ctx: { lang: 'pt' }, note: 'a question about someone else’s course' },
    { text: 'Encontré unas llaves en el parque del Retiro esta mañana, más info por privado', ctx: { lang: 'es' }, note: 'found keys, details by DM' },
    { text: 'Katze zugelaufen in Lindenau, grau getigert mit weißen Pfoten. Infos per PN', ctx: { lang: 'de' }, note: 'a found cat, details by DM' },
    { text: 'Chat trouvé rue des Lilas ce matin, très gentil, sans collier. Infos en MP', ctx: { lang: 'fr' }, note: 'a found cat, details by DM' },
    { text: 'Perdi meu cachorro ontem perto da praça, é um vira-lata caramelo. Mais informações no privado', ctx: { lang: 'pt' }, note: 'a lost dog, details by DM' },
    { text: "Pour ceux qui demandaient : il reste des places à la crèche municipale, inscriptions à la mairie jusqu'au 15.", ctx: { lang: 'fr' }, note: 'places at a public service' },
    // Places left at something its own sentence calls free, details by message and no price: a free gathering filling up.
    { text: 'Ainda temos vagas no mutirão de limpeza da praça no sábado, é de graça e a prefeitura dá as luvas. Informações no privado', ctx: { lang: 'pt' }, note: 'a free clean-up' },
    { text: 'Todavía hay plazas para el taller gratuito de búsqueda de empleo de la biblioteca, el martes a las 18h. Info por privado', ctx: { lang: 'es' }, note: 'a free workshop' },
    { text: 'Für den kostenlosen Erste-Hilfe-Kurs der Feuerwehr sind noch Plätze frei! Infos per PN', ctx: { lang: 'de' }, note: 'a free course' },
    { text: "Il reste encore des places pour l'atelier gratuit de réparation de vélos à la maison de quartier samedi. Infos en MP", ctx: { lang: 'fr' }, note: 'a free workshop' },
    { text: 'Still a few spots left for the free bike repair workshop at the community centre Saturday, more info via DM', note: 'a free workshop' },
    // blind21: a booking diary asked about, or paying by instalments told as a right, sells nothing.
    { text: 'Does anyone know a driving school in Leeds that still has slots in December? My test is booked for January, £62 fee already paid.', ctx: { platform: 'facebook' }, note: 'a learner asking' },
    { text: "Council tax tip: you can ask to pay in 12 instalments instead of 10, it brings a £1,800 bill down to £150 a month. Just ring them.", ctx: { platform: 'reddit', reply: true }, note: 'a tip' },
    { text: "Hacienda: puedes pedir el pago en 6 plazos si debes menos de 50.000 €, sin avales, desde la sede electrónica.", ctx: { lang: 'es', platform: 'x' }, note: 'a tip' },
    { text: "Impôts : on peut demander un paiement en 3 fois sans pénalité pour une dette de 1 200 €, directement depuis l'espace particulier.", ctx: { lang: 'fr', platform: 'x' }, note: 'a tip' },
    { text: 'Free CV clinic at the library on Saturday, we still have slots for 10 people, just turn up before noon.', note: 'free, no price' },
  ],
  invalid: [
    // A property listed: rooms counted as a listing counts them, and its viewing, in five languages.
    { text: 'Open house this Sunday 1-3pm at 14 Birch Lane 🏡 3 bed, 2 bath, big garden. Come take a look!', ctx: { platform: 'facebook' }, flags: ['Open house this Sunday'] },
    { text: 'Se alquila piso en Triana 🏡 3 habitaciones y 2 baños, 850 €/mes. Visitas este sábado de 10 a 13h.', ctx: { platform: 'facebook', lang: 'es' }, flags: ['3 habitaciones y 2 baños'] },
    { text: 'Maison à vendre à Lille 🏡 3 chambres et 2 salles de bain, jardin de 200 m². Visite ce samedi de 10h à 13h.', ctx: { platform: 'facebook', lang: 'fr' }, flags: ['3 chambres et 2 salles de bain'] },
    { text: 'Vende-se apartamento no Porto: 3 quartos e 2 casas de banho, 250 mil €. Visitas neste sábado das 10h às 13h.', ctx: { platform: 'facebook', lang: 'pt' }, flags: ['3 quartos e 2 casas de banho'] },
    // The seller's own delivery beside a price, offered as an answer in a group thread, and new stock in the author's shop.
    { text: 'Nosotros tenemos miel cruda de la sierra, 8 € el bote de medio kilo, y lo llevamos a domicilio por La Laguna 🐝', ctx: { platform: 'facebook', lang: 'es', reply: true }, flags: ['lo llevamos a domicilio'] },
    { text: 'Wir haben Honig vom eigenen Stand in Giesing, 500 g für 9 €, und liefern auch im Viertel 🐝', ctx: { platform: 'facebook', lang: 'de', reply: true }, flags: ['liefern auch im'] },
    { text: 'On a du miel de nos ruches à Aix, 10 € le pot de 500 g, et on livre sur Marseille 🐝', ctx: { platform: 'facebook', lang: 'fr', reply: true }, flags: ['on livre sur'] },
    { text: 'A gente tem mel das nossas colmeias em Braga, 7 € o frasco de meio quilo, e entregamos em casa 🐝', ctx: { platform: 'facebook', lang: 'pt', reply: true }, flags: ['entregamos em casa'] },
    { text: 'Llegaron prendas nuevas a la tienda vintage 🧥✨ chaquetas de los 80 desde 25 €. Estamos en la calle Ruzafa 8, abierto de 11 a 20h', ctx: { platform: 'instagram', lang: 'es' }, flags: ['Llegaron prendas nuevas'] },
    { text: 'Neue Vintage-Teile sind da 🧥✨ Lederjacken aus den 80ern ab 35 €. Ihr findet uns in der Schanzenstraße 8, geöffnet 11-19 Uhr', ctx: { platform: 'instagram', lang: 'de' }, flags: ['Neue Vintage-Teile sind da'] },
    { text: 'Chegaram peças novas no brechó 🧥✨ jaquetas dos anos 80 a partir de R$ 80. Estamos na Rua Augusta 800, aberto das 11h às 19h', ctx: { platform: 'instagram', lang: 'pt' }, flags: ['Chegaram peças novas'] },
    // A restock told with the maker's small batch, in five languages.
    { text: "Restocked the lavender candles 🕯️ only made 30 this time. Shop's open till Sunday", ctx: { platform: 'threads' }, flags: ['Restocked'] },
    { text: 'Repuse las velas de lavanda 🕯️ esta vez solo hice 30. La tienda está abierta hasta el domingo', ctx: { platform: 'threads', lang: 'es' }, flags: ['Repuse'] },
    { text: 'Die Lavendelkerzen sind wieder da 🕯️ diesmal nur 30 Stück. Der Shop ist bis Sonntag offen', ctx: { platform: 'threads', lang: 'de' }, flags: ['nur 30 Stück'] },
    { text: "Les bougies à la lavande sont de retour 🕯️ seulement 30 cette fois. La boutique est ouverte jusqu'à dimanche", ctx: { platform: 'threads', lang: 'fr' }, flags: ['seulement 30 cette fois'] },
    { text: 'As velas de lavanda voltaram 🕯️ dessa vez só fiz 30. A loja fica aberta até domingo', ctx: { platform: 'threads', lang: 'pt' }, flags: ['só fiz 30'] },
    // Copy beside the stock's price: the price is the sale's, not news that gives.
    { text: 'Restocked!! 🌿 The monstera cuttings are back, $12 each or 3 for $30. Pickup in Eastside or shipping at cost, just comment below', ctx: { platform: 'instagram' }, flags: ['Restocked'] },
    // xlang19: a service's copy taken up by calling or writing to a number, in five languages.
    { text: 'Free quotes, call us on 07700 900123 today', ctx: { platform: 'facebook' }, flags: ['Free quotes'] },
    { text: 'Dépannage plomberie 7j/7 sur Lausanne et environs 🔧 fuites, WC bouchés, chauffe-eau. Devis gratuit, appelez le 079 555 12 34', ctx: { lang: 'fr', platform: 'facebook' }, flags: ['Devis gratuit'] },
    { text: 'Desatascos y fontanería urgente en Valencia 24h 🔧 presupuesto sin compromiso, llama al 612 555 123', ctx: { lang: 'es', platform: 'facebook' }, flags: ['presupuesto sin compromiso'] },
    { text: 'Desentupidora 24h em BH 🔧 orçamento grátis, liga (31) 95555-1234', ctx: { lang: 'pt', platform: 'facebook' }, flags: ['orçamento grátis'] },
    { text: 'Rohrreinigung & Notdienst in Wien 🔧 kostenloser Kostenvoranschlag, ruft an: 0660 555 1234', ctx: { lang: 'de', platform: 'facebook' }, flags: ['kostenloser Kostenvoranschlag'] },
    // xlang19: the stock still sold out when no one is said to be worn out.
    { text: 'Camisetas retrô esgotadas em 2 horas 🔥 reposição sexta, link na bio', ctx: { lang: 'pt', platform: 'instagram' }, flags: ['esgotadas'] },
    // xlang19: the new collection with the noun first, and shipping across the country, as a shop drop says them.
    { text: 'Coleção nova já disponível no site 🛍️ enviamos pra todo o Brasil', ctx: { lang: 'pt', platform: 'instagram' }, flags: ['Coleção nova'] },
    { text: 'Canecas de cerâmica a R$ 45, enviamos pra todo o Brasil 📦', ctx: { lang: 'pt', platform: 'instagram' }, flags: ['enviamos pra todo o Brasil'] },
    { text: 'Duftkerzen um 12 €, Versand in ganz Österreich 📦', ctx: { lang: 'de', platform: 'instagram' }, flags: ['Versand in ganz Österreich'] },
    { text: 'Colección nueva ya en la web 🛍️ enviamos a todo Chile', ctx: { lang: 'es', platform: 'instagram' }, flags: ['Colección nueva'] },
    { text: 'Tazas de cerámica a $12.000, enviamos a todo Chile 📦', ctx: { lang: 'es', platform: 'instagram' }, flags: ['enviamos a todo Chile'] },
    // Seats left counted in words ("noch zwei Plätze") as in digits.
    { text: 'Ich habe noch zwei Plätze in meinem Coaching-Programm für Januar frei. Wer sein Business 2026 auf das nächste Level bringen will: Schreibt mir.', ctx: { platform: 'linkedin', lang: 'de' }, flags: ['noch zwei Plätze'] },
    // Places still open in the author's course, with its details kept for a private message: two kinds of copy, the
    // course sold, in five languages.
    { text: 'Still a few spots left for the February pottery course! Saturday mornings, clay included. More info via DM 🏺', flags: ['a few spots left'] },
    { text: '¡Todavía hay plazas para el taller de cerámica de febrero! Sábados por la mañana, material incluido. Info por privado 🏺', ctx: { lang: 'es' }, flags: ['Todavía hay plazas'] },
    { text: 'Für den Töpferkurs im Februar sind noch Plätze frei! Samstags vormittags, Material inklusive. Infos per PN 🏺', ctx: { lang: 'de' }, flags: ['noch Plätze frei'] },
    { text: "Il reste encore des places pour l'atelier poterie de février ! Le samedi matin, matériel compris. Infos en MP 🏺", ctx: { lang: 'fr' }, flags: ['Il reste encore des places'] },
    { text: 'Ainda temos vagas pro curso de cerâmica de fevereiro! Aulas aos sábados de manhã, material incluso. Informações no privado 🏺', ctx: { lang: 'pt' }, flags: ['Ainda temos vagas'] },
    // The airdrop itself, with its tasks and its ticker, still sells.
    { text: 'Airdrop season is here 🪂 Connect your wallet, complete 3 tasks and claim your $ZEN. Ends Sunday.', flags: ['Airdrop season'] },
    // A token's staking yield sold with where to stake (copy entry tokens), in five languages.
    { text: 'The future of DeFi is here. Stake $ORB today and earn up to 24% APY 🌐 orbfinance.xyz', flags: ['Stake $ORB today and earn'] },
    { text: 'Haz staking de $ORB y gana hasta un 24% APY: orbfinance.xyz', ctx: { lang: 'es' }, flags: ['24% APY'] },
    { text: 'Stake deine $ORB und verdiene bis zu 24 % APY: orbfinance.xyz', ctx: { lang: 'de' }, flags: ['24 % APY'] },
    { text: "Stakez vos $ORB et gagnez jusqu'à 24 % d'APY : orbfinance.xyz", ctx: { lang: 'fr' }, flags: ["24 % d'APY"] },
    { text: 'Faça staking de $ORB e ganhe até 24% de APY: orbfinance.xyz', ctx: { lang: 'pt' }, flags: ['24% de APY'] },
    // A local trade's ad: the reader's need asked as the hook, then its terms of sale. Its "24/7 emergency service" is
    // the seller's copy, not an emergency of others.
    {
      text: "Looking for a reliable plumber? Call Rick's Plumbing today! 24/7 emergency service, free quotes. 555-0199",
      flags: ['Looking for a reliable plumber?'],
    },
    { text: '¿Buscas un fontanero de confianza? Presupuesto sin compromiso y servicio 24h. Llama al 600 123 456', ctx: { lang: 'es' }, flags: ['Buscas un fontanero de confianza?'] },
    { text: 'Devis gratuit et dépannage 24h/24 dans tout Lyon. Appelez le 04 72 00 00 00', ctx: { lang: 'fr' }, flags: ['Devis gratuit'] },
    // One kind of copy, its price in the next sentence: a shop speaks (no report of anyone's news).
    { text: 'Free shipping on every order this week. Mugs are €28 each.', flags: ['Free shipping'] },
    // Third-party hype: a hook with a promised lesson or a claimed multiplier sells the thread, video or tool it points at.
    { text: 'This guy literally shows how to build real apps using AI in 20 mins', flags: ['This guy literally'] },
    { text: 'This guy literally made Claude 10x more useful with this one system', flags: ['This guy literally'] },
    { text: 'Stop scrolling. Seriously.\n\nThis video explains exactly how AI will flip the job market.\n\nBest breakdown I’ve seen.', flags: ['Stop scrolling'] },
    { text: 'Este tipo literalmente hizo Claude 10 veces más útil con este sistema.', ctx: { lang: 'es' }, flags: ['Este tipo literalmente'] },
    { text: 'Dieser Typ hat buchstäblich Claude zehnmal nützlicher gemacht, mit diesem einen System.', ctx: { lang: 'de' }, flags: ['Dieser Typ hat buchstäblich'] },
    { text: 'Ce mec a littéralement rendu Claude dix fois plus utile avec ce seul système.', ctx: { lang: 'fr' }, flags: ['Ce mec a littéralement'] },
    { text: 'Esse cara literalmente deixou o Claude 10 vezes mais útil com esse único sistema.', ctx: { lang: 'pt' }, flags: ['Esse cara literalmente'] },
    // A pitch: the reader's need, then the cure on offer.
    { text: "You're uploading your entire life to ChatGPT's servers.\n\nHere's the open-source AI agent that keeps everything local. Most people don't realize it exists.", flags: ["Here's the open-source AI agent that"] },
    { text: 'Need a simple Telegram bot? I build them fast and cheap.', flags: ['Need a simple Telegram bot'] },
    { text: '¿Necesitas un bot simple para tu grupo? Los construyo rápido.', ctx: { lang: 'es' }, flags: ['Necesitas un bot simple'] },
    { text: 'Brauchst du einen einfachen Telegram-Bot? Ich baue sie schnell.', ctx: { lang: 'de' }, flags: ['Brauchst du einen einfachen Telegram-Bot'] },
    { text: 'Besoin d’un bot simple pour ton groupe ? Je les construis vite.', ctx: { lang: 'fr' }, flags: ['Besoin d’un bot simple'] },
    { text: 'Precisa de um bot simples para o seu grupo? Eu construo rápido.', ctx: { lang: 'pt' }, flags: ['Precisa de um bot simples'] },
    // A mint or whitelist invitation names its project by handle: the handle is where to take part.
    { text: "I've just joined the @chillguinsnft Whitelist!\n\nRegistration: COMPLETE", flags: ['Whitelist'] },
    { text: 'Best part? It’s a FREE mint on ETH, dropping soon on @opensea.', flags: ['FREE mint'] },
    { text: 'Mint the new song on @xrpcafe: “The Switch”', flags: ['Mint the new song'] },
    { text: '¡Ya estoy en la whitelist de @chillguinsnft!', ctx: { lang: 'es' }, flags: ['whitelist'] },
    { text: 'Minte jetzt den neuen Song auf @xrpcafe', ctx: { lang: 'de' }, flags: ['Minte jetzt'] },
    { text: 'Mintez dès maintenant la nouvelle chanson sur @xrpcafe', ctx: { lang: 'fr' }, flags: ['Mintez dès maintenant'] },
    { text: 'Minte agora a nova música na @xrpcafe', ctx: { lang: 'pt' }, flags: ['Minte agora'] },
    { text: 'Handmade ceramic mugs, available in 3 colours. Free shipping this week!', flags: ['Handmade'] },
    { text: 'Limited edition prints, signed and numbered, €40 each.', flags: ['Limited edition'] },
    { text: 'The linen shirts are back in stock: shop.example.com/linen', flags: ['back in stock'] },
    // Seats left in a paid course, with its price and link, are stock on sale, in five languages.
    { text: 'Still a few spots left in the spring pottery course, 8 Tuesday evenings, £160 with materials → claystudio.uk/spring', flags: ['a few spots left'] },
    { text: 'Quedan pocas plazas en el taller de cerámica, 8 martes, 160 € con materiales → barro.es/primavera', ctx: { lang: 'es' }, flags: ['Quedan pocas plazas'] },
    { text: 'Noch wenige Plätze im Töpferkurs, 8 Dienstagabende, 160 € inkl. Material → tonwerk.de/fruehling', ctx: { lang: 'de' }, flags: ['Noch wenige Plätze'] },
    { text: "Il reste quelques places pour l'atelier poterie, 8 mardis, 160 € matériel compris → argile.fr/printemps", ctx: { lang: 'fr' }, flags: ['Il reste quelques places'] },
    { text: 'Restam poucas vagas no curso de cerâmica, 8 terças, R$ 300 com material → barro.com.br/primavera', ctx: { lang: 'pt' }, flags: ['Restam poucas vagas'] },
    // blind21: a trade's diary with room left and its price split in instalments, in five languages.
    { text: '🚗 Rivers Driving School: we still have slots in December for intensive courses! 20 hours for £990, pay in 4 instalments. Call us on 01632 960123', ctx: { platform: 'facebook' }, flags: ['still have slots'] },
    { text: 'Slots are open for January! Cut and colour £65, beard trim £15, ring the shop on 0161 496 0000', ctx: { platform: 'instagram' }, flags: ['Slots are open for January'] },
    { text: '🚗 Autoescuela Río: ¡nos quedan huecos en diciembre para el intensivo! 20 clases por 590 €, pago en 3 plazos. Llámanos al 912 345 678', ctx: { lang: 'es', platform: 'facebook' }, flags: ['quedan huecos'] },
    { text: '🚗 Auto-école Rivière : il reste des créneaux en décembre pour la conduite accompagnée ! Forfait 20 h à 990 €, paiement en 4 fois possible.', ctx: { lang: 'fr', platform: 'facebook' }, flags: ['il reste des créneaux'] },
    { text: '🚗 Fahrschule Fluss: Im Dezember sind noch Plätze im Ferienkurs frei! 20 Fahrstunden für 990 €, Ratenzahlung möglich.', ctx: { lang: 'de', platform: 'facebook' }, flags: ['noch Plätze im Ferienkurs frei'] },
    { text: '🚗 Autoescola Rio: ainda temos horários em dezembro para aulas práticas! Pacote de 20 aulas por R$990, parcelado em 4x.', ctx: { lang: 'pt', platform: 'facebook' }, flags: ['ainda temos horários'] },
    { text: 'Intensive course: 20 hours for £990, pay in 4 instalments, we start on the 8th → riversdriving.co.uk', ctx: { platform: 'facebook' }, flags: ['pay in 4 instalments'] },
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
    // The ad register: two of its lines (an appeal to the reader, a fit to the buyer, a promise of ease), or one with a
    // link, price or offer, is a brand's copy with no "I" or "we" and no "buy".
    { text: 'Experience beautiful Japanese knives designed for home chefs and cooking lovers.', flags: ['Experience beautiful'] },
    { text: 'Take your trading to the next level. Every chart at your fingertips.', flags: ['Take your trading to the next level'] },
    { text: 'Commercial-grade image editing, built for creators: studio.example.com', flags: ['Commercial-grade'] },
    // One register line beside an offer (now available, order, a price) sells.
    { text: 'Commercial-grade image editing, now available in Flora: flora.example.com', flags: ['Commercial-grade'] },
    { text: 'Meal planning made easy. Try it free for 14 days.', flags: ['made easy'] },
    { text: 'Cuchillos de calidad profesional, ya disponibles en nuestra tienda: tienda.example.es', ctx: { lang: 'es' }, flags: ['calidad profesional'] },
    { text: 'Lleva tu cocina al siguiente nivel con cuchillos diseñados para cocineros.', ctx: { lang: 'es' }, flags: ['Lleva tu cocina al siguiente nivel'] },
    { text: 'Bring deine Küche auf das nächste Level: Messer in Profiqualität.', ctx: { lang: 'de' }, flags: ['Bring deine Küche auf das nächste Level'] },
    { text: 'Faites passer votre cuisine au niveau supérieur, toutes vos recettes à portée de main.', ctx: { lang: 'fr' }, flags: ['Faites passer votre cuisine au niveau supérieur'] },
    { text: 'Leve sua cozinha ao próximo nível com facas projetadas para cozinheiros.', ctx: { lang: 'pt' }, flags: ['Leve sua cozinha ao próximo nível'] },
    // Social proof and a benefit told to the reader: two lines of the same copy.
    { text: 'Cardboard is a video editor in your browser. Thousands of creators already use it, and it helps you go from raw clips to a finished video.', flags: ['Thousands of creators already use'] },
    { text: 'Miles de creadores ya usan Cardboard. Te permite pasar de clips a un vídeo terminado.', ctx: { lang: 'es' }, flags: ['Miles de creadores ya usan'] },
    { text: 'Tausende Kreative nutzen Cardboard. Es gibt dir einen fertigen Schnitt aus rohen Clips.', ctx: { lang: 'de' }, flags: ['Tausende Kreative nutzen'] },
    { text: "Des milliers d'équipes l'utilisent déjà : idéal pour les agences.", ctx: { lang: 'fr' }, flags: ["Des milliers d'équipes l'utilisent"] },
    { text: 'Milhares de criadores já usam o Cardboard. Ele te permite ir de clipes brutos a um vídeo pronto.', ctx: { lang: 'pt' }, flags: ['Milhares de criadores já usam'] },
  ],
});
