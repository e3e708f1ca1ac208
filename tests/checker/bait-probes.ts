// A probe set for the teaser hints (learned-bait, clickbait-teaser): personal status updates, fan comments,
// opinions and greetings that hide nothing, and teasers that withhold what they point to, in the five languages.
// OUR OWN WRITING, made to probe one question (does a hint call a personal post a teaser?): it is no fair evidence
// of quality. Written before the gate that keeps personal posts quiet; three teaser kinds (secretKept, guessWho,
// oneThing in teaser-kinds.ts) were added after eight teaser rows here went unflagged, so the teaser rows firing is
// no evidence of recall either. The real measures are `npm run eval`'s training corpora.
import type { Lang } from '../../lib/checker/types';

export interface Probe {
  text: string;
  lang: Lang;
}

const rows = (lang: Lang, texts: readonly string[]): Probe[] => texts.map((text) => ({ text, lang }));

/**
 * Opinions and moods said impersonally, with no I, my or we, no "!" or emoji and no mark of someone exclaiming: by
 * their words alone they read as headlines do, and learned-bait lets the model judge an impersonal line (headlines
 * posted as tweets are such lines, with no teaser phrase and often no link). The model calls this one a teaser: a
 * known false alarm, the price of not telling headlines by their capitals. No phrase rule may add to it.
 */
export const IMPERSONAL: readonly Probe[] = [...rows('es', ['Bad Bunny no decepciona nunca, este disco es una joya'])];

/**
 * A fan or a friend exclaiming, with no "!" (exclaims in teasers.ts, lexicon `exclaiming`): an interjection, laughter,
 * "what a …", "so good", "linda demais", a drawn-out word, a verdict said alone. Kind neutral, nothing withheld. The
 * first four (and "What a game", "that finale", "Best pizza", "hands down haha", "the cutest thing ever", "uf qué
 * calor") drew "teases" before the exclaiming gate; the rest were quiet already and hold the marks in every language.
 */
export const EXCLAIMING: readonly Probe[] = [
  ...rows('en', [
    'omg this is the best thing ever',
    "Can't believe it's already December, where did this year go",
    'Rainy Monday, coffee and a good book. Perfect',
    // An opinion labelled as one is said, not kept back.
    'Hot take: most meetings should be a shared doc with comments.',
    'Unpopular opinion: pineapple belongs on pizza.',
    'What a game, what a finish',
    'that finale was insane lol',
    'Best pizza in town tbh',
    'The best movie of the year, hands down haha',
    'Sooo ready for the weekend',
    'The new Arctic Monkeys album is so good',
    'this is the cutest thing ever',
  ]),
  ...rows('es', [
    'Qué golazo de Messi, qué partido',
    'uf qué calor hace hoy en Sevilla',
    'jajaja este perro es lo más',
    'Vaya partido el de anoche, qué locura',
    'La nueva canción de Rosalía es tan bonita',
    'Madre mía, el atardecer de hoy en la playa',
  ]),
  ...rows('de', [
    'Was für ein Spiel, was für ein Abend',
    'boah dieser Sonnenuntergang heute am See',
    'Das neue Album von Cro ist einfach so gut.',
    'Der Hund auf dem Sofa schon wieder hahaha',
    'Kaum zu glauben, dass schon wieder Dezember ist',
  ]),
  ...rows('fr', [
    'Quel match, quelle soirée',
    'mdr le chat qui tombe du canapé',
    'Vivement le week-end, cette semaine était longue',
    'Oh là là ce coucher de soleil sur la plage',
    "Le nouvel album d'Angèle est tellement beau",
  ]),
  ...rows('pt', [
    'Que golaço do Vini, que jogo',
    'Essa música é linda demais, não sai da cabeça',
    'Esse gato dormindo no teclado kkkkk',
    'Nem acredito que já é dezembro de novo',
    'Meu deus, esse pôr do sol hoje na praia',
  ]),
];

/** Personal and fan posts: kind neutral, nothing withheld. A teaser hint on any of them is a nag. */
export const PERSONAL: readonly Probe[] = [
  ...rows('en', [
    'Had the best weekend with my family at the lake',
    'Katy Perry is so talented, I love this song so much',
    "Finally finished my first half marathon today, legs are dead but I'm so happy",
    'We went to the beach with the kids and they had the time of their lives',
    'Good morning everyone, have a lovely Sunday!',
    'This song never gets old. Been on repeat all week',
    'Taylor Swift live was absolutely unreal, best night of my life',
    'My dog learned to open the fridge and now nothing is safe',
    'Honestly the new Dune movie is a masterpiece',
    'So proud of my little sister, she graduated today!',
    'Spent the whole afternoon baking with grandma, the kitchen smells amazing',
    'That goal in the 90th minute!!! What a game',
    'I love this band so much, their voices are incredible',
    'Happy birthday to the best mom in the world ❤️',
    "Anyone else still thinking about that finale? I can't stop",
  ]),
  ...rows('es', [
    'Pasé el mejor fin de semana con mi familia en la playa',
    'Hoy cociné paella para mis abuelos y no sobró nada',
    '¡Qué partidazo! Todavía no me lo creo',
    'Qué canción tan bonita, la escucho todos los días',
    'Shakira es increíble, la amo con todo mi corazón',
    'Hoy fuimos al parque con los niños y se lo pasaron genial',
    'Buenos días a todos, que tengan un lindo domingo',
    'No puedo creer que ya sea diciembre',
    'El concierto de anoche fue lo mejor de mi vida',
    'Mi perro aprendió a abrir la puerta y ahora no hay quien lo pare',
    'Estoy tan orgullosa de mi hermana, hoy se graduó',
    'Esta canción me pone la piel de gallina cada vez',
    'Tarde de lluvia, café y una buena película. Perfecto',
    'Feliz cumpleaños a la mejor mamá del mundo',
    'Por fin terminé mi primera maratón, estoy muerta pero feliz',
    'Cenamos en casa de los abuelos y comimos como reyes',
  ]),
  ...rows('de', [
    'Hatten das beste Wochenende mit der Familie am See',
    'Was für ein Spiel! Ich bin immer noch sprachlos',
    'Helene Fischer ist einfach so talentiert, ich liebe dieses Lied',
    'Heute waren wir mit den Kindern im Zoo, sie waren total begeistert',
    'Guten Morgen zusammen, habt einen schönen Sonntag',
    'Kaum zu glauben, dass schon Dezember ist',
    'Das Konzert gestern war der beste Abend meines Lebens',
    'Mein Hund hat gelernt, die Tür aufzumachen, jetzt ist nichts mehr sicher',
    'So stolz auf meine kleine Schwester, sie hat heute ihren Abschluss gemacht',
    'Regnerischer Montag, Kaffee und ein gutes Buch. Perfekt',
    'Dieses Lied geht mir einfach nicht mehr aus dem Kopf',
    'Alles Gute zum Geburtstag an die beste Mama der Welt',
    'Endlich meinen ersten Halbmarathon geschafft, die Beine sind tot aber ich bin glücklich',
    'Haben den ganzen Nachmittag mit Oma Plätzchen gebacken',
    'Der neue Tatort war richtig gut, endlich mal wieder spannend',
    'Ich liebe diese Band so sehr, ihre Stimmen sind unglaublich',
  ]),
  ...rows('fr', [
    'Passé le meilleur week-end en famille au bord du lac',
    "Cette chanson est tellement belle, je l'écoute en boucle",
    "Angèle est trop talentueuse, j'adore cette chanson",
    "Aujourd'hui on est allés à la plage avec les enfants, ils étaient ravis",
    'Bonjour tout le monde, bon dimanche à vous',
    "Je n'arrive pas à croire qu'on est déjà en décembre",
    "Le concert d'hier soir était le meilleur moment de ma vie",
    "Mon chat a appris à ouvrir les placards, plus rien n'est à l'abri",
    'Quel match ! Je suis encore sous le choc',
    "Tellement fière de ma petite sœur, elle a eu son diplôme aujourd'hui",
    'Lundi pluvieux, café et un bon livre. Parfait',
    'Joyeux anniversaire à la meilleure maman du monde',
    'Enfin terminé mon premier semi-marathon, je suis morte mais heureuse',
    "On a passé l'après-midi à faire des crêpes avec mamie",
    'Stromae est un génie, cet album est une merveille',
    "J'adore ce groupe, leurs voix sont incroyables",
  ]),
  ...rows('pt', [
    'Passei o melhor fim de semana com a minha família na praia',
    'Essa música é linda demais, escuto todo dia',
    'Anitta é muito talentosa, amo essa música demais',
    'Hoje fomos ao parque com as crianças e eles amaram',
    'Bom dia pessoal, tenham um ótimo domingo',
    'Nem acredito que já é dezembro',
    'O show de ontem foi a melhor noite da minha vida',
    'Meu cachorro aprendeu a abrir a geladeira e agora nada está seguro',
    'Que jogo! Ainda estou sem palavras',
    'Muito orgulhosa da minha irmã, ela se formou hoje',
    'Segunda chuvosa, café e um bom livro. Perfeito',
    'Feliz aniversário para a melhor mãe do mundo',
    'Finalmente terminei minha primeira meia maratona, morta mas feliz',
    'Passamos a tarde fazendo bolo com a vovó',
    'Esse álbum da Marisa Monte é uma obra prima',
    'Amo essa banda demais, as vozes deles são incríveis',
  ]),
];

/** Teasers: each withholds what it points to (a cataphoric word, an unnamed count, a cut-off story, a guess asked). */
export const TEASERS: readonly Probe[] = [
  ...rows('en', [
    'You won’t believe what this dog did at the beach',
    '17 things only 90s kids will remember',
    'This is why you should never charge your phone overnight',
    "Here's what happened when I stopped drinking coffee for a month https://t.co/abc123",
    'What she found in her attic will shock you',
    "The one trick landlords don't want you to know",
    'Doctors hate him: this simple habit changes everything',
    'Can you guess which celebrity this is?',
  ]),
  ...rows('es', [
    'No vas a creer lo que hizo este perro en la playa',
    '10 cosas que no sabías sobre el café',
    'Esta es la razón por la que nunca debes cargar el móvil de noche',
    'Así reaccionó la novia al ver el regalo',
    'Lo que encontró en su ático te dejará sin palabras',
    'El truco que los bancos no quieren que conozcas',
    '¿Adivinas quién es este famoso?',
    'Mira lo que pasó después https://t.co/xyz789',
  ]),
  ...rows('de', [
    'Du wirst nicht glauben, was dieser Hund am Strand gemacht hat',
    '10 Dinge, die du nicht über Kaffee wusstest',
    'Deshalb solltest du dein Handy nie über Nacht laden',
    'So reagierte die Braut auf das Geschenk',
    'Was sie auf ihrem Dachboden fand, wird dich schockieren',
    'Dieser Trick verändert alles',
    'Was dann passierte, ist unglaublich',
    'Rate mal, wer dieser Promi ist?',
  ]),
  ...rows('fr', [
    'Vous ne croirez jamais ce que ce chien a fait à la plage',
    '10 choses que vous ne saviez pas sur le café',
    'Voici pourquoi il ne faut jamais charger son téléphone la nuit',
    "Ce qu'elle a trouvé dans son grenier va vous choquer",
    'Voilà comment la mariée a réagi en voyant le cadeau',
    "L'astuce que les banques ne veulent pas que vous connaissiez",
    'La suite va vous surprendre',
    'Devinez qui est cette célébrité ?',
  ]),
  ...rows('pt', [
    'Você não vai acreditar no que esse cachorro fez na praia',
    '10 coisas que você não sabia sobre o café',
    'É por isso que você nunca deve carregar o celular à noite',
    'O que ela encontrou no sótão vai te deixar chocado',
    'Veja como a noiva reagiu ao ver o presente',
    'O truque que os bancos não querem que você saiba',
    'O que aconteceu depois é inacreditável',
    'Adivinha quem é essa famosa?',
  ]),
];

/**
 * Teasers that happen to exclaim ("Wow, …", "omg", "jajaja", "so simple"): the teaser phrase still withholds, so they
 * still fire. A gasp before a teaser leaves it at its sentence's start ("Uf, esta es la razón…").
 */
export const EXCLAIMING_TEASERS: readonly Probe[] = [
  ...rows('en', [
    'Wow, this is what happened when a diver swam too close to a whale',
    'You won’t believe how cute this is',
    "Wow. Here's why everyone is talking about this lake",
    "This trick is so simple you won't believe it works",
    'omg you need to see what this dog did at the beach',
    'So this is what happens when you leave a dog alone with a cake',
  ]),
  ...rows('es', [
    'Wow, esto es lo que pasó cuando un buzo se acercó a una ballena',
    'jajaja no vas a creer lo que hizo este perro',
    'Uf, esta es la razón por la que nunca debes cargar el móvil de noche',
  ]),
  ...rows('de', ['Wow, das passiert, wenn du dein Handy über Nacht lädst', 'Krass, so reagierte die Braut auf das Geschenk']),
  ...rows('fr', ["Waouh, voici ce qui arrive quand un plongeur s'approche d'une baleine", 'Trop mignon : vous ne croirez jamais ce que ce chien a fait']),
  ...rows('pt', ['Uau, veja o que aconteceu quando um mergulhador chegou perto de uma baleia', 'Eita, você não vai acreditar no que esse cachorro fez']),
];

/**
 * Headlines whose words exclaim or ask, left to the model's reading: in Title Case "OMG" and "So" are the headline's
 * own words, and "Qué es…" asks rather than exclaims.
 */
export const HEADLINES: readonly Probe[] = [
  ...rows('en', ['OMG These Cats Are So Done With Winter', 'This is the cutest thing you will see today', '12 trees looking sexy af', '19 silly assumptions about singles in their thirties']),
  ...rows('es', ['Qué es el ébola y cómo se contagia']),
];
