import rule from '../../../lib/checker/rules/engagement-bait';
import { describe, expect, it } from 'vitest';
import { check } from '../../../lib/checker';
import type { Lang } from '../../../lib/checker/types';
import { testRule } from '../rule-tester';

testRule(rule, {
  valid: [
    // blind23: a share with its source named, or the author's own numbers with what follows from them: a finding, not bait.
    { text: "Selon une étude de l'Insee, 38 % des ménages lyonnais ont renoncé au chauffage en janvier. Qui est d'accord ?", ctx: { lang: 'fr', platform: 'linkedin' } },
    { text: 'Laut Umfrage der IHK Köln unter 400 Betrieben finden 62 % keine Azubis. Wer stimmt zu?', ctx: { lang: 'de', platform: 'linkedin' } },
    { text: "62% of our café's orders now come before 9am, so we're opening at 6:30 from Monday. Agree? 😄", ctx: { platform: 'facebook' } },
    // "Who else" asking for a ride, a key or a fellow runner asks a real question.
    { text: 'Who else needs a ride to the airport on Sunday?' },
    { text: 'Wer hat noch einen Schlüssel für den Keller?', ctx: { lang: 'de' } },
    { text: "Qui d'autre est inscrit au marathon de Lyon ?", ctx: { lang: 'fr' } },
    // A comment asked for when readers have questions, and salt to taste, fish for nothing.
    { text: 'Deja un comentario si tienes dudas', ctx: { lang: 'es' } },
    { text: 'Lasst einen Kommentar da, wenn ihr Fragen habt', ctx: { lang: 'de' } },
    { text: 'Laissez un commentaire si vous avez des questions', ctx: { lang: 'fr' } },
    { text: 'Coloca um pouco de sal se ficar sem gosto', ctx: { lang: 'pt' } },
    // A client asked to approve a quote mid-post, and a signature asked on a real petition with its place, fish for nothing.
    { text: 'Le devis est prêt, vous validez ? Je lance la commande lundi.', ctx: { platform: 'facebook', lang: 'fr' } },
    { text: 'Die Petition für den Radweg an der Lindenstraße liegt im Rathaus aus, wer unterschreibt? Noch bis Freitag, 8-16 Uhr.', ctx: { platform: 'facebook', lang: 'de' } },
    // Asking who shares a shift names a real thing, no reaction fished for.
    { text: '¿Quién está conmigo en el turno del sábado? No encuentro el cuadrante.', ctx: { lang: 'es', reply: true }, note: 'a real question' },
    // The same words asking about the thing itself, with its time: a real question.
    { text: "Is it just me or is the audio slightly out of sync after 10:00?", ctx: { platform: 'youtube', reply: true }, note: "a question about the video" },
    { text: "Geht es nur mir so oder ist der Ton ab 10:00 verschoben?", ctx: { platform: 'youtube', lang: 'de', reply: true }, note: "a question about the video" },
    { text: 'Ich würde den Termin auf Donnerstag verschieben, dann hat das Team mehr Zeit. Bist du einverstanden?', ctx: { lang: 'de', reply: true }, note: 'a colleague asked' },
    { text: 'Yo movería la reunión al jueves para que el equipo tenga más tiempo. ¿Estás de acuerdo conmigo?', ctx: { lang: 'es', reply: true }, note: 'a colleague asked' },
    // "Who sees it the same way" that goes on to a real question, or asked with no question mark after it, is no bait.
    { text: 'Ich finde, der neue Fahrplan der S-Bahn in München ist schlechter: die S7 fährt nur noch alle 40 Minuten. Wer sieht das auch so, und hat jemand schon beim MVV Beschwerde eingereicht?', ctx: { lang: 'de', platform: 'reddit' }, note: 'a question with context' },
    { text: 'Desde que cambiaron el horario del bus 27 en Valencia pasa cada 40 minutos en vez de 20. ¿Quién piensa igual y sabe dónde se pone una queja a la EMT?', ctx: { lang: 'es', platform: 'reddit' }, note: 'a question with context' },
    // xlang22: being right or agreeing asked of one person about a real matter, or said as a statement, is no bait.
    { text: 'Mein Vermieter sagt, ich muss die Therme selbst warten lassen. Laut Mietvertrag steht davon nichts drin. Hab ich da Recht, und wer gibt mir recht, der Mieterverein?', ctx: { lang: 'de', platform: 'reddit' }, note: 'a real question with context' },
    { text: 'Le proprio veut garder la caution pour un trou de cheville. Il me donne raison sur le reste, on s\'est mis d\'accord pour 40 €.', ctx: { lang: 'fr', platform: 'facebook' }, note: 'a statement' },
    { text: 'O síndico acabou por me dar razão e a obra da garagem foi adiada para março.', ctx: { lang: 'pt', platform: 'facebook' }, note: 'a statement' },
    { text: 'El juez le dio la razón a la comunidad: la terraza se tiene que desmontar antes de junio.', ctx: { lang: 'es', platform: 'x' }, note: 'news' },
    // blind16: the ask's own purpose run on ("share this post so it reaches more people") is one ask, not two: in a
    // post with substance it weighs as one share ask does.
    { text: 'Every $25 feeds a family of four for a week. Our winter drive ends Sunday and we are $3,200 short. Please share this post so it reaches more people!', note: 'one share ask with its purpose' },
    // Yes written or typed as part of a how-to, with no condition on the reader's belief.
    { text: 'En el formulario escribe sí en la casilla 4 y no en la 5, si no te lo rechazan', ctx: { lang: 'es' }, note: 'filling a form' },
    { text: 'Im Formular schreibt ihr ja bei Frage 3, sonst kommt die Rückfrage', ctx: { lang: 'de' }, note: 'filling a form' },
    // A question about a year that is not a roll call.
    { text: 'Wer das Rezept ausprobiert hat, weiß: Daumen hoch für den Zitronenabrieb.', ctx: { lang: 'de' }, note: 'no like asked' },
    { text: 'Wer ist 2024 Kanzler geworden, und wer 2021?', ctx: { lang: 'de' }, note: 'a question about who held office' },
    { text: '¿Quién está detrás del aumento de precios en 2024? Tres cadenas controlan el 60% del mercado.', ctx: { lang: 'es' }, note: 'not a roll call' },
    // In a reply, an agreement asked as a question asks the person answered.
    { text: 'I think we should cancel the contract. Agree?', ctx: { reply: true }, note: 'a colleague asked' },
    { text: 'Ich finde, wir sollten den Vertrag kündigen. Stimmst du zu?', ctx: { lang: 'de', reply: true }, note: 'a colleague asked' },
    { text: 'On identifie une cause en 5 minutes en lisant les logs du proxy, pas ceux de l’appli.', ctx: { lang: 'fr' }, note: 'identifier as a verb of the author, no friends asked' },
    'Would you rather see (a) a full walkthrough of how I price my pottery, with real numbers, or (b) a kiln maintenance deep-dive? Comment a or b.',
    { text: 'use code SUNNY20 for 20% off everything in the shop this weekend, tag a friend who needs a new tote!', note: 'one tag ask beside a concrete offer' },
    'Do you agree with the new zoning plan? I read all 80 pages: parking minimums are gone and the height limit rises by one floor.',
    'Happy to tag along if anyone is going to the Saturday market.',
    { text: "I can't believe this account got suspended over a joke about pigeons", note: 'an account, but no milestone of its audience' },
    { text: 'Thanks for 3 great tips on pruning, the roses look better already', note: 'thanks for tips, not for followers' },
    { text: 'no puedo creer que mi cuenta del banco llegó a 0 euros este mes', ctx: { lang: 'es' }, note: 'a bank account, not an audience' },
    { text: 'não acredito que esse canal apagou o vídeo da receita de pão', ctx: { lang: 'pt' }, note: 'a channel named, no milestone' },
    // Agreement asked about a named plan with its details is a real question (es, pt: "who"/plural forms).
    { text: '¿Quién está de acuerdo con mover la reunión del lunes al martes a las 10? Necesito confirmar la sala hoy.', ctx: { lang: 'es' } },
    { text: 'Vocês concordam com a mudança da aula para as 19h? Preciso avisar a escola até sexta.', ctx: { lang: 'pt' } },
    { text: 'Ela comenta que o bairro mudou muito nos últimos 10 anos.', ctx: { lang: 'pt' }, note: 'comenta: she remarks' },
    { text: 'Er kommentiert die Wahl jeden Abend im Radio.', ctx: { lang: 'de' }, note: 'kommentiert: he comments on' },
    // An emoji after "comment" that is no vote asked for: a reaction told, a "no comment" with a laugh.
    { text: 'No comment 😂 if I am being honest, the second half was a mess', note: 'no emoji vote asked of the readers' },
    { text: 'Sein Kommentar 😂 war das Beste am ganzen Abend, wenn ihr mich fragt.', ctx: { lang: 'de' }, note: 'a comment praised, nothing asked' },
    { text: "Son commentaire 😂 m'a fait rire toute la soirée, si vous voulez savoir.", ctx: { lang: 'fr' }, note: 'a comment told of, nothing asked' },
    { text: 'O comentário 😂 dele foi a melhor parte da live, se quer saber.', ctx: { lang: 'pt' }, note: 'a comment told of, nothing asked' },
    // blind15: liking or sharing a photo said in passing is no entry list.
    { text: 'Kannst du das Foto teilen? Ich finde es auf meinem Handy nicht mehr.', ctx: { lang: 'de' }, note: 'a question to a friend' },
    { text: 'Amanhã vais gostar da publicação sobre o Porto, tem as fotos da Ribeira.', ctx: { lang: 'pt' }, note: 'you will like it' },
    // blind15: a real question about a thing by name asks something.
    { text: 'Wer kennt das Restaurant Lindenhof in Graz? Wir suchen was für 12 Leute am Samstag.', ctx: { lang: 'de' }, note: 'a question about a named place' },
    { text: '¿Quién se identifica con el nombre del perro? Lo encontramos en la calle Sol, collar rojo.', ctx: { lang: 'es' }, note: 'no bait word order' },
    // yt23: the speaker's own liking ("I like this so much") and a year asked about with its verb elsewhere are no bait.
    { text: 'I like this so much, the drummer at 2:10 is insane', ctx: { platform: 'youtube' } },
    { text: 'We like this song so my daughter can dance before school', ctx: { platform: 'youtube' } },
    { text: 'Me gusta tanto que la pongo para que mi hija baile', ctx: { platform: 'youtube', lang: 'es' } },
    { text: 'Eu curto tanto essa música que coloquei pra minha filha dançar', ctx: { platform: 'youtube', lang: 'pt' } },
    { text: 'Ich mag den Kommentarbereich hier, damit ist alles gesagt', ctx: { platform: 'youtube', lang: 'de' } },
    { text: "J'aime ce commentaire parce que ma mère dit pareil", ctx: { platform: 'youtube', lang: 'fr' } },
  ],
  invalid: [
    // yt23: a like asked so the author gets noticed, and "who else watching in 2026" without its verb (five languages).
    { text: 'like this comment so my mom sees it lol', ctx: { platform: 'youtube' }, flags: ['like this comment so my'] },
    { text: 'dale like para que mi mamá vea que soy famoso jaja', ctx: { platform: 'youtube', lang: 'es' }, flags: ['dale like para que mi'] },
    { text: 'curte esse comentário pra minha mãe ver kkk', ctx: { platform: 'youtube', lang: 'pt' }, flags: ['curte esse comentário pra minha'] },
    { text: 'Liked diesen Kommentar, damit meine Mama ihn sieht', ctx: { platform: 'youtube', lang: 'de' }, flags: ['Liked diesen Kommentar, damit meine'] },
    { text: 'likez ce commentaire pour que ma mère le voie', ctx: { platform: 'youtube', lang: 'fr' }, flags: ['likez ce commentaire pour que ma'] },
    { text: 'Quién más viendo esto en 2026?? 🙋‍♀️', ctx: { platform: 'youtube', lang: 'es' }, flags: ['Quién más viendo esto en 2026'] },
    { text: 'quem mais assistindo em 2026? 🙋', ctx: { platform: 'youtube', lang: 'pt' }, flags: ['quem mais assistindo em 2026'] },
    // blind23: a share of people with no source, then the ask: the statistic is the bait's opener, not substance.
    { text: '75 % des salariés détestent le lundi. Et vous ? Qui est d\'accord ? 👇', ctx: { lang: 'fr', platform: 'linkedin' }, flags: ["Qui est d'accord ?"] },
    { text: 'Nur 8% der Menschen erreichen ihre Ziele. Gehörst du dazu? Schreibt JA in die Kommentare!', ctx: { lang: 'de', platform: 'linkedin' }, flags: ['Schreibt JA in die Kommentare'] },
    { text: 'El 95% de la gente nunca empieza. ¿Tú estás en el 5%? ¿Estás de acuerdo?', ctx: { lang: 'es', platform: 'linkedin' }, flags: ['¿Estás de acuerdo?'] },
    { text: '70% dos brasileiros não sabem investir. Você faz parte dos 30%? Concorda? 👇', ctx: { lang: 'pt', platform: 'instagram' }, flags: ['Concorda?'] },
    { text: 'Only 8% of people hit their goals. Are you one of them? Agree? 👇', ctx: { platform: 'linkedin' }, flags: ['Agree?'] },
    // The show of hands fished for ("Who else can't wait…?"), and a person to tag.
    { text: "Who else can't wait for Friday?! 🙌", flags: ["Who else can't wait"] },
    { text: 'Wer freut sich noch so aufs Wochenende?! 🙌', ctx: { lang: 'de' }, flags: ['Wer freut sich noch so'] },
    { text: "Qui d'autre a hâte d'être vendredi ?! 🙌", ctx: { lang: 'fr' }, flags: ["Qui d'autre a hâte"] },
    { text: "Identifie quelqu'un qui a besoin de lire ça aujourd'hui 💛", ctx: { lang: 'fr' }, flags: ["Identifie quelqu'un"] },
    // An emoji asked for in exchange for the next part, in five languages.
    { text: 'Drop a 🔥 if you want part 2!', flags: ['Drop a 🔥 if'] },
    { text: 'Deja un 🔥 si quieres la segunda parte!', ctx: { lang: 'es' }, flags: ['Deja un 🔥 si'] },
    { text: 'Lass ein 🔥 da, wenn ihr Teil 2 wollt!', ctx: { lang: 'de' }, flags: ['Lass ein 🔥 da, wenn'] },
    { text: 'Mettez un 🔥 si vous voulez la partie 2 !', ctx: { lang: 'fr' }, flags: ['Mettez un 🔥 si'] },
    { text: 'Deixa um 🔥 se quiserem a parte 2!', ctx: { lang: 'pt' }, flags: ['Deixa um 🔥 se'] },
    // Agreement fished for in a familiar word at the end ("Vous validez ?", "Wer unterschreibt?", "¿Quién firma?").
    { text: "Le vrai luxe, c'est le temps. Vous validez ? 👇", ctx: { platform: 'linkedin', lang: 'fr' }, flags: ['Vous validez ?'] },
    { text: 'Dienstag ist der neue Montag. Wer unterschreibt? 👇', ctx: { platform: 'linkedin', lang: 'de' }, flags: ['Wer unterschreibt?'] },
    { text: 'El verdadero lujo es el tiempo. ¿Quién firma? 👇', ctx: { platform: 'linkedin', lang: 'es' }, flags: ['Quién firma?'] },
    // 'Who's with me?' after a platitude, in the other languages.
    { text: 'El talento sin trabajo no es nada. ¿Quién está conmigo? 👇', ctx: { platform: 'linkedin', lang: 'es' }, flags: ['¿Quién está conmigo?'] },
    { text: "Le talent sans travail n'est rien. Qui est avec moi ? 👇", ctx: { platform: 'linkedin', lang: 'fr' }, flags: ['Qui est avec moi ?'] },
    { text: 'Talento sem trabalho não é nada. Quem tá comigo? 👇', ctx: { platform: 'linkedin', lang: 'pt' }, flags: ['Quem tá comigo?'] },
    // Agreement fished for by asking whether the author is alone in a feeling, in five languages.
    { text: "Am I the only one who feels like this year flew by? 👇", ctx: { platform: 'x' }, flags: ["Am I the only one who feels like this year flew by?"] },
    { text: "¿Vosotros también tenéis la sensación de que este año ha pasado volando? Contadme en comentarios 👇", ctx: { platform: 'x', lang: 'es' }, flags: ["Vosotros también tenéis la sensación de que este año ha pasado volando?"] },
    { text: "Geht es nur mir so oder vergeht dieses Jahr wie im Flug? Schreibt's in die Kommentare 👇", ctx: { platform: 'x', lang: 'de' }, flags: ["Geht es nur mir so oder vergeht dieses Jahr wie im Flug?"] },
    { text: "Vous aussi vous avez l'impression que cette année est passée super vite ? Dites-le moi en commentaire 👇", ctx: { platform: 'x', lang: 'fr' }, flags: ["Vous aussi vous avez l'impression que cette année est passée super vite ?"] },
    { text: "Só eu que sinto que esse ano passou voando? Comenta aí 👇", ctx: { platform: 'x', lang: 'pt' }, flags: ["Só eu que sinto que esse ano passou voando?"] },
    // Agreement or a yes/no fished after a platitude, in the forms each language uses ("Bist du einverstanden?", "Concorda
    // comigo?", "¿Están de acuerdo conmigo?", "d'accord avec moi ?", "¿Sí o no?", "Ja oder nein?", "Oui ou non ?").
    { text: "Wer früh aufsteht, gewinnt. Bist du einverstanden? 💪", ctx: { lang: 'de', platform: 'x' }, flags: ["Bist du einverstanden?"] },
    { text: "Wer früh aufsteht, gewinnt. Seid ihr einverstanden? 💪", ctx: { lang: 'de', platform: 'x' }, flags: ["Seid ihr einverstanden?"] },
    { text: "Quem acorda cedo vence. Concorda comigo? 💪", ctx: { lang: 'pt', platform: 'x' }, flags: ["Concorda comigo?"] },
    { text: "El que madruga gana. ¿Están de acuerdo conmigo? 💪", ctx: { lang: 'es', platform: 'x' }, flags: ["¿Están de acuerdo conmigo?"] },
    { text: "El que madruga gana. ¿Sí o no? 💪", ctx: { lang: 'es', platform: 'x' }, flags: ["¿Sí o no?"] },
    { text: "Qui se lève tôt réussit. Oui ou non ? 💪", ctx: { lang: 'fr', platform: 'x' }, flags: ["Oui ou non ?"] },
    { text: "Wer früh aufsteht, gewinnt. Ja oder nein? 💪", ctx: { lang: 'de', platform: 'x' }, flags: ["Ja oder nein?"] },
    { text: "Quem acorda cedo vence. Sim ou não? 💪", ctx: { lang: 'pt', platform: 'x' }, flags: ["Sim ou não?"] },
    // Agreement fished from the crowd as "who sees it the same way?", in five languages; asked of a crowd ("who",
    // "wer", "quién", "qui", "quem") it fishes the thread in a reply too.
    { text: 'Family comes first. Who sees it the same way? ❤️', ctx: { platform: 'facebook' }, flags: ['Who sees it the same way?'] },
    { text: 'Familie ist alles. Wer sieht das genauso? ❤️', ctx: { lang: 'de', platform: 'facebook' }, flags: ['Wer sieht das genauso?'] },
    { text: 'Genau so ist es. Wer sieht das auch so? 👇', ctx: { lang: 'de', platform: 'x', reply: true }, flags: ['Wer sieht das auch so?'] },
    { text: 'La familia es lo primero. ¿Quién piensa igual? ❤️', ctx: { lang: 'es', platform: 'facebook' }, flags: ['¿Quién piensa igual?'] },
    { text: 'Tal cual. ¿Quién más lo ve así? 👇', ctx: { lang: 'es', platform: 'x', reply: true }, flags: ['¿Quién más lo ve así?'] },
    { text: 'La famille avant tout. Qui pense pareil ? ❤️', ctx: { lang: 'fr', platform: 'facebook' }, flags: ['Qui pense pareil ?'] },
    { text: 'Família em primeiro lugar. Quem pensa igual? ❤️', ctx: { lang: 'pt', platform: 'facebook' }, flags: ['Quem pensa igual?'] },
    { text: 'Exactly this. Who agrees? 👇', ctx: { platform: 'x', reply: true }, flags: ['Who agrees?'] },
    // xlang22: the author's being right asked of the crowd ("Wer gibt mir recht?") and the choice "agree or not?", in
    // five languages, after a claim.
    { text: 'Früher haben Kinder noch draußen gespielt. Wer gibt mir recht? 👍', ctx: { lang: 'de', platform: 'facebook' }, flags: ['Wer gibt mir recht?'] },
    { text: 'Antes los niños jugaban en la calle. ¿Quién me da la razón? 👍', ctx: { lang: 'es', platform: 'facebook' }, flags: ['¿Quién me da la razón?'] },
    { text: 'Avant, les enfants jouaient dehors. Qui me donne raison ? 👍', ctx: { lang: 'fr', platform: 'facebook' }, flags: ['Qui me donne raison ?'] },
    { text: 'Antigamente as crianças brincavam na rua. Quem me dá razão? 👍', ctx: { lang: 'pt', platform: 'facebook' }, flags: ['Quem me dá razão?'] },
    { text: "Le pain d'avant était meilleur. D'accord ou pas ? 👍 ou 👎", ctx: { lang: 'fr', platform: 'facebook' }, flags: ["D'accord ou pas ?"] },
    { text: 'O pão de antigamente era melhor. Concorda ou não? 👍', ctx: { lang: 'pt', platform: 'facebook' }, flags: ['Concorda ou não?'] },
    { text: 'El pan de antes era mejor. ¿De acuerdo o no? 👍', ctx: { lang: 'es', platform: 'facebook' }, flags: ['¿De acuerdo o no?'] },
    { text: 'Früher war das Brot besser. Stimmt\'s oder nicht? 👍', ctx: { lang: 'de', platform: 'facebook' }, flags: ["Stimmt's oder nicht?"] },
    { text: 'Bread used to taste better. Agree or not? 👍', ctx: { platform: 'facebook' }, flags: ['Agree or not?'] },
    // blind16: two asks ("like this post and share this post") still count as two; a bare purpose still bait.
    { text: 'Every $25 feeds a family of four for a week. Like our page and share this post so it reaches more people!', flags: ['Like our page', 'share this post', 'so it reaches'] },
    { text: 'Hard work pays off. Share this post so it reaches more people', flags: ['Share this post', 'so it reaches'] },
    // blind15: entry steps as infinitives.
    { text: 'Para participar: seguir la cuenta, dar like a la foto y etiquetar a 2 amigos.', ctx: { lang: 'es' }, flags: ['dar like a la foto', 'etiquetar a 2'] },
    { text: 'So geht’s: Seite liken, Beitrag teilen und zwei Freunde markieren.', ctx: { lang: 'de' }, flags: ['Seite liken', 'Beitrag teilen', 'zwei Freunde markieren'] },
    { text: 'Pour participer : liker la publication et identifier 2 amis.', ctx: { lang: 'fr' }, flags: ['liker la publication', 'identifier 2 amis'] },
    { text: 'Para participar: gostar da publicação e identificar 2 amigos.', ctx: { lang: 'pt' }, flags: ['gostar da publicação', 'identificar 2 amigos'] },
    // blind15: recognition fished for, then the comments asked for ("Who can relate? Tell me in the comments").
    { text: 'Who can relate? 😂👇 Tell me in the comments!', flags: ['Who can relate?'] },
    { text: "Wer kennt's? 😂👇 Schreibt's in die Kommentare!", ctx: { lang: 'de' }, flags: ["Wer kennt's?"] },
    { text: '¿Quién se siente identificado? 😂👇 Cuéntamelo en los comentarios', ctx: { lang: 'es' }, flags: ['¿Quién se siente identificado?'] },
    { text: 'Qui se reconnaît ? 😂👇 Dites-le en commentaire !', ctx: { lang: 'fr' }, flags: ['Qui se reconnaît ?'] },
    { text: 'Quem se identifica? 😂👇 Conta aqui nos comentários!', ctx: { lang: 'pt' }, flags: ['Quem se identifica?'] },
    // The word asked for on a condition, as "Type AMEN if…", in every language.
    { text: 'Escribe AMÉN si crees que 2027 será tu año 🙏', ctx: { lang: 'es' }, flags: ['Escribe AMÉN si'] },
    { text: 'Schreibt JA, wenn ihr zustimmt 👇', ctx: { lang: 'de' }, flags: ['Schreibt JA, wenn'] },
    { text: "Tape OUI si tu es d'accord 👇", ctx: { lang: 'fr' }, flags: ['Tape OUI si'] },
    { text: 'Digite AMÉM se você acredita que 2027 será o seu ano 🙏', ctx: { lang: 'pt' }, flags: ['Digite AMÉM se'] },
    { text: 'Comenta SIM se você concorda 👇', ctx: { lang: 'pt' }, flags: ['Comenta SIM se'] },
    // A roll call of the year under a video, in every language: filler (missing value), weighed under the bar for take.
    { text: 'Quién sigue escuchando esto en 2024? 🇲🇽', ctx: { lang: 'es', platform: 'youtube' }, flags: ['Quién sigue escuchando esto en 2024'] },
    { text: 'quién la sigue escuchando en 2015?', ctx: { lang: 'es', platform: 'youtube' }, flags: ['quién la sigue escuchando en 2015'] },
    { text: 'Quem tá ouvindo em 2024? 🇧🇷', ctx: { lang: 'pt', platform: 'youtube' }, flags: ['Quem tá ouvindo em 2024'] },
    { text: 'qui écoute encore en 2015 ?', ctx: { lang: 'fr', platform: 'youtube' }, flags: ['qui écoute encore en 2015'] },
    { text: 'wer hört das noch 2015?', ctx: { lang: 'de', platform: 'youtube' }, flags: ['wer hört das noch 2015'] },
    { text: "who's here in 2024? 🙋", ctx: { platform: 'youtube' }, flags: ["who's here in 2024"] },
    { text: 'Wer das Lied immer noch liebt, Daumen hoch 👍', ctx: { lang: 'de', platform: 'youtube' }, flags: ['Wer das Lied immer noch liebt, Daumen hoch'] },
    { text: 'Beständigkeit schlägt Talent. Jedes Mal. Stimmt ihr zu?', ctx: { lang: 'de' }, flags: ['Stimmt ihr zu?'] },
    { text: 'So true. Like if you agree!', ctx: { reply: true }, flags: ['Like if you agree'] },
    // The keyword funnel with the word in quotes, in every register.
    { text: "Comenta 'GUÍA' y te envío mi checklist gratis.", ctx: { lang: 'es' }, flags: ["Comenta 'GUÍA'"] },
    { text: "Kommentiere 'GUIDE' und ich schicke dir meine Checkliste.", ctx: { lang: 'de' }, flags: ["Kommentiere 'GUIDE"] },
    { text: "Commente 'GUIDE' et je t'envoie ma checklist.", ctx: { lang: 'fr' }, flags: ["Commente 'GUIDE"] },
    { text: "Comenta 'GUIA' que eu te mando meu checklist.", ctx: { lang: 'pt' }, flags: ["Comenta 'GUIA"] },
    // The same ask for agreement by "who" or in the plural (es, pt).
    { text: 'Liderar es confiar. ¿Quién está de acuerdo? 👇', ctx: { lang: 'es' }, flags: ['¿Quién está de acuerdo?'] },
    { text: 'El teletrabajo llegó para quedarse. ¿Están de acuerdo? 👇', ctx: { lang: 'es' }, flags: ['¿Están de acuerdo?'] },
    { text: 'Home office é mais produtivo que presencial. Concordam? 👇', ctx: { lang: 'pt' }, flags: ['Concordam?'] },
    { text: 'Liderança é exemplo. Vocês concordam? 🙌', ctx: { lang: 'pt' }, flags: ['concordam?'] },
    { text: 'like for an instant like, drop your handle', flags: ['like for an instant like'] },
    // An emoji as the vote: a poll by reactions, in every register.
    { text: "Comment 🔥 if you're team coffee, 🍵 if you're team tea!", flags: ['Comment 🔥 if you'] },
    { text: 'Kommentiert ☀️, wenn ihr lieber im Sommer Urlaub macht, ❄️ für den Winter.', ctx: { lang: 'de' }, flags: ['Kommentiert ☀️, wenn ihr'] },
    { text: "Commentez ☀️ si vous préférez l'été, ❄️ pour l'hiver !", ctx: { lang: 'fr' }, flags: ['Commentez ☀️ si vous'] },
    { text: 'Comenta ☀️ se você prefere o verão, ❄️ se prefere o inverno!', ctx: { lang: 'pt' }, flags: ['Comenta ☀️ se você'] },
    // A milestone of the author's own audience, celebrated.
    { text: "can't believe my tiny channel about birdwatching hit 10k subscribers 🥹", flags: ["can't believe my tiny channel about birdwatching hit 10k subscribers"] },
    { text: 'thanks so much for 2k followers!! love u all', flags: ['thanks so much for 2k followers'] },
    { text: 'no puedo creer que mi canal de cerámica ya tiene 3000 suscriptores', ctx: { lang: 'es' }, flags: ['no puedo creer que mi canal de cerámica ya tiene 3000 suscriptores'] },
    { text: 'Danke euch allen für 5k Abonnenten 🥳', ctx: { lang: 'de' }, flags: ['Danke euch allen für 5k Abonnenten'] },
    { text: 'Merci à tous pour les 2k abonnés !!', ctx: { lang: 'fr' }, flags: ['Merci à tous pour les 2k abonnés'] },
    { text: 'não acredito que esse canalzinho de tricô chegou aqui 😭', ctx: { lang: 'pt' }, flags: ['não acredito que esse canalzinho de tricô chegou aqui'] },
    { text: 'Your network is your net worth. 💯 Agree? 👇', flags: ['Agree?'] },
    { text: 'Discipline is a decision you make every morning. Who agrees? 🙌', flags: ['Who agrees?'] },
    { text: "Leadership is lonely more often than people admit. Who's with me?", flags: ["Who's with me?"] },
    { text: "Like si vous aussi vous préférez le train à l'avion 🚆", ctx: { lang: 'fr' }, flags: ['Like si'] },
    { text: 'Identifie 3 amis qui adorent les tacos 🌮', ctx: { lang: 'fr' }, flags: ['Identifie 3 amis'] },
    { text: 'Like, wenn ihr auch lieber Bahn fahrt 🚆', ctx: { lang: 'de' }, flags: ['Like, wenn'] },
    { text: 'RT if you support small businesses 💚', flags: ['RT if you support'] },
    { text: "who's watching in 2025? 😂", ctx: { reply: true }, flags: ["who's watching in 2025"] },
    { text: 'Commenting for reach 🙌', ctx: { reply: true }, flags: ['Commenting for reach'] },
    { text: 'nice video, subscribed! i’ll sub back if you sub to my channel', flags: ['i’ll sub back'] },
    { text: 'Like if you remember cassette tapes 📼', flags: ['Like if you remember'] },
    { text: 'Type AMEN if you believe 🙏', flags: ['Type AMEN if'] },
    { text: 'Tag a friend who needs to hear this 💕', flags: ['Tag a friend who'] },
    {
      text: '🎉 GIVEAWAY 🎉 To celebrate 500 likes: 1️⃣ Like our page 2️⃣ Share this post 3️⃣ Tag 3 friends. Winner picked Sunday at 8pm.',
      flags: ['Like our page', 'Share this post', 'Tag 3 friends'],
    },
    { text: 'nice content bro 👍 chek out my channel too sub4sub?', flags: ['sub4sub'] },
  ],
});

describe('a roll call of the year reads neutral, a like ask beside it takes', () => {
  const yt = (lang: Lang) => ({ lang, platform: 'youtube' as const, reply: false });
  it.each([
    ['en', "who's here in 2024? 🙋"],
    ['en', "Who's still watching in 2015?"],
    ['es', 'Quién sigue escuchando esto en 2024? 🇲🇽'],
    ['pt', 'Quem tá ouvindo em 2024? 🇧🇷'],
    ['pt', 'alguém aí em 2024?'],
    ['fr', 'qui écoute encore en 2015 ?'],
    ['de', 'wer hört das noch 2015?'],
  ] as const)('%s: %s', (lang, text) => {
    expect(check(text, yt(lang)).kind).toBe('neutral');
  });
  it('takes with "like if" beside it', () => {
    expect(check("who's watching in 2024? like if you are 👍", yt('en')).kind).toBe('take');
    expect(check("Who's listening in 2025? 👇 like if you still watch this every week", yt('en')).kind).toBe('take');
  });
});
