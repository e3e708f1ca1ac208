// French teasers, sympathy and warmth. Newsroom teasers in French open with "Voici" or "Voilà" and withhold what
// they announce ("Voici pourquoi...", "Ce qui s'est passé...").
import { WHY, type ValueLexicon } from './entry';

const NUMBER = '(?:\\d{1,3}|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|quinze|vingt|trente|cinquante|cent)';
const LIST_NOUN =
  '(?:choses|raisons|façons|astuces|photos|images|signes|erreurs|secrets|trucs|fois|personnes|conseils|idées|lieux|' +
  'endroits|moments|questions|vérités|mythes|habitudes|aliments|films|séries|chansons|tweets|vidéos|célébrités|règles|faits)';
const WH = "(?:pourquoi|comment|ce que|ce qu'|ce qui|qui|quand|où|combien|quel|quelle|quels|quelles|à quoi)";

export const frValue: ValueLexicon = {
  teaser: [
    {
      pattern: `(?:voici|voilà|voila) (?:${WH}|les|la|le|l'|tout ce|enfin)`,
      why: 'Points forward at an answer ("voici pourquoi") and then leaves it for the click.',
      example: 'Voici pourquoi votre chat vous ignore',
      atStart: true,
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
      pattern: `${NUMBER} (?:[\\p{L}]+\\s+)?${LIST_NOUN} (?:que|qui|pour|à|sur|de|dont|où)`,
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
  ],
  sympathy: [
    { pattern: '(?:mes|nos) pensées (?:vont|sont) (?:aux|à|avec)', why: WHY.sympathyOnly, example: 'Mes pensées vont aux victimes' },
    { pattern: '(?:mes|nos|toutes mes|sincères) (?:sincères )?condoléances', why: WHY.condolences, example: 'Toutes mes condoléances' },
    { pattern: '(?:repose|reposez) en paix|rip', why: WHY.farewell, example: 'Repose en paix' },
    { pattern: '(?:prions|prier|prières) pour', why: WHY.prayer, example: 'Prions pour Paris' },
    { pattern: '(?:tout mon|tout notre) soutien|courage (?:à|aux)|(?:soyez|restez) prudents', why: WHY.warmthOnly, example: 'Tout mon soutien aux familles' },
  ],
  warmth: [
    { pattern: 'félicitations|bravo|chapeau', why: WHY.congratulations, example: 'Félicitations !' },
    { pattern: 'joyeux anniversaire|bon anniversaire|bonne chance|bon rétablissement|prompt rétablissement|bonne continuation', why: WHY.wish, example: 'Bon rétablissement !' },
    { pattern: "(?:je suis )?(?:vraiment |tellement )?désolée? (?:pour|de)|fière? de (?:toi|vous)|bien mérité", why: WHY.sympathyInReply, example: 'Tellement désolé pour ta perte' },
    { pattern: 'merci(?: beaucoup| infiniment| mille fois)?', why: WHY.thanksInReply, example: 'Merci beaucoup !' },
  ],
  report: [
    { pattern: "(?:dit|disent|a déclaré|annonce|a annoncé|confirme|a confirmé|selon|d'après) ", why: WHY.source, example: 'Selon la préfecture, deux blessés' },
    { pattern: '(?:police|pompiers|préfecture|mairie|gouvernement|ministère|autorités)', why: WHY.authority, example: 'Les pompiers demandent d’éviter le secteur' },
    { pattern: '(?:urgent|info|alerte|avis|attention|mise à jour) ?:', why: WHY.newsLabel, example: 'Alerte : la route est coupée' },
    { pattern: '(?:fermée?s?|coupée?s?|ouverte?s?|annulée?s?|reportée?s?|suspendue?s?|évacuée?s?|inondée?s?)', why: WHY.changeOfState, example: 'La ligne 4 est coupée jusqu’à 18h' },
    { pattern: '(?:morts|blessés|disparus|secourus|interpellés)', why: WHY.whatHappened, example: 'Deux blessés dans l’incendie' },
  ],
};
