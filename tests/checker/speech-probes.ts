// Other people's words and other people's wins (our own writing, a probe, not fair evidence; `npm run eval` measures).
// REPORTED: someone else's words reported ("my brother says I'm looking for work"), or what people tell the author
// ("everyone keeps telling me to start a channel"): not the author asking readers, no self-promotion.
// REPORTED_PITCH: the author's own thing named and pushed to readers through someone else's mouth: still a pitch.
// CREDIT: congratulations or a shout-out to a named person for their win: credit, which gives.
// OWN_CREDIT: the author's own win dressed as credit ("Congrats to me", "shoutout to our team for our award, buy
// tickets"): never give.
import type { Lang } from '../../lib/checker/types';

export interface SpeechProbe {
  lang: Lang;
  text: string;
}

export const REPORTED: readonly SpeechProbe[] = [
  { lang: 'en', text: "My brother says I'm looking for a job, but honestly I just want to finish my degree first." },
  { lang: 'en', text: 'Everyone keeps telling me to start a YouTube channel lol. I just like cooking for my friends.' },
  { lang: 'en', text: 'My mom says I should open a shop on Etsy for my candles. Not sure I have the time with two kids.' },
  { lang: 'en', text: 'My therapist told me to follow my gut more. Hard when your gut is a coward.' },
  { lang: 'es', text: 'Mi hermano dice que estoy buscando trabajo, pero yo solo quiero terminar la carrera' },
  { lang: 'es', text: 'Mi madre dice que debería abrir una tienda online con mis pasteles. No sé si tengo tiempo.' },
  { lang: 'es', text: 'Todo el mundo me dice que abra un canal de YouTube jaja. A mí solo me gusta cocinar para los amigos.' },
  { lang: 'es', text: 'Mi jefe me dijo que me suscribiera a su newsletter. Todavía no lo he hecho.' },
  { lang: 'de', text: 'Meine Mutter meint, ich solle einen Onlineshop für meine Kerzen eröffnen. Keine Ahnung, wann ich das machen soll.' },
  { lang: 'de', text: 'Mein Bruder sagt, ich suche einen Job, aber ich will eigentlich nur mein Studium fertig machen.' },
  { lang: 'de', text: 'Alle sagen mir, ich soll einen YouTube-Kanal starten, haha. Ich koche einfach gern für Freunde.' },
  { lang: 'de', text: 'Meine Freundin sagt immer, ich soll meinen Laden bei Instagram bewerben. Ich mag das aber nicht.' },
  { lang: 'fr', text: "Ma sœur dit que je devrais ouvrir une boutique en ligne pour mes bougies. Pas sûre d'avoir le temps." },
  { lang: 'fr', text: "Mon frère dit que je cherche du travail, mais je veux juste finir mes études." },
  { lang: 'fr', text: "Tout le monde me dit de lancer une chaîne YouTube, mdr. J'aime juste cuisiner pour mes amis." },
  { lang: 'fr', text: "Mon prof m'a dit de m'abonner à sa chaîne. Je ne l'ai pas encore fait." },
  { lang: 'pt', text: 'Minha mãe diz que eu deveria abrir uma loja online para as minhas velas. Não sei se tenho tempo.' },
  { lang: 'pt', text: 'Meu irmão diz que estou procurando emprego, mas eu só quero terminar a faculdade.' },
  { lang: 'pt', text: 'Todo mundo me diz para abrir um canal no YouTube kkk. Eu só gosto de cozinhar para os amigos.' },
  { lang: 'pt', text: 'Meu chefe me disse para seguir a página dele. Ainda não segui.' },
  // A complaint about comment spam quotes the spam ("people saying sub to my channel"): it asks for nothing.
  { lang: 'en', text: 'I hate when people spam check out my channel on every video' },
  { lang: 'en', text: 'all these comments saying sub to my channel are so annoying' },
  { lang: 'es', text: 'Qué pesada la gente diciendo suscríbete a mi canal en cada video' },
  { lang: 'pt', text: 'Gente falando se inscreve no meu canal em todo vídeo, que saco' },
  { lang: 'fr', text: 'Marre des commentaires disant abonnez-vous à ma chaîne sous chaque clip' },
];

export const REPORTED_PITCH: readonly SpeechProbe[] = [
  { lang: 'en', text: 'My friend says you should all subscribe to my channel!' },
  // An apology for the spam, then the ask after its comma: the author's own.
  { lang: 'en', text: 'sorry for the spam everyone, check out my channel' },
  { lang: 'es', text: 'perdón por el spam gente, suscríbanse a mi canal' },
  { lang: 'en', text: 'Everyone says to check out my shop, so here it is: https://myshop.example.com' },
  { lang: 'es', text: 'Mi amigo dice que todos deberíais suscribiros a mi canal. ¡Suscribíos!' },
  { lang: 'es', text: 'Todos dicen que visitéis mi tienda, así que aquí está: https://mitienda.example.com' },
  { lang: 'de', text: 'Mein Freund sagt, ihr sollt alle meinen Kanal abonnieren! Abonniert meinen Kanal!' },
  { lang: 'de', text: 'Alle sagen, schaut euch meinen Shop an, also hier ist er: https://meinshop.example.de' },
  { lang: 'fr', text: "Mon ami dit que vous devriez tous vous abonner à ma chaîne ! Abonnez-vous à ma chaîne !" },
  { lang: 'fr', text: 'Tout le monde dit de visiter ma boutique, alors la voici : https://maboutique.example.fr' },
  { lang: 'pt', text: 'Meu amigo diz que vocês deveriam se inscrever no meu canal! Se inscrevam no meu canal!' },
  { lang: 'pt', text: 'Todo mundo diz para visitar minha loja, então aqui está: https://minhaloja.example.com' },
];

export const CREDIT: readonly SpeechProbe[] = [
  { lang: 'en', text: 'Congrats to our intern Sam, who just shipped her first feature to 2 million users!' },
  { lang: 'en', text: 'Huge shoutout to my colleague Priya for landing the Berlin contract.' },
  { lang: 'en', text: 'Congratulations to Dr. Okafor on her appointment as head of cardiology. Well deserved!' },
  { lang: 'en', text: 'Big kudos to Marco for running his first marathon in under 4 hours.' },
  { lang: 'es', text: '¡Felicidades a nuestra becaria Ana, que acaba de lanzar su primera función a 2 millones de usuarios!' },
  { lang: 'es', text: 'Enhorabuena a mi compañera Lucía por conseguir el contrato de Berlín.' },
  { lang: 'es', text: 'Felicitaciones a Pablo por terminar su primer maratón en menos de 4 horas.' },
  { lang: 'de', text: 'Glückwunsch an unsere Kollegin Lea, die gerade den Berliner Auftrag gewonnen hat!' },
  { lang: 'de', text: 'Herzlichen Glückwunsch an Jonas zu seinem ersten Marathon unter 4 Stunden.' },
  { lang: 'de', text: 'Großes Lob an unsere Praktikantin Mia für ihr erstes Feature, das jetzt 2 Millionen Nutzer haben.' },
  { lang: 'fr', text: 'Bravo à notre stagiaire Léa, qui vient de livrer sa première fonctionnalité à 2 millions d’utilisateurs !' },
  { lang: 'fr', text: 'Félicitations à ma collègue Claire pour le contrat de Berlin.' },
  { lang: 'fr', text: 'Chapeau à Hugo pour son premier marathon en moins de 4 heures.' },
  { lang: 'pt', text: 'Parabéns à nossa estagiária Ana, que acabou de lançar sua primeira funcionalidade para 2 milhões de usuários!' },
  { lang: 'pt', text: 'Parabéns ao meu colega Pedro por fechar o contrato de Berlim.' },
  { lang: 'pt', text: 'Um salve para a Júlia, que terminou a primeira maratona em menos de 4 horas.' },
];

export const OWN_CREDIT: readonly SpeechProbe[] = [
  { lang: 'en', text: 'Congrats to me, I just launched my new course! Enroll now: https://mycourse.example.com' },
  { lang: 'en', text: 'Shoutout to our team for our award! Buy tickets for our show now: https://show.example.com' },
  { lang: 'es', text: '¡Felicidades a mí, acabo de lanzar mi nuevo curso! Inscríbete ya: https://micurso.example.com' },
  { lang: 'es', text: 'Enhorabuena a nuestro equipo por nuestro premio. ¡Compra ya tus entradas! https://show.example.com' },
  { lang: 'de', text: 'Glückwunsch an mich, ich habe gerade meinen neuen Kurs gestartet! Jetzt anmelden: https://kurs.example.de' },
  { lang: 'fr', text: 'Bravo à moi, je viens de lancer ma nouvelle formation ! Inscrivez-vous : https://formation.example.fr' },
  { lang: 'pt', text: 'Parabéns para mim, acabei de lançar meu novo curso! Inscreva-se já: https://curso.example.com' },
  { lang: 'en', text: 'Congrats to me on my promotion to senior manager!' },
  { lang: 'en', text: 'Congrats to our Team for our award this year!' },
  { lang: 'es', text: '¡Felicidades a nuestro Equipo por nuestro premio de este año!' },
  { lang: 'de', text: 'Glückwunsch an unser Team zu unserem Preis in diesem Jahr!' },
  { lang: 'fr', text: 'Bravo à notre Équipe pour notre prix cette année !' },
  { lang: 'pt', text: 'Parabéns à nossa Equipe pelo nosso prêmio deste ano!' },
];
