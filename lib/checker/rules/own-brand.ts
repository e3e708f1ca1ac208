import { escapeRegExp } from '../phrases';
import { givesSomething, unless } from '../policy';
import { defineRule } from '../rule';
import { hitMessage } from '../messages';
import { overlaps } from '../text';

function brandPattern(brands: readonly string[]): RegExp | null {
  const names = brands.map((b) => b.trim()).filter((b) => b.length >= 2);
  if (names.length === 0) return null;
  // "Makers Math" also matches #MakersMath and makers-math.
  const alternatives = names.map((b) => escapeRegExp(b).replace(/\s+/g, '[\\s_-]*'));
  return new RegExp(`(?<![\\p{L}\\p{N}_])#?(?:${alternatives.join('|')})(?![\\p{L}\\p{N}_])`, 'giu');
}

const cache = new Map<string, RegExp | null>();

export default defineRule({
  meta: {
    id: 'own-brand',
    family: 'self-promotion',
    description: 'Names one of the author’s own brands (set in options) in a post that gives nothing else.',
    why: 'A brand name with nothing for the reader reads as an ad; the same name beside a real tip reads as a signature.',
    weight: 1,
  },
  check(input) {
    const brands = input.ctx.own?.brands ?? [];
    if (brands.length === 0) return [];
    const key = brands.join('\u0000');
    if (!cache.has(key)) cache.set(key, brandPattern(brands));
    const re = cache.get(key);
    if (!re) return [];
    const { doc } = input;
    const hits = [];
    re.lastIndex = 0;
    for (let m = re.exec(doc.text); m !== null; m = re.exec(doc.text)) {
      const end = m.index + m[0].length;
      if (overlaps(doc.urls, m.index, end) || overlaps(doc.mentions, m.index, end)) continue;
      hits.push({
        start: m.index,
        end,
        ...hitMessage('ownBrand', { words: m[0] }),
        suggestion:
          'Pair the name with something the reader can use: a tip from your work, a behind-the-scenes number, or credit to someone who helped.',
      });
    }
    return unless(givesSomething(input), input, this.meta.weight, hits);
  },
});
