import { describe, expect, it } from 'vitest';
import rule from '../../../lib/checker/rules/too-short';
import { runRule, testRule } from '../rule-tester';
import { CAPTION_LEXICONS } from '../../../lib/checker/lexicon/caption';
import type { DocLang } from '../../../lib/checker/types';

testRule(rule, {
  valid: [
    // A release put on pre-sale with its title, date and terms is a pitch with details, not a bare win.
    { text: "Vorbestellungen sind offen!! 🎸 Unser zweites Album „Nachtlinie“ erscheint am 3. Mai, Vinyl mit signierter Karte gibt's nur bei Vorbestellung über unsere Seite.", ctx: { platform: 'facebook', lang: 'de' }, note: 'pre-sale with terms' },
    { text: 'Les précommandes sont ouvertes !! 🎸 Notre deuxième album « Ligne de nuit » sort le 3 mai, vinyle avec carte signée uniquement en précommande sur notre site.', ctx: { platform: 'facebook', lang: 'fr' }, note: 'pre-sale with terms' },
    // A reply that explains what someone else's tool, app or setting is answers the question: never empty, in five languages.
    { text: 'That\'s Linktree. It\'s a free site that gives you one link with a list of all your other links, so people put it in their bio because Instagram only allows one.', ctx: { platform: 'reddit', reply: true }, note: 'explains a tool' },
    { text: 'It\'s called Linktree: one page with all your links on it. Instagram only lets you put one link in your bio, so people use it to point to several.', ctx: { platform: 'x', reply: true }, note: 'explains a tool' },
    { text: 'Eso es Linktree: una página con todos tus enlaces. Instagram solo deja poner un enlace en la bio, así que la gente lo usa para enlazar a varios sitios.', ctx: { lang: 'es', platform: 'x', reply: true }, note: 'explains a tool' },
    { text: 'Das ist Linktree: eine Seite mit all deinen Links. Instagram erlaubt nur einen Link in der Bio, deshalb nutzen viele das, um auf mehrere Seiten zu verweisen.', ctx: { lang: 'de', platform: 'x', reply: true }, note: 'explains a tool' },
    { text: 'C\'est Linktree : une page avec tous tes liens. Instagram ne permet qu\'un seul lien dans la bio, donc les gens l\'utilisent pour renvoyer vers plusieurs sites.', ctx: { lang: 'fr', platform: 'x', reply: true }, note: 'explains a tool' },
    { text: 'Isso é o Linktree: uma página com todos os seus links. O Instagram só deixa colocar um link na bio, então o pessoal usa pra apontar pra vários sites.', ctx: { lang: 'pt', platform: 'x', reply: true }, note: 'explains a tool' },
    { text: 'Libby es una app gratuita de las bibliotecas públicas. Entras con tu carné de la biblioteca y sacas ebooks y audiolibros gratis.', ctx: { lang: 'es', platform: 'facebook', reply: true }, note: 'explains an app' },
    { text: 'Die Onleihe ist ein kostenloser Dienst der Stadtbibliotheken. Du meldest dich mit deinem Bibliotheksausweis an und leihst E-Books aus.', ctx: { lang: 'de', platform: 'facebook', reply: true }, note: 'explains an app' },
    { text: 'Libby, c\'est une appli gratuite des bibliothèques municipales. Tu te connectes avec ta carte de bibliothèque et tu empruntes des livres numériques.', ctx: { lang: 'fr', platform: 'facebook', reply: true }, note: 'explains an app' },
    { text: 'O Libby é um app gratuito das bibliotecas públicas. Você entra com a carteirinha da biblioteca e pega e-books emprestados.', ctx: { lang: 'pt', platform: 'facebook', reply: true }, note: 'explains an app' },
    { text: 'Obsidian is a note-taking app that stores everything as plain text files on your computer, so your notes are yours even if the app disappears.', ctx: { platform: 'reddit', reply: true }, note: 'explains an app' },
    // A name after a greeting's adjective, or the thing a question word asks about, is still a detail.
    { text: 'Liebe Anna, danke fürs Mitnehmen!', ctx: { lang: 'de', platform: 'facebook' }, note: 'a greeting names its person' },
    { text: 'Neue Folge mit Lena Brandt über Imkerei in der Stadt ist draußen, abonniert gern!', ctx: { lang: 'de', platform: 'mastodon' }, note: 'the guest and the topic are named' },
    // Laughter beside what happened or what worked still says it.
    { text: 'jajajaja a mí me pasó igual, lo arreglé poniendo el router en el canal 6', ctx: { reply: true, lang: 'es' } },
    { text: 'kkkkkk aconteceu comigo também, resolvi trocando o cabo HDMI', ctx: { reply: true, lang: 'pt' } },
    // The same help with no price, or pointing to someone else's free thing, answers.
    { text: "In case it helps: I built a spreadsheet for this years ago, one tab per month and a SUMIF per category, it's free on my site", ctx: { reply: true, platform: 'reddit' } },
    { text: 'Por si te sirve: la plantilla gratuita de la OCU hace justo esto, yo la uso desde hace 2 años', ctx: { reply: true, platform: 'reddit', lang: 'es' } },
    // A title in French guillemets, set off with spaces as French typography does, names the book as „…“ and “…” do.
    { text: "Fière de vous annoncer que mon livre « L'argent sans peur » est en précommande 📚 Si ce que je partage ici vous a aidé, précommandez-le. Lien en commentaire ! 👇", ctx: { lang: 'fr' }, note: 'the book named by its title' },
    { text: "Fière de vous annoncer que mon livre «L'argent sans peur» est en précommande 📚 Si ce que je partage ici vous a aidé, précommandez-le. Lien en commentaire ! 👇", ctx: { lang: 'fr' }, note: 'the same title without the spaces' },
    // A day count beside what the day brought is a detail: the post reports or teaches.
    { text: 'Day 37 of my sourdough experiment: 75% hydration, 4 folds 30 min apart, proofed 14h at 5°C. Best crumb yet. please share if you bake too ❤️', note: 'the day’s numbers told' },
    { text: 'Day 3 of the flood: the shelter at Lincoln High has 40 beds left. Please share ❤️', note: 'a report' },
    { text: 'Día 3 de la inundación: el albergue del instituto Lincoln tiene 40 camas libres. Compartid por favor ❤️', ctx: { lang: 'es' }, note: 'a report' },
    // "#FF @anna and @tom, two of the kindest…": after the handles and a comma the words describe them.
    { text: '#FF @anna and @tom, two of the kindest people in #MedievalTwitter', note: 'a Follow Friday names accounts' },
    // A loss told with the event behind it says what the ask is for (call-to-action speaks for the ask).
    { text: "Notre maison a brûlé dans l'incendie. On a lancé une cagnotte pour reconstruire, toute aide compte : leetchi.com/c/maison-martin", ctx: { lang: 'fr' }, note: 'a loss and its fundraiser' },
    { text: 'Perdemos a casa na enchente. Criamos uma vaquinha para reconstruir, qualquer ajuda conta: vakinha.com.br/casa-silva', ctx: { lang: 'pt' }, note: 'a loss and its fundraiser' },
    // An episode that names its guest and topic says what the reader gets: no "shares the win" card.
    { text: 'New episode: we talk to Dr. Lena Ortiz about sleep and shift work.', note: 'a guest named, with the topic' },
    { text: 'Nuevo episodio: hablamos con la Dra. Lena Ortiz sobre el sueño y el trabajo por turnos.', ctx: { lang: 'es' } },
    { text: 'Neue Folge: Wir sprechen mit Dr. Lena Ortiz über Schlaf und Schichtarbeit.', ctx: { lang: 'de' } },
    { text: 'Nouvel épisode : on parle avec la Dre Lena Ortiz du sommeil et du travail de nuit.', ctx: { lang: 'fr' } },
    { text: 'Novo episódio: conversamos com a Dra. Lena Ortiz sobre sono e trabalho em turnos.', ctx: { lang: 'pt' } },
    // A short post that names an event, without a word of its author or a reaction, reports it.
    { text: 'Earthquake felt downtown', note: 'a named event is the news' },
    { text: '¡Terremoto en Lima!', ctx: { lang: 'es' }, note: 'a named event, in Spanish' },
    { text: 'Erdbeben in Köln gespürt', ctx: { lang: 'de' }, note: 'a named event, in German' },
    { text: 'Thanks, the retry tip fixed our build!', ctx: { reply: true }, note: 'a short specific reply' },
    { text: '6x6x6 box with 2" of crinkle paper, zero breakages in ~300 orders', ctx: { reply: true } },
    { text: 'Shipped v2 of the parser today', note: 'a version number is a detail' },
    { text: 'Our office is closed on Monday for the holiday.', note: 'a weekday in a notice is a detail, not a "happy Monday"' },
    { text: 'Yes! Tuesdays 5–8pm, walk-in.', ctx: { reply: true } },
    { text: 'Our spring collection is live: linen shirts in 4 colours, $48 each, link in bio', note: 'the ask comes with details' },
    { text: '今日は新しいカメラで初めて夕焼けを撮りました。', note: 'no phrase lists for Japanese: stay quiet' },
    { text: 'Pottery glaze test', ctx: { sensitivity: 'gentle' }, note: 'three content words are enough under gentle' },
    { text: 'Congrats!! 🎉', ctx: { reply: true }, note: 'brief warmth to the person one answers is never empty' },
    // Agreeing, then saying what was the same: a detail of one's own.
    { text: 'Genauso bei mir: Kanal 6 statt 11 am Router hat die Abbrüche beendet.', ctx: { reply: true, lang: 'de' }, note: 'the agreement says what worked' },
    { text: 'Igual me pasó: cambiar el router al canal 6 acabó con los cortes.', ctx: { reply: true, lang: 'es' }, note: 'the agreement says what worked' },
    { text: "Pareil chez moi : passer la box sur le canal 6 a réglé les coupures.", ctx: { reply: true, lang: 'fr' }, note: 'the agreement says what worked' },
    { text: 'Igual aqui: mudar o roteador pro canal 6 acabou com as quedas.', ctx: { reply: true, lang: 'pt' }, note: 'the agreement says what worked' },
    // The same praise saying what in the post helped.
    { text: 'Ótimo post! A dica de congelar o pão fatiado mudou meu café da manhã', ctx: { reply: true, lang: 'pt' }, note: 'praise with what helped' },
    { text: '¡Excelente hilo! Lo del punto 3 sobre renegociar el alquiler me ahorró 80 € al mes', ctx: { reply: true, lang: 'es' }, note: 'praise with what helped' },
    { text: 'Starker Post! Den Tipp mit der Steuer-ID hab ich direkt umgesetzt', ctx: { reply: true, lang: 'de' }, note: 'praise with what helped' },
    { text: "Très bon thread, l'astuce du point 4 sur les dossiers CAF m'a sauvé", ctx: { reply: true, lang: 'fr' }, note: 'praise with what helped' },
    { text: 'Tellement vrai, chez nous la mairie a fermé la piscine en juin', ctx: { reply: true, lang: 'fr' }, note: 'agreement with a detail of one’s own' },
    { text: 'concordo, o aluguel aqui subiu 30% em um ano', ctx: { reply: true, lang: 'pt' }, note: 'agreement with a number of one’s own' },
    { text: 'agree, we saw 100% of the tests pass after the fix', ctx: { reply: true }, note: 'a hundred per cent of something is a figure' },
    { text: 'Totalmente de acuerdo, el metro de noche es un peligro', ctx: { reply: true, lang: 'es' }, note: 'agreement with what one saw' },
    { text: 'Absolut richtig, bei uns wurde der Bus nach 22 Uhr komplett gestrichen', ctx: { reply: true, lang: 'de' }, note: 'agreement with a detail of one’s own' },
    { text: 'So sorry for your loss ❤️', ctx: { reply: true }, note: 'sympathy in a reply' },
    { text: 'Thank you!', ctx: { reply: true }, note: 'thanks to the person one answers' },
    { text: '¡Felicidades!', ctx: { reply: true, lang: 'es' }, note: 'warmth in Spanish' },
    { text: 'Gute Besserung!', ctx: { reply: true, lang: 'de' }, note: 'a wish in German' },
    { text: 'Parabéns!!', ctx: { reply: true, lang: 'pt' }, note: 'warmth in Portuguese' },
    {
      text: 'Our Sunday market is back: 40 stalls, 3 food trucks and free parking at the Elm Street lot. Follow us for the stall list',
      note: 'an ask to follow beside details of what is on',
    },
    {
      text: 'Cooling centers are open across the city tonight for anyone without air conditioning. Please share this so neighbours know',
      note: 'a call to pass a notice on, not the author’s own pitch',
    },
    {
      text: 'been making beats for 6 years now, 200 of them are free to use on my channel, check it out',
      ctx: { platform: 'youtube' },
      note: 'a pitch that names what is on offer (numbers) says something',
    },
    {
      text: 'i started filming how i fix old bikes, mostly gear and brake jobs. the chain wear trick from this video saved me a new cassette, thank you! my channel has the rest',
      ctx: { platform: 'youtube' },
      note: 'a tip and thanks around the plug',
    },
    // In someone's thread, a pitch that also hands over something stays quiet: a tip, a free resource, an answer.
    {
      text: 'Dust the banneton with semolina instead of flour and the dough never sticks. I showed the whole bake on my channel',
      ctx: { platform: 'youtube' },
      note: 'a tip beside the plug',
    },
    {
      text: 'subí 30 samples de batería libres de derechos a mi canal, úsenlos en lo que quieran',
      ctx: { platform: 'youtube', lang: 'es' },
      note: 'a free resource for the reader to use',
    },
    {
      text: 'Custom phone cases are back: 25% off with code CASEY25 at caseyprints.shop',
      ctx: { platform: 'x' },
      note: 'the same offer in one’s own feed says what is on offer',
    },
    { text: '2026 and still using the hinge trick from 2:10, it works every time', ctx: { platform: 'youtube' }, note: 'a year and a timestamp with a comment' },
    { text: 'Still the best album of 1998', note: 'a year in one’s own post is a detail' },
    { text: 'What mic are you using at 3:15? The vocals sound so clean', ctx: { platform: 'youtube' }, note: 'a question with a timestamp' },
    {
      text: 'Tip for new climbers: most gyms make the first class free, so try two gyms before you buy shoes',
      ctx: { platform: 'youtube' },
      note: 'a real tip that mentions a free first class',
    },
    {
      text: 'Para quien empieza: el centro cívico de tu barrio suele tener la primera clase gratis, prueba dos antes de pagar',
      ctx: { platform: 'youtube', lang: 'es' },
      note: 'advice about someone else’s free first class',
    },
    {
      text: 'If you get a minute this weekend, re-string your guitar one string at a time so the neck tension stays even',
      ctx: { platform: 'youtube' },
      note: 'a reader frame with a real tip',
    },
    {
      text: 'Quick tutorial on how to fix a sticky key: pop the keycap off, wipe the switch with 90% alcohol and let it dry for 10 minutes. More fixes on my channel',
      ctx: { platform: 'youtube' },
      note: 'the author’s how-to given with its steps',
    },
    {
      text: "Great lesson! For anyone stuck at 2:10: there's a tutorial on how to do the thumb crossing by Ana Ruiz, slow it to 0.5x",
      ctx: { platform: 'youtube' },
      note: 'someone else’s tutorial, with a tip',
    },
    // A win told with what the reader can take from it, or someone else's win, is not a bare brag.
    {
      text: 'We crossed 2,000 customers this month. What worked: answering every support email within an hour, even on weekends, and writing down each fix for the next person.',
      note: 'a brag with its lesson',
    },
    { text: 'The Riverside U14 girls were named finalists for the regional cup', note: 'someone else’s win, no I or we' },
    {
      text: 'Orgullosa de compartir que nuestra panadería cumple 10 años. El secreto: masa madre de 48 horas y harina molida en piedra del molino de al lado.',
      ctx: { lang: 'es' },
      note: 'a win with the details of how, in a sentence of their own',
    },
    { text: 'Power has just been restored here!', note: 'a short report is news' },
    { text: 'The county hospital is in need of help.', note: 'a notice of need' },
    { text: 'La carretera está cortada.', ctx: { lang: 'es' }, note: 'a change of state in Spanish' },
    { text: 'Following @KHOU for all the latest on the #West explosion', note: 'a pointer to where the news of the event is told' },
    { text: 'Sigue a @emergencias para las últimas noticias sobre el incendio', ctx: { lang: 'es' }, note: 'the same in Spanish' },
    { text: 'Follow @NWSBoulder for updates on the #boulderflood', note: 'an agency’s updates on an event tag' },
    // A status update or photo caption tells something: a thing made or done with its object, a scene at a time of day.
    { text: 'First snow in the garden this morning ❄️', note: 'a scene anchored in a time of day' },
    { text: 'Finally finished the quilt', note: 'a thing done, with its object' },
    { text: 'Made pancakes for the kids', note: 'a thing made, with its object' },
    { text: 'Harbour at sunrise', note: 'a photo caption: a place at a time of day' },
    { text: 'Photo of the harbour at sunrise this morning. #photography', note: 'says what the photo shows' },
    { text: 'Primera nevada en el jardín esta mañana', ctx: { lang: 'es' }, note: 'a scene in Spanish' },
    { text: 'Por fin terminé la colcha', ctx: { lang: 'es' }, note: 'a thing done in Spanish' },
    { text: 'Der erste Schnee im Garten heute Morgen', ctx: { lang: 'de' }, note: 'a scene in German' },
    { text: 'Heute Brot gebacken', ctx: { lang: 'de' }, note: 'German participle last, its object before it' },
    { text: 'Première neige au jardin ce matin', ctx: { lang: 'fr' }, note: 'a scene in French' },
    { text: 'Enfin fini la courtepointe', ctx: { lang: 'fr' }, note: 'a thing done in French' },
    { text: 'Le port au lever du soleil', ctx: { lang: 'fr' }, note: 'a caption in French' },
    { text: 'Primeira neve no jardim esta manhã', ctx: { lang: 'pt' }, note: 'a scene in Portuguese' },
    { text: 'Finalmente terminei a colcha', ctx: { lang: 'pt' }, note: 'a thing done in Portuguese' },
    { text: 'O porto ao nascer do sol', ctx: { lang: 'pt' }, note: 'a caption in Portuguese' },
    // A real tip beside one ask to follow gives; the ask's promise ("for more tips") is not what is given.
    { text: 'Soak dried beans with a pinch of baking soda and they cook in half the time. Follow me for more kitchen tips!', note: 'a tip plus one ask' },
    { text: 'Un truco: pon una pizca de bicarbonato en el remojo y los garbanzos se cuecen en la mitad de tiempo. ¡Sígueme para más consejos!', ctx: { lang: 'es' }, note: 'a tip plus one ask, in Spanish' },
    { text: 'Astuce : une pincée de bicarbonate dans le trempage et les pois chiches cuisent deux fois plus vite. Suivez-moi pour des astuces !', ctx: { lang: 'fr' }, note: 'a tip plus one ask, in French' },
    { text: 'Help me hit 10k steps a day: I walk to the station instead of taking the bus, 25 minutes each way.', note: 'a count with its unit is not an audience count' },
    // blind15: the day's words in a post that says something stay content enough.
    { text: 'Am ersten Tag im neuen Job: Laptop kam erst mittags, also Doku gelesen und Fragen gesammelt.', ctx: { lang: 'de' }, note: 'a day told, not wished' },
    { text: 'Belle journée au marché de Lille : les fraises de Gariguette à 4 € la barquette.', ctx: { lang: 'fr' }, note: 'a day with a price' },
      // blind17: an imperative that advises something else, with the author's own app named later in the answer, still gives.
    { text: "Use a plain spreadsheet first, one row per order with date, SKU and fee. The app I built later only made sense past 200 orders a month.", ctx: { reply: true, platform: 'reddit' }, note: 'advice first, own app told after' },
    { text: "Usa primero una hoja de cálculo, una fila por pedido con fecha, SKU y comisión. La app que desarrollé después solo tuvo sentido pasados los 200 pedidos al mes.", ctx: { reply: true, platform: 'reddit', lang: 'es' }, note: 'advice first, own app told after' },
    { text: "Usa uma planilha primeiro, uma linha por pedido com data, SKU e taxa. O app que eu desenvolvi depois só fez sentido com mais de 200 pedidos por mês.", ctx: { reply: true, platform: 'reddit', lang: 'pt' }, note: 'advice first, own app told after' },
    { text: "Utilise d'abord un tableur, une ligne par commande avec la date, le SKU et les frais. L'appli que j'ai développée ensuite n'a servi qu'après 200 commandes par mois.", ctx: { reply: true, platform: 'reddit', lang: 'fr' }, note: 'advice first, own app told after' },
    { text: "Nimm erst eine Tabelle, eine Zeile pro Bestellung mit Datum, SKU und Gebühr. Die App, die ich später entwickelt habe, lohnte sich erst ab 200 Bestellungen im Monat.", ctx: { reply: true, platform: 'reddit', lang: 'de' }, note: 'advice first, own app told after' },
      // blind17: 'if it helps' beside the author's own free guide and its link may still be help.
    { text: "In case it helps, I wrote a free guide to exactly this on my blog: budgetnotes.blog/sumif", ctx: { reply: true, platform: 'reddit' }, note: 'a free guide of the author’s' },
    { text: "Por si te sirve, escribí una guía gratis justo sobre esto en mi blog: notasdepresupuesto.es/sumar-si", ctx: { reply: true, platform: 'reddit', lang: 'es' }, note: 'a free guide of the author’s' },
    { text: "Falls es hilft, ich hab dazu eine kostenlose Anleitung in meinem Blog geschrieben: haushaltsnotizen.de/summewenn", ctx: { reply: true, platform: 'reddit', lang: 'de' }, note: 'a free guide of the author’s' },
      // blind17: what happened to the author's street is still a report.
    { text: "Power is out on my street since the storm. Please share", ctx: { platform: 'x' }, note: 'a short report' },
    { text: "Se ha ido la luz en mi calle por la tormenta. Compartid", ctx: { platform: 'x', lang: 'es' }, note: 'a short report' },
    // yt23: a warning that quotes a scam comment, and the author's own adviser with a tip, are not lures: never empty.
    { text: "Beware of replies saying 'thanks to crypto expert Daniel, WhatsApp him'. They are bots and the number is a scam, report them", ctx: { platform: 'youtube' }, note: 'warns or gives' },
    { text: "Ojo con los comentarios tipo 'gracias a la asesora financiera Marta, escríbanle al WhatsApp'. Son bots y es una estafa, denúncienlos", ctx: { platform: 'youtube', lang: 'es' }, note: 'warns or gives' },
    { text: "Vorsicht bei Kommentaren wie 'Finanzberaterin Sabine hat mir geholfen, schreibt ihr auf WhatsApp'. Das ist Betrug, bitte melden", ctx: { platform: 'youtube', lang: 'de' }, note: 'warns or gives' },
    { text: "My financial advisor Tom explained this exact thing to me last year: pay off the 24% card before you invest a cent. Shared this on WhatsApp with my sister", ctx: { platform: 'youtube' }, note: 'warns or gives' },
  ],
  invalid: [
    // yt23: a scam testimonial in a comment: its thanks and figures wrap the lure, so it gives the video nothing (five languages).
    { text: "Thank you Mrs. Jennifer Collins, my investment grew so fast. Contact her on WhatsApp +1 380 555 0142", ctx: { platform: 'youtube' }, flags: ["Thank you Mrs. Jennifer Collins, my investment grew so fast. Contact her on WhatsApp +1 380 555 0142"] },
    { text: "Gracias a la asesora financiera Marta Ruiz ahora gano 3.000 dólares semanales con inversiones. Escríbanle al WhatsApp +52 55 1234 8890", ctx: { platform: 'youtube', lang: 'es' }, flags: ["Gracias a la asesora financiera Marta Ruiz ahora gano 3.000 dólares semanales con inversiones. Escríbanle al WhatsApp +52 55 1234 8890"] },
    { text: "O especialista em investimentos Carlos Mendes mudou minha vida, chama ele no WhatsApp (11) 98765-4321", ctx: { platform: 'youtube', lang: 'pt' }, flags: ["O especialista em investimentos Carlos Mendes mudou minha vida, chama ele no WhatsApp (11) 98765-4321"] },
    { text: "Dank Frau Sabine Keller habe ich mit Krypto in 2 Monaten 8.000€ verdient. Schreibt ihr auf WhatsApp +49 151 2345 6789", ctx: { platform: 'youtube', lang: 'de' }, flags: ["Dank Frau Sabine Keller habe ich mit Krypto in 2 Monaten 8.000€ verdient. Schreibt ihr auf WhatsApp +49 151 2345 6789"] },
    { text: "La conseillère financière Claire Dubois a changé ma vie, contactez-la sur WhatsApp +33 6 12 34 56 78", ctx: { platform: 'youtube', lang: 'fr' }, flags: ["La conseillère financière Claire Dubois a changé ma vie, contactez-la sur WhatsApp +33 6 12 34 56 78"] },
    // The release told as a win, with nothing on offer, is still a bare brag.
    { text: 'Unser zweites Album „Nachtlinie“ erscheint am 3. Mai! 🎸', ctx: { platform: 'facebook', lang: 'de' }, flags: ['Unser zweites Album „Nachtlinie“ erscheint am 3. Mai! 🎸'] },
    // blind17: 'my newsletter is out' is the author's drop, not a report of what happened: with a subscribe ask and nothing of the issue, it pitches.
    { text: "New issue of my newsletter is out. Subscribe, it's free 👉 lalettre.substack.com", ctx: { platform: 'x' }, flags: ["New issue of my newsletter is out. Subscribe, it's free 👉 lalettre.substack.com"] },
    { text: "Ya salió el nuevo número de mi newsletter. Suscríbete, es gratis 👉 lacarta.substack.com", ctx: { platform: 'x', lang: 'es' }, flags: ["Ya salió el nuevo número de mi newsletter. Suscríbete, es gratis 👉 lacarta.substack.com"] },
    { text: "Die neue Ausgabe meines Newsletters ist raus. Abonniert ihn kostenlos 👉 derbrief.substack.com", ctx: { platform: 'x', lang: 'de' }, flags: ["Die neue Ausgabe meines Newsletters ist raus. Abonniert ihn kostenlos 👉 derbrief.substack.com"] },
    { text: "Le nouveau numéro de ma newsletter est sorti. Abonnez-vous, c'est gratuit 👉 lalettre.substack.com", ctx: { platform: 'x', lang: 'fr' }, flags: ["Le nouveau numéro de ma newsletter est sorti. Abonnez-vous, c'est gratuit 👉 lalettre.substack.com"] },
    { text: "Saiu a nova edição da minha newsletter. Assina, é de graça 👉 acarta.substack.com", ctx: { platform: 'x', lang: 'pt' }, flags: ["Saiu a nova edição da minha newsletter. Assina, é de graça 👉 acarta.substack.com"] },
    // blind17: 'here's the link if it helps' that points to the author's own course and says nothing of it being free wraps the plug.
    { text: "justo de eso hablo en mi curso de Excel para contables, te dejo el enlace x si te sirve 😉 cursoexcelpro.com", ctx: { reply: true, platform: 'x', lang: 'es' }, flags: ["justo de eso hablo en mi curso de Excel para contables, te dejo el enlace x si te sirve 😉 cursoexcelpro.com"] },
    { text: "I talk about exactly this in my Excel course for accountants, here's the link if it helps 😉 cursoexcelpro.com", ctx: { reply: true, platform: 'x' }, flags: ["I talk about exactly this in my Excel course for accountants, here's the link if it helps 😉 cursoexcelpro.com"] },
    { text: "genau darüber spreche ich in meinem Excel-Kurs für Buchhalter, hier der Link, falls es hilft 😉 excelkurs-pro.de", ctx: { reply: true, platform: 'x', lang: 'de' }, flags: ["genau darüber spreche ich in meinem Excel-Kurs für Buchhalter, hier der Link, falls es hilft 😉 excelkurs-pro.de"] },
    { text: "j'en parle justement dans ma formation Excel pour comptables, je te mets le lien si ça peut aider 😉 formationexcel.fr", ctx: { reply: true, platform: 'x', lang: 'fr' }, flags: ["j'en parle justement dans ma formation Excel pour comptables, je te mets le lien si ça peut aider 😉 formationexcel.fr"] },
    { text: "falo exatamente disso no meu curso de Excel pra contadores, deixo o link caso ajude 😉 cursoexcel.com.br", ctx: { reply: true, platform: 'x', lang: 'pt' }, flags: ["falo exatamente disso no meu curso de Excel pra contadores, deixo o link caso ajude 😉 cursoexcel.com.br"] },
    // blind17: 'use the app I made' in a reply: the imperative's object is the author's own thing, so it gives no advice and the reply only pitches.
    { text: "use the app I made, Contai, it does exactly this and it's free to start 😊 contai.app", ctx: { reply: true, platform: 'x' }, flags: ["use the app I made, Contai, it does exactly this and it's free to start 😊 contai.app"] },
    { text: "usa la app que desarrollé, Contaí, hace exactamente eso y es gratis al principio 😊 contai.app", ctx: { reply: true, platform: 'x', lang: 'es' }, flags: ["usa la app que desarrollé, Contaí, hace exactamente eso y es gratis al principio 😊 contai.app"] },
    { text: "nimm die App, die ich entwickelt habe, Contai, die macht genau das und ist am Anfang kostenlos 😊 contai.app", ctx: { reply: true, platform: 'x', lang: 'de' }, flags: ["nimm die App, die ich entwickelt habe, Contai, die macht genau das und ist am Anfang kostenlos 😊 contai.app"] },
    { text: "utilise l'appli que j'ai développée, Contai, elle fait exactement ça et c'est gratuit au début 😊 contai.app", ctx: { reply: true, platform: 'x', lang: 'fr' }, flags: ["utilise l'appli que j'ai développée, Contai, elle fait exactement ça et c'est gratuit au début 😊 contai.app"] },
    { text: "usa o app que eu desenvolvi, o Contaí, ele faz exatamente isso e é de graça no começo 😊 contai.app", ctx: { reply: true, platform: 'x', lang: 'pt' }, flags: ["usa o app que eu desenvolvi, o Contaí, ele faz exatamente isso e é de graça no começo 😊 contai.app"] },
    // German capitalises every noun: after a spoken article ("ne"), a fused one ("vom") or an adjective that opens the
    // post ("Neue Folge") a capital is a noun, no name, and the drop still says nothing about the episode.
    { text: "Neue Folge vom Podcast ist draußen 🎙️ abonniert und lasst ne Bewertung da!", ctx: { lang: 'de', platform: 'mastodon' }, flags: ["Neue Folge vom Podcast ist draußen 🎙️ abonniert und lasst ne Bewertung da!"] },
    { text: "Neue Folge 🎙️ abonniert und lasst 'ne Bewertung da!", ctx: { lang: 'de', platform: 'instagram' }, flags: ["Neue Folge 🎙️ abonniert und lasst 'ne Bewertung da!"] },
    // Laughter of any length is no word of content, as the filler list's 'jajaja' and 'kkkk' are not.
    { text: "jajajaja literal", ctx: { reply: true, lang: 'es' }, flags: ["jajajaja literal"] },
    { text: "kkkkkk real", ctx: { reply: true, lang: 'pt' }, flags: ["kkkkkk real"] },
    { text: "ptdr grave", ctx: { reply: true, lang: 'fr' }, flags: ["ptdr grave"] },
    { text: "hahahahah stimmt", ctx: { reply: true, lang: 'de' }, flags: ["hahahahah stimmt"] },
    { text: "hahahahaha literally", ctx: { reply: true }, flags: ["hahahahaha literally"] },
    // Help offered in the sentence that sells the author's own thing at a price is the pitch's wrapping: the reply only pitches.
    { text: "In case it helps: I built an Excel template for exactly this, it's 9 dollars on my site budgetbook-pro.com 😊", ctx: { reply: true, platform: 'reddit' }, flags: ["In case it helps: I built an Excel template for exactly this, it's 9 dollars on my site budgetbook-pro.com 😊"] },
    { text: "Por si te sirve: hice una plantilla de Excel justo para esto, cuesta 9€ en mi web presupuesto-pro.es 😊", ctx: { reply: true, platform: 'reddit', lang: 'es' }, flags: ["Por si te sirve: hice una plantilla de Excel justo para esto, cuesta 9€ en mi web presupuesto-pro.es 😊"] },
    { text: "Falls es hilft: ich hab genau dafür ein Excel-Template gebaut, gibt's für 9€ auf meiner Seite haushaltsbuch-pro.de 😊", ctx: { reply: true, platform: 'reddit', lang: 'de' }, flags: ["Falls es hilft: ich hab genau dafür ein Excel-Template gebaut, gibt's für 9€ auf meiner Seite haushaltsbuch-pro.de 😊"] },
    { text: "Au cas où ça aide : j'ai fait un modèle Excel exactement pour ça, 9€ sur mon site budget-pro.fr 😊", ctx: { reply: true, platform: 'reddit', lang: 'fr' }, flags: ["Au cas où ça aide : j'ai fait un modèle Excel exactement pour ça, 9€ sur mon site budget-pro.fr 😊"] },
    { text: "Caso ajude: eu fiz uma planilha exatamente pra isso, custa R$19 no meu site orcamento-pro.com.br 😊", ctx: { reply: true, platform: 'reddit', lang: 'pt' }, flags: ["Caso ajude: eu fiz uma planilha exatamente pra isso, custa R$19 no meu site orcamento-pro.com.br 😊"] },
    { text: "Fière de vous annoncer que mon livre est en précommande 📚 Si ce que je partage ici vous a aidé, précommandez-le. Lien en commentaire ! 👇", ctx: { lang: 'fr' }, flags: ["Fière de vous annoncer que mon livre est en précommande 📚 Si ce que je partage ici vous a aidé, précommandez-le. Lien en commentaire ! 👇"] },
    // "Day 37 of posting until…": the day counts the author's own streak, not a detail for the reader, beside asks for
    // likes and shares (en, es, fr, pt; German's 'Tag 14' post is quiet for another reason: its words outside the asks).
    { text: 'Day 37 of posting until my bakery hits 1,000 followers 🥐 please like and share this page, it would mean the world to us!! every share helps a small business ❤️', flags: ['Day 37 of posting until my bakery hits 1,000 followers 🥐 please like and share this page, it would mean the world to us!! every share helps a small business ❤️'] },
    { text: 'Día 20 publicando hasta que mi panadería llegue a 500 seguidores 🥐 denle like y compartan porfa, cada like ayuda ❤️', ctx: { lang: 'es' }, flags: ['Día 20 publicando hasta que mi panadería llegue a 500 seguidores 🥐 denle like y compartan porfa, cada like ayuda ❤️'] },
    { text: "Jour 12 du défi : je poste chaque jour jusqu'à ce que ma boulangerie atteigne 500 abonnés 🥐 likez et partagez svp, chaque partage compte ❤️", ctx: { lang: 'fr' }, flags: ["Jour 12 du défi : je poste chaque jour jusqu'à ce que ma boulangerie atteigne 500 abonnés 🥐 likez et partagez svp, chaque partage compte ❤️"] },
    { text: 'Dia 10 postando até minha padaria chegar a 500 seguidores 🥐 curtam e compartilhem por favor ❤️', ctx: { lang: 'pt' }, flags: ['Dia 10 postando até minha padaria chegar a 500 seguidores 🥐 curtam e compartilhem por favor ❤️'] },
    // A guest who is no name is still the author's news with nothing behind it.
    { text: 'New episode: we talk to our mom about life.', flags: ['New episode: we talk to our mom about life.'] },
    // A post made only of asks for the author's reach hands the reader nothing; the count asked for is no detail.
    { text: 'Follow me for daily tips… help me hit 10k!', flags: ['Follow me for daily tips… help me hit 10k!'] },
    { text: 'Sígueme para más consejos diarios… ¡ayúdame a llegar a 10k!', ctx: { lang: 'es' }, flags: ['Sígueme para más consejos diarios… ¡ayúdame a llegar a 10k!'] },
    { text: 'Suivez-moi pour des astuces chaque jour… aidez-moi à atteindre les 10k !', ctx: { lang: 'fr' }, flags: ['Suivez-moi pour des astuces chaque jour… aidez-moi à atteindre les 10k !'] },
    { text: 'Me siga para dicas todo dia… me ajuda a chegar a 10k!', ctx: { lang: 'pt' }, flags: ['Me siga para dicas todo dia… me ajuda a chegar a 10k!'] },
    { text: 'Following @ana for the latest on my life', flags: ['Following @ana for the latest on my life'] },
    // A mood, a day, a reaction or an opinion word names nothing done or seen.
    { text: 'Monday again 😴', flags: ['Monday again 😴'] },
    { text: 'Big day today! 🎉', flags: ['Big day today! 🎉'] },
    { text: 'some days are just like that 🙃', flags: ['some days are just like that 🙃'] },
    { text: 'qué semana, madre mía', ctx: { lang: 'es' }, flags: ['qué semana, madre mía'] },
    { text: 'Schon wieder Novemberwetter 🌧️ naja.', ctx: { lang: 'de' }, flags: ['Schon wieder Novemberwetter 🌧️ naja.'] },
    { text: 'teachers are so underapreciated 💔', flags: ['teachers are so underapreciated 💔'] },
    { text: 'gm', flags: ['gm'] },
    { text: 'lol', flags: ['lol'] },
    { text: 'Agree? 👇', flags: ['Agree? 👇'] },
    { text: 'so true 💯', flags: ['so true 💯'] },
    { text: 'Made my day 😂', flags: ['Made my day 😂'] },
    { text: 'Tired this morning 😴', flags: ['Tired this morning 😴'] },
    { text: 'Photo of the day', flags: ['Photo of the day'] },
    { text: 'Ça a fait ma journée', ctx: { lang: 'fr' }, flags: ['Ça a fait ma journée'] },
    { text: 'Terminei a semana finalmente', ctx: { lang: 'pt' }, flags: ['Terminei a semana finalmente'] },
    // An event named in a reaction or a status of one's own still says nothing new.
    { text: 'I love thunderstorms', flags: ['I love thunderstorms'] },
    { text: 'That earthquake was so scary', flags: ['That earthquake was so scary'] },
    { text: 'Qué miedo el terremoto', ctx: { lang: 'es' }, flags: ['Qué miedo el terremoto'] },
    { text: 'Mom says hi!', flags: ['Mom says hi!'] },
    { text: 'Police say hi', flags: ['Police say hi'] },
    { text: 'gm ☕', flags: ['gm ☕'] },
    { text: 'Interesting perspective, thanks for sharing!', ctx: { reply: true }, flags: ['Interesting perspective, thanks for sharing!'] },
    { text: 'Toller Beitrag, danke fürs Teilen! 👍', ctx: { reply: true, lang: 'de' }, flags: ['Toller Beitrag, danke fürs Teilen! 👍'] },
    // Agreeing and nothing more, as "lol same": each language's "same", "ditto".
    { text: 'haha dito 😅', ctx: { reply: true, lang: 'de' }, flags: ['haha dito 😅'] },
    { text: 'Ging mir genauso 😂', ctx: { reply: true, lang: 'de' }, flags: ['Ging mir genauso 😂'] },
    { text: 'jeje ídem 😅', ctx: { reply: true, lang: 'es' }, flags: ['jeje ídem 😅'] },
    { text: 'haha idem 😅', ctx: { reply: true, lang: 'fr' }, flags: ['haha idem 😅'] },
    { text: 'rsrs idem 😅', ctx: { reply: true, lang: 'pt' }, flags: ['rsrs idem 😅'] },
    // Stock praise of the post in each language, as 'Great post!': 'post', 'hilo', 'fio', 'thread' and their stock adjectives.
    { text: "Ótimo post! 👏", ctx: { reply: true, lang: 'pt' }, flags: ["Ótimo post! 👏"] },
    { text: "¡Excelente publicación! 👏", ctx: { reply: true, lang: 'es' }, flags: ["¡Excelente publicación! 👏"] },
    { text: "Muy buen hilo 👌", ctx: { reply: true, lang: 'es' }, flags: ["Muy buen hilo 👌"] },
    { text: "Starker Post! 👏", ctx: { reply: true, lang: 'de' }, flags: ["Starker Post! 👏"] },
    { text: "Très bon thread", ctx: { reply: true, lang: 'fr' }, flags: ["Très bon thread"] },
    { text: "que fio incrível 👏", ctx: { reply: true, lang: 'pt' }, flags: ["que fio incrível 👏"] },
    { text: "Tal cual 👏", ctx: { reply: true, lang: 'es' }, flags: ["Tal cual 👏"] },
    // 'So true', 'agree 100%' in each language: a hundred per cent says how much one agrees, not a figure.
    { text: "agree 100%", ctx: { reply: true }, flags: ["agree 100%"] },
    { text: "Totally agree 👏", ctx: { reply: true }, flags: ["Totally agree 👏"] },
    { text: "Tellement vrai 👏", ctx: { reply: true, lang: 'fr' }, flags: ["Tellement vrai 👏"] },
    { text: "Totalement d'accord", ctx: { reply: true, lang: 'fr' }, flags: ["Totalement d'accord"] },
    { text: "concordo 100%", ctx: { reply: true, lang: 'pt' }, flags: ["concordo 100%"] },
    { text: "Verdade 👏", ctx: { reply: true, lang: 'pt' }, flags: ["Verdade 👏"] },
    { text: "Totalmente de acuerdo", ctx: { reply: true, lang: 'es' }, flags: ["Totalmente de acuerdo"] },
    { text: "Muy cierto 👏", ctx: { reply: true, lang: 'es' }, flags: ["Muy cierto 👏"] },
    { text: "Stimmt absolut.", ctx: { reply: true, lang: 'de' }, flags: ["Stimmt absolut."] },
    { text: "So wahr 👏", ctx: { reply: true, lang: 'de' }, flags: ["So wahr 👏"] },
    { text: 'teachers are so underappreciated 💔', flags: ['teachers are so underappreciated 💔'] },
    { text: 'Following', ctx: { reply: true }, flags: ['Following'] },
    { text: 'Amen 🙏🙏🙏', ctx: { reply: true }, flags: ['Amen 🙏🙏🙏'] },
    { text: '+1', ctx: { reply: true }, flags: ['+1'] },
    { text: 'Merci beaucoup, super vidéo !', ctx: { reply: true, lang: 'fr' }, flags: ['Merci beaucoup, super vidéo !'] },
    { text: 'DM me! I help small business owners get their books sorted, only 3 spots left', ctx: { reply: true }, flags: ['DM me! I help small business owners get their books sorted, only 3 spots left'] },
    { text: 'new drop just went live 💍✨ link in bio!! run don’t walk', flags: ['new drop just went live 💍✨ link in bio!! run don’t walk'] },
    { text: 'Bom dia, grupo! ☀️', ctx: { lang: 'pt' }, flags: ['Bom dia, grupo! ☀️'] },
    // blind15: a greeting with the day's wish, in es/fr/de as in en and pt.
    { text: 'Buenos días mi gente ☕️☀️ ¡Que tengan un lindo día!', ctx: { lang: 'es' }, flags: ['Buenos días mi gente ☕️☀️ ¡Que tengan un lindo día!'] },
    { text: 'Bonjour tout le monde ☕️☀️ Passez une belle journée !', ctx: { lang: 'fr' }, flags: ['Bonjour tout le monde ☕️☀️ Passez une belle journée !'] },
    { text: 'Guten Morgen ihr Lieben ☕️☀️ Habt einen schönen Tag!', ctx: { lang: 'de' }, flags: ['Guten Morgen ihr Lieben ☕️☀️ Habt einen schönen Tag!'] },
    // Numbers inside an ask for followers or likes count the audience, not something on offer.
    { text: 'so close to 2k followers 😭 pls follow me and share this, means a lot', flags: ['so close to 2k followers 😭 pls follow me and share this, means a lot'] },
    { text: 'ayúdenme a llegar a 500 suscriptores porfa 🙏', ctx: { lang: 'es' }, flags: ['ayúdenme a llegar a 500 suscriptores porfa 🙏'] },
    // In someone's thread a comment that only pitches gives nothing, whatever price, code or age it names.
    { text: 'Awesome edit! I sell custom phone cases, 25% off with code CASEY25 at caseyprints.shop 🔥', ctx: { platform: 'youtube' }, flags: ['Awesome edit! I sell custom phone cases, 25% off with code CASEY25 at caseyprints.shop 🔥'] },
    { text: 'Yo enseño inglés por Zoom, 10 dólares la clase, escríbeme por WhatsApp', ctx: { reply: true, lang: 'es' }, flags: ['Yo enseño inglés por Zoom, 10 dólares la clase, escríbeme por WhatsApp'] },
    // A year beside "still" only dates a comment.
    { text: '2026 und ich höre das immer noch 🎧', ctx: { platform: 'youtube', lang: 'de' }, flags: ['2026 und ich höre das immer noch 🎧'] },
    { text: '2026 e ainda ouvindo isso', ctx: { platform: 'youtube', lang: 'pt' }, flags: ['2026 e ainda ouvindo isso'] },
    { text: 'You won a free iPad 🎁 Text me to claim it. +44 7700 900123', ctx: { platform: 'youtube' }, flags: ['You won a free iPad 🎁 Text me to claim it. +44 7700 900123'] },
    { text: 'Ich verdiene 3.000 Euro im Monat von zu Hause, schreib mir auf Telegram', ctx: { platform: 'youtube', lang: 'de' }, flags: ['Ich verdiene 3.000 Euro im Monat von zu Hause, schreib mir auf Telegram'] },
    { text: 'Super vidéo ! Je vends des bougies artisanales, 12 € pièce, lien dans ma bio', ctx: { reply: true, lang: 'fr' }, flags: ['Super vidéo ! Je vends des bougies artisanales, 12 € pièce, lien dans ma bio'] },
    { text: 'sou cantora de 15 anos e postei meu primeiro cover no meu canal, se puderem ouvir agradeço 🙏', ctx: { platform: 'youtube', lang: 'pt' }, flags: ['sou cantora de 15 anos e postei meu primeiro cover no meu canal, se puderem ouvir agradeço 🙏'] },
    // A free first lesson or session is the offer's opening term: no lesson is given in the comment.
    { text: 'I coach beginner swimmers on weekends, intro lesson is on me, DM me 🏊', ctx: { platform: 'youtube', lang: 'en' }, flags: ['I coach beginner swimmers on weekends, intro lesson is on me, DM me 🏊'] },
    { text: 'Doy clases de francés por Zoom, primera lección gratis, escríbeme por WhatsApp', ctx: { platform: 'youtube', lang: 'es' }, flags: ['Doy clases de francés por Zoom, primera lección gratis, escríbeme por WhatsApp'] },
    { text: 'Ich gebe Schachunterricht online, erste Lektion kostenlos, schreib mir auf Telegram', ctx: { platform: 'youtube', lang: 'de' }, flags: ['Ich gebe Schachunterricht online, erste Lektion kostenlos, schreib mir auf Telegram'] },
    { text: 'Je donne des cours de dessin en ligne, première leçon offerte, lien dans ma bio', ctx: { platform: 'youtube', lang: 'fr' }, flags: ['Je donne des cours de dessin en ligne, première leçon offerte, lien dans ma bio'] },
    { text: 'Dou aulas de ukulele online, primeira lição grátis, me chama no direct', ctx: { platform: 'youtube', lang: 'pt' }, flags: ['Dou aulas de ukulele online, primeira lição grátis, me chama no direct'] },
    // A reader frame that asks a favour for the author's own thing ("if you get a minute, my latest cover") is the pitch.
    {
      text: "Hi all, I'm a bedroom guitarist from Leeds. If you get a minute, please check out my latest cover, it means a lot 🙏",
      ctx: { platform: 'youtube' },
      flags: ["Hi all, I'm a bedroom guitarist from Leeds. If you get a minute, please check out my latest cover, it means a lot 🙏"],
    },
    {
      text: 'Salut ! Je suis un beatmaker de 17 ans de Lille. Si vous avez une minute, écoutez mon nouveau morceau, ça compte beaucoup',
      ctx: { platform: 'youtube', lang: 'fr' },
      flags: ['Salut ! Je suis un beatmaker de 17 ans de Lille. Si vous avez une minute, écoutez mon nouveau morceau, ça compte beaucoup'],
    },
    // "A tutorial on how to…" on the author's channel names what is pointed to; none of its steps are here.
    { text: 'just uploaded a video on how to fold fitted sheets, link on my channel', ctx: { platform: 'youtube', lang: 'en' }, flags: ['just uploaded a video on how to fold fitted sheets, link on my channel'] },
    { text: 'acabo de subir un tutorial de cómo hacer este peinado, está en mi canal 💇', ctx: { platform: 'youtube', lang: 'es' }, flags: ['acabo de subir un tutorial de cómo hacer este peinado, está en mi canal 💇'] },
    { text: 'fiz um vídeo sobre como fazer esse pão, tá no meu canal se alguém quiser', ctx: { platform: 'youtube', lang: 'pt' }, flags: ['fiz um vídeo sobre como fazer esse pão, tá no meu canal se alguém quiser'] },
    // A win told by its author with nothing for the reader: the award's name and the figure describe the win.
    { text: "Thrilled to announce I was named to the Austin Business Journal's 30 Under 30 list! 🏆 Grit wins. #proud", ctx: {}, flags: ["Thrilled to announce I was named to the Austin Business Journal's 30 Under 30 list! 🏆 Grit wins. #proud"] },
    { text: 'Wir freuen uns, verkünden zu dürfen: unsere Agentur wurde zur Top-Adresse des Jahres gekürt! 🥂', ctx: { lang: 'de' }, flags: ['Wir freuen uns, verkünden zu dürfen: unsere Agentur wurde zur Top-Adresse des Jahres gekürt! 🥂'] },
    { text: "Fière d'annoncer que notre boutique a été élue meilleure librairie de Lyon 🏆 Le travail paie.", ctx: { lang: 'fr' }, flags: ["Fière d'annoncer que notre boutique a été élue meilleure librairie de Lyon 🏆 Le travail paie."] },
    { text: 'Estamos muy felices de anunciar que superamos el millón de euros en ventas este año 🚀', ctx: { lang: 'es' }, flags: ['Estamos muy felices de anunciar que superamos el millón de euros en ventas este año 🚀'] },
    { text: '100K!!! 🎉 nunca pensei que esse cantinho de crochê chegaria aqui. quem é novo, me segue', ctx: { lang: 'pt' }, flags: ['100K!!! 🎉 nunca pensei que esse cantinho de crochê chegaria aqui. quem é novo, me segue'] },
    // A pitch told at more length, about its author only: no number, name, tip or thanks.
    {
      text: 'hey everyone, been making lo-fi beats in my bedroom for a while now. would really appreciate it if you checked out my channel',
      ctx: { platform: 'youtube', lang: 'en' },
      flags: ['hey everyone, been making lo-fi beats in my bedroom for a while now. would really appreciate it if you checked out my channel'],
    },
    {
      text: 'Hola a todos, hago covers de boleros con mi abuelo en la guitarra. Pásense por mi canal y suscríbanse porfa',
      ctx: { platform: 'youtube', lang: 'es' },
      flags: ['Hola a todos, hago covers de boleros con mi abuelo en la guitarra. Pásense por mi canal y suscríbanse porfa'],
    },
    {
      text: 'gente, comecei a fazer vídeos de maquiagem simples pra quem tá começando. passa lá no meu canal e se inscreve',
      ctx: { platform: 'youtube', lang: 'pt' },
      flags: ['gente, comecei a fazer vídeos de maquiagem simples pra quem tá começando. passa lá no meu canal e se inscreve'],
    },
    {
      text: 'Salut à tous, je fais des vidéos de cuisine végétarienne pour les étudiants. Abonnez-vous à ma chaîne si ça vous dit',
      ctx: { platform: 'youtube', lang: 'fr' },
      flags: ['Salut à tous, je fais des vidéos de cuisine végétarienne pour les étudiants. Abonnez-vous à ma chaîne si ça vous dit'],
    },
  ],
});

// The message names what the post is: a pitch's ask, a win, or the author's own thing left undescribed.
describe('too-short says why', () => {
  it.each([
    ['Thanks for 1,000 followers! I started this account to share my garden notes and never thought anyone would read them.', 'tooShortBrag'],
    ['Thanks for 1,000 followers!', 'tooShortBrag'],
    ["honestly the best guide to pricing handmade goods I've found 👇 makersmath.co/pricing-guide", 'tooShortPlug'],
    ['New drop! Shop now: shop.example.com', 'tooShortPitch'],
  ] as const)('%s → %s', (text, id) => {
    expect(runRule(rule, text, { lang: 'en' }).map((f) => f.messageId)).toContain(id);
  });
});

// Every caption lexicon entry's example does what its note says: a deed, a time-of-day scene or a shown thing is
// quiet; a stretch of time or a mood in its place still fires.
describe('caption lexicon examples', () => {
  const cases = Object.entries(CAPTION_LEXICONS).flatMap(([lang, lex]) => [
    [lang, lex.deeds.example, false],
    [lang, lex.anchors.example, false],
    [lang, lex.shows.example, false],
    [lang, lex.times.example, true],
    [lang, lex.moods.example, true],
  ] as const);
  it.each(cases)('%s: %s fires=%s', (lang, text, fires) => {
    expect(runRule(rule, text, { lang: lang as DocLang }).length > 0).toBe(fires);
  });
});
