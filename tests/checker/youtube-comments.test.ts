// YouTube comments as commenters under big music videos write them (spam: channel plugs, "check out my channel",
// sub-for-sub, spaced links, money schemes, small creators introducing themselves; ham: short reactions, opinions,
// "who is watching in 2015", a fan naming another artist without asking anything). OUR OWN WRITING, not copied from
// any dataset: a probe of the kinds, not fair evidence of quality (the real measure is `npm run eval`).
// FIRST_SET was written before the youtube-comment changes: 47 of its 50 spam rows fired and none of its 30 ham rows.
// LATER_SET was written while making those changes (rows the changes were aimed at, and the ham they must not catch).
import { describe, expect, it } from 'vitest';
import { check } from '../../lib/checker';
import type { Lang } from '../../lib/checker/types';

interface Comment {
  lang: Lang;
  text: string;
}
const rows = (lang: Lang, list: readonly string[]): Comment[] => list.map((text) => ({ lang, text }));

const FIRST_SPAM: readonly Comment[] = [
  ...rows('en', [
    "check out this you tube channel: kobyoshi02",
    "check out my channel guys i make beats",
    "hey guys im a small youtuber trying to get to 1000 subs, please check my channel out",
    "sub 4 sub anyone?? ill sub back",
    "sub4sub i always sub back just comment done",
    "go to www . freegiftcards . com for free itunes codes",
    "earn $500 a day from home, i did it and so can you, visit my profile",
    "my new song is out check it out on my channel",
    "check my page for the best covers on youtube",
    "please subscribe to my channel i post every day",
    "Check out my new music video!!! link in my channel",
    "hey everyone i just uploaded my first rap song please listen and tell me what you think",
    "im a small youtuber and i make minecraft videos pls subscribe",
    "Want free money? go to bit.ly/freecash2015 and sign up",
    "i make $80 an hour online, check out my profile to find out how",
    "visit my channel if u like covers :)",
    "CHECK OUT MY CHANNEL FOR FUNNY PRANKS!!!!",
    "can you guys please subscribe to me, i'm trying to reach 500 subscribers",
    "Hi everyone, I'm a singer from Texas, please check out my cover of this song on my channel",
    "free psn codes at giftcodesnow dot com",
    "people please give my channel a chance, its got dance tutorials",
    "If you like this song, you will love my version, go check it out",
    "Make money online from your phone!! just go to cashapp-bonus.net",
    "like this comment if you want me to upload more songs, and sub to my channel",
    "Please share my video guys it means a lot, link on my page",
    "hey i just started a channel about cars, would mean the world if you checked it out",
    "anyone want to sub to me? i'll sub back fast",
    "www.youtube.com/watch?v=abc123xyz  check out my cover",
    "Im giving away free iphones to my subscribers, subscribe and comment on my latest video",
    "Follow me on instagram @beatzbyjoe for more music",
    "i work from home and make 3000 a week, message me to learn how",
    "check out my new mixtape on soundcloud, link in my profile",
    "i promise youll like my videos, just give them one look",
    "please check out my band Red Lanterns, our first single is on our channel",
    "hey guys go watch my latest vlog, its really funny",
    "Join my clan in clash of clans, search for DragonFire and ask to join",
    "Help me reach 10k subscribers by the end of the year!",
    "If anyone is interested in making money, look at my page",
    "please listen to my song, i worked really hard on it",
  ]),
  ...rows('es', [
    "suscribanse a mi canal porfa, subo videos de musica cada semana",
    "hola chicos, miren mi nuevo video, es un cover de esta cancion",
    "gana 300 dolares al dia desde casa, visita mi perfil",
  ]),
  ...rows('de', [
    "abonniert meinen kanal, ich mache coole musik videos",
    "schaut mal auf meinem kanal vorbei, ich mache covers",
  ]),
  ...rows('fr', [
    "abonnez-vous à ma chaîne svp, je fais des covers",
    "allez voir ma nouvelle vidéo sur ma chaîne, merci",
  ]),
  ...rows('pt', [
    "se inscrevam no meu canal pfv, faço covers de musica",
    "galera, vejam meu novo video no meu canal",
    "ganhe 200 reais por dia em casa, veja meu perfil",
  ]),
];
const FIRST_HAM: readonly Comment[] = [
  ...rows('en', [
    "this song never gets old",
    "2015 anyone?",
    "who is watching in 2015",
    "Eminem is the best rapper alive",
    "i love this song so much",
    "the beat drop at 2:14 is insane",
    "Her voice is amazing",
    "This was my childhood song",
    "1 billion views, well deserved",
    "My mom listens to this every morning lol",
    "Rihanna's best song ever, no question",
    "the video is so weird but i love it",
    "this song makes me want to dance",
    "who else came here after hearing it on the radio?",
    "Check out the guitar solo at 3:10, so good",
    "Katy Perry's channel has the live version too, it's even better",
    "i cant stop listening to this",
    "these lyrics hit different now",
    "This song was on repeat all summer 2014",
    "Can't believe this came out 2 years ago",
  ]),
  ...rows('es', [
    "esta canción nunca pasa de moda",
    "quién la sigue escuchando en 2015?",
    "el mejor video de shakira sin duda",
  ]),
  ...rows('de', [
    "das lied ist einfach zeitlos",
    "wer hört das noch 2015?",
    "ihre Stimme ist unglaublich",
  ]),
  ...rows('fr', [
    "cette chanson me donne des frissons",
    "qui écoute encore en 2015 ?",
  ]),
  ...rows('pt', [
    "essa musica é muito boa",
    "quem ta ouvindo em 2015?",
  ]),
];
const LATER_SPAM: readonly Comment[] = [
  ...rows('en', [
    "this is the best channel for trading signals, join my group t . me / signals",
    "look up beatsbyjoe on youtube",
    "i need 100 subscribers by friday",
    "1000 subs and ill do a face reveal",
    "first 50 people to sub get a shoutout",
    "everyone who likes this comment gets a sub from me",
    "i always sub back",
    "new rapper here, trying to get noticed",
    "Trying to get my music out there, any support helps",
    "I'm a small youtuber",
    "Check out our band!",
    "hey people, watch my parody of this!",
    "my version of this song is on my page",
    "i'm a 13 year old rapper from texas",
    // The condition said of the readers who fit it ("anyone who likes X should…"), then the author's thing.
    "Anyone who likes rap should check out my friend's music",
    "people who like dubstep should check out my remixes",
    // A comment that is a link and nothing more sends the video's readers elsewhere.
    "http://www.youtube.com/watch?v=Zx8sLpQ2mN4",
    "https://www.youtube.com/watch?v=Zx8sLpQ2mN4 check this out!!",
    "omg guys http://youtu.be/Zx8sLpQ2mN4",
    "heres my remix of this song",
    "Love this song! Btw i do covers too",
    "i post covers every week if anyone is interested",
  ]),
  ...rows('es', [
    "dale like a este comentario para que vean mi canal",
    "necesito 100 suscriptores para mañana",
    "soy un pequeño youtuber y subo covers",
    "busquen beatsbyjoe en youtube",
    "miren mi parodia de esta canción",
    "soy un rapero de 15 años",
    "les dejo mi cover de esta canción",
    "yo también hago covers en mi canal",
    "A los que les gusta el rap deberían visitar mi canal",
    "miren esto http://youtu.be/Zx8sLpQ2mN4",
  ]),
  ...rows('de', [
    "Liked diesen Kommentar, damit alle meinen Kanal sehen",
    "ich brauche noch 100 Abonnenten",
    "neuer Rapper hier, gebt mir eine Chance",
    "ich bin ein kleiner YouTuber und mache Covers",
    "hört euch meine Version an",
    "ich bin ein 15-jähriger Rapper aus Köln",
    "hier ist mein Cover davon",
  ]),
  ...rows('fr', [
    "Likez ce commentaire pour que tout le monde voie ma chaîne",
    "Ceux qui aiment le rap devraient visiter ma chaîne",
    "1000 abonnés et je montre mon visage",
    "je m'abonne en retour",
    "je suis un petit youtubeur, passez sur ma chaîne",
    "écoutez ma reprise de cette chanson",
    "je suis un rappeur de 15 ans",
    "voici ma reprise de cette chanson",
  ]),
  ...rows('pt', [
    "Curte esse comentário pra todo mundo ver meu canal",
    "olha isso http://youtu.be/Zx8sLpQ2mN4",
    "preciso de 100 inscritos",
    "tentando divulgar minha música",
    "sou uma youtuber iniciante",
    "escutem minha versão",
    "sou um rapper de 15 anos",
    "aqui está meu cover dessa música",
  ]),
];
const LATER_HAM: readonly Comment[] = [
  ...rows('en', [
    "search the live version on youtube, its better",
    "type in sad songs on youtube and this is the first one lol",
    "this song needs 1 billion views",
    "can we get 2 billion views",
    "new fan here, this is my jam",
    "I've been subscribed since 2015 and this is still the best channel on YouTube",
    "this is my favorite channel ever",
    "I'm a new fan of hers, this song got me",
    "check out this guitar solo at 3:10, so good",
    "my brother's band covered this song at his wedding",
    "I need 100 dollars for the concert tickets",
    "the first 10 seconds are the best",
    "In my version of the story the dog wins lol",
    "this song is on my playlist forever",
    "I'm a 40 year old man and I still love this song",
    "here's my favorite part of the song",
    "here's my take: the bridge is better than the chorus",
    "here is my song of the summer lol",
    "i do covers of this at karaoke lol",
    "my brother makes videos too",
    "Anyone who likes this should check out the live version",
    "anyone who loves Eminem should watch his 8 Mile freestyle",
    "people who dislike this should check their ears",
    "everyone who likes my comment is awesome lol",
    "The live version is even better http://youtu.be/Zx8sLpQ2mN4 the crowd sings the whole chorus",
    "https://www.bbc.com/news/2014/10/12/psy-gangnam-style-views",
  ]),
  ...rows('es', [
    "Me encanta este comentario jaja",
    "A quien le guste esta canción le recomiendo el disco entero",
    "soy un gran fan de esta banda",
    "necesito 100 euros para las entradas",
    "busca la versión en vivo en youtube",
    "en mi versión favorita ella canta más lento",
    "tengo 40 años y sigo amando esta canción",
    "aquí está mi canción favorita",
  ]),
  ...rows('de', [
    "Dieser Kommentar hat mich gerettet",
    "Wer diesen Song mag, sollte sich das ganze Album anhören",
    "die Band ist einfach legendär",
    "sucht die Live-Version auf youtube",
    "meine Lieblingsversion ist die Live-Version",
    "ich bin 40 und liebe das Lied immer noch",
    "hier ist mein Lieblingssong",
  ]),
  ...rows('fr', [
    "Ce commentaire est trop drôle",
    "Ceux qui aiment cette chanson devraient écouter tout l'album",
    "je suis une grande fan de ce groupe",
    "cherchez la version live sur youtube",
    "ma version préférée reste celle de 2010",
    "j'ai 40 ans et j'adore toujours cette chanson",
    "voici ma chanson préférée",
  ]),
  ...rows('pt', [
    "curti muito o comentário de cima kkk",
    "Esse comentário é muito engraçado kkkk",
    "Quem gosta dessa música tem bom gosto, é minha favorita",
    "sou fã dessa banda desde 2010",
    "essa música merece 1 bilhão de curtidas",
    "minha versão favorita é a acústica",
    "tenho 40 anos e ainda amo essa música",
    "aqui está minha música favorita",
  ]),
];

/**
 * Spam the checker still misses: a video named after a colon by an ordinary word ("kobyfun") and followed by more
 * words reads like "check out this video: amazing". Kept so that a fix shows here.
 */
const KNOWN_MISSES: readonly Comment[] = [{ lang: 'en', text: "check out this video: kobyfun remix of this song" }];

const promoting = (c: Comment) =>
  check(c.text, { lang: c.lang, platform: 'youtube', reply: false }).findings.filter((f) => f.family === 'self-promotion');
const table = (list: readonly Comment[]) => list.map((c) => [c.lang, c.text, c] as const);

describe('the youtube comment table', () => {
  it('holds spam and ham in five languages, no row twice', () => {
    const all = [...FIRST_SPAM, ...FIRST_HAM, ...LATER_SPAM, ...LATER_HAM, ...KNOWN_MISSES];
    expect(FIRST_SPAM.length + KNOWN_MISSES.length).toBe(50);
    expect(FIRST_HAM.length).toBe(30);
    for (const lang of ['en', 'es', 'de', 'fr', 'pt'] as const) {
      expect(all.filter((c) => c.lang === lang && [...FIRST_SPAM, ...LATER_SPAM].includes(c)).length, lang).toBeGreaterThan(0);
      expect(all.filter((c) => c.lang === lang && [...FIRST_HAM, ...LATER_HAM].includes(c)).length, lang).toBeGreaterThan(0);
    }
    expect(new Set(all.map((c) => c.text)).size).toBe(all.length);
  });
});

describe('youtube comment spam is told', () => {
  it.each(table([...FIRST_SPAM, ...LATER_SPAM]))('%s: %s', (_lang, _text, c) => {
    expect(promoting(c).length).toBeGreaterThan(0);
  });
});

describe('youtube comments that react, praise or joke stay quiet', () => {
  it.each(table([...FIRST_HAM, ...LATER_HAM]))('%s: %s', (_lang, text, c) => {
    expect(promoting(c).map((f) => `${f.rule}: ${text.slice(f.start, f.end)}`)).toEqual([]);
  });
});

describe('known misses', () => {
  it.each(table(KNOWN_MISSES))('%s: %s (still missed; move it to a spam table when told)', (_lang, _text, c) => {
    expect(promoting(c)).toEqual([]);
  });
});

// Three kinds of spam comment found by probing, each in the languages it is written in: a like asked outright ("Deixa o
// like aí", "deja tu like", "Lasst ein Like da", "Lâchez un like"), a subscriber count short of a round number ("3 subs
// away from 100"), and a money testimonial with a contact ("I made $5,000 last week trading with Mrs. Anna, contact
// her on WhatsApp"), whose own numbers read as an answer. A channel's growth told as news stays quiet.
describe('like asks, sub gaps and money testimonials', () => {
  it.each<[string, Lang]>([
    ['Quem tá ouvindo em 2026? Deixa o like aí', 'pt'],
    ['Si te gustó, deja tu like', 'es'],
    ['Lasst ein Like da, wenn ihr das auch kennt', 'de'],
    ['Lâchez un like si vous êtes là en 2026', 'fr'],
  ])('%s is engagement bait and takes', (text, lang) => {
    const report = check(text, { lang, platform: 'youtube', reply: true });
    expect(report.findings.map((f) => f.rule)).toContain('engagement-bait');
    expect(report.kind).toBe('take');
  });

  it.each<[string, Lang]>([
    ['My channel is dying, 3 subs away from 100 😭', 'en'],
    ['Me faltan 3 suscriptores para los 100 😭', 'es'],
    ['Nur noch 3 Abonnenten bis 100!', 'de'],
    ['Plus que 3 abonnés avant les 100 !', 'fr'],
    ['Faltam 3 inscritos pra 100!', 'pt'],
    ['I made $5,000 last week trading with Mrs. Anna, contact her on WhatsApp +1 555 0199', 'en'],
  ])('%s takes', (text, lang) => {
    const report = check(text, { lang, platform: 'youtube', reply: true });
    expect(report.families).toContain('self-promotion');
    expect(report.kind).toBe('take');
  });

  it.each<[string, Lang]>([
    ['The channel went from 300 followers to 12,000 in a year after they switched to shorts.', 'en'],
    ['This song got me through my divorce. 2:14 still gives me chills.', 'en'],
    ['I made $5,000 last year selling prints at markets, mostly A4 at $25. The trick was a card reader.', 'en'],
  ])('%s stays quiet', (text, lang) => {
    const report = check(text, { lang, platform: 'youtube', reply: true });
    expect(report.families).not.toContain('self-promotion');
  });
});
