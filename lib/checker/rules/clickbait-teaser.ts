import { givesSomething, unless } from '../policy';
import { defineRule, type RuleInput } from '../rule';
import type { Span } from '../text';
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
    const teasers = evidence.teasers.filter((t) => !countsRelease(input, t));
    const hits = teasers.map((t) => ({
      start: t.start,
      end: t.end,
      ...hitMessage('clickbaitTeaser', { words: t.text }),
      suggestion: 'Say it outright: the answer, the number, what happened. If there is a link, the post can still give the point and let the link give the detail.',
    }));
    return unless(givesSomething(input), input, this.meta.weight, hits);
  },
});

/** A teaser led by a count in digits ("12 moody film looks for", "50 recipes for"). */
const COUNT_LED_RE = /^\d/u;

/**
 * Whether a count-led "listicle" follows the author's own release in its sentence or the next ("my new presets pack
 * is here 🌅 12 moody film looks for lightroom", "Mi nuevo ebook ya está: 50 recetas para…"): the count says what the
 * thing holds, a product's contents, and keeps nothing back. The pitch is the product hints' business; a listicle of
 * a post or video ("new blog post is up! 7 habits that…") names no release and still teases.
 */
function countsRelease(input: RuleInput, t: Span & { text: string }): boolean {
  if (!COUNT_LED_RE.test(t.text)) return false;
  const { sentences } = input.evidence;
  const at = sentences.findIndex((s) => t.start >= s.start && t.start < s.end);
  if (at < 0) return false;
  const from = sentences[Math.max(0, at - 1)]!.start;
  return input.find('release').some((r) => r.start >= from && r.end <= t.start);
}
