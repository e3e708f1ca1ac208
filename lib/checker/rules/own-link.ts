import { isOwnHost } from '../links';
import { givesClearly, unless } from '../policy';
import { defineRule } from '../rule';
import { hitMessage } from '../messages';

export default defineRule({
  meta: {
    id: 'own-link',
    family: 'self-promotion',
    description: 'A link to one of the author’s own domains (set in options).',
    why: 'A link to your own site asks for a click; when the post already gives the substance, that click comes on its own.',
    weight: 2,
  },
  check(input) {
    const domains = input.ctx.own?.domains ?? [];
    if (domains.length === 0) return [];
    const hits = input.doc.urls
      .filter((_, i) => isOwnHost(input.evidence.links[i]!.host, domains))
      .map((u) => ({
        start: u.start,
        end: u.end,
        ...hitMessage('ownLink'),
        suggestion:
          'Put the useful part in the post itself (the tip, the numbers, the lesson) so it stands without the click; then the link is a bonus.',
      }));
    // A value post that mentions where to read more is not self-promotion.
    return unless(givesClearly(input), input, this.meta.weight, hits);
  },
});
