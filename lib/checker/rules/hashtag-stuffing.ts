import { givesClearly, unless } from '../policy';
import { defineRule } from '../rule';
import type { Platform, Sensitivity } from '../types';

/** Hashtags a post can carry before they read as a reach grab, by platform (Instagram expects many, X few). */
const HASHTAG_LIMIT: Record<Platform, number> = {
  x: 3, threads: 3, bluesky: 3, facebook: 3, youtube: 3, reddit: 2, linkedin: 5, mastodon: 5, instagram: 15, other: 5,
};
const SHIFT: Record<Sensitivity, number> = { gentle: 2, normal: 0, strict: -1 };

export default defineRule({
  meta: {
    id: 'hashtag-stuffing',
    family: 'self-promotion',
    description: 'More hashtags than the platform’s readers expect.',
    why: 'A wall of tags reads as a grab for reach and pushes the words people came for out of view.',
    weight: 1,
  },
  check(input) {
    // Distinct tags: the same tag twice is repetition's business (repeated-run).
    const seen = new Set<string>();
    const tags = input.doc.hashtags.filter((t) => {
      const key = t.text.toLowerCase();
      return seen.has(key) ? false : (seen.add(key), true);
    });
    const platform = input.ctx.platform ?? 'other';
    const limit = Math.max(1, (HASHTAG_LIMIT[platform] ?? HASHTAG_LIMIT.other) + SHIFT[input.sensitivity]);
    if (tags.length <= limit) return [];
    const first = tags[limit]!;
    const last = tags[tags.length - 1]!;
    const hits = [
      {
        start: first.start,
        end: last.end,
        message: `${tags.length} hashtags; on ${platform === 'other' ? 'most sites' : platform} more than ${limit} reads as reaching for views.`,
        suggestion: `Keep the ${limit} that name your topic best and use the space for one more useful sentence: a detail, a number or a tip.`,
      },
    ];
    return unless(givesClearly(input), input, this.meta.weight, hits);
  },
});
