// French teasers, sympathy and warmth. Newsroom teasers in French open with "Voici" or "Voilà" and withhold what
// they announce ("Voici pourquoi...", "Ce qui s'est passé...").
import { WHY, type ValueLexicon } from './entry';
import { composeTeasers } from './teaser-kinds';

const NUMBER = '(?:(?<!\\d[:.,])\\d{1,3}|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|quinze|vingt|trente|cinquante|cent)';
const LIST_NOUN =
  '(?:choses|raisons|façons|astuces|photos|images|signes|erreurs|secrets|trucs|fois|personnes|conseils|idées|lieux|' +
  'endroits|moments|questions|vérités|mythes|habitudes|aliments|films|séries|chansons|tweets|vidéos|célébrités|règles|faits)';
const WH = "(?:pourquoi|comment|ce que|ce qu'|ce qui|qui|quand|où|combien|quel|quelle|quels|quelles|à quoi)";

const DEMONSTRATIVE = '(?:ce|cet|cette|ces)';
/** Subjects a headline hides behind a demonstrative: people, animals, pictures, tricks. */
const WHO =
  '(?:chiens?|chats?|chiots?|enfants?|bébés?|mamies?|papis?|grand-mères?|grand-pères?|hommes?|femmes?|jeunes?|garçons?|filles?|couples?|' +
  'mères?|pères?|mamans?|papas?|mariées?|mariés?|serveu(?:r|se)s?|profs?|professeur(?:e)?s?|élèves?|stars?|chanteu(?:r|se)s?|actrices?|' +
  'acteurs?|astuces?|vidéos?|photos?|images?|phrases?|gestes?|erreurs?|aliments?|habitudes?|lieux?|villages?|maisons?|animal|animaux|gens|' +
  'internautes?|touristes?|voisine?s?|clientes?|retraitée?s?|influenceu(?:r|se)s?|scènes?|moments?)';

/** Teasers composed by kind (teaser-kinds.ts): the parts above, one pattern and one example per kind. */
const COMPOSED = composeTeasers({
  surpriseWith: {
    pattern:
      "(?:surprend|surprennent|a surpris|choque|a choqué|étonne|a étonné|bluffe|a bluffé|éblouit|a ébloui) (?:(?:ses |les )?(?:fans|abonnés|internautes) )?avec (?:son|sa|ses|un|une|nouveau|nouvelle|ce|cette) ?(?:[\\p{L}'’-]+ )?(?:look|changement|transformation|photo|vidéo|message|annonce|révélation|confession|apparence|décision|coupe|publication|nouvelle)s?(?![\\p{L}])",
    example: "Angèle surprend ses fans avec un nouveau look",
  },
  puzzleDare: {
    pattern:
      "(?:résoudre|résout|résolvent|réussir|réussissent|réussit|passer|passent|déchiffrer|déchiffrent) (?:(?:le|la|les) )?(?:[\\p{L}'’-]+ ){0,2}?(?:(?:de|dans) )?(?:ce|cet|cette|ces) (?:[\\p{L}'’-]+ )?(?:énigme|casse-tête|devinette|défi|illusion d'optique|problème de maths|problème mathématique|équation|test)s?(?![\\p{L}])|(?:trouver|trouve|trouvent|repérer|repère|repèrent|voir|voient) (?:le|la|les|l'|un|une) ?(?:[\\p{L}'’-]+ )?(?:erreur|erreurs|différence|différences|chat|animal|nombre|mot|lettre|serpent|visage|intrus|caché|cachée) (?:[\\p{L}'’-]+ ){0,2}?(?:dans|sur) (?:cette|ce|cet|ces) (?:photo|image|dessin|tableau)s?(?![\\p{L}])",
    example: "Seuls 2 % des gens arrivent à résoudre cette énigme",
  },
  revealWithheld: {
    pattern: "(?:révèle|révèlent|a révélé|dévoile|dévoilent|a dévoilé|avoue|confie) (?:le secret|la vérité|la raison|la (?:vraie|véritable) raison|pourquoi|comment|ce qui|ce que|l'erreur|les erreurs|l'astuce|le truc|les aliments|l'aliment|l'habitude|les signes|la clé|(?:la|le|les) (?:[\\p{L}]+ ){1,2}?(?:la |le |les )?plus (?:étranges?|bizarres?|insolites?|folles?|fous|absurdes?|gênantes?))(?![\\p{L}])|(?:explique|expliquent) (?:le secret|la raison|l'erreur|les erreurs|l'astuce)(?![\\p{L}])",
    example: "Un médecin révèle l'erreur que nous faisons tous au petit-déjeuner",
  },
  neitherNor: {
    pattern: "ni (?:[\\p{L}\\p{N}'’-]+,? ){0,3}?[\\p{L}\\p{N}'’-]+,? ni (?:[\\p{L}\\p{N}'’-]+ ){0,3}?[\\p{L}\\p{N}'’-]+ ?: (?:voici|voilà|c'est|ce sont|ce|cet|cette|ces)(?![\\p{L}])|ni (?:[\\p{L}\\p{N}'’-]+,? ){0,3}?[\\p{L}\\p{N}'’-]+,? ni (?:[\\p{L}\\p{N}'’-]+ ){0,3}?[\\p{L}\\p{N}'’-]+ ?: (?:le |la |les |l'|l’)[\\p{L}]+ (?:que|qui|la plus|le plus|les plus|pour)(?![\\p{L}])(?![^.!?:\\n]*?\\s(?:est|sont|était|sera)\\s)",
    example: "Ni Paris ni Lyon : voici la ville préférée des Français",
  },
  asWeKnowIt: {
    pattern: "(?:tel|telle|tels|telles) (?:qu'on|que nous|que vous) (?:le |la |les |l')?conna(?:i|î)(?:t|ssons|ssez)(?=\\s*(?:[.!?…👇👀]|$|https?:|www\\.))",
    example: "Adieu à la carte Vitale telle qu'on la connaît",
  },
  whatsComing: {
    // Aussi un changement annoncé par un pointeur (« ce qui change dès lundi ») : ce qui change reste derrière le lien.
    pattern: "ce qui (?:nous|vous|t') ?attend(?![\\p{L}])|ce qui (?:arrive|se prépare) (?:ce|cette|demain|cet)(?![\\p{L}])|(?:ce qui|tout) change(?= (?:pour (?:[\\p{L}']+ ){1,3})?(?:dès|à partir|ce|cette|le mois|en (?:janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre))(?![\\p{L}]))",
    example: "Météo : ce qui nous attend ce week-end",
  },
  hiddenSubject: { pattern: `${DEMONSTRATIVE} (?:[\\p{L}'’-]+\\s+){0,2}?${WHO}`, example: 'Ce chien attend son maître tous les soirs devant la gare' },
  storyOfHidden: {
    pattern: `(?:la|le|l') ?(?:réaction|histoire|réponse|geste|message|transformation) (?:de|d') ?${DEMONSTRATIVE} (?:[\\p{L}'’-]+\\s+)?${WHO}`,
    example: 'La réaction de ce chat face à un concombre',
  },
  deedWithheld: {
    pattern: "ce (?:qu'(?:il|elle|ils|elles|on)|que (?:ce|cet|cette|ces) [\\p{L}]+) (?:(?:a|ont|avait|avaient) (?:découvert|trouvé|fait|dit|vu|répondu|écrit|vécu)|(?:vient|viennent) de (?:découvrir|trouver|faire|dire)|fait|dit|trouve|découvre)",
    example: "Ce qu'elle a trouvé dans son grenier",
  },
  nobodyTellsYou: {
    pattern: "ce que personne ne (?:vous|te|nous) (?:dit|raconte|explique|a dit|a jamais dit)|ce que personne (?:ne veut|n'ose|n'ose pas) (?:dire|avouer|admettre)|" +
      'ce que (?:les|vos|tes|votre|ton) [\\p{L}]+ ne (?:vous|te) (?:disent|dit|racontent) (?:pas|jamais)',
    example: 'Ce que personne ne te dit sur le freelancing',
  },
  nobodyExpected: { pattern: "personne ne s'(?:y )?attendait|personne n'aurait (?:imaginé|parié|cru|pensé)|personne ne l'avait vu venir", example: "Personne ne s'attendait à cette fin" },
  effectOnReader: {
    pattern: '(?:va|vont) (?:changer|révolutionner|transformer) (?:votre|ta|ton|vos|tes|la) (?:vie|façon|quotidien|manière|matinée)|(?:va|vont) (?:vous|te) (?:faire fondre|redonner le sourire|laisser sans voix|briser le cœur)',
    example: 'Ce geste simple va changer votre quotidien',
  },
  wentViral: {
    pattern: "fait le tour (?:du web|des réseaux(?: sociaux)?|d'internet|de la toile|du monde)|fait (?:le )?buzz|(?:affole|enflamme|amuse|émeut|divise|agite|bouleverse|attendrit) (?:la toile|les réseaux(?: sociaux)?|internet|les internautes)|(?:la|cette) vidéo virale",
    example: 'Une danse de mariage fait le tour du web',
  },
  countedByDemonstrative: { pattern: `ces ${NUMBER}`, example: 'Ces 5 aliments aident à mieux dormir' },
  trickFor: {
    pattern: "(?:le|un) (?:secret|truc|conseil) (?:(?:de|du|des) (?:[\\p{L}'’-]+\\s+){1,3}?)?(?:pour|contre)|(?:l'|une )(?:astuce|méthode) (?:(?:virale|imparable|infaillible|simple|géniale|miracle|de grand-mère) )?(?:(?:de|du|des) (?:[\\p{L}'’-]+\\s+){1,3}?)?(?:pour|contre|qui)",
    example: 'Le secret des boulangers pour une baguette croustillante',
  },
  whyYouShould: {
    pattern: "pourquoi (?:il ne faut|il faut|vous ne devriez|vous devriez|tu ne devrais|tu devrais|on ne devrait|on devrait)|c'est pour (?:ça|cela|cette raison) (?:que|qu(?=['’]))",
    example: "C'est pour ça qu'il faut rincer le riz",
  },
  happeningHere: {
    pattern: "(?:ça|cela|ceci) (?:se passe|s'est passé|vient de se passer|arrive) (?:en ce moment|maintenant|ici|aujourd'hui|à|au|dans|en)",
    example: 'Ça vient de se passer au stade',
  },
  hypeLabel: {
    pattern: '(?:incroyable|impressionnant|hallucinant|insolite|émouvant|choquant|dingue) ?[!:]',
    example: 'Incroyable ! Un chat sauve un bébé',
  },
  crowdKnows: {
    pattern:
      "(?:que|qu'|dont) ?(?:tout le monde|presque personne|personne|peu de gens|la plupart des [\\p{L}]+|tous les [\\p{L}]+) (?:n'a |a |ont |n'ont |ne )?(?:remarqué|vu|connaît|connaissent|sait|savent|fait|font|commet|commettent|parle|parlent|doit connaître|doivent connaître|devrait connaître|devraient connaître|ignore|ignorent)" +
      // Presque personne qui le sait, dit d'une chose définie par une relative (« le quartier où les loyers baissent et
      // presque personne ne le sait »), en fin de phrase ; sans la relative, la chose est nommée.
      "|(?:où|qui|que|dont) (?:[\\p{L}\\p{N}'’%$€£-]+ ){1,8}?(?:et|mais) (?:presque )?personne ne (?:le |l')?(?:sait|savait|conna[iî]t|remarque|a remarqué)(?=[\\s\\p{Extended_Pictographic}\\p{Regional_Indicator}\\uFE0F\\u200D]*(?:[.!?…]|$|https?:|www\\.))",
    example: "L'erreur que tout le monde commet en congelant le pain",
  },
  heldByRelative: {
    pattern:
      "(?:le|la|les) (?!\\p{N})(?:[\\p{L}\\p{N}$€%'’-]+ ){1,4}?(?:que (?:vous|tu) (?:ne )?(?:devriez|devez|devrais|dois)|que (?:nous|on) (?:faisons|commettons|fait|commet) (?:tous|toutes)|qui (?:peut|pourrait|va) (?:vous|te) (?:[\\p{L}]+))(?![\\p{L}])(?![^.!?:\\n]*?\\s(?:est|sont|était)\\s)",
    example: 'La boisson que vous devriez boire avant de dormir',
  },
  pointerInClause: {
    pattern:
      "(?:trouvé|découvert|repéré) (?:cet|cette|ces|ceci)(?! (?:week-end|weekend|semaine|mois|an|année|été|hiver|automne|printemps|saison|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|matin|soir|est|sont)(?![\\p{L}]))(?:(?= [\\p{L}]) (?!(?:dans|en|de|du|à|au|pour|avec|et|ou|sous|sur|avant|après)(?![\\p{L}]))[\\p{L}-]+)?|(?:acheter|achètent|achète|acheté|réussir|réussissent|utiliser|utilisent|éviter|évitent|vendre|vendent|quittent|quitter|fuient|investir dans|investissent dans|interdit|interdisent|rappelle|rappellent) (?:cet|cette|ces|ceci)(?! (?:week-end|weekend|semaine|mois|an|année|été|hiver|automne|printemps|saison|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|matin|soir|est|sont)(?![\\p{L}])) (?!(?:dans|en|de|du|à|au|pour|avec|et|ou|sous|sur|avant|après)(?![\\p{L}]))[\\p{L}-]+",
    example: 'Les investisseurs se ruent pour acheter cette cryptomonnaie avant vendredi',
  },
  somethingUnnamed: {
    pattern: "quelque chose (?:qu'aucun|qu'aucune|que personne|que nul)(?![\\p{L}])|quelque chose (?:de (?:très )?)?(?:d'étrange|d'incroyable|d'inattendu|d'insolite|surprenant|bizarre|mystérieux|étonnant|de surprenant|de bizarre|de mystérieux|d'étonnant|d'inquiétant)" +
      // Quelque chose trouvé quelque part, ou dit de quelqu'un, sans le nommer (« a trouvé quelque chose dans le canapé »).
      "|(?:a trouvé|trouve|trouvent|ont trouvé|a découvert|découvre|découvrent|ont découvert) quelque chose (?:dans|à l'intérieur|sous|derrière|de caché|caché)(?![\\p{L}])|(?:a dit|a publié|a écrit|a tweeté) quelque chose (?:sur|à propos|contre)(?![\\p{L}])",
    example: "Une retraitée découvre quelque chose d'étrange dans son jardin",
  },
  warningWithheld: {
    pattern: "(?:alerte|alertent|met en garde|mettent en garde|avertit|avertissent) (?:sur|contre) (?:(?:ce|cette|ces|cet)(?= )|(?:l'|le |la |les )(?:erreur|faute|habitude|aliment|signe|symptôme)s? (?:la |le |les )?plus (?:courante?s?|fréquente?s?|répandue?s?|dangereu(?:x|se|ses))(?![\\p{L}]))|(?:attention|prudence|m[ée]fiance)[,!:]? si (?:vous avez|tu as|vous utilisez|tu utilises|vous achetez|tu ach[èe]tes|vous buvez|tu bois|vous gardez|tu gardes) (?:ce|cette|ces|cet)(?= )",
    example: 'Les dentistes mettent en garde contre cette habitude du soir',
  },
  crowdReaction: {
    pattern: '(?:indigne|a indigné|enflamme|a enflammé|divise|a divisé|scandalise|a scandalisé|fait rager|a fait rager|choque|a choqué) (?:les internautes|la toile|les réseaux(?: sociaux)?|les fans|les salariés|les clients|les abonnés)',
    example: 'La fin de la série qui a fait rager les fans',
  },
  beliefCorrected: {
    pattern:
      "plus (?:que|qu'on ne le|que vous ne le) (?:pensez|croyez|imaginez|pense|croit|imagine)|(?:ce )?n'est pas ce que vous (?:croyez|pensez)|(?:n'est|ne sont|n'était) pas (?:celui|celle|ceux|celles) (?:que|qu') ?(?:vous|tu|l'on|on) (?:croyez|pensez|imaginez|crois|penses|imagines|croit|pense|imagine)|vous (?:faites|utilisez|lavez|mangez|rangez|chargez) (?:[\\p{L}'’]+\\s+){0,3}?(?:mal|de travers)",
    example: 'Vous lavez votre jean de travers depuis des années',
  },
  questionHeadline: {
    pattern: "(?:pourquoi|comment|combien|quel(?:le)?s?|qui|o[uù]|quand|qu'est-ce qu|est-ce que|saviez-vous|savez-vous|connaissez-vous|faut-il|peut-on|doit-on)",
    example: 'Pourquoi les chats ronronnent-ils ? https://t.co/x',
  },
  hypedStory: {
    pattern:
      "(?:la|le|les|l'|cette|ce|cet|une|un) ?(?:incroyable|émouvante?|étonnante?|surprenante?|bouleversante?|insolite|folle|hallucinante|touchante?|impressionnante?|improbable|adorable|hilarante?)s? (?:histoire|réaction|réponse|image|vidéo|photo|message|geste|moment|scène|transformation|découverte|lettre|raison|astuce)s?",
    example: "L'incroyable histoire du chien qui a attendu son maître",
  },
  secretKept: {
    pattern: 'ne (?:veulent|veut) pas que (?:vous|tu) (?:sachiez|saches|connaissiez|connaisses|voyiez|voies|découvriez|découvres)',
    example: "L'astuce que les banques ne veulent pas que vous connaissiez",
  },
  guessWho: { pattern: 'devine[zs]? (?:qui|quoi|quel(?:le)?s?|o[uù]|combien|ce que)', example: 'Devinez qui est cette célébrité ?' },
  oneThing: {
    pattern:
      '(?:cette|ce|cet|ces) (?:simples?|petite?s?|seule?s?|unique|étranges?) (?:astuce|habitude|phrase|question|erreur|geste|truc|règle|mot|aliment|exercice|conseil|secret|détail)s?' +
      // Une seule habitude, étrange et sans nom (« comprend une habitude surprenante »), comme l'anglais « one surprising habit ».
      '|(?:une?) (?:astuce|habitude|geste|truc|aliment|ingrédient|secret|détail|erreur) (?:surprenante?|étonnante?|étrange|inattendue?|insolite|secrète?)' +
      // Une astuce ou une habitude simple, sans nom (« Une simple habitude qui pourrait allonger votre vie »).
      "|(?:une?) (?:simple|petite?) (?:astuce|habitude|truc|aliment|ingrédient|exercice|secret|boisson)(?![\\p{L}])|(?:une?) (?:astuce|habitude|truc|aliment|ingrédient|exercice|secret|boisson) (?:simple|facile|rapide)(?![\\p{L}])",
    example: 'Il a changé sa vie avec cette simple phrase',
  },
  leadInWh: {
    pattern: "(?:regardez|regarde|[ée]coutez|[ée]coute|admirez|observez|voyez|attention [àa]|matez) (?:bien )?(?:ce que|ce qu'|ce qui|comment|qui)(?! (?:je|j'|nous|vous|tu|on)(?![\\p{L}]))",
    example: "Écoutez ce que le maire a répondu aux commerçants",
  },
  whatHappensTo: {
    pattern: "(?:(?:voici|voilà|c'est) )?ce qui (?:arrive|se passe|arrivera|se passera) (?:à|a|au|aux|avec|dans|en) (?:[\\p{L}'’]+\\s+){1,3}?(?:quand|si|lorsque|lorsqu'|après|dès que|une fois)",
    example: 'Voici ce qui arrive à votre corps quand vous arrêtez le sucre',
  },
});

export const frValue: ValueLexicon = {
  teaser: [
    {
      pattern: "(?:un|une) (?:nouveau |nouvelle |important |grand )?(?:changement|règle|loi|mesure|obligation) (?:importante? )?qui (?:concerne|concernera|touche|touchera|va toucher|peut toucher) (?:des millions|des milliers|tous|toutes|la plupart|vous|votre|vos)(?![\\p{L}])",
      why: 'Annonce un changement ou une règle par ceux qu\'il touche (« un changement qui concerne des millions d\'automobilistes ») et garde lequel ; ce qui suit les deux-points le dit.',
      example: "Attention : le fisc annonce un changement qui concerne des millions de contribuables",
      answeredInClause: true,
    },
    {
      pattern: "(?:les )?(?:fans|internautes|abonnés|spectateurs|clients) (?:sont |se disent )?(?:(?:très|vraiment|totalement) )?(?:divisés|partagés|furieux|outrés|choqués|sous le choc|scandalisés|indignés|en colère) (?:par|sur|après|face à)(?![\\p{L}])",
      why: 'Le public divisé ou furieux à propos de quelque chose (« Les fans sont divisés par le nouveau look de… ») sans dire quoi ; un chiffre après le dit.',
      example: "Les fans sont divisés par le nouveau look d'Aya Nakamura",
      answeredByAmount: true,
    },
    {
      // Le sujet nommé par une description seule (« Un célèbre acteur », « Une chanteuse très connue ») : qui c'est reste
      // derrière le lien.
      pattern: "(?:un|une) (?:(?:célèbre|grand|grande|populaire) (?:acteur|actrice|chanteur|chanteuse|footballeur|footballeuse|animateur|animatrice|marque|enseigne|chaîne|restaurant|entreprise|influenceur|influenceuse|youtubeur|youtubeuse|chef|mannequin|sportif|sportive|joueur|joueuse|pilote|journaliste|humoriste|rappeur|rappeuse)|(?:acteur|actrice|chanteur|chanteuse|footballeur|animateur|animatrice|marque|enseigne|influenceur|influenceuse|chef|mannequin|sportif|sportive|joueur|joueuse|pilote|journaliste|humoriste|rappeur|rappeuse) (?:[\\p{L}-]+ )?(?:très )?(?:célèbre|connue?|populaire))(?![\\p{L}])(?!(?:\\s+[\\p{L}\\p{N}'’.-]+){0,3}\\s*,\\s*[^,.!?:\\n]{2,40},)",
      why: "Nomme son sujet par une description seule (« Un célèbre acteur », « Une chanteuse connue ») et garde qui c'est ; un nom après le dit.",
      example: 'Une chanteuse très connue annonce sa retraite et ses fans sont sous le choc',
      atStart: true,
      answeredByAmount: true,
    },
    {
      pattern: "(?:confirmé|confirmée|c'est officiel|officiel)(?=[\\s.!…]*(?:[\\p{Extended_Pictographic}\\uFE0F\\u200D][\\s.!…]*)*(?:https?:|www\\.|$))",
      why: 'Une étiquette seule (« Confirmé 👀 », « C\'est officiel ! ») avant un lien : ce qui est confirmé reste derrière ; « Confirmé : le gouvernement prolonge… » le dit.',
      example: "C'est officiel 👀 https://t.co/x",
      atStart: true,
    },
    {
      // The crowd as the subject, going wild ("las redes enloquecen", "fans go wild") over something the post does not
      // say; a count or an amount in the sentence (the goal in minute 95) tells what they reacted to.
      pattern: "(?:la toile|les internautes|les réseaux(?: sociaux)?|internet|les fans) (?:s'enflamment|s'enflamme|s'affole|s'affolent|devient fou|deviennent fous|craque|craquent|explose|explosent)",
      why: WHY.reactionUntold,
      example: "Angèle surprend ses fans avec un nouveau look, les internautes s'enflamment",
      answeredByAmount: true,
    },
    {
      pattern: "(?:(?:ont|a) enfin (?:découvert|compris)|(?:découvrent|découvre|comprennent|savent) enfin|percent le mystère de|ont percé le mystère de) (?:pourquoi|comment|ce qui|ce que)(?![\\p{L}])",
      why: WHY.knowledgePromised,
      example: 'Des scientifiques découvrent enfin pourquoi nous bâillons',
    },
    {
      pattern: "(?:va faire|fait|a fait|annonce|a annoncé|prépare|prend|a pris|va prendre) (?:un|une) (?:grand|gros|grosse|important|importante|énorme|radical|radicale|drastique|surprenant|surprenante|inattendu|inattendue) (?:changement|annonce|décision)(?![\\p{L}])",
      why: WHY.changeUntold,
      example: 'McDonald’s va faire un grand changement dans son menu',
      answeredInClause: true,
    },
    {
      pattern: "personne n'est (?:prête?|préparée?) (?:pour|à) (?:ce qui|ce que|ça|cela)|vous n'êtes pas prête?s? (?:pour|à) (?:ce qui|ce que|ça|cela)(?![\\p{L}])",
      why: WHY.surpriseWithheld,
      example: "Personne n'est prêt pour ce qui se passe dans l'épisode de cette semaine",
      atStart: true,
    },
    {
      // Une chose définie seulement par la surprise qu'elle a causée (« le moment que personne n'attendait à la finale
      // de The Voice ») : où elle s'est passée est le décor, pas ce qui s'est passé.
      pattern: "(?:le|la|les|l') ?(?:[\\p{L}'’-]+ )?(?:moment|rebondissement|réaction|réponse|geste|invitée?|surprise|cadeau|message|fin|scène|baiser|dénouement|résultat|question|détail|transfert|décision|annonce|accord|rupture|nomination) (?:que|auquel|à laquelle) (?:presque )?personne (?:n'attendait|ne s'attendait|n'avait vu venir|n'avait prévu|n'imaginait|ne voyait venir)(?![\\p{L}])",
      why: WHY.surpriseDefined,
      example: "Le moment que personne n'attendait à la finale de The Voice",
      atStart: true,
      answeredByAmount: true,
      shown: true,
    },
    {
      // Un superlatif porte son cadre dans la phrase (« la meilleure ville de France », « la ville la moins chère
      // d'Europe ») : le lieu où l'on classe ne dit pas lequel.
      pattern:
        "(?:voici|voil[aà]|c'est|ce sont) (?:la|le|les|l') ?(?:[\\p{L}'’-]+ ){0,2}?(?:(?:la|le|les) )?(?:meilleure?s?|pires?|plus|moins)(?:(?: [\\p{L}'’-]+){0,2}? (?:de la |de l'|de |du |des |d'|en |au |aux )(?!(?:ma|mon|mes|notre|nos|ta|ton|tes)(?![\\p{L}]))[\\p{L}\\p{N}.-]+(?: (?!https?:|www\\.)(?!(?:ma|mon|mes|notre|nos)(?![\\p{L}]))[\\p{L}\\p{N}.-]+)?)?",
      why: 'A demonstrative with a superlative ("this is the best city in Europe…") ranks what a headline keeps behind the click; the place it ranks within is part of the phrase, not the answer, and someone exclaiming over what they share shows it.',
      example: "C'est la ville la moins chère d'Europe pour prendre sa retraite",
      atStart: true,
      namedAnswers: true,
      shown: true,
    },
    {
      pattern: 'en dit long(?=\\s*(?:[.!…👀😂😭🤣]|$|https?:))|(?:dit|disent) tout(?=\\s*(?:[.!…👀😂😭🤣]|$|https?:))|parle d\'(?:elle|lui)-m[êe]me',
      why: 'Une réaction ou une photo qui « en dit long » n\'en dit rien : tout reste derrière le lien.',
      example: 'La réaction de Shakira en voyant Piqué au concert en dit long 👀',
    },
    {
      pattern: '(?:polémique|tollé|indignation|colère) (?:après|autour de|suite à) (?:ce qu\'(?:il|elle|ils|elles) (?:a|ont) (?:dit|fait|posté|écrit)|les propos de (?:ce|cette) [\\p{L}]+)',
      why: 'La polémique sur ce que quelqu\'un a dit, sans dire quoi.',
      example: 'Polémique après ce qu\'il a dit en direct',
    },
    {
      pattern: '(?:attention|gare) (?:à|a) (?:ce|cet|cette|ces) (?:changement|changements|nouvelle règle|nouvelles règles|amende|amendes|erreur|erreurs|détail)(?![\\p{L}])',
      why: 'Désigne « ce changement » sans dire lequel.',
      example: 'Attention à ce changement qui concerne tous les conducteurs dès lundi',
    },
    {
      pattern: "l'erreur (?:que (?:vous faites|tu fais|tout le monde fait|nous faisons tous|on fait tous)|(?:la )?plus courante que)",
      why: 'Nomme une erreur du lecteur et garde laquelle (« l\'erreur que vous faites en vous brossant les dents »).',
      example: "L'erreur que vous faites en vous brossant les dents",
      atStart: true,
    },
    {
      pattern: "ce qui se cache derri[èe]re",
      why: 'Promet ce qui se cache derrière quelque chose et le garde (« ce qui se cache derrière le sourire »).',
      example: "Ce qui se cache derrière le sourire de la Joconde",
      atStart: true,
    },
    {
      pattern: "il (?:y a|existe) (?:une (?:astuce|m[ée]thode|fa[çc]on|technique)|un (?:moyen|truc))(?: (?:simple|facile|rapide|l[ée]gal[e]?|secr[èe]te?|méconnue?))? (?:pour|de|d')",
      why: 'Dit qu\'il existe une astuce ou un moyen et le garde (« il existe une astuce pour payer moins d\'électricité ») ; l\'astuce après deux-points la dit.',
      example: "Il existe une astuce simple pour payer moins d'électricité sans changer de fournisseur",
    },
    {
      pattern: "il y a une (?:bonne |vraie |simple |excellente )?(?:raison|explication)(?: scientifique)? (?:pour laquelle|à cela|derrière|pour que)",
      why: 'Dit qu\'il y a une raison et la garde (« il y a une raison pour laquelle les taxis sont roses ») ; la raison après deux-points la dit.',
      example: 'Il y a une raison pour laquelle les taxis de Mexico sont roses',
    },
    {
      pattern: "(?:la|le) (?:phrase|remarque|commentaire|d[ée]claration|question|geste|photo|vid[ée]o|r[ée]ponse|blague) (?:[\\p{L}'’]+ ){0,3}?qui (?:a (?:d[ée]clench[ée]|provoqu[ée]|suscit[ée]|fait) |fait |d[ée]clenche |provoque |suscite )(?:la |une )?(?:pol[ée]mique|scandale|col[èe]re|tollé|d[ée]bat|indignation)",
      why: 'Nomme la phrase ou la photo par la polémique qu\'elle a faite et garde ce qu\'elle disait, comme « La frase de … que desató la polémica ».',
      example: "La phrase du maire qui a déclenché la polémique sur les réseaux",
      atStart: true,
    },
    {
      pattern: "(?:tout )?ce (?:que l'on|qu'on|que nous) sai(?:t|ons)(?: (?:jusqu'ici|pour l'instant|pour le moment|[àa] ce stade))? (?:de|du|des|d'|sur)",
      why: 'Promet ce que l\'on sait (« ce que l\'on sait de la panne ») et n\'en dit rien, comme « lo que se sabe de ».',
      example: "Ce que l'on sait de l'incident dans le métro",
      atStart: true,
    },
    {
      pattern: "(?:lisez|lis|regardez|regarde) (?:ceci|ça|ca|cela|cet article|cette vid[ée]o) avant (?:de|d')",
      why: WHY.mustSee,
      example: 'Lisez ceci avant de réserver votre prochain vol',
      atStart: true,
      forward: true,
    },
    {
      pattern: "(?:swipe|swipez|glisse|glissez|fais d[ée]filer|faites d[ée]filer) pour (?:voir|d[ée]couvrir|lire|savoir|conna[iî]tre)",
      why: "La légende d'un carrousel qui renvoie aux images (« Swipe pour voir les 5 erreurs ») : ce qu'elle promet est dans des images que le post ne dit pas.",
      example: "Swipe pour voir les 5 erreurs qui tuent ton CV",
      forward: true,
    },
    {
      pattern: 'comment (?!(?:votre|notre|vivre ensemble|aider|donner|soutenir)(?![\\p{L}]))[\\p{L}]{2,}(?:er|ir|re)(?![\\p{L}])',
      why: 'A how-to title ("Comment" and a verb) with none of the how in the post, as the English "How to…".',
      example: 'Comment économiser 500 euros par an sur les courses https://t.co/x',
      atStart: true,
      answeredByMeans: true,
    },
    {
      pattern: `(?:voici|voilà|voila) (?:${WH}|les|la|le|l'|tout ce|enfin)`,
      why: 'Points forward at an answer ("voici pourquoi") and then leaves it for the click.',
      example: 'Voici pourquoi votre chat vous ignore',
      atStart: true,
    },
    {
      pattern: "(?:voici|voilà|voila) (?:à|a) quoi (?:il|elle|ils|elles|ça|ca|cela|(?:le|la|les|notre|nos|mon|ma|mes) [\\p{L}]+) ressembl\\p{L}*(?: (?:aujourd'hui|maintenant|désormais|aujourd’hui))?(?=\\s*(?:[.!…👇👀📸]|$|https?:|www\\.))",
      why: 'À quoi ressemble quelqu’un aujourd’hui, gardé pour le clic ("Vous vous souvenez du garçon de Maman j’ai raté l’avion ? Voici à quoi il ressemble aujourd’hui") ; après ce que l’auteur a fait lui-même, c’est la légende de sa photo (appearance).',
      example: "Notre cabane est enfin finie. Voici à quoi elle ressemble !",
      atStart: true,
      forward: true,
      appearance: true,
    },
    {
      pattern: "et (?:voici|voilà|regardez) ce qu['’](?:il|elle|ils|elles|on) (?:a|ont) [\\p{L}]+(?=\\s*(?:[.!…👇👀]|$|https?:|www\\.))",
      why: 'La chute d’une histoire, retenue à la fin, quoi qu’ait fait la personne ("Un homme trouve un serpent dans sa voiture, et voici ce qu’il a fait").',
      example: "Un homme trouve un serpent dans sa voiture, et voici ce qu'il a fait",
      forward: true,
    },
    {
      pattern: "(?:le )?(?:saviez-vous|saviez vous|tu savais|vous saviez) (?:que |qu['’])(?:ce|cet|cette|ces) ",
      why: 'Une question qui cache son sujet derrière « cet » : le post ne dit jamais quel aliment (« Saviez-vous que cet aliment abîme le foie ? »).',
      example: 'Saviez-vous que cet aliment abîme le foie ?',
      question: true,
      shown: true,
    },
    {
      pattern: "et (?:(?:voici|voilà|c'est) ce qui (?:s'est passé|est arrivé|s'est produit|en est sorti)|(?:voici|voilà) (?:notre|mon) (?:verdict|classement))(?=\\s*(?:[.!…👇👀]|$|https?:|www\\.))",
      why: 'The payoff of a story, withheld at its end ("On a fait du ballet pendant cinq semaines et voici ce qui s\'est passé").',
      example: "On a fait du ballet pendant cinq semaines et voici ce qui s'est passé",
      forward: true,
    },
    {
      pattern: "ce qui (?:s'est passé|se passe|va se passer|arrive|est arrivé|s'est produit|se produit)(?: (?:ensuite|après|quand|lorsque|si))?",
      why: WHY.outcomePromised,
      example: "Ce qui s'est passé ensuite est incroyable",
      atStart: true,
    },
    {
      pattern: "(?:vous|tu) n'(?:allez|en) (?:pas |jamais )?(?:croire|revenir|deviner)|(?:vous|tu) ne (?:croirez|devinerez|vas pas croire|vas jamais deviner)|(?:vous|tu) n'allez jamais",
      why: WHY.surpriseWithheld,
      example: "Vous n'allez pas croire ce qu'il a fait",
    },
    {
      // Un prix ou une personne qu'on « n'imagine pas » ; « vous n'imaginez pas à quel point je suis heureuse » dit un sentiment.
      pattern: "(?:vous|tu) n'(?:imaginez|imagines|imaginerez|imagineras) (?:pas|jamais) (?:combien (?:co[uû]te|co[uû]tent|gagne|gagnent|vaut|valent) (?:un|une|le|la|les|l'|ce|cet|cette|ces)(?![\\p{L}])|qui (?:est|était|s'est))",
      why: WHY.surpriseWithheld,
      example: "Vous n'imaginez pas combien coûte un appartement dans ce quartier de Paris",
    },
    {
      pattern: "(?:va|vont|devrait|risque de) (?:vous|te) (?:surprendre|étonner|faire rire|faire pleurer|émouvoir|choquer|bouleverser|plaire|rendre)|(?:vous allez|tu vas) (?:adorer|halluciner|craquer|être surpris|rire|pleurer)",
      why: WHY.effectPromised,
      example: 'La fin va vous surprendre',
    },
    {
      pattern: `(?:découvrez|découvre|regardez|regarde|voyez|devinez|devine) (?:${WH}|les|la|le|l')`,
      why: WHY.findOutElsewhere,
      example: 'Découvrez comment elle a tout changé',
      atStart: true,
    },
    {
      pattern: "(?:la|le) (?:vraie |véritable )?(?:raison|secret|vérité|réponse|astuce) (?:pour laquelle|pour lequel|derrière|de son|du succès|qui)",
      why: WHY.secretNamed,
      example: 'La vraie raison pour laquelle les chats ronronnent',
      atStart: true,
    },
    {
      pattern: "(?:ce que|ce qu'il) (?:vous devez|tu dois|il faut) savoir|tout ce qu'il faut savoir|(?:ce que|des choses que) (?:vous ne saviez|tu ne savais) pas",
      why: WHY.knowledgePromised,
      example: "Tout ce qu'il faut savoir sur l'éclipse",
    },
    {
      pattern: `(?:(?:les|nos|mes) )?${NUMBER} (?:[\\p{L}]+\\s+)?${LIST_NOUN} (?:que|qui|pour|à|sur|de|dont|où)`,
      why: WHY.listicle,
      example: '17 choses que vous ignorez sur les paresseux',
      atStart: true,
    },
    {
      pattern: "(?:réagit|réagissent|a réagi|ont réagi) (?:à|au|aux|ainsi|comme ça)|(?:la|sa) réaction (?:de|d'|à|au)",
      why: WHY.reactionUntold,
      example: 'Le chanteur réagit aux critiques',
    },
    {
      pattern: `(?:savez-vous|saviez-vous|sais-tu|savais-tu) (?:${WH})`,
      why: WHY.questionBehindClick,
      example: 'Savez-vous pourquoi le ciel est bleu ?',
      atStart: true,
    },
    {
      pattern: '(?:saviez-vous|savais-tu) que',
      why: WHY.factMustFollow,
      example: 'Saviez-vous que… ?',
      answeredInClause: true,
    },
    {
      pattern: "(?:c'est|voilà|voici) (?:ce qui arrive|ce qui se passe) (?:quand|si|lorsque)",
      why: 'A demonstrative that refers forward to something outside the post.',
      example: "C'est ce qui arrive quand on oublie son parapluie",
      atStart: true,
    },
    {
      pattern: '(?:il faut|vous devez|tu dois) (?:absolument )?(?:voir|lire|regarder) (?:ça|ceci|cette|ce|ces)',
      why: WHY.mustSee,
      example: 'Il faut absolument voir ça',
    },
    ...COMPOSED,
  ],
  sympathy: [
    { pattern: '(?:mes|nos|toutes mes|toutes nos) pensées (?:et prières )?(?:vont|sont|accompagnent)? ?(?:aux|à|avec|pour)|(?:pensées|prières) (?:aux|pour les|à tous)', why: WHY.sympathyOnly, example: 'Mes pensées vont aux victimes' },
    { pattern: '(?:mes|nos|toutes mes|toutes nos|sincères) (?:sincères |plus sincères )?condoléances', why: WHY.condolences, example: 'Toutes mes condoléances' },
    { pattern: '(?:repose|reposez|reposent) en paix|rip', why: WHY.farewell, example: 'Repose en paix' },
    { pattern: '(?:prions|prier|prières|prie|priez|je prie) pour', why: WHY.prayer, example: 'Prions pour Paris' },
    { pattern: '(?:tout mon|tout notre) soutien|courage (?:à|aux)|(?:soyez|restez) prudents|(?:de )?tout cœur avec|(?:solidarité|pleine solidarité) avec|(?:j\'envoie|on envoie|nous envoyons|envoie) (?:plein de |tout mon |tout notre )?(?:amour|force|courage|soutien)', why: WHY.warmthOnly, example: 'Tout mon soutien aux familles' },
    { pattern: 'dieu (?:(?:te|vous|nous|les|la|le) )?(?:bénisse|protège|protége|garde)|dieu soit avec', why: 'Une bénédiction sans information: a blessing with nothing told.', example: 'Que Dieu protège les familles' },
    { pattern: '(?:tellement |si |très |trop )?(?:triste|terrible|horrible|tragique|affreux|bouleversant)(?:s)? (?:d\'apprendre|de voir|de lire|nouvelle|nouvelles)|(?:ça|cela) (?:me )?brise le cœur|(?:le )?cœur brisé|quelle tristesse', why: 'Feeling about the news, with none of the news.', example: "Tellement triste d'apprendre ça" },
    { pattern: "(?:j'espère|on espère|nous espérons|espérons) que (?:tout le monde|vous|tous|toutes|ma famille|mes proches)(?: [\\p{L}]+){0,3}? (?:va bien|allez bien|vont bien|est en sécurité|êtes en sécurité|sont en sécurité|est sain et sauf|sont sains et saufs)", why: WHY.emptyWish, example: "J'espère que tout le monde va bien" },
    { pattern: '(?:prenez soin de vous|restez à l\'abri|restez en sécurité)', why: WHY.emptyWish, example: 'Prenez soin de vous' },
  ],
  warmth: [
    { pattern: 'cha[iî]ne (?:pr[ée]f[ée]r[ée]e|favorite)|(?:mon )?youtubeu?r (?:pr[ée]f[ée]r[ée]|favori)|(?:la )?meilleure cha[iî]ne (?:de|sur) (?:youtube|cuisine|musique|tech)', why: WHY.praiseOfTheirWork, example: 'Meilleure chaîne de cuisine, merci pour tout' },
    { pattern: "quelle (?:belle|jolie|touchante|magnifique|chouette) (?:histoire|anecdote|publication)|(?:c'est|que c'est) (?:beau|touchant|joli) ce que (?:tu racontes|vous racontez|tu écris)", why: WHY.praiseOfTheirWords, example: 'Quelle belle histoire sur ta grand-mère' },
    { pattern: 'félicitations|bravo|chapeau', why: WHY.congratulations, example: 'Félicitations !' },
    { pattern: "bienvenue (?:dans l'équipe|à bord|dans le labo|parmi nous)", why: 'A welcome to someone joining the team: warmth to that person, not an announcement of the author\'s.', example: "Bienvenue dans l'équipe, Léa !" },
    { pattern: 'joyeux anniversaire|bon anniversaire|bonne chance|bon rétablissement|prompt rétablissement|bonne continuation', why: WHY.wish, example: 'Bon rétablissement !' },
    { pattern: "(?:je suis )?(?:vraiment |tellement )?désolée? (?:pour|de)|fière? de (?:toi|vous)|bien mérité", why: WHY.sympathyInReply, example: 'Tellement désolé pour ta perte' },
    { pattern: "(?:on pense|je pense|nous pensons|on est|je suis|nous sommes) (?:fort |bien |tr[eè]s fort )?(?:[aà] toi|[aà] vous|avec toi|avec vous)|(?:tout mon|tout notre) soutien [aà] (?:toi|vous)|courage [aà] (?:toi|vous)", why: WHY.supportInReply, example: 'Courage Élodie, on pense fort à toi' },
    { pattern: 'merci(?: beaucoup| infiniment| mille fois)?', why: WHY.thanksInReply, example: 'Merci beaucoup !' },
    // Thanks typed short, as in English "thx": "mrc", "mercii", "thx".
    { pattern: 'mrc|mercii+|thx', why: WHY.thanksInReply, example: 'mrc, ça m’a bien aidé !' },
  ],
  report: [
    { pattern: "entre(?:nt|ra|ront)? en vigueur|(?:est|sont) entrée?s? en vigueur|(?:devient|deviennent|deviendra|deviendront|sera|seront) (?:obligatoires?|interdite?s?|illégale?s?|illégaux)", why: 'A rule that takes effect or becomes binding ("takes effect on July 1", "entra en vigor", "será obligatoria"): what changes, and for whom, is the news.', example: "Dès le 1er juillet, le contrôle technique des motos sera obligatoire tous les deux ans" },
    { pattern: "alerte (?:arnaque|escroquerie|fraude|phishing)|attention (?:arnaque|escroquerie)|rappel (?:de produits?|conso|produit)|(?:nous rappelons|on rappelle) (?:notre|nos|le|la|les)", why: 'A warning of a scam or a recall: what to avoid and what to do, a notice for the reader.', example: 'Alerte arnaque : nous ne demandons jamais de paiement par SMS' },
    { pattern: "(?:dit|disent|a déclaré|annonce|a annoncé|confirme|a confirmé|selon|d'après) ", why: WHY.source, example: 'Selon la préfecture, deux blessés' },
    { pattern: '(?:police|pompiers|préfecture|mairie|gouvernement|ministère|autorités)', why: WHY.authority, example: 'Les pompiers demandent d’éviter le secteur' },
    { pattern: '(?:urgent|info|alerte|avis|attention|mise à jour) ?:', why: WHY.newsLabel, example: 'Alerte : la route est coupée' },
    { pattern: '(?:adresse|a adressé|présente|a présenté|exprime|a exprimé) (?:ses|leurs) (?:sincères )?(?:condoléances|pensées)', why: WHY.reportedSympathy, example: 'Le président adresse ses condoléances aux familles' },
    { pattern: "(?:a déclaré|a expliqué|a indiqué) (?:à la presse|aux journalistes)|porte-parole|(?:dans un )?communiqué", why: WHY.pressSource, example: "Le porte-parole des pompiers a indiqué que le feu est fixé" },
  ],
  happened: [
    { pattern: "(?:meurt|meurent|est mort|est morte|sont morts|sont mortes|décède|décèdent|est décédé|est décédée|sont décédés|perd la vie|a perdu la vie|ont perdu la vie)", why: WHY.whatHappened, example: "Un pompier meurt dans l'incendie d'une usine à Rouen" },
    // An authority acts and says so: a declaration, a warning to the public, a product withdrawn, the finding of a study.
    { pattern: "(?:d[ée]clare|a d[ée]clar[ée]|d[ée]cr[èe]te|a d[ée]cr[ée]t[ée]) (?:[\\p{L}'’-]+ ){1,9}?(?:l'|une |la |le )?(?:urgence|pand[ée]mie|catastrophe naturelle|[ée]tat (?:d'urgence|de catastrophe))", why: 'An authority acts and says so: a declaration, a warning to the public, a product withdrawn, the finding of a study.', example: "L'OMS a déclaré l'épidémie de mpox une urgence de santé publique" },
    { pattern: "(?:met en garde|avertit|alerte|appelle) (?:les )?(?:consommateurs|usagers|habitants|riverains|parents|automobilistes|voyageurs|patients|la population) (?:contre|de ne pas|[àa] ne pas|sur|que)(?![\\p{L}])", why: 'An authority acts and says so: a declaration, a warning to the public, a product withdrawn, the finding of a study.', example: "La DGCCRF met en garde les consommateurs contre ces légumes surgelés" },
    { pattern: "(?:cessera|va cesser|arr[êe]tera|va arr[êe]ter) de (?:vendre|produire|fabriquer|commercialiser)", why: 'An authority acts and says so: a declaration, a warning to the public, a product withdrawn, the finding of a study.', example: "Apple va cesser de vendre l'iPhone SE dans l'UE" },
    { pattern: "(?:une|l'|cette|nouvelle) ?(?:[ée]tude|enqu[êe]te|rapport) (?:[\\p{L}\\p{N}.,'’-]+ ){0,8}?(?:associe|lie|relie|conclut que|montre que|r[ée]v[èe]le que|confirme que)", why: 'An authority acts and says so: a declaration, a warning to the public, a product withdrawn, the finding of a study.', example: "Une étude de l'Inserm sur 3 400 enfants associe plus de deux heures d'écran par jour à de moins bonnes notes" },
    { pattern: '(?:fermée?s?|coupée?s?|ouverte?s?|annulée?s?|reportée?s?|suspendue?s?|évacuée?s?|inondée?s?)', why: WHY.changeOfState, example: 'La ligne 4 est coupée jusqu’à 18h' },
    { pattern: "(?:pas d'|pas de |sans )(?:école|cours|classe|eau|eau potable|électricité|courant|gaz|chauffage|internet|réseau|trains?|bus|vols|courrier)(?![\\p{L}])|coupure de courant|panne d'électricité", why: WHY.outage, example: "Pas d'école demain et toujours pas d'électricité dans le quartier" },
    { pattern: "a déraillé|(?:s'est|se sont) (?:écrasée?s?|effondrée?s?)|a explosé|est entrée? en éruption|a chaviré|faisant (?:au moins )?(?:\\d[\\d\\s.]*|des dizaines de|des centaines de) (?:morts|blessés|victimes)", why: WHY.eventVerb, example: 'Un train a déraillé près de la gare, faisant 4 morts' },
    { pattern: '(?:morts|blessés|disparus|secourus|interpellés)', why: WHY.whatHappened, example: 'Deux blessés dans l’incendie' },
    { pattern: "(?:touchée?s?|frappée?s?|ravagée?s?) par|se propage|(?:courant|électricité) (?:est )?rétabli|(?:a|ont) (?:besoin|urgemment besoin) d'(?:aide|eau|bénévoles|dons)", why: WHY.eventCourse, example: 'Le Guatemala est touché par un fort séisme' },
    { pattern: "bilan (?:humain|provisoire|s'alourdit)|nombre de (?:morts|victimes)|(?:maisons|habitations|bâtiments) (?:détruite?s|brûlée?s|inondée?s)|hectares (?:brûlés|détruits|partis en fumée)|a touché terre", why: WHY.damageToll, example: "Le bilan s'alourdit : 12 morts et 40 maisons détruites" },
    { pattern: '(?:augmente|relève|baisse|chute|double|prolonge|réduit|grimpe|atteint|recule|clôture|passe|(?:a|ont) (?:augmenté|relevé|baissé|chuté|doublé|prolongé|réduit|grimpé|atteint|reculé|clôturé)) (?:[\\p{L}\'’-]+ ){0,6}?(?:à|de|jusqu\'au|jusqu’au|au|en)(?: (?:le|la|les|un|une))? (?:R\\$|US\\$|[$€£])? ?\\d[\\d.,]*(?!:\\d)', why: 'A figure changed: a price, limit, rate or deadline raised, cut, extended or closing at a number ("raises its standard plan to $10.99", "amplía hasta el 30 de abril el plazo") is the news itself, not a teaser\'s count.', example: 'Netflix augmente le prix de son offre standard à 13,49 euros par mois' },
  ],
  event: [
    { pattern: 'incendies?(?: de forêt)?|feux? de forêt|pompiers', why: WHY.eventNamed, example: 'L’incendie de forêt avance vers le village' },
    { pattern: 'inondations?|crues?|séismes?|tremblements? de terre|répliques?|tsunamis?|glissements? de terrain|éruptions?|météorites?', why: WHY.eventNamed, example: 'Les inondations coupent la route du fleuve' },
    { pattern: 'tempêtes?|ouragans?|typhons?|cyclones?|tornades?|canicules?|vagues? de chaleur', why: WHY.eventNamed, example: 'Le typhon touche terre cette nuit' },
    { pattern: 'explosions?|fusillades?|attentats?|effondrements?|déraillements?|accidents? (?:de train|d’avion|d\'avion|de car|de bus|ferroviaires?)|crash (?:d’avion|d\'avion|d’hélicoptère|d\'hélicoptère)', why: WHY.eventNamed, example: 'Explosion dans l’usine chimique' },
  ],
  volunteerCall: [
    { pattern: "(?:a|ont|avons) (?:besoin|bien besoin|grand besoin) (?:de|d') (?:\\d+ |quelques |plusieurs )?(?:bénévoles|benevoles|volontaires)", why: WHY.volunteerCall, example: 'Notre banque alimentaire a besoin de 10 bénévoles ce samedi' },
    { pattern: '(?:cherche|recherche|cherchons|recherchons|cherchent) (?:\\d+ |des |quelques )?(?:bénévoles|benevoles|volontaires)|(?:bénévoles|benevoles) (?:recherchés|demandés|bienvenus)', why: WHY.volunteerCall, example: 'On cherche 5 bénévoles pour la maraude de dimanche' },
  ],
  relief: [
    { pattern: '(?:faites un don|donnez|donner) (?:à|a) (?:la )?(?:croix-rouge|croix rouge|fondation de france|unicef|secours populaire|secours catholique)', why: WHY.donateTo, example: 'Donnez à la Croix-Rouge' },
    { pattern: 'envoy(?:ez|er) (?:\\p{L}+ )?(?:par sms )?au \\d{3,6}', why: WHY.textToGive, example: 'Envoyez DON au 92300' },
    { pattern: "(?:centres? d'hébergement|hébergements? d'urgence|points? de collecte) (?:est |sont )?(?:ouverts? )?(?:à|au|aux|pour)", why: WHY.shelterOpen, example: "Centre d'hébergement ouvert à la salle des fêtes" },
    { pattern: '(?:on )?(?:cherche|recherche) des bénévoles|bénévoles (?:recherchés|demandés|bienvenus)', why: WHY.volunteersNeeded, example: 'On cherche des bénévoles pour remplir les sacs de sable' },
    { pattern: 'comment aider (?:les )?(?:sinistrés|victimes)', why: WHY.howToHelp, example: 'Comment aider les sinistrés du Var' },
  ],
  newsSource: [
    { pattern: 'pour (?:les )?(?:dernières )?(?:infos|informations|nouvelles|mises à jour) (?:sur|concernant|de)', why: WHY.followNews, example: 'Suivez @prefet13 pour les dernières infos sur les incendies' },
  ],
  petition: [
    { pattern: 'signez (?:ici|maintenant|la pétition)|pétition', why: WHY.petitionAsk, example: 'Non à la mine près de la rivière. Signez la pétition' },
  ],
  audience: [
    { pattern: 'si (?:vous|tu)', why: WHY.ifYou, example: 'Si vous cherchez un appart à Lyon : demandez la garantie Visale' },
    { pattern: 'pour (?:ceux|celles|tous ceux|toutes celles|ceux et celles|quiconque)(?: qui)?', why: WHY.forThoseWho, example: 'Pour ceux qui débutent le pain : la farine de riz sur le banneton évite que ça colle' },
  ],
  notice: [
    { pattern: "ouvert(?:e|s|es)? (?:jusqu'à|jusqu'a|dès|de) \\d[\\d:.]*(?:am|pm|h|hs)?|(?:désormais |maintenant )?ouvert(?:e|s|es)? (?:le |les |tous les )?(?:lundis?|mardis?|mercredis?|jeudis?|vendredis?|samedis?|dimanches?|jours)|nouveaux horaires|horaires d'(?:été|hiver|ouverture)|(?:on ferme|nous fermons|fermeture) à \\d[\\d:.]*(?:am|pm|h|hs)?", why: WHY.openingHours, example: 'Nouveaux horaires : la boulangerie est désormais ouverte le dimanche de 7h à 13h !' },
    { pattern: "fermeture (?:annuelle|exceptionnelle|estivale|pour (?:congés|travaux|inventaire))|fermé(?:e|s|es)? (?:pour (?:congés|les vacances|les fêtes|travaux)|(?:le|du|jusqu'au) (?:\\d[\\d:.]*(?:am|pm|h|hs)?|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche))|réouverture (?:le|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)", why: WHY.closure, example: 'Fermeture annuelle du 10 au 25 août' },
    { pattern: "(?:ferme|ferment|fermera|fermeront|(?:est|sont|sera|seront|reste|restent|restera|resteront) fermé(?:e|s|es)?)(?: [\\p{L}\\d']+){0,3}? pour (?:nettoyage|entretien|maintenance|travaux|rénovation|réparations?|inventaire|formation|un événement privé|une soirée privée)", why: WHY.closure, example: 'La piscine municipale ferme lundi pour nettoyage' },
  ],
  fundsFor: [
    // Money raised for someone's named need (a wheelchair, an operation, a funeral), not the author's own.
    { pattern: 'pour aider (?:à )?(?:payer|financer|offrir) (?!(?:mon|ma|mes|notre|nos)(?![\\p{L}]))(?:[\\p{L}\\p{N}\'’-]+ ){0,4}?(?:fauteuil roulant|op[ée]ration|traitement|obs[èe]ques|proth[èe]se|th[ée]rapie|greffe|appareils? auditifs?)(?![\\p{L}])', why: WHY.fundsGoTo, example: 'une tombola pour aider à payer le fauteuil roulant d\'Alex' },
    { pattern: "(?:chaque|tous les|tout l') ?(?:euro|centime|argent|dons?)s? (?:récolté(?:s)? )?(?:va|vont|ira|iront) (?:directement |intégralement )?(?:à|au|aux|pour)(?! (?:moi|nous|mon|ma|mes|notre|nos)(?![\\p{L}]))|(?:les )?bénéfices (?:vont|iront) (?:à|au|aux)(?! (?:moi|nous|mon|ma|mes|notre|nos)(?![\\p{L}]))", why: WHY.fundsGoTo, example: 'Tous les dons vont à leurs ateliers' },
    { pattern: "(?:récolter|collecter|lever) des fonds pour(?! (?:moi|nous|mon|ma|mes|notre|nos)(?![\\p{L}]))|au profit de|je cours (?:le |la )?[\\p{L}-]+(?: de [\\p{L}-]+)? pour (?:l'association|la fondation|l'hôpital)", why: WHY.fundsGoTo, example: "Je cours le marathon de Paris pour l'association qui a accompagné ma mère" },
  ],
  openLicence: [
    { pattern: "sans (?:inscription|compte|e-?mail|adresse e-?mail|cr[ée]er de compte|connexion)|sans (?:donner|laisser) (?:votre |ton |son |d'|l')?(?:adresse )?e-?mail", why: WHY.noStrings, example: 'Modèle gratuit, sans inscription : exemple.fr/modele' },
    // Pas après un verbe nié (« je n'ai pas de compte Instagram ») : c'est l'auteur qui n'en a pas.
    { pattern: "(?<!(?<![\\p{L}])n['’]\\p{L}+ |(?<![\\p{L}])ne \\p{L}+ )(?:pas|aucune?) (?:d['’]inscription|de compte|d['’]e-?mail|d['’]adresse e-?mail|de connexion)(?![\\p{L}])", why: WHY.noStrings, example: "Le guide en PDF, pas d'inscription, pas d'email : exemple.fr/guide" },
    { pattern: 'sans (?:contrepartie|pi[eè]ge|arnaque)', why: WHY.noStrings, example: 'Modèle gratuit de préparation de cours, sans contrepartie' },
    { pattern: "(?:est|sont|c'est|totalement|gratuit et) (?:en )?open[- ]source|open[- ]source(?=\\s*[:(,.!;]|\\s*$| et gratuit| sur github)|logiciel libre|code source (?:ouvert|libre)", why: WHY.openLicence, example: "J'ai fait une extension qui masque les Shorts. Open source : github.com/x/noshorts" },
    { pattern: "(?:sous|avec) (?:une )?licence (?:ouverte|libre|cc[- ]by|creative commons|mit)|(?:en )?acc[eè]s libre(?! (?:pour|aux?|r[ée]serv[ée]|pendant|durant|d[èe]s|[àa] (?:la|l'|vie|partir)))|en libre acc[eè]s|libres? de droits|domaine public|libre(?:ment)? réutilisable", why: WHY.openLicence, example: '3 000 contrats de travail annotés, sous licence ouverte' },
    { pattern: "(?:slides|diapos(?:itives)?|mod[eè]les|templates|notes|fiches|exercices|enregistrements|code|antis[èe]ches?)(?: et (?:les |le |mes )?(?:slides|diapos|mod[eè]les|notes|fiches|exercices|enregistrements|code))? (?:sont|est) (?:maintenant |d[ée]sormais |enfin )*(?:gratuit(?:e?s)?|libres?|en acc[eè]s libre)(?![\\p{L}]| (?:pour les (?:membres|abonn[ée]s)))", why: WHY.openLicence, example: 'les slides sont maintenant gratuites : 3 exercices et une antisèche' },
    { pattern: "(?:les )?(?:données|code)(?: et (?:le |les )?(?:code|données))? (?:sont|est) (?:ouverts?|ouvertes|publics?|publiques|en libre accès)(?![\\p{L}])", why: WHY.openLicence, example: 'Les données et le code sont ouverts, lien ci-dessous' },
    { pattern: "(?:mon|ma|mes|notre|nos) (?:petite? )?(?:outil|appli|application|biblioth[eè]que|extension|projet|logiciel|jeu|plugin)s? (?:gratuite? )?(?:open[- ]source|libre)(?![\\p{L}])", why: WHY.openLicence, example: 'Nouvelle version de mon outil open source pour les PDF : la 2.3 corrige le plantage sur les scans' },
  ],
  finding: [
    { pattern: "(?<!(?:sans|aucune) )(?:(?:les|la|une|deux|quelques|principales?|grosses?) )*(?:limites|limite|limitations|r[ée]serves|b[ée]mols?)(?: (?:de l['’](?:[ée]tude|analyse|article)|de (?:notre|cette) (?:[ée]tude|analyse|enqu[êe]te)))? ?[:—](?=\\s*(?!https?:|www\\.)[\\p{L}\\p{N}])", why: WHY.limitsStated, example: 'Les parcelles tondues une fois par mois accueillaient 2,3 fois plus d’espèces. Limites : une seule ville, deux saisons.' },
    { pattern: "(?:j'ai|nous avons|on a) (?:testé|comparé|essayé) (?:\\d+|deux|trois|quatre|cinq|six|dix)(?! fois(?![\\p{L}]))", why: WHY.comparisonRun, example: "J'ai testé 4 applis de budget pendant 3 mois" },
    { pattern: "(?:nous|on) (?:montrons|trouvons|avons montré|avons trouvé|montre|trouve|a montré|a trouvé|constatons|observons) (?:que|qu'|comment)|(?:nos|les) (?:résultats|données) (?:montrent|indiquent|suggèrent)(?: que| qu')?|(?:le )?résultat principal|(?:le )?principal résultat", why: WHY.findingStated, example: 'On montre que les modèles de langage oublient les faits appris en dernier' },
    { pattern: '(?<=(?:\\d|(?<![\\p{L}])(?:tous|toutes|deux|plupart)(?![\\p{L}]))[^.!?\\n]{0,120})(?:avaient|ont|partageaient|partagent) (?:un point|une chose|un trait) (?:en )?commun ?[:—]|(?:toutes|tous) (?:faisaient|ont fait) (?:une|la même) chose ?[:—]', why: WHY.sharedTrait, example: 'Les 9 qui ont décroché un entretien avaient un point commun : la première phrase citait un problème de l\'annonce' },
  ],
  generalization: [
    { pattern: '(?:la plupart des|presque tous les|presque toutes les|la majorit[ée] des) (?!(?:gens|personnes|entrepreneurs|entreprises|marques|jours|nuits|semaines|fois|ann[ée]es)(?![\\p{L}]))\\p{L}{3,}', why: WHY.generalization, example: "La plupart des mutuelles remboursent l'ostéopathe" },
  ],
  hiring: [
    { pattern: "on recrute|nous recrutons|(?:nous )?recherchons (?:un|une) (?:[\\p{L}-]+)|offre d'emploi|#recrutement", why: WHY.jobAd, example: 'On recrute un serveur ou une serveuse' },
  ],
  saidBy: [
    { pattern: "(?:a |ont |avait )?(?:dit|disent|déclaré|annoncé|confirmé|affirmé|indiqué|précisé|rapporté)|(?:déclare|annonce|confirme|affirme|indique|précise)(?:nt)? (?:que|qu')", why: WHY.saidBy, example: 'La mairie a annoncé que la médiathèque sera gratuite' },
  ],
  accordingTo: [
    { pattern: "selon|d'après", why: WHY.accordingTo, example: "Selon Apple, l'iPhone 17 est disponible dès maintenant" },
  ],
  publicGood: [
    { pattern: '(?:bibliothèque|piscine|école|cantine|centre|service|transport|jardin|cuisine|épicerie)s? (?:municipale?|publique?|communautaire|solidaire|partagée?|scolaire|social)s?|médiathèques?|frigos? (?:solidaires?|partagés?)|banques? alimentaires?|restos du c(?:œ|oe)ur|mairie|hôtel de ville|conseil municipal|centres? de santé|maisons? de quartier', why: WHY.publicBody, example: 'Le frigo solidaire du quartier est de nouveau disponible' },
    { pattern: '(?:pass|carte|abonnement)s? (?:jeunes?|navigo|senior|étudiant|de transport)|pass culture', why: WHY.publicPass, example: 'Le nouveau pass jeunes est disponible' },
    { pattern: "(?:dans|à) (?:n'importe quelle|toutes les|chaque) (?:gare|bibliothèque|mairie|bureau de poste)s?", why: WHY.takenAnywhere, example: "À retirer dans n'importe quelle gare" },
    { pattern: 'prenez ce dont vous avez besoin|prends ce dont tu as besoin|servez-vous|donnez ce que vous pouvez', why: WHY.commons, example: 'Nourriture gratuite, prenez ce dont vous avez besoin' },
  ],
  freeForAll: [
    { pattern: '(?:gratuite?s?|gratis) pour (?:tous|toutes|tout le monde|les enfants|les habitants|les moins de)|(?:entrée|accès) (?:libre|gratuit)', why: WHY.freeForAll, example: 'Nourriture gratuite pour tous' },
  ],
  scamWarning: [
    // Une arnaque crypto nommée ou un airdrop démenti ("il n'y a pas d'airdrop", "nous ne vous demanderons jamais votre phrase secrète").
    { pattern: "drainers?(?![\\p{L}])|(?:est|sont) (?:un )?(?:rug ?pull|honeypot)|il n'y a (?:pas|aucun) (?:d'|de )?(?:airdrop|token|pr[ée]vente)|(?:nous|on|l'[ée]quipe) ne (?:vous |te )?(?:demanderons|demandera|demande) jamais (?:votre |ta )?(?:phrase secr[èe]te|seed|cl[ée] priv[ée]e)", why: WHY.scamNamed, example: "Il n'y a pas d'airdrop : ces sites sont des drainers" },
    // Une fausse page, un faux compte ou une fausse boutique (« une fausse page Facebook utilise nos photos »).
    { pattern: '(?:fausses?|faux) (?:pages?|comptes?|profils?|boutiques?|annonces?)(?![\\p{L}])', why: WHY.scamNamed, example: 'Une fausse page Facebook utilise nos photos et vend nos bougies à -80 %' },
    // Le message ou la rumeur démentis dans une phrase à part ("C'est FAUX.", "C'est une intox !").
    { pattern: '(?:c\'est|c’est) (?:faux|un fake|une intox|un hoax)(?=\\s*[.!]|\\s*$)', why: WHY.scamNamed, example: "Un audio circule sur WhatsApp disant que le vaccin provoque des AVC. C'est FAUX." },
    { pattern: '(?:est|sont|c\'est|c’est|était) (?:une |un |encore une )?(?:arnaques?|escroqueries?|fraudes?|phishing|hameçonnage)(?![\\p{L}])', why: WHY.scamNamed, example: 'Ces appels de la « banque » sont une arnaque' },
    { pattern: 'arnaque (?:au|aux|à la|du|de la|par)', why: WHY.scamNamed, example: 'Attention à l\'arnaque au faux colis' },
    { pattern: '(?:sms|messages?|appels?|mails?|e-mails?|courriels?|sites?|liens?|factures?) (?:frauduleux|frauduleuses?|piégés?)', why: WHY.scamNamed, example: 'Des SMS frauduleux au nom de l\'Assurance maladie circulent' },
    { pattern: 'faux (?:sms|messages?|mails?|e-mails?|sites?|conseillers?|colis|livreurs?)', why: WHY.scamNamed, example: 'Méfiez-vous des faux conseillers bancaires' },
    { pattern: 'alerte (?:arnaque|escroquerie|fraude|phishing)', why: WHY.scamNamed, example: 'Alerte arnaque : nous ne demandons jamais vos codes' },
    // La règle du vrai expéditeur pour démasquer le faux (« Les impôts n'envoient jamais de lien par SMS », « votre banque ne vous demandera jamais vos codes »).
    { pattern: "n(?:'|’|e )(?:vous |te |nous )?(?:envoie|envoient|enverra|enverront|envoi) (?:jamais|pas|aucun) (?:de |d')?liens? (?:par|via|dans un) (?:sms|mail|e-mail|courriel|whatsapp|texto)|ne (?:vous |te |nous )?(?:demande|demandent|demandera|demanderont) jamais (?:vos |tes |votre |ta |les |le |de )?(?:codes?|coordonnées bancaires|num[ée]ros? de carte|mots? de passe|code pin|pin)(?![\\p{L}])", why: WHY.scamNamed, example: "Les impôts n'envoient jamais de lien par SMS" },
  ],
};
