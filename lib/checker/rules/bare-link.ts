import { findAll } from '../phrases';
import { defineRule } from '../rule';

/** Fewer words of commentary than this around a link reads as a bare link. */
const MIN_COMMENTARY_WORDS = 6;

export default defineRule({
  meta: {
    id: 'bare-link',
    family: 'missing-value',
    description: 'A link with little or no commentary of the author’s own.',
    why: 'Readers decide in a second whether to click; a line on why it matters is what they share and remember.',
    weight: 1.5,
  },
  check({ doc, phrases }) {
    const first = doc.urls[0];
    if (!first) return [];
    const vague = findAll(phrases.vaguePointer, doc.text);
    const insideVague = (start: number) => vague.some((v) => start >= v.start && start < v.end);
    const commentary = doc.words.filter((w) => w.text.length > 1 && !insideVague(w.start)).length;
    if (commentary >= MIN_COMMENTARY_WORDS) return [];
    return [
      {
        start: first.start,
        end: first.end,
        message: 'This link has little of your own words around it.',
        suggestion:
          'Add a line or two on why it is worth their time: the one point that stuck with you, who it helps, and credit to whoever made it.',
      },
    ];
  },
});
