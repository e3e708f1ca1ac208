// French offers: first-person launches ("nous lançons", "on vient de sortir", "j'ai lancé"), "notre nouveau",
// availability ("disponible dès maintenant", "précommande") and shop imperatives in the vous and tu forms.
import { MARKETPLACES, STREAMING, PRICE, versionEntry, WHY, type OfferLexicon } from './entry';

export const frOffer: OfferLexicon = {
  release: [
    {
      pattern:
        "(?:nous|on) (?:lance|lançons|lancons|sort|sortons|publie|publions|dévoile|dévoilons|présente|présentons|ouvre|ouvrons)|(?:nous venons|on vient|je viens) de (?:lancer|sortir|publier|dévoiler|mettre en ligne|ouvrir)|(?:nous avons|on a|j'ai) (?:enfin )?(?:lancé|sorti|publié|dévoilé|mis en ligne|ouvert)|je (?:lance|sors|publie)",
      why: WHY.weRelease,
      example: 'Nous lançons notre application de recettes',
    },
    {
      pattern:
        "(?:j'ai|nous avons|on a) (?:cr[ée]{2}|d[ée]velopp[ée]|cod[ée]|fait|construit|con[çc]u|programm[ée]) (?:un|une|mon|ma|notre) (?:(?:petit|petite|nouveau|nouvelle|nouvel|simple) )?(?:site|appli|application|app|outil|extension|jeu|bot|formation|newsletter|plugin|template|mod[eè]le|plateforme|ebook|e-book|guide)s?",
      why: WHY.weMade,
      example: "J'ai créé un site gratuit pour réviser le code de la route",
    },
    {
      // Une chose nommée de l'auteur faite pour ce qu'on demande (« J'ai créé LinkNest exactement pour ça »).
      pattern:
        "(?:j'ai|nous avons|on a) (?:cr[ée]{2}|d[ée]velopp[ée]|cod[ée]|fait|construit|con[çc]u|programm[ée]) (?!(?:un|une|des|le|la|les|l'|mon|ma|mes|ça|ce|cela|ceci|tout)\\s)[\\p{L}\\p{N}][\\p{L}\\p{N}.-]* (?:exactement |justement |précisément |pile )?pour (?:ça|ca|cela)(?![\\p{L}])",
      why: WHY.weMade,
      example: "J'ai créé LinkNest exactement pour ça, essaie-le",
    },
    {
      // La même chose sans le nom devant : l'auteur a construit pile ce qu'on demande (« On a construit exactement ça chez
      // Comptalo »). Verbes de construction seulement : « on a fait exactement ça l'an dernier » raconte ce qu'on a fait.
      pattern:
        "(?:j['’]ai|nous avons|on a) (?:construit|cr[ée]{2}|d[ée]velopp[ée]|cod[ée]|con[çc]u|programm[ée]) (?:exactement|justement|précisément|pile) (?:ça|ca|cela)(?![\\p{L}])",
      why: WHY.weMade,
      example: 'On a construit exactement ça chez Comptalo, 3 mois offerts si vous voulez tester',
    },
    {
      // La chose nommée d'abord, l'auteur ensuite comme celui qui l'a faite (« utilise l'appli que j'ai développée »).
      pattern:
        "(?:site|appli|application|app|outil|extension|jeu|bot|formation|newsletter|plugin|template|mod[eè]le|plateforme|ebook|e-book|guide)s? (?:que|qu') ?(?:j'ai|nous avons|on a) (?:(?:moi-même|nous-mêmes) )?(?:créée?s?|développée?s?|codée?s?|construite?s?|conçue?s?|programmée?s?|lancée?s?)(?![\\p{L}])",
      why: WHY.weMade,
      example: "Utilise l'appli que j'ai développée, elle fait exactement ça : contai.app",
    },
    { pattern: '(?:je vous|nous vous) présente', why: WHY.presenting, example: 'Je vous présente mon nouveau livre' },
    { pattern: '(?:je|nous|on) (?:vends|vendons|vend|organise|organisons|propose|proposons)', why: WHY.hosting, example: 'Nous organisons un atelier de pain samedi' },
    { pattern: '(?:notre|nos|mon|ma|mes) (?:nouveau|nouvelle|nouvel|nouveaux|nouvelles|premier|première|prochain|prochaine)', why: WHY.ourNew, example: 'Découvrez notre nouvelle collection' },
    { pattern: "(?:ravie?s?|heureux|heureuse|heureuses|fiers?|fières?) (?:de vous )?(?:annoncer|présenter|lancer|dévoiler)", why: WHY.announce, example: 'Ravis de vous présenter notre atelier' },
    { pattern: "(?:nous nous associons|nous nous sommes associés|on s'associe) (?:à|avec)|(?:notre|un) (?:nouveau )?partenariat avec", why: WHY.partner, example: 'Nous nous associons à Stripe pour des paiements instantanés' },
    {
      pattern: "(?:nous avons|on a|j'ai) (?:aussi |enfin )?ajouté (?:le support|la prise en charge|une intégration|l'intégration) (?:de|du|des|avec|d'[\\p{L}]+)",
      why: WHY.weAdded,
      example: "On a ajouté la prise en charge d'OpenRouter",
    },
    {
      pattern: '(?:je construis|nous construisons|on construit|je développe|nous développons|on développe) (?:un|une) (?:[\\p{L}\\p{N}-]+ ){0,3}?(?:app|appli|application|outil|éditeur|extension|plugin|plateforme|jeu|moteur|bibliothèque|bot|agent|startup|produit)',
      why: WHY.weBuild,
      example: 'Je développe un éditeur de shaders pour Three.js',
    },
  ],
  available: [
    { pattern: `(?:est|sont) (?:maintenant |aussi |d[ée]j[àa] |seulement )?(?:sur|chez) ${MARKETPLACES}(?!(?:[^.!?\\n]|\\.(?=\\S))*\\?(?:\\s|$))`, why: WHY.onMarketplace, example: 'Il est sur Amazon à 9,99 €' },
    { pattern: `(?:est|sont) (?:maintenant |aussi |d[ée]j[àa] |disponibles? |enfin )*(?:sur|chez) ${STREAMING}(?!(?:[^.!?\\n]|\\.(?=\\S))*\\?(?:\\s|$))`, why: WHY.onStreaming, example: 'Mon album est disponible sur Spotify' },
    { pattern: 'billets? (?:sur|via)|billets?(?= ?:)|places (?:sur|via)(?= [\\p{L}\\p{N}-]+\\.[a-z]{2,})', why: WHY.ticketsAt, example: 'Notre tournée : billets sur lesoiseaux.fr' },
    { pattern: `(?:billets?|places?|entr[ée]e) (?:[àa] |d[èe]s |: )?(?:seulement )?${PRICE}|(?:il (?:nous )?reste|reste|encore) (?:des |quelques |les derni[èe]res )?(?:billets|places)(?: dispo(?:nibles)?)? (?:[àa] |d[èe]s )(?:seulement )?${PRICE}`, why: WHY.ticketPrice, example: 'On joue samedi au Petit Bain, billets 12€ sur place' },
    versionEntry('Lumen v2.1 est là, essayez-le gratuitement'),
    {
      pattern: "(?:est|sont) (?:enfin |désormais |maintenant )?(?:disponibles?|en ligne|en vente)|disponibles? (?:dès maintenant|dès aujourd'hui|maintenant|en précommande)|(?:enfin|désormais) disponibles?",
      why: WHY.nowAvailable,
      example: "L'album est enfin disponible",
    },
    { pattern: '(?:est|sont) de retour|(?:revient|reviennent)(?![\\p{L}])', why: WHY.backAgain, example: 'Notre calendrier de l\'Avent est de retour' },
    { pattern: '(?:est|sont) enfin arrivée?s?|(?:est|sont) arrivée?s? (?:dans|sur) (?:notre|nos|mon|ma|mes)(?![\\p{L}])', why: WHY.arrived, example: 'Le mode sombre est enfin arrivé dans notre appli' },
    { pattern: '(?:est|sont) (?:enfin |officiellement |aujourd.hui )?sortie?s?(?! de)', why: WHY.nowAvailable, example: 'Mon roman est enfin sorti' },
    { pattern: '(?:prend|prennent) (?:désormais|maintenant|enfin) en charge|(?:est|sont) (?:désormais|maintenant) compatibles?|permet (?:désormais|maintenant|enfin) de', why: WHY.nowSupports, example: 'Fleurie prend désormais en charge les widgets, mettez à jour' },
    { pattern: '(?:lance|dévoile|a lancé|a dévoilé) (?:son|sa|ses|le|la|les|un|une)', why: WHY.launches, example: 'Acme lance sa nouvelle application' },
    { pattern: 'bientôt (?:disponible|en ligne|en vente)|très bientôt', why: WHY.soon, example: 'Bientôt disponible en librairie' },
    { pattern: 'sort (?:bientôt|aujourd.hui|demain|ce soir|la semaine prochaine|cette semaine)', why: WHY.soon, example: 'Le template sort la semaine prochaine' },
  ],
  opening: [
    { pattern: 'pré-?commandes?|prévente', why: WHY.preorder, example: 'Les précommandes sont ouvertes' },
    { pattern: "liste d'attente|accès anticipé", why: WHY.waitlist, example: "Inscrivez-vous sur la liste d'attente" },
    { pattern: 'billets? (?:en vente|disponibles)|billetterie (?:ouverte|est ouverte)', why: WHY.tickets, example: 'Billets en vente dès maintenant' },
    { pattern: 'inscriptions (?:sont )?(?:ouvertes|open)', why: WHY.registration, example: 'Les inscriptions sont ouvertes' },
    { pattern: "inscriptions (?:[àa]|pour|au|aux) (?:mon|ma|mes|notre|nos) (?:[\\p{L}\\p{N}'’-]+ ){0,4}?sont (?:maintenant |d[ée]sormais |enfin )?ouvertes", why: WHY.registration, example: 'Les inscriptions pour notre atelier de mars sont ouvertes' },
  ],
  acquire: [
    // L'essai offert comme un choix du lecteur (« si vous voulez tester », « si tu veux l'essayer ») : la même demande, adoucie.
    { pattern: "(?:voulez|veux) (?:le |la |les |l['’])?(?:tester|essayer)(?![\\p{L}])", why: WHY.takeIt, example: 'On a construit exactement ça, 3 mois offerts si vous voulez tester' },
    // xlang19: a phone or WhatsApp number to call for the service: how an ad is taken up (backs its copy).
    { pattern: "(?:appelez(?:-nous|-moi)?|appelle(?:-nous|-moi)?|texto|sms|whatsapp)(?: (?:au|le))?:? ?\\+?\\(?\\d[\\d().\\s/-]{6,}\\d", why: WHY.contact, example: "Devis gratuit, appelez le 079 555 12 34" },
    { pattern: '(?:toujours pas|pas encore) (?:craqu[ée]|command[ée]|achet[ée])[^.!?\\n]{0,60}\\?', why: WHY.notYetBought, example: 'Toujours pas craqué pour le livre ?' },
    { pattern: "(?:[àa] (?:écouter|ecouter|regarder|lire)|disponible) (?:sur toutes les plateformes|partout|sur (?:ma|notre) cha[iî]ne|sur (?:spotify|youtube|apple podcasts|deezer))|(?:écoutez|ecoutez|regardez)-(?:le|la)", why: WHY.listenAt, example: "À écouter sur toutes les plateformes" },
    {
      pattern: '(?:commandez|commande|achetez|achète|téléchargez|télécharge|essayez|essaie|testez|teste|procurez-vous|précommandez|profitez) (?:le|la|les|l|dès|maintenant|ici|vite|gratuitement|votre|ton|ta|vos|tes|notre|mon|ma)',
      why: WHY.takeIt,
      example: "Téléchargez l'application gratuitement",
    },
    { pattern: '(?:commandez|achetez|téléchargez|telechargez|essayez|testez|précommandez)-(?:le|la|les)', why: WHY.takeIt, example: 'Téléchargez-la sur le site' },
    { pattern: "mettez (?:à|a) jour (?:dès maintenant |maintenant )?(?:depuis|sur|via) (?:l.app store|le play store|google play|la console|l.appli)", why: WHY.update, example: "La version 2.0 est là, mettez à jour depuis l'App Store" },
    { pattern: '(?:vous pouvez|tu peux|on peut) (?:d[ée]j[àa] )?(?:le |la |les |l.)?(?:commander|acheter|t[ée]l[ée]charger|pr[ée]commander|r[ée]server)', why: WHY.takeIt, example: 'Vous pouvez le commander chez votre libraire ou sur mon site' },
    { pattern: "passez (?:votre )?commande|n'h[ée]sitez pas (?:à|a) (?:le |la |les |l.)?(?:tester|essayer|t[ée]l[ée]charger|commander)", why: WHY.takeIt, example: "J'ai créé un site gratuit, n'hésitez pas à le tester" },
    { pattern: 'inscrivez-vous|inscris-toi|abonnez-vous|rejoignez (?:la liste|notre|nos)', why: WHY.signUp, example: 'Inscrivez-vous avant vendredi' },
    { pattern: 'réservez (?:dès|maintenant|ici|votre|vite)|réserve (?:ta|ton|vite)', why: WHY.reserve, example: 'Réservez votre place' },
    { pattern: '(?:écrivez|contactez|appelez)-(?:moi|nous)|(?:envoyez|envoie)-moi un (?:message|mp|dm)', why: WHY.contact, example: 'Je vends des bracelets faits main, écrivez-moi' },
  ],
  moreAt: [
    { pattern: 'en (?:boutique|magasin)s? (?:et|ou) (?:sur (?:le|notre) site|en ligne)|en ligne (?:et|ou) en (?:boutique|magasin)s?', why: WHY.inStoreOnline, example: 'Édition limitée, dispo en boutique et sur le site' },
    { pattern: `${PRICE} (?:(?:sur|chez) ${MARKETPLACES}|(?:sur|dans|chez|à) (?:ma |notre |mon )?(?:boutique(?: en ligne)?|stand))`, why: WHY.soldAt, example: 'Le gilet Juniper est sorti, 7 € sur Ravelry' },
    { pattern: `(?:(?:sur|chez) ${MARKETPLACES}|(?:sur|dans|à) (?:ma |notre |mon )?(?:boutique(?: en ligne)?|stand)),? (?:pour|à) ${PRICE}`, why: WHY.soldAt, example: 'dans ma boutique à 25 €' },
    { pattern: "(?:plus d'infos?|plus d'informations|en savoir plus)|(?:lien|d[ée]mo|tuto|tutoriel) (?:en bio|dans la bio|ci-dessous|en commentaire|↓|👇)", why: WHY.learnMore, example: "Plus d'infos sur le site" },
  ],
  trial: [
    {
      pattern: "premi(?:er|[eè]re) (?:le[cç]on|s[eé]ance|cours|consultation) (?:est )?(?:gratuite?|offerte?)|(?:cours|s[eé]ance|le[cç]on) d'essai (?:gratuite?|offerte?)",
      why: WHY.freeTrial,
      example: 'Je donne des cours de yoga en ligne, première séance offerte',
    },
  ],
  releaseCall: [
    { pattern: "pr[ée]parez-vous|pr[ée]pare-toi|restez connect[ée]s|restez à l'écoute|tenez-vous pr[eê]ts?|notez la date|bloquez la date|r[ée]servez la date", why: WHY.getReady, example: 'La version stable arrive en mars, préparez-vous !' },
    {
      pattern: 'dites-(?:nous|moi) ce que vous en pensez|dis-(?:nous|moi) ce que tu en penses|donnez-nous votre avis|vos retours sont les bienvenus',
      why: WHY.feedback,
      example: 'Mettez à jour et dites-nous ce que vous en pensez',
    },
    {
      pattern:
        '(?:notre|nos|mon|ma|mes) (?:[\\p{L}\\p{N}-]+ ){0,3}?(?:(?:sort|sortira|arrive|arrivera|débarque|débarquera) dans (?:\\d+|deux|trois|quatre|cinq|quelques) (?:jours|heures|semaines)|(?:sort|sortira|arrive|débarque) (?:demain|ce soir))',
      why: WHY.countdown,
      example: 'Notre nouvel album sort dans 3 jours !',
    },
  ],
  updateCall: [
    { pattern: 'mettez (?:à|a) jour (?:dès maintenant|maintenant|dès aujourd\'hui|votre appli|l\'appli)|mets (?:à|a) jour (?:ton appli|l\'appli|dès maintenant)', why: WHY.updateNow, example: 'Le mode sombre est enfin arrivé, mettez à jour dès maintenant !' },
  ],
  issueHeading: [
    { pattern: '(?:nouvel (?:épisode|article)|nouvelle (?:vidéo|video|chronique))(?=\\s*[:–—-])', why: WHY.newIssue, example: 'Nouvel épisode : le Dr Lee explique pourquoi le sommeil compte' },
    {
      pattern: "(?:nouvel (?:épisode|episode|article)|nouvelle (?:vidéo|video|chronique))(?: (?:du|de mon|de notre) (?:podcast|blog|cha[iî]ne))? (?:est )?(?:dispo(?:nible)?|en ligne|sorti|sortie|publi[ée]e?)(?![\\p{L}])",
      why: WHY.newIssue,
      example: 'Nouvel épisode du podcast dispo 🎙️ À écouter sur Spotify',
    },
  ],
  featureHeading: [
    { pattern: '(?:nouvelles? (?:fonctionnalit[ée]s?|fonctions?|int[ée]grations?))(?=\\s*(?:[:–—!-]|\\p{Extended_Pictographic}))', why: WHY.newFeature, example: 'Nouvelle fonctionnalité : vous pouvez programmer vos publications sur 12 comptes' },
  ],
  pitchTurn: [
    {
      pattern:
        "(?:c'est (?:(?:exactement|justement|précisément) )?(?:pour ça|pour cela|pour cette raison) (?:qu'on a|que nous avons|que j'ai)|(?:voilà|c'est) pourquoi (?:on a|nous avons|j'ai)) (?:créé|lancé|développé|conçu|fondé|fait|construit|imaginé)",
      why: WHY.pitchTurn,
      example: "C'est pour ça qu'on a créé LedgerLite, la compta automatique pour les freelances",
    },
  ],
};
