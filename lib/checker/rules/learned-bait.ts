import { hasSubstance, modelSays, tellsNews, unless } from '../policy';
import { defineRule } from '../rule';
import { hitMessage } from '../messages';

/** At this promotion probability the post reads as a pitch rather than a teaser. */
const PITCH = 0.5;
/** Fewer words than this cannot tease: "Great post!" says too little, not too little on purpose. */
const MIN_WORDS = 4;
/** Phrase lists that make a post a pitch (teaser phrases are not among them: those are this rule's business). */
const PITCH_KEYS = ['callToAction', 'discount', 'giveaway', 'affiliate'] as const;

export default defineRule({
  meta: {
    id: 'learned-bait',
    family: 'missing-value',
    description: 'Reads like a teaser or clickbait that withholds what it points to, by the learned model’s judgement.',
    why: 'A teaser makes readers click or scroll to find out what the post could have said; the words quoted are the ones that made it read that way.',
    weight: 1.5,
  },
  check(input) {
    const { doc, evidence, model, ctx } = input;
    // Brief warmth, thanks or sympathy in a reply is never "missing value"; only new posts are judged here.
    if (ctx.reply) return [];
    // A teaser needs room to withhold something; two or three words are too-short's to name, while still typing too.
    if (doc.words.length < MIN_WORDS) return [];
    // A pitch is self-promotion's to name, with its own advice; "teases" would be the wrong reason.
    const pitch = (model.promotion >= PITCH && model.promotion >= model.bait) || PITCH_KEYS.some((key) => input.find(key).length > 0);
    if (pitch) return [];
    // A pointer or prompt the phrase rules found is theirs to name, with their specific advice.
    if (input.find('vaguePointer').length > 0 || input.find('bait').length > 0) return [];
    // Weak evidence: a link with little said around it.
    const weak = doc.urls.length > 0 && evidence.contentWords < 8;
    if (!modelSays(input, 'bait', weak)) return [];
    const focus = model.focus.bait;
    if (!focus) return [];
    const words = doc.text.slice(focus.start, focus.end);
    const hits = [
      {
        start: focus.start,
        end: focus.end,
        ...hitMessage('learnedBait', { words }),
        suggestion:
          'Put the answer in the post: the number, the name, the finding or what actually happened. A post that tells gets shared; one that teases gets scrolled past.',
      },
    ];
    // A post that tells news of an event with a fact ("Colorado wildfire doubles in size on Sunday") withholds nothing,
    // whatever headline words the model weighed.
    return unless(hasSubstance(input) || tellsNews(input), input, this.meta.weight, hits);
  },
});
