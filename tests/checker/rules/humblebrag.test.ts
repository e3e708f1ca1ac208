import { describe, expect, it } from 'vitest';
import { check } from '../../../lib/checker';
import { ASK_LEXICONS, askLexicon, fold } from '../../../lib/checker/lexicon';
import type { Lang } from '../../../lib/checker/types';
import rule from '../../../lib/checker/rules/humblebrag';
import { testRule } from '../rule-tester';

testRule(rule, {
  valid: [
    // blind22: a revenue milestone as the moment of a story with its lesson, and a milestone that is someone else's.
    { text: 'When we crossed $20k MRR, support broke first: we hired a part-time support lead before a 3rd engineer and churn fell from 5% to 3%.', ctx: { platform: 'linkedin' }, note: 'the milestone as the moment of a lesson' },
    { text: "Quand on a passé les 20k€ de MRR, c'est le support qui a lâché en premier : on a recruté un mi-temps support avant un 3e dev et le churn est passé de 5 % à 3 %.", ctx: { platform: 'linkedin', lang: 'fr' }, note: 'the milestone as the moment of a lesson' },
    { text: 'Cuando superamos los 20.000 € de MRR lo primero que se rompió fue el soporte: contratamos a media jornada antes que a otro ingeniero y el churn bajó del 5 % al 3 %.', ctx: { platform: 'linkedin', lang: 'es' }, note: 'the milestone as the moment of a lesson' },
    // xlang21: an award with its year named of someone else, as news, stays news; thanks for trust with what it did stay credit.
    { text: 'El Real Madrid, elegido «Mejor Club del Año 2026» por la IFFHS https://t.co/x1', ctx: { lang: 'es', platform: 'x' }, note: 'news of a club' },
    { text: 'Time named Taylor Swift "Person of the Year 2023" https://t.co/x2', ctx: { platform: 'x' }, note: 'news of someone else' },
    // A son, a parcel and a favourite book on film are no release of the author's.
    { text: 'Mon fils est arrivé à Montréal, enfin !', ctx: { platform: 'x', lang: 'fr' } },
    { text: 'Notre colis est arrivé cassé, merci La Poste', ctx: { platform: 'x', lang: 'fr' } },
    { text: 'Mi libro favorito sale en película', ctx: { platform: 'x', lang: 'es' } },
    // A fan's favourite at the top of a chart and a supporter's team at the top of a league rank nothing of the author's.
    { text: 'My favourite band is #1 on the charts again', ctx: { platform: 'x' } },
    { text: 'Our team is number one in the league this season after beating Leeds 3-0', ctx: { platform: 'x' } },
    { text: 'Mi canción favorita es el número 1 en Spotify', ctx: { platform: 'x', lang: 'es' } },
    { text: 'Mon album préféré est numéro 1 des ventes', ctx: { platform: 'x', lang: 'fr' } },
    // Another's season collection, another's series, and a gym joined as a beginner are no news of the author's.
    { text: "Zara's spring collection drops Friday and it's all beige again", ctx: { platform: 'x' } },
    { text: 'I joined the climbing gym as a complete beginner and fell off the first wall 12 times.', ctx: { platform: 'threads' } },
    { text: 'La partie 2 de la série est sortie sur Netflix hier, quelqu’un l’a vue ?', ctx: { platform: 'x', lang: 'fr' } },
    // xlang20: an award of the year with another subject before it is news of someone else, in five languages.
    { text: "Bad Bunny fue elegido artista del año por Billboard https://t.co/abc", ctx: { lang: 'es', platform: 'x' }, note: 'someone else’s award of the year' },
    { text: "Time named Taylor Swift Person of the Year", ctx: { platform: 'x' }, note: 'someone else’s award of the year' },
    { text: "Die Stadt Ulm wurde zur Fahrradstadt des Jahres gekürt", ctx: { lang: 'de', platform: 'x' }, note: 'someone else’s award of the year' },
    { text: "Aya Nakamura élue artiste de l'année aux Victoires de la musique", ctx: { lang: 'fr', platform: 'x' }, note: 'someone else’s award of the year' },
    { text: "Anitta foi eleita a artista do ano pela Billboard Brasil", ctx: { lang: 'pt', platform: 'x' }, note: 'someone else’s award of the year' },
    // xlang20: an award with the team thanked for what someone did (a name, a change, a number): credit, not a sign-off.
    { text: "Nuestro despacho fue reconocido como «Firma Contable del Año» 🏆 Gracias a todo el equipo, y sobre todo a Lucía Méndez, que rediseñó el cierre mensual y lo bajó de diez días a cuatro.", ctx: {platform: 'linkedin', lang: 'es'}, note: 'the team thanked for something named' },
    { text: "Proud to share that our firm was named Accounting Firm of the Year 🏆 Thanks to the whole team for moving every client to e-invoicing before the deadline without a single missed filing.", ctx: {platform: 'linkedin'}, note: 'the team thanked for something named' },
    { text: "A nossa padaria foi eleita a melhor de Braga 🏆 Obrigada a toda a equipa, em especial ao Rui, que acorda às 3h para o pão de centeio sair às 7h.", ctx: {platform: 'linkedin', lang: 'pt'}, note: 'the team thanked for something named' },
    { text: "Wir wurden zur besten Bäckerei Münchens gewählt 🏆 Danke an das ganze Team, besonders an Jonas, der den Sauerteig seit Jahren jeden Morgen um 3 Uhr füttert.", ctx: {platform: 'linkedin', lang: 'de'}, note: 'the team thanked for something named' },
    { text: "Notre boulangerie a été élue meilleure de Lyon 🏆 Merci à toute l'équipe, et surtout à Inès qui a mis au point le levain de seigle qui a convaincu le jury.", ctx: {platform: 'linkedin', lang: 'fr'}, note: 'the team thanked for something named' },
    { text: "We joined the school radio program's fundraiser last year, it raised $3,000 for new mics.", ctx: { platform: 'facebook' }, note: 'a fundraiser joined, no spot' },
    // Live-tweeting someone's meeting, or having been there live: no stream of the author's.
    { text: "I'm live-tweeting the council meeting tonight, the stream is at youtube.com/c/leedscouncil", ctx: { platform: 'x', lang: 'en' }, note: 'live-tweeting' },
    { text: 'Bin live dabei gewesen, als der Stream auf twitch.tv/rbtv abstürzte, legendär.', ctx: { platform: 'x', lang: 'de' }, note: 'was there' },
    // A stream someone else runs, or a question about when one's stream starts.
    { text: 'The council stream starts in 10 minutes, agenda item 4 is the bus depot.', ctx: { platform: 'x', lang: 'en' }, note: "the council's stream" },
    // Someone else streaming, a habit of years told, a streaming service: not the day's show of the author's.
    { text: 'My daughter is streaming her first speedrun tonight on twitch.tv/milaruns, so proud of her', ctx: { platform: 'x', lang: 'en' }, note: "the daughter's stream" },
    { text: "I've been streaming on twitch for 3 years, here is what I learned about mics: twitch.tv/lena has the clips", ctx: { platform: 'x', lang: 'en' }, note: 'a habit told' },
    { text: 'Watching @xqc streaming the new patch, twitch.tv/xqc is chaos right now', ctx: { platform: 'x', lang: 'en' }, note: "another's stream" },
    { text: 'Sie streamt heute Abend zum ersten Mal, schaut bei twitch.tv/mila rein!', ctx: { platform: 'x', lang: 'de' }, note: "another's stream" },
    { text: 'Ella hace directo hoy a las 19h en twitch.tv/mila, su primer speedrun', ctx: { platform: 'x', lang: 'es' }, note: "another's stream" },
    { text: 'Stream starts tonight? no, Friday. my internet died again lol', ctx: { platform: 'x', lang: 'en' }, note: 'a question about it' },
    { text: 'Der Stream des Stadtrats beginnt um 18 Uhr, Thema ist das Freibad.', ctx: { platform: 'x', lang: 'de' }, note: "the council's stream" },
    // xlang19: leaving in five minutes, a brother on TV, a radio shop, going out in the heat: no press of the author's.
    { text: 'Salimos en 5 minutos hacia el estadio, nos vemos en la puerta 3', ctx: { lang: 'es', platform: 'x' }, note: 'leaving' },
    { text: 'Mi hermano salió en la tele ayer hablando del incendio del cerro', ctx: { lang: 'es', platform: 'x' }, note: "someone else's appearance" },
    { text: 'Ich war im Radio-Shop und der Typ hat mir erklärt, wie man den DAB-Empfang verbessert: Antenne senkrecht ans Fenster', ctx: { lang: 'de', platform: 'x' }, note: 'a shop' },
    { text: 'Saí na rua hoje e tava 38 graus, bebam água galera', ctx: { lang: 'pt', platform: 'x' }, note: 'going out' },
    // xlang19: a council's or a channel's stream, a TV listing: no stream of the author's.
    { text: 'The council meeting is live on Twitch tonight at 7, the bus lane vote is item 4', ctx: { platform: 'x' }, note: "the council's stream" },
    { text: 'Hoy en directo a las 21h en La 1: la final de la Copa del Rey entre el Betis y el Valencia', ctx: { lang: 'es', platform: 'x' }, note: 'a TV listing' },
    { text: 'Die Gemeinderatssitzung ist heute 19 Uhr live auf YouTube, Punkt 4 ist der Radweg', ctx: { lang: 'de', platform: 'x' }, note: "the council's stream" },
    { text: 'A câmara transmite hoje às 19h live no YouTube a votação da ciclovia', ctx: { lang: 'pt', platform: 'x' }, note: "the council's stream" },
    // xlang19: a name given after someone, a hospital stay, a friend on a list: no list of the author's.
    { text: 'Our daughter was named after my gran, who taught me to bake this exact loaf: 500g flour, 350g water, 10g salt.', ctx: { platform: 'facebook' }, note: 'named after' },
    { text: 'Ich wurde gestern in die Klinik aufgenommen, danke an die Pflege auf Station 4 für die Geduld mit mir.', ctx: { lang: 'de', platform: 'x' }, note: 'a hospital stay' },
    { text: 'Mi hermana fue elegida para la lista de jurados del concurso de cocina, ¡qué orgullo! Ella sí sabe de empanadas.', ctx: { lang: 'es', platform: 'facebook' }, note: 'someone else on the list' },
    // Someone else's stream, or a time with no stream of the author's.
    { text: 'A live da prefeitura na Twitch em 15 min vai explicar as novas linhas de ônibus.', ctx: { platform: 'x', lang: 'pt' }, note: "the council's stream" },
    { text: 'En 15 minutos empiezo el turno de noche en urgencias, deseadme suerte.', ctx: { platform: 'x', lang: 'es' }, note: 'a shift, no stream' },
    { text: 'Ich bin live dabei gewesen, als Bayern das 3:2 geschossen hat, Wahnsinn!', ctx: { lang: 'de' }, note: 'was there in person' },
    { text: 'Ich bin live beim Konzert von Element of Crime, die spielen gerade Delmenhorst 😍', ctx: { lang: 'de' }, note: 'at a concert' },
    { text: "Boygenius' new EP is out everywhere now and 'Emily I'm Sorry' is the best thing they've done. Add it to your playlists.", note: 'someone else’s EP' },
    // Someone else's broadcast live: the meeting or the match is the subject, or a newsroom's heading points to no stream.
    { text: "The council meeting is live now on the city's channel, they're voting on the bike lane budget", note: 'the meeting is live' },
    { text: 'A sessão da câmara tá ao vivo agora, estão votando a ciclovia', ctx: { lang: 'pt' }, note: 'the session is live' },
    { text: 'O jogo do Grêmio tá ao vivo no Premiere agora', ctx: { lang: 'pt' }, note: 'the match is live' },
    { text: 'En direct de Kyiv, notre envoyée spéciale raconte la nuit de bombardements', ctx: { lang: 'fr' }, note: 'a report from a place' },
    { text: 'EN DIRECT : le Premier ministre s’exprime devant l’Assemblée', ctx: { lang: 'fr' }, note: 'a newsroom heading, no stream' },
    // The weather and the seasons arrive by themselves: the forecast, no launch.
    { text: 'El invierno ya está aquí: mínimas de -5 grados en Burgos este fin de semana', ctx: { lang: 'es' }, note: 'weather' },
    { text: 'Por fin llegó la lluvia a Sevilla tras 3 meses de sequía', ctx: { lang: 'es' }, note: 'weather' },
    { text: 'Por fin está aquí el verano ☀️', ctx: { lang: 'es' }, note: 'a season' },
    { text: 'Las imágenes que demuestran que el cambio climático ya está aquí https://t.co/a8', ctx: { lang: 'es' }, note: 'news' },
    // The same award with thanks that name people and what for credits them; thanks to everyone who came, with what
    // they raised, says what for.
    { text: "Muy feliz de compartir que he sido reconocida como una de las 50 mujeres más innovadoras del agro por Forbes México. Gracias a Ana Ruiz por enseñarme a medir la humedad del suelo con sensores de 20€ y a mi equipo de Jalisco por los ensayos de riego.", ctx: { lang: 'es', platform: 'linkedin' }, note: 'thanks that name people and what for' },
    { text: "Gracias a todos los que vinieron al mercadillo solidario del sábado: recaudamos 820€ para el comedor del barrio 💚", ctx: { lang: 'es', platform: 'facebook' }, note: 'thanks for what was raised' },
    // blind16: "as seen" in a sentence refers back to something shown, not to the press.
    { text: 'It works as seen in the video above: loosen the tensioner half a turn first.', note: 'a reference to a video' },
    { text: "J'ai vu dans le journal que la piscine ferme en août, quelqu'un sait pourquoi ?", ctx: { lang: 'fr' }, note: 'something read' },
    { text: 'La fórmula, como visto en clase, sirve solo para ángulos agudos.', ctx: { lang: 'es' }, note: 'a teacher referring to class' },
    { text: 'Das Lied ist bekannt aus dem Film, aber das Original ist von 1962.', ctx: { lang: 'de' }, note: 'a song known from a film' },
    { text: 'A receita, como visto no vídeo, leva só 3 ovos.', ctx: { lang: 'pt' }, note: 'a reference to a video' },
    // blind16: a guest spot that says what was said, or someone else's spot, is no brag of the author's.
    { text: 'I was a guest on The Growth Loop podcast this week. We talked about why we stopped annual plans: we plan 6 weeks at a time now and missed deadlines dropped from 40% to 10%.', ctx: { platform: 'linkedin' }, note: 'the guest spot carries its lesson' },
    { text: "I was on the show's website and found the recipe, it's 180C for 25 min", ctx: { platform: 'x' }, note: 'a site, not a spot' },
    { text: 'Mi hermana fue invitada al podcast de la radio local para hablar del huerto escolar, ¡qué orgullo!', ctx: { lang: 'es' }, note: 'a sister’s guest spot' },
    { text: 'Heute zu Gast im Podcast: die Hebamme Jana Roth erklärt, was in den ersten 48 Stunden nach der Geburt wichtig ist.', ctx: { lang: 'de' }, note: 'the show’s own guest named with the topic' },
    // A fan asking after someone else's new mix, or remembering covers sung as kids: no release of the author's.
    { text: 'Is the new mix out yet? been waiting all week', ctx: { platform: 'youtube' }, note: 'a question about the artist’s mix' },
    { text: 'the new remix is out of this world', ctx: { platform: 'youtube' }, note: 'praise of the remix' },
    { text: '¿Ya salió el nuevo remix?', ctx: { lang: 'es', platform: 'youtube' }, note: 'a question' },
    { text: 'o mix novo já saiu? alguém sabe', ctx: { lang: 'pt', platform: 'youtube' }, note: 'a question' },
    { text: 'Ist der neue Mix schon draußen?', ctx: { lang: 'de', platform: 'youtube' }, note: 'a question' },
    { text: 'Le nouveau mix est sorti ?', ctx: { lang: 'fr', platform: 'youtube' }, note: 'a question' },
    { text: 'my sister and I used to sing covers of this as kids', ctx: { platform: 'youtube' }, note: 'a memory' },
    // Kin's awards are theirs: "my sister was voted the best", in the other languages.
    { text: 'Mi hermana ha sido elegida mejor enfermera del hospital, ¡qué orgullo!', ctx: { lang: 'es' }, note: "a sister's award" },
    { text: 'Minha filha foi eleita a melhor aluna da turma!', ctx: { lang: 'pt' }, note: "a daughter's award" },
    { text: 'Meine Tochter wurde zur besten Schülerin des Jahrgangs gewählt!', ctx: { lang: 'de' }, note: "a daughter's award" },
    // Someone else's award told as news, with or without its link.
    { text: 'Messi, elegido mejor jugador del año por la FIFA https://t.co/x1', ctx: { lang: 'es', platform: 'x' }, note: "a player's award, news" },
    { text: 'Messi ha sido elegido mejor jugador del año.', ctx: { lang: 'es' }, note: 'another subject before the passive' },
    { text: 'Kylian Mbappé élu meilleur joueur de Ligue 1 pour la 5e fois.', ctx: { lang: 'fr' }, note: "a player's award, news" },
    { text: "Le film a été élu meilleur film de l'année.", ctx: { lang: 'fr' }, note: "a film's award" },
    { text: 'Kane zum besten Spieler der Saison gewählt.', ctx: { lang: 'de' }, note: "a player's award, news" },
    { text: 'Rayssa Leal eleita a melhor atleta do ano pelo COB.', ctx: { lang: 'pt' }, note: "an athlete's award, news" },
    { text: 'Las películas nominadas a los Goya se anuncian el lunes a las 11 h.', ctx: { lang: 'es' }, note: "others' nominations" },
    { text: 'Der neue Film von Wenders ist ab heute überall im Kino.', ctx: { lang: 'de' }, note: "someone else's film" },
    { text: 'Ich freue mich, dass ihr alle da wart, danke für den schönen Abend!', ctx: { lang: 'de' }, note: 'joy that thanks the guests' },
    // Joy that shares something else: a table at a congress, counting on people.
    { text: 'Feliz de compartir mesa con vosotros en el congreso de Valencia, nos vemos en la sala 3.', ctx: { lang: 'es' }, note: 'compartir mesa: sharing a table' },
    { text: 'Fico feliz em contar com vocês na feira de sábado, a barraca 12 fica perto da fonte.', ctx: { lang: 'pt' }, note: 'contar com: counting on people' },
    // Someone else's broadcast starting: another subject stands before it.
    { text: 'The match is going live in 20 minutes on BBC One.', note: 'the match goes live, not the author' },
    { text: 'El partido se puede ver en directo en 20 minutos por La 1.', ctx: { lang: 'es' }, note: 'a broadcast told mid-sentence' },
    { text: 'O jogo começa ao vivo em 20 minutos na TV Cultura.', ctx: { lang: 'pt' }, note: 'a broadcast told mid-sentence' },
    { text: 'Sind wir live? Ich sehe kein Bild.', ctx: { lang: 'de', reply: true }, note: 'a question, not an announcement' },
    // Having been there live is no stream of one's own.
    { text: 'Ich war live dabei, als der Rekord fiel: 2:01:09, unglaublich.', ctx: { lang: 'de' }, note: 'an event watched live' },
    // A promotion told with what it taught, or someone else's promotion: no brag of the author's, in five languages.
    { text: 'I was promoted to team lead last year and the hardest part was giving feedback. What worked: 1) say what you saw, 2) say the effect, 3) ask what they think.', note: 'the lesson is in the post' },
    { text: 'Fui promovida a gerente ano passado e o mais difícil foi dar feedback. O que funcionou: 1) diga o que viu, 2) diga o efeito, 3) pergunte o que a pessoa acha.', ctx: { lang: 'pt' }, note: 'the lesson is in the post' },
    { text: 'Mi compañera Ana fue ascendida a directora. Ella me enseñó a escribir el plan de pruebas antes del código.', ctx: { lang: 'es' }, note: 'someone else promoted' },
    { text: 'Meine Kollegin Ana wurde zur Teamleiterin befördert. Sie hat mir beigebracht, den Testplan vor dem Code zu schreiben.', ctx: { lang: 'de' }, note: 'someone else promoted' },
    { text: 'Ich freue mich riesig für Ana, dass sie zur Teamleiterin befördert wurde: sie hat unser Onboarding neu geschrieben.', ctx: { lang: 'de' }, note: 'someone else promoted, verb last' },
    { text: "Ma collègue Ana a été promue directrice. Elle m'a appris à écrire le plan de test avant le code.", ctx: { lang: 'fr' }, note: 'someone else promoted' },
    // A viewer's wonder at their own watching tells of the video.
    { text: "Never thought I'd spend 20 minutes watching a man fix a clock but here I am", ctx: { platform: 'youtube' }, note: 'a viewer, not a success' },
    // Material announced as now free, with what is in it, is handed over: the joy of sharing it is no brag.
    { text: 'Ich freue mich, euch mitzuteilen, dass die Folien jetzt frei sind: 3 Übungen zu Regex, ein Spickzettel und alle Beispieldateien.', ctx: { lang: 'de' } },
    { text: 'Happy to share that the slides are now free: 3 regex exercises, a cheat sheet and all the example files.' },
    { text: 'Orgullosa de anunciar que las plantillas ya son gratis: un planificador semanal, una hoja de presupuesto y un menú.', ctx: { lang: 'es' } },
    { text: "Très fière d'annoncer que les slides sont maintenant gratuites : 3 exercices de regex, une antisèche et les fichiers d'exemple.", ctx: { lang: 'fr' } },
    { text: 'Orgulhosa de anunciar que os slides agora são gratuitos: 3 exercícios de regex, uma cola e os arquivos de exemplo.', ctx: { lang: 'pt' } },
    // Someone else's new episode or video, praised by a fan: another subject stands before "new".
    { text: 'El nuevo episodio de Radio Ambulante sobre Medellín es buenísimo.', ctx: { lang: 'es' } },
    { text: 'O novo vídeo do Kurzgesagt sobre sono está ótimo, principalmente a parte da cafeína.', ctx: { lang: 'pt' } },
    { text: 'Die neue Folge von Kurzgesagt über Schlaf ist richtig gut, vor allem der Teil über Koffein.', ctx: { lang: 'de' } },
    { text: 'Le nouvel épisode de Affaires sensibles sur le Concorde est passionnant.', ctx: { lang: 'fr' } },
    // Pride or joy that opens a lesson given in the post itself.
    { text: 'Orgullosa de compartir lo que aprendí: bajar el fuego a 160 °C y tapar la sartén 10 minutos deja la tortilla jugosa.', ctx: { lang: 'es' } },
    { text: 'Orgulhosa de compartilhar o que aprendi: regar as suculentas só quando a terra estiver seca, uma vez a cada 10 dias.', ctx: { lang: 'pt' } },
    { text: 'Stolz, euch zu zeigen, wie wir den Build von 9 auf 6 Minuten gebracht haben: Cache für node_modules, Tests parallel auf 4 Runnern.', ctx: { lang: 'de' } },
    // An episode that names its guest and topic announces what the reader gets (lexicon talksWith).
    { text: 'New episode: we talk to Dr. Lena Ortiz about sleep and shift work.', note: 'guest and topic named' },
    { text: 'Nuevo episodio: hablamos con la Dra. Lena Ortiz sobre el sueño y el trabajo por turnos.', ctx: { lang: 'es' }, note: 'guest and topic named' },
    { text: 'Neue Folge: Wir sprechen mit Dr. Lena Ortiz über Schlaf und Schichtarbeit.', ctx: { lang: 'de' }, note: 'guest and topic named' },
    { text: 'Nouvel épisode : nous parlons avec la Dre Lena Ortiz du sommeil et du travail posté.', ctx: { lang: 'fr' }, note: 'guest and topic named' },
    { text: 'Novo episódio: conversamos com a Dra. Lena Ortiz sobre sono e trabalho por turnos.', ctx: { lang: 'pt' }, note: 'guest and topic named' },
    // A guest described by their work, not by name, is as much what the reader gets.
    { text: 'New episode! We talk to a midwife about the first 48 hours after birth.', note: 'guest by role and topic named' },
    { text: 'Nuevo episodio: una matrona nos explica las primeras 48 horas tras el parto.', ctx: { lang: 'es' }, note: 'guest by role explains' },
    { text: 'Neue Folge! Eine Hebamme erklärt die ersten 48 Stunden nach der Geburt.', ctx: { lang: 'de' }, note: 'guest by role explains' },
    { text: 'Nouvel épisode ! Une sage-femme nous parle des 48 premières heures après l’accouchement.', ctx: { lang: 'fr' }, note: 'guest by role explains' },
    { text: 'Episódio novo! Uma parteira explica as primeiras 48 horas depois do parto.', ctx: { lang: 'pt' }, note: 'guest by role explains' },
    // A spoiler with its words after the colon hands over the result: the release gives what it found.
    { text: "New video is up: I tested 6 cheap soldering irons so you don't have to. Spoiler: the €15 one beat the €60 one.", ctx: { platform: 'youtube' }, note: 'the result follows "Spoiler:"' },
    { text: 'Nuevo vídeo: probé 6 soldadores baratos para que no tengas que hacerlo. Spoiler: el de 15 € ganó al de 60 €.', ctx: { lang: 'es', platform: 'youtube' }, note: 'the result follows' },
    { text: 'Neues Video ist online: Ich habe 6 billige Lötkolben getestet. Spoiler: Der für 15 € schlägt den für 60 €.', ctx: { lang: 'de', platform: 'youtube' }, note: 'the result follows' },
    { text: "Nouvelle vidéo en ligne : j'ai testé 6 fers à souder pas chers. Spoiler : celui à 15 € bat celui à 60 €.", ctx: { lang: 'fr', platform: 'youtube' }, note: 'the result follows' },
    { text: 'Vídeo novo no ar: testei 6 ferros de solda baratos. Spoiler: o de 15 € ganhou do de 60 €.', ctx: { lang: 'pt', platform: 'youtube' }, note: 'the result follows' },
    { text: 'Big news coming from the council on the bus routes: they vote Tuesday on cutting the 14 and 22.', note: 'the news comes from the council' },
    { text: "L'album de Stromae est enfin sorti, je l'écoute en boucle depuis ce matin", ctx: { lang: 'fr' }, note: 'a fan telling someone else’s release, nowhere to go' },
    { text: 'O inverno chegou de vez aqui em Curitiba, hora da sopa', ctx: { lang: 'pt' }, note: 'the season arrives: another subject, no link, no ask' },
    { text: 'Starting a new position as Data Analyst at Northwind next week. What I learned from 60 applications: tailor the first line, skip cover letters, and ask for a referral before applying.', note: 'the news with its lesson' },
    { text: 'first day at the new job, wish me luck 😬', note: 'a status with no title announced' },
    { text: 'O passe jovem já está disponível: 20 € por mês para menores de 26 anos.', ctx: { lang: 'pt' }, note: 'a city’s pass available, “já” then a non-ASCII letter: another subject before it' },
    { text: 'My brother just opened a bike repair shop by the station, he fixed my gears in ten minutes', note: 'someone the author names ("my brother") is the subject' },
    { text: "Our neighbour's son just launched a dog-walking round, the dogs on our street adore him", note: 'a possessive after "our": the neighbour’s son is the subject' },
    { text: "We've launched an appeal for families affected by the storm: give.example.org/storm", note: 'an appeal for others is news of help, not of the author' },
    { text: 'New video shows the moment the bridge gave way in the storm: news.example.com/v/1', note: 'a news report of footage, not a channel plug' },
    { text: 'Just released from the holding area at the airport after six hours, heading home now.', note: 'released from: a person let go, not a product out' },
    { text: 'Brush fire on the ridge above Route 9, two crews on scene, road closed north of the bridge. More to come.', note: 'a report promising updates, not a launch teaser' },
    'We shipped dark mode today. The hardest part was images: we added a 10% dim filter because pure white burned eyes at night.',
    {
      text: 'Thrilled to share that I start as an instructional designer on Monday! What worked after 4 months: 1. I rebuilt my portfolio around 3 real projects. 2. I turned teaching wins into metrics. 3. I joined a local chapter and got my referral there.',
      note: 'news with the lessons that got there',
    },
    'The river is out of its banks again, stay off the towpath this week.',
    {
      text: 'Just published: how we cut our AWS bill by 40% in 3 steps (reserved instances, killing idle dev boxes, and moving logs to cold storage).',
      note: 'the announcement lists what it counts, so the substance is in the post',
    },
    {
      text: "I'm excited to share that our paper on urban heat islands was accepted at CHI! We found that tree cover cut surface temperatures by up to 7°C in the neighbourhoods we measured.",
      note: 'an accepted paper told with its finding: the finding is the takeaway',
    },
    { text: '¡Felices de anunciar que nuestro artículo fue aceptado en CHI! Descubrimos que los árboles bajan la temperatura del suelo hasta 7°C.', ctx: { lang: 'es' }, note: 'the same in Spanish' },
    { text: 'Proud of my team this quarter. Thank you Ana, Ben and Chidi for carrying the release through the outage.', note: 'pride that thanks people by name is credit' },
    { text: 'OpenAI just dropped their new coding agent. I have had it for a week and it is good.', note: 'somebody else’s launch' },
    { text: 'City officials have released new video footage from the day of the storm.', note: 'news about others' },
    { text: 'A new indie game called MEATSHOT just dropped and it looks wild.', note: 'somebody else’s release' },
    { text: 'THIS is what I voted for, keep going!', note: 'a vote, not being voted best' },
    { text: 'Meet me at the north entrance at 6, I will bring the spare tent.', note: '"meet" before a pronoun is a plan, not a launch' },
    { text: 'Introducing solids to a six month old: start with one food at a time and wait three days before the next.', note: 'a how-to, not a launch' },
    // A name described as someone else with an article and a "who" clause: a profile, as a newsroom writes it.
    { text: "Meet Nova, a 3-year-old golden retriever who just became the first therapy dog at Denver International Airport's new terminal https://t.co/abc", note: 'a profile of someone else' },
    { text: 'Conheça Ana Souza, a bióloga de 28 anos que descobriu uma nova espécie de sapo na Mata Atlântica https://t.co/abc', ctx: { lang: 'pt' }, note: 'a profile of someone else' },
    { text: 'Conoce Mateo Ruiz, el niño de 9 años que ganó el torneo nacional de ajedrez en Lima https://t.co/abc', ctx: { lang: 'es' }, note: 'a profile of someone else' },
    { text: 'So proud of our team today, thank you Maya and Jonas for staying late to fix the printer queue.', note: 'credit to named people' },
    { text: 'The shelter at Lincoln High is now open for evacuees', note: 'someone else’s news: another subject before "is now open"' },
    {
      text: 'Big news from the Harlow depot: every bag of feed collected today goes to farms hit by the floods in Norfolk! relief.example.org',
      note: 'reports where help goes after a named flood: the news is the event, not the author',
    },
    { text: 'O tufão deixou 40 mil desalojados em Cebu. Nosso novo vídeo mostra os abrigos: tv.example.br/tufao', ctx: { lang: 'pt' }, note: 'a newsroom’s video of a typhoon it reports' },
    { text: 'Unser neues Video zum Hochwasser in Passau ist online: Pegel bei 9 Metern. video.example.de/passau', ctx: { lang: 'de' }, note: 'coverage of a named flood with its numbers' },
    // News teased and never told is no win of the author's yet (vague-pointer says it hands the reader nothing).
    { text: 'Big news coming soon, stay tuned 👀', note: 'a teaser, not a brag' },
    // A first watch or listen told, and a volume turned up: nothing of the author's own uploaded.
    { text: 'Acabo de ver el video por primera vez y lloré', ctx: { platform: 'youtube', lang: 'es' } },
    { text: 'Acabo de subir el volumen al máximo jaja', ctx: { platform: 'youtube', lang: 'es' } },
    { text: 'Acabei de ouvir essa música pela primeira vez, que linda', ctx: { platform: 'youtube', lang: 'pt' } },
    { text: 'Hab gerade das Video zum ersten Mal gesehen, Gänsehaut', ctx: { platform: 'youtube', lang: 'de' } },
    { text: 'Je viens de découvrir cette chanson, incroyable', ctx: { platform: 'youtube', lang: 'fr' } },
    // blind15: a milestone told as the moment of a story, not as the news.
    { text: 'Quando passamos dos 10 mil clientes percebemos que o suporte não escalava: criámos 40 artigos de ajuda e os tickets caíram 35%.', ctx: { lang: 'pt' }, note: 'the setting of a lesson' },
    // Someone else's milestone ("la biblioteca acaba de superar…") is news, not the author's.
    { text: 'La biblioteca del barrio acaba de superar los 10.000 socios: el carné es gratis y ahora abre también los domingos.', ctx: { lang: 'es' }, note: 'someone else’s milestone' },
    { text: 'Cuando superamos los 10.000 clientes, el soporte no daba abasto: escribimos 40 artículos de ayuda y los tickets bajaron un 35%.', ctx: { lang: 'es' }, note: 'the setting of a lesson' },
    { text: "Quand on a dépassé les 10 000 clients, le support ne suivait plus : 40 articles d'aide ont fait baisser les tickets de 35 %.", ctx: { lang: 'fr' }, note: 'the setting of a lesson' },
    // blind15: someone else's book out today, or a favourite book.
    { text: "Le nouveau livre de Virginie Despentes sort aujourd'hui, j'ai hâte.", ctx: { lang: 'fr' }, note: 'someone else’s book' },
    { text: 'Mi libro favorito sale hoy en edición de bolsillo, 9,95 € en cualquier librería.', ctx: { lang: 'es' }, note: 'a favourite, not one’s own' },
    // blind15: someone else's count, or a change from one number to another, is no milestone of the author's.
    { text: 'La biblioteca del barrio superó los 10.000 socios este año, y el carnet sigue siendo gratis.', ctx: { lang: 'es' }, note: 'the library’s count' },
    { text: 'O clube de leitura chegou a 500 membros e os encontros continuam às quintas, 19h, na biblioteca.', ctx: { lang: 'pt' }, note: 'the club’s count' },
    { text: 'Die Stadtbibliothek hat 10.000 Mitglieder erreicht, der Ausweis bleibt kostenlos.', ctx: { lang: 'de' }, note: 'the library’s count' },
    { text: 'La médiathèque a dépassé les 10 000 inscrits, et la carte reste gratuite.', ctx: { lang: 'fr' }, note: 'the library’s count' },
    { text: 'Pasamos de 40 alumnos a 25 por aula desde que abrieron el segundo edificio.', ctx: { lang: 'es' }, note: 'from one number to another' },
    { text: 'Passamos de 40 alunos para 25 por turma desde que abriu o segundo prédio.', ctx: { lang: 'pt' }, note: 'from one number to another' },
    // blind15: someone else's distinction is their news.
    { text: 'Mi hermano fue elegido delegado de su clase y está feliz 😄', ctx: { lang: 'es' }, note: 'someone else elected' },
    { text: 'A minha mãe foi reconhecida como voluntária do ano pela junta de freguesia, 30 anos a ajudar no banco alimentar.', ctx: { lang: 'pt' }, note: 'someone else recognised' },
    { text: 'Mon frère a été élu meilleur apprenti boulanger de la région, fierté familiale !', ctx: { lang: 'fr' }, note: 'someone else elected' },
  ],
  invalid: [
    // A new limited run of the author's ("New drop this Friday"), in es, de, fr and pt as in en.
    { text: 'Nuevo drop este viernes 🔥 solo 50 piezas', ctx: { platform: 'instagram', lang: 'es' }, flags: ['Nuevo drop'] },
    { text: 'Neuer Drop am Freitag 🔥 nur 50 Stück', ctx: { platform: 'instagram', lang: 'de' }, flags: ['Neuer Drop'] },
    { text: 'Nouveau drop vendredi 🔥 seulement 50 pièces', ctx: { platform: 'instagram', lang: 'fr' }, flags: ['Nouveau drop'] },
    { text: 'Drop novo sexta 🔥 só 50 peças', ctx: { platform: 'instagram', lang: 'pt' }, flags: ['Drop novo'] },
    // blind22: a revenue milestone brag with no lesson ('crossed $20k MRR', 'superamos los 20.000 € de MRR', 'die 20k €
    // MRR geknackt', 'passé les 20k€ de MRR', 'batemos R$ 100 mil de faturamento').
    { text: 'we crossed $20k MRR today.\n\n14 months. 0 funding. 2 people. 🚀', ctx: { platform: 'x' }, flags: ['crossed $20k MRR'] },
    { text: 'Superamos los 20.000 € de MRR 🚀 18 meses, 3 personas.', ctx: { platform: 'linkedin', lang: 'es' }, flags: ['Superamos los 20.000 € de MRR'] },
    { text: 'Wir haben die 20k € MRR geknackt 🚀 18 Monate, 3 Leute.', ctx: { platform: 'linkedin', lang: 'de' }, flags: ['die 20k € MRR geknackt'] },
    { text: 'On a passé les 20k€ de MRR 🚀 18 mois, 3 personnes.', ctx: { platform: 'linkedin', lang: 'fr' }, flags: ['On a passé les 20k€ de MRR'] },
    { text: 'Batemos R$ 100 mil de faturamento 🚀 18 meses, 3 pessoas.', ctx: { platform: 'linkedin', lang: 'pt' }, flags: ['Batemos R$ 100 mil de faturamento'] },
    // xlang21: an award title with its year, the author's, thanked only for trust ("für das Vertrauen", "por su confianza").
    { text: 'Wir sind stolz! 🏆 Zum dritten Mal in Folge wurden wir als „Top-Makler Ruhrgebiet 2027“ ausgezeichnet. Danke an unser großartiges Team und an alle Kundinnen und Kunden für das Vertrauen!', ctx: { lang: 'de', platform: 'linkedin' }, flags: ['als „Top-Makler Ruhrgebiet 2027“ ausgezeichnet'] },
    { text: 'We\'re proud! 🏆 For the third year in a row we\'ve been named "Top Estate Agent Leeds 2027". Thank you to our amazing team and to all our clients for your trust!', ctx: { platform: 'linkedin' }, flags: ['named "Top Estate Agent Leeds 2027"'] },
    { text: "Fiers ! 🏆 Pour la troisième année consécutive, nous avons été élus « Meilleure agence immobilière de Lille 2027 ». Merci à notre super équipe et à tous nos clients pour leur confiance !", ctx: { lang: 'fr', platform: 'linkedin' }, flags: ['élus « Meilleure agence immobilière de Lille 2027 »'] },
    { text: 'Que orgulho! 🏆 Pelo terceiro ano seguido fomos eleitos «Melhor Imobiliária do Porto 2027». Obrigado à nossa equipa incrível e a todos os clientes pela confiança!', ctx: { lang: 'pt', platform: 'linkedin' }, flags: ['eleitos «Melhor Imobiliária do Porto 2027»'] },
    { text: '¡Estamos orgullosos! 🏆 Por tercer año consecutivo hemos sido elegidos «Mejor Inmobiliaria de Sevilla 2027». ¡Gracias a nuestro equipo y a todos nuestros clientes por su confianza!', ctx: { lang: 'es', platform: 'linkedin' }, flags: ['elegidos «Mejor Inmobiliaria de Sevilla 2027»'] },
    // The author's own thing arrived, and the author's firm in the press.
    { text: "Notre bière d'hiver est arrivée 🍺 Bock à 7 %, notes de caramel. 5 € la pinte au bar", ctx: { platform: 'instagram', lang: 'fr' }, flags: ["Notre bière d'hiver est arrivée"] },
    { text: 'Nuestra agencia aparece hoy en El País como una de las 10 que están cambiando el marketing en España 🙌', ctx: { platform: 'linkedin', lang: 'es' }, flags: ['Nuestra agencia aparece hoy en'] },
    { text: 'Nossa agência saiu hoje no Estadão entre as 10 que estão mudando o marketing no Brasil 🙌', ctx: { platform: 'linkedin', lang: 'pt' }, flags: ['Nossa agência saiu hoje no'] },
    { text: "Our new winter menu drops Friday. Who's coming? 🍔🔥", ctx: { platform: 'facebook' }, flags: ['Our new winter menu drops'] },
    // The day's stream with its time and its site at the head of the post, in the languages that lacked it.
    { text: 'Hoy a las 8 stream en Twitch jugando el nuevo Zelda, los espero a todos 🎮 twitch.tv/elpepegamer', ctx: { platform: 'youtube', lang: 'es' }, flags: ['Hoy a las 8 stream en Twitch'] },
    { text: 'Heute um 20 Uhr Stream auf Twitch, wir zocken das neue Zelda 🎮 twitch.tv/maxzockt', ctx: { platform: 'youtube', lang: 'de' }, flags: ['Heute um 20 Uhr Stream auf Twitch'] },
    { text: 'Ce soir 20h stream sur Twitch, on joue au nouveau Zelda 🎮 twitch.tv/lucasjoue', ctx: { platform: 'youtube', lang: 'fr' }, flags: ['Ce soir 20h stream sur Twitch'] },
    // The author streaming, told beside the stream's link, in five languages.
    { text: 'Streaming Stardew Valley again tonight from 7pm, come hang out 💚 twitch.tv/lenaplays', ctx: { platform: 'bluesky', lang: 'en' }, flags: ['Streaming'] },
    { text: 'Hoy a partir de las 19h vuelvo a streamear Stardew Valley 💚 twitch.tv/lenajuega', ctx: { platform: 'bluesky', lang: 'es' }, flags: ['vuelvo a streamear'] },
    { text: 'Ich streame heute ab 19 Uhr wieder Stardew Valley, kommt vorbei 💚 twitch.tv/lenaspielt', ctx: { platform: 'bluesky', lang: 'de' }, flags: ['streame'] },
    { text: 'Je stream Stardew Valley ce soir à partir de 19h 💚 twitch.tv/lenajoue', ctx: { platform: 'bluesky', lang: 'fr' }, flags: ['stream'] },
    { text: 'Hoje às 19h tem live de Stardew Valley de novo, cola lá 💚 twitch.tv/lenajoga', ctx: { platform: 'bluesky', lang: 'pt' }, flags: ['live'] },
    // The author's launch on a launch or crowdfunding site, in five languages.
    { text: "We're live on Product Hunt today!! 🚀", ctx: { platform: 'x' }, flags: ["We're live on Product Hunt"] },
    { text: '¡Estamos en Product Hunt hoy! 🚀', ctx: { platform: 'x', lang: 'es' }, flags: ['Estamos en Product Hunt'] },
    { text: 'Wir sind heute auf Product Hunt! 🚀', ctx: { platform: 'x', lang: 'de' }, flags: ['Wir sind heute auf Product Hunt'] },
    { text: "On est sur Product Hunt aujourd'hui ! 🚀", ctx: { platform: 'x', lang: 'fr' }, flags: ['On est sur Product Hunt'] },
    { text: 'Estamos no Product Hunt hoje! 🚀', ctx: { platform: 'x', lang: 'pt' }, flags: ['Estamos no Product Hunt'] },
    // The author's thing at the top of a chart, in five languages.
    { text: "Our app just hit #1 in the App Store in Portugal 🥹 still can't believe it", ctx: { platform: 'linkedin' }, flags: ['Our app just hit #1'] },
    { text: 'Nuestra app acaba de llegar al número 1 de la App Store en México 🥹', ctx: { platform: 'linkedin', lang: 'es' }, flags: ['Nuestra app acaba de llegar al número 1'] },
    { text: 'Mein Buch steht auf Platz 1 der Bestsellerliste', ctx: { platform: 'linkedin', lang: 'de' }, flags: ['Mein Buch steht auf Platz 1'] },
    { text: "Notre appli vient de passer numéro 1 sur l'App Store en Belgique 🥹", ctx: { platform: 'linkedin', lang: 'fr' }, flags: ['Notre appli vient de passer numéro 1'] },
    { text: 'Nosso app acabou de chegar ao primeiro lugar da App Store no Brasil 🥹', ctx: { platform: 'linkedin', lang: 'pt' }, flags: ['Nosso app acabou de chegar ao primeiro lugar'] },
    // A new job told as joining a firm with the title, in the languages that say it so.
    { text: "I'm joining Stripe as a Staff Engineer in January!", ctx: { platform: 'linkedin' }, flags: ["I'm joining Stripe as a Staff Engineer"] },
    { text: 'Después de 6 años en Telefónica, hoy empiezo una nueva etapa como Head of Data en Fintonic.', ctx: { platform: 'linkedin', lang: 'es' }, flags: ['empiezo una nueva etapa como'] },
    { text: 'Ab Januar starte ich als Teamleiterin bei der Sparkasse Köln!', ctx: { platform: 'linkedin', lang: 'de' }, flags: ['starte ich als Teamleiterin bei'] },
    { text: 'Je rejoins Decathlon en tant que Product Owner dès lundi !', ctx: { platform: 'linkedin', lang: 'fr' }, flags: ['Je rejoins Decathlon en tant que'] },
    { text: 'Comecei uma nova posição como Engenheira de Dados no Nubank!', ctx: { platform: 'linkedin', lang: 'pt' }, flags: ['Comecei uma nova posição como'] },
    // The next part of the author's series up on the channel, in five languages, and a season drop of the author's own.
    { text: 'Part 2 is up on the channel!! Go watch it and tell me what you think 🔥', ctx: { platform: 'x' }, flags: ['Part 2 is up on the channel'] },
    { text: 'Ya está la parte 2 en el canal!! Corran a verla 🔥', ctx: { platform: 'x', lang: 'es' }, flags: ['Ya está la parte 2 en el canal'] },
    { text: 'Teil 2 ist jetzt auf dem Kanal! Schaut rein 🔥', ctx: { platform: 'x', lang: 'de' }, flags: ['Teil 2 ist jetzt auf dem Kanal'] },
    { text: 'La partie 2 est dispo sur la chaîne ! Allez la voir 🔥', ctx: { platform: 'x', lang: 'fr' }, flags: ['La partie 2 est dispo sur la chaîne'] },
    { text: 'Saiu a parte 2 lá no canal!! Corre lá pra assistir 🔥', ctx: { platform: 'x', lang: 'pt' }, flags: ['Saiu a parte 2 lá no canal'] },
    { text: 'Spring collection drops Friday 9am 🌸 Everything handmade in small batches in my garage studio', ctx: { platform: 'instagram' }, flags: ['Spring collection drops'] },
    // xlang20: Brazilian 'time' is the team thanked for effort; English 'time' stays time.
    { text: 'Fomos eleitos a melhor padaria de Recife 🏆 Obrigado ao time pelo empenho!', ctx: { lang: 'pt', platform: 'linkedin' }, flags: ['eleitos a melhor'] },
    // xlang20: the author's side recognised as something 'of the year' ('reconocido como Firma Contable del Año', 'als
    // Steuerkanzlei des Jahres ausgezeichnet'), as 'named one of', in five languages.
    { text: "Nuestro despacho fue reconocido como Firma Contable del Año por la Cámara de Comercio 🏆 ¡Vamos por más!", ctx: { lang: 'es', platform: 'linkedin' }, flags: ["reconocido como Firma Contable del Año"] },
    { text: "Notre cabinet a été récompensé comme cabinet comptable de l'année par la CCI de Lyon 🏆 On continue !", ctx: { lang: 'fr', platform: 'linkedin' }, flags: ["récompensé comme cabinet comptable de l'année"] },
    { text: "O nosso escritório foi distinguido como escritório de contabilidade do ano pela Câmara de Comércio 🏆 Vamos em frente!", ctx: { lang: 'pt', platform: 'linkedin' }, flags: ["distinguido como escritório de contabilidade do ano"] },
    { text: "Unsere Kanzlei wurde von der IHK München als Steuerkanzlei des Jahres ausgezeichnet 🏆", ctx: { lang: 'de', platform: 'linkedin' }, flags: ["als Steuerkanzlei des Jahres ausgezeichnet"] },
    { text: "Stolz, dass unsere Kanzlei als „Steuerkanzlei des Jahres 2026“ von der IHK München ausgezeichnet wurde 🏆 Danke an das ganze Team für den Einsatz! Auf geht's!", ctx: { lang: 'de', platform: 'linkedin' }, flags: ["als „Steuerkanzlei des Jahres 2026“ von der IHK München ausgezeichnet"] },
    { text: "Our firm was recognized as Accounting Firm of the Year by the Chamber of Commerce 🏆 Onwards!", ctx: { platform: 'linkedin' }, flags: ["recognized as Accounting Firm of the Year"] },
    // xlang20: an award signed off with the whole team thanked for effort in general ('por tanto esfuerzo', 'for all the
    // hard work', 'pelo empenho', 'für den Einsatz', 'pour son travail'): no credit that names anything, in five languages.
    { text: "Orgullosa de compartir que nuestro despacho fue reconocido como «Firma Contable del Año» por la Cámara de Comercio de Guadalajara 🏆 Gracias a todo el equipo por tanto esfuerzo. ¡Vamos por más! 💪", ctx: {platform: 'linkedin', lang: 'es'}, flags: ["Orgullosa de compartir", "reconocido como «Firma Contable del Año"] },
    { text: "Proud to share that our firm was named Accounting Firm of the Year by the Guadalajara Chamber of Commerce 🏆 Thanks to the whole team for all the hard work. Onwards!", ctx: {platform: 'linkedin'}, flags: ["Proud to share", "named Accounting Firm of the Year"] },
    { text: "Muito orgulhosa: a nossa padaria foi eleita a melhor de Braga 🏆 Obrigada a toda a equipa pelo empenho e dedicação!", ctx: {platform: 'linkedin', lang: 'pt'}, flags: ["eleita a melhor"] },
    { text: "Wir wurden zur besten Bäckerei Münchens gewählt 🏆 Danke an das ganze Team für den tollen Einsatz!", ctx: {platform: 'linkedin', lang: 'de'}, flags: ["Wir wurden zur besten Bäckerei Münchens gewählt"] },
    { text: "Fière d'annoncer que notre boulangerie a été élue meilleure boulangerie de Lyon 🏆 Merci à toute l'équipe pour son travail et son implication !", ctx: {platform: 'linkedin', lang: 'fr'}, flags: ["Fière d'annoncer", "élue meilleure"] },
    // The author live with what they are doing beside the stream's link, under a 'PSA' heading too.
    { text: "PSA: I'm live playing the new Hollow Knight until they kick me out 🎮 twitch.tv/lauragg", ctx: { platform: 'x', lang: 'en' }, flags: ["I'm live"] },
    { text: 'PSA: bin live und spiele das neue Hollow Knight, bis man mich rauswirft 🎮 twitch.tv/lauragg', ctx: { platform: 'x', lang: 'de' }, flags: ['bin live'] },
    // The stream's start with its time as the post's heading, as 'Le live commence dans 10 min' reads.
    { text: 'STREAM STARTS IN 10 🔴 ranked grind till diamond. twitch.tv/kazzplays come hang', ctx: { platform: 'x', lang: 'en' }, flags: ['STREAM STARTS IN 10'] },
    { text: '🔴 Stream begins at 8pm, bring snacks', ctx: { platform: 'x', lang: 'en' }, flags: ['🔴 Stream begins at 8pm'] },
    { text: 'Stream startet in 10 Minuten! Heute Ranked bis Diamant twitch.tv/kazz', ctx: { platform: 'x', lang: 'de' }, flags: ['Stream startet in 10'] },
    { text: 'El stream empieza en 10 minutos!! twitch.tv/kazz', ctx: { platform: 'x', lang: 'es' }, flags: ['El stream empieza en'] },
    { text: 'A stream começa em 10 minutos! twitch.tv/kazz', ctx: { platform: 'x', lang: 'pt' }, flags: ['A stream começa em'] },
    // A stream's start told in the first person with its time ('empiezo directo'), and the site between 'live' and the time.
    { text: 'En 15 minutos empiezo directo en Twitch con el nuevo Zelda, ¡venid a pasar el rato! 🎮 twitch.tv/pixelmoth', ctx: { platform: 'x', lang: 'es' }, flags: ['En 15 minutos empiezo directo'] },
    { text: 'Live na Twitch em 15 min com o novo Zelda, colem lá 🎮 twitch.tv/pixelmoth', ctx: { platform: 'x', lang: 'pt' }, flags: ['Live na Twitch em 15 min'] },
    // What arrives is the author's: still a launch.
    { text: '¡Ya está aquí! Nuestra nueva colección de otoño 🍂 tienda.es', ctx: { lang: 'es' }, flags: ['Ya está aquí'] },
    { text: 'Por fin salió mi primer libro 📖', ctx: { lang: 'es' }, flags: ['Por fin salió'] },
    // An award told with thanks to everyone "who was part of this journey": the stock sign-off says for nothing, so its
    // "thanks to" credits no one either (es, de, fr, en).
    { text: "Muy feliz de compartir que he sido reconocida como una de las 50 mujeres más innovadoras del agro por la revista Forbes México 🏆🌱 Gracias a todos los que formaron parte de este camino. #agro", ctx: { lang: 'es', platform: 'linkedin' }, flags: ['Muy feliz de compartir', 'he sido reconocida como'] },
    { text: "Très heureuse de partager que j'ai été reconnue comme l'une des 50 femmes les plus innovantes de l'agriculture par La France Agricole 🏆🌱 Merci à tous ceux qui ont fait partie de ce chemin. #agriculture", ctx: { lang: 'fr', platform: 'linkedin' }, flags: ['Très heureuse de partager', "j'ai été reconnue comme"] },
    { text: "Ich freue mich sehr, dass ich vom Magazin agrarheute zu den 50 innovativsten Frauen der Landwirtschaft gezählt werde 🏆🌱 Danke an alle, die Teil dieser Reise waren. #Landwirtschaft", ctx: { lang: 'de', platform: 'linkedin' }, flags: ['zu den 50 innovativsten Frauen der Landwirtschaft gezählt'] },
    { text: "Thrilled to share that I've been recognised as one of the 50 most innovative women in agriculture by Farmers Weekly 🏆🌱 Thank you to everyone who was part of this journey. #agriculture", ctx: { platform: 'linkedin' }, flags: ['Thrilled to share'] },
    // blind16: the press the author's product was in, worn as its label.
    { text: 'As seen on Shark Tank and in the New York Times 🙌 our soy candles are back', flags: ['As seen on'] },
    { text: 'Como visto en El País y Telva ✨ nuestras velas vuelven a estar disponibles', ctx: { lang: 'es' }, flags: ['Como visto en'] },
    { text: 'Bekannt aus SWR und Brigitte ✨ unsere Sojakerzen sind wieder da', ctx: { lang: 'de' }, flags: ['Bekannt aus'] },
    { text: 'Vu dans Elle et Le Parisien ✨ nos bougies sont de retour', ctx: { lang: 'fr' }, flags: ['Vu dans', 'nos bougies sont de retour'] },
    { text: 'Como visto na Globo ✨ nossas velas voltaram', ctx: { lang: 'pt' }, flags: ['Como visto na'] },
    // blind16: a guest spot on someone else's show told as the news, with a sign-off to the host and a listen ask.
    { text: 'Thrilled to share that I was a guest on The Growth Loop podcast this week 🎙️ Huge thanks to Dana Reyes for having me! Give it a listen, link in the comments', ctx: { platform: 'linkedin' }, flags: ['Thrilled to share', 'I was a guest on The Growth Loop podcast'] },
    // The same spot said plainly.
    { text: "J'ai eu le plaisir d'intervenir dans le podcast 'Génération Do It Yourself'. L'épisode est en ligne, dites-moi ce que vous en pensez ! 👇", ctx: { platform: 'linkedin', lang: 'fr' }, flags: ['intervenir dans le podcast'] },
    { text: "Estuve en el podcast 'Emprende sin miedo' hablando de precios. El episodio ya está disponible, ¡contadme qué os parece! 👇", ctx: { platform: 'linkedin', lang: 'es' }, flags: ['Estuve en el podcast'] },
    { text: "Ich durfte im Podcast 'Mittelstand Digital' über Preise sprechen. Die Folge ist online, sagt mir, wie ihr sie findet! 👇", ctx: { platform: 'linkedin', lang: 'de' }, flags: ['Ich durfte im Podcast'] },
    { text: 'I joined the Growth Loop podcast to talk about pricing. The episode is live, let me know what you think! 👇', ctx: { platform: 'linkedin' }, flags: ['I joined the Growth Loop podcast'] },
    { text: 'I was on the Growth Loop podcast talking about pricing. Check it out: https://pod.example.com/ep42', ctx: { platform: 'x' }, flags: ['I was on the Growth Loop podcast'] },
    { text: 'Feliz de haber sido invitada al podcast «Mujeres que Emprenden» 🎙️ Hablamos de mi trayectoria. Enlace en los comentarios', ctx: { lang: 'es', platform: 'linkedin' }, flags: ['haber sido invitada al podcast'] },
    // blind21: the RAE spelling 'pódcast' is the same show.
    { text: 'Feliz de haber sido invitada al pódcast «Mujeres que Emprenden» 🎙️ Hablamos de mi trayectoria. Enlace en los comentarios', ctx: { lang: 'es', platform: 'linkedin' }, flags: ['haber sido invitada al pódcast'] },
    { text: 'Ich durfte diese Woche zu Gast im Podcast „Gründerinnen-Talk“ sein 🎙️ Der Link ist in den Kommentaren.', ctx: { lang: 'de', platform: 'linkedin' }, flags: ['durfte diese Woche zu Gast im Podcast'] },
    { text: "Ravie d'avoir été invitée sur le podcast « Les Entrepreneuses » 🎙️ Le lien est en commentaire !", ctx: { lang: 'fr', platform: 'linkedin' }, flags: ['avoir été invitée sur le podcast'] },
    { text: 'Feliz demais por ter participado do podcast "Mulheres que Empreendem" 🎙️ O link está nos comentários!', ctx: { lang: 'pt', platform: 'linkedin' }, flags: ['ter participado do podcast'] },
    // The author introduced by name, then their new mix, set or cover out, in five languages.
    { text: 'its MC Verde here, fresh mixtape just dropped, go peep it', ctx: { platform: 'youtube' }, flags: ['fresh mixtape just dropped'] },
    { text: 'Soy DJ Kross, nuevo mix de reggaetón ya disponible', ctx: { lang: 'es', platform: 'youtube' }, flags: ['nuevo mix de reggaetón ya disponible'] },
    { text: 'Galera, sou o DJ Kross, mix novo saiu hoje', ctx: { lang: 'pt', platform: 'youtube' }, flags: ['mix novo saiu'] },
    { text: 'Ich bin DJ Kross, neuer Mix ist draußen', ctx: { lang: 'de', platform: 'youtube' }, flags: ['neuer Mix ist draußen'] },
    { text: "C'est DJ Kross, nouveau mix dispo", ctx: { lang: 'fr', platform: 'youtube' }, flags: ['nouveau mix dispo'] },
    { text: 'my boyfriend and I sing covers together, ours of this one is up now 💕', ctx: { platform: 'youtube' }, flags: ['ours of this one is up'] },
    // The author's own business voted the best, as English's "voted the best".
    { text: '¡Lo logramos! Nuestra tienda ha sido elegida la mejor tienda de barrio de Valencia. Gracias a todos los que votasteis.', ctx: { lang: 'es', platform: 'facebook' }, flags: ['elegida la mejor'] },
    { text: '¡Hemos sido elegidos mejor restaurante de Sevilla! 🏆', ctx: { lang: 'es', platform: 'instagram' }, flags: ['elegidos mejor'] },
    { text: 'Wir haben es geschafft: Unser Hofladen wurde zum schönsten Hofladen im Landkreis gewählt! 🏆 Danke an alle, die abgestimmt haben.', ctx: { lang: 'de', platform: 'facebook' }, flags: ['zum schönsten Hofladen im Landkreis gewählt'] },
    { text: "On l'a fait ! Notre boulangerie a été élue meilleure boulangerie du département. Merci à tous ceux qui ont voté.", ctx: { lang: 'fr', platform: 'facebook' }, flags: ['élue meilleure'] },
    { text: 'Conseguimos! Nossa padaria foi eleita a melhor padaria do bairro. Obrigado a todos que votaram.', ctx: { lang: 'pt', platform: 'facebook' }, flags: ['eleita a melhor'] },
    { text: 'Fomos eleitos a melhor pizzaria de Curitiba! 🍕', ctx: { lang: 'pt', platform: 'instagram' }, flags: ['eleitos a melhor'] },
    // blind15: one's own book or record announced for today, title in quotes or not.
    { text: "Mon livre « Manager sans s'épuiser » sort aujourd'hui 📘", ctx: { lang: 'fr' }, flags: ["Mon livre « Manager sans s'épuiser » sort aujourd'hui"] },
    { text: 'Mi libro «Liderar sin quemarse» sale hoy 📘', ctx: { lang: 'es' }, flags: ['Mi libro «Liderar sin quemarse» sale hoy'] },
    { text: 'O meu livro «Crescer sem pressa» sai hoje 📘', ctx: { lang: 'pt' }, flags: ['meu livro «Crescer sem pressa» sai hoje'] },
    { text: 'Mein Buch „Stille Wälder“ erscheint heute 📘', ctx: { lang: 'de' }, flags: ['Mein Buch „Stille Wälder“ erscheint heute'] },
    // blind15: a milestone of one's own count, as "crossed 10,000 customers".
    { text: '¡Hemos superado los 10.000 clientes este mes!', ctx: { lang: 'es' }, flags: ['Hemos superado los 10.000 clientes'] },
    { text: 'Batemos 100 mil inscritos no canal! 🎉', ctx: { lang: 'pt' }, flags: ['Batemos 100 mil inscritos'] },
    // The same milestone in the first person singular, just reached ("acabo de llegar a", "acabei de bater").
    { text: 'No suelo publicar esto, pero acabo de llegar a 100k seguidores. Gracias a cada uno de vosotros 🙏', ctx: { lang: 'es', platform: 'linkedin' }, flags: ['acabo de llegar a 100k seguidores'] },
    { text: 'Não costumo postar isso, mas acabei de bater 100 mil seguidores. Obrigado a cada um de vocês 🙏', ctx: { lang: 'pt', platform: 'linkedin' }, flags: ['acabei de bater 100 mil seguidores'] },
    { text: 'Wir haben diesen Monat die 10.000-Kunden-Marke geknackt!', ctx: { lang: 'de' }, flags: ['Wir haben diesen Monat die 10.000-Kunden-Marke geknackt'] },
    { text: 'On a dépassé les 10 000 clients ce mois-ci !', ctx: { lang: 'fr' }, flags: ['On a dépassé les 10 000 clients'] },
    // blind15: one's own place on a list or a prize, as "named one of", in es/fr/pt/de.
    { text: 'Fui reconhecido como Top Voice do LinkedIn em Marketing pela terceira vez 🏅', ctx: { lang: 'pt' }, flags: ['Fui reconhecido como'] },
    { text: 'He sido elegida entre las 30 mujeres que mueven la tecnología en 2026 🎉', ctx: { lang: 'es' }, flags: ['He sido elegida entre'] },
    { text: "J'ai été citée dans Les Échos parmi les 30 femmes qui font bouger la tech en 2026 🎉", ctx: { lang: 'fr' }, flags: ["J'ai été citée dans Les Échos parmi"] },
    { text: 'Ich wurde von Forbes unter die 30 unter 30 gewählt 🎉', ctx: { lang: 'de' }, flags: ['Ich wurde von Forbes unter die 30 unter 30 gewählt'] },
    { text: 'Estoy nominada a mejor creadora de contenido gastronómico 🥹', ctx: { lang: 'es' }, flags: ['Estoy nominada a'] },
    { text: 'Fui nombrada una de las 50 mujeres líderes en tecnología de este año 🙌', ctx: { lang: 'es' }, flags: ['nombrada una de'] },
    { text: 'Je suis nominée meilleure créatrice culinaire 🥹', ctx: { lang: 'fr' }, flags: ['Je suis nominée'] },
    { text: 'Fui indicada como melhor criadora de conteúdo gastronômico 🥹', ctx: { lang: 'pt' }, flags: ['Fui indicada como'] },
    { text: 'Mein Buch „Stille Wälder“ ist ab heute überall erhältlich! 📚', ctx: { lang: 'de' }, flags: ['ist ab heute überall erhältlich'] },
    { text: 'Ich freue mich, dass ich nächste Woche auf der OMR spreche! Kommt an Stand 42 vorbei.', ctx: { lang: 'de' }, flags: ['Ich freue mich, dass ich nächste Woche auf der OMR spreche'] },
    { text: 'Wir freuen uns riesig, dass wir den Deutschen Gründerpreis gewonnen haben!', ctx: { lang: 'de' }, flags: ['Wir freuen uns riesig, dass wir den Deutschen Gründerpreis gewonnen haben'] },
    // A firm's field named by "conseil"/"consejo" (consulting, a council) is no tip to the reader: the brag still stands.
    {
      text: "Ravi d'annoncer que notre cabinet a été classé parmi les 10 meilleurs cabinets de conseil RH en France par Les Echos. Fier de l'équipe !",
      ctx: { lang: 'fr', platform: 'linkedin' },
      flags: ["Ravi d'annoncer", 'classé parmi les'],
    },
    {
      text: 'Orgullosa de compartir que nuestra consultora ha sido elegida mejor empresa de consejo fiscal por Expansión.',
      ctx: { lang: 'es', platform: 'linkedin' },
      flags: ['Orgullosa de compartir', 'elegida mejor'],
    },
    // Career news opened by joy with no verb before it, as English's "So happy to share that…".
    { text: 'Muy feliz de compartir que empiezo como jefa de proyectos en Glovo.', ctx: { lang: 'es' }, flags: ['Muy feliz de compartir'] },
    { text: 'Très heureuse de partager que je rejoins Doctolib.', ctx: { lang: 'fr' }, flags: ['Très heureuse de partager'] },
    { text: 'Feliz em anunciar que entrei para o time da Nubank.', ctx: { lang: 'pt' }, flags: ['Feliz em anunciar'] },
    { text: 'Recebi uma promoção para gerente de projetos!', ctx: { lang: 'pt' }, flags: ['Recebi uma promoção'] },
    { text: "J'ai été promue cheffe de projet !", ctx: { lang: 'fr' }, flags: ["J'ai été promue"] },
    // A stream about to start, said as "in ten minutes" (es, de, fr, pt), as "going live in 10 minutes" in English.
    { text: 'En directo en 10 minutos, ¡venid a pasar el rato! twitch.tv/pixelpaula', ctx: { lang: 'es' }, flags: ['En directo en 10 minutos'] },
    { text: 'In 10 Minuten bin ich live! Kommt vorbei 🎮 twitch.tv/pixelpaula', ctx: { lang: 'de' }, flags: ['bin ich live'] },
    { text: 'En live dans 10 minutes, venez ! twitch.tv/pixelpaula', ctx: { lang: 'fr' }, flags: ['En live dans 10 minutes'] },
    { text: 'Ao vivo em 10 minutos, colem aí! twitch.tv/pixelpaula', ctx: { lang: 'pt' }, flags: ['Ao vivo em 10 minutos'] },
    // Nobody is talked to: "we talk to you about everything" names no guest.
    { text: 'New episode is out! We talk to you about everything and nothing 😅', flags: ['New episode is out'] },
    { text: 'Neue Folge ist online! Wir reden über alles Mögliche.', ctx: { lang: 'de' }, flags: ['Neue Folge'] },
    // A stream announced by its start time rather than its place ("bin in 10 min live"), as "going live in 10".
    { text: 'bin in 10 min live 🔴 heute Elden Ring blind, kommt vorbei!! twitch.tv/nachteule', ctx: { lang: 'de' }, flags: ['bin in 10 min live'] },
    { text: 'Ich gehe gleich live, heute Mario Kart mit Zuschauern!', ctx: { lang: 'de' }, flags: ['gehe gleich live'] },
    // The stream said as the post's heading or by its start with no subject ("🔴 LIVE NOW", "In 10 Minuten geht's live
    // los", "Le live commence dans 10 min", "En 10 minutos empieza el directo", "Live começando em 10 min").
    { text: 'LIVE NOW 🔴 building a minecraft castle till 3am come hang twitch.tv/blockbyblock', flags: ['LIVE NOW'] },
    { text: 'En 10 minutos empieza el directo 🎮 twitch.tv/lagata', ctx: { lang: 'es' }, flags: ['En 10 minutos empieza el directo'] },
    { text: "In 10 Minuten geht's live los 🎮 twitch.tv/derbaer", ctx: { lang: 'de' }, flags: ["In 10 Minuten geht's live los"] },
    { text: 'JETZT LIVE 🔴 Minecraft-Burg bis 3 Uhr twitch.tv/derbaer', ctx: { lang: 'de' }, flags: ['JETZT LIVE'] },
    { text: "EN LIVE 🔴 on construit un château minecraft jusqu'à 3h twitch.tv/lechat", ctx: { lang: 'fr' }, flags: ['EN LIVE'] },
    { text: 'Le live commence dans 10 min, venez dire coucou 👋 twitch.tv/lechat', ctx: { lang: 'fr' }, flags: ['Le live commence dans'] },
    { text: 'Live começando em 10 min 🎮 twitch.tv/agatinha', ctx: { lang: 'pt' }, flags: ['Live começando em'] },
    { text: 'PSA: ich bin live! Elden Ring ohne Tode, kommt vorbei twitch.tv/derbaer', ctx: { lang: 'de' }, flags: ['ich bin live'] },
    // The author's release with its title between ("my debut EP 'Low Tide' is out"), and on every platform (es, pt).
    { text: "my debut EP 'Low Tide' is out now 🌊", flags: ["my debut EP 'Low Tide' is out"] },
    { text: "Mi primer EP 'Marea Baja' ya está en todas las plataformas 🌊", ctx: { lang: 'es' }, flags: ["Mi primer EP 'Marea Baja' ya está en todas las plataformas"] },
    { text: "Nosso primeiro EP 'Maré Baixa' já tá em todas as plataformas 🌊", ctx: { lang: 'pt' }, flags: ["Nosso primeiro EP 'Maré Baixa' já tá em todas as plataformas"] },
    // One's own cover just uploaded under the song's video, as 'just uploaded my cover' (es, pt, de, fr).
    { text: 'Tengo 14 años y canto, acabo de subir un cover de esta canción, espero que les guste', ctx: { platform: 'youtube', lang: 'es' }, flags: ['acabo de subir un cover'] },
    { text: 'Acabei de postar um cover dessa música no meu canal', ctx: { platform: 'youtube', lang: 'pt' }, flags: ['Acabei de postar um cover'] },
    { text: 'Hab gerade ein Cover von dem Song hochgeladen, hoffe es gefällt euch', ctx: { platform: 'youtube', lang: 'de' }, flags: ['Hab gerade ein Cover von dem Song hochgeladen'] },
    { text: "Je viens de poster une reprise de cette chanson, j'espère qu'elle vous plaira", ctx: { platform: 'youtube', lang: 'fr' }, flags: ['Je viens de poster une reprise'] },
    // Pride or joy as the way of announcing, and one's own promotion told with nothing for the reader, in five languages.
    { text: "With great pride I announce that I've been promoted to Head of Growth at FinUp! 🚀 3 years of hard work. Grateful! 🙏", flags: ['With great pride I announce', "I've been promoted to"] },
    { text: 'Con mucho orgullo os anuncio que me han ascendido a Head of Growth en FinUp 🚀 ¡Gracias! 🙏', ctx: { lang: 'es' }, flags: ['Con mucho orgullo os anuncio', 'me han ascendido a'] },
    { text: 'Ich wurde zur Head of Growth bei FinUp befördert 🚀 3 Jahre harte Arbeit. Danke! 🙏', ctx: { lang: 'de' }, flags: ['Ich wurde zur Head of Growth bei FinUp befördert'] },
    { text: "Avec beaucoup de fierté, je vous annonce que j'ai été promue au poste de Head of Growth chez FinUp 🚀 Merci ! 🙏", ctx: { lang: 'fr' }, flags: ['Avec beaucoup de fierté, je vous annonce', "j'ai été promue au poste de"] },
    { text: 'Com muito orgulho anuncio que fui promovida a Head de Growth na FinUp! 🚀 Gratidão! 🙏', ctx: { lang: 'pt' }, flags: ['Com muito orgulho anuncio', 'fui promovida a'] },
    { text: "Never thought I'd be speaking at Web Summit this year!", flags: ['Never thought I'] },
    // Told news of the author's own stays a brag.
    { text: 'Big news: our shop opens on Monday at 9 on Elm St. Stay tuned for the opening hours!', flags: ['Big news'] },
    // Free only to members, or nothing free at all: still the author's news.
    { text: 'Stolz zu verkünden: die Folien sind jetzt kostenlos für Mitglieder meines Kurses.', ctx: { lang: 'de' }, flags: ['Stolz zu verkünden'] },
    { text: 'Proud to announce that the templates are now free with every purchase of my course!', flags: ['Proud to announce'] },
    { text: 'Orgullosa de anunciar que mi código es el más rápido del mercado.', ctx: { lang: 'es' }, flags: ['Orgullosa de anunciar'] },
    // An episode with no guest named, or a guest who is no name, is still the author's news.
    { text: 'New episode is live! We talk about everything and nothing.', flags: ['New episode is live'] },
    { text: 'New episode: we talk to our mom about life.', flags: ['New episode'] },
    { text: '¡Nuevo episodio! Hablamos de todo un poco.', ctx: { lang: 'es' }, flags: ['Nuevo episodio'] },
    // A milestone thanked to the readers keeps this card, alone (policy.ts thanksForMilestone quiets the others).
    { text: 'Finally hit 1,000 subscribers on my knitting channel! Thank you all so much', flags: ['hit 1,000 subscribers'] },
    // "Spoiler:" with a link or a teaser after it hands over nothing.
    { text: 'New video is up, go watch it! Spoiler: https://youtu.be/x1', ctx: { platform: 'youtube' }, flags: ['New video is up'] },
    { text: "New video is up! Spoiler: you won't believe the ending", ctx: { platform: 'youtube' }, flags: ['New video is up'] },
    { text: 'Big news from me: I got into the PhD program!', flags: ['Big news'] },
    { text: 'Fotobox 2.0 ist endlich da: fotobox.example.de', ctx: { lang: 'de' }, flags: ['ist endlich da'] },
    { text: 'My team just launched the new checkout, three months of work!', flags: ['just launched'] },
    { text: 'Our new shop is now open', flags: ['is now open'] },
    { text: 'This is now live', flags: ['is now live'] },
    { text: "I'm humbled and honored to share that I've been named one of the 30 Designers to Watch 🙏", flags: ["I'm humbled and honored to share", 'named one of'] },
    { text: 'Closed our biggest quarter ever at Oakline 🚀 Proud of this team.', flags: ['biggest quarter ever', 'Proud of this team'] },
    { text: 'just checked and my shop crossed 10,000 sales this morning 🥹', flags: ['crossed 10,000 sales'] },
    { text: 'New zine out now! 24 pages of comics.', flags: ['out now'] },
    { text: 'Excited to announce our Series A! 🚀', flags: ['Excited to announce'] },
    { text: 'Excited to launch our flood-alert app! Try it: app.example.com', flags: ['Excited to launch'] },
    { text: 'Our storm-tracker app is out now, 30% off this week only: app.example.com', flags: ['is out now'] },
    { text: 'Já está disponível o meu novo livro de receitas!', ctx: { lang: 'pt' }, flags: ['Já está disponível'] },
    // A new job told as a title at a firm, in five languages.
    { text: 'Starting a new position as Data Analyst at Northwind Health!', flags: ['Starting a new position as'] },
    { text: 'Empiezo un nuevo puesto como analista de datos en Northwind Health!', ctx: { lang: 'es' }, flags: ['Empiezo un nuevo puesto como'] },
    { text: 'Ich starte eine neue Position als Data Analyst bei Northwind Health!', ctx: { lang: 'de' }, flags: ['Ich starte eine neue Position als Data Analyst bei'] },
    { text: 'Je commence un nouveau poste de data analyst chez Northwind Health !', ctx: { lang: 'fr' }, flags: ['Je commence un nouveau poste de'] },
    { text: 'Começando um novo cargo como analista de dados na Northwind Health!', ctx: { lang: 'pt' }, flags: ['Começando um novo cargo como'] },
    // The formal frames of the same announcement, in five languages.
    { text: 'Ich freue mich, euch mitzuteilen, dass ich ab Januar als Head of Marketing bei Acme starte!', ctx: { lang: 'de' }, flags: ['Ich freue mich, euch mitzuteilen'] },
    { text: 'Me complace anunciar que en enero empiezo como directora de marketing en Acme!', ctx: { lang: 'es' }, flags: ['Me complace anunciar'] },
    // A new episode of the author's own, in the languages that lacked it.
    { text: 'Neue Folge ist online! Link in der Bio.', ctx: { lang: 'de' }, flags: ['Neue Folge', 'ist online'] },
    { text: 'Nouvel épisode en ligne ! Lien en bio.', ctx: { lang: 'fr' }, flags: ['Nouvel épisode'] },
    { text: 'Novo episódio no ar! Link na bio.', ctx: { lang: 'pt' }, flags: ['Novo episódio'] },
    // Pride opening the post without its verb or subject, as English's "Proud to announce".
    { text: 'Orgullosa de anunciar que me han ascendido a Product Manager Senior.', ctx: { lang: 'es' }, flags: ['Orgullosa de anunciar', 'me han ascendido a'] },
    { text: 'Orgulhosa de anunciar que fui promovida a Product Manager Sênior!', ctx: { lang: 'pt' }, flags: ['Orgulhosa de anunciar', 'fui promovida a'] },
    { text: 'Stolz zu verkünden: Ich wurde zur Senior Product Managerin befördert!', ctx: { lang: 'de' }, flags: ['Stolz zu verkünden', 'Ich wurde zur Senior Product Managerin befördert'] },
    // An intensifier after the gladness, and the promotion in a subordinate clause with the verb last.
    { text: 'Wir freuen uns sehr, euch mitzuteilen, dass unser Café den Stadtpreis gewonnen hat!', ctx: { lang: 'de' }, flags: ['Wir freuen uns sehr, euch mitzuteilen'] },
    { text: 'Kaum zu glauben, dass ich zur Leiterin der Filiale befördert wurde! 🎉', ctx: { lang: 'de' }, flags: ['dass ich zur Leiterin der Filiale befördert wurde'] },
    { text: 'Freue mich, euch mitzuteilen, dass unser Team den Innovationspreis gewonnen hat.', ctx: { lang: 'de' }, flags: ['Freue mich, euch mitzuteilen'] },
    { text: "J'ai le plaisir de vous annoncer que je rejoins Acme en janvier comme directrice marketing !", ctx: { lang: 'fr' }, flags: ["J'ai le plaisir de vous annoncer", "je rejoins Acme en janvier comme"] },
    { text: 'Tenho o prazer de anunciar que em janeiro começo como diretora de marketing na Acme!', ctx: { lang: 'pt' }, flags: ['Tenho o prazer de anunciar'] },
    { text: "It is with great pleasure that I announce I'm joining Acme as Head of Marketing in January!", flags: ['It is with great pleasure that I announce', "I'm joining Acme as Head"] },
    { text: 'Je suis ravi d’annoncer que j’ai rejoint Acme en tant que directeur marketing !', ctx: { lang: 'fr' }, flags: ['Je suis ravi d’annoncer'] },
    { text: 'We just closed our $12M Series A led by Foundry! Huge milestone for the team.', flags: ['closed our $12M Series A', 'Huge milestone'] },
    { text: 'Excited to share: 3 big wins (10k followers, a new studio, and our first podcast)!', flags: ['Excited to share'] },
    { text: 'Just published: 3 steps to a better resume, more in the newsletter', flags: ['Just published'] },
    { text: 'We just launched our app on the App Store!', flags: ['We just launched'] },
    { text: 'So happy: my shop just opened its doors downtown', flags: ['just opened'] },
    { text: 'I was voted best new bakery in town 🥐', flags: ['voted best'] },
    { text: 'Our new site is now live!', flags: ['is now live'] },
    { text: 'Introducing Ping Links: payments from any wallet, one link away.', flags: ['Introducing'] },
    { text: 'Meet Codex, the agent that writes your tests for you. Try it free today.', flags: ['Meet'] },
    { text: 'Meet Sam, our new head chef who trained in Lyon. Book your table this weekend!', flags: ['Meet'] },
    { text: 'Our game is now available on Steam! 🎮', flags: ['Our game is now available'] },
    { text: "Today we launched R2 Local Uploads for faster uploads.", flags: ['Today we launched'] },
    { text: 'Presentamos Lumen, la app de notas que se sincroniza sola.', ctx: { lang: 'es' }, flags: ['Presentamos'] },
    // xlang19: the author's own appearance in the press, in four languages (English 'featured in' already).
    { text: '¡Salimos en El Tiempo este domingo! 🙌 Qué orgullo para el equipo', ctx: { lang: 'es', platform: 'instagram' }, flags: ['Salimos en El Tiempo'] },
    { text: 'Nos entrevistaron en Radio Bío-Bío 📻 gracias por la invitación!!', ctx: { lang: 'es', platform: 'instagram' }, flags: ['Nos entrevistaron en'] },
    { text: 'Unser Laden war gestern im ZDF 📺 wie cool ist das bitte', ctx: { lang: 'de', platform: 'instagram' }, flags: ['Unser Laden war gestern im ZDF'] },
    { text: "On est passés dans Le Soir ce week-end !! 🙌 Trop fiers de l'équipe", ctx: { lang: 'fr', platform: 'instagram' }, flags: ['On est passés dans Le Soir'] },
    { text: 'Saímos no Público este fim de semana!! 🙌 Que orgulho da equipa', ctx: { lang: 'pt', platform: 'instagram' }, flags: ['Saímos no Público'] },
    // xlang19: a stream's day or time and its site opening the post, in four languages (French 'en live sur' already).
    { text: 'Live on Twitch tonight at 8, come hang out! twitch.tv/lenaplays', ctx: { platform: 'x' }, flags: ['Live on Twitch tonight'] },
    { text: 'hoy en directo a las 20h en Twitch, los espero!! twitch.tv/lacocinadeana', ctx: { lang: 'es', platform: 'x' }, flags: ['hoy en directo a las 20h en Twitch'] },
    { text: 'Heute 20 Uhr live auf Twitch, kommt vorbei! twitch.tv/lenaspielt', ctx: { lang: 'de', platform: 'x' }, flags: ['Heute 20 Uhr live auf Twitch'] },
    { text: 'hoje às 20h tem live na twitch, cola lá! twitch.tv/julinhagames', ctx: { lang: 'pt', platform: 'x' }, flags: ['hoje às 20h tem live na twitch'] },
    // xlang19: the author named to a list, in five languages, with the stock thanks to 'everyone who believed in me'.
    { text: "Huge honour: I've been named to the Forbes 30 Under 30 list 🚀 Thank you to everyone who believed in me from day one.", ctx: { platform: 'linkedin' }, flags: ['named to the Forbes 30 Under 30 list'] },
    { text: 'Orgullo enorme: fui elegido para la lista 30 Under 30 de Forbes Colombia 🚀 Gracias a todos los que creyeron desde el principio.', ctx: { lang: 'es', platform: 'linkedin' }, flags: ['fui elegido para la lista'] },
    { text: 'Riesig stolz: ich wurde in die Forbes 30 Under 30 Liste aufgenommen 🚀 Danke an alle, die von Anfang an an mich geglaubt haben.', ctx: { lang: 'de', platform: 'linkedin' }, flags: ['ich wurde in die Forbes 30 Under 30 Liste aufgenommen'] },
    { text: "Immense fierté : j'ai été sélectionné dans la liste 30 Under 30 de Forbes France 🚀 Merci à tous ceux qui ont cru en moi depuis le début.", ctx: { lang: 'fr', platform: 'linkedin' }, flags: ["j'ai été sélectionné dans la liste"] },
    { text: 'Orgulho enorme em partilhar que fui escolhido para a lista 30 Under 30 da Forbes Portugal 🚀 Obrigado a todos que acreditaram desde o início.', ctx: { lang: 'pt', platform: 'linkedin' }, flags: ['fui escolhido para a lista'] },
  ],
});

describe('lexicon talksWith', () => {
  it.each(Object.entries(ASK_LEXICONS).flatMap(([lang, lex]) => (lex.talksWith ?? []).map((e) => [lang, e.example] as const)))('%s: its example matches: %s', (lang, example) => {
    expect(askLexicon(lang as Lang)?.talksWith?.test(fold(example.toLowerCase()))).toBe(true);
  });
});

// A live stream or a new single of the author's own, announced to bring viewers and listeners (brag phrases in five
// languages), takes; the same words about someone else's show or record, or in a tip, do not.
describe('a live stream or a new record of one’s own', () => {
  it.each([
    ['Going live on Twitch in 10 min!! Ranked grind till diamond 💎 come hang', 'en'],
    ["my new single 'Paper Boats' is out everywhere tonight 🌊 would mean the world if you gave it a spin", 'en'],
    ['Heute Abend live auf Twitch, kommt vorbei! 🎮', 'de'],
    ['Nouveau single disponible partout ! Dites-moi ce que vous en pensez 🎶', 'fr'],
    ['¡Estamos en directo en Twitch! Entra y comenta desde dónde nos ves', 'es'],
    ['Live hoje às 20h no meu canal! Ativa o lembrete 🔔', 'pt'],
    // One's own first or new record announced as out, with no "new" before it.
    ['Support a small artist 🙏 my first single is out on spotify, search Luna Ray', 'en'],
    ['Apoya a un artista pequeño 🙏 mi primer single ya está disponible en Spotify', 'es'],
    ['Unterstützt kleine Künstler 🙏 meine erste Single ist draußen, auf Spotify', 'de'],
    ['Soutenez un petit artiste 🙏 mon premier single est sorti sur Spotify', 'fr'],
    ['Apoie um artista pequeno 🙏 meu primeiro single já saiu no Spotify', 'pt'],
    // With no "first" or "new", and in German with the verb first after a phrase of time.
    ['My novel is finally out! Thank you to everyone who read the drafts.', 'en'],
    ['Mi novela por fin ha salido 📚 gracias a todos los que me apoyasteis.', 'es'],
    ['Nach 3 Jahren Arbeit ist mein Roman endlich erschienen! Überall im Buchhandel erhältlich 📖', 'de'],
    ['Mon roman est enfin sorti ! Merci à tous ceux qui ont lu les brouillons.', 'fr'],
    ['Meu livro finalmente saiu, link na bio!', 'pt'],
    // With more words of time or manner before "available", and in a new format ("als Hörbuch").
    ['Mon livre est désormais disponible en version audio 🎧', 'fr'],
    // Press about the author pointed to ("Read the piece here") is the brag's link, not advice.
    ["I've been featured in Forbes! So grateful. Read the piece here: forbes.com/sites/abc", 'en'],
    ['Meu livro agora também está disponível em audiolivro 🎧', 'pt'],
    ['Mi libro ahora también está disponible en audiolibro 🎧', 'es'],
    ['Mein Buch ist jetzt auch als Hörbuch erhältlich 🎧 überall wo es Hörbücher gibt.', 'de'],
  ] as const)('takes: %s', (text, lang) => {
    expect(check(text, { lang, platform: 'x' }).kind).toBe('take');
  });

  it.each([
    ['Watching the Artemis launch, NASA is live now on YouTube. Liftoff in 20 minutes!', 'en'],
    ["Tip for streamers: when you're going live on Twitch, set the keyframe interval to 2 seconds or your stream will buffer.", 'en'],
    ['El concierto de Rosalía en directo en La 2 esta noche, a las 22h.', 'es'],
    ['Die Bundestagsdebatte läuft gerade live im Fernsehen, Phoenix überträgt ab 9 Uhr.', 'de'],
    ["Le nouveau single de Stromae est incroyable, je l'écoute en boucle.", 'fr'],
    ['O novo single da Anitta saiu hoje e já está em primeiro no Spotify.', 'pt'],
    ["Her first single is out on spotify and it's wonderful, go listen", 'en'],
    ['El primer single de Rosalía ya está disponible', 'es'],
    ['Ihre erste Single ist draußen und sie ist großartig', 'de'],
    ['Son premier single est sorti hier, une merveille', 'fr'],
    ['O primeiro single dela já saiu e é lindo', 'pt'],
    ['My book is out of print, sadly, but the library has two copies.', 'en'],
    ['Nach drei Jahren ist ihr Roman endlich erschienen, und er ist großartig.', 'de'],
  ] as const)('does not take: %s', (text, lang) => {
    const report = check(text, { lang, platform: 'x' });
    expect(report.kind).not.toBe('take');
    expect(report.findings.map((f) => f.rule)).not.toContain('humblebrag');
  });
});
