import { givesSomething, unless } from '../policy';
import { reportsBeyondSympathy } from '../signals';
import { defineRule, type Hit } from '../rule';
import { hitMessage } from '../messages';
import { overlaps, within, type Span } from '../text';

/** Ways to help, in our five languages: sympathy that says how to help gives something. */
const HELP_RE = /(?<![\p{L}])(?:donat|volunteer|how to help|how you can help|listen to|ayud|don[ae]|helfen|spend|aider|faire un don|ajud|doar|doe)/iu;

/** A post this short with one platitude is the platitude; longer posts need two before they count as empty. */
const SHORT_POST = 12;

export default defineRule({
  meta: {
    id: 'empty-platitude',
    family: 'missing-value',
    description:
      'Generic motivation or wisdom, or sympathy with no detail and no way to help: it could be posted by anyone, about anything.',
    why: 'Readers have seen “keep going” a thousand times; your own example of it is what they have not seen.',
    weight: 1.5,
  },
  check(input) {
    const { doc, evidence } = input;
    // Sympathy ("thoughts and prayers") is a platitude in a post of its own; in a reply it is warmth to someone.
    const all = input.ctx.reply ? input.find('platitude') : [...input.find('platitude'), ...input.find('sympathy')].sort((a, b) => a.start - b.start);
    const inText = all.filter((m) => !overlaps(doc.hashtags, m.start, m.end));
    if (inText.length === 0) return [];
    // Sympathy beside a report ("Guatemala is hit by a strong earthquake", "road closures") or a way to help is not
    // empty; a report inside the sympathy's own sentence ("praying for all affected by the floods") says whom it is for.
    const onlySympathy = input.find('platitude').length === 0;
    if (onlySympathy && (reportsBeyondSympathy(input.find, evidence.sentences).length > 0 || input.find('helping').length > 0 || HELP_RE.test(doc.text))) return [];
    const enough = all.length >= 2 || evidence.contentWords <= SHORT_POST;
    if (!enough || evidence.specifics.length > 0) return [];
    // One finding per stretch of platitude sentences.
    const spans: Span[] = [];
    for (const s of evidence.sentences) {
      if (!inText.some((m) => within([s], m.start))) continue;
      const last = spans[spans.length - 1];
      const between = last ? doc.text.slice(last.end, s.start) : '';
      if (last && /^[\s\p{Extended_Pictographic}\uFE0F\u200D]*$/u.test(between)) last.end = s.end;
      else spans.push({ ...s });
    }
    const hits: Hit[] = spans.map((s) => ({
      ...s,
      ...hitMessage('emptyPlatitude'),
      suggestion:
        'Add the story that made you think it: what happened, what you did, what changed. One real example beats the motto.',
    }));
    return unless(givesSomething(input), input, this.meta.weight, hits);
  },
});
