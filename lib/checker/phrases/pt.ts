import type { Lexicon } from './book';

export const pt: Lexicon = {
  phrases: {
    callToAction: [], discount: [], codeWord: [], urgency: [], giveaway: [], plug: [], affiliate: [], brag: [], bait: [],
    vaguePointer: [], platitude: [], teaching: [], explaining: [], lesson: [], credit: [], thanks: [], question: [],
    rhetorical: [], helping: [], invitation: [],
  },
  words: { stop: [], me: [], you: [], filler: [], plugModifiers: [] },
};
