// Whom and what one post reaches: people are @handles and the names a post thanks, credits or greets ("thank you
// Maria Lopez and Mrs. Patel" names two), and whom a reply answers; topics are hashtags and the main nouns. Stored
// with each post (storage) and counted over a period (lib/stats/breadth.ts). Reading people out of text is
// lib/model/people-in-text.ts, the same reading the people view counts.
import { parse } from '../checker';
import { peopleInText, type PostFrame } from './people-in-text';

/** The people a post reaches: @handles and names (lower case, titles dropped), and whom a reply answers. */
export function peopleIn(text: string, frame: PostFrame = {}): string[] {
  return [...new Set(peopleInText(text, frame).people.map((m) => m.ref.toLowerCase()))];
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
