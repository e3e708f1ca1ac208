// Lexicon entries for the missing-value family and the giving it must not mistake for it: each phrase carries a
// note on why it belongs and an example it must match (a test checks every example), so the lists read as data.
// The patterns use the phrase syntax of phrases.ts (a space is any gap, ' is either apostrophe).

export interface ValueEntry {
  pattern: string;
  /** Why a phrase like this belongs in the list. */
  why: string;
  /** A line the pattern matches, in the words people write. */
  example: string;
  /** The phrase only counts at the start of its sentence: later, "this"/"so"/"así" points back, not forward. */
  atStart?: boolean;
  /** A number or time after the phrase is the news itself ("this is why speeds are cut to 50 km/h"). */
  numbersAnswer?: boolean;
  /** What follows the phrase in its sentence is the answer ("did you know that 1 in 4 ..."), not more teaser. */
  answeredInClause?: boolean;
}

export interface ValueLexicon {
  /**
   * A teaser: a forward reference or a withheld answer ("here's why", "what happened next", "you won't believe",
   * "17 things you didn't know") pointing at something the post does not hold.
   */
  teaser: ValueEntry[];
  /** Sympathy with no detail of its own ("thoughts and prayers"): warm in a reply, empty as a post on its own. */
  sympathy: ValueEntry[];
  /** Brief warmth to someone else: congratulations, good wishes, thanks. A reply made of it is never "missing value". */
  warmth: ValueEntry[];
  /** Words that report or give notice: a source ("police say"), a change of state ("closed", "evacuated"), a warning. */
  report: ValueEntry[];
}

export const VALUE_KEYS = ['teaser', 'sympathy', 'warmth', 'report'] as const;

/**
 * The patterns of each list, in the shape the phrase book indexes. Teasers that count only at the start of a
 * sentence form a list of their own (`teaserLead`), tried only where a sentence starts.
 */
export function valueLists(lexicon: ValueLexicon): Record<(typeof VALUE_KEYS)[number] | 'teaserLead', string[]> {
  return {
    teaser: lexicon.teaser.filter((e) => !e.atStart).map((e) => e.pattern),
    teaserLead: lexicon.teaser.filter((e) => e.atStart).map((e) => e.pattern),
    sympathy: lexicon.sympathy.map((e) => e.pattern),
    warmth: lexicon.warmth.map((e) => e.pattern),
    report: lexicon.report.map((e) => e.pattern),
  };
}
