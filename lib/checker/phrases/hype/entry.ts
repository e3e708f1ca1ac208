// Lexicon entries for a hyped push: a frame that talks a thing up or hurries the reader ("don't miss", "to the moon",
// "you're early", "huge drop") and a call to act on a thing ("hop on", "get in", "claim yours", "be part of").
// Neither decides alone: hype with nothing to do is excitement ("the launch was insane"), and "join the" or "be
// there" with nothing talked up is an invitation. hype-push composes them. No entry names a topic (coins, tickers,
// AI tools): hype and a push read the same whatever is sold. Each entry carries a note on why it belongs and an
// example its pattern must match (a test checks every example). Patterns use the phrase syntax of phrases.ts.
import type { OfferEntry } from '../offer/entry';

export type HypeEntry = OfferEntry;

export interface HypeLexicon {
  /** Talks a thing up or hurries the reader: "don't miss", "to the moon", "you're early", "huge drop". */
  hype: HypeEntry[];
  /** Asks the reader to act on a thing: buy into it, join it, claim it ("hop on", "get in now", "be part of"). */
  jumpIn: HypeEntry[];
}

export const HYPE_KEYS = ['hype', 'jumpIn'] as const;

/** The patterns of each list, in the shape the phrase book indexes. */
export function hypeLists(lexicon: HypeLexicon): Record<(typeof HYPE_KEYS)[number], string[]> {
  return { hype: lexicon.hype.map((e) => e.pattern), jumpIn: lexicon.jumpIn.map((e) => e.pattern) };
}

/**
 * Emoji that talk a thing up in any language (a rocket, a moon: "to the moon"). Emoji are not words, so the phrase
 * index does not see them; hype-push looks for these among the post's emoji tokens.
 */
export const HYPE_EMOJI: ReadonlySet<string> = new Set(['🚀', '🌕', '🌙']);

/** Notes that hold for the same kind of phrase in every language: one note, many lexicons. */
export const HYPE_WHY = {
  moon: 'Promises the thing will rise: "to the moon" is the shill’s stock line, whatever is shilled.',
  multiplier: 'Promises a hundredfold return ("100x potential"; a bare "100x better" is hyperbole, not a pitch).',
  dontMiss: 'Says the reader loses out by not acting now.',
  early: 'Flatters the reader as early, so acting now looks like an edge.',
  promise: 'Promises the reader will be glad, in place of saying what the thing is.',
  bigNews: 'Talks a thing up as big news, a big drop or a big chance before saying what it is.',
  buyIn: 'Asks the reader to buy into or board a thing now.',
  takePart: 'Asks the reader to be part of a thing or to secure a place in it.',
  claim: 'Asks the reader to claim, mint or buy the thing.',
  join: 'Asks the reader to join a thing (not "join us", which invites).',
  remind: 'Asks the reader to keep the thing in view: bookmark it, set a reminder, turn on notifications.',
  mustWatch: 'Sends the reader to a piece as a must ("watch this masterclass"): after hype, a push for whoever made it.',
  instead: 'Sets the thing against a waste of time ("instead of a 2-hour movie"), in place of saying what it is.',
} as const;
