// A probe set for the self-promotion family: kinds of self-promotion across seven sites and five languages, and posts
// that must stay quiet (someone else's work shared with credit, another company's launch as news, a lesson that
// mentions the author's work while giving the substance, thanks, genuine questions, personal news).
// OUR OWN WRITING, made to probe one question (does the checker know the KINDS of self-promotion, not the rows it was
// tuned on?): it is no fair evidence of quality. It was written before the rule changes that made more of it fire, so
// the share of PROMOTION rows that fire says what those changes were aimed at, not how well they generalise. Hiring
// posts are ambiguous (LABELS.md) and are in neither list. The real measures are `npm run eval`'s training corpora.
import type { Platform } from '../../lib/checker/types';
import type { Lang } from '../../lib/checker/types';

export interface PromoProbe {
  text: string;
  lang: Lang;
  platform: Platform;
  /** The kind of self-promotion (or of quiet post) the row stands for. */
  kind: string;
}

type Row = readonly [Platform, string, string];
const rows = (lang: Lang, list: readonly Row[]): PromoProbe[] => list.map(([platform, kind, text]) => ({ text, lang, platform, kind }));

/** Self-promotion: the post's purpose is to get readers to do something for the author, or to advertise the author's thing. */
export const PROMOTION: readonly PromoProbe[] = [
  ...rows('en', [
    ['x', 'release note, third person', 'Acme 2.0 is live: faster sync, offline mode and a new dashboard. Update today from the App Store.'],
    ['youtube', 'new video is up', "New video is up! I tested 5 budget mics so you don't have to 🎙️ link in bio"],
    ['instagram', 'drop, link in bio', 'New drop this Friday 🔥 Only 50 pieces, link in bio to shop'],
    ['instagram', 'use code', 'Use code SUMMER20 for 20% off everything in my shop this week only!'],
    ['linkedin', 'DM me for rates', 'I have 3 spots left for 1:1 coaching this month. DM me for rates.'],
    ['linkedin', 'book a call', "Struggling to get replies from recruiters? Book a free 20-minute call with me and we'll fix your CV together. Link in comments."],
    ['x', 'limited spots, my course', 'Only 10 spots left in my cohort-based course on product analytics. Enrollment closes Sunday.'],
    ['x', 'my newsletter', "My newsletter goes out tomorrow: 3 tools I'm using to automate my inbox. Subscribe so you don't miss it → example.substack.com"],
    ['linkedin', 'launch with a waitlist', "We're launching Tally next month. Join the waitlist for early access and 3 months free: tally.example.com"],
    ['linkedin', 'webinar sign-up', 'Join our free webinar on Thursday: How to cut your cloud bill by 30%. Register here: acme.example.com/webinar'],
    [
      'linkedin',
      'tutorial-shaped ad',
      'How I write cold emails that get a 40% reply rate:\n1. Research the buyer\n2. Lead with their problem\n3. Keep it under 90 words\nThe exact templates are in my Cold Email Playbook. Grab it here: playbook.example.com',
    ],
    ['youtube', 'affiliate what I use', 'Gear I use in every video 👇 Camera: amzn.to/3xYzAbc Mic: amzn.to/4dEfGhi (affiliate links, I earn a small commission)'],
    ['x', 'vote for me', 'Vote for me in the Indie Maker Awards! It takes 10 seconds: awards.example.com/vote/lena'],
    ['facebook', 'support my Kickstarter', 'Our Kickstarter is live! Help us bring the Foldable Kayak to life, every pledge counts: kickstarter.com/projects/foldkayak/foldable-kayak'],
    ['reddit', 'made a tool, download', 'I built a free Chrome extension that blocks distracting sites during work hours. Would love feedback! Download: chrome.google.com/webstore/detail/focusblock'],
    ['mastodon', 'my shop, price', 'My new zine about urban foraging is out! 40 pages, hand-printed, €8 from my shop: shop.example.org'],
    ['x', 'release note, third person', 'Shipping today: Lumen for Windows. Download at lumen.example.app'],
    ['youtube', 'new video is up', 'Just uploaded part 2 of the camper van build, go check it out on my channel!'],
    ['x', 'introducing, free trial', 'Introducing Orbit, the calendar that plans your week for you. Try it free for 14 days.'],
    ['instagram', 'DM me for rates', 'Commissions are OPEN ✨ 3 slots only, DM me for prices'],
    ['facebook', 'my shop, order online', 'Our bakery now delivers! Order online at bakery.example.com and get free delivery on your first order.'],
    ['linkedin', 'my book, grab a copy', "Excited to share that my book 'Lead Without Title' is now available on Amazon! Grab your copy today."],
    ['x', 'limited time, tickets', 'Last chance: early-bird tickets for DevConf end tonight. Get yours at devconf.example.com'],
    ['reddit', 'support my Kickstarter', 'Hey r/boardgames, we just launched our first game on Kickstarter, a co-op about saving coral reefs. Would mean a lot if you checked it out!'],
    ['mastodon', 'my shop, boost', "Please boost! I'm selling prints of my bird illustrations to cover rent this month. All details on my Ko-fi."],
    ['youtube', 'tutorial-shaped ad', "If you want the full workout plan, it's in my app, 7 days free with the link below"],
    ['x', 'release note, third person', 'Acme Cloud now supports Postgres 17. Upgrade your cluster in one click from the console.'],
    ['linkedin', 'book a call', 'We helped 200+ SaaS companies cut churn by 25%. Want the same results? Book a demo: acme.example.com/demo'],
    ['x', 'sale', "Our summer sale starts now: 40% off all plans until Friday. Don't miss out!"],
    ['instagram', 'link in bio', 'Follow for daily outfit ideas and tap the link in bio to shop my looks 💕'],
    ['youtube', 'my channel', 'Check out my channel, I post Minecraft builds every week!'],
    ['x', 'limited spots, apply', 'Limited spots for my January mentorship program. Apply now: mentor.example.com'],
  ]),
  ...rows('es', [
    ['x', 'release note, third person', 'Ya está disponible la versión 3.0 de Contaplus: facturación electrónica y nuevo panel. Descárgala hoy en contaplus.example.es'],
    ['instagram', 'new video is up', '¡Nuevo video en mi canal! Os enseño mi rutina de mañana, link en la bio 💛'],
    ['instagram', 'use code', 'Usa el código HOLA15 y llévate un 15% de descuento en toda la tienda'],
    ['linkedin', 'book a call', '¿Tu empresa pierde clientes por una web lenta? Agenda una llamada gratuita conmigo y lo revisamos juntos.'],
    ['linkedin', 'limited spots, my course', 'Últimas plazas para mi curso de Excel avanzado. Inscríbete aquí: curso.example.es'],
    ['youtube', 'subscribe', 'Suscríbete a mi canal y activa la campanita para no perderte ningún video'],
    ['facebook', 'my shop, order online', '¡Nuestra tienda online ya está abierta! Pide tus pasteles en dulce.example.es y te los llevamos a casa'],
    ['x', 'launch with a waitlist', 'Lanzamos la lista de espera de Nubi, la app que organiza tus gastos. Apúntate y consigue 3 meses gratis: nubi.example.com'],
    ['linkedin', 'webinar sign-up', 'Este jueves doy un webinar gratuito sobre marca personal. Regístrate en el enlace de los comentarios.'],
    ['instagram', 'DM me for rates', 'Escríbeme por DM para tarifas de sesiones de fotos 📸'],
    ['x', 'vote for me', 'Votad por mi blog en los Premios Bitácoras, solo os lleva un minuto: premios.example.es'],
    ['reddit', 'made a tool, try it', 'Hice una app gratuita para aprender verbos irregulares en inglés, ¿la probáis? Enlace: play.google.com/store/apps/details?id=verbos'],
    ['youtube', 'affiliate what I use', 'Todo el material que uso está en mi tienda de Amazon, link en la descripción (enlaces de afiliado)'],
  ]),
  ...rows('de', [
    ['x', 'release note, third person', 'Acme 4.0 ist da: schnellere Suche, Dark Mode und eine neue API. Jetzt updaten: acme.example.de'],
    ['youtube', 'new video is up', 'Neues Video ist online! Ich habe drei Gaming-Mäuse getestet, schaut es euch auf meinem Kanal an'],
    ['instagram', 'use code', 'Mit dem Code HERBST10 bekommt ihr 10 % Rabatt in meinem Shop, Link in der Bio'],
    ['linkedin', 'book a call', 'Sie wollen mehr Anfragen über LinkedIn? Buchen Sie jetzt ein kostenloses Erstgespräch mit mir: termin.example.de'],
    ['linkedin', 'limited spots, my course', 'Nur noch 5 Plätze frei in meinem Onlinekurs „Buchhaltung für Selbstständige“. Jetzt anmelden!'],
    ['linkedin', 'webinar sign-up', "Am Dienstag findet unser kostenloses Webinar zur E-Rechnung statt. Hier geht's zur Anmeldung: webinar.example.de"],
    ['x', 'my newsletter', 'Unser neuer Newsletter startet nächste Woche. Jetzt abonnieren und keine Ausgabe verpassen: news.example.de'],
    ['facebook', 'my shop, order online', 'Unser Hofladen hat ab sofort auch online geöffnet! Bestellt eure Gemüsekiste unter hof.example.de'],
    ['mastodon', 'my book, order', 'Mein Buch über Permakultur ist erschienen! Ihr könnt es direkt bei mir bestellen, Infos auf meiner Website.'],
    ['instagram', 'DM me for rates', 'Schreibt mir eine DM für Preise und freie Termine 💅'],
    ['x', 'vote for me', 'Stimmt für mich ab beim Podcast-Preis 2026! Jede Stimme zählt: podcastpreis.example.de'],
    ['reddit', 'made a tool, try it', 'Ich habe ein kleines Tool gebaut, das Steuerbelege automatisch sortiert. Probiert es kostenlos aus: belegbot.example.de'],
    ['youtube', 'support my Kickstarter', 'Unterstützt mein Projekt auf Kickstarter, jeder Euro hilft! Link in der Beschreibung'],
  ]),
  ...rows('fr', [
    ['x', 'release note', "Notre appli Fleurie 2.0 est disponible : nouveau design, mode hors ligne et widgets. Téléchargez-la sur l'App Store !"],
    ['youtube', 'new video is up', "Nouvelle vidéo en ligne ! Je vous montre comment j'ai rénové ma cuisine, allez la voir sur ma chaîne"],
    ['instagram', 'use code', 'Code PRINTEMPS pour -20 % sur toute la boutique, lien en bio 🌸'],
    ['linkedin', 'book a call', 'Vous voulez décrocher plus de clients ? Réservez un appel découverte gratuit avec moi : calendly.com/conseil-ventes'],
    ['linkedin', 'limited spots, my course', 'Plus que 8 places pour ma formation en gestion de projet. Inscrivez-vous avant vendredi !'],
    ['linkedin', 'webinar sign-up', 'Rejoignez notre webinaire gratuit jeudi à 14h : comment réduire vos coûts logistiques. Inscription : webinaire.example.fr'],
    ['facebook', 'my shop, order online', 'Notre boulangerie lance la livraison à domicile ! Commandez sur pain.example.fr'],
    ['x', 'my newsletter', 'Abonnez-vous à ma newsletter, chaque dimanche un outil IA testé pour vous : lettre.example.fr'],
    ['mastodon', 'my book, order', 'Mon roman est enfin sorti ! Vous pouvez le commander chez votre libraire ou sur mon site.'],
    ['instagram', 'DM me for rates', 'Envoyez-moi un DM pour les tarifs et les disponibilités 📩'],
    ['x', 'vote for me', 'Votez pour moi au concours des jeunes talents, ça prend 30 secondes : vote.example.fr'],
    ['reddit', 'made a tool, try it', "J'ai créé un site gratuit pour réviser le code de la route. N'hésitez pas à le tester : code.example.fr"],
    ['youtube', 'support my Kickstarter', 'Soutenez notre campagne Ulule, il reste 10 jours ! Lien dans la description'],
  ]),
  ...rows('pt', [
    ['x', 'release note, third person', 'O Contafácil 5.0 chegou: notas fiscais automáticas e novo painel. Atualize agora em contafacil.example.com.br'],
    ['youtube', 'new video is up', 'Vídeo novo no canal! Testei 5 fones baratos, corre lá pra ver'],
    ['instagram', 'use code', 'Use o cupom VERAO10 e ganhe 10% de desconto em toda a loja, link na bio'],
    ['linkedin', 'book a call', 'Quer vender mais pelo Instagram? Agende uma call gratuita comigo: agenda.example.com.br'],
    ['linkedin', 'limited spots, my course', 'Últimas vagas para a minha mentoria de carreira em dados. Inscreva-se aqui: mentoria.example.com.br'],
    ['linkedin', 'webinar sign-up', 'Participe do nosso webinar gratuito sobre LGPD nesta quinta. Inscrições no link: webinar.example.com.br'],
    ['facebook', 'my shop, order online', 'Nossa loja online está no ar! Faça seu pedido em doces.example.com.br e receba em casa'],
    ['x', 'my newsletter', 'Assine minha newsletter: toda segunda, 3 dicas de finanças pessoais direto no seu e-mail. newsletter.example.com.br'],
    ['instagram', 'DM me for rates', 'Chama no direct para orçamento de ensaios fotográficos 📸'],
    ['x', 'vote for me', 'Vota em mim no prêmio Influência Digital! Leva 1 minuto: premio.example.com.br'],
    ['reddit', 'made a tool, try it', 'Criei um app gratuito para controlar gastos. Testem e me digam o que acharam: play.google.com/store/apps/details?id=gastos'],
    ['youtube', 'subscribe', 'Se inscreve no canal e ativa o sininho pra não perder nenhum vídeo!'],
    ['mastodon', 'my book, order', 'Meu livro de receitas veganas saiu! Dá pra comprar direto comigo, detalhes no meu site.'],
  ]),
  // A brand's own release note with no link: the maker's voice, marked twice (promo4).
  ...rows('en', [
    ['x', 'release note, no link: version and sign-off', 'We just shipped Lumen 3.2: offline sync, a new dashboard and faster search. Update and let us know what you think!'],
    ['threads', 'drop, no link: date and sign-off', 'Our new spring collection drops Friday at 10am. Set your reminders 🌸'],
    ['bluesky', 'release note, no link: version', "We've rolled out Pinboard 2.0 to everyone: tags, shared boards and a faster editor."],
    ['mastodon', 'release note, no link: date and sign-off', "We're releasing Quill 1.5 next week with tables and footnotes. Get ready!"],
    ['linkedin', 'rollout, asks for feedback', "Our new onboarding flow is rolling out to all workspaces this month. We'd love your feedback!"],
    ['x', 'partnership, no link, version', 'Excited to partner with @Ledger: hardware wallet support lands in Acme Wallet 4.1 next week.'],
    ['x', 'new season, sign-off', 'Season 3 of our podcast starts next Monday. Set a reminder!'],
    ['linkedin', 'partnership', "We've partnered with Stripe to bring instant payouts to every Acme seller. Learn more: acme.example.com/payouts"],
  ]),
  ...rows('es', [
    ['x', 'release note, no link: version and sign-off', 'Acabamos de lanzar Lumen 3.2: sincronización sin conexión y búsqueda más rápida. ¡Actualizad y contadnos qué os parece!'],
    ['threads', 'drop, no link: date and sign-off', 'Nuestra nueva colección de primavera sale el viernes. ¡Prepárate! 🌸'],
    ['linkedin', 'release note, no link: version', 'Hemos lanzado la versión 2.0 de nuestra app de facturación, ya disponible para todos los clientes.'],
  ]),
  ...rows('de', [
    ['x', 'release note, no link: version and sign-off', 'Wir haben gerade Lumen 3.2 veröffentlicht: Offline-Sync und schnellere Suche. Aktualisiert die App und sagt uns, was ihr davon haltet!'],
    ['linkedin', 'drop, no link: date and sign-off', 'Unsere neue Frühjahrskollektion erscheint am Freitag. Macht euch bereit!'],
    ['mastodon', 'release note, no link: version', 'Wir veröffentlichen nächste Woche Quill 1.5 mit Tabellen und Fußnoten.'],
  ]),
  ...rows('fr', [
    ['x', 'release note, no link: version and sign-off', 'Nous venons de publier Lumen 3.2 : synchro hors ligne et recherche plus rapide. Mettez à jour et dites-nous ce que vous en pensez !'],
    ['threads', 'drop, no link: date and sign-off', 'Notre nouvelle collection de printemps sort vendredi. Préparez-vous ! 🌸'],
    ['linkedin', 'release note, no link: version', 'Nous lançons la version 2.0 de notre application de facturation, disponible dès maintenant pour tous nos clients.'],
  ]),
  ...rows('pt', [
    ['x', 'release note, no link: version and sign-off', 'Acabamos de lançar o Lumen 3.2: sincronização offline e busca mais rápida. Atualizem o app e contem pra gente o que acharam!'],
    ['threads', 'drop, no link: date and sign-off', 'Nossa nova coleção de primavera chega na sexta. Preparem-se! 🌸'],
    ['linkedin', 'release note, no link: version', 'Lançamos a versão 2.0 do nosso app de faturamento, já disponível para todos os clientes.'],
  ]),
  // Brand copy in the ad register, no "I" or "we" and no "buy": an appeal to the reader, a fit to the buyer, social proof.
  ...rows('en', [
    ['x', 'brand copy, ad register', 'Take your home cooking to the next level. Japanese steel knives, designed for home chefs.'],
    ['instagram', 'brand copy, social proof', 'Thousands of creators already use Clipdeck. It helps you go from raw footage to a finished reel in minutes.'],
  ]),
  ...rows('es', [['instagram', 'brand copy, ad register', 'Lleva tu cocina al siguiente nivel con cuchillos de calidad profesional.']]),
  ...rows('de', [['instagram', 'brand copy, ad register', 'Bring deine Küche auf das nächste Level: Messer in Profiqualität, entwickelt für Hobbyköche.']]),
  ...rows('fr', [['instagram', 'brand copy, ad register', 'Faites passer votre cuisine au niveau supérieur avec des couteaux conçus pour les cuisiniers.']]),
  ...rows('pt', [['instagram', 'brand copy, ad register', 'Leve sua cozinha ao próximo nível com facas de qualidade profissional.']]),
];

/** Posts that must stay quiet: they give, share, thank, ask or tell, and sell nothing of the author's. */
export const QUIET: readonly PromoProbe[] = [
  ...rows('en', [
    ['x', 'another company’s launch', 'Anthropic released a new model today. The interesting bit: it scores higher on long-context tasks but is slower. Worth reading the system card.'],
    ['linkedin', 'credit to someone else', 'Huge thanks to @maria_dev for her talk on accessibility at FrontConf. Her tip to test with the keyboard first changed how our team reviews PRs. Slides: speakerdeck.com/maria/a11y'],
    ['x', 'another company’s launch', 'Stripe just launched a tax API for marketplaces. If you sell in the EU, this saves you from filing in 27 countries.'],
    [
      'linkedin',
      'lesson with the author’s work',
      "We moved our app from Heroku to Fly last month. What surprised us: cold starts dropped from 4s to 300ms once we pinned the region next to the database. If you're planning the same move, do that first.",
    ],
    ['reddit', 'genuine question', 'Has anyone used Obsidian with a shared vault for a team of five? How do you handle merge conflicts?'],
    ['facebook', 'personal news', 'We finally moved into our new house! The kids already picked their rooms.'],
    ['mastodon', 'thanks', 'Thanks to everyone who sent soup recipes while I was sick, the ginger-miso one from @lea was the winner.'],
    ['youtube', 'fan comment', 'Great explanation of the Fourier transform, the animation at 4:12 finally made it click for me.'],
    ['x', 'tip', "Writing tip I learned from my editor: cut the first paragraph of every draft. It's almost always you warming up."],
    [
      'linkedin',
      'lesson with the author’s work',
      "I wrote a book on negotiation last year, and the one idea readers mention most is simple: never name the first number before you know their budget range. Ask what they've set aside, then anchor just above it.",
    ],
    ['x', 'credit to someone else', "If you're learning Rust, Jon Gjengset's videos on lifetimes are the best free resource I've found. youtube.com/@jonhoo"],
    ['reddit', 'tip', 'PSA: the new macOS update resets your firewall settings. Check System Settings > Network > Firewall after updating.'],
    ['instagram', 'personal news', "Sunday hike with my sister, 14 km and the best view of the lake I've ever seen."],
    ['linkedin', 'thanks', 'Today is my last day at Acme after 6 years. Thank you to the support team for teaching me how to listen to customers.'],
    ['x', 'genuine question', "What's the best way to learn SQL window functions? I keep reading docs but nothing sticks."],
    ['youtube', 'thanks', 'Tried your sourdough method and it worked on the first try, thank you! The tip about the cold fridge proof made all the difference.'],
    ['mastodon', 'tip', 'Small tip for Linux users: `journalctl -b -1` shows the logs from your previous boot, handy after a crash.'],
    ['facebook', 'credit to someone else', "Our neighbour's daughter just opened a bakery on Elm Street and her cinnamon rolls are unreal. Go say hi to Ana if you're nearby!"],
    ['x', 'another company’s launch', 'Figma announced Dev Mode pricing today: $25 per editor. Teams on the free plan keep view access.'],
    [
      'linkedin',
      'lesson with the author’s work',
      "We published our incident report from Tuesday's outage: a config push skipped the canary stage. We've added a check that blocks any push without canary results. Full timeline on our blog.",
    ],
  ]),
  ...rows('es', [
    ['x', 'another company’s launch', 'Apple ha lanzado hoy el nuevo iPad. Lo más interesante: ahora tiene el chip M4 y baja de precio.'],
    ['linkedin', 'credit to someone else', 'Gracias a @lucia_ux por su charla sobre accesibilidad. Su consejo de probar todo con teclado nos cambió la forma de revisar.'],
    ['reddit', 'genuine question', '¿Alguien sabe cómo configurar una VPN en un router TP-Link? He probado de todo y no conecta.'],
    ['facebook', 'personal news', '¡Hoy cumplimos 10 años de casados! Gracias a todos por los mensajes.'],
    [
      'linkedin',
      'lesson with the author’s work',
      'Después de lanzar nuestra app aprendimos algo: el 60% de los usuarios abandonaba en el registro. Quitamos 4 campos y la activación subió al 35%. Si tenéis un formulario largo, empezad por ahí.',
    ],
    ['youtube', 'fan comment', 'Muy buen video, la explicación del minuto 3 sobre el interés compuesto es la más clara que he visto.'],
    ['x', 'tip', 'Consejo para quien empieza a correr: sube el kilometraje como mucho un 10% por semana. Así evité lesiones el primer año.'],
    ['instagram', 'personal news', 'Domingo de paella con la familia en casa de la abuela ❤️'],
    ['mastodon', 'credit to someone else', 'Recomiendo muchísimo el blog de Ana Pérez sobre jardinería urbana, sus guías de riego son oro: anaperez.example.es'],
    ['x', 'genuine question', '¿Qué libro me recomendáis para aprender estadística desde cero?'],
  ]),
  ...rows('de', [
    ['x', 'another company’s launch', 'Google hat heute Gemini 3 vorgestellt. Spannend: das Modell läuft jetzt auch offline auf Android.'],
    ['linkedin', 'credit to someone else', 'Danke an @jonas_k für den großartigen Vortrag über Barrierefreiheit. Sein Tipp, alles zuerst mit der Tastatur zu testen, hat unser Team überzeugt.'],
    ['reddit', 'genuine question', 'Kennt jemand eine gute Steuerberaterin in Leipzig für Freiberufler? Bin für jeden Tipp dankbar.'],
    ['facebook', 'personal news', 'Wir sind endlich in die neue Wohnung gezogen! Der Balkon ist ein Traum.'],
    [
      'linkedin',
      'lesson with the author’s work',
      'Wir haben letztes Jahr unser Produkt auf Kubernetes umgestellt. Die wichtigste Lektion: erst Monitoring aufbauen, dann migrieren. Ohne Metriken haben wir zwei Wochen mit Raten verbracht.',
    ],
    ['youtube', 'fan comment', 'Super erklärt! Bei 5:30 habe ich endlich verstanden, wie Zinseszins funktioniert.'],
    ['mastodon', 'tip', 'Kleiner Tipp: Mit `git commit --fixup` und `rebase --autosquash` bleibt die History sauber.'],
    ['instagram', 'personal news', 'Sonntagsspaziergang an der Elbe mit meiner Oma 🌿'],
    ['x', 'genuine question', 'Welches Buch empfehlt ihr zum Einstieg in Statistik?'],
    ['mastodon', 'credit to someone else', 'Lest unbedingt den Blog von Miriam Lenz über Stadtgärten, ihre Anleitung zum Kompostieren ist großartig: miriamlenz.example.de'],
  ]),
  ...rows('fr', [
    ['x', 'another company’s launch', "Mistral a lancé aujourd'hui un nouveau modèle open source. Le plus intéressant : il tourne sur un seul GPU."],
    ['linkedin', 'credit to someone else', "Merci à @claire_dev pour sa conférence sur l'accessibilité. Son conseil de tout tester au clavier a changé nos revues de code."],
    ['reddit', 'genuine question', "Quelqu'un a-t-il un bon plan pour un vélo d'occasion à Lyon ? Budget 300 €."],
    ['facebook', 'personal news', 'Nous avons enfin emménagé dans notre nouvelle maison ! Les enfants adorent le jardin.'],
    [
      'linkedin',
      'lesson with the author’s work',
      "Quand j'ai écrit mon livre sur la négociation, une idée revenait sans cesse : ne donnez jamais le premier chiffre. Demandez d'abord le budget, puis ancrez juste au-dessus.",
    ],
    ['youtube', 'fan comment', "Super vidéo, l'explication à 2:40 sur les intérêts composés est la plus claire que j'ai vue."],
    ['x', 'tip', "Astuce pour les débutants en course : n'augmentez pas votre kilométrage de plus de 10 % par semaine."],
    ['instagram', 'personal news', 'Dimanche en famille au bord du lac, le soleil était au rendez-vous ☀️'],
    ['mastodon', 'credit to someone else', 'Je recommande le blog de Julien Martin sur le jardinage urbain, ses fiches sur l’arrosage sont excellentes : julienmartin.example.fr'],
    ['x', 'genuine question', 'Quel livre me conseillez-vous pour apprendre les statistiques ?'],
  ]),
  ...rows('pt', [
    ['x', 'another company’s launch', 'A Nubank lançou hoje um cartão para adolescentes. O mais interessante: os pais definem o limite pelo app.'],
    ['linkedin', 'credit to someone else', 'Obrigado à @ana_dev pela palestra sobre acessibilidade. A dica dela de testar tudo pelo teclado mudou a forma como revisamos código.'],
    ['reddit', 'genuine question', 'Alguém sabe uma boa oficina de bicicleta em Curitiba? A minha está fazendo um barulho estranho.'],
    ['facebook', 'personal news', 'Hoje fazemos 5 anos de casados! Obrigada a todos pelas mensagens lindas.'],
    [
      'linkedin',
      'lesson with the author’s work',
      'Depois de lançar nosso app aprendemos uma coisa: 60% dos usuários desistiam no cadastro. Tiramos 4 campos e a ativação subiu para 35%. Se o seu formulário é longo, comece por aí.',
    ],
    ['youtube', 'fan comment', 'Que vídeo bom! A explicação aos 3:10 sobre juros compostos foi a mais clara que já vi.'],
    ['x', 'tip', 'Dica para quem está começando a correr: aumente a quilometragem no máximo 10% por semana.'],
    ['instagram', 'personal news', 'Domingo de churrasco com a família na casa da vó ❤️'],
    ['mastodon', 'credit to someone else', 'Recomendo demais o blog da Carla Souza sobre hortas urbanas, os guias de rega dela são ótimos: carlasouza.example.com.br'],
    ['x', 'genuine question', 'Que livro vocês recomendam para aprender estatística do zero?'],
  ]),
  // A brand's own release with no link, told apart from news, a fan's hype, a user's review (promo4).
  ...rows('en', [
    ['x', 'another company’s launch, version', 'Apple just released iOS 18.2 with a new Mail app and Genmoji. Worth updating if you have an iPhone 15 Pro.'],
    ['bluesky', 'another company’s launch, version', 'Huge news from the Rust team: Rust 1.80 is out with LazyCell and exclusive ranges.'],
    ['threads', 'fan: someone else’s trailer, “get ready”', 'GTA 6 trailer 2 drops tomorrow. Get ready!'],
    ['mastodon', 'user’s review of a version', 'Been using Firefox 130 for a week: the new sidebar is handy, vertical tabs still feel rough.'],
    ['x', 'personal news, “shipped off”', "We shipped the kids off to grandma's for the weekend. Finally some quiet."],
    ['x', 'another company’s partnership', 'Stripe partners with Shopify to bring instant payouts to merchants in 12 countries.'],
    ['mastodon', 'personal news, teamed up', 'We teamed up with the neighbours to clean the park on Saturday. Three bags of rubbish and a lost bike.'],
    ['x', 'a listener’s “get ready”', "My favourite podcast is back next Monday with season 3. Get ready, it's so good."],
  ]),
  ...rows('es', [
    ['x', 'another company’s launch, version', 'Apple acaba de lanzar iOS 18.2 con una nueva app de Correo. Merece la pena actualizar si tienes un iPhone 15 Pro.'],
    ['threads', 'fan: someone else’s trailer, “get ready”', 'El tráiler 2 de GTA 6 sale mañana. ¡Prepárate!'],
    ['mastodon', 'user’s review of a version', 'Llevo una semana con Firefox 130: la barra lateral nueva es útil, las pestañas verticales aún fallan.'],
  ]),
  ...rows('de', [
    ['x', 'another company’s launch, version', 'Apple hat gerade iOS 18.2 veröffentlicht, mit neuer Mail-App. Lohnt sich, wenn ihr ein iPhone 15 Pro habt.'],
    ['threads', 'fan: someone else’s trailer, “get ready”', 'Der zweite GTA-6-Trailer kommt morgen. Macht euch bereit!'],
    ['bluesky', 'user’s review of a version', 'Seit einer Woche nutze ich Firefox 130: die neue Seitenleiste ist praktisch, die vertikalen Tabs hakeln noch.'],
  ]),
  ...rows('fr', [
    ['x', 'another company’s launch, version', 'Apple vient de sortir iOS 18.2 avec une nouvelle app Mail. Ça vaut le coup de mettre à jour si vous avez un iPhone 15 Pro.'],
    ['threads', 'fan: someone else’s trailer, “get ready”', 'La deuxième bande-annonce de GTA 6 sort demain. Préparez-vous !'],
    ['bluesky', 'user’s review of a version', "J'utilise Firefox 130 depuis une semaine : la nouvelle barre latérale est pratique, les onglets verticaux encore un peu lents."],
  ]),
  ...rows('pt', [
    ['x', 'another company’s launch, version', 'A Apple acabou de lançar o iOS 18.2 com um novo app de Mail. Vale atualizar se você tem um iPhone 15 Pro.'],
    ['threads', 'fan: someone else’s trailer, “get ready”', 'O segundo trailer de GTA 6 sai amanhã. Preparem-se!'],
    ['bluesky', 'user’s review of a version', 'Estou usando o Firefox 130 há uma semana: a barra lateral nova é prática, as abas verticais ainda travam.'],
  ]),
  // The ad register's words in posts that sell nothing: a travel tip, a user's recommendation with reasons, a how-to.
  ...rows('en', [
    ['instagram', 'travel tip', 'Experience the magic of Lake Bled at sunrise: we went at 5am, had the lake to ourselves, and the path from the church takes 20 minutes.'],
    ['reddit', 'recommendation with reasons', 'These knives were designed for home chefs, and after a year mine still hold an edge. I sharpen them every two months on a 1000 stone.'],
    ['x', 'how-to', 'Meal prep made easy: cook the grains on Sunday, keep them dry in the fridge, and add the sauce on the day.'],
  ]),
  ...rows('es', [['instagram', 'travel tip', 'Vive la experiencia de subir al Teide de noche: salimos a las 3, llevad frontal y abrigo, arriba hace 2 grados.']]),
  ...rows('de', [['instagram', 'travel tip', 'Erlebe die Magie des Bleder Sees bei Sonnenaufgang: wir waren um 5 Uhr da, der Weg von der Kirche dauert 20 Minuten.']]),
  ...rows('fr', [['x', 'tip', 'Cette astuce vous permet de renommer des fichiers en lot : sélectionnez-les, appuyez sur F2 et tapez le nom.']]),
  ...rows('pt', [['x', 'tip', 'Minhas facas de qualidade profissional duram há anos: afie numa pedra 1000 a cada dois meses e seque logo após lavar.']]),
];

/**
 * Quiet rows the learned model still reads as a pitch: a third-person launch reported with no link ("A Nubank lançou
 * hoje um cartão"): its availability words make weak evidence for the model. Keeping them out of that evidence cost
 * two company announcements on janitr's check half (labelled promotion), so the model's reading stands; no phrase rule
 * may add to it. A known false alarm, listed so that a fix shows here.
 */
export const MODEL_ALARMS: ReadonlySet<string> = new Set([
  'A Nubank lançou hoje um cartão para adolescentes. O mais interessante: os pais definem o limite pelo app.',
]);
