// French teasers, sympathy and warmth. Newsroom teasers in French open with "Voici" or "Voilà" and withhold what
// they announce ("Voici pourquoi...", "Ce qui s'est passé...").
import type { ValueLexicon } from './entry';

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
      why: 'Promises an outcome without telling it.',
      example: "Ce qui s'est passé ensuite est incroyable",
      atStart: true,
    },
    {
      pattern: "(?:vous|tu) n'(?:allez|en) (?:pas |jamais )?(?:croire|revenir|deviner)|(?:vous|tu) ne (?:croirez|devinerez|vas pas croire|vas jamais deviner)|(?:vous|tu) n'allez jamais",
      why: 'Tells the reader they will be surprised instead of saying what surprised the writer.',
      example: "Vous n'allez pas croire ce qu'il a fait",
    },
    {
      pattern: "(?:va|vont|devrait|risque de) (?:vous|te) (?:surprendre|étonner|faire rire|faire pleurer|émouvoir|choquer|bouleverser|plaire|rendre)|(?:vous allez|tu vas) (?:adorer|halluciner|craquer|être surpris|rire|pleurer)",
      why: 'Promises an effect on the reader in place of the thing itself.',
      example: 'La fin va vous surprendre',
    },
    {
      pattern: `(?:découvrez|découvre|regardez|regarde|voyez|devinez|devine) (?:${WH}|les|la|le|l')`,
      why: 'Sends the reader off to find out what the post could have said.',
      example: 'Découvrez comment elle a tout changé',
      atStart: true,
    },
    {
      pattern: "(?:la|le) (?:vraie |véritable )?(?:raison|secret|vérité|réponse|astuce) (?:pour laquelle|pour lequel|derrière|de son|du succès|qui)",
      why: 'Names that a secret or reason exists without giving it.',
      example: 'La vraie raison pour laquelle les chats ronronnent',
      atStart: true,
    },
    {
      pattern: "(?:ce que|ce qu'il) (?:vous devez|tu dois|il faut) savoir|tout ce qu'il faut savoir|(?:ce que|des choses que) (?:vous ne saviez|tu ne savais) pas",
      why: 'Promises knowledge and delivers none here.',
      example: "Tout ce qu'il faut savoir sur l'éclipse",
    },
    {
      pattern: `${NUMBER} (?:[\\p{L}]+\\s+)?${LIST_NOUN} (?:que|qui|pour|à|sur|de|dont|où)`,
      why: 'A listicle title: a count of vague things, with none of them in the post.',
      example: '17 choses que vous ignorez sur les paresseux',
      atStart: true,
    },
    {
      pattern: "(?:réagit|réagissent|a réagi|ont réagi) (?:à|au|aux|ainsi|comme ça)|(?:la|sa) réaction (?:de|d'|à|au)",
      why: 'Reports a reaction without saying what it was.',
      example: 'Le chanteur réagit aux critiques',
    },
    {
      pattern: `(?:savez-vous|saviez-vous|sais-tu|savais-tu) (?:${WH})`,
      why: 'A question to the reader whose answer is behind the click.',
      example: 'Savez-vous pourquoi le ciel est bleu ?',
      atStart: true,
    },
    {
      pattern: '(?:saviez-vous|savais-tu) que',
      why: 'Fine when the fact follows in the same sentence; a teaser when it does not.',
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
      why: 'Tells the reader they must see something the post does not describe.',
      example: 'Il faut absolument voir ça',
    },
  ],
  sympathy: [
    { pattern: '(?:mes|nos) pensées (?:vont|sont) (?:aux|à|avec)', why: 'Sympathy sent without saying what happened or how to help.', example: 'Mes pensées vont aux victimes' },
    { pattern: '(?:mes|nos|toutes mes|sincères) (?:sincères )?condoléances', why: 'Condolences say that one cares, not what happened.', example: 'Toutes mes condoléances' },
    { pattern: '(?:repose|reposez) en paix|rip', why: 'A farewell with no detail of its own.', example: 'Repose en paix' },
    { pattern: '(?:prions|prier|prières) pour', why: 'Sympathy as prayer.', example: 'Prions pour Paris' },
    { pattern: '(?:tout mon|tout notre) soutien|courage (?:à|aux)|(?:soyez|restez) prudents', why: 'Warmth sent, nothing said.', example: 'Tout mon soutien aux familles' },
  ],
  warmth: [
    { pattern: 'félicitations|bravo|chapeau', why: 'Congratulations to someone else.', example: 'Félicitations !' },
    { pattern: 'joyeux anniversaire|bon anniversaire|bonne chance|bon rétablissement|prompt rétablissement|bonne continuation', why: 'A wish to someone.', example: 'Bon rétablissement !' },
    { pattern: "(?:je suis )?(?:vraiment |tellement )?désolée? (?:pour|de)|fière? de (?:toi|vous)|bien mérité", why: 'Sympathy or praise to the person one is answering.', example: 'Tellement désolé pour ta perte' },
    { pattern: 'merci(?: beaucoup| infiniment| mille fois)?', why: 'Thanks to the person one is answering.', example: 'Merci beaucoup !' },
  ],
  report: [
    { pattern: "(?:dit|disent|a déclaré|annonce|a annoncé|confirme|a confirmé|selon|d'après) ", why: 'A source: the post passes on what someone with knowledge said.', example: 'Selon la préfecture, deux blessés' },
    { pattern: '(?:police|pompiers|préfecture|mairie|gouvernement|ministère|autorités)', why: 'Those who give notice; naming them is naming a source.', example: 'Les pompiers demandent d’éviter le secteur' },
    { pattern: '(?:urgent|info|alerte|avis|attention|mise à jour) ?:', why: 'A label for news or a notice.', example: 'Alerte : la route est coupée' },
    { pattern: '(?:fermée?s?|coupée?s?|ouverte?s?|annulée?s?|reportée?s?|suspendue?s?|évacuée?s?|inondée?s?)', why: 'A change of state: what is open, closed or cancelled.', example: 'La ligne 4 est coupée jusqu’à 18h' },
    { pattern: '(?:morts|blessés|disparus|secourus|interpellés)', why: 'What happened to whom.', example: 'Deux blessés dans l’incendie' },
  ],
};
