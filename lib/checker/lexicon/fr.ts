// French: asks as people write them ("abonnez-vous", "svp", "ça me ferait plaisir si").
import type { AskLexicon, TeaserLexicon } from './types';

export const fr: AskLexicon = {
  shorthand: [
    { forms: ['svp', 'svpl', 'stp', 'plz', 'pls', 'stpl'], means: "s'il vous plaît", note: 'the usual short forms of "please"', example: 'abonnez-vous svp' },
    { forms: ['abonnez', 'abonez', 'abbonez', 'abonnez-vs', 'abonnezvous', 'abonez-vous', 'abonner-vous'], means: 'abonnez-vous', note: 'misspelt or cut', example: 'abonez-vous à ma chaine' },
    { forms: ['abonne-toi', 'abonnes-toi', 'abone-toi', 'abonnetoi'], means: 'abonne-toi', note: 'misspellings', example: 'abonnes-toi' },
    { forms: ['chaine', 'chainne', 'chaîne'], means: 'chaîne', note: 'with and without the circumflex', example: 'ma chaine youtube' },
    { forms: ['vids'], means: 'vidéos', note: 'shorthand', example: 'regardez mes vids' },
    { forms: ['abos', 'subs'], means: 'abonnés', note: 'an audience count', example: 'aidez-moi à atteindre 100 abos' },
    { forms: ['pk', 'pcq'], means: 'parce que', note: 'texting shorthand', example: 'pk ça aide' },
  ],
  please: ["s'il vous plaît", "s'il vous plait", "s'il te plaît", "s'il te plait"],
  lead: ['et', 'aussi', 'alors', 'allez', 'venez', 'viens', 'juste', 'donc', 'les', 'amis', 'ou'],
  frames: [
    { pattern: '(?:pouvez-vous|pourriez-vous|peux-tu|pourrais-tu|tu peux|vous pouvez|tu pourrais|vous pourriez)', note: 'a question that is a request', example: 'pouvez-vous partager ?' },
    { pattern: "si (?:quelqu'un veut|vous voulez|tu veux|vous souhaitez|(?:ça|ca) vous dit(?: de)?|(?:ça|ca) te dit(?: de)?)", note: 'the favour offered to whoever wants it (only counts with an action toward a thing of the author\'s)', example: "si quelqu'un veut passer sur ma chaîne ça me ferait plaisir" },
    { pattern: "n'oubli(?:e|ez) pas (?:de|d')?", note: 'the classic closing ask', example: "n'oubliez pas de vous abonner" },
    { pattern: "n'h[ée]sit(?:e|ez) pas [àa]", note: 'the soft ask', example: "n'hésitez pas à partager" },
    { pattern: "(?:ça|ca|cela) (?:me|nous) (?:ferait|fera) (?:tr[eè]s |vraiment |grand |trop |tellement )?plaisir(?: si| que)?", note: 'asking for a favour', example: 'ça me ferait plaisir si vous regardiez ma vidéo' },
    { pattern: "(?:ça|ca|cela) (?:m'|nous )aiderait (?:beaucoup |enormement |vraiment |trop |grandement )?(?:si)?", note: 'asking for a favour, for the author or the team', example: "ça nous aiderait énormément si vous passiez voter" },
    { pattern: "(?:ça|ca|cela) (?:me|nous) toucherait (?:[ée]norm[ée]ment |beaucoup |vraiment )?(?:si)?", note: 'asking for a favour, as how it would move the author', example: "ça me toucherait énormément si vous achetiez mon ebook" },
    { pattern: "si (?:la vidéo|la video|ça|ca|cela) vous a plu", note: 'the conditional ask at the end of a video', example: 'si la vidéo vous a plu, abonnez-vous' },
  ],
  welcome: [
    { pattern: '(?:sont |est |serait |seront )?(?:les |très |toujours )?(?:bienvenu(?:e|s|es)?|appr[ée]ci[ée](?:e|s|es)?)', note: 'the passive ask', example: 'partages bienvenus' },
  ],
  helpMe: [
    { pattern: "(?:vous|tu) (?:m'|nous )aid(?:ez|es|eriez|erais) [àa] (?:atteindre|avoir|arriver|d[ée]passer)", bareCount: '', note: 'the same request asked as a question ("Vous m\'aidez à atteindre les 1000 ?")', example: "Vous m'aidez à atteindre 1000 abonnés ?" },
    { pattern: "aid(?:ez|e)-(?:moi|nous) [àa] (?:atteindre|avoir|arriver|d[ée]passer)", bareCount: '', note: 'asking for audience numbers (a count alone at the end of the clause is one: "aidez-moi à atteindre les 10k !")', example: 'aidez-moi à atteindre 1000 abonnés' },
  ],
  actions: [
    { forms: ['cherchez', 'cherche', 'tapez', 'tape', 'recherchez'], finds: true, note: 'un nom à chercher sur un site : une chaîne indiquée là où les liens sont interdits', example: 'Cherchez DJ Kato sur YouTube, un nouveau mix chaque semaine' },
    { forms: ['abonnez-vous', 'abonne-toi', "s'abonner", 'abonner', 'abonnez', 'abonne', "t'abonnes", 'abonniez', "t'abonner"], self: true, link: true, asking: ['abonnez-vous', 'abonne-toi'], note: 'subscribing helps the channel asking', example: 'Abonnez-vous à ma chaîne' },
    { forms: ['suivez-moi', 'suivez-nous', 'suis-moi', 'suivez', 'suivre', 'follow'], self: true, obeys: true, link: true, asking: ['suivez-moi', 'suivez-nous', 'suis-moi'], note: 'a follow helps the account asking', example: 'suivez-moi pour plus' },
    { forms: ['partagez', 'partage', 'partager', 'partagez-la', 'partagez-le', 'rt', 'retweetez'], self: true, link: true, note: 'sharing spreads whoever asks', example: 'partagez svp' },
    { forms: ['soutenez', 'soutenez-moi', 'soutenez-nous', 'soutiens', 'soutiens-moi', 'soutenir'], link: true, asking: ['soutenez-moi', 'soutenez-nous', 'soutiens-moi'], note: 'support for the author', example: 'soutenez-moi' },
    { forms: ['votez', 'vote', 'voter', 'donnez', 'faites un don'], self: true, link: true, note: 'votes and money for the one asking', example: 'votez pour moi' },
    { forms: ['visitez', 'visite', 'visiter', 'regardez', 'regarde', 'regarder', 'voir', 'découvrez', 'decouvrez', 'écoutez', 'ecoutez', 'écoute', 'écouter', 'passez', 'passer'], link: true, note: 'views and traffic for the author', example: 'allez voir ma chaîne' },
    { forms: ['réservez', 'reservez', 'réserve', 'planifiez', 'planifie', 'bookez'], sells: true, note: 'a booking of the author’s time, only with the author named as company ("réservez un appel avec moi")', example: 'Réservez un appel découverte gratuit avec moi' },
    { forms: ['likez', 'like', 'liker', 'aimez'], note: 'a like for the author', example: 'likez ma vidéo' },
    { forms: ['achetez', 'achetiez', 'commandez', 'commandiez', 'téléchargez', 'telechargez', 'rejoignez', 'rejoignez-nous', 'rejoins', 'cliquez', 'clique', 'inscrivez-vous'], link: true, sells: true, note: 'sales, installs, members and clicks for the author', example: 'rejoignez mon serveur' },
    { forms: ['utilise', 'utilisez', 'essaie', 'essaye', 'essayez', 'teste', 'testez'], favour: true, note: '« utilise mon extension » : des installations et des ventes pour l\'auteur, seulement avec une chose à lui (« utilise l\'escalier », « essaie cette astuce » ne demandent rien)', example: 'Franchement, utilise mon appli, elle fait tout ça pour toi' },
    { forms: ['ecoutez-la', 'ecoutez-le', 'ecoute-la', 'ecoute-le', 'regardez-la', 'regardez-le', 'regarde-la', 'regarde-le', 'allez-y'], withIt: true, favour: true, link: true, note: 'forms that carry "it": plays for the author when "it" is a thing the author just brought in', example: "j'ai fait une reprise de cette chanson, écoutez-la" },
  ],
  actionNouns: ['boosts', 'partages', 'rt', 'retweets', 'likes', 'votes', 'dons', 'abonnements'],
  me: ['moi', 'nous', 'me', "m'"],
  my: ['mon', 'ma', 'mes', 'notre', 'nos'],
  we: ['nous', 'notre', 'nos', 'nôtre', 'nôtres'],
  your: ['ton', 'ta', 'tes', 'votre', 'vos'],
  owned: [
    'programme', 'coaching', 'accompagnement',
    'chaîne', 'vidéo', 'vidéos', 'video', 'videos', 'page', 'profil', 'compte', 'boutique', 'site', 'blog', 'livre', 'formation', 'cours', 'podcast',
    'musique', 'chanson', 'titre', 'post', 'publication', 'projet', 'lien', 'art', 'travail', 'contenu', 'cagnotte', 'live', 'stream', 'album', 'app',
    'jeu', 'youtube', 'tiktok', 'instagram', 'insta', 'serveur', 'discord', 'groupe', 'pétition', 'petition', 'reel', 'reels',
    // Le pseudo et la photo du commentateur mènent à sa chaîne (« cliquez sur mon pseudo »).
    'pseudo', 'nom',
    // Les autres sites et les œuvres où un commentateur envoie ('suivez mon twitter', 'écoutez mes chansons', 'écoutez mon nouveau son').
    'twitter', 'facebook', 'tumblr', 'chansons', 'sons', 'son', 'covers',
    // Le commentaire lui-même ('likez ce commentaire pour que tout le monde voie ma chaîne'), comme l'anglais 'like this comment'.
    'commentaire',
    'soundcloud', 'spotify', 'bandcamp', 'morceau', 'morceaux',
    // Ce que l'auteur anime ('rejoignez mon clan'; un groupe de musique est déjà 'groupe').
    'clan',
    // Ses propres versions de la chanson de la vidéo ('regardez ma parodie', 'écoutez ma reprise').
    'parodie', 'version', 'reprise', 'reprises', 'freestyle',
    // A crowdfunding campaign of the author's ("soutenez notre campagne Ulule").
    'campagne', 'kickstarter', 'ulule', 'kisskissbankbank', 'financement',
    'reprise', 'reprises', 'cover', 'covers', 'remix', 'playlist', 'vlog',
    // Ce que l'auteur fabrique ou écrit et propose (« utilise mon extension », « lis ma newsletter »), comme en anglais.
    'extension', 'plugin', 'outil', 'produit', 'produits', 'newsletter', 'ebook', 'appli', 'application',
  ],
  audience: ['abonnés', 'abonnes', 'followers', 'vues', 'likes', 'votes', 'partages', 'membres', 'signatures'],
  streak: ['jour'],
  pointing: ['ça', 'ca', 'ce', 'cette', 'cela', 'le', 'la'],
  articles: ['le', 'la'],
  negation: ['ne', "n'", 'pas', 'jamais'],
  particles: ['à', 'a', 'sur', 'pour', 'au', 'en'],
  subjects: ['je', 'nous', 'on'],
  resale: { words: ['vendre', 'vendions', 'vendait'], note: 'une remise après vendre dit comme étape est un conseil', example: 'vendre le pain de la veille à moitié prix' },
  scam: { imitates: { words: ['copie', 'copient', 'copiant', 'imite', 'imitent', 'imitant', 'se fait passer pour', 'se faisant passer pour', 'se font passer pour', 'usurpe', 'usurpent', 'usurpant'], note: 'ce qui est à l\'auteur nommé comme ce qu\'une arnaque copie est imité, pas promu', example: 'Un faux site qui copie notre boutique vend tout à -70 %' }, only: { words: ['uniquement', 'seulement'], note: 'le seul endroit où l\'on trouve le vrai distingue la vraie boutique de la fausse', example: "Ce n'est pas nous. Nous vendons uniquement sur lafeuille.fr" } },
  closers: ["s'il", 'vous', 'plaît', 'plait', 'maintenant', 'svp', 'stp', 'et', 'aussi', 'merci', 'ici', 'les', 'amis'],
  theirs: ['son', 'sa', 'ses', 'leur', 'leurs', 'elle', 'il'],
  ownerOf: ['de', "d'", 'du'],
  speech: {
    say: ['dit', 'disent', 'disait', 'pense', 'pensent', 'trouve', 'trouvent', 'veut', 'veulent', 'conseille', 'repete', 'insiste', 'suggere', 'raconte'],
    speakers: [
      'niece', 'nièce', 'neveu', 'petite-fille', 'petit-fils',
      'frere', 'soeur', 'sœur', 'mere', 'pere', 'maman', 'papa', 'parents', 'femme', 'mari', 'copine', 'copain', 'ami', 'amie', 'amis', 'fils', 'fille',
      'grand-mere', 'grand-pere', 'tante', 'oncle', 'cousin', 'cousine', 'patron', 'patronne', 'chef', 'collegue', 'collegues', 'prof', 'professeur',
      'psy', 'medecin', 'voisin', 'voisine', 'monde', 'gens', 'famille', 'il', 'elle', 'ils', 'elles',
      'commentaires', 'spammeurs', 'quelqu\'un',
    ],
    self: ['je', "j'", 'nous', 'dis'],
    opens: ['que', "qu'", 'de', "d'", 'je', "j'", 'mon', 'ma', 'mes'],
    describes: ['disant', 'demandant', 'suppliant', 'ecrivant', 'reclamant'],
    cut: ['mais', 'alors', 'donc', 'bref'],
    sharedPlaces: ['rue', 'quartier', 'ville', 'village', 'route', 'immeuble', 'coin', 'ecole', 'riviere', 'pont', 'plage', 'commune'],
    hazards: ['inondation', 'inondations', 'inonde', 'inondee', 'crue', 'incendie', 'feu', 'fumee', 'tempete', 'orage', 'tornade', 'ouragan', 'seisme', 'glissement', 'coupure', 'fuite', 'evacuation'],
    note: 'ma sœur dit que, tout le monde me dit de : ce qui suit sont les mots d’un autre',
    example: 'Ma sœur dit que je devrais ouvrir une boutique en ligne',
  },
  loneUrgency: [
    { pattern: 'derni[èe]re chance', note: 'also narrative (sports, news)', example: 'la dernière chance du PSG' },
    { pattern: '(?:se termine|fin) ', note: 'seasons and events end too', example: 'la saison se termine demain' },
  ],
  thanks: ['merci'],
  meeting: ['retrouve', 'retrouvons', 'retrouver', 'café', 'cafe', 'déjeuner', 'dejeuner', 'dîner', 'diner', 'verre', 'bière', 'rencontrer', 'rencontre', 'discuter', 'papoter'],
  notImperative: '(?:ant|é|ée|és|ées)$',
  forOthers: ['victimes', 'sinistrés', 'sinistres', 'secours', 'évacués', 'disparu', 'disparue', 'urgence', 'catastrophe', 'solidarité', 'refuge', 'blessés', 'dons', 'bénévoles', 'bénévole', 'bénévolat'],
  drives: ['collecte', 'cagnotte', 'campagne', 'tombola', 'gofundme'],
  // Lost animals (types.ts): "Lost cat near Elm Park, please share".
  lostWords: ['perdu', 'perdue', 'égaré', 'égarée', 'disparu', 'disparue', 'échappé', 'échappée'],
  animals: ['chien', 'chienne', 'chat', 'chatte', 'chaton', 'chiot', 'toutou', 'minou', 'chienchien', 'animal', 'perroquet', 'perruche', 'lapin', 'tortue', 'cheval', 'poney', 'furet'],
  // Found belongings (types.ts): "Keys found near the playground, message me to describe them".
  foundWords: ['trouvé', 'trouvée', 'trouvés', 'trouvées', 'retrouvé', 'retrouvée'],
  belongings: ['clés', 'clefs', 'clé', 'portefeuille', 'porte-monnaie', 'téléphone', 'portable', 'sac', 'lunettes', 'bague', 'collier', 'bracelet', 'montre', 'écharpe', 'veste', 'manteau', 'parapluie', 'passeport', 'doudou', 'vélo', 'casque', 'ordinateur'],
  // Ceux qui se portent garants dans une pub (types.ts) : « Les médecins disent que ce complément brûle les graisses ».
  endorsers: ['experts', 'expert', 'médecins', 'medecins', 'médecin', 'dentistes', 'dermatologues', 'nutritionnistes', 'scientifiques', 'chercheurs', 'études', 'utilisateurs', 'clients', 'acheteurs', 'avis', 'influenceurs', 'influenceuses', 'gens', 'fans', 'tous', 'mamans', 'pros', 'traders', 'analystes', 'critiques'],
  // Event words a tag is, or ends with after a place or a name (#yycflood, #qldfloods, #HighParkFire, #earthquake):
  // the tag files the post under the event, not under reach (hashtag-stuffing does not count it).
  eventTags: ['inondation', 'inondations', 'crue', 'crues', 'incendie', 'incendies', 'feux', 'seisme', 'seismes', 'tempete', 'ouragan', 'typhon', 'cyclone', 'tornade', 'tsunami', 'explosion', 'fusillade', 'attentat', 'accident', 'effondrement', 'eruption'],
  toolInUse: {
    before: ['avec', 'sur', 'vers', 'à'],
    articles: ['le', "l'", 'l’'],
    note: 'a version right after a tool the author moves to or works with is that tool’s release in use, not an offer',
    example: "J'ai testé le rendu avec Blender v4, deux fois plus rapide",
  },
  talksWith: [
    { pattern: '(?:nous parlons|nous discutons|on parle|on discute|je parle|je discute|nous recevons|on recoit|je recois)(?: avec)? ((?:[^!?\\n]{1,60}?)) (?:de la|de l\'|du|des|de|d\'|sur)', note: 'the author talks with a guest about a topic', example: 'Nouvel épisode : nous parlons avec la Dre Lena Ortiz du sommeil et du travail posté.' },
    { pattern: '(?:un|une) ((?:[^!?.,:\\n]{1,40}?)) (?:explique|nous explique|raconte|nous raconte|nous parle de|nous parle des|nous parle du)', note: 'a guest described by their work explains the topic', example: 'Nouvel épisode ! Une sage-femme nous parle des 48 premières heures après l’accouchement.' },
  ],
  introduces: [
    { pattern: "(?:j'ai|jai|on a|nous avons|je viens de|on vient de)(?: (?:fait|faire|cree|creer|sorti|sortir|poste|poster|publie|publier|enregistre|enregistrer|lance|lancer|mis en ligne|mettre en ligne))?(?: (?:un|une|ma|mon|mes|notre|nos))?(?: (?:nouveau|nouvelle|nouvel|premier|premiere|propre|petit|petite))*", note: 'the author says they made or have a thing of their own', example: "j'ai fait une reprise de cette chanson, écoutez-la" },
    { pattern: '(?<!(?:^|\\s)(?:dans|sur|en|de|a|sous) )(?:mon|ma|mes|notre|nos)(?: (?:nouveau|nouvelle|nouvel|premier|premiere|propre|petit|petite|dernier|derniere))*', note: 'the author names a thing of their own (not a place it sits)', example: 'voici ma nouvelle chanson, écoutez-la' },
  ],
  purpose: { words: ['pour'], note: 'a purpose after a follow or a subscription that names the author is the author\'s ask', example: 'abonnez-vous pour voir mes vidéos' },
  forAuthor: { words: ['pour'], note: 'un vote pour l\'auteur, nommé quelques mots après le verbe', example: 'Votez au concours des boulangeries pour nous !' },
  sites: { words: ['youtube', 'yt', 'spotify', 'soundcloud', 'bandcamp', 'tiktok', 'instagram', 'insta', 'ig', 'twitch', 'google'], before: [], note: 'sites a name is looked up on', example: 'cherchez DJ Kato sur YouTube' },
  conditions: [
    { pattern: "si (?:tu aimes|vous aimez|t'aimes|tu kiffes|vous kiffez|t'es fan)", note: 'the conditional opening of a pitch', example: 'si tu aimes le vrai rap passe sur ma chaîne' },
    { pattern: '(?<![\\s\\S])pour (?:\\S+ ){0,4}?(?:gratuite?s?|gratuitement|gratos|pas cher|moins cher|reductions?)', note: 'une affaire en tête de phrase (« Pour télécharger la chanson gratuitement… »), puis l\'action vers un lien ou un lieu de l\'auteur ; « Pour les infos, visitez lien » renvoie aux nouvelles', example: 'Pour télécharger la chanson gratuitement visitez www.mp3-gratuit.fr' },
    { pattern: '(?:ceux|celles|tous ceux|toutes celles|celui|celle) qui (?:aiment|aime|kiffent|kiffe|adorent|adore|ecoutent|ecoute)', note: 'la même condition dite des lecteurs qui la remplissent : un pitch pour eux', example: 'Ceux qui aiment le rap devraient écouter ma chaîne' },
  ],
  comparatives: ['plus', 'mieux', 'moins'],
  guidance: {
    words: ['etapes', 'etape', 'instructions', 'consignes', 'indications', 'conseils', 'guide', 'recette', 'regles', 'procedure', 'protocole', 'tutoriel', 'tuto', 'methode', 'plan', 'panneaux', 'fleches', 'recommandations', 'notice', 'mode', 'marche', 'ordre'],
    before: ['ces', 'cette', 'ce', 'le', 'la', 'les', 'bien', 'simplement', 'juste', 'quelques', 'memes', 'simples', 'tout', 'toutes', 'tous'],
    note: 'ce qu\'on suit en le faisant : avec ça derrière, "suivez" dit comment et ne demande pas d\'abonnés',
    example: 'Suivez la recette à la lettre la première fois.',
  },
  madeIt: [{ pattern: "(?:que )?(?:j'ai|jai|on a|nous avons) (?:fait|cree|enregistre|poste|publie|chante|monte)", note: 'the author says they made the thing just named', example: "regardez cette vidéo que j'ai fait" }],
  booked: ['un', 'une', 'votre', 'ton', 'ta'],
  withMe: [{ forms: ['avec moi', 'avec nous'], note: 'the author as company: a booking with them sells their time', example: 'Réservez un appel découverte gratuit avec moi' }],
  launch: ['découvrez', 'nous présentons', 'voici'],
  proclitic: ['me', 'nous', "m'"],
  places: ['sur', 'dans', 'chez'],
};

/** The words the teaser checks read (teasers.ts, rules/learned-bait.ts). */
export const frTeaser: TeaserLexicon = {
  means: {
    pattern: '(?<![\\p{L}])(?:en [\\p{L}]{3,}ant|gr[aâ]ce [àa])(?![\\p{L}])',
    note: 'une phrase sur la façon de faire qui nomme son moyen dit le comment (« en mettant en cache », « grâce à »)',
    example: 'Comment réduire notre CI de 40 à 9 minutes en mettant node_modules en cache',
  },
  and: { words: ['et'], note: 'a sentence may open with "et" and still point forward at what it keeps back', example: 'Et voici pourquoi il ne faut jamais charger son téléphone la nuit' },
  attention: {
    words: ['attention', 'waouh', 'wow', 'omg'],
    note: 'a call for attention or a gasp, set off by a comma or "!", leaves the teaser after it at its sentence start',
    example: 'Attention, voici ce qui arrive si vous chargez votre téléphone la nuit',
  },
  denial: { words: ["n'est pas", 'pas', 'ni'], note: 'un nom juste après une négation est écarté, pas donné', example: "Voici la ville la moins chère de France (ce n'est pas Lille)" },
  source: { words: ['selon', "d'après"], note: 'un nom juste après une source est celui qui le dit, pas la réponse', example: 'Voici la meilleure ville de France où vivre, selon Le Parisien' },
  knownSubjects: { words: ['il', 'elle', 'ils', 'elles'], note: 'a third-person subject opening the post: someone from the writer’s own circle, not a headline’s named subject', example: 'Il porte les mêmes baskets depuis cinq ans et court encore 10 km par jour' },
  announce: { words: ['annoncer', 'annonçons'], note: 'the verbs an author announces their own news with', example: "Ravie de vous annoncer que je rejoins l'équipe de Doctolib" },
  everyone: { words: ['tous', 'toutes'], note: 'Une première personne à côté de « tous » (« l\'erreur que nous faisons tous ») parle pour chacun, pas de la vie de l\'auteur.', example: 'Un médecin révèle l\'erreur que nous faisons tous au petit-déjeuner' },
  exclaiming: {
    interjections: {
      words: ['waouh', 'wouah', 'ouah', 'wow', 'omg', 'oh là là', 'ohlala', 'olala', 'ouf', 'putain', 'jpp'],
      note: 'interjections are someone speaking: a headline does not say "ouf" or "oh là là" ("bref" and "punaise" are left out: "En bref" labels news, a "punaise" is a bug)',
      example: 'oh là là ce coucher de soleil ce soir sur la plage',
    },
    laughter: { pattern: '(?:ha){2,}h?|(?:hi){2,}|x?ptdr+|mdr+|lol|xd+', note: 'laughter is someone reacting, not a headline', example: 'mon chat dort encore sur le clavier mdr' },
    exclamatives: {
      words: ['quel', 'quelle', 'quels', 'quelles', "que c'est", "qu'il est", "qu'elle est", "comme c'est"],
      note: '"quel" with a noun and the end of the clause exclaims ("Quel match")',
      example: 'Quel match, quelle soirée',
    },
    notExclamative: {
      words: ['est', 'sont', 'était', 'étaient', 'sera', 'serait', 'a', 'ont', 'doit', 'peut'],
      note: 'a verb after "quel" makes a question ("Quel est le…")',
      example: 'Quel est le programme.',
    },
    intensifiers: { words: ['tellement', 'trop', 'hyper', 'super', 'grave'], note: '"trop" or "tellement" before a word that ends its clause is the speaker\'s feeling ("trop mignon")', example: 'Ce chiot est trop mignon, je craque' },
    notIntensified: { words: ['tard', 'peu', 'tôt', 'loin', 'longtemps', 'oui', 'non'], note: '"trop tard", "trop peu" end no exclamation ("si" is left out: it is "if" as often)', example: 'Les secours sont arrivés trop tard.' },
    trailing: { words: ['de ouf', 'de fou'], note: '"beau de ouf": chat intensifiers after the word', example: 'ce concert était beau de ouf' },
    speakerOpeners: { words: ['trop hâte', 'hâte de', 'vivement'], note: 'the speaker\'s longing at the start of a sentence, subject left out', example: 'Vivement le week-end, cette semaine était longue' },
    opinionLabels: { words: ['avis impopulaire', 'opinion impopulaire', 'à mon avis', 'avis perso'], note: 'the speaker labels what follows as their own view: an opinion said, not a headline keeping something back', example: 'Avis impopulaire : les réunions devraient être des mails' },
    verdicts: { words: ['parfait', 'le bonheur', 'le paradis', 'magique'], note: 'a one-word verdict as the last sentence is the speaker summing up their moment', example: 'Lundi pluvieux, café et un bon livre. Parfait' },
    elongation: 3,
  },
};
