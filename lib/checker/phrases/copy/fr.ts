// French product copy and critique. "Avis" alone is left out: "à mon avis" gives an opinion on anything.
import { COPY_WHY as WHY, type CopyLexicon } from './entry';

export const frCopy: CopyLexicon = {
  copy: [
    // Un bien annoncé : ses pièces comptées comme une annonce les compte (« 3 chambres et 2 salles de bain ») et sa visite ouverte.
    { pattern: "\\d+ chambres?,? (?:et )?\\d+ salles? (?:de bains?|d'eau)(?![\\p{L}])", why: WHY.listing, example: 'Maison à Lille : 3 chambres et 2 salles de bain, jardin' },
    { pattern: "visites? (?:ce )?(?:samedi|dimanche) (?:de|à partir de|dès) \\d+(?:h\\d*|[:.]\\d+)?", why: WHY.listing, example: 'Visite ce samedi de 10h à 13h' },
    // La livraison du vendeur lui-même (« on livre sur Marseille », « livraison à domicile ») : à côté d'un prix, les termes de la vente.
    { pattern: '(?:on|nous) (?:vous )?livr(?:e|ons) (?:sur|à|a|dans|en|chez vous|gratuitement)|livraison à domicile', why: WHY.shipping, example: 'Miel de nos ruches, 10 € le pot, on livre sur Marseille' },
    // Du nouveau dans sa boutique (« Nouveaux arrivages », « nouvelles pièces en boutique »).
    { pattern: 'nouv(?:el|eaux?) arrivages?|nouvelles? pi[èe]ces (?:en boutique|arriv[ée]es|dispo)|nouveaut[ée]s en boutique', why: WHY.edition, example: 'Nouvel arrivage en boutique : vestes des années 80 dès 25 €' },
    // La petite série de l'artisan (« seulement 30 cette fois », « limitée à 50 exemplaires ») : le peu qu'il y a à acheter.
    { pattern: "seulement \\d+ (?:pi[èe]ces|exemplaires|cette fois)|(?:j'en ai|on en a) fait (?:que|seulement) \\d+|limit[ée]e?s? [àa] \\d+", why: WHY.stock, example: 'Les bougies sont de retour, seulement 30 cette fois' },
    { pattern: 'devis gratuits?|d[ée]pannage (?:24 ?h ?/ ?24|7j/7|rapide)|intervention (?:sous 24 ?h|rapide)', why: WHY.service, example: 'Devis gratuit, dépannage 24h/24' },
    { pattern: 'livraison (?:gratuite|offerte|partout)|(?:nous )?livrons partout|on livre partout|frais de port offerts|exp[ée]dition (?:gratuite|sous \\d+)', why: WHY.shipping, example: 'Livraison offerte cette semaine' },
    { pattern: "il (?:nous |me )?reste (?:encore )?des (?:places|cr[ée]neaux|rendez-vous|dates)|(?:encore|toujours) des (?:places|cr[ée]neaux|rendez-vous) (?:libres|disponibles)", why: 'Seats still open in a course, class or workshop: what is left to buy.', example: "Il reste encore des places pour l'atelier poterie de février !" },
    { pattern: "(?:plus que|il (?:nous |me )?reste|reste|encore) (?:quelques|\\d+) (?:places|cr[ée]neaux|rendez-vous)|derni[èe]res places|derniers cr[ée]neaux", why: 'Seats left in a course, class or workshop: how much of it is left to buy, as stock is.', example: 'Il reste quelques places pour l’atelier poterie, 160 €' },
    // Le prix étalé par le vendeur (« paiement en 4 fois possible », « en 3 fois sans frais ») : une condition de vente.
    { pattern: "(?<!(?:un|le|demander|demandez|obtenir) )paiement (?:possible )?en (?:\\d+|deux|trois|quatre) fois|payable en (?:\\d+|deux|trois|quatre) fois|en (?:\\d+|deux|trois|quatre) fois sans frais", why: 'A term of sale: the price split into instalments, as a seller offers it.', example: 'Forfait 20 h à 990 €, paiement en 4 fois possible' },
    { pattern: '(?:de retour )?en stock|[ée]puis[ée]e?s?|rupture de stock|derni[èe]res pi[èe]ces', why: WHY.stock, example: 'Les chemises en lin sont de retour en stock' },
    { pattern: '[ée]dition limit[ée]e|nouvelle collection|nouveaux arrivages', why: WHY.edition, example: 'Édition limitée, signée et numérotée' },
    { pattern: 'fait(?:e|s|es)? (?:à la )?main|fabrication artisanale|sur commande', why: WHY.made, example: 'Tasses faites main, sur commande' },
    { pattern: '(?:dm|mp|message priv[ée]) pour (?:commander|les commandes|le prix|les prix)', why: WHY.order, example: 'MP pour commander' },
    // Les détails de l'offre gardés pour un message privé (« infos en MP », « renseignements par message privé »).
    { pattern: "(?:plus d'|toutes les )?(?:infos?|informations|renseignements) (?:en|par|via) (?:mp|dm|message priv[ée]|messagerie|whatsapp)(?![\\p{L}])", why: WHY.order, example: "Il reste des places pour l'atelier, infos en MP" },
    { pattern: 'disponibles? en (?:\\d+|deux|trois|quatre|cinq|plusieurs) (?:couleurs|tailles|mod[èe]les|coloris|saveurs)', why: WHY.variants, example: 'Disponible en 3 couleurs' },
    { pattern: 'offre gratuite|essai gratuit|sans abonnement|usage commercial', why: WHY.plans, example: 'L’offre gratuite inclut tout l’éditeur' },
    { pattern: 'sort de (?:l.)?(?:alpha|b[êe]ta)|disponible sur toutes les plateformes|(?:disponible|d[ée]j[àa]) (?:sur steam|en vid[ée]o à la demande)', why: WHY.channels, example: 'Disponible sur toutes les plateformes' },
    { pattern: 'mint (?:gratuit|public)|prix du mint|whitelist|liste blanche|airdrop (?:de tokens|pour les holders)|gagne[zr]? des (?:points|r[ée]compenses)', why: WHY.tokens, example: 'Le mint gratuit aura lieu le 16 février' },
    { pattern: "\\d[\\d.,]* ?% ?(?:d'|de )?(?:apy|apr)(?![\\p{L}])", why: WHY.tokens, example: "Stakez vos $ORB et gagnez jusqu'à 24 % d'APY" },
    { pattern: 'minte[zr]? (?:maintenant|d[èe]s maintenant|le nouveau|la nouvelle|ton|votre)', why: WHY.tokens, example: 'Mintez dès maintenant la nouvelle chanson' },
  ],
  hook: [
    { pattern: "(?:vous cherchez |tu cherches |besoin d.)une? [\\p{L}]+ (?:fiable|de confiance|pas cher)\\s?\\?", why: WHY.pain, example: 'Vous cherchez un plombier fiable ? Appelez-nous' },
    { pattern: 'ce (?:mec|gars|type) a littéralement', why: WHY.praiser, example: 'Ce mec a littéralement rendu Claude dix fois plus utile' },
    { pattern: 'la plupart des gens ne (?:savent|connaissent) pas|personne n.en parle', why: WHY.unknown, example: 'La plupart des gens ne savent pas ça' },
    { pattern: 'arr[êe]te[zr]? de (?:scroller|payer|perdre)|tu perds (?:des heures|ton temps|ton argent)', why: WHY.stop, example: 'Arrête de payer 11 € par vidéo' },
    { pattern: 'fini le (?:code manuel|travail manuel)|plus besoin de (?:d[ée]veloppeurs|coder)', why: WHY.noMore, example: 'Fini le travail manuel' },
    { pattern: 'm.a retourn[ée] le cerveau|hallucinant', why: WHY.amazed, example: 'Ça m’a retourné le cerveau' },
    { pattern: 'enregistre[zr]? (?:ce|cette) (?:thread|vid[ée]o|post)', why: WHY.keep, example: 'Enregistre ce thread pour plus tard' },
    { pattern: '(?:le|la) meilleure? (?:explication|analyse|tutoriel|thread|vid[ée]o|guide|formation) que j.ai (?:jamais )?(?:vue?|lue?)', why: WHY.raves, example: 'La meilleure explication que j’ai jamais vue' },
    { pattern: '(?:\\d+|dix) fois plus (?:utile|productif|puissant|rapide)(?!s? (?:depuis qu|après (?:qu|avoir)))|avec ce seul (?:syst[èe]me|prompt|outil|truc)', why: WHY.multiplies, example: 'Il a rendu Claude dix fois plus utile avec ce seul système' },
    { pattern: "besoin d.un (?:bot|outil|site|logo) (?:[\\p{L}]+ )?(?:simple|rapide|pas cher)", why: WHY.pain, example: "Besoin d’un bot simple ? Voici l’agent qui le fait gratuitement" },
    { pattern: "voici (?:l.|le |la )(?:outil|app|agent|bot|plugin|extension|plateforme) qui|possible uniquement avec|seulement possible avec|je (?:les )?construis (?:vite|pour toi|pour vous)", why: WHY.cure, example: "Voici l'agent qui garde tout en local" },
  ],
  register: [
    { pattern: "d[ée]couvrez (?:la|le|les|notre|nos) (?:nouvelle|nouveau|nouveaux|magie|puissance|futur)|vivez l'exp[ée]rience|faites passer votre [\\p{L}]+ au niveau sup[ée]rieur|lib[ée]rez (?:tout )?votre potentiel", why: WHY.appeal, example: 'Faites passer votre cuisine au niveau supérieur' },
    { pattern: '(?:con[çc]u|pens[ée]|cr[ée][ée])e?s? (?:sp[ée]cialement )?pour (?:les )?(?:chefs|cuisiniers|cr[ée]ateurs|d[ée]veloppeurs|professionnels|gamers|le quotidien)|qualit[ée] (?:professionnelle|pro|studio|industrielle)|que vous soyez [\\p{L}]+ ou [\\p{L}]+', why: WHY.fit, example: 'Des couteaux conçus pour les cuisiniers, qualité professionnelle' },
    { pattern: 'sans prise de t[êe]te|sans tracas|en (?:quelques|deux|trois|\\d+) clics|[àa] port[ée]e de main|tout au m[êe]me endroit', why: WHY.ease, example: 'Toutes vos recettes à portée de main' },
    { pattern: '(?:parfait|id[ée]al|parfaite)e? pour (?:les )?(?:agences|[ée]quipes|cr[ée]ateurs|d[ée]veloppeurs|freelances|startups|d[ée]butants|traders)', why: WHY.fit, example: 'Idéal pour les agences, qualité professionnelle' },
    { pattern: "(?:des milliers|des millions|des centaines) d'(?:[ée]quipes|utilisateurs|cr[ée]ateurs|entreprises|clients) (?:l'|les )?(?:utilisent|adorent|font confiance)|(?:l'|les )?utilisent d[ée]j[àa]|rejoignez (?:plus de )?\\d[\\d,.]*[km]?\\+? (?:utilisateurs|cr[ée]ateurs|abonn[ée]s|membres|clients)|d[ée]couvrez comment (?:[\\p{L}@&-]+ ){1,5}(?:utilise|a construit|a r[ée]duit|a [ée]conomis[ée])", why: WHY.proof, example: "Des milliers d'équipes l'utilisent déjà" },
  ],
  benefit: [
    { pattern: '(?:il|elle|cela|qui) (?:vous|te) (?:permet|aide|donne|offre)|pour que vous puissiez (?:enfin|d[ée]sormais|facilement)|vous pouvez (?:d[ée]sormais|maintenant)', why: WHY.benefit, example: 'Il vous permet de gérer plusieurs agents à la fois' },
  ],
  critique: [
    { pattern: "j'ai (?:achet[ée]|command[ée]|re[çc]u)|ma commande", why: WHY.customer, example: "J'ai commandé la bleue, arrivée déchirée" },
    { pattern: 'arnaque|hors de prix|trop cher|remboursement|service client|critique', why: WHY.review, example: 'Hors de prix, une arnaque' },
  ],
};
