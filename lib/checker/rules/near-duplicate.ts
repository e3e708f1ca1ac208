import { probeOf, type Match } from '../history';
import { hitMessage, type FindingData } from '../messages';
import { saysAgain } from '../phrases/again';
import { defineRule } from '../rule';
import { trimmedRange } from '../text';
import type { Sensitivity } from '../types';
import { praisesThePost } from '../warmth';
import { earlierPost } from '../words';

/** Estimated Jaccard of character 5-grams (unrelated posts measured under 0.1 at p99; see similarity.ts). */
const THRESHOLD: Record<Sensitivity, number> = { gentle: 0.7, normal: 0.5, strict: 0.4 };
const ALMOST_IDENTICAL = 0.8;
/**
 * Weighted share of content words (history.ts reworded). Chosen on the design half of the reworded pairs
 * (tests/corpus/reworded-pairs-design.jsonl), tests/checker/repetition-pairs.jsonl and the corpora: rewordings of one
 * message measured 0.29–1.0, different messages on the same topic mostly under 0.3; the few above are updates that
 * keep most of the old post's names ("I-70 has reopened between Golden and Vail"). 0.32 kept the recall of 0.3
 * without two of its false alarms; 0.34 began to miss rewordings in the corpora.
 */
const REWORDED: Record<Sensitivity, number> = { gentle: 0.4, normal: 0.32, strict: 0.27 };
/**
 * The same, when the post says it repeats itself ("asking again", "ICYMI": phrases/again.ts): the author has said it
 * is the same message, so a looser likeness to one earlier post is enough (still at least MIN_SHARED_WORDS).
 */
const REWORDED_SAID_AGAIN: Record<Sensitivity, number> = { gentle: 0.3, normal: 0.22, strict: 0.18 };

/**
 * A warm reply (congratulations, thanks, sympathy: the 'warmth' and 'sympathy' phrase lists) of at most this many
 * words is for the person it answers. Saying "Congrats on the new job, Priya!" and then "Congratulations on your new
 * role, Tomasz!" is warmth to two people, never repetition, however alike the words.
 */
const WARM_WORDS = 25;

/**
 * Whom a text addresses, lower case: its @handles and the names called after a comma that end a phrase ("Congrats on
 * the new job, Priya!", "So sorry for your loss, Maria."). Only after a comma: a capital alone says little (German
 * writes every noun so, and "dank Caching." thanks no one), and a warm post with no one named that is not a reply is
 * compared like any other.
 */
const ADDRESSEE_RE = /@[\p{L}\p{N}_.]+|(?<=, ?)\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+)?(?= ?(?:[!.?,;:…]|$|\p{Extended_Pictographic}))/gu;
function addressees(text: string): Set<string> {
  const out = new Set<string>();
  for (const m of text.matchAll(ADDRESSEE_RE)) out.add(m[0].toLowerCase().replace(/^@/, ''));
  return out;
}

/** Whom a post that cannot be a warm reply addresses, as far as this rule cares: no one (never changed). */
const NO_ONE: ReadonlySet<string> = new Set();

/**
 * Whether a warm reply to `to` may repeat `match`: only when the earlier post was warmth to the same people. A reply
 * that names no one may be for anyone: only a near copy of an earlier one (a pasted template) repeats it.
 */
function sameAddressees(to: ReadonlySet<string>, match: Match): boolean {
  if (to.size === 0) return match.similarity >= ALMOST_IDENTICAL && match.sharedWords === 0;
  if (match.post.preview === undefined) return false;
  const before = addressees(match.post.preview);
  return before.size === to.size && [...to].every((a) => before.has(a));
}

function which(match: Match, now: number): FindingData {
  return { ...earlierPost(match.post, now), similarity: Math.round(match.similarity * 100) };
}

export default defineRule({
  meta: {
    id: 'near-duplicate',
    family: 'repetition',
    description: 'Says again what one of the person’s own earlier posts said, even reworded.',
    why: 'People who follow you have seen it; the same message again reads as noise and teaches them to scroll past.',
    weight: 2,
  },
  check({ doc, ctx, history, now, sensitivity, find, evidence }) {
    if (!history || history.size === 0) return [];
    const range = trimmedRange(doc.text);
    if (range.end === range.start) return [];
    const suggestion =
      'Say what is new since then: a result, a lesson, a question people asked. Or reply to your earlier post instead of posting it again.';
    const probe = probeOf(doc.text, doc.tokens);
    // A short warm reply to someone repeats only warmth to the same people (WARM_WORDS). Only a short post can be
    // one, so a longer one skips the scan for names (a regex over the whole text).
    const short = doc.words.length <= WARM_WORDS;
    const to = short ? addressees(doc.text) : NO_ONE;
    // Not when it also asks or points somewhere ("Thanks, John! DM me"), nor stock praise of the post ("Great post,
    // thanks for sharing!"), which is a template pasted from thread to thread, not warmth to one person.
    const warm =
      short &&
      (ctx.reply === true || to.size > 0) &&
      (find('warmth').length > 0 || find('sympathy').length > 0) &&
      evidence.asks.length === 0 &&
      !evidence.pointsSomewhere &&
      !praisesThePost(doc.text);
    const allowed = (m: Match) => !warm || sameAddressees(to, m);
    const close = history.similar(probe, THRESHOLD[sensitivity]).find(allowed);
    if (close) {
      const data = which(close, now);
      const almost = close.similarity >= ALMOST_IDENTICAL;
      return [
        {
          // start and end written out: a literal that spreads two objects takes V8's slow path (discount-code.ts).
          start: range.start,
          end: range.end,
          ...hitMessage(almost ? 'nearDuplicateIdentical' : 'nearDuplicateSimilar', { ...data, how: almost ? 'identical' : 'similar' }),
          suggestion,
          weight: almost ? 2 : 1.5,
        },
      ];
    }
    // The looser bar first: what passes the stricter one passes it too (REWORDED_SAID_AGAIN is the lower), and most
    // posts reword nothing even by it, so the whole text need not be scanned for "asking again" on every check.
    const loose = history.reworded(probe, REWORDED_SAID_AGAIN[sensitivity]).filter(allowed);
    if (loose.length === 0) return [];
    const reworded = saysAgain(doc.text, doc.lang) ? loose[0] : history.reworded(probe, REWORDED[sensitivity]).find(allowed);
    if (!reworded) return [];
    return [
      {
        start: range.start,
        end: range.end,
        ...hitMessage('nearDuplicateReworded', { ...which(reworded, now), how: 'reworded', sharedWords: reworded.sharedWords }),
        suggestion,
        weight: 1.5,
      },
    ];
  },
});
