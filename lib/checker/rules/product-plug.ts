import { givesClearly, unless } from '../policy';
import { defineRule } from '../rule';
import { hitMessage } from '../messages';

export default defineRule({
  meta: {
    id: 'product-plug',
    family: 'self-promotion',
    description: 'Points readers to the author’s own product, shop, channel or newsletter.',
    why: 'A pointer to your own thing asks for attention; a sample of what is in it gives readers a reason to go.',
    weight: 2,
  },
  check(input) {
    const { evidence } = input;
    // "my new course" with nowhere to go is news; with a link or "link in bio" it is a plug.
    if (!evidence.pointsSomewhere) return [];
    const hits = evidence.plugs.map((m) => ({
      start: m.start,
      end: m.end,
      ...hitMessage('productPlug', { words: m.text }),
      suggestion:
        'Share one useful piece of it right here (a tip, a page, a result) so the post gives on its own; people who want more will follow the link.',
    }));
    return unless(givesClearly(input), input, this.meta.weight, hits);
  },
});
