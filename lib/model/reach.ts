// Whom and what one post reaches: people are @handles and the names a post thanks or credits ("thank you Maria Lopez
// and Mrs. Patel" names two); topics are hashtags and the main nouns. Stored with each post (storage) and counted
// over a period (lib/stats/breadth.ts).
import { parse } from '../checker';

/**
 * Words that open a thanks or a credit, in the five languages, followed by an optional "to"/"you".
 * Example: "Thanks to", "shout-out to", "h/t", "gracias a", "danke an", "merci à", "obrigada ao".
 */
const CREDIT_OPENER = String.raw`(?:thank(?:s| you|ing)?|thx|grateful to|kudos|shout[- ]?outs?|credits?|h\/t|hat tip|props|hats off|big thanks|` +
  String.raw`gracias|agradecid[oa]s?|agradezco|cr[eé]dito|danke(?:schön)?|dank an|vielen dank|merci|bravo|remerciements?|obrigad[oa]s?|valeu|agrade[cç]o)` +
  String.raw`(?:,?\s+(?:so much|a lot|again|also|especially|mucho|muchas|muito|beaucoup|sehr|nochmal))?` +
  String.raw`(?:,?\s+(?:to|you|y'all|a|al|à|au|aux|an|ao|à|para|pela|pelo))?[,:!]?\s+`;
/** Titles that may come before a name; they are not part of who the person is. */
const TITLE = String.raw`(?:Mr|Mrs|Ms|Mx|Dr|Prof|Sr|Sra|Srta|Dra|Herr|Frau|Mme|Mlle|M|Dona|Don)\.?`;
const CAP_WORD = String.raw`\p{Lu}[\p{Ll}\p{M}'’-]+`;
const PARTICLE = String.raw`(?:de|da|do|dos|das|del|la|van|von|der|di|le)`;
const NAME = String.raw`(?:${TITLE}\s+)?${CAP_WORD}(?:\s+(?:${PARTICLE}\s+)?${CAP_WORD}){0,2}`;
const JOIN = String.raw`(?:\s*,\s*|\s+(?:and|&|y|e|et|und|or|o|ou|oder)\s+)`;
/** After "and": an article or preposition before the next name ("y al Dr. Ruiz", "e à Marta"). */
const ARTICLE = String.raw`(?:(?:al|a la|a|à|ao|aos|el|la|o|the|der|die|dem)\s+)?`;
/** Case-insensitive for the opener only: names must stay capitalised, so the whole pattern cannot take the i flag. */
const anyCase = (src: string) => src.replace(/\\.|\[[^\]]*\]|([a-z])/g, (m, c?: string) => (c ? `[${c}${c.toUpperCase()}]` : m));
const CREDIT_RE = new RegExp(
  `(?<![\\p{L}])${anyCase(CREDIT_OPENER)}((?:${NAME}|@[\\p{L}\\p{N}_.]+)(?:${JOIN}${ARTICLE}(?:${NAME}|@[\\p{L}\\p{N}_.]+))*)`,
  'gu',
);
const NAME_RE = new RegExp(`${NAME}|@[\\p{L}\\p{N}_.]+`, 'gu');
const TITLE_RE = new RegExp(`^${TITLE}\\s+`, 'u');

/** Capitalised words after "thanks" that are not a person: "Thank You So Much", "Thanks Everyone", days, months. */
const NOT_A_NAME = new Set(
  ('you so much all everyone everybody team guys folks again god i my our the this that for a an in on to it ' +
    'monday tuesday wednesday thursday friday saturday sunday january february march april may june july august september october november december ' +
    'todos todas equipo gracias a mi mis el la los las por para ' +
    'alle euch ihnen dir team dank für ' +
    'tous toutes vous à tout le les pour ' +
    'todos vocês voce você obrigado obrigada pelo pela')
    .split(' '),
);

/** The people a post names: @handles, and names after a thanks or a credit, lower case, titles dropped. */
export function peopleIn(text: string): string[] {
  const people = new Set<string>();
  for (const m of parse(text).mentions) people.add(m.text.toLowerCase());
  for (const match of text.matchAll(CREDIT_RE)) {
    for (const [name] of match[1]!.matchAll(NAME_RE)) {
      if (name.startsWith('@')) {
        people.add(name.toLowerCase().replace(/\.+$/, ''));
        continue;
      }
      const words = name.replace(TITLE_RE, '').split(/\s+/).filter((w) => !NOT_A_NAME.has(w.toLowerCase()));
      if (words.length) people.add(words.join(' ').toLowerCase());
    }
  }
  return [...people];
}

/**
 * Common words that are never a post's topic, in the five languages (function words, frequent verbs and adjectives
 * of four letters or more; shorter words are skipped anyway). Example: in "Three things I learned moving our CI to
 * ARM runners" the topics are "runners" and "things" is dropped here.
 */
const NOT_A_TOPIC = new Set(
  ('this that these those with from have been were will would could should there their they them then than what when where which while ' +
    'about after again also always because before being between both does doing down each every first just know like made make many more most much ' +
    'need never only other over really same some still such sure take thanks thank think thing things through time today very want well what year years ' +
    'your yours just good great best better huge amazing awesome today week month here into back even feel going learn learned learning little look lots next people ' +
    'post posts read share something someone start tell three tried trying used using work working world always anyone everyone ' +
    'este esta estos estas pero para como cuando donde porque sobre entre desde hasta todo todos toda todas mucho muchos gracias hacer tiene tengo ' +
    'puede años cada otro otra otros semana hemos están estoy había muy bien ' +
    'diese dieser dieses einen einem einer eine nicht auch aber wenn dann noch schon sehr mehr heute habe haben wird werden kann können ' +
    'danke über unter durch für mich dich sich ihre unsere woche ' +
    'cette ces avec dans pour mais plus tout tous toutes très bien fait faire avoir sont nous vous leur merci depuis entre encore semaine ' +
    'isso essa esse esta este como para pelo pela mais muito muita todos todas obrigado obrigada fazer tenho temos semana ainda sobre quando onde')
    .split(' '),
);
/** Endings of adverbs and verb forms rather than nouns, by language: "quickly", "moving", "hablando", "rapidement". */
const NOT_A_NOUN_ENDING = /(?:ly|ing|ed|mente|ando|iendo|ment|ant)$/u;

/** Topics of a post: its hashtags and up to three main nouns (most used first), lower case. */
export function topicsIn(text: string, max = 3): string[] {
  const doc = parse(text);
  const topics = new Set(doc.hashtags.map((h) => h.text.slice(1).toLowerCase()));
  const counts = new Map<string, number>();
  const nameWords = new Set(peopleIn(text).flatMap((p) => p.split(' ')));
  for (const w of doc.words) {
    const word = w.text.toLowerCase();
    if (word.length < 4 || nameWords.has(word) || /\d/.test(word) || NOT_A_TOPIC.has(word) || NOT_A_NOUN_ENDING.test(word)) continue;
    // A capitalised word mid-sentence is a name; people count it, topics do not.
    const before = text.slice(Math.max(0, w.start - 2), w.start);
    if (/\p{Lu}/u.test(w.text[0]!) && w.start > 0 && !/[.!?\n]\s*$/u.test(before) && doc.lang !== 'de') continue;
    counts.set(word, (counts.get(word) ?? 0) + 1);
  }
  const nouns = [...counts].sort((a, b) => b[1] - a[1] || b[0].length - a[0].length).slice(0, max);
  for (const [word] of nouns) topics.add(word);
  return [...topics];
}
