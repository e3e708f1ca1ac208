// French offers: first-person launches ("nous lançons", "on vient de sortir", "j'ai lancé"), "notre nouveau",
// availability ("disponible dès maintenant", "précommande") and shop imperatives in the vous and tu forms.
import { versionEntry, WHY, type OfferLexicon } from './entry';

export const frOffer: OfferLexicon = {
  release: [
    {
      pattern:
        "(?:nous|on) (?:lance|lançons|lancons|sort|sortons|publie|publions|dévoile|dévoilons|présente|présentons|ouvre|ouvrons)|(?:nous venons|on vient|je viens) de (?:lancer|sortir|publier|dévoiler|mettre en ligne|ouvrir)|(?:nous avons|on a|j'ai) (?:enfin )?(?:lancé|sorti|publié|dévoilé|mis en ligne|ouvert)|je (?:lance|sors|publie)",
      why: WHY.weRelease,
      example: 'Nous lançons notre application de recettes',
    },
    { pattern: '(?:je vous|nous vous) présente', why: WHY.presenting, example: 'Je vous présente mon nouveau livre' },
    { pattern: '(?:je|nous|on) (?:vends|vendons|vend|organise|organisons|propose|proposons)', why: WHY.hosting, example: 'Nous organisons un atelier de pain samedi' },
    { pattern: '(?:notre|nos|mon|ma|mes) (?:nouveau|nouvelle|nouvel|nouveaux|nouvelles|premier|première|prochain|prochaine)', why: WHY.ourNew, example: 'Découvrez notre nouvelle collection' },
    { pattern: "(?:ravie?s?|heureux|heureuse|heureuses|fiers?|fières?) (?:de vous )?(?:annoncer|présenter|lancer|dévoiler)", why: WHY.announce, example: 'Ravis de vous présenter notre atelier' },
  ],
  available: [
    versionEntry('Lumen v2.1 est là, essayez-le gratuitement'),
    {
      pattern: "(?:est|sont) (?:enfin |désormais |maintenant )?(?:disponibles?|en ligne|en vente)|disponibles? (?:dès maintenant|dès aujourd'hui|maintenant|en précommande)|(?:enfin|désormais) disponibles?",
      why: WHY.nowAvailable,
      example: "L'album est enfin disponible",
    },
    { pattern: '(?:lance|dévoile|a lancé|a dévoilé) (?:son|sa|ses|le|la|les|un|une)', why: WHY.launches, example: 'Acme lance sa nouvelle application' },
    { pattern: 'bientôt (?:disponible|en ligne|en vente)|très bientôt', why: WHY.soon, example: 'Bientôt disponible en librairie' },
    { pattern: 'sort (?:bientôt|aujourd.hui|demain|ce soir|la semaine prochaine|cette semaine)', why: WHY.soon, example: 'Le template sort la semaine prochaine' },
  ],
  opening: [
    { pattern: 'pré-?commandes?|prévente', why: WHY.preorder, example: 'Les précommandes sont ouvertes' },
    { pattern: "liste d'attente|accès anticipé", why: WHY.waitlist, example: "Inscrivez-vous sur la liste d'attente" },
    { pattern: 'billets? (?:en vente|disponibles)|billetterie (?:ouverte|est ouverte)', why: WHY.tickets, example: 'Billets en vente dès maintenant' },
    { pattern: 'inscriptions (?:sont )?(?:ouvertes|open)', why: WHY.registration, example: 'Les inscriptions sont ouvertes' },
  ],
  acquire: [
    {
      pattern: '(?:commandez|commande|achetez|achète|téléchargez|télécharge|essayez|essaie|testez|teste|procurez-vous|précommandez|profitez) (?:le|la|les|l|dès|maintenant|ici|vite|gratuitement|votre|ton|ta|vos|tes|notre|mon|ma)',
      why: WHY.takeIt,
      example: "Téléchargez l'application gratuitement",
    },
    { pattern: '(?:commandez|achetez|téléchargez|telechargez|essayez|testez|précommandez)-(?:le|la|les)', why: WHY.takeIt, example: 'Téléchargez-la sur le site' },
    { pattern: 'inscrivez-vous|inscris-toi|abonnez-vous|rejoignez (?:la liste|notre|nos)', why: WHY.signUp, example: 'Inscrivez-vous avant vendredi' },
    { pattern: 'réservez (?:dès|maintenant|ici|votre|vite)|réserve (?:ta|ton|vite)', why: WHY.reserve, example: 'Réservez votre place' },
    { pattern: '(?:écrivez|contactez|appelez)-(?:moi|nous)|(?:envoyez|envoie)-moi un (?:message|mp|dm)', why: WHY.contact, example: 'Je vends des bracelets faits main, écrivez-moi' },
  ],
  moreAt: [
    { pattern: "(?:plus d'infos?|plus d'informations|en savoir plus)|(?:lien|d[ée]mo|tuto|tutoriel) (?:en bio|dans la bio|ci-dessous|en commentaire|↓|👇)", why: WHY.learnMore, example: "Plus d'infos sur le site" },
  ],
  trial: [
    {
      pattern: "premi(?:er|[eè]re) (?:le[cç]on|s[eé]ance|cours|consultation) (?:est )?(?:gratuite?|offerte?)|(?:cours|s[eé]ance|le[cç]on) d'essai (?:gratuite?|offerte?)",
      why: WHY.freeTrial,
      example: 'Je donne des cours de yoga en ligne, première séance offerte',
    },
  ],
};
