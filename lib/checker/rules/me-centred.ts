import { WORD_FLAG } from '../phrases/book';
import { OFFER_KEYS } from '../phrases/offer/entry';
import type { RuleInput } from '../rule';
import { givesSomething, unless } from '../policy';
import { defineRule } from '../rule';
import { hitMessage } from '../messages';
import type { Sensitivity } from '../types';

/** At least this many words before the balance of I and you means anything. */
const MIN_WORDS = 20;
const MIN_ME: Record<Sensitivity, number> = { gentle: 7, normal: 5, strict: 4 };
/** First person must outnumber second person (plus one) this many times. */
const RATIO: Record<Sensitivity, number> = { gentle: 4, normal: 3, strict: 2 };

/**
 * Whether the post tells of the author's work or success: a brag ("so proud", "I hit my goals"), a plug ("my new
 * site"), or half of an offer (a launch, "now open"). A post full of "I" with none of them is a personal story, an
 * opinion or thanks ("I can't believe I was tricked into another book about grief", "I'm not vegan but I tune my
 * diet"): about the author, but promoting nothing.
 */
function tellsOfOwnWork(input: RuleInput): boolean {
  return input.find('brag').length > 0 || input.evidence.plugs.length > 0 || OFFER_KEYS.some((key) => input.find(key).length > 0);
}

export default defineRule({
  meta: {
    id: 'me-centred',
    family: 'self-promotion',
    description: 'Talks about the author far more than about the reader, and gives the reader nothing.',
    why: 'In studies of what people value in their feeds, updates about the writer rank lowest and information for the reader highest.',
    weight: 1,
  },
  check(input) {
    const { doc, evidence } = input;
    const words = doc.words;
    if (words.length < MIN_WORDS) return [];
    let me = 0;
    let you = 0;
    const mine: number[] = [];
    evidence.flags.forEach((flags, i) => {
      if (flags & WORD_FLAG.me) {
        me++;
        mine.push(words[i]!.start);
      } else if (flags & WORD_FLAG.you) you++;
    });
    if (me < MIN_ME[input.sensitivity] || me <= RATIO[input.sensitivity] * (you + 1) || !tellsOfOwnWork(input)) return [];
    // Point at the sentence that leans on "I" the most.
    let best = evidence.sentences[0]!;
    let bestCount = -1;
    for (const s of evidence.sentences) {
      const n = mine.filter((at) => at >= s.start && at < s.end).length;
      if (n > bestCount) {
        best = s;
        bestCount = n;
      }
    }
    const hits = [
      {
        start: best.start,
        end: best.end,
        ...hitMessage('meCentred', { me, you }),
        suggestion:
          'Turn one sentence toward the reader: what they can take from this, try themselves, or ask you about.',
      },
    ];
    return unless(givesSomething(input), input, this.meta.weight, hits);
  },
});
