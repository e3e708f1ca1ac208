// The words that say who a post is for and what it does to them, in the five languages the checker reads.
// Data, not code: each list says why it exists and shows an example. Words are matched folded (lower case, no
// accents), as sequences of whole words, so "grâce à" is written "grace a".

/** Thanking someone: "thanks @dana", "thank you Maria Lopez", "gracias @ana", "danke @jo", "merci @luc", "obrigado @rui". */
export const THANKS_CUES: readonly string[] = [
  'thanks', 'thank you', 'thank u', 'thx', 'ty', 'shoutout to', 'shout out to', 'kudos to', 'grateful to',
  'gracias', 'muchas gracias', 'agradezco a',
  'danke', 'vielen dank', 'dank an', 'danke an',
  'merci', 'merci beaucoup',
  'obrigado', 'obrigada', 'muito obrigado', 'muito obrigada', 'valeu',
];

/** Crediting someone's work: "via @x", "h/t @x", "credit to Priya", "vía @x", "dank @x", "grâce à @x", "graças a @x". */
export const CREDIT_CUES: readonly string[] = [
  'via', 'h t', 'ht', 'hat tip', 'hat tip to', 'credit to', 'credits to', 'credit', 'props to', 'found by', 'learned from',
  'tip from', 'idea from', 'gracias a', 'idea de', 'aprendi de', 'dank', 'von', 'grace a', 'merci a', 'gracas a', 'aprendi com',
];

/** Offering help to someone: "happy to help @x", "te ayudo @x", "ich helfe dir @x". */
export const HELP_CUES: readonly string[] = [
  'happy to help', 'glad to help', 'i can help', 'let me help', 'here to help',
  'te ayudo', 'puedo ayudarte', 'encantado de ayudar', 'encantada de ayudar',
  'ich helfe', 'helfe gern', 'gerne helfe ich',
  'je peux aider', 'je peux t aider', 'avec plaisir',
  'posso ajudar', 'te ajudo', 'fico feliz em ajudar',
];

/** Asking someone for something: "@dana can you review this", "¿puedes...?", "kannst du", "pourrais-tu", "você pode".
 * A question mark ends a request too; these catch requests written without one. */
export const REQUEST_CUES: readonly string[] = [
  'can you', 'could you', 'would you', 'will you', 'please', 'pls', 'any chance', 'do you mind', 'mind taking',
  'puedes', 'podrias', 'podria', 'por favor', 'me ayudas',
  'kannst du', 'konntest du', 'konnen sie', 'konnten sie', 'bitte',
  'peux tu', 'pourrais tu', 'pouvez vous', 'pourriez vous', 's il te plait', 's il vous plait', 'stp',
  'voce pode', 'pode', 'poderia', 'podes', 'por gentileza',
];

/** Greeting someone by name: "hi Dana,", "hola Ana", "hallo Jo", "salut Luc", "oi Rui". */
export const GREETING_CUES: readonly string[] = [
  'hi', 'hey', 'hello', 'dear', 'hola', 'querida', 'querido', 'hallo', 'liebe', 'lieber', 'salut', 'bonjour', 'cher',
  'chere', 'ola', 'oi',
];

/** Words allowed between a cue and the person: "thank you so much @dana", "gracias a @ana", "merci à @luc". */
export const FILLERS: ReadonlySet<string> = new Set([
  'you', 'so', 'much', 'very', 'again', 'big', 'huge', 'to', 'a', 'an', 'al', 'ao', 'muchas', 'mil', 'vielmals',
  'sehr', 'beaucoup', 'muito', 'dir', 'euch', 'encore', 'de', 'novo',
]);

/** Joining people in a list: "thanks @a and @b", "gracias @a y @b", "danke @a und @b", "merci @a et @b", "@a e @b". */
export const JOINERS: ReadonlySet<string> = new Set(['and', 'y', 'und', 'et', 'e']);

/** Articles and prepositions between a joiner and the next name: "y al Dr. Ruiz", "e à Marta", "und dem Team". */
export const ARTICLES: ReadonlySet<string> = new Set([
  'al', 'a', 'la', 'el', 'the', 'to', 'ao', 'aos', 'o', 'au', 'aux', 'an', 'der', 'die', 'dem',
]);

/** Titles before a name, not part of who the person is: "Mrs. Patel" is Patel, "Dr. Ana Souza" is Ana Souza.
 * "Don" and "Dona" are left out: they are first names as often as titles. */
export const TITLES: ReadonlySet<string> = new Set([
  'mr', 'mrs', 'ms', 'mx', 'dr', 'prof', 'sr', 'sra', 'srta', 'dra', 'herr', 'frau', 'mme', 'mlle', 'm',
]);

/** Capitalised words that follow a cue without being a person: "thanks Everyone", "Thank you All", "merci Tous". */
export const NOT_NAMES: ReadonlySet<string> = new Set([
  'all', 'everyone', 'everybody', 'team', 'folks', 'guys', 'friends', 'y all', 'so', 'for', 'again', 'i', 'we',
  'you', 'today', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'god',
  'todos', 'todas', 'equipo', 'amigos', 'por', 'alle', 'leute', 'team', 'fur', 'tous', 'toutes', 'equipe', 'pour',
  'pessoal', 'galera', 'time', 'the', 'el', 'la', 'los', 'las', 'der', 'die', 'das', 'le', 'les', 'o', 'os', 'as',
  'a', 'my', 'mi', 'mein', 'meine', 'mon', 'ma', 'meu', 'minha', 'this', 'that', 'it',
]);

/** Folds a word or phrase for matching: lower case, accents removed, apostrophes and slashes become spaces. */
export function fold(text: string): string {
  if (/^[a-z]+$/.test(text)) return text;
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/['’/-]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}
