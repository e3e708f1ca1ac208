import { givesSomething, unless } from '../policy';
import { defineRule } from '../rule';
import { within, type Token } from '../text';

/** A capitalised word that does not start its sentence, or a number: "Westside Youth Choir", "$10,000". */
function isNameOrNumber(text: string, w: Token): boolean {
  if (/\d/.test(w.text)) return true;
  if (!/^\p{Lu}\p{Ll}/u.test(w.text)) return false;
  return !/(?:^|[.!?\n]\s*|\p{Extended_Pictographic}\uFE0F?\s*)$/u.test(text.slice(Math.max(0, w.start - 4), w.start));
}

/** Fewer content words of the author's own than this around a link reads as a bare link. */
const MIN_COMMENTARY = 4;

export default defineRule({
  meta: {
    id: 'bare-link',
    family: 'missing-value',
    description: 'A link with little or no commentary of the author’s own.',
    why: 'Readers decide in a second whether to click; a line on why it matters is what they share and remember.',
    weight: 1.5,
  },
  check(input) {
    const { doc, evidence, phrases } = input;
    const first = doc.urls[0];
    if (!first) return [];
    const vague = input.find('vaguePointer');
    // Commentary is the author's own words: not a vague pointer, not the wrapping of an ask ("link in bio").
    // Inside an ask, only names and numbers count: they still say what the link is about.
    let commentary = 0;
    for (const w of doc.words) {
      const lower = w.text.toLowerCase();
      if (within(vague, w.start)) continue;
      if (within(evidence.askSentences, w.start) && !isNameOrNumber(doc.text, w)) continue;
      if (phrases.words.stop.has(lower) || phrases.words.filler.has(lower)) continue;
      if (w.text.length > 1) commentary += doc.lang === 'und' ? Math.max(1, Math.floor(w.text.length / 3)) : 1;
    }
    if (commentary >= MIN_COMMENTARY) return [];
    const hits = [
      {
        start: first.start,
        end: first.end,
        message: 'This link has little of your own words around it.',
        suggestion:
          'Add a line or two on why it is worth their time: the one point that stuck with you, who it helps, and credit to whoever made it.',
      },
    ];
    return unless(givesSomething(input), input, this.meta.weight, hits);
  },
});
