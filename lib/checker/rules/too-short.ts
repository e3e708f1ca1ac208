import { givesSomething } from '../policy';
import { defineRule } from '../rule';
import { trimmedRange, within } from '../text';
import type { Sensitivity } from '../types';

/** A new post needs this many content words to say something; a reply can be short if it is specific. */
const NEW_POST_WORDS: Record<Sensitivity, number> = { gentle: 3, normal: 4, strict: 5 };
const REPLY_WORDS: Record<Sensitivity, number> = { gentle: 1, normal: 2, strict: 3 };

export default defineRule({
  meta: {
    id: 'too-short',
    family: 'missing-value',
    description: 'Too short to say anything: a greeting, a reaction, or a reply that only pitches.',
    why: 'A post that says nothing still costs every reader a moment; a single specific detail makes it worth that moment.',
    weight: 1.5,
  },
  check(input) {
    const { doc, evidence, ctx, sensitivity } = input;
    // Other languages: we cannot tell function words from content, so we stay quiet.
    if (doc.lang === 'und' || (doc.hashtags.length > 0 && doc.words.length === 0)) return [];
    if (doc.urls.length > 0 || givesSomething(input)) return [];
    const range = trimmedRange(doc.text);
    if (range.end === range.start) return [];
    if (ctx.reply) {
      // A reply says something when it has words or numbers of its own beyond any pitch.
      const ownSpecifics = evidence.specifics.filter((s) => !within(evidence.askSentences, s.start));
      if (evidence.freeContentWords >= REPLY_WORDS[sensitivity] || ownSpecifics.length > 0) return [];
      return [
        {
          ...range,
          message: evidence.asks.length > 0 ? 'This reply pitches without adding to the conversation.' : 'This reply is only a reaction.',
          suggestion:
            'Add what you think and why: the part that helped you, a detail from your own experience, or a question about it.',
        },
      ];
    }
    if (evidence.contentWords >= NEW_POST_WORDS[sensitivity] || evidence.specifics.length > 0) return [];
    return [
      {
        ...range,
        message: 'Too short to say anything to someone who is not in your head.',
        suggestion: 'Add the detail that makes it worth reading: what happened, what you learned, or what you want to ask.',
      },
    ];
  },
});
