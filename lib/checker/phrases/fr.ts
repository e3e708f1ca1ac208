// French. Seeded by translating the English calls to action; elision (l’, d’) and the space before ! ? : are allowed for.
import { FAVOURITE } from './favourite';
import type { Lexicon } from './book';
import { frValue } from './value/fr';
import { offerLists, SHOPFRONTS } from './offer/entry';
import { frOffer } from './offer/fr';
import { copyLists } from './copy/entry';
import { frCopy } from './copy/fr';
import { hypeLists } from './hype/entry';
import { frHype } from './hype/fr';
import { valueLists } from './value/entry';

/** An amount of money as lures write it: "$4,200", "500 €", "R$ 300". */
const AMOUNT = '(?:[$€] ?\\d[\\d.,]*k?|\\d[\\d.,]*k? ?(?:€|euros?|dollars))';
const PRODUCT =
  '(?:' + SHOPFRONTS + '|boutique|livre|e-?book|formation|cours|atelier|webinaire|webinar|programme|cha[iî]ne|podcast|[ée]pisode|newsletter|blog|appli|' +
  'application|produit|site|page|portfolio|collection|album|vid[ée]o|agence|offre|mod[èe]le|guide|patreon|profil)';

export const fr: Lexicon = {
  phrases: {
    ...valueLists(frValue),
    ...offerLists(frOffer),
    ...hypeLists(frHype),
    ...copyLists(frCopy),
    callToAction: [
      // Le message qui accepte une invitation à se voir (« s'il veut prendre un café, écrivez-moi ») : l'évidence le lit comme
      // invitation ; avec un prix à côté, c'est une vente.
      "(?<=(?<![\\p{L}])(?:caf[ée]|verre|bi[èe]re|d[ée]jeuner|d[iî]ner|discuter|papoter|rencontrer)(?![\\p{L}])[^.!?\\n]{0,60})(?:[ée]cri(?:s|vez)-moi|contacte(?:z)?-moi|envoie(?:z)?-moi un (?:message|mp|dm))(?![\\p{L}])",
      // L'appât de la vente en réseau : comment rejoindre l'équipe de l'auteur, raconté en privé (« écris-moi et je te raconte
      // comment rejoindre mon équipe »). Une offre d'emploi nomme le poste.
      "(?:je (?:te|vous) (?:raconte|explique|montre|dis) comment|[ée]cris-moi pour|[ée]crivez-moi pour) (?:rejoindre|int[ée]grer|j'ai rejoint|entrer dans) mon [ée]quipe(?![\\p{L}])",
      // Le partage demandé selon le goût du lecteur, après son épisode ou son texte (« partagez si ça vous a plu », « partage si
      // ça t'a aidé ») : la portée de l'auteur, comme « partagez svp ».
      "(?:partagez|partage|repartagez)(?:-le|-la)? (?:si|s'il) (?:[çc]a|cela|l'[ée]pisode|la vid[ée]o|il|elle) (?:vous|t') ?(?:a plu|pla[iî]t|a aid[ée]e?|aide|a servi|sert)(?![\\p{L}])|(?:partagez|partage)(?:-le|-la)? si (?:vous avez|tu as) aim[ée]",
      // xlang21: le contact avec le numéro de l'auteur pour cible (« écrivez-nous au 06 12 34 56 78 », « appelle-moi au … »).
      "(?:[ée]cri(?:s|vez)[- ](?:moi|nous)|appel(?:le|ez)[- ](?:moi|nous)|contacte[zr]?[- ](?:moi|nous)|t[ée]l[ée]phonez[- ]nous) (?:au|sur le|par whatsapp au|sur whatsapp au|:) \\+?\\(?\\d[\\d ()/.-]{5,}\\d",
      // La conclusion du consultant après le problème du lecteur ("Si ta boîte fait du chiffre mais n'a jamais de trésorerie,
      // écris-moi et on regarde ça ensemble") : son offre comme réponse, comme "DM me".
      '(?<=(?<![\\p{L}])si (?:ta|ton|votre) (?:bo[iî]te|entreprise|soci[ée]t[ée]|marque|site|boutique|[ée]quipe|startup|cabinet|agence|commerce|business|chiffre d\'affaires)(?![\\p{L}])[^.!?\\n]{0,120})(?:[ée]cri(?:s|vez)[- ](?:moi|nous)|contacte(?:z)?[- ](?:moi|nous)|envoie(?:z)?[- ](?:moi|nous) un (?:message|mp|dm))(?: en (?:mp|priv[ée]))?,? et (?:on|nous) (?:regarde|regardons|en parle|en parlons|voit|voyons|discute|discutons)(?![\\p{L}])',
      // La cagnotte de son propre travail demandée comme un café ("vous pouvez m'offrir un café ☕ ko-fi.com/…") : de l'argent
      // pour l'auteur, comme "soutenez-moi sur Ko-fi". "Tu me paies un café demain ?" est un rendez-vous.
      '(?:m\'offrir|me payer|nous offrir|nous payer|offre(?:z)?-(?:moi|nous)|paye(?:z)?-(?:moi|nous)|pay(?:ez|e)-(?:moi|nous)) un (?:caf[ée]|petit caf[ée]|ko-?fi)(?![\\p{L}])(?=[^\\n]{0,80}?(?:https?://|www\\.|ko-?fi\\.com|buymeacoffee|bmc\\.link|paypal|pix|bizum|👉|→|⬇️|👇))',
      '(?:vous pouvez|tu peux|pouvez-vous|n\'h[ée]sitez pas [àa]|si vous voulez|si tu veux|si le c(?:oe|œ)ur vous en dit,?|si (?:ça|ca) vous a aid[ée],?) (?:m\'|me |nous )(?:offrir|payer) un (?:caf[ée]|petit caf[ée]|ko-?fi)(?![\\p{L}])(?! (?:demain|plus tard|quand|la prochaine)(?![\\p{L}]))',
      // Où sont les affaires de l'auteur, son propre stand sur une plateforme ("tout est sur mon Vinted", "vous trouverez tout sur
      // mon Leboncoin") : un pointeur pour acheter, comme "lien en bio". "Ma commande Vinted" est celle d'un acheteur.
      // Sa propre boutique aussi (« est dans ma boutique Amazon »). Avec « mon »/« ma » pour clé et le verbe vérifié derrière :
      // « est » est partout.
      `(?<=(?<![\\p{L}])(?:est|sont|c['’]est|tout\\s+est|(?:vous\\s+)?(?:(?:les|le|la)\\s+)?trouver(?:ez|ont)|tu\\s+trouveras|dispo(?:nibles?)?)\\s+(?:(?:tout|d[ée]j[àa]|maintenant|aussi|dispo|en\\s+vente)\\s+)*(?:sur|dans)\\s+)(?:mon ${SHOPFRONTS}|ma boutique(?![\\p{L}])|mon linktree)`,
      // Un appel ou un audit gratuit du service de l'auteur à réserver (« Réservez un audit tarifaire gratuit »).
      "(?:r[ée]serve|r[ée]servez|prends|prenez|demande|demandez|b[ée]n[ée]ficiez d'|profitez d') ?(?:ton|votre|un|une) (?:[\\p{L}-]+ ){0,2}?(?:audit|appel|diagnostic|consultation|s[ée]ance|session|d[ée]mo|bilan|rdv|rendez-vous)(?: [\\p{L}'-]+){0,3}? (?:gratuite?|offerte?|sans engagement)(?: avec (?:moi|nous))?(?![\\p{L}])",
      // Ce que l'auteur a fait, épinglé là où on le trouve (« j'ai fait un thread là-dessus, il est épinglé sur mon profil »).
      "(?:c'est|il est|elle est|je l'ai) (?:épinglée?|en lien|mise? en avant) (?:sur|dans|en haut de) mon (?:profil|compte|fil)(?![\\p{L}])",
      // Une vente conclue en commentaire (« commentez pour réserver », « commente 'je prends' »).
      "comment(?:ez|e) (?:ici |en dessous |['\"«“]? ?(?:je prends|vendu|moi)['\"»”]? ?)?pour (?:r[ée]server|commander|acheter|l'avoir|le r[ée]server|la r[ée]server)(?![\\p{L}])",
      // L'expérience de l'auteur transformée en chose à prendre (« le mois dernier, j'en ai fait une formation par e-mail »), avec où ou
      // comment l'avoir ensuite. Le livre de recettes de la famille n'est pas une offre.
      "(?:j'en ai fait|nous en avons fait|on en a fait|je l'ai transform[ée]e? en|je les ai transform[ée]e?s en|on l'a transform[ée]e? en) (?:un|une|mon|ma|notre) (?:[\\p{L}\\p{N}-]+ ){0,2}?(?:formation|cours|guide|e-?book|livre|programme|atelier|mod[eè]le|masterclass|newsletter)(?![\\p{L}])(?=[\\s\\S]{0,200}?(?:https?:|www\\.|[\\p{L}\\p{N}-]\\.(?:com|fr|be|ch|io|org|net|app)|lien|inscri|gratuit|offert|[$€£]\\d|\\d ?[€$]))",
      // Son propre texte sur le sujet, montré avec son lien (« J'ai écrit pile là-dessus la semaine dernière… lien »).
      "j'ai (?:justement |d[ée]j[àa] |aussi )?(?:[ée]crit|publi[ée]|fait un (?:post|thread|article)) (?:pile |justement |exactement )?(?:l[àa]-dessus|sur (?:[çc]a|ce sujet))(?![\\p{L}])(?=[^\\n]{0,200}?(?:https?://|www\\.|[\\p{L}\\p{N}-]+\\.(?:com|org|net|io|co|de|fr|es|pt|br|uk|blog|news|substack|medium)(?:\\.[\\p{L}]{2,3})?/))",
      // Un coup de pouce demandé pour un petit commerce, celui de l'auteur (« donner un coup de pouce à un petit commerce »), comme
      // 'help a small business out' ; « soutenez les petits commerces » au pluriel parle de tous.
      "(?:soutenez|soutiens|soutenir|aidez|aide|aider|(?:donner|donnez|donne) un (?:petit )?coup de (?:pouce|main)) (?:à )?(?:un|une|notre|ma|mon) (?:petite? )?(?:commerce|entreprise|boutique|artisan|commerce local)(?: (?:local|familial|familiale|de quartier))?(?![\\p{L}])",
      // Sa propre commande ouverte au lecteur (« Vous pouvez dès maintenant commander vos bûches », « tu peux déjà
      // précommander »), comme 'you can now pre-order'.
      "(?:vous pouvez|tu peux) (?:d[èe]s (?:maintenant|[àa] pr[ée]sent|aujourd'hui) |d[ée]j[àa] )(?:pr[ée])?commander (?:vos|votre|ta|tes|ton|nos|notre)(?![\\p{L}])",
      // Sa propre précommande annoncée ouverte (« Les précommandes sont ouvertes ! »), comme 'pre-orders are open'.
      "pr[ée]-?commandes? (?:pour [^.!?\\n]{1,40} )?(?:sont |est )?(?:d[ée]sormais |enfin |maintenant |officiellement )?(?:ouvertes?|lanc[ée]es?)(?![\\p{L}])(?!\\s*\\?)|(?:j'ouvre|on ouvre|nous ouvrons|ouverture des) (?:les )?pr[ée]-?commandes",
      // Ses propres commandes annoncées ouvertes (« Les commandes de galettes sont ouvertes jusqu'au 6 janvier »).
      "(?:les )?commandes (?:de [^.!?\\n]{1,40} |pour [^.!?\\n]{1,40} )?(?:sont )?(?:d[ée]sormais |enfin |maintenant |officiellement )?ouvertes(?![\\p{L}])(?!\\s*\\?)|(?:j'ouvre|on ouvre|nous ouvrons|ouverture des) (?:les )?commandes|je prends (?:les |des )?commandes(?![\\p{L}])(?!\\s*\\?)",
      // Le coup de pouce de la pub juste avant le lien ("Qu'est-ce que tu attends ? 👉 boutique.fr").
      "(?:qu'est-ce que (?:tu attends|vous attendez)|(?:tu attends|vous attendez) quoi)(?=[?!.:…\\s\\p{Extended_Pictographic}\\uFE0F→-]*(?:https?://|www\\.|[\\p{L}\\p{N}-]+\\.(?:com|io|app|co|ai|xyz|net|org|shop|store|es|de|fr|br|pt|uk|at|ch|be|mx|ar)(?![\\p{L}])))",
      // Une foule d'utilisateurs à rejoindre ("Rejoignez plus de 5 000 équipes qui utilisent déjà Flowdesk") : l'invitation à s'inscrire.
      'rejoi(?:gnez|ns) (?:les |nos |plus de |déjà |d[ée]j[àa] )*\\d[\\d.,]*(?:\\s\\d{3})*k?\\+? (?:autres )?(?:[ée]quipes|utilisateurs|utilisatrices|clients|clientes|cr[ée]ateurs|cr[ée]atrices|entreprises|abonn[ée]e?s|lecteurs|lectrices|d[ée]veloppeurs|marques|pros|professionnels|ind[ée]pendants|freelances|entrepreneurs|entrepreneuses|traders|investisseurs)(?![\\p{L}])',
      // Le partage souhaité au conditionnel (« Ce serait super que vous en parliez autour de vous », « ce serait top si vous partagiez »).
      "(?:ce serait|ça serait|ca serait) (?:vraiment |trop )?(?:super|top|génial|genial|cool|chouette|adorable|bien|gentil) (?:que|si) (?:[\\p{L}'’]+ (?:et )?){0,6}?(?:partagiez|partagez|partageais|partages|en parliez autour de vous|en parlez autour de vous|fassiez tourner|faisiez tourner)(?![\\p{L}])",
      // Un rendez-vous pris par un canal de l'auteur ("Prenez rdv par WhatsApp au 06…", "réservez votre créneau en MP").
      '(?:prenez|prends|r[ée]servez|r[ée]serve|bookez) (?:votre |ton |vite |un )?(?:rdv|rendez-vous|place|cr[ée]neau)? ?(?:par|via|sur|en) (?:whats ?app|t[ée]l[ée]phone|sms|texto|mp|dm|insta(?:gram)?)(?![\\p{L}])',
      // Un concours gagné avec l'aide du lecteur (« aidez-moi à gagner le concours ») : des voix pour l'auteur.
      "aide[zr]?-(?:moi|nous) [àa] gagner (?:le|ce|un|mon|notre|la|cette) (?:[\\p{L}-]+ ){0,2}?(?:concours|prix|comp[ée]tition|vote|battle)",
      // L'objectif de sa propre collecte atteint avec l'aide du lecteur (« Aidez-nous à atteindre l'objectif de la cagnotte »).
      "aide[zr]?-(?:moi|nous) [àa] (?:atteindre|d[ée]crocher|boucler|d[ée]passer) (?:l'|notre |mon |le |la )(?:objectif|palier) (?:de (?:la |notre |ma |mon )?|du |sur )(?:[\\p{L}-]+ )?(?:cagnotte|ulule|kisskiss|kickstarter|crowdfunding|campagne|financement participatif)(?![\\p{L}])",
      // La demande écrite en un seul mot (« abonnezvousamachaine », « allezvoirmachaine »).
      '(?:abonnez-?vous|abonne-?toi|allez-?voir|venez-?voir|visitez)(?:[àa])?ma(?:cha[iî]ne|page)[\\p{L}]*',
      // Un pseudo étiqueté avec son site, à la place de la demande (« IG : @nina.chante ») : où suivre l'auteur.
      '(?<!(?:son|sa|ses|le|la|du|de la)\\s)(?:ig|insta|instagram|tiktok|tik tok|twitter|snap|snapchat|twitch|soundcloud|fb|facebook|threads|bsky|bluesky|kick)(?=\\s?(?:[:=|>–—-]+|👉|➡️?)\\s?@[\\p{L}\\p{N}_])',
      // Ce que l'auteur a fait, placé sur sa propre chaîne dans la même phrase (« j'ai testé ce téléphone sur ma chaîne ») : le même pointeur que « c'est sur ma chaîne ».
      `(?<=(?<![\\p{L}])(?:j'ai|je|nous|on)\\s(?:[^.!?\\n]{0,50}\\s)?)sur ma (?:propre )?cha[iî]ne(?![\\p{L}])(?! ${FAVOURITE})`,
      // Un e-mail demandé comme prix du cadeau de l'auteur ("E-book gratuit : il suffit de laisser votre e-mail", "laisse ton
      // mail pour recevoir le guide") : la porte d'un aimant à prospects, pas un cadeau.
      "(?<=(?<![\\p{L}])(?:(?:gratuite?s?|gratos|offerte?s?|en cadeau) (?:[\\p{L}-]+ ){0,2}?(?:e-?books?|guides?|mod[eè]les?|checklists?|pdfs?|formations?|mini-?formations?|masterclass|webinaires?|webinars?|fiches?|chapitres?|planners?|kits?)|(?:e-?books?|guides?|mod[eè]les?|checklists?|pdfs?|formations?|mini-?formations?|masterclass|webinaires?|webinars?|fiches?|chapitres?|planners?|kits?) (?:[\\p{L}-]+ ){0,3}?(?:gratuite?s?|gratos|offerte?s?|en cadeau))(?![\\p{L}])[^\\n]{0,80})(?:laisse|laissez|laisser|entre|entrez|entrer|indique|indiquez|saisis|saisissez|renseigne|renseignez) (?:ton|votre) (?:adresse )?(?:e-?mail|mail|courriel)(?![\\p{L}])",
      "(?:laisse|laissez|entre|entrez|indique|indiquez|saisis|saisissez|renseigne|renseignez) (?:ton|votre) (?:adresse )?(?:e-?mail|mail|courriel) (?:pour|et) (?:recevoir|t[ée]l[ée]charger|obtenir|(?:je )?(?:te|vous) l'envoie)(?=[^.!?\\n]{0,40}?(?<![\\p{L}])(?:e-?books?|guides?|mod[eè]les?|checklists?|pdfs?|formations?|mini-?formations?|masterclass|webinaires?|webinars?|fiches?|chapitres?|planners?|kits?)(?![\\p{L}]))",
      // Où voter (« On vote ici »).
      '(?:on vote|votez|vote) ici',
      // Le vote comme besoin de l'auteur (« On a besoin de vos votes, on peut voter une fois par jour »), comme « votez pour nous ».
      "(?:on a|nous avons|j'ai) (?:vraiment )?besoin de (?:vos|ton|votre|tes|chaque) votes?(?![\\p{L}])",
      // Un don demandé là où l'auteur pointe (« Faites un don sur helloasso.com/… », « fais un petit don ici »), comme
      // l'anglais « donate here » ; « faire un don à la Croix-Rouge » nomme à qui va l'argent et ne pointe nulle part.
      '(?:faites|fais|faites-nous|fais-nous) (?:un )?(?:petit )?don (?:sur|via|ici|en ligne|par (?:ici|le lien))(?![\\p{L}])',
      // S'inscrire là où l'auteur pointe (« Infos et inscription en premier commentaire 👇 »), comme « lien en commentaire ».
      '(?:infos? (?:et|&) )?(?:inscriptions?|r[ée]servations?|billets) (?:en|dans le) (?:premier )?commentaire(?![\\p{L}])',
      // Le besoin du lecteur, puis l'offre de conversation (« Vous voulez automatiser votre compta ? On en parle ? »), comme
      // l'allemand « Sie möchten verkaufen? Sprechen wir. » : l'affaire de l'auteur comme réponse.
      "(?<=\\?\\s*)(?:on en parle|parlons-en|discutons-en|on s'appelle|[ée]changeons)(?=\\s*[?!.]|\\s*$)",
      // La boutique invite à la boutique, comme "come see us" : « venez nous voir », « passez nous voir ».
      '(?:venez|viens|passez|passe) nous (?:voir|rendre visite)',
      // Un vote pour ce qui est à l'auteur, verbe ou nom (« Votez pour notre boulangerie », « votre vote pour notre… »).
      '(?<!(?:je|il|elle|on|qui) )vote(?:z|r)? pour (?:mon|ma|mes|notre|nos)(?![\\p{L}])|(?:votre|ton|vos|tes) (?:votes?|voix) pour (?:mon|ma|mes|notre|nos)(?![\\p{L}])',
      // Ou le commentaire lui-même comme mot-clé (« Laissez un commentaire et je vous l'envoie »).
      "(?:laisse|laissez) (?:un |ton |votre )?commentaire(?: ci-dessous| ici)? (?:et|&) (?:je|on|nous) (?:te |vous )?(?:l'|le |la |les )?(?:t'|vous )?(?:envoie|enverrai|envoyons|enverrons|transmets)",
      // L'entonnoir du mot-clé avec tout verbe de réponse (« Commente GUIDE et je t'envoie… »), comme en anglais.
      "(?:commente|commentez|r[ée]ponds|r[ée]pondez|[ée]cris|[ée]crivez|tape|tapez) [\"«“'‘]?\\s*[\\p{L}\\p{N}]+\\s*[\"»”'’]?(?: en commentaire| ci-dessous| ici)? (?:et|&) (?:je|on|nous) (?:te |vous )?(?:l'|le |la |les )?(?:t'|vous )?(?:envoie|envoies|envoi|enverrai|envoyons|enverrons|transmets|partage|contacte|recontacte|[ée]cris|reviens vers)",
      // La cagnotte à pourboires pour son propre travail, nommée dans la phrase (« un café sur ko-fi m'aide à continuer »).
      "(?<=(?<![\\p{L}])(?:ko-?fi|patreon|tipeee|utip|don|dons|caf[ée])[^.!?\\n]{0,60})(?:m'|nous )aide(?:nt)? [àa] (?:continuer|tenir)",
      // Le soutien de l'auteur offert avec l'endroit où le donner (« ceux qui le souhaitent peuvent me soutenir sur
      // Tipeee », « vous pouvez nous soutenir ici 👉 ») ; « tu peux me soutenir dans ce projet » demande un appui.
      "(?:peux|peut|peuvent|pouvez|pourriez|pourrais) (?:me|nous) soutenir(?= ?(?:[:👉→]|(?:sur|via|par|ici)(?![\\p{L}])(?! (?:ce|cette|cela|ça)(?![\\p{L}]))))",
      // Le soutien de l'auteur offert à qui veut (« si vous voulez me soutenir, j'ai un ko-fi »), comme 'if you want to support me'.
      "(?:si (?:vous (?:voulez|souhaitez|le souhaitez)|tu (?:veux|le souhaites|souhaites)),? (?:me|nous) soutenir|pour (?:me|nous) soutenir,? (?:c'est|ça se passe|il y a|j'ai) (?:ici|par ici|sur|un))(?![\\p{L}])",
      // Les cinq étoiles demandées pour son émission, son livre ou son appli (« laissez-nous 5 étoiles ⭐ ») ;
      // « l'hôtel méritait 5 étoiles » note celui d'autrui.
      "(?:laisse|laissez|mettez|mets|donnez|donne)(?:[- ](?:nous|moi))? (?:5|cinq) [ée]toiles",
      // A review or rating asked for the author's own show, book or app: to the author ("leave us a review"), or beside
      // the follow or subscription asked in the same sentence ("subscribe and leave a review"). "Leave a review for your
      // host" alone advises.
      "(?:laisse|laissez|mettez|mets)[- ](?:nous|moi) (?:un |une |votre |ton |ta )?(?:petit |petite )?(?:avis|[ée]valuation)(?![\\p{L}])",
      "(?<=(?<![\\p{L}])(?:abonn|suiv|[ée]cout)[^.!?\\n]{0,40})(?:laisse|laissez|mettez|mets) (?:un |une |votre |ton |ta )?(?:petit |petite )?(?:avis|[ée]valuation)(?![\\p{L}])",
      // Le partage demandé au tutoiement pour « aider son réseau » (« ♻️ Partage pour aider ton réseau ») : la portée de
      // l'auteur, comme « Repost to help your network ». « partage ton expérience » demande un avis et reste calme.
      "partage(?:-le|-la)? (?:(?:pour aider|avec|[àa]) )(?:ton|ta|tes) (?:r[ée]seau|entourage|amis|contacts|potes|communaut[ée])",
      // De l'argent pour sa propre cagnotte, dans la phrase qui la nomme ("On a lancé une cagnotte pour reconstruire, toute
      // aide compte"). Une collecte pour d'autres dit où va l'argent (fundsFor) et se lit comme une aide.
      "(?<=(?<![\\p{L}])(?:cagnotte|gofundme|leetchi|don|dons|paypal|lydia|helloasso)[^.!?\\n]{0,80})(?:toute (?:aide|contribution|participation)|chaque (?:euro|don|geste|contribution)|tout) (?:compte|aide)(?![\\p{L}])",
      // Le compte du commentaire lui-même comme prix (« Si ce commentaire atteint 500 likes, je poste la suite ») :
      // des likes demandés pour la portée de l'auteur.
      'si (?:ce|mon) commentaire (?:atteint|a|fait|d[ée]passe) \\d[\\d,.]*k?',
      // Le compte demandé sans promesse (« ce commentaire peut avoir 1000 likes ? », « aidez-moi à faire monter mon commentaire à 1k ») : les mêmes likes pour l'auteur.
      '(?:ce|mon) commentaire (?:peut|pourrait|va) (?:avoir|atteindre|faire|d[ée]passer) \\d[\\d,.]*k?',
      '(?:faire|faites) (?:monter|atteindre) (?:ce|mon) commentaire (?:[àa] )?\\d[\\d,.]*k?',
      // Le projet ou le besoin du lecteur, puis l'offre d'en parler (« Vous pensez vendre ? Parlons-en. ») : le métier de l'auteur en réponse.
      "(?<=\\?\\s*)(?:parlons-en|parlons en|discutons-en|discutons en|parlons|discutons)(?! de| demain| plus tard)",
      // Le service demandé pour sa propre cagnotte ou son post, avant ce qu'il apporterait ("partager ça m'aiderait énormément").
      "(?:partager|un partage|un don|donner)(?: (?:ça|ca|cela|la cagnotte|le lien))? (?:m'|nous )(?:aiderait|aideraient|aidera)",
      // Le clic de vote ou de soutien demandé comme faveur (« un petit clic m'aiderait énormément » sous un vote du public).
      "un (?:petit |simple |seul )?clic (?:m'|nous )(?:aiderait|aidera|aide)(?![\\p{L}])",
      // Le partage souhaité, apprécié d'avance (« Un petit partage serait super apprécié », « tout RT est le bienvenu ») ;
      // « un partage d'expérience serait utile » demande un avis, d'où le verbe juste après.
      "(?:un|chaque|tout|le moindre) (?:petit )?(?:partage|rt|retweet|repost|relais) (?:serait|est|sera) (?:(?:super|très|vraiment|grandement|hyper|trop|le|la) )?(?:appréci[ée]|bienvenu|top|génial|utile|précieux)",
      // Le même service au conditionnel poli (« je vous serais très reconnaissante de liker et repartager ») ; « de me dire
      // ce que vous en pensez » demande un avis et n'y entre pas.
      "(?:je vous|je te|nous vous|on vous) (?:serai|serais|serions|serait) (?:très |super |vraiment |infiniment |tellement )?reconnaissante?s? (?:de |si vous pouviez |si tu pouvais )(?:liker|partager|repartager|republier|relayer|diffuser|retweeter|me suivre|nous suivre|vous abonner|t'abonner|commenter ce post)",
      // La liste de souhaits du lecteur demandée pour le jeu de l'auteur (« ajoutez-le à votre liste de souhaits Steam ») ;
      // « il est dans ma wishlist » raconte, ne demande rien.
      '(?:[àa]|dans) (?:votre|ta|vos|tes) (?:listes? de souhaits|wishlists?)',
      // Chaque wishlist comptée comme aide (« chaque wishlist compte », « chaque wishlist nous aide »), comme "every wishlist helps".
      'chaque (?:wishlist|ajout en liste de souhaits) (?:compte|aide|nous aide|m\'aide)(?![\\p{L}])',
      // Ce qui manque avant un chiffre rond ("plus que 3 abonnés avant les 100").
      '(?:plus que|encore) \\d+ (?:abonnés|abos|followers) (?:avant|pour)',
      // Un message privé comme voie d'achat (« DM pour réserver », « MP pour les tarifs ») ; « MP si besoin d'aide » aide.
      "(?:dm|mp|whatsapp|[ée]cri(?:vez|s)-(?:moi|nous)|contactez-(?:moi|nous)|appelez-(?:moi|nous)) pour (?:r[ée]server|commander|acheter|les r[ée]servations|les commandes|les tarifs|un devis|prendre (?:rdv|rendez-vous)|(?:organiser |planifier |programmer |caler )?(?:une |la |votre )?visite)(?![\\p{L}])",
      // Les visites d'un bien à vendre ou à louer, sur rendez-vous (« Visites sur RDV au 06… ») : l'annonce d'une agence.
      'visites? (?:uniquement |possibles? |possible )?sur (?:rendez-vous|rdv)(?![\\p{L}])',
      // Où s'inscrire ou commander, dit en nom ("Inscriptions en MP", "réservations par WhatsApp", "Résa en MP").
      '(?<!(?:prend|prennent|accepte|acceptent|re[çc]oit|re[çc]oivent)\\s(?:(?:les|des|ses|leurs|uniquement)\\s)?)(?:inscriptions?|r[ée]servations?|(?<!(?:ma|ta|sa|notre|votre|leur|une|la|cette)\\s)r[ée]sas?|pr[ée]-?commandes?|commandes?) (?:(?:uniquement|seulement|exclusivement) )?(?:en|par|via) (?:mp|dm|priv[ée]|message priv[ée]|whatsapp|t[ée]l[ée]phone)(?![\\p{L}])',
      // Venir goûter ce qui est à l'auteur ("Venez goûter notre soupe de potiron").
      // « Le menu de printemps est là, venez le goûter ! » : venir amène le lecteur chez l'auteur, « le » est à lui.
      "(?:venez|viens) (?:go[uû]ter|essayer|tester) (?:notre|nos|mon|ma|mes)(?![\\p{L}])|(?:venez|viens) (?:le |la |les |l')(?:go[uû]ter|essayer|tester)(?![\\p{L}])",
      // Sa propre version présentée (« voici ma reprise », « je fais aussi des reprises ») : une pub sans le lien.
      `voici (?:ma|mon|mes) (?:reprise|version|parodie|remix|cha[îi]ne)s?(?![\\p{L}])(?! ${FAVOURITE})`,
      'je (?:fais|poste|publie) (?:aussi |moi aussi |chaque semaine )?des (?:reprises|covers|parodies|remix|vid[ée]os|beats)(?: aussi| chaque| sur ma cha[îi]ne| si (?:[çc]a|quelqu))',
      // Un public demandé en nombre ou promis contre quelque chose (« j'ai besoin de 100 abonnés », « 1000 abonnés et je
      // montre mon visage »), et l'abonnement rendu (« je m'abonne en retour »).
      '(?:j\'ai besoin d(?:e |\'))\\d[\\d,.]*k? (?:abonn[ée]s|followers)',
      '\\d[\\d,.]*k? (?:abonn[ée]s|likes|j\'aime) et (?:je|on)',
      '(?:je m\'abonne|je me r[ée]abonne) en retour',
      // Un nom à chercher sur un site où les liens ne passent pas : « cherchez beatsbyjoe sur youtube ». Un impératif et un
      // nom, pas « la version live ».
      '(?:cherchez|cherche|tapez|tape) (?!(?:le|la|les|l\'|un|une|ce|cet|cette|ces|son|sa|ses|leur|leurs|paroles)(?![\\p{L}]))[\\p{L}\\p{N}_-]+ sur (?:youtube|yt|google|instagram|insta|ig|tiktok|spotify|soundcloud|facebook|fb|twitter|twitch)(?![\\p{L}])',
      // Où se trouve la chose de l'auteur, dit à la place d'un lien : « c'est sur ma chaîne ».
      "(?:c'est|est|sont|se trouve|dispo) sur ma (?:chaîne|chaine|page)|(?:c'est|est|sont|se trouve|dispo) sur mon (?:profil|insta|instagram|tiktok|soundcloud|spotify)",
      // Chaînes d'abonnés : un abonnement rendu contre un autre.
      // Written the English way too ("sub4sub", "s4s"): YouTube's comment slang crosses languages.
      "abonnement contre abonnement|(?:je )?m'abonne en retour|sub ?(?:pour|4|for) ?sub|s4s",
      '(?:essayez|testez|essaie|teste)(?:-le|-la)? gratuitement',
      'achetez(?:-le|-la)? (?:maintenant|ici|d[èe]s maintenant)',
      'commandez(?:-le|-la)?',
      'r[ée]servez(?:-la|-le)?(?: (?:ici|maintenant|d[èe]s maintenant|votre place))?',
      // "Réservation : 06…", "infos et réservation" ; pas la réservation de quelqu'un ("ma réservation Airbnb a été annulée").
      "(?<!(?:ma|ta|sa|notre|votre|leur|une|la|cette|aucune|chaque|d'une|l')\\s)(?<!l')r[ée]servation",
      'inscrivez-vous',
      // Un abonnement vendu à son prix (« Devenez membre dès 3 €/mois »).
      '(?:rejoignez-(?:moi|nous)|rejoins-(?:moi|nous)|abonnez-vous|devenez (?:membre|m[ée]c[èe]ne|abonn[ée]e?)) (?:pour|d[èe]s|[àa] partir de) (?:seulement )?(?:[$€£] ?\\d[\\d.,]*|\\d[\\d.,]* ?(?:€|\\$|£|euros?|dollars|reais)|r\\$ ?\\d[\\d.,]*)',
      'inscriptions? (?:ouvertes|ici)',
      // Not to the newsletter or channel of someone the author calls theirs ("abonnez-vous à la newsletter de mon amie"):
      // that passes someone else's on, as the composed asks' owner words say (lexicon ownerOf).
      "abonnez-vous(?! (?:[àa] |au )(?:la |le |l')?[\\p{L}-]+ (?:de|d'|du) ?(?:mon|ma|mes|notre|nos) )",
      "abonne-toi(?! (?:[àa] |au )(?:la |le |l')?[\\p{L}-]+ (?:de|d'|du) ?(?:mon|ma|mes|notre|nos) )",
      // Tu and vous alike: « Suis-moi pour plus de recettes », « Suivez-nous ».
      'sui(?:vez|s)-(?:moi|nous)',
      'likez et partagez',
      // Le partage demandé par un merci d'avance (« Merci de partager pour donner de la visibilité »), comme « please share ».
      "merci (?:d'avance )?de (?:bien vouloir )?(?:partager|liker|relayer|repartager|diffuser|republier)(?![\\p{L}])(?! (?:vos|tes|votre|ton|ta|leurs?|vos propres)(?![\\p{L}]))",
      // La recherche d'emploi à la première personne sans « je suis » (« Je cherche activement un poste de comptable »).
      "je (?:cherche|recherche) (?:activement |actuellement )?(?:un |une |mon |ma )?(?:nouveau |nouvel |prochain |nouvelle |premier |premi[èe]re )?(?:poste|emploi|travail|job|cdi|cdd|stage|alternance)(?![\\p{L}])(?! pour (?:mon|ma|mes|notre|nos|un|une|ma|son|sa)(?![\\p{L}]))",
      "n'h[ée]sitez pas [àa] (?:partager|liker|me suivre|vous abonner|commenter|r[ée]server)",
      // Pas l'écran (« Partagez l'écran depuis Chrome ») : c'est une visio expliquée, pas une diffusion demandée.
      'partagez(?:-le|-la)?(?! (?:l\'|ton |votre |vos |son )?[ée]crans?(?![\\p{L}]))(?: autour de vous| svp| s\'il vous pla[iî]t)?',
      'envoyez-moi un (?:dm|mp|message)',
      // Le MP en verbe (« dm moi », « mp-moi si t'es intéressé »), comme "DM me".
      '(?:dm|mp|pm)[- ](?:moi|nous)(?![\\p{L}])',
      // La place gardée à qui écrit (« Écris-moi et je te garde une place ») : la réservation par message.
      "(?:[ée]cris|[ée]crivez|envoie|envoyez)-(?:moi|nous)(?: un (?:message|mp|dm))? et (?:je|on|nous) (?:te|vous) (?:garde|gardons|r[ée]serve|r[ée]servons|bloque|bloquons) (?:une |ta |votre )?place(?![\\p{L}])",
      // Le partage demandé comme une faveur (« Un partage de ce post m'aiderait énormément »), comme en espagnol.
      "(?:un partage|vos partages|un like|partager (?:ce post|cette publication|mon post))(?: de (?:ce post|cette publication))? (?:m'|nous )(?:aiderait|aideraient|aide(?:rait)?|ferait (?:tr[èe]s |super |vraiment )?plaisir)",
      // Le mot-clé envoyé en privé (« Envoyez-moi « ÉTÉ » en MP pour recevoir les infos »).
      "(?:envoie|envoyez|[ée]cris|[ée]crivez)-(?:moi|nous) [\"«“'‘]?\\s*[\\p{L}\\p{N}]+\\s*[\"»”'’]? (?:en|par) (?:mp|dm|priv[ée]|message priv[ée])",
      // Le tutoiement et « contactez-moi » en privé (« écris-moi en MP », « envoie-moi un message »), comme "DM me".
      '(?:envoie|envoies)-(?:moi|nous) un (?:dm|mp|message)|(?:[ée]cris|contacte|contactez)-(?:moi|nous) en (?:mp|dm|priv[ée])',
      '[ée]crivez-moi en (?:mp|dm|priv[ée])',
      '(?:[ée]cris-moi|[ée]crivez-moi|contacte-moi|contactez-moi) (?:sur|par) (?:whatsapp|telegram|insta|instagram)',
      // Said as a sentence too (« le lien est dans ma bio »), as in English "the link is in my bio".
      '(?:le )?lien (?:est )?(?:dans|en) (?:la |ma )?bio',
      // Avec « de » (« le lien de ma bio », « via le lien de mon profil ») : le même endroit.
      "lien (?:de|dans) (?:ma bio|la bio|mon profil)",
      // Where the link is, on the author's own page ("lien sur ma chaîne"); come by and see ("passez voir sur ma chaîne").
      // Said as a sentence too ("le lien est dans mon profil", "le lien se trouve sur ma page").
      'lien(?: (?:est|se trouve|dispo))? (?:dans|sur) (?:ma|mon|notre) (?:profil|cha[iî]ne|page|description)',
      // With the article too ("lien dans le profil"), the author's own; "dans le profil de Léa" is someone else's.
      "(?:le )?lien(?: (?:est|se trouve|dispo))? dans le profil(?! d(?:e|u|es|')(?![\\p{L}]))",
      '(?:passez|passe|venez|viens) (?:voir|jeter un (?:œ|oe)il|faire un tour) (?:sur|chez) (?:ma|mon|mes|moi|nous|notre|nos)',
      // Le même tour demandé sous la vidéo d'un autre, à la chaîne du commentateur ("si vous pouvez passer faire un tour sur la
      // chaîne ça me ferait plaisir") : la sienne, puisqu'il demande aux lecteurs d'y aller.
      '(?<=(?:si vous pouvez|si tu peux|si vous pourriez|si vous avez le temps de|si tu as le temps de)\\s+)passer (?:faire un tour|jeter un (?:œ|oe)il) sur la cha[iî]ne(?![\\p{L}])',
      // Sans « sur » devant la page de l'auteur (« Passe voir mon compte »).
      '(?:passez|passe|venez|viens) (?:voir|jeter un (?:œ|oe)il [àa]) (?:ma|mon|mes|notre|nos) (?:(?:nouvelle?|derni[eè]re?) )?(?:compte|cha[iî]ne|page|profil|boutique|site|insta|tiktok|vid[ée]os?|travail|taf|feed)(?![\\p{L}])',
      '(?:donnez|donne)-(?:moi|nous) (?:une (?:[ée]coute|chance)|un (?:coup d\'(?:œ|oe)il|like|abonnement))',
      // Each act counted as help to the author, or pledged against ("pour chaque abonné que je gagne…").
      // Chaînes d'abonnés : un abonnement rendu pour un autre ("je m'abonne en retour").
      "je m'abonne en retour",
      '(?:je )?(?:follow|suis) en retour',
      "abonne-toi et je m'abonne",
      'chaque (?:abonnement|abonn[ée]|like|vue|partage) (?:m\'aide|nous aide|aide|compte)',
      'pour chaque (?:abonn[ée]|abonnement|like|partage) (?:que )?(?:je (?:gagne|re[çc]ois|gagnerai|recevrai)|j\'(?:obtiens|aurai)|nous (?:gagnons|recevons))',
      // Le lien montré plus bas, comme "link below" ; en commentaire aussi.
      "(?:le )?liens? (?:est |sont )?(?:en (?:premier )?commentaire|dans le (?:premier )?commentaire|ci-dessous|en dessous|plus bas)",
      'cliquez (?:ici|sur le lien)',
      't[ée]l[ée]chargez(?:-le|-la)?',
      'rejoignez-(?:nous|moi)',
      '(?:utilisez|avec) le code',
      'votez pour (?:moi|nous)',
      // The job seeker's own ask, as en's "open to work" / "looking for my next role" / "hire me": « Je suis à l'écoute
      // d'opportunités », « Je suis à la recherche d'un nouveau poste ». First person only: a firm's ad says « Nous
      // recherchons », a question « Comment cherchez-vous … ? », a search told as over « j'ai enfin trouvé un poste ».
      "je suis (?:actuellement |d[ée]sormais |de nouveau )?[àa] l'[ée]coute (?:de (?:nouvelles )?|d')opportunit[ée]s",
      'je suis (?:actuellement |d[ée]sormais |de nouveau )?ouverte? [àa] de nouvelles opportunit[ée]s',
      "je suis (?:actuellement )?(?:[àa] la recherche|en recherche) (?:d'(?:un |une )?|de (?:mon |ma )?)(?:nouveau |nouvelle |prochain |prochaine |nouvelles )?(?:poste|emploi|travail|job|mission|opportunit[ée]s|d[ée]fi(?= (?:en tant que|comme|professionnel|en (?:gestion|marketing|d[ée]veloppement|data|design|communication|finance|vente|rh)(?![\\p{L}]))))(?![\\p{L}])",
      'embauchez-moi',
      // Qui vend et dit « nous » (« on est une petite librairie, chaque commande compte ») demande l'achat comme une faveur.
      "(?<=(?<![\\p{L}])(?:on est|nous sommes|nous)(?![\\p{L}])[^\\n]{0,120})chaque (?:commande|achat|vente|r[ée]servation) (?:compte|nous aide|aide|fait la diff[ée]rence)(?! pour (?!nous|moi)[\\p{L}])",
      // La même faveur pour son propre financement participatif (« Notre cagnotte Ulule se termine dans 5 jours… chaque euro compte »).
      "(?<=(?<![\\p{L}])(?:notre|ma|mon)(?![\\p{L}])[^\\n]{0,40}(?:crowdfunding|kickstarter|ulule|kisskiss[\\p{L}]*|cagnotte|campagne|financement participatif)[^\\n]{0,160})chaque (?:euro|contribution|participation|soutien) (?:compte|nous aide|aide|fait la diff[ée]rence)(?! pour (?!nous|moi)[\\p{L}])",
      // La même chose avec l'auteur dans la phrase (« chaque commande nous aide énormément ») ; « nous aide à prévoir » est un avis.
      "chaque (?:commande|achat|vente|r[ée]servation) nous (?:aide|sauve)(?: (?:[ée]norm[ée]ment|beaucoup|vraiment|tellement))?(?!\\s*[\\p{L}\\p{N}])",
      // Le questionnaire de l'auteur à remplir (« merci de remplir ce questionnaire », « répondez à mon sondage ») : des
      // réponses pour son mémoire ou son affaire. « Le sondage de la mairie ferme vendredi » pointe vers celui d'un autre.
      "(?:remplir|remplissez|remplis|r[ée]pondre [àa]|r[ée]pondez [àa]|r[ée]ponds [àa]|participer [àa]|participez [àa]) (?:mon|notre|ce|cette) (?:petit |court |bref |rapide )?(?:questionnaire|sondage|enqu[êe]te)(?![\\p{L}])",
      'je suis disponible pour',
      '(?:je|nous) cherch(?:e|ons) (?:un nouveau poste|une nouvelle mission|des missions)',
      '#opentowork',
      // Un message privé demandé selon l'intérêt du lecteur (« MP si intéressé », « DM si tu en veux un ») : la vente se conclut là.
      '(?:mp|dm) si (?:int[ée]ress[ée]e?s?|(?:tu es|vous [êe]tes) int[ée]ress[ée]e?s?|(?:tu|vous) en (?:veux|voulez))',
      // L'intérêt en question puis le canal sans verbe (« Intéressés ? MP », « Si intéressé, MP ou texto au 514… »).
      '(?:si )?int[ée]ress[ée](?:\\(e\\)|e)?(?:\\(s\\)|s)? ?[?!,:.…]+ ?(?:mp|dm|pv|inbox|whatsapp)(?![\\p{L}])',
      // Un départ gratuit proposé (« Commencez gratuitement ») : l'entrée dans le produit de l'auteur, comme « essayez gratuitement ».
      "(?:commencez|commence|démarrez|démarre) (?:dès maintenant |dès aujourd'hui |aujourd'hui |maintenant )?(?:gratuitement|gratos|sans payer)(?![\\p{L}])(?! (?:avec|sur|via|grâce) )",
    ],
    service: [
      // Chambres, tables, créneaux ou dates de l'auteur encore libres (« il nous reste des chambres », « j'ai encore
      // quelques samedis de libres en 2027 ») : l'annonce d'un hôtel, d'un restaurant ou d'une photographe ; « pour ceux
      // qui… » ou « gratuitement » aide.
      "(?:il nous reste|il me reste|nous avons encore|on a encore|j'ai encore) (?:(?:\\d+|deux|trois|quelques|des|de|encore) )*(?:chambres|tables|créneaux|dates|samedis)(?![\\p{L}])(?![^.!?\\n]{0,60}(?:pour ceux|pour celles|si quelqu|gratuit|gratuitement))",
      // Le besoin de l'entreprise du lecteur comme condition pour contacter l'auteur ("Si votre entreprise a besoin d'aide, parlons-en").
      "si (?:votre|ton|ta|vos) (?:entreprise|société|marque|boutique|équipe|startup|agence|cabinet|site) (?:a besoin|cherche|veut|recherche) [^.!?\\n]{1,80}?[,:.!]? (?:parlons-en|mes (?:dm|mp|messages) sont (?:grands )?ouverts|discutons|contactez-moi|contacte-moi|écrivez-moi|écris-moi|(?:envoyez|envoie)-moi un (?:message|mp|dm))",
      // Le cabinet de l'auteur ouvert à de nouveaux clients (« nous acceptons de nouveaux patients ») ; celui d'un autre
      // (« le cabinet du Dr Martin accepte de nouveaux patients ») est une nouvelle.
      "(?:nous acceptons|j'accepte|on accepte|nous prenons|je prends) (?:à nouveau |de nouveau )?(?:de nouveaux|des nouveaux|de nouvelles|\\d+ nouveaux|\\d+ nouvelles) (?:clients|clientes|patients|patientes|élèves)(?![\\p{L}])",
      // De la place pour de nouveaux clients dans le métier de l'auteur (« j'ai de la place pour 2 nouveaux clients »).
      // Des places comptées dans sa propre offre (« Il me reste 2 places en coaching individuel en janvier »).
      "il (?:me|nous) reste (?:encore )?(?:\\d+|deux|trois|quelques) (?:places|créneaux|disponibilités)(?![\\p{L}])",
      "(?:j'ai|nous avons|on a) (?:encore |à nouveau |de nouveau )?(?:de la place|des places|des disponibilités|des créneaux|\\d+ places?|\\d+ créneaux) (?:libres? |disponibles? )?pour (?:\\d+ |deux |trois )?(?:de |des )?(?:nouveaux |nouvelles )?(?:clients|clientes|élèves|patients|projets|séances|consultations|accompagnements|coachings)(?![\\p{L}])",
      // Des clients cherchés pour le métier de l'auteur (« je cherche de nouveaux clients en web design ») : la même annonce.
      "(?:je cherche|nous cherchons|on cherche|je recherche|nous recherchons) (?:de nouveaux|des nouveaux|de nouvelles|des) (?:clients|clientes|élèves|patients)(?![\\p{L}])",
      // Une ligne de service : « j'aide <qui> à <obtenir> » ouvre le pitch (en : "I help ... get").
      // Aussi la réponse d'une entreprise sous le post d'un autre : « nous aidons les PME à résoudre exactement ça »,
      // « c'est exactement ce que nous faisons chez Lumen ».
      "(?:j'aide|nous aidons|on aide|j'accompagne|nous accompagnons|on accompagne) (?!(?:ma|mon|mes|notre|nos) )(?:[\\p{L}\\p{N}-]+ ){1,4}(?:à|a) (?:trouver|décrocher|gagner|vendre|développer|lancer|doubler|attirer|obtenir|signer|résoudre|réduire|automatiser|fixer|augmenter|facturer|économiser|recruter|financer|structurer)(?![\\p{L}])",
      "c'est (?:exactement |précisément )?ce (?:(?:que nous|qu'on|que je) (?:faisons|fait|fais|accompagnons|accompagne|résolvons|résout|résous|traitons|traite)|que j'accompagne|sur quoi (?:nous|on|j') ?(?:accompagn|travaill)\\p{L}*) (?:pour (?:nos |mes )?(?:clients|entreprises|marques)|chez (?!(?:moi|nous|toi|vous|eux)(?![\\p{L}]))[\\p{L}\\p{N}]+)",
      // Un travail sur commande proposé avec ses conditions, délai et prix (« je les fais vite et pas cher », « on répare à
      // petit prix ») : le pitch d'un métier.
      '(?:je|on|nous) (?:les |le |la |l\')?(?:fais|fait|faisons|crée|créons|conçois|concevons|développe|développons|code|codons|monte|montons|répare|réparons)(?: [\\p{L}\\p{N}-]+){0,3}? (?:(?:vite|rapidement) ?(?:et|&|,) ?(?:pas cher|à petit prix)|à (?:petit prix|prix (?:doux|abordables?|mini)))',
      // Combien de nouveaux clients prend le métier de l'auteur (« On ne prend que 3 nouvelles marques par trimestre ») : la rareté d'une agence.
      "(?:nous (?:ne )?prenons|on (?:ne )?prend|je (?:ne )?prends|nous (?:n')?accompagnons|on (?:n')?accompagne|j'accompagne|je n'accompagne) (?:que|seulement|uniquement) (?:\\d+|deux|trois|quatre|cinq) (?:nouveaux |nouvelles )?(?:clients|clientes|marques|projets|entreprises) (?:par|chaque) (?:mois|trimestre|an|année|semestre)",
    ],
    discount: [
      // A price kept for those who come to the author's event ("special price for attendees"): the free session's sale.
      "(?:tarif|prix|offre|remise|r[ée]duction) (?:sp[ée]cial|sp[ée]ciale|exclusif|exclusive|pr[ée]f[ée]rentiel|pr[ée]f[ée]rentielle) (?:r[ée]serv[ée]e? )?(?:(?:pour|aux) (?:les )?)?(?:participants|participantes|inscrits|inscrites)",
     '-\\d{1,2} ?%', '\\d{1,2} ?% de (?:r[ée]duction|remise)', 'code promo', '(?:à )?moiti[ée] prix', 'livraison (?:gratuite|offerte)',
      // Les soldes dans la bouche du vendeur ("Soldes !", "soldes dans notre boutique", "nos soldes") ; « astuce soldes »
      // conseille l'acheteur.
      "soldes(?=\\s*!)|soldes (?:à|a|dans) (?:la|notre) boutique|(?:nos|c'est les) soldes", 
      // « Ma promo de l'IUT », « la promo 2015 » : la classe d'une école, pas une remise.
      'promo(?<!(?:ma|ta|sa|leur|même|ancienne) promo)(?! (?:19|20)\\d\\d)'],
    codeWord: ['code'],
    urgency: [
      // La ruée annoncée (« ça part vite », « ils vont partir vite ») et la petite série comptée (« seulement 20 faites »).
      "(?:ça|ca|ils|elles|ces [\\p{L}]+) (?:part|partent|va partir|vont partir) (?:vite|très vite|rapidement)",
      '(?:seulement|que|juste) \\d+ (?:pièces |exemplaires )?(?:faites?|fabriquées?|disponibles)',
      // La petite série comptée sans verbe (« seulement 50 pièces »), comme « solo 50 piezas ».
      '(?:seulement|juste) \\d+ (?:pièces|exemplaires)(?![\\p{L}])(?!\\s+(?:(?:de|du|des)(?![\\p{L}])|d[\'’]))',
      // Un cadeau pour les premiers (« les 50 premiers repartent avec un café ») : la ruée d'une ouverture.
      'les \\d+ premi[eè]re?s (?:clients |clientes |visiteurs |inscrits )?(?:repartent|re[çc]oivent|recevront|auront|gagnent)(?![\\p{L}])',
      '(?:gratuite?s?|offerte?s?) pour les \\d+ premi[eè]re?s(?![\\p{L}])',
      // La rareté des places : "places limitées", "plus que quelques places".
      'places limitées|(?:plus que|encore) quelques places|il reste (?:peu de|quelques) places',
      'derni[èe]re chance',
      'derni[èe]res places',
      'plus que \\d+ (?:places|exemplaires|jours)',
      'il (?:ne )?reste (?:plus que |que )?\\d+ (?:places|exemplaires)',
      'offre limit[ée]e',
      'dans la limite des stocks',
      '(?:se termine|fin) (?:ce soir|demain|bient[oô]t|dimanche)',
      'ne (?:le |la |les )?(?:ratez|manquez) pas',
      // « Vite ! », « réservez vite, il reste… » pressent ; « plus vite que prévu », « trop vite » disent une vitesse.
      "vite(?=\\s*[,!…])(?<!(?:plus|moins|trop|tr[eè]s|si|assez|aussi|bien|super|hyper) vite)",
      'faites vite|fais vite|d[ée]p[eê]chez-vous|d[ée]p[eê]che-toi',
      'places limit[ée]es',
    ],
    giveaway: [
      // Un concours avec un lot, pas celui d'un poste ou d'une école (« le concours de professeur des écoles », « concours
      // d'entrée », « concours de la fonction publique », « passer le concours »).
      "(?<!(?:passe|passes|passer|passent|passé|passée|réussi|réussir|rate|raté|prépare|prépares|préparer|préparent|prépa)\\s(?:(?:le|un|ce|mon|son|ton|leur)\\s)?)concours(?! (?:de (?:professeur|prof|l'|la fonction|m[ée]decine|recrutement|infirmier|infirmière|entrée|admission|police|gendarmerie|commissaire|l'internat)|d'(?:entr[ée]e|admission|acc[eè]s|[ée]coles?|internat)|administratifs?|externe|interne|agr[ée]gation|capes|crpe|enseignant)(?![\\p{L}]))", 'jeu-concours', '[àa] gagner',
      // Le lot promis comme une chance après la participation (« identifie 3 amis et tu pourrais gagner un dîner »),
      // comme « and you might win » ; « avec ce deck tu peux gagner une partie » reste calme.
      'et (?:tu |vous )?(?:pourr(?:ais|iez)|tente[sz]? de) (?:peut-[êe]tre )?gagner (?:un|une|le|la|des|\\d)', 'pour participer', 'tirage au sort', 'giveaway', 'et (?:le gagnant|la gagnante) est|un(?:e)? (?:heureux|heureuse) gagnant(?:e)? (?:recevra|remportera)'],
    plug: [
      `(?:mon|ma|mes|notre|nos) (?:[\\p{L}\\p{N}'’&()-]+ ){0,3}?${PRODUCT}`,
      // Un logiciel de l'auteur présenté comme nouveau ou comme IA (« notre outil IA », « mon nouvel outil ») ; « notre outil
      // interne » est son lieu de travail, pas une offre.
      "(?:mon|ma|notre) (?:nouvel|nouvelle|nouveau) (?:outil|extension|plateforme|logiciel|bot|agent|assistant)",
      "(?:mon|ma|notre) (?:outil|extension|plateforme|logiciel|bot|agent|assistant)(?= (?:d')?(?:ia|ai)(?![\\p{L}]))",
    ],
    // L'auteur dit que c'est de l'autopromo : "petite autopromo", "pardon pour la pub".
    selfPlug: [
      // Son propre texte lâché en lien (« j'ai écrit un truc similaire ici : blog »).
      "j'ai (?:écrit|fait|posté|publié) (?:un truc|quelque chose|un article|un billet|un post|un thread|une vidéo) (?:de )?(?:similaire|pareil|l[àa]-dessus|sur [çc]a)(?: ici)?\\s?[:👉→-]?(?=[^\\n]{0,12}?(?:https?://|www\\.|[\\p{L}\\p{N}-]+\\.[a-z]{2,}(?:/|\\s|$)))",
      // Plus du même chez l'auteur (« Plus d'astuces comme ça sur mon profil »).
      "plus d'(?:[\\p{L}-]+ )?(?:comme [çc]a|comme celles?-ci|comme ceux-ci|de ce genre|du m[eê]me genre) sur (?:mon|ma|notre) (?:profil|page|cha[iî]ne|compte|feed|blog|insta|tiktok)(?![\\p{L}])|plus de (?:[\\p{L}-]+ )?(?:comme [çc]a|de ce genre) sur (?:mon|ma|notre) (?:profil|page|cha[iî]ne|compte|feed|blog|insta|tiktok)(?![\\p{L}])",
      // Là où l'auteur l'a dit (« j'en parle en détail dans ma newsletter ») : le fil reçoit le renvoi, pas la chose.
      "(?:j'en (?:parle|parlais|ai parl[ée]|dis plus|explique|ai [ée]crit|cause)|j'ai [ée]crit (?:un article |un billet |un post )?(?:l[àa]-dessus|sur [çc]a|à ce sujet))(?: [\\p{L}'’]+){0,4}? (?:dans|sur) (?:ma|mon) (?:[\\p{L}-]+ )?(?:newsletter|blog|podcast|cha[iî]ne|livre|formation|vid[ée]o)(?![\\p{L}])(?!\\s*:\\s*(?!https?:|www\\.)[\\p{L}])",
      // Le travail de l'auteur offert selon l'intérêt du lecteur (« je fais aussi des montages Fortnite si ça intéresse quelqu'un »).
      "je (?:fais|poste|dessine|monte|vends) (?:aussi )?(?:[\\p{L}\\p{N}-]+,? ){1,4}?si (?:[çc]a|cela) (?:vous |t')?int[ée]resse",'auto-?promo', '(?:petite|un peu d\') ?autopromotion', '(?:petite|minute) (?:pub|autopromo)', '(?:d[ée]sol[ée]|pardon) pour (?:la )?(?:pub|autopromo|le spam)',
      // Se présenter comme petit ou nouveau créateur ouvre la pub de la chaîne (« je suis un petit youtubeur »).
      "(?:je suis|nous sommes|on est) (?:juste )?(?:un|une) (?:petite?|nouvel(?:le)?|nouveau|jeune) (?:youtubeu(?:r|se)|youtuber|cr[ée]at(?:eur|rice)|streameu(?:r|se)|streamer|rappeu(?:r|se)|chanteu(?:r|se)|artiste|cha[îi]ne|groupe)(?![\\p{L}])",
      // « nouveau rappeur ici », « j'essaie de faire connaître ma musique ».
      '(?:nouveau|nouvelle|petit|petite) (?:youtubeu(?:r|se)|rappeu(?:r|se)|artiste|chanteu(?:r|se)|groupe) ici',
      // Âge et métier (« je suis un rappeur de 15 ans ») : un créateur se présente.
      '(?:je suis|nous sommes) (?:un|une|des) (?:rappeu(?:r|se)s?|chanteu(?:r|se)s?|youtubeu(?:r|se)s?|artistes?|beatmakers?|musicien(?:ne)?s?) de \\d+ ans',
      '(?:j\'essaie|j\'essaye|je veux|je voudrais) de faire conna[îi]tre (?:ma (?:musique|cha[îi]ne)|mes (?:sons|vid[ée]os|chansons)|mon (?:groupe|travail))',
      // L'auteur recommande son propre produit selon les goûts du lecteur (« Si tu as aimé Inside, tu vas adorer notre jeu »).
      // Un lieu (« notre ville ») n'est pas un produit.
      "si (?:tu aimes|vous aimez|t'as aimé|tu as aimé|vous avez aimé)(?: [^\\s.!?]+){1,6},? (?:alors )?(?:tu vas|vous allez) (?:aimer|adorer) (?:notre|nos|mon|ma|mes) (?!(?:ville|village|pays|île|région|quartier)(?![\\p{L}]))[\\p{L}\\p{N}-]+",
      "(?:tu vas|vous allez) (?:aimer|adorer) (?:notre|nos|mon|ma|mes) (?!(?:ville|village|pays|île|région|quartier)(?![\\p{L}]))(?:[\\p{L}\\p{N}-]+ ){1,3}?si (?:tu aimes|vous aimez|tu as aimé|vous avez aimé)",
    ],
    // Appâts : "j'ai gagné 500 € par semaine depuis chez moi", "vous avez été sélectionné", "abonnés gratuits".
    lure: [
      `(?:gagn[ée]|gagne|touch[ée]|touche|re[çc]u) (?:plus de |jusqu'à )?${AMOUNT}(?: [\\p{L}]+){0,4}? (?:par|en une|en un|chaque|la|le|cette|ce) (?:jour|semaine|mois|heure)`,
      `(?:gagn[ée]|gagne|gagner) (?:de l'argent|${AMOUNT})(?: [\\p{L}]+){0,3}? (?:depuis|de) (?:chez (?:moi|soi|vous)|la maison)`,
      'vous avez (?:[ée]t[ée] (?:s[ée]lectionn[ée]e?|choisie?)|gagn[ée])',
      '(?:f[ée]licitations),? (?:vous avez|tu as) gagn[ée]',
      'r[ée]clame[zr]? (?:votre|ton) (?:prix|cadeau|lot|r[ée]compense)',
      '(?:abonn[ée]s|vues|followers|likes) gratuit(?:s|es|ement)?',
      '(?:cartes?[ -]cadeaux?|codes|robux|argent|diamants|gemmes|bitcoins?|iphones?)(?: [\\p{L}]+){0,3}? (?:gratuit(?:s|es|ement)?|gratos|offert(?:s|es)?)',
      "(?:gagne[rz]?|gagnez) de l'argent (?:en ligne|sur internet|depuis (?:chez vous|ton t[ée]l[ée]phone))",
      'c[ée]libataires (?:pr[eè]s de chez (?:vous|toi)|dans (?:votre|ta) (?:r[ée]gion|ville))',
      // Payé pour un geste oisif (« gagnez de l'argent en regardant des vidéos ») : l'offre de ferme à clics.
      "(?:gagnez|gagner|gagne) de l'argent en (?:regardant|jouant|r[ée]pondant|cliquant|likant) (?:des |à des )?(?:vid[ée]os|jeux|sondages|pubs|publicit[ée]s)",
      // Un corps changé pour une date (« perdez 10 kilos en 2 semaines ») : la promesse de la pub pour pilules.
      "(?:perdez|perdre|perds|eliminez|[ée]liminer) (?:jusqu'à )?\\d+ ?(?:kilos|kg|livres) en (?:seulement |juste )?(?:\\d+|une|un|deux|trois|quatre) (?:jours|semaines?|mois)",
      '(?:maigrir|perdre du poids) (?:vite|rapidement|sans r[ée]gime|sans sport)',
      // Un gain promis comme sûr : aucun commerce honnête ne peut le dire.
      '(?<!(?:^|[^\\p{L}])(?:aucun|aucune|pas de|jamais|sans|ne|promet|promettent|promettre)\\s(?:[\\p{L}-]+\\s){0,2})(?:(?:gains|profits|b[ée]n[ée]fices|revenus compl[ée]mentaires) garantis)',
      // Le témoignage-arnaque sous les vidéos, comme en anglais : le « grand marabout », le meilleur gestionnaire, « merci à Mme X pour ses conseils en investissement », le portefeuille qui « a pris 250 % ». Avec WhatsApp ou Telegram (reach), ou deux ensemble, c'est l'appât.
      '(?:grand|puissant|meilleur|vrai|v[ée]ritable) (?:marabout|voyant|m[ée]dium|sorcier|envo[uû]teur|gu[ée]risseur)|(?:grande|puissante|meilleure|vraie) (?:voyante|sorci[eè]re|m[ée]dium|gu[ée]risseuse)',
      "(?:m'a ramen[ée]|a ramen[ée]|m'a rendu) (?:mon|ma) (?:ex|mari|femme|copain|copine|compagnon|compagne|homme) en (?:seulement |moins de )?(?:\\d+|un|une|deux|trois) (?:heures?|jours?|semaines?)",
      '(?:merci|reconnaissante?|gr[aâ]ce) (?:[àa] )?(?:monsieur|madame|mme|mr|dr|docteur|expert|experte)\\.? [\\p{L}]+(?: (?!(?:pour|par|qui|et|de)(?![\\p{L}]))[\\p{L}]+)?(?=[^.!?\\n]{0,60}(?<![\\p{L}])(?:investissements?|investir|trading|forex|crypto|bitcoin|b[ée]n[ée]fices?|profits?|revenus?|portefeuille|rendements?))',
      '(?:portefeuille|compte|investissement|capital|b[ée]n[ée]fices?) (?:a |ont )?(?:pris|augment[ée]|grimp[ée]|doubl[ée]|tripl[ée]|progress[ée])(?: de)? \\d[\\d,.]* ?%',
      '(?:meilleur|meilleure|honn[eê]te|fiable) (?:gestionnaire de compte|gestionnaire|courtier|courti[eè]re|trader|hacker|conseill[eè]re? financi[eè]re?)',
      // yt23 : l'aide nommée par un titre d'argent sans éloge devant (« la conseillère financière Claire Dubois »,
      // « l'expert en trading Marc Petit »), et l'argent fait « avec l'expert X ». Appât seulement avec WhatsApp,
      // Telegram, un @ ou un lien (reach) ; « mon conseiller financier part à la retraite » ne nomme personne.
      "(?<!(?:^|[^\\p{L}])(?:mon|ma|notre) )(?:conseill[eè]re?|gestionnaire|expert[e]?|mentor) (?:financi[eè]re?|en investissement|en placements?|en trading|en crypto(?:monnaies?)?|de patrimoine|forex)(?: (?:m\\.|mme|monsieur|madame|dr)\\.?)? (?!(?:est|était|a|dit|qui|et|de|du|me|nous|te|se|le|la|en|pour|avec|m'a|nous a)(?![\\p{L}]))[\\p{L}]+",
      "(?:bitcoin|btc|crypto(?:monnaies?)?|forex|trading|investissements?)(?: [\\p{L}]+){0,2} avec (?:l'|le |la )?(?:expert[e]?|mentor|monsieur|madame|m\\.|mme)\\.? ?[\\p{L}]+",
    ],
    reach: ['cherche[zr]? [\\p{L}\\p{N}_]+(?: [\\p{L}\\p{N}_]+){0,2} sur (?:google|youtube|telegram|instagram)', 'whats ?app', 'telegram',
      // Une réponse comme porte d'entrée (« réponds et je t'explique comment ») : la méthode arrive en privé.
      "(?:r[ée]ponds|r[ée]pondez|commente|commentez)(?: (?:ici|en dessous))? et je (?:te |t'|vous )?(?:dis|explique|montre|envoie|raconte)", '(?:contactez-la|contactez-le|[ée]crivez-lui)'],
    affiliate: [
      // Le code ou le lien de parrainage, dit aussi « code parrain » / « lien parrain » (« avec mon code parrain JULIE20 »).
      '(?:lien|code) (?:de )?parrain(?:age)?(?![\\p{L}])', '(?:ach[eè]t|command)\\p{L}* (?:\\p{L}+ ){0,2}?(?:via|avec|par|en passant par) mon lien', "mon code d'invitation", 'liens? affili[ée]s?', "liens? d'affiliation", '#pub', '#sponsoris[ée]', 'partenariat r[ée]mun[ée]r[ée]', 'sponsoris[ée] par'],
    brag: [
      // L'auteur en stream, à côté du lien du live ("Je stream Stardew ce soir à partir de 19h 💚 twitch.tv/…", "je serai en
      // live"); "elle stream" est le live d'une autre.
      "(?<=(?:je|on)\\s+)(?:stream|streame|serai en live|sera en live|lance le live)(?![\\p{L}])(?=[^\\n]{0,200}?(?:twitch|kick\\.com|/live))",
      // xlang21: un prix avec son année, décerné à l'auteur (« élus « Meilleure agence immobilière de Lille 2027 » »).
      "(?:[ée]lu(?:e|s|es)?|nomm[ée](?:e|s|es)?|r[ée]compens[ée](?:e|s|es)?|sacr[ée](?:e|s|es)?|class[ée](?:e|s|es)?|distingu[ée](?:e|s|es)?) (?:comme )?[«\"“] ?[^»\"”\\n]{3,60}?(?:19|20)\\d\\d ?[»\"”]",
      // Un prix de l'année (« Notre cabinet a été récompensé comme cabinet comptable de l'année ») ; avec un autre sujet
      // devant (« Aya Nakamura élue artiste de l'année ») c'est une nouvelle (humblebrag aboutSomeoneElse).
      "(?:élu|nommé|désigné|récompensé|sacré|distingué)e?s? (?:comme )?(?:le |la |l['’])?(?:[«\"“]?[\\p{L}\\p{N}&'’-]+ ){0,5}?de l['’]ann[ée]e(?![\\p{L}])",
      // La presse comme étiquette de ce que vend l'auteur (« Vu dans Elle et Le Parisien », « comme vu sur M6 ») ; « j'ai
      // vu dans le journal » raconte.
      '(?<=^\\s*|\\n\\s*|[✨⭐🌟📺] ?)(?:comme )?vus? (?:dans|sur|à la|au)(?![\\p{L}])|comme vus? (?:dans|sur|à la|au)(?![\\p{L}])',
      // L'invitation sur l'émission ou le podcast d'un autre, racontée comme la nouvelle (« Ravie d'avoir été invitée sur le
      // podcast… », « j'étais l'invité de… »), comme l'anglais 'I was a guest on'.
      "(?:avoir été|j'ai été|j'étais|été|être) (?:invitée?|interviewée?|l'invitée?|reçue?) (?:sur|dans|au|à|de|par) (?:(?:le|la|l'|les) )?(?:[\\p{L}\\p{N}@«».'-]+ ){0,4}?(?:podcast|émission|emission|live|chaîne|radio|épisode|webinaire|table ronde)(?![\\p{L}])",
      // La même chose dite simplement (« intervenir dans le podcast… », « j'ai participé à l'émission… »).
      "(?:intervenir|particip(?:er|é)|suis intervenue?) (?:dans|sur|à|au|en) (?:(?:le|la|l'|un|une) ?)?(?:[\\p{L}\\p{N}@«».'-]+ ){0,4}?(?:podcast|émission|emission|live|radio|épisode)(?![\\p{L}])",
      // Un nouveau mix, set ou remix de l'auteur annoncé comme sorti (« nouveau mix dispo ») ; « le nouveau mix est sorti ? » demande celui d'un autre.
      '(?<!(?:le|la|son|sa|ton|ta|un|une)\\s)(?:nouveau|nouvelle) (?:mix|mixtape|set|remix|freestyle|beat ?tape|morceau)(?: [\\p{L}]+){0,3}? (?:est |sont )?(?:dispo|disponible|en ligne|sorti|sortie)(?![\\p{L}])',
      // La nôtre de la chanson en ligne (« la nôtre de cette chanson est en ligne »).
      '(?:le|la) n[ôo]tre (?:de cette chanson )?(?:est )?(?:en ligne|sur (?:notre|ma) cha[iî]ne|dispo)',
      // Élus ou classés parmi les meilleurs, comme l'anglais « voted the best ».
      '(?:élue?s?|votée?s?|sélectionnée?s?|nommée?s?|reconnue?s?|désignée?s?|classée?s?) (?:comme )?(?:l\'une? des|parmi (?:les|nos)|(?:le|la|les) meilleure?s?|meilleure?s?|finalistes?)(?![\\p{L}])',
      // Sa nomination (« Je suis nominée meilleure créatrice »), comme "nominated for".
      "(?:je suis|j'ai été|nous sommes|on est) nomin[ée]e?s?(?![\\p{L}])",
      // Sa propre reprise ou vidéo tout juste postée (« je viens de poster une reprise de cette chanson »), comme 'just uploaded my cover'.
      "(?:je viens|on vient|nous venons) de (?:poster|publier|sortir|mettre en ligne|enregistrer) (?:une|un|ma|mon|notre) (?:nouvelle |nouveau )?(?:reprise|cover|version|vid[ée]o|remix|chanson|parodie)",
      // Un live annoncé ("Ce soir en live sur Twitch", "on est en direct", "en live dans 10 min") ; un nouveau single, un nouvel album.
      // Le live de l'auteur qui commence (« Le live commence dans 10 min ») et l'en-tête (« 🔴 EN LIVE ») : rien d'autre n'en est le sujet.
      // Le stream du jour, son heure et son site en tête (« Ce soir 20h stream sur Twitch »).
      "(?<![\\s\\S])(?:[\\p{Extended_Pictographic}\\uFE0F]\\s*)*(?:le )?(?:live|stream) (?:commence|démarre|demarre|reprend|arrive) (?:dans|à|a|ce soir)(?![\\p{L}])|(?<![\\s\\S])(?:[\\p{Extended_Pictographic}\\uFE0F]\\s*)*en (?:live|direct)(?=\\s*(?:[\\p{Extended_Pictographic}\\uFE0F:!|–—-]|$))(?=[\\s\\S]{0,200}?(?:twitch|kick\\.com|youtu\\.?be|/live|stream))|(?<![\\s\\S])(?:[\\p{Extended_Pictographic}\\uFE0F]\\s*)*(?:ce soir|aujourd'hui|demain)(?: (?:à )?\\d+ ?h(?:\\d+)?)? (?:y a |il y a )?(?:stream|live|direct) (?:sur|en) (?:twitch|kick|tiktok)(?![\\p{L}])",
      '(?:je suis|on est|nous sommes|je serai|on sera) en (?:live|direct)|(?<!\\p{L}\\s)en (?:live|direct) dans \\d+ ?min(?:utes?)?|(?<!\\p{L}\\s)(?:live|direct) dans \\d+ ?min(?:utes?)?|en live (?:sur|ce soir|maintenant)|(?:nouveau (?:single|clip|morceau)|nouvel album)(?! (?:de|du|des|d\')(?![\\p{L}]))',
      // Son premier ou nouveau single, son livre annoncé comme sorti ("mon premier single est sorti").
      '(?:mon|notre) (?:(?:premier|nouveau|dernier|deuxième) )?(?:single|album|ep|livre|roman|titre|morceau|podcast) (?:est )?(?:enfin |maintenant |officiellement |d[ée]sormais |aussi |[ée]galement |d[ée]j[àa] )*(?:sorti|dispo|disponible|là)|(?:ma|notre) (?:(?:première|nouvelle|dernière|deuxième) )?(?:chanson|mixtape|formation) (?:est )?(?:enfin |maintenant |officiellement |d[ée]sormais |aussi |[ée]galement |d[ée]j[àa] )*(?:sortie|dispo|disponible|là)',
      // Fierté de soi: la réussite de l'auteur comme nouvelle.
      'fi[eè]re?s? de moi(?:-m[eê]me)?|fi[eè]re?s? de nous(?:-m[eê]mes)?',
      '(?:(?:je suis|nous sommes) )?(?:tr[èe]s |si )?(?:fi[èe]re?s?|heureu(?:x|se|ses)|ravie?s?|enchant[ée]e?s?) (?:de (?:vous )?|d\')(?:annoncer|partager|pr[ée]senter)',
      'est (?:enfin |maintenant )?(?:disponible|en ligne|sorti)',
      // La même annonce par la formule du plaisir ou de la fierté (« j'ai le plaisir de vous annoncer », « c'est avec joie que »).
      "(?:j'ai|nous avons) le (?:plaisir|bonheur) de (?:vous )?(?:annoncer|partager|pr[ée]senter)|c'est avec (?:une grande |beaucoup de )?(?:joie|fiert[ée]|plaisir|bonheur) que (?:je|nous) (?:vous )?(?:annonce|annon[cç]ons|partage|partageons)",
      'vient de sortir',
      // Son livre ou son album annoncé pour aujourd'hui (« Mon livre « Manager sans s'épuiser » sort aujourd'hui »).
      "(?:mon|notre|ma) (?:(?:premier|nouveau|dernier|deuxième|première|nouvelle) )?(?:single|album|ep|livre|roman|titre|morceau|podcast|jeu|film|bd|chanson|formation)(?: [«\"“][^»\"”\\n]{1,60}[»\"”])? (?:sort|para[iî]t|est disponible) (?:enfin |officiellement )?(?:aujourd'hui|demain|ce (?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|soir|matin)|le \\d)",
      // Un nouveau poste annoncé avec son titre ("Je commence un nouveau poste de data analyst chez…").
      "(?:je )?(?:commence|d[ée]bute) (?:un )?nouveau poste (?:de|d'|en tant que|comme)",
      'je me lance',
      // Sa propre distinction dans une liste ou un prix (« j'ai été citée parmi les 30 femmes », « nous avons été élus
      // meilleure agence »), comme "named one of" ; « mon frère a été élu » est à un autre.
      "(?:j'ai (?:[ée]t[ée]|ete)|nous avons (?:[ée]t[ée]|ete)|on a (?:[ée]t[ée]|ete)|je suis|nous sommes) (?:[ée]lu|cit[ée]|nomm[ée]|s[ée]lectionn[ée]|class[ée]|r[ée]compens[ée]|distingu[ée]|prim[ée]|reconnu)e?s? (?:(?:dans|par) (?:[\\p{L}'’]+ ){1,3}?)?(?:parmi|comme|dans le (?:top|classement|palmar[èe]s)|dans la (?:liste|s[ée]lection|short-?list)|meilleure?s?)(?![\\p{L}])",
      // Son passage dans les médias (« On est passés dans Le Soir ! », « Petit passage sur France Bleu ce matin »), comme "featured in".
      "(?:on est pass[ée]s?|nous sommes pass[ée]s|je suis pass[ée]e?|petit passage) (?:dans|sur|[àa]|au) (?:le |la |l'|les )?(?:t[ée]l[ée]|radio|journal|presse|soir|parisien|monde|figaro|lib[ée]ration|ouest-france|tf1|france (?:2|3|inter|bleu|info|culture)|rtbf|rts|bfm|m6|quotidien)(?![\\p{L}])|(?:on a|j'ai|nous avons) [ée]t[ée] interview[ée]e?s? (?:par|dans|sur|pour)(?![\\p{L}])",
      'nous avons gagn[ée]',
      // Le même cap en argent (« On a passé les 20k€ de MRR », « nous avons franchi le million de chiffre d'affaires »).
      "(?<!(?:quand|lorsque|depuis que|d[èe]s que|apr[èe]s que|si) |lorsqu['’]|depuis qu['’]|d[èe]s qu['’]|apr[èe]s qu['’])(?:on a|nous avons|j'ai|on vient de|nous venons de|je viens de) (?:d[ée]pass[ée]r?|atteint|atteindre|franchi|franchir|pass[ée]r?) (?:les |la barre des |le cap des )?\\d[\\d  .,]*(?: ?(?:k|m|millions?))? ?(?:€|euros|\\$)? (?:de |d')?(?:mrr|arr|chiffre d'affaires|ca)(?![\\p{L}])",
      // Un cap de son propre chiffre (« On a dépassé les 10 000 clients », « nous avons atteint 50 000 abonnés »),
      // comme "crossed 10k customers" ; « la médiathèque a dépassé 10 000 inscrits » est à une autre.
      // Dit comme le moment d'une histoire (« Quand on a dépassé les 10 000 clients, le support ne suivait plus »), ce n'est pas la nouvelle.
      "(?<!(?:quand|lorsque|depuis que|d[èe]s que|apr[èe]s que|si) |lorsqu['’]|depuis qu['’]|d[èe]s qu['’]|apr[èe]s qu['’])(?:on a|nous avons|j'ai|on vient de|nous venons de|je viens de) (?:d[ée]pass[ée]r?|atteint|atteindre|franchi|franchir|pass[ée]r?) (?:la barre (?:des |de )|le cap (?:des |de )|les |la |plus de )?\\d[\\d  .,]*(?: ?(?:k|mille|millions?))? (?:d')?(?:abonn[ée]s|followers|clients|clientes|ventes|t[ée]l[ée]chargements|utilisateurs|commandes|membres|lecteurs|auditeurs|[ée]l[èe]ves)(?![\\p{L}])(?!\\s+[àa]\\s+\\d)",
      'on a gagn[ée]',
      'finalistes?',
      // A new episode as a new video: the author's own release (Spanish and English say the same).
      // Une nouvelle collection limitée (« Nouveau drop vendredi »), comme 'new drop'.
      'nouvelle vid[ée]o|nouvel [ée]pisode|nouveau drop',
      'un r[êe]ve devenu r[ée]alit[ée]',
      // La fierté ou la joie comme manière d'annoncer (« Avec beaucoup de fierté, je vous annonce… »), et sa promotion.
      "avec (?:beaucoup de |une grande |grande |une immense )?(?:fiert[ée]|joie|plaisir),? (?:que )?(?:je |j'|nous )(?:vous )?(?:annonce|annon[cç]ons|partage|partageons)",
      // Sa promotion racontée, le poste nommé ou non ("J'ai été promue cheffe de projet", "je viens d'être promu").
      "(?:j'ai (?:[ée]t[ée]|ete)|je viens d'[êe]tre) promue?(?: (?:au poste de|[àa]|comme))?",
      // Son arrivée dans une entreprise avec son titre (« je rejoins Decathlon en tant que Product Owner »), comme
      // « je commence un nouveau poste de ».
      "je (?:rejoins|viens de rejoindre|vais rejoindre|int[èe]gre|viens d'int[ée]grer) (?:[\\p{L}\\p{N}&.'’-]+ ){1,5}?(?:en tant que|comme)(?![\\p{L}])",
      // La suite de sa série sur la chaîne (« La partie 2 est dispo sur la chaîne ! »), comme "Part 2 is up on the channel".
      "(?:la |le )?(?:partie|[ée]pisode|chapitre) \\d+ (?:est )?(?:enfin |d[ée]j[àa] )?(?:dispo|disponible|en ligne|sortie?) (?:sur|dans) (?:la|ma|notre) cha[iî]ne",
      // Son lancement sur un site de lancement ou de financement participatif (« On est sur Product Hunt aujourd'hui ! »).
      "(?:on est|nous sommes|je suis) (?:aujourd'hui |enfin |officiellement )?(?:en ligne |en live )?sur (?:product ?hunt|kickstarter|ulule|kisskiss ?bank ?bank|indiegogo)(?![\\p{L}])",
      // Le sien en tête d'un classement (« Notre appli vient de passer numéro 1 sur l'App Store »), comme "hit #1".
      "(?:mon|ma|mes|notre|nos) (?:[\\p{L}\\p{N}'’-]+ ){0,2}?(?:appli|application|app|livre|album|single|chanson|titre|podcast|jeu|boutique|produit|cha[iî]ne|vid[ée]o|formation|startup|marque|roman)s? (?:(?!pr[ée]f[ée]r|favori)[\\p{L}\\p{N}'’-]+ )?(?:vient de |est |a |sont |ont )?(?:passer|pass[ée]e?s?|devenue?s?|atteint|arriv[ée]e?s?|class[ée]e?s?) (?:au |à la |en )?(?:num[ée]ro (?:1|un)|n°1|#1|premi[èe]re? place|top \\d+)(?![\\p{L}\\p{N}])",
      // Le sien arrivé (« Notre bière d'hiver est arrivée », « nos calendriers sont arrivés ») ; un fils, un colis ou un
      // train arrivés sont d'autres nouvelles.
      "(?:notre|nos|mon|ma|mes) (?!(?:fils|fille|filles|fr[èe]re|s(?:œ|oe)ur|mari|femme|copain|copine|amie?s?|m[èe]re|p[èe]re|b[ée]b[ée]|colis|commande|train|avion|bus|vol|invit[ée]s?|enfants?|parents?)(?![\\p{L}]))(?:[\\p{L}'’-]+ ){1,4}?(?:est|sont) (?:enfin |bien )?(?:arriv[ée]e?s?|de retour)(?![\\p{L}])",
    ],
    bait: [
      // L'accord pêché en demandant si l'auteur est seul (« Je suis la seule à… ? », « Vous aussi vous avez l'impression… ? »).
      "(?:je suis|suis-je) (?:le|la) seule? à[^.!?\\n\\d]{0,80}\\?|il n'y a que moi qui[^.!?\\n\\d]{0,80}\\?|(?:vous|toi) aussi,? (?:vous avez|tu as|vous trouvez|tu trouves) (?:l'impression|que)[^.!?\\n\\d]{0,80}\\?",
      // Le mot demandé contre une condition (« Tape OUI si tu es d'accord », « Écris AMEN si tu crois… »), comme "Type AMEN if".
      "(?:tape|tapez|[ée]cris|[ée]crivez|commente|commentez|mets|mettez) [\"«“'‘]?\\s?(?:oui|amen|moi|1|d'accord)\\s?[\"»”'’]?(?: en commentaire| ci-dessous)?,? (?:si|pour)",
      // Qui est là cette année (« Qui écoute encore en 2024 ? »), comme l'anglais "who's watching in 2024".
      "qui (?:[ée]coute|regarde|est (?:l[aà]|ici)) (?:encore |toujours )?(?:[çc]a |ce clip |cette chanson )?en \\d{4}",
      // Le like demandé à qui passe ("Lâchez un like", "laissez un like").
      '(?:l[âa]chez|l[âa]che|laissez|laisse) (?:un|votre|ton) (?:like|pouce bleu)',
      'likez si',
      // yt23 : le like demandé pour que l'auteur se fasse remarquer (« likez ce commentaire pour que ma mère le voie »).
      "(?:likez|like|likes) (?:ce|mon) commentaire (?:pour que|pour qu'|afin que) (?:je|j'|ma|mon|mes|il|elle|tout le monde|tous)",
      '(?:mettez (?:un )?)?like si',
      'partagez si',
      'identifiez (?:un|une|\\d+|vos|quelqu)',
      // La participation en infinitifs (« liker la publication, s'abonner et identifier 2 amis »).
      'identifier (?:un|une|\\d+|deux|trois|tes|vos) (?:ami(?:e|es|s)?|potes?|personnes?|copains?|copines?)(?![\\p{L}])|liker (?:la|cette|notre|ma) (?:publication|photo|page|vid[ée]o|post)',
      // Le tutoiement demande des amis nommément (« identifie 3 amis »); « on identifie une cause » reste calme.
      '(?:identifie|tague|tagge) (?:\\d+|tes|ton|ta|une?|deux|trois) (?:ami(?:e|es|s)?|potes?|copains?|copines?|personnes?|meilleur(?:e)? ami(?:e)?)(?![\\p{L}])',
      'taguez (?:un|une|\\d+|vos|quelqu)',
      'commentez ["«]?\\s*\\p{L}+\\s*["»]?',
      // Un emoji comme vote (« Commente 🔥 si t'es du matin ») : un sondage par réactions, comme l'anglais « comment 🔥 if ».
      'comment(?:e|ez)\\s*[\\p{Extended_Pictographic}][\\p{Extended_Pictographic}\\uFE0F\\u200D\\s]*,? si (?:tu|vous|t\'\\p{L}+)',
      // Le mot-clé entre guillemets, au tutoiement aussi (« Commente 'GUIDE' et je t'envoie… »).
      'commente ["«“\'‘]\\s*\\p{L}+',
      "[êe]tes-vous d'accord\\s?\\?",
      // L'adhésion demandée en un mot familier (« Vous validez ? », « Qui valide ? »), comme « D'accord ? ».
      '(?:(?:vous )?validez|(?:qui|on) valide|tu valides)\\s?\\?(?=\\s*(?:[\\p{Extended_Pictographic}\\uFE0F\\u200D#]\\S*\\s*)*$)',
      "d'accord\\s?\\?",
      'qui est d\'accord\\s?\\?',
      // La raison demandée à la foule (« Qui me donne raison ? ») et le choix « d'accord ou pas ? », comme "Agree or not?".
      "qui me donne raison\\s?\\?|d'accord ou (?:pas|non)\\s?\\?",
      // Avec « avec moi » et le choix « oui ou non ? », comme "Agree?" et "Yes or no?".
      "d'accord avec moi\\s?\\?|oui ou non\\s?\\?|qui (?:d'autre )?est avec moi\\s?\\?",
      // La même adhésion pêchée ("Qui pense pareil ?", "Qui voit les choses comme moi ?"), la question en fin.
      "qui (?:d'autre )?(?:pense|voit (?:les choses|[çc]a)|ressent [çc]a|le voit) (?:pareil|comme moi|la m[eê]me chose|aussi|de la m[eê]me fa[çc]on)\\s?\\?",
      // Se reconnaître, demandé à la foule (« Qui se reconnaît ? »), comme "who can relate?".
      "qui (?:d'autre )?se reconna[iî]t\\s?\\?",
      // Un cap de sa propre audience fêté ("merci pour les 10k abonnés", "ma petite chaîne a atteint 5 000 abonnés").
      'merci (?:[àa] tous )?pour (?:les )?\\d[\\d,.]*k? (?:abonn[ée]s|followers)',
      '(?:ce|cette|ma|mon|notre) (?:petite? )?(?:compte|cha[iî]ne|page) (?:a (?:atteint|d[ée]pass[ée]) |vient d\'atteindre )\\d[\\d,.]*k? (?:abonn[ée]s|followers)',
      // Un emoji contre la suite (« Mettez un 🔥 si vous voulez la partie 2 »), comme "Drop a 🔥 if".
      "(?:mettez|mets|laissez|laisse|l[âa]chez|l[âa]che|balancez) (?:un|une) (?:like |c(?:œ|oe)ur |emoji |petit )?(?:si|en commentaire)(?![\\p{L}])",
      // Les mains levées de qui est pareil (« Qui d'autre a hâte d'être vendredi ?! »), comme "Who else can't wait…?" ;
      // et la personne à identifier (« Identifie quelqu'un qui a besoin de lire ça »).
      "qui d'autre (?:a h[âa]te|attend|aime|pense)(?=[^.!?\\n]{0,60}\\?)",
      "(?:identifie|tague|tagge|mentionne|mentionnez) quelqu['’]un",
    ],
    vaguePointer: [
      // Demander si la chose montrée dit quelque chose au lecteur (« Ça vous parle ? », « Ça te dit quelque chose ? ») : rien n'en est dit.
      "[çc]a (?:vous|te) (?:parle|dit quelque chose|rappelle quelque chose)\\s?\\?",
      // La nouvelle gardée pour bientôt (« Je vous en dis plus très bientôt »).
      "(?:je|on) (?:vous|t') ?en (?:dis|dit|dirai|raconte) plus (?:très |trop )?(?:bientôt|vite|demain|ce soir|plus tard)",
      "(?:j'ai (?:trop |tellement )?h[âa]te|trop h[âa]te) de vous en (?:dire|montrer|raconter) (?:plus|davantage)",
      'on en parle\\s?\\?',
      // La légende d'un carrousel qui laisse son contenu aux images (« Enregistre-le pour plus tard 📌 ») ; si elle liste
      // les conseils, elle a de la substance et se tait. « Swipe pour voir… » est une accroche (value/fr.ts).
      'enregistre(?:z)?(?:-le|-la| ce post| ce carrousel)? pour plus tard',
      "[àa] lire absolument", "jetez un (?:œ|oe)il", 'regardez[- ]moi [çc]a', "qu'en pensez-vous\\s?\\?", "(?:vous en|t'en|tu en) (?:pensez|penses|dites|dis) quoi\\s?\\?", 'vos avis\\s?\\?', 'bient[oô]t', 'restez connect[ée]s',
      // L'histoire promise pour plus tard (« je vous raconte ce soir », « je te dis tout demain ») : le propos est gardé.
      "(?:je )?(?:vous|te) (?:raconte|dis|explique) (?:tout |[çc]a )?(?:ce soir|demain|plus tard|apr[èe]s|tout [àa] l'heure)", '[àa] suivre',
      // Une annonce à soi qui ne dit que qu'elle arrive ("quelque chose de grand se prépare", "de très gros arrive").
      'quelque chose de (?:(?:tr[eè]s|super|trop|vraiment) )?(?:grand|gros|[ée]norme|nouveau) (?:arrive|se pr[ée]pare)',
      // La même annonce avec sa seule date (« Grosse nouveauté le 15 👀 », « Grande annonce vendredi 🚀 ») : le jour dit quand, jamais quoi.
      '(?:grosses? nouveaut[ée]s?|grandes? nouvelles?|grosse annonce|grande annonce) (?:le |ce )?(?:\\d{1,2}(?:/\\d{1,2})?|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)(?=\\s*[!.]*\\s*(?:[\\p{Extended_Pictographic}\\uFE0F#]|$))',
      // La même annonce dite familièrement (« Un truc énorme arrive la semaine prochaine »).
      'un truc (?:[ée]norme|de ouf|de fou|dingue|gros|grand|incroyable) (?:arrive|se pr[ée]pare)',
      // La nouvelle que l'auteur dit ne pas pouvoir dire encore (« je peux rien dire pour l'instant », « on ne peut pas encore en dire plus »).
      "(?:(?:je|on|nous) (?:ne )?|j'|j’)(?:peux|peut|pouvons) (?:encore rien (?:vous |te )?(?:dire|r[ée]v[ée]ler)|rien (?:vous |te )?(?:dire|r[ée]v[ée]ler) (?:pour l'instant|pour le moment|encore)|pas (?:encore )?(?:vous |t')?en dire (?:plus|davantage))",
      // « Êtes-vous prêts ? » après l'annonce : prêts à quoi, le post ne le dit jamais.
      "(?:[êe]tes-vous|es-tu|vous [êe]tes|t'es|tu es) (?:vraiment )?pr[êe]t(?:e|s|es)? ?\\?+"],
    agreement: ['tellement vrai', 'trop vrai', 'tellement [çc]a', "c'est tellement [çc]a", 'tout [àa] fait d\'accord'],
    // Un coup de pouce qui ne dit rien à faire (« Encore lundi... vous savez ce qu'il vous reste à faire 💪 »).
    // Thanks for a year or a chapter, with nothing of what it held ('Grateful for another chapter 🙏', 'Gratidão por mais um ciclo').
    platitude: ['(?:reconnaissante?s?|gratitude) pour (?:ce|cette|un|une) (?:nouveau |nouvelle |autre )?(?:chapitre|cycle|ann[ée]e|aventure)(?![\\p{L}])(?=\\s*[.!,\\n\\p{Extended_Pictographic}]|\\s*$)', "(?:n'arr[êe]te|n'arr[êe]tez|ne cesse|ne cessez) jamais d'(?:apprendre|avancer|essayer)|continue(?:z)? d'avancer", "moins,? c'est (?:souvent |parfois |toujours )?plus", "(?:la |le |les |l')?(?:r[ée]gularit[ée]|constance|discipline|action|ex[ée]cution|pers[ée]v[ée]rance|habitudes|fait) (?:bat|battent|l'emporte sur|vaut mieux que) (?:le |la |l')?(?:talent|motivation|perfection|parfait|chance|id[ée]es?|strat[ée]gie)(?![\\p{L}])", "ta seule limite,? (?:c'est|c’est|est) toi(?:-m[êe]me)?", "(?:vous savez|tu sais) (?:ce qu'il (?:vous|te) reste à faire|ce que (?:vous avez|tu as) à faire|quoi faire)(?!\\s*:)", "n'abandonne(?:z)? jamais", "ne (?:cesse|cessez|arr[êe]te|arr[êe]tez) jamais de r[êe]ver", '(?:suis|suivez|poursuis|poursuivez) (?:tes|vos) r[êe]ves', '(?:crois|croyez) en (?:toi|vous|ton potentiel|votre potentiel|tes rêves|vos rêves)', 'le reste (?:suivra|viendra|est une conséquence)', 'le succ[èe]s (?:est|n\'est|vient)', "(?:la r[ée]ussite|le succ[èe]s),? (?:c'est|ce n'est|commence)", "[ée]tat d'esprit", 'mindset', 'motivation', 'reconnaissante?(?=\\s*[.!\\n]|\\s*$)', 'b[ée]nie?(?=\\s*[.!\\n]|\\s*$)',
      // La vertu définie en devise (« La discipline, c'est faire ce qui doit être fait, même sans en avoir envie »).
      "(?:la discipline|la constance|le leadership|la r[ée]gularit[ée]),? (?:c'est|c’est|est) (?:faire|choisir|pas |une (?:d[ée]cision|habitude)|un (?:choix|chemin))(?![\\p{L}])", "(?:nouvelle semaine|nouveau jour|nouvelle journ[ée]e|nouveau mois|nouvelle ann[ée]e)[,.!]? nouv(?:eaux|elles|eau|elle) (?:opportunit[ée]s|objectifs|d[ée]fis|chances|d[ée]parts?|[ée]nergies?|possibilit[ée]s)(?![\\p{L}])", "l'avenir appartient (?:[àa] ceux|aux audacieux|aux audacieuses)",
      // La vie définie par contraste (« La vie c'est pas ce qui t'arrive, c'est comment tu réagis ») : une devise, rien à faire.
      "la vie,? (?:c'est pas|ce n'est pas|n'est pas) (?:ce qui|ce que|d'attendre|une question de)[^.!?\\n]{1,60}, (?:c'est|mais)(?![\\p{L}])", "ceux qui (?:ne )?s'adaptent (?:pas )?(?:gagneront|seront laiss[ée]s|resteront sur le carreau)"],
    teaching: [
      // Un outil que l'auteur utilise, donné comme réponse (« j'utilise Obsidian pour ça », « je recommande ») ; le sien (mon, notre) est une pub.
      "(?:j'utilise|on utilise|nous utilisons) (?!(?:mon|ma|mes|notre|nos|ça|ca|cela)(?![\\p{L}]))(?:[\\p{L}\\p{N}.+-]+ ){1,7}?pour (?:ça|ca|cela|ce genre de chose)(?![\\p{L}])|je (?:te |vous )?(?:recommande|conseille) (?!(?:mon|ma|mes|notre|nos)(?![\\p{L}]))",
      // Ce qui aide, annoncé puis dit après les deux-points (« Ce qui aide souvent plus : se lever au bout de 20 minutes… »).
      "ce qui (?:aide|marche|fonctionne|m'a aid[ée]e?|a march[ée])(?: (?:souvent |vraiment |le )?(?:mieux|plus|le mieux))? ?:(?=\\s*(?!https?:|www\\.)[\\p{L}\\p{N}])",
      // Un résumé donné après son annonce, avec quelques mots entre les deux (« Nouvelle vidéo, mais voilà la version courte pour… : … »).
      "(?:voil[àa] |voici )?(?:la |le |un |mon )?(?:version courte|r[ée]sum[ée]|tl;? ?dr)(?:,? [^.!?:\\n]{1,60})? ?:(?=\\s*(?!https?:|www\\.)[\\p{L}\\p{N}])",
      // Comment l'auteur a fait, annoncé puis raconté après les deux-points (« Comment j'ai tourné la vidéo : Sony a6400, 1/50… »).
      "comment (?:j['’]ai|on a|nous avons) [^.!?:\\n]{3,80}:(?=\\s*(?!https?:|www\\.)[\\p{L}\\p{N}])",
      // Ce qui change, annoncé puis dit après les deux-points (« Ce qui change pour les automobilistes : … »).
      "(?:ce qui change|ce que (?:ça|ca|cela) change|ce que (?:ça|ca|cela) veut dire)(?: pour (?:vous|toi|les [\\p{L}]+|[\\p{L}]+))? ?:(?=\\s*(?!https?:|www\\.)[\\p{L}\\p{N}])",
      // Le choix parmi les options pour un usage ('pour un blog, GoatCounter est sans doute le plus simple').
      "pour (?:un|une|ton|ta|tes|les|de) [\\p{L}-]+(?: [\\p{L}-]+)?,? (?!(?:mon|ma|mes|notre|nos|je|ce|ça|ca|cela|c)(?![\\p{L}]))[\\p{L}\\p{N}.-]+(?: [\\p{L}\\p{N}.-]+)? (?:est|reste) (?:sans doute |probablement |clairement |franchement )?(?:le|la) (?:plus (?:simple|facile|fiable|rapide)|moins cher|moins chère|meilleure?)(?![\\p{L}])",
      // Un conseil précédé de sa condition (« Si ton pain s'étale, baisse l'eau »), comme l'anglais « if your…, try ».
      "(?<![\\p{L}])si (?:tu|ton|ta|tes|vous|votre|vos) [^.!?\\n]{3,80}?[,:—-] ?(?:essaie|essayez|utilise|utilisez|ajoute|ajoutez|mets|mettez|vérifie|vérifiez|fais|faites|évite|évitez|commence|commencez|garde|gardez|demande|demandez|baisse|baissez|coupe|coupez|change|changez|laisse|laissez|ne)(?![\\p{L}])",
      // A fix reported by what it did: after the step, the thing worked again ("danach lief es bei mir wieder"): the steps before it are the answer.
      "(?:ça|ca|cela|tout) (?:a |avait )?(?:marché|fonctionné|marche|fonctionne) (?:à nouveau|de nouveau)|(?:ça|ca|tout) (?:a )?remarch[ée](?! pas)",
      "(?:chose|changement|astuce|habitude|règle|réglage)s? (?:[\\p{L}]+ )?qui (?:m'a|nous a) (?:fait gagner|économisé|sauvé|changé|divisé)[^:\\n]{0,40}:(?=\\s*(?!https?:|www\\.)[\\p{L}\\p{N}])", 'astuces?', "qui (?:marche|marchent|fonctionne|fonctionnent) (?:vraiment|pour de vrai|vraiment bien) ?:(?=\\s*(?!https?:|www\\.)[\\p{L}\\p{N}])", '(?<!(?:de|en|du) )conseils?(?! (?:municipal|municipaux|r[ée]gional|r[ée]gionaux|d[ée]partemental|d[ée]partementaux|d\'administration|de surveillance|constitutionnel|d\'[ée]tat|des ministres|de classe|de quartier|scientifique|de l\'europe|de s[ée]curit[ée]|g[ée]n[ée]ral|sup[ée]rieur|de l\'ordre|de d[ée]fense)(?![\\p{L}]))', 'comment (?:faire|[ée]viter|r[ée]ussir)', '(?<![\\p{L}])comment (?!votre|notre|vivre ensemble)[\\p{L}]{2,}(?:er|ir|re)(?![\\p{L}])', '[ée]tape (?:\\d{1,2}(?!\\d)|une|deux|trois)', '(?:la|les|ma|mes|notre|nos) le[çc]ons?', 'erreurs?', 'par exemple', 'la cl[ée] (?:est|c\'est)', 'le secret', 'en bref', 'en r[ée]sum[ée]', "(?:l'ai|l'avons|ai|avons) (?:réglé|résolu|corrigé|réparé)(?: (?:ça|ca|le problème))? en [\\p{L}]+ant", '(?:alerte )?spoiler ?:(?=\\s*(?!https?:|www\\.)[\\p{L}\\p{N}])', "l'essentiel(?: c'est| est)?:|l'essentiel (?:c'est|est)", "l'astuce(?: c'est| est)?:|l'astuce (?:c'est|est)", 'tenez un', 'voici comment', '(?:pass[ée]e?s?|r[ée]duite?s?|baiss[ée]e?s?|augment[ée]e?s?|grimp[ée]e?s?|chut[ée]e?s?|tomb[ée]e?s?) de [$€£]?\\d[\\d.,]*\\s?(?:%|k|[\\p{L}]{1,8})? [àa] [$€£]?\\d+', 'ce qui (?:marche|fonctionne|a march[ée])', 'a (?:doublé|triplé)|divis[ée]e?s? par (?:deux|trois)', '(?:bien|beaucoup) mieux (?:si|quand) (?:on|vous|tu|il|elle)', '(?:marche|fonctionne) (?:à merveille|super bien|beaucoup mieux|bien mieux)'],
    advice: [
      // La bonne chose nommée comme ce que le lecteur cherche (« le lien qu'il te faut, c'est le site officiel », « ce qu'il
      // te faut, c'est une clé dynamométrique ») : une recommandation.
      "ce qu'il (?:te|vous) faut,? c['’]est|ce que (?:tu cherches|vous cherchez),? c['’]est|(?:le|la) (?:lien|site|page|appli|formulaire|outil|réglage|numéro) qu'il (?:te|vous) faut,? c['’]est",
      '(?:utilisez|mettez|essayez|ajoutez|gardez|[ée]vitez|tenez|classez|notez|commencez|pensez [àa]|v[ée]rifiez|prenez|faites|laissez|ne (?:mettez|utilisez|laissez|oubliez) (?:pas|jamais))',
      // Le même conseil au tutoiement, comme dans une réponse (« Oublie la liste par cœur. Pense à la maison : … ») ; en tête
      // de proposition seulement, où « utilise » ou « garde » ne peuvent être « il utilise », « je garde ».
      '(?:utilise|mets|essaie|essaye|ajoute|garde|[ée]vite|note|commence|pense [àa]|v[ée]rifie|prends|fais|laisse|oublie|retiens|ne (?:mets|utilise|laisse|oublie) (?:pas|jamais))(?![\\p{L}])',
      // Les étapes d'un dépannage, comme « turn off », « go to », « restart » en anglais (« Va dans Paramètres, désactive… ») ;
      // sans « mettez à jour », « installez », « choisissez » : « mettez à jour maintenant » est la demande d'une sortie.
      "(?:va (?:dans|sur)|allez (?:dans|sur)|d[ée]sactive[sz]?|[ée]teins|[ée]teignez|red[ée]marre[sz]?|supprimez|cliquez|appuie sur|appuyez sur)(?![\\p{L}])",
      // Les gestes de cuisine et de soin (« saupoudre de farine de riz ») ; sans « coupe » ni « taille », aussi souvent un nom
      // en tête de phrase (« Coupe du monde », « Taille unique »).
      "(?:saupoudre[sz]?|m[ée]lange[sz]?|rince[sz]?|[ée]pluche[sz]?|remue[sz]?|fouette[sz]?|arrose[sz]?)(?![\\p{L}])",
      // Gestes de soin et de sécurité ("Touchez la boucle avant d'attacher l'enfant", "Portez des gants", "Retirez-les").
      "(?:touche[sz]? (?:la|le|les|l['’])|posez(?! (?:vos|votre|tes|ta|une|des|la|les) (?:questions?))|retire[sz]?|portez(?!-vous)|soulevez|sur[ée]levez|sur[ée]l[eè]ve|allongez|couchez)(?![\\p{L}])",
      // Un geste avec son pronom (« arrosez-la une fois par semaine », « conservez-le au frais », « nourris-le deux fois par
      // jour ») : avec le pronom, « coupe » ou « taille » sont des verbes, pas des noms. Les demandes (« abonnez-vous »,
      // « suivez-moi », « partagez-le », « regardez-la », « téléchargez-le ») n'y sont pas : elles demandent, n'enseignent pas.
      ...[
        'arros', 'conserv', 'gard', 'nourri(?:ss)?', 'laiss', 'plac', 'pos', 'rang', 'coup', 'lav', 's[eéè]ch', 'nettoi', 'nettoy', 'chang', 'chauff', 'refroidi(?:ss)?', 'cong[eéè]l', 'd[ée]cong[eéè]l', 'remu', 'm[ée]lang', 'ajout', 'tourn', 'brass', 'taill', 'rempot', 'fertilis', 'bross', 'prom[eè]n', 'vaccin', 'd[ée]branch', 'branch', 'red[ée]marr', 'd[ée]sactiv', 'allum', 'essui', 'emball', 'enroul', 'press', 'assaisonn', '[ée]pluch', 'rinc', 'saupoudr', 'fouett', 'sal', 'couvr', 'serv', 'mett', 'ten', 'pren', 'mets', 'fais', 'faites', 'prends', 'tiens', 'sers', 'couvre', '[ée]teins', '[ée]teign',
      ].map((v) => `${v}(?:ez|es|e|is|s)?-(?:le|la|les|lui|leur|en|y)(?![\\p{L}])`),
    ],
    explaining: ['parce que', 'au lieu de', 'plut[oô]t que', 'pour que', 'sinon'],
    lesson: [
      // Ce qui a raté, annoncé puis raconté (« Ce qui a raté : le premier soir les néons clignotaient… »).
      "ce qui (?:a rat[ée]|n['’]a pas (?:march[ée]|fonctionn[ée])|a foir[ée]|a coinc[ée]|est all[ée] de travers)(?: (?:la premi[èe]re fois|au d[ée]but))? ?:(?=\\s*(?!https?:|www\\.)[\\p{L}\\p{N}])",
      // Ce qui a marché, montré puis dit après les deux-points ("Après 48 candidatures, voilà ce qui m'a servi : …").
      "(?:voil[àa] )?(?:ce qui|[çc]a|cela) (?:m'a|m’a|nous a|a) (?:vraiment )?(?:march[ée]|fonctionn[ée]|aid[ée]|servi)(?: pour moi| pour nous)? ?:(?=\\s*(?!https?:|www\\.)[\\p{L}\\p{N}])",
      // Un résultat compté depuis qu'on fait ainsi (« 0 casse sur 600 commandes depuis qu'on fait comme ça »).
      "(?<=\\d[^.!?\\n]{0,80})depuis (?:qu'on (?:fait|proc[èe]de) (?:comme [çc]a|ainsi)|que (?:nous faisons|je fais|je proc[èe]de) (?:comme [çc]a|ainsi)|qu'on a chang[ée]|que j'ai chang[ée])(?![\\p{L}])",
      // Ce que le point ou le texte de quelqu'un a changé dans la façon de faire de l'auteur ("a changé ma façon de faire des formulaires").
      '(?:a|ont) (?:complètement |totalement )?(?:chang[ée]|transform[ée]) (?:ma|notre) (?:façon|fa[cç]on|manière|mani[eè]re) de(?![\\p{L}])',
      // Ce qui a servi, dit par son effet (« ça m'a sauvé le permis ») : comme « saved my », l'auteur se porte garant d'un conseil.
      "(?:[çc]a |cela )?m'a sauv[ée] (?:le|la|les|l'|mon|ma|mes)",
      // What helped the author most, and what they wish they had been told, said before it: the lesson follows.
      "ce qui m'a (?:le plus |vraiment )?aid[ée](?! ?\\?)", "j'aurais aim[ée] qu'on me (?:dise|pr[ée]vienne|l'explique)", "(?:ce )?qu'on ne m'a jamais dit",
      'ce qui (?:marche|fonctionne|a marché|a fonctionné) (?:vraiment )?(?:pour|chez) (?:moi|nous)(?! ?\\?)', "(?:ce que )?j'ai appris", 'nous avons appris', '[çc]a m\'a fait gagner', 'apr[èe]s \\d+ ans', 'avec le recul', "j'aurais aim[ée] savoir", '(?:nous avons|on a|j\'ai) (?:constat[ée]|d[ée]couvert|trouv[ée]|montr[ée]) que', '(?:nos|les) (?:r[ée]sultats|donn[ée]es) (?:montrent|ont montr[ée]|sugg[èe]rent|indiquent)'],
    credit: [
      // L'œuvre d'un autre présentée comme la meilleure lecture (« La meilleure lecture de ma semaine : l'article de Claire Martin… »).
      "(?:la meilleure lecture|le meilleur (?:article|texte|thread|fil|livre|essai)|ce que j'ai lu de mieux)(?: (?:de ma|de la|cette) semaine| du mois| de l'ann[ée]e| cette (?:semaine|ann[ée]e)| ce mois-ci)?(?=\\s*[:\\-–—👇])",
      // Un client passé à quelqu'un d'autre : qui est complet en nomme un autre (« je suis complet jusqu'en février, mais Sophie… », « de ma part »).
      "(?:je suis|on est|nous sommes) (?:compl[eè]te?s?|book[ée]e?s?|plein(?:e|s|es)?|d[ée]bord[ée]e?s?|overbook[ée]e?s?)(?: jusqu'(?:en|à|au|a) [^.!?\\n]{1,25}?)?,? mais(?= (?!(?:je|j'|on|nous|vous|tu|mon|ma|mes|notre|nos|si|écrivez|inscrivez)(?![\\p{L}])))",
      '(?:dites|dis|[ée]crivez|[ée]cris|appelez|appelle)[- ](?:lui|leur) (?:que (?:vous venez|tu viens) )?de (?:ma|notre) part',
      '(?:vous venez|tu viens) de (?:ma|notre) part',
      // Une recommandation annoncée comme telle (« reco podcast : … ») : le travail d'autrui transmis.
      // Aussi avec quelques mots avant les deux-points (« reco lecture de la librairie : … »).
      '(?:reco|recommandation|conseil) (?:de |d\')?(?:podcast|livre|lecture|newsletter|cha[iî]ne|s[ée]rie|album|documentaire)(?: [\\p{L}]+){0,4}?(?=\\s*[:\\-–—👇])',
      '#followfriday(?=[\\s\\S]*@[\\p{L}\\p{N}_])', '#ff(?=[\\s\\S]*@[\\p{L}\\p{N}_])', "(?:newsletter|podcast|cha[iî]ne|blog|livre|formation|boutique) (?:de |d')(?:mon|ma) (?:ami|amie|s(?:œ|oe)ur|fr[èe]re|coll[èe]gue|cousine?|voisine?|m[èe]re|p[èe]re|compagne|compagnon)", 'merci [àa]', 'gr[âa]ce [àa]', 'via @', 'cr[ée]dit', 'inspir[ée]e? (?:par|de)', 'de @[\\p{L}\\p{N}_]+', 'je recommande',
      // La nouvelle œuvre de quelqu'un d'autre racontée comme la sienne (« Ma collègue Lena vient de publier son article sur… »).
      "(?:a publi[ée]|vient de publier|a sorti|vient de sortir|a lanc[ée]|vient de lancer|a [ée]crit) (?:son|sa|ses) (?:nouvel |nouveau |nouvelle |premier |premi[èe]re )?(?:article|papier|livre|[ée]tude|fil|thread|vid[ée]o|album|th[èe]se|essai|podcast|guide)(?![\\p{L}])",
    ],
    thanks: ['(?:fil|thread|post) de remerciements? (?:[àa]|aux|pour)', '(?:je tiens|nous tenons|je veux|je voudrais|nous voulons|nous voudrions|j\'aimerais) (?:[àa] )?remercier', 'merci (?:[àa]|aux|pour|beaucoup pour|infiniment pour)', 'un grand merci (?:[àa]|aux|pour)', 'reconnaissante? (?:pour|envers)'],
    question: [
      // The name of a thing in plain view asked after ("What's the name of the song at the end?"): a fact asked of whoever knows it.
      "comment s'appelle (?:la|le|cette|ce) (?:musique|chanson|morceau|jeu|police|appli|application|marque|film|série|groupe|artiste)(?= (?:[\\p{L}'’]+ ){0,3}?(?:[àa] la fin|au d[ée]but|de fond|en fond|dans la vid[ée]o|qu'(?:il|elle|on) entend))",
      // Ce que la personne à qui l'on parle utilise ou a, demandé par la chose (« Quel micro tu utilises ? ») : sa propre réponse.
      "quel(?:le)?s? (?:[\\p{L}-]+ ){1,2}?(?:tu utilises|utilises-tu|vous utilisez|utilisez-vous|tu as|as-tu|tu recommandes)(?![\\p{L}])","quelqu'un (?:sait|a|conna[iî]t)", "qui (?:conna[iî]t|recommande|conseille|me conseille) (?:un|une|des|quelqu'un)(?![\\p{L}])", "qui a (?:d[ée]j[àa] )?(?:de l'exp[ée]rience|essay[ée]|test[ée])", 'quelque part\\s?\\?', "o[uù] (?:trouver|acheter|commander|peut-on (?:trouver|acheter))", 'avez-vous (?:d[ée]j[àa] )?(?:essay[ée]|test[ée])', 'des conseils', 'je me demande', 'comment faites-vous', 'comment (?:[\\p{L}]+ ){0,2}(?:votre|vos|ton|ta|tes)', "quel(?:le)?s? (?:est|sont) (?:votre|vos|ton|ta|tes)", "qu'est-ce que (?:vous|tu) (?:lisez|lis|regardez|regardes|écoutez|écoutes|utilisez|utilises|recommandez|recommandes)", "(?:vous|tu) en (?:pensez|penses) quoi"],
    rhetorical: ["qui d'autre", "d'accord\\s?\\?", 'non\\s?\\?', "(?:tu veux|vous voulez|envie d') ?(?:apprendre|ma[iî]triser|am[ée]liorer|gagner|perdre)"],
    // Also pointing readers at a way to help someone else: 'comment aider les sinistrés', 'où faire un don'.
    helping: [
      // Une relecture proposée (« si tu veux je relis ton CV », « je jette un œil à ton dossier »), comme 'happy to look over'.
      "je (?:te |vous )?(?:relis|relirai|regarde|regarderai|corrige|corrigerai) (?:ton|ta|tes|votre|vos)(?![\\p{L}])|je (?:peux )?(?:jette|jeter) un (?:œ|oe)il [àa] (?:ton|ta|tes|votre|vos)(?![\\p{L}])",
      // Le sien prêté à qui demande (« je te prête ma perceuse, envoie-moi un MP ») : l'aide d'un voisin, le message la prend.
      "(?:(?:je )?(?:te|vous) (?:prête|prete|prêterai|preterai|prêterais)|(?:je )?(?:peux|pourrais) (?:te|vous) (?:prêter|preter))(?![\\p{L}])(?! (?:de l'argent|du fric|des sous|(?:un )?pr[eê]ts?|[$€£]))",
      // Le sien déconseillé pour le bien du lecteur (« pas besoin de notre gabarit : une chute de contreplaqué suffit »).
      "(?:vous n'avez pas|tu n'as pas|t'as pas|pas) besoin (?:d'acheter |de acheter )?(?:de )?(?:notre|nos|mon|ma|mes)(?![\\p{L}])",
      // Une mise en relation offerte (« je peux te mettre en contact avec Amandine », « je fais l'intro »).
      "(?:te|vous) (?:mettre|mets|mettrai) en (?:contact|relation)|je fais l'intro|je (?:te|vous) (?:la|le) pr[ée]sente",
      // L'aide proposée est gratuite, dit à part après le contact (« Si tu as besoin d'aide, écris-moi, c'est gratuit »,
      // « appelez-moi au 06 55 12 90 33, gratuit bien sûr »).
      "(?<=(?:aide|probl[èe]mes?|questions?|gal[èe]re|[ée]cris-moi|[ée]crivez-moi|envoie-moi (?:un )?(?:mp|message)|contacte-moi|appelle-moi|appelez-moi)[^.!?\\n]{0,80}[,;:—–(-]\\s*)(?:c'est gratuit|gratuit(?:ement)?(?: bien s[uû]r| [ée]videmment)?|gratos|sans frais|[çc]a ne co[uû]te rien|je ne fais pas payer)(?=\\s*[,.!;)]|\\s*$)",
      // Le travail lui-même fait gratuitement pour qui le demande (« envoyez-moi un MP, je relis gratuitement »).
      "je (?:le |la |les |vous |t'|te )?(?:fais|répare|installe|relis|corrige)(?: [\\p{L}]+){0,2}? (?:gratuitement|gratos|gratis|sans frais|bénévolement)(?! (?:la )?premi[eè]re)",
      // Quelque chose de précis offert à qui l'on répond (« je peux t'envoyer le graphique ») ; tarifs et devis, c'est vendre.
      "je (?:peux|pourrais) (?:t'|te |vous )(?:envoyer|passer|partager|montrer) (?:le|la|les|l'|mon|ma|mes)(?! ?(?:tarifs?|prix|catalogue|devis)(?![\\p{L}]))",
      "(?:je (?:vous|t') ?(?:l')?(?:explique|aide|montre))(?: [\\p{L}]+){0,2}? (?:gratuitement|gratos|gratis|sans frais)", "(?:comment|o[uù]) (?:aider|donner|faire un don)", "aider les (?:sinistr[ée]s|victimes|familles)", "j'esp[èe]re que [çc]a (?:aide|aidera)", 'si [çc]a peut aider', 'ravie? d\'aider', 'avec plaisir', 'sans contrepartie',
      // Une chose précise offerte à qui l'on répond (« écris-moi, je t'envoie le modèle »), comme l'espagnol « te paso el
      // modelo » ; prix, catalogue ou devis sont une vente.
      "je (?:t'|te |vous )(?:envoie|passe|transmets) (?:le|la|les|l'|mon|ma|mes)(?! ?(?:prix|tarifs?|catalogue|devis|guide|formation|offre|ebook|lien|code|réduction|promo)(?![\\p{L}]))",
    ],
    invitation: [
      // Meeting those who will be there anyway ("venez me dire bonjour si vous y êtes").
      '(?:venez|viens) (?:me |nous )?dire bonjour,? si (?:vous (?:y )?[êe]tes|tu (?:y )?es|vous passez|tu passes)',
      // « On en parle ? » seul demande l'avis de tous sur rien de nommé (vaguePointer), comme "Thoughts?".
      'prenons un caf[ée]', 'on en parle(?!\\s*\\?)', 'ravie? (?:de|d\') (?:en discuter|vous rencontrer|[ée]changer)',
      // La porte ouverte d'une rencontre : tout le monde peut venir, rien à acheter ni à réserver (« entrée libre, sans inscription »).
      'tout le monde est (?:le )?bienvenu|(?:tous|toutes|les enfants|les familles|les chiens) (?:sont )?(?:les )?bienvenu(?:e)?s|entr[ée]e libre|sans inscription|ouvert(?:e)? [àa] tou(?:te)?s|pas (?:besoin de|d\'inscription)(?: (?:vous |s\')inscrire| r[ée]server)?|(?:inscription|r[ée]servation) (?:pas n[ée]cessaire|inutile)'],
  },
  words: {
    stop: [
      'le', 'la', 'les', "l'", 'un', 'une', 'des', 'du', 'de', "d'", 'et', 'ou', 'mais', 'en', 'dans', 'sur', 'sous',
      'avec', 'pour', 'par', 'sans', 'chez', 'que', 'qui', 'quoi', 'ce', 'cet', 'cette', 'ces', 'est', 'sont', 'était',
      'être', 'avoir', 'a', 'ai', 'as', 'ont', 'je', "j'", 'tu', 'il', 'elle', 'on', 'nous', 'vous', 'ils', 'elles',
      'me', 'te', 'se', 'mon', 'ma', 'mes', 'ton', 'ta', 'tes', 'son', 'sa', 'ses', 'notre', 'nos', 'votre', 'vos',
      'ne', 'pas', 'plus', 'très', 'aussi', 'bien', 'tout', 'tous', 'toute', 'comme', 'si', 'au', 'aux', "c'est", "qu'",
      'ça', 'cela', 'même', 'encore', 'déjà', 'ici', 'y', 'lui', 'leur',
    ],
    me: ['je', "j'", 'moi', 'me', "m'", 'mon', 'ma', 'mes', 'nous', 'notre', 'nos', 'jouons'],
    you: ['tu', 'toi', 'te', "t'", 'ton', 'ta', 'tes', 'vous', 'votre', 'vos'],
    filler: ['mdr', 'lol', 'haha', 'top', 'merci', 'beaucoup', 'vidéo', 'video', 'partage', 'bonjour', 'salut', 'coucou',
      // Les saluts et bons vœux du jour, comme 'good', 'morning', 'night', 'day' en anglais (« Bonne soirée, belle journée »).
      'bonne', 'journée', 'soirée', 'nuit', 'bonsoir', 'belle', 'premier', 'première', 'amen', 'bravo', 'félicitations', 'génial', 'super', 'trop', 'bien',
      // Acquiescer, comme l'anglais 'same', 'ditto' (« mdr pareil »).
      'pareil', 'idem', 'exactement', 'vrai', 'tellement', 'accord', 'totalement', 'carrément',
      // L'éloge tout fait du post, comme l'anglais 'great post', 'content' (« Très bon thread », « Excellent post »).
      'post', 'thread', 'fil', 'très', 'bon', 'excellent', 'excellente', 'contenu'],
    marker: ['merci', 'félicitations', 'joyeux', 'anniversaire', 'bonjour', 'bonsoir', 'salut', 'génial', 'bisous', 'maman'],
    plugModifiers: ['nouveau', 'nouvelle', 'nouvel', 'nouveaux', 'premier', 'première', 'petit', 'petite', 'gratuit', 'gratuite', 'propre', 'en', 'ligne'],
  },
};
