import { PRICE_RE, TICKER_RE } from '../asks';
import { askLexicon, fold } from '../lexicon';
import { defineRule, type RuleInput } from '../rule';
import { hitMessage } from '../messages';
import { handsOver } from '../policy';

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
  // A composed ask is one too ("seguir la cuenta", "liker la publication"): an action for the author on something of theirs.
  return input.find('bait').length + input.find('callToAction').length + input.evidence.composed.length > 0;
}

/** A winner named as such, in the five languages: a draw picks one, a gift to whoever needs it does not. */
const WINNER_RE = /(?<![\p{L}])(?:winners?|ganador(?:a|es|as)?|gewinner(?:in|innen)?|gagnant(?:e|s|es)?|vencedor(?:a|es|as)?|ganhador(?:a|es|as)?)(?![\p{L}])/iu;

/** Money or a coin as the prize: a price, a ticker ("$MLTL") or the cash itself ("we'll get the money to you"). */
const CASH_RE = /(?<![\p{L}])(?:money|cash|dinero|efectivo|geld|argent|dinheiro|grana)(?![\p{L}])/iu;

/**
 * A draw for money or coins: a winner picked and paid in cash or a token ("giving away $500 in $MLTL, will DM the
 * winners", "and the winner is @x, DM us and we'll send the money"). Cash handed to whoever wins a post's draw buys
 * the post's reach, whatever the entry asks; a quilt raffled for the library roof names no winner, a gift of a sewing
 * machine no cash.
 */
function drawForCash(input: RuleInput): boolean {
  const { text } = input.doc;
  return WINNER_RE.test(text) && (TICKER_RE.test(text) || PRICE_RE.test(text) || CASH_RE.test(text));
}

/**
 * Whether a giveaway in the post asks for the author: entry by engagement, a draw held on the author's channel, or a
 * draw for cash or coins.
 */
export function giveawayAsks(input: RuleInput): boolean {
  return entryByEngagement(input) || heldAtOwnPlace(input) || drawForCash(input);
}

export default defineRule({
  meta: {
    id: 'giveaway',
    family: 'self-promotion',
    description: 'A giveaway whose entry is liking, sharing, following or tagging friends, that is held on the author’s own channel, or that pays its winner in cash or coins.',
    why: 'Entry-by-engagement grows the count, not the audience: people who came for a prize leave after the draw.',
    weight: 2.5,
  },
  check(input) {
    const keyword = input.find('giveaway')[0];
    if (!keyword) return [];
    // A thing handed out to everyone with nothing asked back (policy handsOver) is no draw, whatever link it sits at.
    if (!giveawayAsks(input) || handsOver(input)) return [];
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
