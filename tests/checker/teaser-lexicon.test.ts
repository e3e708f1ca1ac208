// The words the teaser checks read are data (lexicon/*.ts, `TeaserLexicon`): every list says why it is there and
// carries an example in which its words do their work, checked through the same code the checker runs.
import { describe, expect, it } from 'vitest';
import { ruleInput } from '../../lib/checker';
import { TEASER_LEXICONS, teaserWords } from '../../lib/checker/lexicon';
import type { TeaserLexicon } from '../../lib/checker/lexicon/types';
import { exclaims, ownLife } from '../../lib/checker/teasers';
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

  it('means: its example names the means of a how-it-happened line, which then teases nothing', () => {
    const means = lexicon.means;
    if (!means) return expect(teaserWords(lang)?.means).toBeNull();
    expect(means.note.length).toBeGreaterThan(10);
    expect(teaserWords(lang)?.means?.test(means.example), means.example).toBe(true);
    expect(teasers(means.example, lang), means.example).toBe(0);
    // With the means' words put out of the way, the same line keeps its how back.
    const bare = means.example.replace(teaserWords(lang)!.means!, 'and');
    expect(teasers(bare, lang), bare).toBeGreaterThan(0);
  });

  it('everyone: a first person beside its words speaks for all, and the teaser stays one', () => {
    const everyone = lexicon.everyone;
    expect(everyone, 'every language says who "we all" is').toBeDefined();
    expect(everyone!.note.length).toBeGreaterThan(10);
    expect(teasers(everyone!.example, lang), everyone!.example).toBeGreaterThan(0);
    expect(own(everyone!.example, lang), everyone!.example).toBe(false);
    // With the list's word put out of the way, the same first person is the author again.
    expect(own(without(everyone!.example, everyone!.words), lang), without(everyone!.example, everyone!.words)).toBe(true);
  });

  it('announce: its example announces', () => {
    expect(teaserWords(lang)!.announce.test(lexicon.announce.example)).toBe(true);
    expect(teaserWords(lang)!.announce.test(without(lexicon.announce.example, lexicon.announce.words))).toBe(false);
  });
});

// The marks of someone exclaiming (learned-bait's gate): each list's example carries its mark, and the examples of
// what is no such mark do not.
describe.each(LANGS)('exclaiming %s', (lang) => {
  const e = TEASER_LEXICONS[lang]!.exclaiming;
  const compiled = teaserWords(lang)!.exclaiming;
  const speaks = (text: string) => exclaims(ruleInput(text, { lang }).doc);

  it('every list has a note and an example that exclaims by its mark', () => {
    const marks: [{ note: string; example: string } | undefined, RegExp | null][] = [
      [e.interjections, compiled.interjection],
      [e.laughter, compiled.interjection],
      [e.exclamatives, compiled.exclamative],
      [e.intensifiers, compiled.intensified],
      [e.trailing, compiled.intensified],
      [e.speakerOpeners, compiled.speakerOpener],
      [e.opinionLabels, compiled.speakerOpener],
      [e.verdicts, compiled.verdict],
    ];
    for (const [list, re] of marks) {
      if (!list) continue;
      expect(list.note.length, list.example).toBeGreaterThan(10);
      expect(re?.test(list.example), list.example).toBe(true);
      expect(speaks(list.example), list.example).toBe(true);
    }
  });

  it('the words that are no mark leave their examples unmarked', () => {
    expect(compiled.exclamative.test(e.notExclamative.example), e.notExclamative.example).toBe(false);
    expect(compiled.intensified.test(e.notIntensified.example), e.notIntensified.example).toBe(false);
  });
});

describe('exclaiming marks', () => {
  it('a headline in Title Case is a headline whatever its words', () => {
    expect(exclaims(ruleInput('OMG These Cats Are So Done With Winter', { lang: 'en' }).doc)).toBe(false);
    expect(exclaims(ruleInput('12 Trees Looking Sexy AF', { lang: 'en' }).doc)).toBe(false);
    expect(exclaims(ruleInput('omg these cats are so done with winter', { lang: 'en' }).doc)).toBe(true);
  });
  it('a drawn-out word exclaims; German compounds take four letters', () => {
    expect(exclaims(ruleInput('Sooo ready for the weekend', { lang: 'en' }).doc)).toBe(true);
    expect(exclaims(ruleInput('Ready for the weekend', { lang: 'en' }).doc)).toBe(false);
    expect(exclaims(ruleInput('Die Schifffahrt auf dem Rhein ist wieder frei', { lang: 'de' }).doc)).toBe(false);
    expect(exclaims(ruleInput('Sooooo ein schöner Tag am Meer', { lang: 'de' }).doc)).toBe(true);
  });
  it('after a comma, Spanish and Portuguese "que" is a relative, not an exclamation', () => {
    expect(exclaims(ruleInput('Un incendio arrasa el centro de Valparaíso, que deja cinco muertos.', { lang: 'es' }).doc)).toBe(false);
    expect(exclaims(ruleInput('Messi marcó dos goles, qué partido.', { lang: 'es' }).doc)).toBe(true);
  });
  it('an impersonal news line exclaims nothing', () => {
    for (const [lang, text] of [
      ['en', 'The bridge on Route 9 reopens to traffic on Monday after repairs.'],
      ['es', 'El Gobierno aprueba la nueva ley de vivienda.'],
      ['de', 'Die Bahn streicht im Winter mehrere Verbindungen nach Berlin.'],
      ['fr', 'Le gouvernement présente son budget pour 2025.'],
      ['pt', 'O governo anuncia novas regras para o Pix.'],
    ] as const) {
      expect(exclaims(ruleInput(text, { lang }).doc), text).toBe(false);
    }
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
