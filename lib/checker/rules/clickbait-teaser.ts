import { givesSomething, unless } from '../policy';
import { defineRule } from '../rule';
import { hitMessage } from '../messages';
import { ownLife } from '../teasers';

export default defineRule({
  meta: {
    id: 'clickbait-teaser',
    family: 'missing-value',
    description:
      'A teaser that withholds what it points to: “here’s why…”, “what happened next”, “you won’t believe…”, “17 things you didn’t know about…”, “Así reaccionó…”.',
    why: 'A teaser makes readers click to learn what one sentence could have told them; the news itself is what they share.',
    weight: 2,
  },
  check(input) {
    // A reply answers someone; a teaser is a feed post's way of fishing for clicks.
    if (input.ctx.reply) return [];
    // The author telling of their own life ("This is why I love autumn", "Guess what? I got the job!") keeps nothing back.
    const { doc, evidence } = input;
    if (evidence.teasers.length === 0 || ownLife(doc, evidence.flags, evidence.teasers)) return [];
    const hits = evidence.teasers.map((t) => ({
      start: t.start,
      end: t.end,
      ...hitMessage('clickbaitTeaser', { words: t.text }),
      suggestion: 'Say it outright: the answer, the number, what happened. If there is a link, the post can still give the point and let the link give the detail.',
    }));
    return unless(givesSomething(input), input, this.meta.weight, hits);
  },
});
