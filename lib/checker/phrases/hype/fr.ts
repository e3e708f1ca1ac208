// French hype frames and calls to jump in. "Rejoignez-nous" invites and is left out; "ne manque pas" is left out
// because it mostly says something is not lacking ("il ne manque pas de courage").
import { HYPE_WHY as WHY, type HypeLexicon } from './entry';

export const frHype: HypeLexicon = {
  hype: [
    { pattern: "(?:vers|jusqu'à) la lune", why: WHY.moon, example: 'ce projet part vers la lune' },
    { pattern: '\\d+x (?:assuré|garanti|potentiel)', why: WHY.multiplier, example: 'un 100x assuré' },
    { pattern: "ne (?:le |la |les )?(?:ratez|manquez) pas|à ne pas (?:rater|manquer)", why: WHY.dontMiss, example: 'Ne ratez pas le lancement de vendredi' },
    { pattern: "(?:vous êtes|tu es) (?:encore |très |super )?(?:en avance|tôt)|avant qu'il ne soit trop tard", why: WHY.early, example: 'Si tu vois ça, tu es encore en avance' },
    { pattern: 'vous me remercierez|tu me remercieras|(?:complètement )?dingue|change la donne', why: WHY.promise, example: 'Regarde ça, tu me remercieras' },
    { pattern: '(?:énorme|grosse|grande|méga) (?:nouvelle|annonce|opportunité|sortie|mise à jour|concours)', why: WHY.bigNews, example: 'Énorme concours sur ce compte' },
  ],
  jumpIn: [
    { pattern: 'montez à bord|monte à bord|embarquez|foncez|entrez (?:maintenant|tôt|avant)', why: WHY.buyIn, example: 'Montez à bord avant le décollage' },
    { pattern: 'soyez (?:là|de la partie|parmi les premiers)|sois (?:là|de la partie)|réservez (?:votre|ta|dès|maintenant)', why: WHY.takePart, example: 'Soyez parmi les premiers' },
    { pattern: '(?:réclamez|récupérez|réclame|récupère) (?:votre|vos|ton|ta|tes|le|la)|achetez (?:maintenant|dès)|profitez-en', why: WHY.claim, example: 'Récupérez votre accès maintenant' },
    { pattern: 'rejoignez (?:maintenant|dès maintenant|le|la|les|notre)|rejoins (?:le|la|les|notre)', why: WHY.join, example: 'Rejoignez la prévente dès maintenant' },
    { pattern: 'enregistre(?:z)? (?:ce|le) post|activez (?:les )?notifications|active (?:les )?notifs?', why: WHY.remind, example: 'Activez les notifications' },
  ],
};
