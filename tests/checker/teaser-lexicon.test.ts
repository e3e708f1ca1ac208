// The words the teaser checks read are data (lexicon/*.ts, `TeaserLexicon`): every list says why it is there and
// carries an example in which its words do their work, checked through the same code the checker runs.
import { describe, expect, it } from 'vitest';
import { ruleInput } from '../../lib/checker';
import { TEASER_LEXICONS, teaserWords } from '../../lib/checker/lexicon';
import type { TeaserLexicon } from '../../lib/checker/lexicon/types';
import { ownLife } from '../../lib/checker/teasers';
import type { Lang } from '../../lib/checker/types';

const LANGS: Lang[] = ['en', 'es', 'de', 'fr', 'pt'];
const teasers = (text: string, lang: Lang) => ruleInput(text, { lang }).evidence.teasers.length;
const own = (text: string, lang: Lang) => {
  const { doc, evidence } = ruleInput(text, { lang });
  return ownLife(doc, evidence.flags, evidence.teasers);
};
/** The example with its first word from the list put out of the way: the list's words, not the rest, made it work. */
function without(example: string, words: readonly string[]): string {
  const word = words.find((w) => new RegExp(`(?<![\\p{L}])${w}(?![\\p{L}])`, 'iu').test(example))!;
  return example.replace(new RegExp(`(?<![\\p{L}])${word}(?![\\p{L}])`, 'iu'), 'Zorglub');
}

describe.each(LANGS)('teaser words %s', (lang) => {
  const lexicon: TeaserLexicon = TEASER_LEXICONS[lang]!;

  it('every list has a note and an example', () => {
    const lists = [lexicon.and, lexicon.attention, lexicon.announce, lexicon.notAlwaysAuthor, ...Object.values(lexicon.firstPerson ?? {})];
    for (const list of lists.filter((l) => l !== undefined)) {
      expect(list.note.length, list.example).toBeGreaterThan(10);
      expect(list.example.length).toBeGreaterThan(10);
    }
    expect(lexicon.attention.words.length).toBeGreaterThan(0);
  });

  it.each(['and', 'attention'] as const)('%s: a word of the list may lead the teaser of its example', (key) => {
    const { example, words } = lexicon[key];
    expect(teasers(example, lang), example).toBeGreaterThan(0);
    expect(teasers(without(example, words), lang), without(example, words)).toBe(0);
  });

  it('announce: its example announces', () => {
    expect(teaserWords(lang)!.announce.test(lexicon.announce.example)).toBe(true);
    expect(teaserWords(lang)!.announce.test(without(lexicon.announce.example, lexicon.announce.words))).toBe(false);
  });
});

const WITH = (key: 'notAlwaysAuthor' | 'firstPerson') => LANGS.filter((lang) => TEASER_LEXICONS[lang]![key] !== undefined);

describe.each(WITH('notAlwaysAuthor'))('words that only look like the author %s', (lang) => {
  it('its example tells no author', () => {
    expect(own(TEASER_LEXICONS[lang]!.notAlwaysAuthor!.example, lang)).toBe(false);
  });
});

describe.each(WITH('firstPerson'))('first person in the verb %s', (lang) => {
  it('the author shows in the verb of each example, and not in a word that only looks so', () => {
    const fp = TEASER_LEXICONS[lang]!.firstPerson!;
    for (const list of [fp.clauseOpeners, fp.beforeVerb, fp.verb, ...(fp.unaccented ? [fp.unaccented] : [])]) {
      expect(own(list.example, lang), list.example).toBe(true);
    }
    expect(own(fp.notVerb.example, lang), fp.notVerb.example).toBe(false);
    expect(own(without(fp.clauseOpeners.example, fp.clauseOpeners.words), lang)).toBe(false);
  });
});

describe('Spanish typed without accents', () => {
  it('an -o verb after a relative may be a preterite: only -go/-zco presents tell the author', () => {
    expect(own('lo que paso anoche en el estadio', 'es')).toBe(false);
    expect(own('lo que pasó anoche en el estadio', 'es')).toBe(false);
    expect(own('lo que cocino los domingos, así sin más', 'es')).toBe(true);
    expect(own('lo que hago los domingos', 'es')).toBe(true);
  });
});
