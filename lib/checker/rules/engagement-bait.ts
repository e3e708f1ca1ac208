import { fishingBait } from '../evidence';
import { hasSubstance, unless } from '../policy';
import { defineRule } from '../rule';
import { hitMessage } from '../messages';
import { within } from '../text';
import { WORD_FLAG } from '../phrases/book';

/** This many distinct bait asks make a post bait whatever else it says (like + share + tag to enter). */
const ALWAYS_AT = 2;
/**
 * A roll call of the year ("who's watching in 2024?", "alguém aí em 2024?") is stock filler under a video: it hands
 * the reader nothing, but asks nothing for the author either (no like, no follow), so alone it weighs under the bar
 * for `take` and the comment reads neutral. With a "like if" beside it, that ask takes as before.
 */
const ROLL_CALL_RE = /(?<![\p{N}])(?:19|20)\d\d$/u;
const ROLL_CALL_WEIGHT = 1;
/**
 * A bait that goes on the next word with the purpose of the ask before it ("share this post so it reaches more
 * people", "help this reach"): one ask said whole, not a second one. Counted once against ALWAYS_AT.
 */
const PURPOSE_RE = /^(?:so|to help|help|para que|pra|para|damit|pour que|pour|afin)(?![\p{L}])/iu;
const ONLY_SPACE_RE = /^\s{0,3}$/u;

/**
 * A share of people told with nothing else before the ask ("80 % des entrepreneurs abandonnent la première année. Vous
 * faites partie des 20 % ? Qui est d'accord ?", "92% aller Neujahrsvorsätze sind im Februar schon Geschichte… Schreibt
 * JA in die Kommentare", "El 90% de los emprendedores abandona antes de los 3 años"): the stock statistic agree-bait
 * opens with, no source, no link, no detail of the author's, so its numbers are no substance that would make the ask a
 * real question. A source named (a survey, a study, "laut", "selon") or linked, or any other giving (a tip, a story),
 * still counts.
 */
const PERCENT_AFTER_RE = /^\s?(?:%|percent(?![\p{L}])|por ciento|prozent|pour ?cent|por cento)/iu;
const STAT_ONLY_WORDS = 15;
/** A share that is a discount ("20% off", "-20 % Rabatt", "20% de descuento"): an offer, not a statistic. */
const DISCOUNT_AFTER_RE = /^\s?%\s?(?:off|rabatt|auf alles|de descuento|descuento|dto|de r[ée]duction|de remise|de desconto|desconto|de rabais)(?![\p{L}])/iu;
/** Where a share comes from, named: a survey, a study, data, "according to" (a source makes the numbers a finding). */
const SOURCE_RE =
  /(?<![\p{L}])(?:survey|study|studies|poll|data|report|according to|census|encuesta|estudio|sondeo|seg[uú]n|datos|informe|umfrage|studie|laut|daten|bericht|erhebung|sondage|[ée]tude|selon|donn[ée]es|rapport|enqu[êe]te|pesquisa|estudo|segundo|dados|relat[óo]rio|levantamento|ibge|insee|destatis|ine)(?![\p{L}])/iu;

function onlyAStatistic(input: Parameters<typeof hasSubstance>[0]): boolean {
  const { doc, evidence } = input;
  if (doc.urls.length > 0 || evidence.specifics.length === 0 || evidence.contentWords > STAT_ONLY_WORDS || SOURCE_RE.test(doc.text)) return false;
  // The author's own numbers ("62% of our orders come before 9am, so we open at 6:30") are news of theirs, not a stock statistic.
  if (evidence.flags.some((f) => (f & WORD_FLAG.me) !== 0)) return false;
  // Every number stands in a sentence that gives a share ("El 90% … antes de los 3 años"): the statistic's own.
  if (evidence.specifics.some((s) => DISCOUNT_AFTER_RE.test(doc.text.slice(s.end)))) return false;
  const shares = evidence.specifics.filter((s) => PERCENT_AFTER_RE.test(doc.text.slice(s.end)));
  const statSentences = evidence.sentences.filter((z) => shares.some((s) => s.start >= z.start && s.start < z.end));
  if (!evidence.specifics.every((s) => within(statSentences, s.start))) return false;
  return evidence.signals.every((s) => s.signal === 'specifics' || s.signal === 'informing');
}

/** How many asks the bait matches make, a purpose run on from the ask before it counted with that ask. */
function distinctAsks(text: string, bait: readonly { start: number; end: number; text: string }[]): number {
  const sorted = [...bait].sort((a, b) => a.start - b.start);
  let n = 0;
  for (let i = 0; i < sorted.length; i++) {
    const prev = sorted[i - 1];
    const m = sorted[i]!;
    if (prev && m.start >= prev.end && ONLY_SPACE_RE.test(text.slice(prev.end, m.start)) && PURPOSE_RE.test(m.text)) continue;
    n++;
  }
  return n;
}

export default defineRule({
  meta: {
    id: 'engagement-bait',
    family: 'missing-value',
    description: 'Asks for reactions, comments, tags or shares to boost reach: “Agree?”, “like if”, “tag a friend”, “comment YES”.',
    why: 'Platforms demote engagement bait (Facebook since 2017, LinkedIn since 2023), and readers feel used by it.',
    weight: 2,
    takes: true,
  },
  check(input) {
    const bait = fishingBait(input.find, !!input.ctx.reply);
    if (bait.length === 0) return [];
    const hits = bait.map((m) => ({
      start: m.start,
      end: m.end,
      ...(ROLL_CALL_RE.test(m.text) ? { weight: ROLL_CALL_WEIGHT } : {}),
      ...hitMessage('engagementBait', { words: m.text }),
      suggestion:
        'Ask a question only you could ask, with your own answer first (what you tried, what happened), so people have something real to reply to.',
    }));
    return unless(distinctAsks(input.doc.text, bait) < ALWAYS_AT && hasSubstance(input) && !onlyAStatistic(input), input, this.meta.weight, hits);
  },
});
