import { askLexicon, fold } from '../lexicon';
import { defineRule, type RuleInput } from '../rule';
import { hitMessage } from '../messages';

/** The word before a span, lower-case ("on" in "on my stream"). */
const WORD_BEFORE_RE = /([\p{L}]+)\s+$/u;

/**
 * A giveaway held at the author's own place ("a giveaway on my stream", "sorteo en mi canal"): the prize draws
 * people to the channel, whatever the entry asks.
 */
function heldAtOwnPlace(input: RuleInput): boolean {
  const lex = askLexicon(input.doc.lang);
  if (!lex) return false;
  const { text } = input.doc;
  return input.evidence.plugs.some((p) => {
    const before = WORD_BEFORE_RE.exec(text.slice(Math.max(0, p.start - 12), p.start));
    return !!before && lex.places.has(fold(before[1]!.toLowerCase()));
  });
}

/** A prize alone is not the problem; the entry mechanics (like, share, tag, follow) are. */
export function entryByEngagement(input: RuleInput): boolean {
  return input.find('bait').length + input.find('callToAction').length > 0;
}

/** Whether a giveaway in the post asks for the author: entry by engagement, or a draw held on the author's channel. */
export function giveawayAsks(input: RuleInput): boolean {
  return entryByEngagement(input) || heldAtOwnPlace(input);
}

export default defineRule({
  meta: {
    id: 'giveaway',
    family: 'self-promotion',
    description: 'A giveaway whose entry is liking, sharing, following or tagging friends, or that is held on the author’s own channel.',
    why: 'Entry-by-engagement grows the count, not the audience: people who came for a prize leave after the draw.',
    weight: 2.5,
  },
  check(input) {
    const keyword = input.find('giveaway')[0];
    if (!keyword) return [];
    if (!giveawayAsks(input)) return [];
    return [
      {
        start: keyword.start,
        end: keyword.end,
        ...hitMessage('giveaway', { words: keyword.text }),
        suggestion:
          'Make entry about what you share: ask people to post a photo of something they made or a tip of their own, and show the prize being made.',
      },
    ];
  },
});
