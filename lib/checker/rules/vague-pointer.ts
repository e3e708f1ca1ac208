import { hasSubstance, unless } from '../policy';
import { defineRule } from '../rule';
import { hitMessage } from '../messages';

/** "Thank you so much for this!!": "this" is what the thanks are for, not a pointer at something unsaid. */
const OBJECT_OF_RE = /\b(?:for|about|of|with|love|loved|needed|like)\s+$/iu;
function isObject(text: string, at: number): boolean {
  return /^this/iu.test(text.slice(at, at + 4)) && OBJECT_OF_RE.test(text.slice(Math.max(0, at - 12), at));
}

export default defineRule({
  meta: {
    id: 'vague-pointer',
    family: 'missing-value',
    description: 'Points at something without saying what it is: “check this out”, “thoughts?”, “stay tuned”.',
    why: 'A pointer with no content asks readers to do the work of finding out why they should care.',
    weight: 1.5,
  },
  check(input) {
    const text = input.doc.text;
    const hits = input.find('vaguePointer').filter((m) => !isObject(text, m.start)).map((m) => ({
      start: m.start,
      end: m.end,
      ...hitMessage('vaguePointer', { words: m.text }),
      suggestion:
        'Say the one thing you want people to notice: the finding, the number, the part that surprised you. A question works best with your own take first.',
    }));
    return unless(hasSubstance(input), input, this.meta.weight, hits);
  },
});
