// When a hint stays quiet. A hint on a post that already gives is a defect (it nags the people the tool is for), so soft self-promotion
// yields to a post that clearly gives, and "this gives nothing" yields to any real substance. Sensitivity moves
// the bars; strict keeps the yielded hints but lets them weigh little, so `kind` still reads the post as giving.
import type { PhraseKey } from './phrases/book';
import type { Hit, RuleInput } from './rule';
import { giveScore, reportsBeyondSympathy } from './signals';
import { overlaps, within, type Span } from './text';
import type { Sensitivity } from './types';

/** Give score at which a post clearly gives (a tip, a lesson, an answer, credit...). */
const CLEAR_GIVE: Record<Sensitivity, number> = { gentle: 2.5, normal: 3, strict: 3.5 };
/** Give score at which a post gives something. */
const SOME_GIVE: Record<Sensitivity, number> = { gentle: 1, normal: 1.5, strict: 2 };
/** Under strict sensitivity, a yielded hint stays with this share of its weight. */
const STRICT_KEEP = 0.25;

export function givesClearly(input: RuleInput): boolean {
  return input.evidence.give >= CLEAR_GIVE[input.sensitivity];
}

export function givesSomething(input: RuleInput): boolean {
  return input.evidence.give >= SOME_GIVE[input.sensitivity];
}

/** Signals that describe a thing (its numbers, its names, its news) rather than hand the reader something to use. */
const DESCRIBING: ReadonlySet<string> = new Set(['informing', 'specifics']);

/**
 * Whether a post that pitches something still gives outside the pitch: a tip, a lesson, an answer, credit, in
 * sentences other than the pitch's own (so some giving is enough: the pitch's own words are already left out).
 * A product's specs and launch news describe what is on offer (the pitch), so they do not count; the lesson in the
 * post does ("we shipped X; the hardest part was ..., here is how").
 */
export function givesBeyondPitch(input: RuleInput, pitch: readonly Span[]): boolean {
  const pitched = pitchSentences(input, pitch);
  const rest = input.evidence.signals.filter((s) => !DESCRIBING.has(s.signal) && !within(pitched, s.start));
  return giveScore(rest) >= SOME_GIVE[input.sensitivity];
}

/**
 * The give score of signals inside the pitch's own sentences ("Try the new editor" reads as advice, "open-source"
 * as help): the pitch's wrapping, which a hint on the pitch weighs back so the post's kind reads as taking.
 */
export function pitchGive(input: RuleInput, pitch: readonly Span[]): number {
  const pitched = pitchSentences(input, pitch);
  return giveScore(input.evidence.signals.filter((s) => within(pitched, s.start)));
}

function pitchSentences(input: RuleInput, pitch: readonly Span[]): Span[] {
  return input.evidence.sentences.filter((s) => overlaps(pitch, s.start, s.end));
}

/** What sells, whatever news it rides on: a contest, a discount, a deadline, a code. */
const SELLING: readonly PhraseKey[] = ['giveaway', 'discount', 'urgency'];

/**
 * Whether the post reports news: it names an event (a flood, a quake, a crash) with a fact about it (what happened,
 * a source, a number, a place or a name), and sells nothing. Facts alone are no news: a launch has numbers and names. "Authorities are
 * warning of tornadoes… we are live from Brisbane next" and "our latest update on Typhoon Bopha" inform: a brag, a
 * plug or a pitch the model reads in their words is the reporter's wrapping, not the author's offer.
 */
export function reportsNews(input: RuleInput): boolean {
  const { evidence } = input;
  if (evidence.codes.length > 0 || SELLING.some((key) => input.find(key).length > 0)) return false;
  if (input.find('event').length === 0) return false;
  return evidence.details > 0 || reportsBeyondSympathy(input.find, evidence.sentences).length > 0;
}

/** Content words outside asks that make a post say something, even with no give signal. */
const SAYS_ENOUGH_WORDS: Record<Sensitivity, number> = { gentle: 10, normal: 14, strict: 20 };
/** Or: a concrete detail (a number, a price, a date) in a post of at least this many content words. */
const CONCRETE_WORDS: Record<Sensitivity, number> = { gentle: 6, normal: 8, strict: 12 };

/** Whether the post has substance: it gives, names something concrete, or says enough in words of its own. */
export function hasSubstance(input: RuleInput): boolean {
  const { evidence, sensitivity } = input;
  if (givesSomething(input)) return true;
  if (evidence.specifics.length > 0 && evidence.contentWords >= CONCRETE_WORDS[sensitivity]) return true;
  return evidence.freeContentWords >= SAYS_ENOUGH_WORDS[sensitivity];
}

/** Drops (or, under strict, lightens) hits when `quiet` holds. */
export function unless(quiet: boolean, input: RuleInput, weight: number, hits: Hit[]): Hit[] {
  if (!quiet || hits.length === 0) return hits;
  if (input.sensitivity !== 'strict') return [];
  return hits.map((h) => ({ ...h, weight: (h.weight ?? weight) * STRICT_KEEP }));
}

// The learned model (lib/checker/model) is a second opinion. On its own it speaks only when confident; a lower
// probability may confirm weak evidence the phrase rules saw but could not act on (a link, a plug, a pointer).
// Bars chosen on training rows the model did not see (npm run train -- --without-fold 0, npm run eval -- --fold 0).
const MODEL_ALONE: Record<'promotion' | 'bait', Record<Sensitivity, number>> = {
  promotion: { gentle: 0.9, normal: 0.8, strict: 0.7 },
  bait: { gentle: 0.8, normal: 0.7, strict: 0.6 },
};
const MODEL_CONFIRMS: Record<'promotion' | 'bait', Record<Sensitivity, number>> = {
  promotion: { gentle: 0.7, normal: 0.55, strict: 0.45 },
  bait: { gentle: 0.7, normal: 0.55, strict: 0.45 },
};

/** Whether the model's reading of one head is enough for a hint, given whether weak phrase evidence agrees. */
export function modelSays(input: RuleInput, head: 'promotion' | 'bait', weakEvidence: boolean): boolean {
  if (input.doc.lang === 'und') return false;
  const p = input.model[head];
  return p >= MODEL_ALONE[head][input.sensitivity] || (weakEvidence && p >= MODEL_CONFIRMS[head][input.sensitivity]);
}
