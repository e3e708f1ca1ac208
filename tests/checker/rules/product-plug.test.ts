import { describe, expect, it } from 'vitest';
import { check, type Lang } from '../../../lib/checker';
import { ASK_LEXICONS, askLexicon } from '../../../lib/checker/lexicon';
import rule from '../../../lib/checker/rules/product-plug';
import { testRule } from '../rule-tester';

testRule(rule, {
  valid: [
    // Done exactly that (not built it), or someone else's tool offered to try: no offer of the author's.
    { text: 'Hicimos justo esto el año pasado con la comunidad de vecinos: una hoja compartida con turnos y se acabaron las quejas.', ctx: { lang: 'es', platform: 'reddit', reply: true }, note: 'what was done, told' },
    { text: 'Genau das haben wir letztes Jahr gemacht: eine geteilte Tabelle mit Schichten, seitdem keine Beschwerden mehr.', ctx: { lang: 'de', platform: 'reddit', reply: true }, note: 'what was done, told' },
    { text: "On a fait exactement ça l'an dernier avec la copro : un tableur partagé avec les tours de ménage, plus aucune plainte.", ctx: { lang: 'fr', platform: 'reddit', reply: true }, note: 'what was done, told' },
    { text: 'Essayez Syncthing, gratuit et libre, si vous voulez tester une synchro sans cloud entre le portable et le téléphone.', ctx: { lang: 'fr', platform: 'reddit', reply: true }, note: 'someone else’s tool' },
    { text: 'Usem o Syncthing, é grátis e livre, se quiserem testar uma sincronização sem nuvem entre o notebook e o celular.', ctx: { lang: 'pt', platform: 'reddit', reply: true }, note: 'someone else’s tool' },
    // Someone else's new episode passed on, with nowhere of the author's to take it: news of a show.
    { text: 'New episode of Serial is out and the first ten minutes explain how the appeal actually works. Worth it.', note: "another's show, no ask" },
    { text: 'Nuevo vídeo de Dot CSV ya disponible, explica genial cómo funcionan los transformers.', ctx: { lang: 'es' }, note: "another's video, no ask" },
    { text: 'Mi programa favorito de la radio vuelve en enero, qué ganas', ctx: { platform: 'x', lang: 'es' }, note: "a fan's favourite programme" },
    { text: 'My podcast cohost recommended this mic, try it out if you record at home: the Samson Q2U, $70, USB and XLR.', ctx: { platform: 'x' }, note: 'a person of the show named' },
    // 'jabá' as an accusation of someone's paid placement is no label of one's own plug.
    { text: 'Isso aí é jabá descarado da gravadora, todo mundo sabe.', ctx: { lang: 'pt' }, note: "someone else's payola" },
    // xlang19: someone else's gig, a boat's seats, a subject touched on: no band of the author's.
    { text: 'El viernes tocan Los Pájaros en la Sala Siroco, entradas en entradium.com/siroco, muy recomendables en directo', ctx: { lang: 'es', platform: 'instagram' }, note: "someone else's gig" },
    { text: "Il reste des places sur le bateau de 10h pour l'île, on y était hier, super balade", ctx: { lang: 'fr', platform: 'instagram' }, note: 'seats on a boat' },
    { text: 'Ontem tocamos no assunto com a diretora e ela explicou que as matrículas abrem dia 5, inscrições no site da escola', ctx: { lang: 'pt', platform: 'facebook' }, note: 'a subject touched on' },
    // Someone else's book with a way to take it: no thing of the author's.
    { text: 'Finished my book club pick on the train. Get the audiobook if you commute, the narrator is superb.', ctx: { platform: 'x' }, note: "someone else's book" },
    // Lessons counted and then given, with no thing of the author's named before them.
    { text: '3 lessons from my first year of freelancing: 1) invoice on day one, 2) never work without a contract, 3) raise prices every January.', ctx: { platform: 'linkedin' }, note: 'lessons given' },
    { text: '3 lecciones de mi primer año como autónoma: factura el primer día, nunca trabajes sin contrato y sube precios cada enero.', ctx: { platform: 'linkedin', lang: 'es' }, note: 'lessons given' },
    // A new feature passed on by a user (no maker's voice), or tried by one: no release of the author's.
    { text: 'New feature in Gmail: you can now undo send for up to 30 seconds. Try it out!', ctx: { platform: 'x' }, note: "someone else's feature" },
    { text: 'New feature alert! Spotify now shows lyrics offline. Give it a spin on your next flight.', ctx: { platform: 'x' }, note: 'a user passes a feature on' },
    { text: "Gave Figma's new auto layout a spin this week. Two things that saved time: wrap for tag lists, and min width on buttons.", ctx: { platform: 'linkedin' }, note: 'a user tried it' },
    { text: 'Nueva función de WhatsApp: ya puedes editar mensajes 15 minutos después. Pruébala.', ctx: { platform: 'x', lang: 'es' }, note: "someone else's feature" },
    { text: 'Aprendí por prueba y error: mi nueva receta lleva la mitad de azúcar y sale igual de rica.', ctx: { platform: 'instagram', lang: 'es' }, note: 'prueba y error is no ask' },
    // Back, or sold in stores and online, with no author's thing: news, a greeting, the weather.
    { text: 'The new iPhone is available in stores and online from Friday, Apple says.', note: "someone else's product, its source named" },
    { text: "We're back from holiday! See you Monday.", note: 'the author back, nothing on offer' },
    { text: "My favourite podcast is back! Get ready, it's so good.", note: 'a listener’s podcast back, not the author’s' },
    { text: 'Vuelve el frío: mínimas de -5 grados en Burgos este fin de semana.', ctx: { lang: 'es' }, note: 'the weather comes back' },
    { text: 'Le soleil est de retour ce week-end, enfin !', ctx: { lang: 'fr' }, note: 'the sun comes back' },
    // "Update now" about someone else's release, with no author named: a user's tip, no offer.
    { text: 'Python 3.13 is out, update now if you use asyncio: the task group bug is fixed.', note: "someone else's release" },
    { text: 'Chrome 131 is now out with a fix for the zero-day. Update now, it takes 2 minutes.', note: "a browser's security fix passed on" },
    { text: 'iOS 18.2 est enfin arrivé et corrige le bug de batterie. Mettez à jour dès maintenant.', ctx: { lang: 'fr' }, note: "someone else's release" },
    { text: 'Ya ha llegado iOS 18.2 y arregla el fallo de la batería. Actualiza ya si lo tienes.', ctx: { lang: 'es' }, note: "someone else's release" },
    { text: 'Die Ergebnisse der Abstimmung sind raus: 54 % für den neuen Radweg', ctx: { lang: 'de' }, note: 'results out, nothing of the author’s' },
    // The author's own open-source tool named so ("my open-source PDF tool"), its release notes told: the same gift.
    { text: 'New release of my open-source PDF tool: v2.3 fixes the crash on scanned files and cuts memory use by half. Changelog: https://codeberg.org/example/pdftool/releases', ctx: { platform: 'mastodon' }, note: 'own open-source tool, notes told' },
    { text: 'Nueva versión de mi herramienta de código abierto para PDF: la 2.3 arregla el fallo con escaneos y usa la mitad de memoria. Cambios: https://codeberg.org/x/pdf', ctx: { lang: 'es', platform: 'mastodon' }, note: 'own open-source tool, notes told' },
    { text: 'Neue Version meines Open-Source-Tools für PDFs: 2.3 behebt den Absturz bei Scans und halbiert den Speicherbedarf. Changelog: https://codeberg.org/x/pdf', ctx: { lang: 'de', platform: 'mastodon' }, note: 'own open-source tool, notes told' },
    { text: 'Nouvelle version de mon outil open source pour les PDF : la 2.3 corrige le plantage sur les scans et divise la mémoire par deux. https://codeberg.org/x/pdf', ctx: { lang: 'fr', platform: 'mastodon' }, note: 'own open-source tool, notes told' },
    { text: 'Nova versão da minha ferramenta de código aberto para PDF: a 2.3 corrige o travamento com digitalizações e usa metade da memória. https://codeberg.org/x/pdf', ctx: { lang: 'pt', platform: 'mastodon' }, note: 'own open-source tool, notes told' },
    // A free tool handed over as open source (an open licence): the release is the gift, its link where to take it.
    { text: "Not sure if this is allowed here, but I made a free Chrome extension that hides Shorts from YouTube. No tracking, open source: github.com/x/noshorts. Feedback welcome!", ctx: { platform: 'reddit' }, note: 'open source, nothing sold or asked' },
    { text: "No sé si se permite, pero hice una extensión gratis de Chrome que oculta los Shorts de YouTube. Sin rastreo, código abierto: github.com/x/noshorts. ¡Se agradecen comentarios!", ctx: { lang: 'es', platform: 'reddit' }, note: 'open source, nothing sold or asked' },
    { text: "Weiß nicht, ob das hier erlaubt ist, aber ich habe eine kostenlose Chrome-Erweiterung gebaut, die Shorts auf YouTube ausblendet. Kein Tracking, Open Source: github.com/x/noshorts. Feedback willkommen!", ctx: { lang: 'de', platform: 'reddit' }, note: 'open source, nothing sold or asked' },
    { text: "Je ne sais pas si c'est autorisé ici, mais j'ai fait une extension Chrome gratuite qui masque les Shorts de YouTube. Sans pistage, open source : github.com/x/noshorts. Vos retours sont les bienvenus !", ctx: { lang: 'fr', platform: 'reddit' }, note: 'open source, nothing sold or asked' },
    { text: "Não sei se pode postar isso aqui, mas fiz uma extensão grátis pro Chrome que esconde os Shorts do YouTube. Sem rastreamento, código aberto: github.com/x/noshorts. Aceito feedback!", ctx: { lang: 'pt', platform: 'reddit' }, note: 'open source, nothing sold or asked' },
    // Asked where a book is sold, or told one has not bought it: a reader's question, no seller's nudge, in five languages.
    { text: "Anyone know if 'Cooking in 20 Minutes' is still on Amazon for $9.99? My library copy is falling apart.", note: 'a question about where it is sold' },
    { text: '¿Alguien sabe si «Cocina en 20 minutos» sigue estando en Amazon por 9,99 €? Mi ejemplar de la biblioteca se cae a trozos.', ctx: { lang: 'es' }, note: 'a question' },
    { text: 'Weiß jemand, ob „Kochen in 20 Minuten“ noch bei Amazon für 9,99 € ist? Mein Bibliotheksexemplar fällt auseinander.', ctx: { lang: 'de' }, note: 'a question' },
    { text: "Quelqu'un sait si « Cuisiner en 20 minutes » est toujours sur Amazon à 9,99 € ? Mon exemplaire de la bibli tombe en morceaux.", ctx: { lang: 'fr' }, note: 'a question' },
    { text: 'Alguém sabe se o "Cozinha em 20 minutos" ainda está na Amazon por R$ 29,90? Meu exemplar da biblioteca está caindo aos pedaços.', ctx: { lang: 'pt' }, note: 'a question' },
    // Someone else's work said to stream is news or a fan's tip, even beside "my" (offer entry onStreaming).
    { text: "Taylor's new album is on Spotify now, track 3 is my favourite", note: 'a fan' },
    { text: 'My favourite podcast, Hidden Brain, is on Spotify. The episode on habits changed how I plan my week.', note: 'a favourite is not one’s own' },
    { text: 'Mi disco favorito ya está en Spotify', ctx: { lang: 'es' }, note: 'a favourite' },
    { text: 'Mon podcast préféré est maintenant sur Spotify, enfin !', ctx: { lang: 'fr' }, note: 'a favourite, after its noun' },
    { text: 'Mein Lieblingspodcast ist jetzt auf Spotify, endlich!', ctx: { lang: 'de' }, note: 'a favourite joined to its noun' },
    { text: 'Meu podcast favorito agora está no Spotify 🎧', ctx: { lang: 'pt' }, note: 'a favourite, after its noun' },
    { text: 'Das neue Album von Kraftklub ist jetzt auf Spotify, Track 4 ist mein Favorit', ctx: { lang: 'de' }, note: 'a fan' },
    { text: 'Le nouvel album de Stromae est sur Spotify, le titre 3 est magnifique', ctx: { lang: 'fr' }, note: 'a fan' },
    { text: 'O novo álbum da Anitta já está no Spotify, a faixa 3 é incrível', ctx: { lang: 'pt' }, note: 'a fan' },
    { text: 'Is it on Spotify?', ctx: { reply: true }, note: 'a question' },
    // A fan tells where tickets are left: no band speaks.
    { text: "Stromae joue en juin à Forest National, il reste des places à 65€ sur Ticketmaster, j'ai déjà les miennes 🥳", ctx: { lang: 'fr', platform: 'x' }, note: 'a fan, tickets left' },
    { text: "Die Toten Hosen spielen im Juni in Düsseldorf! Tickets gibt's noch für 65€ bei Eventim, ich hab meine schon 🥳", ctx: { lang: 'de', platform: 'x' }, note: 'a fan, tickets left' },
    { text: 'Rosalía toca en junio en el Bernabéu, todavía quedan entradas a 65€ en Ticketmaster, yo ya tengo la mía 🥳', ctx: { lang: 'es', platform: 'x' }, note: 'a fan, tickets left' },
    // Tickets pointed at by a fan or a newsroom: no band or venue speaks (offer entry ticketsAt).
    { text: 'Finally got my tickets for the Glasgow show!! Tickets at ticketmaster.co.uk if anyone else is going 🎸', note: 'a fan' },
    { text: 'Taylor Swift adds 3 London dates to the Eras tour: June 21-23 at Wembley. Tickets at ticketmaster.co.uk from Friday 10am', note: 'news' },
    // A version named in a sentence of thanks says where someone's work went: a credit, not a release note.
    { text: 'Thanks @jen_dev for the PR that fixed the Windows path bug in v2.3, saved us a week.', note: 'a credit' },
    { text: "I still haven't got my refund from the airline? Three months now, the form says 14 days.", note: 'the author has not got something' },
    // A way of doing the video's own thing passed on to those interested, with the how in the comment: no plug.
    { text: "Great video! I do the same recipe with oat milk if anyone's interested in a dairy-free version: swap 1:1 and add a pinch of salt.", note: 'the variation is given' },
    // A price in a tip, in news, or beside someone else's pattern sold elsewhere is no offer of the author's.
    { text: "Tip: you don't need a fancy quilting ruler, a €7 ruler from the hardware store does the job." },
    { text: 'Bread prices went up again: a loaf is now €3.50 at most supermarkets in Dublin.' },
    { text: 'Picked up the new Juniper pattern by @woolandwillow, €7 on Ravelry, and the top-down sleeves are genius: you try it on as you go.' },
    { text: 'Consejo: no hace falta una regla cara, una de 7 € de la ferretería sirve.', ctx: { lang: 'es' } },
    { text: 'Dica: não precisa de régua cara, uma de R$ 10 resolve.', ctx: { lang: 'pt' } },
    // Fans who say what they are are not creators introducing themselves, in five languages.
    { text: "I'm a new fan of hers, this song got me", ctx: { platform: 'youtube' }, note: 'a new fan, not a new creator' },
    { text: 'soy un gran fan de esta banda', ctx: { platform: 'youtube', lang: 'es' }, note: 'a fan' },
    { text: 'ich bin ein großer Fan von ihr seit dem ersten Album', ctx: { platform: 'youtube', lang: 'de' }, note: 'a fan' },
    { text: 'je suis une grande fan de ce groupe', ctx: { platform: 'youtube', lang: 'fr' }, note: 'a fan' },
    { text: 'sou fã dessa banda desde 2010', ctx: { platform: 'youtube', lang: 'pt' }, note: 'a fan' },
    { text: "I'm running the Berlin marathon in September, 14 weeks of training to go: strava.example.com/ana", note: 'running a race offers nothing' },
    { text: 'Registration for disaster assistance is now open at the county office: https://county.gov/assist', note: 'a sign-up for help to others, not a sale' },
    { text: 'The concert hall reopens in May; the box office says tickets will follow.', note: 'a sale opening told with nowhere to go' },
    { text: 'We shipped offline mode last week. Three things we learned building it:\n- cache the search index on first launch, not on every open\n- store edits as a queue and replay them in order\n- show the sync state, people stop worrying\nWrite-up: crumb.example.com/offline', note: 'a list of lessons introduced by its own sentence, not by the launch' },
    // A ticket price in news, a public event or a fan's night out names no seller of the author's: no offer.
    { text: 'Glastonbury tickets are £373 this year, up from £340: bbc.co.uk/news/entertainment-123', note: 'news of a price' },
    { text: "The council's Christmas concert is on Friday at the town hall, tickets £5 from the library: townhall.gov.uk/events", note: 'a public event' },
    { text: 'We went to see the Arctic Monkeys last night, tickets were £85 but so worth it: setlist.fm/arctic', note: 'a fan tells what it cost' },
    { text: 'Las entradas para Rosalía en Madrid salen desde 60€ en ticketmaster.es, se agotaron en una hora.', ctx: { lang: 'es' }, note: 'news of a price' },
    { text: 'Das Stadtfest ist am Samstag, Eintritt 5 € für Erwachsene, Kinder frei. Programm: stadt-kassel.de/fest', ctx: { lang: 'de' }, note: 'a public event' },
    { text: 'Le festival revient en juillet, billets dès 35€ sur le site officiel : festival-exemple.fr', ctx: { lang: 'fr' }, note: 'news of a festival' },
    // The author's paper out today with its finding, open access (openLicence): handed over for anyone to read, in five languages.
    { text: 'Our article is out today in Ecology Letters: city foxes start foraging 90 min later than rural foxes. Open access: doi.org/10.1111/ele.14421', note: 'a paper handed over' },
    { text: 'Nuestro artículo sale hoy en Ecology Letters: los zorros urbanos salen a buscar comida 90 min más tarde que los rurales. Acceso abierto: doi.org/10.1111/ele.14421', ctx: { lang: 'es' }, note: 'a paper handed over' },
    { text: 'Unser Artikel erscheint heute in Ecology Letters: Stadtfüchse gehen 90 Minuten später auf Nahrungssuche als Landfüchse. Open Access: doi.org/10.1111/ele.14421', ctx: { lang: 'de' }, note: 'a paper handed over' },
    { text: "Notre article sort aujourd'hui dans Ecology Letters : les renards urbains cherchent leur nourriture 90 min plus tard que les renards ruraux. Accès libre : doi.org/10.1111/ele.14421", ctx: { lang: 'fr' }, note: 'a paper handed over' },
    { text: 'Nosso artigo sai hoje na Ecology Letters: raposas urbanas começam a buscar comida 90 min mais tarde que as rurais. Acesso aberto: doi.org/10.1111/ele.14421', ctx: { lang: 'pt' }, note: 'a paper handed over' },
    // A version joined to a name by a hyphen, underscore or dot names a model or file the author uses, not a release of theirs.
    { text: 'For interview studies: I transcribe with Whisper large-v3 locally, then do a second pass myself. 40 min per hour of audio.', note: 'a model name' },
    { text: 'Transcribo mis entrevistas con Whisper large-v3 en mi portátil: 40 minutos por hora de audio. Guía: https://github.com/openai/whisper', ctx: { lang: 'es' }, note: 'a model name' },
    { text: 'Ich zähle Vögel am Futterhaus mit YOLO-v8 auf meinem Raspberry Pi, 92 % Treffer bei Tageslicht. Code: https://github.com/ultralytics/ultralytics', ctx: { lang: 'de' }, note: 'a model name' },
    { text: "J'ai testé Whisper large-v3 sur mes entretiens : 40 min par heure d'audio au lieu de 4 h. Mode d'emploi : https://github.com/openai/whisper", ctx: { lang: 'fr' }, note: 'a model name' },
    { text: 'Usei o Whisper large-v3 nas minhas entrevistas: 40 min por hora de áudio em vez de 4 h. Tutorial: https://github.com/openai/whisper', ctx: { lang: 'pt' }, note: 'a model name' },
    // A version after the name of a tool the author moves to or works with is someone else's release in use (five languages).
    { text: 'I upgraded our CI to Node v22 last week and my builds got 30% faster. Notes: https://nodejs.org/en/blog/release/v22.0.0', note: 'a tool in use' },
    { text: 'Migré mi tesis a Zotero v7 y por fin la bibliografía se exporta bien a Word. Guía: https://www.zotero.org/support/', ctx: { lang: 'es' }, note: 'a tool in use' },
    { text: 'Wir haben unser Lager auf Odoo v17 umgestellt, die Inventur dauert jetzt 2 statt 5 Tage. Anleitung: https://www.odoo.com/documentation', ctx: { lang: 'de' }, note: 'a tool in use' },
    { text: "J'ai refait mes rendus avec Blender v4 et le temps par image est passé de 9 à 3 minutes. Réglages : https://docs.blender.org", ctx: { lang: 'fr' }, note: 'a tool in use' },
    { text: 'Migrei nosso servidor para o Node v22 e o build ficou 30% mais rápido. Notas: https://nodejs.org', ctx: { lang: 'pt' }, note: 'a tool in use' },
    { text: 'The council adopted v2 of the cycling plan on Monday; the old route map is retired.', note: 'a numbered version in news, with no way to take it' },
    { text: 'Corvo launches its v3 e-bike on Friday, the first with a belt drive.', note: 'another company’s launch reported, nothing to take' },
    { text: 'Self-promotion is fine in moderation when you give first.', note: 'talking about promotion, not doing it' },
    { text: 'I made a birthday cake shaped like a castle for my niece, photos: imgur.example.com/castle', note: 'a thing made, not a thing people can use or get' },
    { text: 'I built a small tool to rename my photos by date. The trick was reading EXIF first and falling back to the file time; about 30 lines of Python.', note: 'a made thing with nowhere to get it: a story' },
    { text: 'Firefox now supports passkeys on Linux, finally.', note: 'another maker’s release note with nothing to take' },
    { text: 'Node 22 is now out. Update now if you use the test runner, the watch mode fix matters.', note: 'a user’s tip about someone else’s release: "update now" names no store of the maker' },
    { text: 'Meine Tochter hat ein Spiel für die Schule programmiert, ich bin so stolz', ctx: { lang: 'de' }, note: 'someone else made it, nothing to get' },
    { text: 'Remember to plug the charger in before the update starts', note: 'a plug that is a cable' },
    { text: 'La autopromoción en LinkedIn funciona mejor con ejemplos concretos.', ctx: { lang: 'es' }, note: 'the topic, not a label' },
    { text: 'My newsletter goes out on Sundays, I write it on the train.', note: 'no link or ask: news, not a plug' },
    { text: 'I love my local coffee shop, they know my order by heart: oat flat white.', note: 'a shop that is not yours' },
    {
      text: 'My new course is live. The most useful thing from lesson 1: write the sentence your chart should prove before picking the chart type. Most bad charts skip that step. Full course at vizcraft.example.io',
      note: 'the post teaches; the plug yields',
    },
    'Our county library publishes daily checkout counts as open CSVs: a great teaching dataset. data.example.org/library',
    // Offers: an announcement of one's own thing with a way to take it. These have one half, or give beyond it.
    { text: 'We shipped dark mode today. The hardest part was images: we added a 10% dim filter because pure white burned eyes at night.', note: 'a launch with nowhere to go, and the lesson is in the post' },
    { text: 'Red Cross launches an appeal for the flood victims: redcross.example.org/appeal', note: 'a third party announces, on behalf of victims' },
    { text: 'OpenAI just released a new coding model, details at openai.example.com/blog', note: 'someone else’s release' },
    { text: 'The shelter at Lincoln High is now open, more info at county.example.gov/shelters', note: 'availability with no owner and no ask to take it: a notice' },
    { text: 'Try a pinch of salt in your coffee, it takes the bitterness off.', note: 'an imperative with nothing announced is advice' },
    {
      text: 'We launched our invoicing app 6 months ago. What moved the needle was onboarding: we cut signup from 7 fields to 2 and activation went from 18% to 41%. Details: ledgerly.example.com/blog',
      note: 'the lesson is in the post; the launch is its setting',
    },
    { text: 'Hemos lanzado una campaña de ayuda para las víctimas de las inundaciones: cruzroja.example.org', ctx: { lang: 'es' }, note: 'on behalf of victims' },
    { text: "Every January we remember the people lost in our agency's space program. nasa.example.gov/remembrance", note: 'a possessive: what the agency has, not the agency as a product' },
    { text: 'The city launches a bike share with 40 stations downtown, details at city.example.gov/bikes', note: 'a third party launches; nothing asks the reader to take it' },
    { text: "We're hosting a dinner for the new folks on the team Friday, would love to see you there, DM me", note: 'an invitation to meet; the DM takes it up' },
    { text: "Happy to help anyone stuck with the migration: we're running office hours Friday, DM me and I'll send the config", note: 'an offer of help, not a sale' },
    { text: 'Die Bibliothek ist ab sofort wieder geöffnet, die Öffnungszeiten stehen auf stadt.example.de', ctx: { lang: 'de' }, note: 'a notice about someone else’s place' },
    // A newsroom pointing at its coverage of an event the post names: the event and its facts are the news.
    { text: 'We have updated our live page with new footage of the refinery explosion in Carville: news.example.com/live', note: 'coverage of a named explosion' },
    { text: 'O tufão deixou 40 mil desalojados em Cebu. Nosso novo vídeo mostra os abrigos: tv.example.br/tufao', ctx: { lang: 'pt' }, note: 'a typhoon’s toll, then the video' },
    { text: 'Unser neues Video zum Hochwasser in Passau ist online: Pegel bei 9 Metern. video.example.de/passau', ctx: { lang: 'de' }, note: 'a named flood with its water level' },
    // A pointer for more vouches only for a numbered version said to be out: without one, availability is a notice.
    { text: 'The library on Elm St is now open again, more info at city.example.gov/library', note: 'a notice about a place, pointed to for more' },
    { text: 'The new bike lanes on 5th are now open. Details here: city.example.gov/bikes', note: 'a notice, no version' },
    { text: 'The council adopted v2 of the cycling plan on Monday. Details here: city.example.gov/bikes', note: 'a version adopted, not said to be out' },
    { text: 'La biblioteca de la calle Olmo ya está abierta. Más info aquí: ayto.example.es/biblioteca', ctx: { lang: 'es' }, note: 'a notice, no version' },
    // A release with nowhere to go needs the maker's voice and a second mark (a version, a sign-off, a release out).
    { text: "We shipped the kids off to grandma's for the weekend, let us know what you think of the quiet", note: '"shipped off" sends someone away' },
    { text: 'We launched a fundraiser for the animal shelter last week.', note: 'one mark: the launch alone, nowhere to go' },
    { text: 'GTA 6 trailer 2 drops tomorrow. Get ready!', note: 'a fan’s sign-off over someone else’s trailer: no author' },
    { text: 'Apple just released iOS 18.2 with a new Mail app. Worth updating if you have an iPhone 15 Pro.', note: 'a version in another company’s release' },
    { text: 'We just moved into our new flat! Two bedrooms and a tiny balcony.', note: 'our new, no second mark' },
    { text: 'El tráiler 2 de GTA 6 sale mañana. ¡Prepárate!', ctx: { lang: 'es' }, note: 'a fan’s “prepárate”, no author' },
    { text: 'Our bakery raised $1.5 million from the neighbourhood, we launched the fund in March.', note: 'an amount is no version' },
    { text: 'We just moved in! What we still need:\n- a sofa\n- curtains\n- a working oven', note: 'a list with no release' },
    { text: 'The new Zelda drops next month. Stay tuned!', note: 'a fan’s “stay tuned” over someone else’s game' },
    { text: "My favourite podcast is back next Monday with season 3. Get ready, it's so good.", note: 'a listener’s podcast, not the author’s' },
    // A partnership is the author's own news only in the first person.
    { text: 'Stripe partners with Shopify to bring instant payouts to merchants, details: news.example.com/stripe', note: 'another company’s partnership reported' },
    { text: 'We teamed up with the neighbours to clean the park on Saturday, photos: imgur.example.com/park', note: 'neighbours, not a business partner' },
    { text: "We've partnered with the local food bank to collect donations for flood victims: foodbank.example.org", note: 'on behalf of victims' },
    { text: 'Stripe se alía con Shopify para ofrecer pagos instantáneos, más info: news.example.es', ctx: { lang: 'es' }, note: 'reported in the third person' },
    { text: "We've updated our live page with new footage of the refinery fire in Carville. Stay tuned.", note: 'a newsroom’s coverage of a named fire' },
    // A third-person release note needs two marks (a version, and a sign-off or a changelog) to be the maker's voice; a
    // benefit told to the reader is the pitch's only beside the author's own offer.
    { text: 'iOS 18.2 is out now with a new Mail app: the unified inbox is back under Settings > Mail.', note: 'a version out, one mark: news' },
    { text: 'Hollow Knight: Silksong is out now, get ready to lose a weekend!', note: 'a fan’s sign-off, no numbered version' },
    { text: 'Blender 2.4 ist jetzt verfügbar: der neue Sculpt-Pinsel folgt der Oberfläche.', ctx: { lang: 'de' }, note: 'a version out, one mark: news' },
    { text: 'This trick lets you batch rename files: select them, press F2, type the name, and Windows numbers them for you.', note: 'a benefit in a tip, nothing released' },
    { text: 'Este truco te permite renombrar archivos en lote: selecciónalos, pulsa F2 y escribe el nombre.', ctx: { lang: 'es' }, note: 'a benefit in a tip' },
    { text: 'Cette astuce vous permet de renommer des fichiers en lot : sélectionnez-les, appuyez sur F2 et tapez le nom.', ctx: { lang: 'fr' }, note: 'a benefit in a tip' },
    { text: 'Esse truque te permite renomear arquivos em lote: selecione, aperte F2 e digite o nome.', ctx: { lang: 'pt' }, note: 'a benefit in a tip' },
    // A public or community good, or someone else's announcement with its source: availability no author sells.
    { text: 'The new youth bus pass is available now: 20 € a month for everyone under 26. Get it at any station.', note: 'a public transport pass, taken at any station' },
    { text: 'Apple says the iPhone 17 is available now at $999 in the US: https://www.theverge.com/apple/iphone-17-price', note: 'someone else’s announcement with its source, linked' },
    { text: 'El nuevo abono joven ya está disponible: 20 € al mes para todos los menores de 26. Consíguelo en cualquier estación.', ctx: { lang: 'es' }, note: 'a public transport pass' },
    { text: 'El ayuntamiento anunció que el bono de transporte joven ya está disponible: 20 € al mes. Se consigue en cualquier estación.', ctx: { lang: 'es' }, note: 'the council’s announcement' },
    { text: 'Das neue Jugendticket ist jetzt verfügbar: 20 € im Monat für alle unter 26. Hol es dir an jedem Bahnhof.', ctx: { lang: 'de' }, note: 'a public transport pass' },
    { text: 'Le nouveau pass jeunes est disponible dès maintenant : 20 € par mois. Procurez-le dans n’importe quelle gare.', ctx: { lang: 'fr' }, note: 'a public transport pass' },
    { text: 'O novo passe jovem já está disponível: 20 € por mês. Pegue o seu em qualquer estação.', ctx: { lang: 'pt' }, note: 'a public transport pass' },
    // A taste-matched recommendation of someone else's work, or of a place, plugs nothing of the author's.
    { text: "If you liked Inside, you'll love Limbo too: same studio, same dread.", note: 'another studio’s game' },
    { text: "You'll love our city if you like hiking: three trails under an hour from the centre.", note: 'a place, not a product' },
    { text: 'Si te gusta el senderismo, te va a encantar nuestra ciudad: tres rutas a menos de una hora.', ctx: { lang: 'es' }, note: 'un lugar' },
    { text: 'Wenn du Inside magst, wirst du Limbo lieben: gleiches Studio.', ctx: { lang: 'de' }, note: 'ein fremdes Spiel' },
    { text: "Si vous aimez la randonnée, vous allez adorer notre ville : trois sentiers à moins d'une heure.", ctx: { lang: 'fr' }, note: 'un lieu' },
    { text: 'Se você curtiu Inside, vai amar Limbo: mesmo estúdio.', ctx: { lang: 'pt' }, note: 'um jogo de outro estúdio' },
    // A countdown to someone else's release, or to what is not a release, and support someone else added: no offer.
    { text: 'GTA 6 trailer drops in 2 days, get hyped!', note: 'a fan counts down to another’s trailer' },
    { text: 'The new Zelda releases tomorrow and I already took Friday off.', note: 'the author named, but the release is not theirs' },
    { text: 'My exam results come out in 2 days, so nervous.', note: 'a countdown to nothing released' },
    { text: 'El tráiler de GTA 6 sale en 2 días, ¡qué ganas!', ctx: { lang: 'es' }, note: 'un fan' },
    { text: 'Der GTA-6-Trailer kommt in 2 Tagen, ich freu mich!', ctx: { lang: 'de' }, note: 'ein Fan' },
    { text: 'Le trailer de GTA 6 sort dans 2 jours, trop hâte !', ctx: { lang: 'fr' }, note: 'un fan' },
    { text: 'O trailer de GTA 6 sai em 2 dias, que ansiedade!', ctx: { lang: 'pt' }, note: 'um fã' },
    { text: 'We added more chairs to the library reading room after your feedback.', note: 'no support added to a thing of the author’s' },
    { text: 'Firefox added support for WebGPU on Linux today.', note: 'news of another’s release' },
    // Building what is no product (a treehouse, a garden) is no build-in-public launch, link or not.
    { text: "I'm building a treehouse for my kids this weekend, photos at kidsblog.example.com", note: 'a treehouse is no product' },
    { text: 'Estoy construyendo una casa en el árbol para mis hijos, fotos en kidsblog.example.com', ctx: { lang: 'es' }, note: 'una casa en el árbol' },
    // A headline passed on under "New post:" with its link asks no one to listen, watch or read the author's own thing;
    // a news outlet's "experts explain why" is a teaser (clickbait-teaser), not a plug.
    { text: 'New post: Derailed train was traveling in an area with a 30 mph limit, officials say http://news.example.com/a1', note: 'a feed passing a headline on' },
    { text: 'Experts explain why sleep matters more than diet', note: "someone else's headline" },
    { text: 'Expertos explican por qué el sueño importa más que la dieta', ctx: { lang: 'es' }, note: "someone else's headline" },
    { text: 'Experten erklären, warum Schlaf wichtiger ist als Ernährung', ctx: { lang: 'de' }, note: "someone else's headline" },
    { text: "Des experts expliquent pourquoi le sommeil compte plus que l'alimentation", ctx: { lang: 'fr' }, note: "someone else's headline" },
    { text: 'Especialistas explicam por que o sono importa mais que a dieta', ctx: { lang: 'pt' }, note: "someone else's headline" },
    // "get it" after a subject tells ("the day you get it"); it asks no one to take the author's thing, so a method
    // that mentions the author's tool once in passing stays a lesson.
    { text: "How I cut my bookkeeping to 20 minutes a week: 1) photograph every receipt the day you get it, 2) one bank account only for the business, 3) reconcile every Friday at 4pm, 4) send invoices the day the work ends. That's it. We built LedgerLite to do step 3 for us, but a spreadsheet works too.", note: 'a soft plug after a method' },
    // A turn to what the author built with no way to take it, or with no product at all, is a story, not an offer.
    { text: "Our town had no place for kids to play after school. That's why we started a Saturday football club: 40 kids now, two volunteer coaches.", note: 'a club started, nothing offered' },
    { text: 'Nuestro barrio no tenía biblioteca. Por eso creamos una estantería en la plaza: 300 libros, se cambian los sábados.', ctx: { lang: 'es' }, note: 'a shelf made, nothing to take' },
    // blind15: "for that" with a verb of doing, not of building a product.
    { text: 'Dafür habe ich gestern drei Stunden gebraucht, aber der Zaun steht.', ctx: { lang: 'de' }, note: 'time spent, nothing built' },
    { text: 'Para eso hice la lista: 12 cosas que revisar antes de firmar el alquiler, la primera es el contador del agua.', ctx: { lang: 'es' }, note: 'a list made' },
    { text: 'Foi para isso que fizemos a vaquinha: o telhado da escola precisa de 4 mil reais até março.', ctx: { lang: 'pt' }, note: 'a fundraiser for the school' },
    // blind17: the author's own app, site or course named in a story or an answer that gives, or a course they took.
    { text: 'O app que eu desenvolvi na faculdade nunca passou de 50 usuários. A lição: conversei com zero clientes antes de programar. Hoje faço 10 entrevistas antes de escrever uma linha de código.', ctx: { lang: 'pt', platform: 'linkedin' }, note: 'a lesson from an old app' },
    { text: 'El curso que hice en la universidad no servía para nada, mejor aprende con la documentación oficial de Django y haz el tutorial del blog.', ctx: { lang: 'es', platform: 'reddit', reply: true }, note: 'a course taken, not made' },
    { text: "L'outil que j'ai développé pour mon équipe ne gère pas ça, désolé. Essaie plutôt Zapier, le plan gratuit suffit pour 100 tâches par mois.", ctx: { lang: 'fr', platform: 'x', reply: true }, note: 'points to someone else’s tool' },
    { text: 'Die Website, die ich für meinen Verein gebaut habe, läuft mit Hugo und Netlify und kostet 0 €. Einfach das Theme Ananke nehmen und die config.toml anpassen.', ctx: { lang: 'de', platform: 'reddit', reply: true }, note: 'how it was done, answered' },
    { text: "The site I built for my dad's bakery runs on Hugo + Netlify for free. Just use the Ananke theme and edit config.toml, took me an afternoon.", ctx: { platform: 'reddit', reply: true }, note: 'how it was done, answered' },
      // blind17: 'we only sell at <site>' in a scam warning names the real shop to tell it from the fake.
    { text: "Aviso de estafa: una página falsa con nuestro logo anuncia un 70% de descuento en todo. No somos nosotros. Solo vendemos en lahoja.es. Denunciad la página si la veis.", ctx: { platform: 'facebook', lang: 'es' }, note: 'the real shop named in a scam warning' },
    // The tip given here, the newsletter only mentioned; someone else's newsletter; 'dazu … in meinem Buch' that says nothing is there.
    { text: "Set your TTL to 300 before the migration, then switch the A record and wait an hour before you turn off the old server. I wrote about this in my newsletter last year too, but that's the gist.", ctx: { platform: 'reddit', reply: true }, note: 'the answer is here' },
    { text: 'Ana wrote about this in her newsletter, worth a read', ctx: { platform: 'x', reply: true }, note: 'someone else’s newsletter' },
    { text: 'Dazu gibt es in meinem Buch leider nichts, aber die Stiftung Warentest hat 2025 alle Modelle verglichen.', ctx: { platform: 'reddit', reply: true, lang: 'de' }, note: 'no verb of telling: the book has nothing on it' },
    // The tip is in the post; 'more like this' on someone else's profile.
    { text: 'Batch-cook rice on Sunday, freeze it flat in bags, it thaws in 3 minutes. More tips like this on my profile', ctx: { platform: 'threads' }, note: 'the tip is given here' },
    { text: "you can find more photos like this on her profile, she's great", ctx: { platform: 'threads', reply: true }, note: 'someone else’s profile' },
    // 'Einen Kurs gemacht' is a course taken; 'armé un mueble' is furniture built.
    { text: 'Ich hab einen Kurs gemacht bei der VHS, 8 Abende für 60 €, hat mir sehr geholfen', ctx: { platform: 'reddit', reply: true, lang: 'de' }, note: 'a course attended' },
    { text: 'Yo armé un mueble igual con palets, le puse ruedas y barniz al agua, quedó genial', ctx: { platform: 'reddit', reply: true, lang: 'es' }, note: 'furniture built' },
    // Someone else's writing linked, and one's own with its gist told here.
    { text: "my friend wrote something similar here: annadev.io/why-she-left-vue", ctx: { platform: 'bluesky', reply: true }, note: "a friend wrote it" },
    { text: "Wrote something similar last year. The short version: Vue's reactivity broke on our nested forms, and Svelte's stores fixed it in 2 days. jmarsh.dev/vue", ctx: { platform: 'bluesky', reply: true }, note: "the gist is given here" },
    { text: "Mi hermana escribió algo parecido acá: ana.blog/react", ctx: { platform: 'bluesky', reply: true, lang: 'es' }, note: "a sister wrote it" },
    // The pointer opening what it says after a colon gives it right here.
    { text: 'Hab ich in meinem Blog mal erklärt: erst die Wurzeln kürzen, dann in Seramis setzen, 2 Wochen nicht gießen. Seitdem keine Fäulnis mehr.', ctx: { platform: 'x', reply: true, lang: 'de' }, note: 'the tip follows the colon' },
    { text: 'Darüber hab ich mal in meinem Blog geschrieben: erst die Wurzeln kürzen, dann in Seramis setzen, 2 Wochen nicht gießen. Seitdem keine Fäulnis mehr.', ctx: { platform: 'x', reply: true, lang: 'de' }, note: 'the tip follows the colon' },
    { text: 'SCAM WARNING: a fake page called Luma Shop is running ads with 70% off. It is not us. We only sell on shopluma.co', ctx: { platform: 'facebook' }, note: 'the real shop named in a scam warning, in the simple present' },
    { text: 'I sell on Etsy too and their fees went from 6.5% to 9.5% with the offsite ads, so factor that in before pricing', ctx: { platform: 'reddit', reply: true }, note: 'a fellow seller’s experience of a marketplace' },
    { text: "Achtung Betrug: Eine Fake-Seite mit unserem Logo wirbt mit 70 % Rabatt auf alles. Das sind nicht wir. Wir verkaufen nur auf holzliebe.de. Bitte meldet die Seite.", ctx: { platform: 'facebook', lang: 'de' }, note: 'the real shop named in a scam warning' },
    { text: "Alerte arnaque : une fausse page avec notre logo annonce -70 % sur tout. Ce n'est pas nous. On vend uniquement sur lespetitspots.fr. Signalez la page si vous la voyez.", ctx: { platform: 'facebook', lang: 'fr' }, note: 'the real shop named in a scam warning' },
    { text: "Alerta de golpe: uma página falsa com a nossa logo anuncia 70% de desconto em tudo. Não somos nós. Só vendemos em cafedaserra.com.br. Denunciem a página.", ctx: { platform: 'facebook', lang: 'pt' }, note: 'the real shop named in a scam warning' },
      // blind17: the author's internal tool or platform team in an engineering writeup, and a tool that broke, are no offer.
    { text: "Our platform team cut deploy time from 40 to 6 minutes by caching Docker layers and running tests in parallel. Writeup with the config: eng.acme.dev/docker-cache", ctx: { platform: 'linkedin' }, note: 'the author’s workplace, not an offer' },
    { text: "Our tool for this broke after the API change, so we switched to Zapier's free plan. Works fine for 100 tasks a month: zapier.com", ctx: { platform: 'reddit', reply: true }, note: 'the author’s workplace, not an offer' },
    { text: "Nuestra plataforma interna tardaba 40 minutos en desplegar; cacheando las capas de Docker bajamos a 6. Lo explico con la configuración aquí: blog.acme.es/docker", ctx: { platform: 'linkedin', lang: 'es' }, note: 'the author’s workplace, not an offer' },
    { text: "Unser internes Tool brauchte 40 Minuten fürs Deployment; mit Docker-Layer-Caching sind es jetzt 6. Die Konfiguration steht hier: blog.acme.de/docker", ctx: { platform: 'linkedin', lang: 'de' }, note: 'the author’s workplace, not an offer' },
    { text: "Notre outil interne mettait 40 minutes à déployer ; en mettant en cache les couches Docker on est passé à 6. La config est ici : blog.acme.fr/docker", ctx: { platform: 'linkedin', lang: 'fr' }, note: 'the author’s workplace, not an offer' },
    { text: "Nossa ferramenta interna levava 40 minutos pra fazer deploy; com cache das camadas do Docker caiu pra 6. A configuração está aqui: blog.acme.com.br/docker", ctx: { platform: 'linkedin', lang: 'pt' }, note: 'the author’s workplace, not an offer' },
  ],
  invalid: [
    // The author's programme or coaching as their own thing, with places opened (es, de; fr and pt had it).
    { text: '¿Quieres dejar de procrastinar? En mi programa de 8 semanas te enseño cómo, paso a paso. Plazas abiertas para enero.', ctx: { platform: 'linkedin', lang: 'es' }, flags: ['mi programa'] },
    { text: 'Du willst endlich aufhören zu prokrastinieren? In meinem 8-Wochen-Programm zeige ich dir, wie. Anmeldung für Januar ist offen.', ctx: { platform: 'linkedin', lang: 'de' }, flags: ['meinem 8-Wochen-Programm'] },
    // "Open-source" in the name does not excuse a sale beside it.
    { text: 'My open-source course is finally out! Buy the full edition for $49 at learn.example.com', ctx: { platform: 'x' }, flags: ['is finally out'] },
    // 'momento jabá' labels the author's own plug, as 'shameless plug' and 'momento autobombo' do.
    { text: 'momento jabá: escrevi sobre isso semana passada, por que os ônibus da cidade estão cada vez mais lentos. folhadovale.com.br/opiniao/onibus', ctx: { platform: 'x', lang: 'pt', reply: true }, flags: ['momento jabá'] },
    // xlang19: the band says it plays in the verb alone (Spanish) or with 'on' (French), and where its tickets are.
    { text: 'Este viernes tocamos en la Sala Siroco 🎸 entradas en entradium.com/siroco, ¡no falten!', ctx: { lang: 'es', platform: 'instagram' }, flags: ['entradas en'] },
    { text: 'Vendredi on joue à la Ferme du Biéreau 🎸 places sur biereau.be, venez nombreux !', ctx: { lang: 'fr', platform: 'instagram' }, flags: ['places sur'] },
    { text: 'Vendredi on joue à la Ferme du Biéreau 🎸 billets sur biereau.be, venez nombreux !', ctx: { lang: 'fr', platform: 'instagram' }, flags: ['billets sur'] },
    // The author's own show with where to listen to it, and no link: the way to take it is named.
    { text: 'My podcast just hit episode 100 🎉 Have a listen, wherever you get your podcasts!', ctx: { platform: 'x' }, flags: ['My podcast'] },
    { text: 'Mein Podcast hat gerade die 100. Folge erreicht 🎉 Hört doch mal rein, überall wo es Podcasts gibt!', ctx: { platform: 'x', lang: 'de' }, flags: ['Mein Podcast'] },
    { text: 'Meu podcast acabou de chegar ao episódio 100 🎉 Ouçam em todas as plataformas de podcast!', ctx: { platform: 'x', lang: 'pt' }, flags: ['Meu podcast'] },
    // The count of what a course holds ("30 lessons") is its copy, not lessons given (signals.ts COUNTED_RE).
    { text: 'My new Excel course for beginners is out 📊 30 lessons, lifetime access. Discounted seats until Sunday: excelcourse.com', ctx: { platform: 'x' }, flags: ['My new Excel course'] },
    { text: 'Ya está disponible mi nuevo curso de Excel para principiantes 📊 30 lecciones, acceso de por vida. Plazas con descuento hasta el domingo: cursoexcel.es', ctx: { platform: 'x', lang: 'es' }, flags: ['mi nuevo curso'] },
    { text: 'Mein neuer Excel-Kurs für Einsteiger ist da 📊 30 Lektionen, lebenslanger Zugang. Rabatt bis Sonntag: excelkurs.de', ctx: { platform: 'x', lang: 'de' }, flags: ['Mein neuer Excel-Kurs'] },
    // A new feature's heading from its maker, with a way to try it and the maker's ask for feedback, in five languages.
    { text: 'New feature alert 🚨 You can now schedule posts for up to 12 accounts at once, with a shared calendar view. Give it a spin and tell us what you think!', ctx: { platform: 'x' }, flags: ['New feature alert'] },
    { text: '¡Nueva función! Ya puedes programar publicaciones para 12 cuentas a la vez. ¡Pruébala y cuéntanos qué te parece!', ctx: { platform: 'x', lang: 'es' }, flags: ['Nueva función'] },
    { text: 'Neues Feature 🚨 Ab sofort könnt ihr Beiträge für bis zu 12 Konten gleichzeitig planen. Probiert es aus und sagt uns, wie ihr es findet!', ctx: { platform: 'x', lang: 'de' }, flags: ['Neues Feature'] },
    { text: 'Nouvelle fonctionnalité 🚨 Vous pouvez maintenant programmer vos publications sur 12 comptes à la fois. Testez-la et dites-nous ce que vous en pensez !', ctx: { platform: 'x', lang: 'fr' }, flags: ['Nouvelle fonctionnalité'] },
    { text: 'Novidade 🚨 Agora você pode agendar posts para até 12 contas ao mesmo tempo. Testa aí e conta pra gente o que achou!', ctx: { platform: 'x', lang: 'pt' }, flags: ['Novidade'] },
    // German V2 order: 'Hab ich in meinem Newsletter erklärt' points there, as 'I explained it in my newsletter'.
    { text: 'Hab ich in meinem Newsletter letzte Woche erklärt, abonnier ihn doch 😉', ctx: { platform: 'x', reply: true, lang: 'de' }, flags: ['Hab ich in meinem Newsletter letzte Woche erklärt'] },
    // The author's own writing dropped as a link under someone else's post, in five languages.
    { text: "escribí algo parecido acá: mariasoto.blog/por-que-deje-react", ctx: { platform: 'bluesky', reply: true, lang: 'es' }, flags: ["escribí algo parecido acá:"] },
    { text: "escrevi algo parecido aqui: joaodev.blog/por-que-larguei-react", ctx: { platform: 'bluesky', reply: true, lang: 'pt' }, flags: ["escrevi algo parecido aqui:"] },
    { text: "hab was Ähnliches geschrieben: lenadev.de/warum-ich-react-verlassen-habe", ctx: { platform: 'bluesky', reply: true, lang: 'de' }, flags: ["hab was Ähnliches geschrieben:"] },
    { text: "j'ai écrit un truc similaire ici : julien.dev/pourquoi-j-ai-quitte-react", ctx: { platform: 'bluesky', reply: true, lang: 'fr' }, flags: ["j'ai écrit un truc similaire ici :"] },
    { text: "wrote something similar here: jmarsh.dev/blog/why-i-left-vue", ctx: { platform: 'bluesky', reply: true }, flags: ["wrote something similar here:"] },
    { text: "I wrote a post about this a while back: jmarsh.dev/vue", ctx: { platform: 'bluesky', reply: true }, flags: ["I wrote a post about this a while back:"] },
    // The author's own course made for the very need, said as people say it: 'armé' (es), 'hab' (de).
    { text: 'Justo armé un curso sobre esto, el primer módulo es gratis: cursosql.es', ctx: { platform: 'reddit', reply: true, lang: 'es' }, flags: ['armé un curso'] },
    { text: 'Ich hab genau dafür einen Kurs gemacht, erstes Modul gratis: sqlkurs.de', ctx: { platform: 'reddit', reply: true, lang: 'de' }, flags: ['Ich hab genau dafür einen Kurs gemacht'] },
    // More of the same at the author's own page, left under someone else's post: the account is the plug.
    { text: 'more like this on my page 👆', ctx: { platform: 'threads', reply: true }, flags: ['more like this on my page'] },
    { text: 'more tips like this on my profile', ctx: { platform: 'threads', reply: true }, flags: ['more tips like this on my profile'] },
    { text: 'más tips así en mi perfil 🔥', ctx: { platform: 'instagram', reply: true, lang: 'es' }, flags: ['más tips así en mi perfil'] },
    { text: 'Mehr Tipps wie diese auf meinem Profil 🔥', ctx: { platform: 'instagram', reply: true, lang: 'de' }, flags: ['Mehr Tipps wie diese auf meinem Profil'] },
    { text: "Plus d'astuces comme ça sur mon profil 🔥", ctx: { platform: 'instagram', reply: true, lang: 'fr' }, flags: ["Plus d'astuces comme ça sur mon profil"] },
    { text: 'mais dicas assim no meu perfil 🔥', ctx: { platform: 'instagram', reply: true, lang: 'pt' }, flags: ['mais dicas assim no meu perfil'] },
    // A reply pointing at where the author said it, with nothing of it here: the newsletter is the pitch, its readers' count no answer.
    { text: 'Great insights! I cover this in depth in my weekly newsletter, 12k founders read it', ctx: { platform: 'linkedin', reply: true }, flags: ['I cover this in depth in my weekly newsletter'] },
    { text: '¡Buen punto! Hablo de esto a fondo en mi newsletter semanal, la leen 12 mil fundadores', ctx: { platform: 'linkedin', reply: true, lang: 'es' }, flags: ['Hablo de esto a fondo en mi newsletter'] },
    { text: 'Guter Punkt! Darüber schreibe ich ausführlich in meinem wöchentlichen Newsletter, 12.000 Gründer lesen ihn', ctx: { platform: 'linkedin', reply: true, lang: 'de' }, flags: ['Darüber schreibe ich ausführlich in meinem wöchentlichen Newsletter'] },
    { text: "Bien vu ! J'en parle en détail dans ma newsletter hebdo, 12 000 fondateurs la lisent", ctx: { platform: 'linkedin', reply: true, lang: 'fr' }, flags: ["J'en parle en détail dans ma newsletter"] },
    { text: 'Ótimo ponto! Falo disso a fundo na minha newsletter semanal, 12 mil fundadores leem', ctx: { platform: 'linkedin', reply: true, lang: 'pt' }, flags: ['Falo disso a fundo na minha newsletter'] },
    // A shop answering someone's photo with its own stock: 'we sell these', as 'vendemos', 'wir verkaufen', 'on vend', 'a gente vende'.
    { text: 'gorgeous!! we sell these in 6 colours, $24 at shopluma.co 🛍️', ctx: { platform: 'instagram', reply: true }, flags: ['we sell'] },
    { text: 'Lindo!! A gente vende esses em 6 cores, R$ 24 na shopluma.com.br', ctx: { platform: 'instagram', reply: true, lang: 'pt' }, flags: ['A gente vende'] },
    // blind17: the author's AI tool or new software, with a link: 'our AI tool', 'nuestra herramienta de IA', 'unser KI-Tool', 'notre outil IA', 'nossa ferramenta de IA'.
    { text: "Our AI tool writes your product descriptions in seconds ✍️ SEO-ready, 12 languages. notewise.ai", ctx: { platform: 'x' }, flags: ["Our AI tool"] },
    { text: "Nuestra herramienta de IA escribe tus descripciones de producto en segundos ✍️ Optimizadas para SEO, 12 idiomas. notewise.ai", ctx: { platform: 'x', lang: 'es' }, flags: ["Nuestra herramienta"] },
    { text: "Unser KI-Tool schreibt deine Produktbeschreibungen in Sekunden ✍️ SEO-optimiert, 12 Sprachen. notewise.ai", ctx: { platform: 'x', lang: 'de' }, flags: ["Unser KI-Tool"] },
    { text: "Notre outil IA rédige vos fiches produit en quelques secondes ✍️ Optimisées SEO, 12 langues. notewise.ai", ctx: { platform: 'x', lang: 'fr' }, flags: ["Notre outil"] },
    { text: "Nossa ferramenta de IA escreve suas descrições de produto em segundos ✍️ Otimizadas pra SEO, 12 idiomas. notewise.ai", ctx: { platform: 'x', lang: 'pt' }, flags: ["Nossa ferramenta"] },
    // blind17: 'we only sell at' with no scam warned of is the shop's own pointer.
    { text: 'Solo vendemos en lahoja.es, ¡pásate y echa un vistazo a las novedades!', ctx: { lang: 'es', platform: 'facebook' }, flags: ['vendemos'] },
    // A band's or a venue's own dates, with where the tickets are had: the schedule of a sale, in five languages.
    { text: 'Our tour dates are out!! Leeds 3/4, Manchester 5/4, Glasgow 7/4. Tickets at thewildbirds.com 🎸', flags: ['Tickets at'] },
    { text: '¡Nos vamos de gira! Madrid 3/4, Valencia 5/4. Entradas: lospajaros.com', ctx: { lang: 'es' }, flags: ['Entradas'] },
    { text: 'Wir gehen auf Tour! Hamburg 3.4., Köln 5.4. Tickets gibt es auf diewildvoegel.de', ctx: { lang: 'de' }, flags: ['Tickets gibt es auf'] },
    // The band's own gig with the tickets that are left and their price ("Tickets gibt's noch für 15€", "quedan
    // entradas a 15€"), with where to get them; the pro-drop "tocamos" names the band as "wir" does.
    { text: "Am Samstag spielen wir im Kulturzentrum Schlachthof in Bremen 🎸 Einlass 19 Uhr. Tickets gibt's noch für 15€ hier: tixforgigs.com/schrammelkombinat", ctx: { lang: 'de', platform: 'mastodon' }, flags: ["Tickets gibt's noch für 15€"] },
    { text: 'El sábado tocamos en la Sala Clamores 🎸 Puertas 20h. Quedan entradas a 15€ aquí: entradium.com/lospajaros', ctx: { lang: 'es', platform: 'x' }, flags: ['Quedan entradas a 15€'] },
    { text: 'El sábado tocamos en la Sala Clamores, entradas a 15€ aquí: entradium.com/lospajaros', ctx: { lang: 'es', platform: 'x' }, flags: ['entradas a 15€'] },
    { text: 'Samedi on joue au Botanique 🎸 Ouverture 19h. Il reste des places à 15€ ici : botanique.be/lesoiseaux', ctx: { lang: 'fr', platform: 'x' }, flags: ['Il reste des places à 15€'] },
    { text: 'Sábado a gente toca no Bar Opinião 🎸 Abertura 20h. Ainda tem ingresso por R$ 30 aqui: sympla.com.br/ospassaros', ctx: { lang: 'pt', platform: 'x' }, flags: ['Ainda tem ingresso por R$ 30'] },
    { text: 'Notre tournée passe par Paris le 3/4 et Lyon le 5/4. Billets sur lesoiseaux.fr', ctx: { lang: 'fr' }, flags: ['Billets sur'] },
    { text: 'Nossa turnê: SP 3/4, Rio 5/4. Ingressos no ospassaros.com.br', ctx: { lang: 'pt' }, flags: ['Ingressos no'] },
    // "A gente" is "we" in two words (ask lexicon `we`).
    { text: 'Depois de 2 anos a gente volta pros palcos e eu tô nervoso demais 😅 SP 3/4, Rio 5/4. Ingressos no ospassaros.com.br', ctx: { lang: 'pt' }, flags: ['Ingressos no'] },
    // The author's own work said to stream where it can be had: the platform is where to take it, as a link is.
    { text: "My podcast just hit 100 episodes 🎉 thanks to everyone listening. If you haven't found it yet, it's on Spotify and Apple Podcasts.", flags: ["it's on Spotify"] },
    { text: 'Our podcast is on Spotify and Apple Podcasts.', flags: ['is on Spotify'] },
    { text: 'Mi podcast ya tiene 100 episodios, gracias a todos los que lo escucháis. Si aún no lo conocéis, está en Spotify e Ivoox.', ctx: { lang: 'es' }, flags: ['está en Spotify'] },
    { text: 'Unser Podcast ist jetzt auch auf Spotify 🎧', ctx: { lang: 'de' }, flags: ['ist jetzt auch auf Spotify'] },
    { text: 'Notre podcast est maintenant sur Spotify 🎧', ctx: { lang: 'fr' }, flags: ['est maintenant sur Spotify'] },
    { text: 'Meu podcast já está no Spotify 🎧', ctx: { lang: 'pt' }, flags: ['está no Spotify'] },
    // The author's own product back on sale, and where it is sold (the shop and online): an offer, link or not.
    { text: 'Our calendar is back 🎁 24 surprises, limited edition, available in store and online!', ctx: { platform: 'instagram' }, flags: ['Our calendar is back'] },
    { text: '¡Vuelve nuestro calendario de Adviento! 🎁 24 sorpresas, edición limitada, disponible en tienda y en la web', ctx: { lang: 'es', platform: 'instagram' }, flags: ['Vuelve'] },
    { text: 'Unser Adventskalender ist zurück 🎁 24 Überraschungen, limitierte Edition, erhältlich im Laden und online!', ctx: { lang: 'de', platform: 'instagram' }, flags: ['ist zurück'] },
    { text: "Notre calendrier de l'Avent est de retour 🎁 24 surprises, édition limitée, dispo en boutique et sur le site !", ctx: { lang: 'fr', platform: 'instagram' }, flags: ['est de retour'] },
    { text: 'Nosso calendário do Advento voltou 🎁 24 surpresas, edição limitada, disponível na loja e no site!', ctx: { lang: 'pt', platform: 'instagram' }, flags: ['voltou'] },
    // A feature arrived in the author's own app, with "update now": the maker's release and the way to take it.
    { text: 'We just shipped dark mode! One of our most requested features is finally here. Update your app today.', ctx: { platform: 'linkedin' }, flags: ['We just shipped'] },
    { text: 'Por fin ha llegado el modo oscuro a nuestra app 🌙 Una de las funciones más pedidas. ¡Actualiza ya!', ctx: { lang: 'es', platform: 'linkedin' }, flags: ['Por fin ha llegado'] },
    { text: 'Endlich ist er da: der Dark Mode in unserer App 🌙 Eines der meistgewünschten Features. Jetzt updaten!', ctx: { lang: 'de', platform: 'linkedin' }, flags: ['Endlich ist er da'] },
    { text: "Le mode sombre est enfin arrivé dans notre appli 🌙 L'une des fonctionnalités les plus demandées. Mettez à jour dès maintenant !", ctx: { lang: 'fr', platform: 'linkedin' }, flags: ['est enfin arrivé'] },
    { text: 'Finalmente chegou o modo escuro no nosso app 🌙 Uma das funções mais pedidas. Atualize já!', ctx: { lang: 'pt', platform: 'linkedin' }, flags: ['chegou'] },
    // A reply that plugs a named thing the author made for the very need asked about, in five languages.
    { text: 'I built LinkNest for exactly this, try it: https://linknest.app', ctx: { platform: 'x', reply: true }, flags: ['I built'] },
    { text: 'Yo creé LinkNido justo para esto, pruébalo: https://linknido.app', ctx: { lang: 'es', platform: 'x', reply: true }, flags: ['creé LinkNido justo para esto'] },
    { text: 'Ich habe genau dafür LinkNest gebaut, probier es aus: https://linknest.app', ctx: { lang: 'de', platform: 'x', reply: true }, flags: ['Ich habe genau dafür LinkNest gebaut'] },
    { text: "J'ai créé LinkNest exactement pour ça, essaie-le : https://linknest.app", ctx: { lang: 'fr', platform: 'x', reply: true }, flags: ["J'ai créé LinkNest exactement pour ça"] },
    { text: 'Eu criei o LinkNest justamente pra isso, testa aí: https://linknest.app', ctx: { lang: 'pt', platform: 'x', reply: true }, flags: ['criei o LinkNest justamente pra isso'] },
    // The same in a reply without a name before it and with no link: built exactly what was asked about, with trying it
    // offered as the reader's choice ("if you want to try it"), in es, de, fr and pt as in en.
    { text: 'We built exactly this at Tallyfox, free for the first 3 months if you want to try it', ctx: { platform: 'reddit', reply: true }, flags: ['We built'] },
    { text: 'Construimos justo esto en Contafy, los primeros 3 meses gratis si queréis probarlo', ctx: { lang: 'es', platform: 'reddit', reply: true }, flags: ['Construimos justo esto'] },
    { text: 'Genau dafür haben wir Buchfix gebaut, die ersten 3 Monate sind gratis, falls ihr es testen wollt', ctx: { lang: 'de', platform: 'reddit', reply: true }, flags: ['Genau dafür haben wir Buchfix gebaut'] },
    { text: 'On a construit exactement ça chez Comptalo, 3 mois offerts si vous voulez tester', ctx: { lang: 'fr', platform: 'reddit', reply: true }, flags: ['On a construit exactement ça'] },
    { text: 'A gente construiu exatamente isso na Contix, 3 meses grátis se quiserem testar', ctx: { lang: 'pt', platform: 'reddit', reply: true }, flags: ['A gente construiu exatamente isso'] },
    // blind17: the thing named first and the author as its maker after it ("the app I developed"), in five languages.
    { text: "use the app I made, Contai, it does exactly this and it's free to start 😊 contai.app", ctx: { platform: 'x', reply: true }, flags: ['app I made'] },
    { text: 'usa la app que desarrollé, Contaí, hace exactamente eso y es gratis al principio 😊 contai.app', ctx: { lang: 'es', platform: 'x', reply: true }, flags: ['app que desarrollé'] },
    { text: 'nimm die App, die ich entwickelt habe, Contai, die macht genau das und ist am Anfang kostenlos 😊 contai.app', ctx: { lang: 'de', platform: 'x', reply: true }, flags: ['App, die ich entwickelt habe'] },
    { text: "utilise l'appli que j'ai développée, Contai, elle fait exactement ça et c'est gratuit au début 😊 contai.app", ctx: { lang: 'fr', platform: 'x', reply: true }, flags: ["appli que j'ai développée"] },
    { text: 'usa o app que eu desenvolvi, o Contaí, ele faz exatamente isso e é de graça no começo 😊 contai.app', ctx: { lang: 'pt', platform: 'x', reply: true }, flags: ['app que eu desenvolvi'] },
    // blind15: the product as the answer under someone else's problem, in de/es/pt as in en/fr.
    { text: 'Genau dafür haben wir Planly gebaut 😉 planly.de', ctx: { lang: 'de', platform: 'linkedin', reply: true }, flags: ['Genau dafür haben wir Planly gebaut'] },
    { text: 'Justo para esto creamos Facturín, te lo recomiendo: facturin.es', ctx: { lang: 'es', platform: 'linkedin', reply: true }, flags: ['Justo para esto creamos'] },
    { text: 'Foi exatamente para isso que criámos o Faturix 😉 faturix.pt', ctx: { lang: 'pt', platform: 'linkedin', reply: true }, flags: ['Foi exatamente para isso que criámos'] },
    // An episode said to be out, with where to listen ("Listen on Spotify" as people write it in each language).
    { text: 'Episodio nuevo del podcast ya disponible 🎙️ ¡Escuchadlo en Spotify!', ctx: { lang: 'es' }, flags: ['Episodio nuevo del podcast ya disponible'] },
    { text: 'Neue Podcastfolge ist raus 🎙️ Hört rein auf Spotify!', ctx: { lang: 'de' }, flags: ['Neue Podcastfolge ist raus'] },
    // Open source that also asks to be lifted (a star) is no plain gift: the plug stays.
    { text: 'Check out my new open source project! github.com/x/y ⭐ Star it please!', flags: ['my new open'] },
    // A book said to be on a marketplace with its price and link, after a nudge to those who have not bought it yet.
    { text: "Still haven't grabbed '30 Days of Sourdough'? 📚 It's on Amazon for $9.99 → amzn.to/3xYz12", flags: ["It's on Amazon"] },
    { text: "¿Todavía no tienes 'Cocina en 20 minutos'? 📚 Está en Amazon por 9,99 € → amzn.to/3xYz12", ctx: { lang: 'es' }, flags: ['Está en Amazon'] },
    { text: "Noch nicht zugegriffen? 'Kochen in 20 Minuten' 📚 gibt's bei Amazon für 9,99 € → amzn.to/3xYz12", ctx: { lang: 'de' }, flags: ["gibt's bei Amazon"] },
    { text: 'Toujours pas craqué pour « Cuisiner en 20 minutes » ? 📚 Il est sur Amazon à 9,99 € → amzn.to/3xYz12', ctx: { lang: 'fr' }, flags: ['est sur Amazon'] },
    { text: "Ainda não garantiu o 'Cozinha em 20 minutos'? 📚 Está na Amazon por R$ 29,90 → amzn.to/3xYz12", ctx: { lang: 'pt' }, flags: ['Está na Amazon'] },
    // Sign-ups opened for the author's own course or cohort, with what is open named between.
    { text: 'Spots for my January coaching cohort are open: calendly.com/ana/cohort', flags: ['my January coaching'] },
    // The writer's own output offered on the reader's interest: a channel plug without the word "channel".
    { text: 'Great vid. btw I make Minecraft speedrun edits if anyone is interested 👀', ctx: { platform: 'youtube' }, flags: ['I make Minecraft speedrun edits if anyone is interested'] },
    { text: 'Yo hago montajes de Fortnite por si a alguien le interesa 👀', ctx: { lang: 'es', platform: 'youtube' }, flags: ['Yo hago montajes de Fortnite por si a alguien le interesa'] },
    { text: 'Eu faço edits de Free Fire se alguém tiver interesse 👀', ctx: { lang: 'pt', platform: 'youtube' }, flags: ['Eu faço edits de Free Fire se alguém tiver interesse'] },
    { text: 'Ich mache auch Fortnite-Montagen, falls jemand Interesse hat 👀', ctx: { lang: 'de', platform: 'youtube' }, flags: ['Ich mache auch Fortnite-Montagen, falls jemand Interesse hat'] },
    { text: 'Je fais aussi des montages Fortnite si ça intéresse 👀', ctx: { lang: 'fr', platform: 'youtube' }, flags: ['Je fais aussi des montages Fortnite si ça intéresse'] },
    // Free access for a while, or for members, is a sale's term, not a hand-over.
    { text: 'Notre formation en ligne est enfin disponible ! Accès libre pendant 7 jours puis 29€/mois : formation-exemple.fr', ctx: { lang: 'fr' }, flags: ['Notre formation'] },
    // The author's own gig with its ticket price and somewhere to buy (offer available: a ticket price), in five languages.
    { text: "We're playing the Fleece in Bristol this Saturday! Tickets £10 on the door or at thefleece.co.uk", flags: ['Tickets £10'] },
    { text: 'Este viernes tocamos con mi banda en la Sala Clamores, entradas a 12€ en clamores.es', ctx: { lang: 'es' }, flags: ['entradas a 12€'] },
    { text: 'Am Samstag spielen wir im Kulturbahnhof Kassel! Tickets 15€ an der Abendkasse oder vorab unter kulturbahnhof-kassel.de', ctx: { lang: 'de' }, flags: ['Tickets 15€'] },
    { text: 'Nous jouons samedi au Petit Bain, billets 12€ sur petitbain.fr', ctx: { lang: 'fr' }, flags: ['billets 12€'] },
    { text: 'Sábado eu toco no Bar Opinião, ingressos R$30 em opiniao.com.br', ctx: { lang: 'pt' }, flags: ['ingressos R$30'] },
    // The author building a product, told as it is made, with somewhere to go (offer release), in five languages.
    { text: "I'm building a shader graph editor for Three.js, early builds at shadergraph.dev", flags: ["I'm building a shader graph editor"] },
    { text: 'Estoy construyendo una herramienta para editar shaders, versiones de prueba en shadergraph.dev', ctx: { lang: 'es' }, flags: ['Estoy construyendo una herramienta'] },
    { text: 'Ich baue gerade einen Shader-Editor für Three.js, erste Builds auf shadergraph.dev', ctx: { lang: 'de' }, flags: ['Ich baue gerade einen Shader-Editor'] },
    { text: 'Je développe un éditeur de shaders pour Three.js, premières versions sur shadergraph.dev', ctx: { lang: 'fr' }, flags: ['Je développe un éditeur'] },
    { text: 'Estou desenvolvendo um editor de shaders para Three.js, primeiras versões em shadergraph.dev', ctx: { lang: 'pt' }, flags: ['Estou desenvolvendo um editor'] },
    // The author counts readers down to their own release (offer releaseCall), link or not, in five languages.
    { text: 'After 2 years of work, as a 2 person team!! Our game Demo releases in 2 days!!! #indiedev', flags: ['releases'] },
    { text: 'My new album drops in 3 days! #music', flags: ['My new album'] },
    { text: 'Nuestro nuevo disco sale en 3 días!', ctx: { lang: 'es' }, flags: ['Nuestro nuevo'] },
    { text: 'Unser neues Album erscheint in 3 Tagen!', ctx: { lang: 'de' }, flags: ['Unser neues Album'] },
    { text: 'Notre nouvel album sort dans 3 jours !', ctx: { lang: 'fr' }, flags: ['Notre nouvel album'] },
    { text: 'Nosso novo álbum sai em 3 dias!', ctx: { lang: 'pt' }, flags: ['Nosso novo álbum'] },
    // The maker added support for something to their own thing (offer release), with a version or a way to take it.
    { text: 'We added support for dark mode in v2.3, update from the App Store.', flags: ['We added support for'] },
    { text: 'Hemos añadido soporte para OpenRouter en la versión 3.2 de nuestra app.', ctx: { lang: 'es' }, flags: ['Hemos añadido soporte para'] },
    { text: 'Wir haben heute Support für OpenRouter hinzugefügt, Version 3.2 ist im App Store.', ctx: { lang: 'de' }, flags: ['Wir haben heute Support für OpenRouter hinzugefügt'] },
    { text: "On a ajouté la prise en charge d'OpenRouter dans la version 3.2 de notre appli.", ctx: { lang: 'fr' }, flags: ["On a ajouté la prise en charge d'OpenRouter"] },
    { text: 'Adicionamos suporte ao OpenRouter na versão 3.2 do nosso app.', ctx: { lang: 'pt' }, flags: ['Adicionamos suporte ao'] },
    // The author recommends their own thing by the reader's taste: a pitch, link or not (selfPlug), in five languages.
    { text: 'You will like our indie game if you like: Inside, Limbo, Hollow Knight #TrailerTuesday', flags: ['You will like our indie game if you like'] },
    { text: "If you liked Stardew Valley, you'll love our farming game.", flags: ["If you liked Stardew Valley, you'll love our farming"] },
    { text: 'Si te gustó Inside, te va a encantar nuestro juego.', ctx: { lang: 'es' }, flags: ['Si te gustó Inside, te va a encantar nuestro juego'] },
    { text: 'Wenn du Inside magst, wirst du unser Spiel lieben.', ctx: { lang: 'de' }, flags: ['Wenn du Inside magst, wirst du unser Spiel'] },
    { text: 'Si tu as aimé Inside, tu vas adorer notre jeu.', ctx: { lang: 'fr' }, flags: ['Si tu as aimé Inside, tu vas adorer notre jeu'] },
    { text: 'Se você curtiu Inside, vai amar o nosso jogo.', ctx: { lang: 'pt' }, flags: ['Se você curtiu Inside, vai amar o nosso jogo'] },
    // A price where the thing is sold (a marketplace, the author's shop) is where to buy it, with no link.
    { text: "New pattern drop! The Juniper cardigan is out now, €7 on Ravelry 🧶", flags: ["out now"] },
    { text: "The Juniper cardigan pattern is out now, €7 in my shop", flags: ["out now"] },
    { text: "¡Nuevo patrón! El cárdigan Juniper ya está disponible, 7 € en Ravelry 🧶", ctx: { lang: 'es' }, flags: ["ya está disponible"] },
    { text: "Neues Muster! Die Juniper-Jacke ist jetzt da, 7 € auf Ravelry 🧶", ctx: { lang: 'de' }, flags: ["jetzt da"] },
    { text: "Nouveau patron ! Le gilet Juniper est sorti, 7 € sur Ravelry 🧶", ctx: { lang: 'fr' }, flags: ["est sorti"] },
    { text: "Padrão novo! O cardigã Juniper já saiu, 7 € no Ravelry 🧶", ctx: { lang: 'pt' }, flags: ["saiu"] },
    // A public good or a reported announcement beside the author's own ask or code still sells.
    { text: 'The youth bus pass is available now. Get yours with code BUS10 for 10% off at any station.', flags: ['is available'] },
    { text: 'Our community is available now for everyone, join the Discord: discord.gg/xyz', flags: ['is available'] },
    { text: 'Según Apple, el iPhone 17 ya está disponible. Cómpralo en nuestra tienda: tienda.example.es', ctx: { lang: 'es' }, flags: ['nuestra tienda'] },
    { text: 'Laut Apple ist das iPhone 17 ab sofort erhältlich. Jetzt in unserem Shop bestellen: shop.example.de', ctx: { lang: 'de' }, flags: ['unserem Shop'] },
    { text: 'Selon Apple, l’iPhone 17 est disponible. Commandez-le dans notre boutique : boutique.example.fr', ctx: { lang: 'fr' }, flags: ['notre boutique'] },
    { text: 'Segundo a Apple, o iPhone 17 já está disponível. Compre na nossa loja: loja.example.pt', ctx: { lang: 'pt' }, flags: ['nossa loja'] },
    // A writer who introduces themselves as a small or new creator opens a channel plug, in five languages.
    { text: "I'm a small youtuber", ctx: { platform: 'youtube' }, flags: ["I'm a small youtuber"] },
    { text: 'we are a new band from ohio', ctx: { platform: 'youtube' }, flags: ['we are a new band'] },
    { text: 'soy un pequeño youtuber y subo covers', ctx: { platform: 'youtube', lang: 'es' }, flags: ['soy un pequeño youtuber'] },
    { text: 'ich bin ein kleiner YouTuber und mache Covers', ctx: { platform: 'youtube', lang: 'de' }, flags: ['ich bin ein kleiner YouTuber'] },
    { text: 'je suis un petit youtubeur et je fais des reprises', ctx: { platform: 'youtube', lang: 'fr' }, flags: ['je suis un petit youtubeur'] },
    { text: 'sou uma youtuber iniciante', ctx: { platform: 'youtube', lang: 'pt' }, flags: ['sou uma youtuber iniciante'] },
    // A release note with nowhere to go: the maker's own voice, marked twice, in five languages.
    { text: 'We just shipped Lumen 3.2: offline sync and faster search. Update and let us know what you think!', flags: ['We just shipped'] },
    { text: 'Our new spring collection drops Friday at 10am. Set your reminders', flags: ['Our new spring'] },
    { text: 'We just launched Pinboard for teams:\n- shared boards\n- comments\n- a faster editor', flags: ['We just launched'] },
    { text: 'Lanzamos Quill 2 el mes que viene con edición en tiempo real. ¡Estad atentos!', ctx: { lang: 'es' }, flags: ['Lanzamos'] },
    // The author's own thing with the maker's sign-off about it, no link, in five languages.
    { text: 'Season 3 of our podcast starts next Monday. Set a reminder!', flags: ['our podcast'] },
    { text: 'La temporada 3 de nuestro podcast empieza el lunes. ¡Estad atentos!', ctx: { lang: 'es' }, flags: ['nuestro podcast'] },
    { text: 'Unser Podcast startet am Montag in die dritte Staffel. Bleibt dran!', ctx: { lang: 'de' }, flags: ['Unser Podcast'] },
    { text: 'La saison 3 de notre podcast commence lundi. Restez connectés !', ctx: { lang: 'fr' }, flags: ['notre podcast'] },
    { text: 'A terceira temporada do nosso podcast começa segunda. Fiquem ligados!', ctx: { lang: 'pt' }, flags: ['nosso podcast'] },
    // A partnership announced by one of the partners, in five languages.
    { text: "We've partnered with Stripe to bring instant payouts to every Acme seller. Learn more: acme.example.com/payouts", flags: ["We've partnered with"] },
    { text: 'Nos hemos asociado con Stripe para ofrecer pagos al instante. Más info: acme.example.es/pagos', ctx: { lang: 'es' }, flags: ['Nos hemos asociado con'] },
    { text: 'Wir kooperieren ab sofort mit Stripe: Auszahlungen in Sekunden. Mehr erfahren: acme.example.de', ctx: { lang: 'de' }, flags: ['Wir kooperieren ab sofort mit'] },
    { text: 'Nous nous associons à Stripe pour des paiements instantanés. En savoir plus : acme.example.fr', ctx: { lang: 'fr' }, flags: ['Nous nous associons à'] },
    { text: 'Fechamos uma parceria com a Stripe para pagamentos na hora. Saiba mais: acme.example.com.br', ctx: { lang: 'pt' }, flags: ['Fechamos uma parceria com'] },
    { text: 'Excited to partner with @Ledger: hardware wallet support lands in Acme Wallet 4.1 next week.', flags: ['Excited to partner with'] },
    { text: 'Lançamos o Quill 2 no mês que vem com edição em tempo real. Fiquem ligados!', ctx: { lang: 'pt' }, flags: ['Lançamos'] },
    { text: 'Hemos lanzado la versión 2.0 de nuestra app de facturación, ya disponible para todos los clientes.', ctx: { lang: 'es' }, flags: ['Hemos lanzado'] },
    { text: 'Wir haben gerade Lumen 3.2 veröffentlicht: Offline-Sync und schnellere Suche.', ctx: { lang: 'de' }, flags: ['Wir haben gerade Lumen 3.2 veröffentlicht'] },
    { text: 'Notre nouvelle collection de printemps sort vendredi. Préparez-vous !', ctx: { lang: 'fr' }, flags: ['Notre nouvelle collection'] },
    { text: 'Acabamos de lançar o Lumen 3.2. Atualizem o app e contem pra gente o que acharam!', ctx: { lang: 'pt' }, flags: ['Acabamos de lançar'] },
    { text: "We're running a pottery workshop on Saturday, 3 spots left: clay.example.com", flags: ["We're running a pottery workshop"] },
    // The author made a thing people can use, with somewhere to get it (phrases/offer WHY.weMade), in five languages.
    { text: 'I made a small Mac app that mutes your mic when you lock the screen. Free on the App Store: apps.example.com/hushlock', flags: ['I made a small Mac app'] },
    { text: 'Desarrollé una extensión sencilla que traduce subtítulos al vuelo, aquí la tenéis: subs.example.es', ctx: { lang: 'es' }, flags: ['Desarrollé una extensión'] },
    { text: 'Wir haben eine kostenlose App für Vereinskassen entwickelt. Hier entlang: kasse.example.de', ctx: { lang: 'de' }, flags: ['Wir haben eine kostenlose App für Vereinskassen entwickelt'] },
    { text: "Nous avons conçu un petit outil pour générer des factures, c'est par ici : facture.example.fr", ctx: { lang: 'fr' }, flags: ['Nous avons conçu un petit outil'] },
    { text: 'Fiz um bot que avisa quando o ônibus está chegando, link: onibus.example.com.br', ctx: { lang: 'pt' }, flags: ['Fiz um bot'] },
    // A release note in the maker's third-person voice, with a way to take it (update, upgrade, order).
    { text: 'Pathly now integrates with Google Calendar. Upgrade your plan to turn it on.', flags: ['now integrates with'] },
    { text: 'Notiz 3.2 ist jetzt live: Tabellen und Offline-Modus. Jetzt updaten im App Store!', ctx: { lang: 'de' }, flags: ['ist jetzt live'] },
    { text: 'Nuestro podcast ahora funciona con Alexa; actualízala ya desde la tienda', ctx: { lang: 'es' }, flags: ['Nuestro podcast'] },
    { text: 'Mon deuxième recueil de poèmes est sorti ! Vous pouvez le commander à la librairie du quartier.', ctx: { lang: 'fr' }, flags: ['est sorti'] },
    { text: 'Nosso caderno de receitas chegou! Dá pra encomendar pelo WhatsApp', ctx: { lang: 'pt' }, flags: ['chegou'] },
    // The link's own sentence is where to take the offer: its imperative is the pitch, not advice.
    { text: 'Our pottery studio is now open for online orders. Pick a mug at clay.example.com and we ship it within a week', flags: ['is now open'] },
    // A plug the author announces as one, with or without somewhere to go.
    { text: 'Shameless plug: our board game about beekeeping hits shops in May', flags: ['Shameless plug'] },
    { text: 'excuse the self promo, I knit these patterns every week', flags: ['excuse the self promo'] },
    { text: 'Let me plug my newsletter, it covers soil science weekly', flags: ['plug my newsletter'] },
    { text: 'autopromo: hago ilustraciones de perritos por encargo', ctx: { lang: 'es' }, flags: ['autopromo'] },
    { text: 'desculpem o jabá, mas lancei meu primeiro livro de contos', ctx: { lang: 'pt' }, flags: ['desculpem o jabá'] },
    { text: 'Schamlose Eigenwerbung: ich repariere alte Radios', ctx: { lang: 'de' }, flags: ['Schamlose Eigenwerbung'] },
    { text: 'pardon pour la pub, je donne des cours de ukulélé', ctx: { lang: 'fr' }, flags: ['pardon pour la pub'] },
    { text: "if you like my posts you'll LOVE my newsletter 🌷 petalandplough.example.news/subscribe", flags: ['my newsletter'] },
    { text: '@ms_ortega I cover exactly this in my Fraction Fun Pack bundle 😊 teachbright.example.com/fractions', flags: ['my Fraction Fun Pack'] },
    { text: 'Check out our new collection, link in bio!', flags: ['our new collection'] },
    { text: 'Our new storm-proof rain shell is out now, 20% off till Sunday: shell.example.com', flags: ['Our new storm-proof'] },
    { text: 'Nuestro kit para terremotos ya está disponible, cómpralo con el código SISMO10 en kit.example.es', ctx: { lang: 'es' }, flags: ['ya está disponible'] },
    { text: 'I just opened my shop, link in bio 🙏', flags: ['my shop'] },
    { text: "We've updated the Sweep tool: now you can edit Scale and Twist from the sidebar. Try the updated Sweep tool and let us know what you think", flags: ["We've updated"] },
    {
      text: "We're releasing Lumen 1.5, a fast open-source music model. It runs on a consumer GPU and writes a song in under 2 seconds. GitHub: github.com/example/lumen",
      flags: ["We're releasing"],
    },
    { text: 'Acme launches Tally 2 today, try it free at tally.example.app', flags: ['launches'] },
    { text: "Today we launched Local Uploads to make uploads faster. Here's how it works", flags: ['we launched'] },
    { text: "I'm selling handmade bracelets, 5 dollars each, message me", flags: ["I'm selling"] },
    { text: 'Vendo pulseras hechas a mano, escríbeme', ctx: { lang: 'es' }, flags: ['Vendo'] },
    { text: 'Pre-orders for the spring box are open! Get yours at harvestbox.example.com', flags: ['Pre-orders'] },
    { text: 'Lanzamos la preventa del disco el viernes: consigue el tuyo en disco.example.es', ctx: { lang: 'es' }, flags: ['Lanzamos'] },
    { text: 'Ab sofort erhältlich: die Wintertasche aus Filz. Jetzt bestellen auf filz.example.de', ctx: { lang: 'de' }, flags: ['Ab sofort erhältlich'] },
    { text: "L'album est enfin disponible ! Commandez le vinyle sur label.example.fr", ctx: { lang: 'fr' }, flags: ['est enfin disponible'] },
    { text: 'Já disponível: a edição de inverno. Garanta o seu em loja.example.com.br', ctx: { lang: 'pt' }, flags: ['Já disponível'] },
    { text: 'Introducing Ping Links: payments from any wallet, one link away. Try it free at ping.example.com', flags: ['Introducing'] },
    // A sale opened ahead is a seller's: with somewhere to go it is an offer, though no "we" or "my" says whose.
    { text: 'Presale opens Friday at noon, a few allowlist places left: kilnday.io', flags: ['Presale'] },
    { text: 'Waitlist is open: https://waitlist.fernapp.com', flags: ['Waitlist'] },
    { text: 'La preventa del vinilo empieza el lunes: discos-lunares.es', ctx: { lang: 'es' }, flags: ['preventa'] },
    { text: 'Der Vorverkauf für die Herbsttour startet Freitag: herbsttour.de', ctx: { lang: 'de' }, flags: ['Vorverkauf'] },
    { text: "La liste d'attente pour l'atelier d'hiver est ouverte : atelier-hiver.fr", ctx: { lang: 'fr' }, flags: ["liste d'attente"] },
    { text: 'A pré-venda do livro começa segunda: livro-azul.com.br', ctx: { lang: 'pt' }, flags: ['pré-venda'] },
    // The list an announcement introduces is what is on offer, not a lesson around it.
    { text: "For the bakery's tenth birthday we're running a weekend offer:\n- two sourdough loaves for the price of one\n- free filter coffee before 9am\nSee it here: crumb.example.com", flags: ["we're running a weekend offer"] },
    // A numbered version with a way to take it is a release on offer, in the company's voice or not.
    { text: 'Tidewater Maps v3.2 brings offline trails. Try it out: tidewater.example.com', flags: ['v3.2'] },
    // The author's own numbered version, standing on its own, is still a release.
    { text: 'Our planner v2 is here! https://plannerly.example.com', flags: ['v2'] },
    // A tool moved to, with the reader asked to take it, is still on offer.
    { text: 'We moved to Lumen v2, try it free: https://lumen.example.com', flags: ['v2'] },
    { text: 'Llega Tidewater v3: mapas sin conexión. Descárgala en tidewater.example.es', ctx: { lang: 'es' }, flags: ['v3'] },
    { text: 'Tidewater v3 ist da: Karten ohne Netz. Jetzt herunterladen: tidewater.example.de', ctx: { lang: 'de' }, flags: ['v3'] },
    { text: 'Tidewater v3 : des cartes hors ligne. Téléchargez-la sur tidewater.example.fr', ctx: { lang: 'fr' }, flags: ['v3'] },
    { text: 'Tidewater v3 chegou: mapas offline. Baixe em tidewater.example.com.br', ctx: { lang: 'pt' }, flags: ['v3'] },
    { text: 'Acabamos de lanzar la versión 2 de nuestra app de recetas. Descárgala gratis en recetas.example.com', ctx: { lang: 'es' }, flags: ['nuestra app'] },
    { text: 'Wir haben heute unsere neue App veröffentlicht. Jetzt herunterladen: app.example.de', ctx: { lang: 'de' }, flags: ['unsere neue App'] },
    { text: 'Nous lançons notre atelier de céramique ! Réservez votre place sur atelier.example.fr', ctx: { lang: 'fr' }, flags: ['notre atelier'] },
    { text: 'Acabamos de lançar o nosso curso de fotografia. Inscreva-se em curso.example.com.br', ctx: { lang: 'pt' }, flags: ['nosso curso'] },
    // A numbered version said to be out, pointed to for more: a maker's release in its own third-person voice.
    { text: 'The Ekiden Testnet v2 is now LIVE! Users can trade on Aptos. Learn more about the update here ↓', flags: ['v2'] },
    { text: 'Tidewater v3 ya está disponible: mapas sin conexión. Más info aquí', ctx: { lang: 'es' }, flags: ['v3'] },
    { text: 'Tidewater v3 ist ab sofort verfügbar: Karten ohne Netz. Mehr Infos hier', ctx: { lang: 'de' }, flags: ['v3'] },
    { text: 'Tidewater v3 est enfin disponible : cartes hors ligne. En savoir plus sur le site', ctx: { lang: 'fr' }, flags: ['v3'] },
    { text: 'Tidewater v3 já está disponível: mapas offline. Saiba mais no site', ctx: { lang: 'pt' }, flags: ['v3'] },
    // A release with a link whose feature copy tells the reader what it gives them: the benefit sentence is the pitch,
    // not advice beyond it.
    {
      text: "We're excited to launch the Lumen app, a command center for your notes.\n\nIt gives you a focused space to run several projects at once.\n\nlumen.example.com",
      flags: ['excited to launch'],
    },
    {
      text: 'Estamos felices de lanzar la app Lumen, tu centro de notas.\n\nTe permite gestionar varios proyectos a la vez.\n\nlumen.example.com',
      ctx: { lang: 'es' },
      flags: ['felices de lanzar'],
    },
    // A third-person release note marked twice (a numbered version and a sign-off or a changelog), nowhere to go.
    { text: 'HeroUI Native beta.13!\n\nNew TextArea and Input components, smaller bundles, bug fixes.\n\nStable release incoming, get ready!', flags: ['Stable release incoming'] },
    // The maker's own episode or video under a heading ("New episode:") with a listen or watch ask (offer issueHeading,
    // acquire), even when its title teases, in five languages.
    { text: 'New episode: Dr. Lee explains why sleep matters more than diet. Listen wherever you get podcasts', flags: ['New episode'] },
    { text: 'Nuevo episodio: la Dra. Lee explica por qué el sueño importa más que la dieta. Escúchalo en tu app de podcasts', ctx: { lang: 'es' }, flags: ['Nuevo episodio'] },
    { text: 'Neue Folge: Dr. Lee erklärt, warum Schlaf wichtiger ist als Ernährung. Jetzt überall, wo es Podcasts gibt', ctx: { lang: 'de' }, flags: ['Neue Folge'] },
    { text: "Nouvel épisode : le Dr Lee explique pourquoi le sommeil compte plus que l'alimentation. À écouter sur toutes les plateformes", ctx: { lang: 'fr' }, flags: ['Nouvel épisode'] },
    { text: 'Novo episódio: a Dra. Lee explica por que o sono importa mais que a dieta. Ouça no seu app de podcasts', ctx: { lang: 'pt' }, flags: ['Novo episódio'] },
    // The same heading told as out, with what the episode talks about ("we talk with X about how to…" is its topic,
    // not a lesson given), in five languages.
    { text: 'New podcast episode is out 🎙️ We talk with @martagarcia about starting a business in the countryside. Listen on Spotify 👇', flags: ['New podcast episode is out'] },
    { text: 'Nuevo episodio del pódcast ya disponible 🎙️ Hablamos con @martagarcia de cómo emprender en el campo. Escúchalo en Spotify 👇', ctx: { lang: 'es' }, flags: ['Nuevo episodio del pódcast ya disponible'] },
    { text: 'Neue Podcastfolge ist draußen 🎙️ Wir sprechen mit @martagarcia darüber, wie man auf dem Land gründet. Jetzt auf Spotify anhören 👇', ctx: { lang: 'de' }, flags: ['Neue Podcastfolge ist draußen'] },
    { text: 'Nouvel épisode du podcast dispo 🎙️ On parle avec @martagarcia de comment entreprendre à la campagne. À écouter sur Spotify 👇', ctx: { lang: 'fr' }, flags: ['Nouvel épisode du podcast dispo'] },
    { text: 'Episódio novo do podcast no ar 🎙️ Conversamos com @martagarcia sobre empreender no campo. Ouça no Spotify 👇', ctx: { lang: 'pt' }, flags: ['Episódio novo do podcast no ar'] },
    // The imperative itself still asks.
    { text: 'We built LedgerLite, automatic bookkeeping for freelancers. Get it now at ledgerlite.example.com', flags: ['We built'] },
    // A tip that only sets up the author's product ("that's why we built", offer pitchTurn) with a way to take it: the
    // turn is the announcement, in five languages.
    { text: "Quick tip: stop doing your own bookkeeping at 11pm. Every hour you spend on receipts is an hour not spent on clients. That's exactly why we built LedgerLite, automatic bookkeeping for freelancers. Try it free for 30 days.", flags: ["That's exactly why we built"] },
    { text: 'Consejo rápido: deja de hacer tu contabilidad a las 11 de la noche. Cada hora con recibos es una hora sin clientes. Por eso creamos LedgerLite, contabilidad automática para autónomos. Pruébalo gratis 30 días.', ctx: { lang: 'es' }, flags: ['Por eso creamos'] },
    { text: 'Kurzer Tipp: Hör auf, um 23 Uhr deine Buchhaltung zu machen. Jede Stunde mit Belegen fehlt dir für Kunden. Deshalb haben wir LedgerLite entwickelt, automatische Buchhaltung für Freelancer. Jetzt testen: 30 Tage kostenlos.', ctx: { lang: 'de' }, flags: ['Deshalb haben wir LedgerLite entwickelt'] },
    { text: "Petit conseil : arrêtez de faire votre compta à 23h. Chaque heure sur les reçus est une heure de moins pour vos clients. C'est pour ça qu'on a créé LedgerLite, la compta automatique. Essayez-le gratuitement pendant 30 jours.", ctx: { lang: 'fr' }, flags: ["C'est pour ça qu'on a créé"] },
    { text: 'Dica rápida: pare de fazer sua contabilidade às 23h. Cada hora com recibos é uma hora a menos com clientes. Foi por isso que criamos o LedgerLite, contabilidade automática. Teste grátis por 30 dias.', ctx: { lang: 'pt' }, flags: ['Foi por isso que criamos'] },
  ],
});

// An offer's own sentences are its wrapping: "Try the updated tool" reads as advice and "open-source" as help, but in
// an offer they are the pitch, so the post as a whole reads as taking.
describe('offers read as taking', () => {
  it.each([
    "We've updated the Sweep tool: now you can edit Scale and Twist from the sidebar. Try the updated Sweep tool and let us know what you think",
    "We're releasing Lumen 1.5, a fast open-source music model. GitHub: github.com/example/lumen",
  ])('%s', (text) => {
    const report = check(text);
    expect(report.families).toContain('self-promotion');
    expect(report.kind).toBe('take');
  });
});

// A tip that only sets up the author's product (offer pitchTurn) is the pitch's set-up: the post takes, in five
// languages. A method taught in steps before the turn is a lesson of its own, and the post still gives.
describe('a pitch dressed as a tip', () => {
  it.each([
          ["Quick tip: stop doing your own bookkeeping at 11pm. Every hour you spend on receipts is an hour not spent on clients. That's exactly why we built LedgerLite, automatic bookkeeping for freelancers. Try it free for 30 days.", 'en'],
          ['Consejo rápido: deja de hacer tu contabilidad a las 11 de la noche. Cada hora que pasas con recibos es una hora que no pasas con clientes. Por eso creamos LedgerLite, contabilidad automática para autónomos. Pruébalo gratis 30 días.', 'es'],
          ['Kurzer Tipp: Hör auf, um 23 Uhr deine Buchhaltung zu machen. Jede Stunde mit Belegen ist eine Stunde, die dir für Kunden fehlt. Deshalb haben wir LedgerLite entwickelt, automatische Buchhaltung für Freelancer. Jetzt testen: 30 Tage kostenlos.', 'de'],
          ["Petit conseil : arrêtez de faire votre compta à 23h. Chaque heure passée sur les reçus est une heure de moins pour vos clients. C'est pour ça qu'on a créé LedgerLite, la compta automatique pour les freelances. Essayez-le gratuitement pendant 30 jours.", 'fr'],
          ['Dica rápida: pare de fazer sua contabilidade às 23h. Cada hora que você passa com recibos é uma hora a menos com clientes. Foi por isso que criamos o LedgerLite, contabilidade automática para freelancers. Teste grátis por 30 dias.', 'pt'],
  ] as const)('%s', (text, lang) => {
    expect(check(text, { lang }).kind).toBe('take');
  });
  it.each([
    ["Tip for freelancers: you can cut bookkeeping to 20 minutes a week. 1) Photograph every receipt the day you get it, because you will lose the paper. 2) Keep one bank account only for the business. 3) Reconcile every Friday at 4pm, before the weekend. That's why we built LedgerLite, to do step 3 for us. Try it free.", 'en'],
    ["Tip for freelancers: you can cut bookkeeping to 20 minutes a week. Photograph every receipt the day you get it, because you will lose the paper. Keep one bank account only for the business. Reconcile every Friday at 4pm, before the weekend. That's why we built LedgerLite, to do the last step for us. Try it free.", 'en'],
    ['Consejo para autónomos: puedes reducir la contabilidad a 20 minutos por semana. 1) Fotografía cada recibo el mismo día, porque el papel se pierde. 2) Ten una cuenta solo para el negocio. 3) Cuadra todo cada viernes a las 16h. Por eso creamos LedgerLite, para hacer el paso 3 por nosotros. Pruébalo gratis.', 'es'],
  ] as const)('a method taught before the turn stays a lesson: %s', (text, lang) => {
    expect(check(text, { lang }).kind).toBe('give');
  });
});

// Each language's `toolInUse` entry: its example's words before the version read as a tool in use; the tool's bare
// name, with no word of use before it, does not.
describe('lexicon toolInUse examples', () => {
  it.each(Object.entries(ASK_LEXICONS).filter(([, lex]) => lex.toolInUse))('%s', (lang) => {
    const lex = askLexicon(lang as Lang)!;
    const example = lex.lexicon.toolInUse!.example;
    const at = example.search(/\bv\d/u);
    expect(at, 'the example has a version').toBeGreaterThan(0);
    expect(lex.toolInUse!.test(example.slice(0, at))).toBe(true);
    const name = /\p{Lu}[\p{L}\p{N}.+#-]*\s+$/u.exec(example.slice(0, at))![0];
    expect(lex.toolInUse!.test(name)).toBe(false);
  });
});

// The maker's own episode with a listen ask takes, whatever its title teases; a news outlet's teasing headline stays
// missing value, not a plug.
describe('an own episode announced with a listen ask', () => {
  it.each([
    ['New episode: Dr. Lee explains why sleep matters more than diet. Listen wherever you get podcasts', 'en'],
    ['Nuevo episodio: la Dra. Lee explica por qué el sueño importa más que la dieta. Escúchalo en tu app de podcasts', 'es'],
    ['Neue Folge: Dr. Lee erklärt, warum Schlaf wichtiger ist als Ernährung. Jetzt überall, wo es Podcasts gibt', 'de'],
    ["Nouvel épisode : le Dr Lee explique pourquoi le sommeil compte plus que l'alimentation. À écouter sur toutes les plateformes", 'fr'],
    ['Novo episódio: a Dra. Lee explica por que o sono importa mais que a dieta. Ouça no seu app de podcasts', 'pt'],
  ] as const)('%s', (text, lang) => {
    const report = check(text, { lang });
    expect(report.families).toContain('self-promotion');
    expect(report.kind).toBe('take');
  });
  it('a headline that teases is no plug', () => {
    const report = check('Experts explain why sleep matters more than diet', { lang: 'en' });
    expect(report.families).toEqual(['missing-value']);
  });
});
