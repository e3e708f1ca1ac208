import { givesSomething } from '../policy';
import { reportsBeyondSympathy } from '../signals';
import { defineRule } from '../rule';
import { hitMessage } from '../messages';
import { trimmedRange, within } from '../text';
import type { Sensitivity } from '../types';

/** A new post needs this many content words to say something; a reply can be short if it is specific. */
const NEW_POST_WORDS: Record<Sensitivity, number> = { gentle: 3, normal: 4, strict: 5 };
const REPLY_WORDS: Record<Sensitivity, number> = { gentle: 1, normal: 2, strict: 3 };

/** Generic praise of the post itself, in our five languages: a stock comment, not warmth to a person. */
const PRAISES_THE_POST_RE =
  /(?<![\p{L}])(?:post|posts|video|vid|content|article|thread|perspective|insights?|sharing|write-?up|this is (?:great|awesome|amazing|nice|cool|so good)|beitrag|teilen|vidéo|partage|publication|vídeo|conteúdo|contenido|publicaci[oó]n)(?![\p{L}])/iu;

export default defineRule({
  meta: {
    id: 'too-short',
    family: 'missing-value',
    description: 'Says too little to give anything: a greeting, a reaction, a reply that only pitches, an ask with nothing behind it.',
    why: 'A post that says nothing still costs every reader a moment; a single specific detail makes it worth that moment.',
    weight: 1.5,
  },
  check(input) {
    const { doc, evidence, ctx, sensitivity } = input;
    // Other languages: we cannot tell function words from content, so we stay quiet.
    if (doc.lang === 'und' || (doc.hashtags.length > 0 && doc.words.length === 0) || givesSomething(input)) return [];
    const range = trimmedRange(doc.text);
    if (range.end === range.start) return [];
    const suggestion = 'Add the detail that makes it worth reading: what happened, what you learned, or what you want to ask.';
    if (ctx.reply) {
      // Brief warmth to the person one answers ("Congrats!!", "so sorry", "thank you!") is never empty; stock praise
      // of the post itself ("great post, thanks for sharing", "super vidéo") is a comment anyone could leave anywhere.
      const warm = input.find('warmth').length > 0 || input.find('sympathy').length > 0;
      if (doc.urls.length > 0 || (warm && !PRAISES_THE_POST_RE.test(doc.text))) return [];
      // A reply says something when it has words or numbers of its own beyond any pitch.
      const ownSpecifics = evidence.specifics.filter((s) => !within(evidence.askSentences, s.start));
      if (evidence.freeContentWords >= REPLY_WORDS[sensitivity] || ownSpecifics.length > 0) return [];
      return [
        {
          ...range,
          ...hitMessage(evidence.asks.length > 0 ? 'tooShortReplyPitch' : 'tooShortReplyReaction'),
          suggestion: 'Add what you think and why: the part that helped you, a detail from your own experience, or a question about it.',
        },
      ];
    }
    const enough = NEW_POST_WORDS[sensitivity];
    // A short report of what happened is news however few its words: "Power has just been restored here!", "PGH is in
    // need of help". A source alone ("what doctors won't tell you", "mom says hi") is not.
    if (reportsBeyondSympathy(input.find, evidence.sentences, true).length > 0) return [];
    if (evidence.contentWords < enough && evidence.specifics.length === 0 && evidence.numbered === 0 && doc.urls.length === 0) {
      return [{ ...range, ...hitMessage('tooShort'), suggestion }];
    }
    // An ask or an announcement with nothing behind it: no detail, no name, nothing given.
    const pitchOnly =
      evidence.asks.length > 0 && evidence.unpitchedWords < enough && evidence.details === 0 && evidence.giveCues() === 0;
    if (!pitchOnly) return [];
    return [
      {
        ...range,
        ...hitMessage('tooShortPitch'),
        suggestion: 'Say what it is and why it is worth their time: one detail, a photo description, a price, a sample of what is inside.',
      },
    ];
  },
});
