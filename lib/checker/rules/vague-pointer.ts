import { inSomeonesThread } from '../input';
import { hasSubstance, unless } from '../policy';
import { defineRule, type RuleInput } from '../rule';
import { hitMessage } from '../messages';
import { byStart, inOrder, within, type Span } from '../text';

/** "Thank you so much for this!!": "this" is what the thanks are for, not a pointer at something unsaid. */
const OBJECT_OF_RE = /\b(?:for|about|of|with|love|loved|needed|like)\s+$/iu;
function isObject(text: string, at: number): boolean {
  return /^this/iu.test(text.slice(at, at + 4)) && OBJECT_OF_RE.test(text.slice(Math.max(0, at - 12), at));
}

/** Content words of its own with which a post that names something says what its pointer points at. */
const SAYS_WHAT_WORDS = 6;

/**
 * A pointer followed (or preceded) by what it points at is not vague: the post names something (a place, a person,
 * an account, a number) in words of its own ("Chancellor's decision about whether to close campus Monday is coming
 * soon", "BEA and CATALYST are used for @uapasia donations. Please check this out").
 */
function saysWhat(input: RuleInput, pointers: readonly Span[]): boolean {
  const { evidence, doc } = input;
  // The pointer's own words say nothing of what it points at ("Bald gibt's große Neuigkeiten, bleibt dran").
  let pointed = 0;
  for (let i = 0; i < doc.words.length; i++) if (within(pointers, doc.words[i]!.start) && !within(evidence.askSentences, doc.words[i]!.start)) pointed += evidence.content[i]!;
  return evidence.freeContentWords - pointed >= SAYS_WHAT_WORDS && (evidence.details > 0 || doc.mentions.length > 0 || delivered(doc.text, pointers));
}

/** The content words inside the pointers. */
function pointedWords(input: RuleInput, pointers: readonly Span[]): number {
  const { evidence, doc } = input;
  let pointed = 0;
  for (let i = 0; i < doc.words.length; i++) if (within(pointers, doc.words[i]!.start)) pointed += evidence.content[i]!;
  return pointed;
}

/** A colon or a dash after the pointer (a time between at most), then words: "Something big is dropping next week: offline mode". */
const DELIVERED_RE = /^[^.!?\n:—–]{0,30}[:—–]\s*[\p{L}\p{N}]/u;

/** Whether a pointer is followed, in its own sentence, by what it announces after a colon or a dash. */
function delivered(text: string, pointers: readonly Span[]): boolean {
  return pointers.some((p) => DELIVERED_RE.test(text.slice(p.end, p.end + 60)));
}

export default defineRule({
  meta: {
    id: 'vague-pointer',
    family: 'missing-value',
    description: 'Points at something without saying what it is: “check this out”, “thoughts?”, “stay tuned”, “so true” in a post of its own.',
    why: 'A pointer with no content asks readers to do the work of finding out why they should care.',
    weight: 1.5,
  },
  check(input) {
    const text = input.doc.text;
    // Agreement in someone's thread points at the post answered: a reader has it right above ("So true!").
    const agreement = inSomeonesThread(input.ctx) ? [] : input.find('agreement');
    const pointers = inOrder([...input.find('vaguePointer'), ...agreement], byStart).filter((m) => !isObject(text, m.start));
    const hits = pointers.map((m) => ({
      start: m.start,
      end: m.end,
      ...hitMessage('vaguePointer', { words: m.text }),
      suggestion:
        'Say the one thing you want people to notice: the finding, the number, the part that surprised you. A question works best with your own take first.',
    }));
    // The pointers' own words are no substance either: "se viene algo MUY grande para el 2027 👀 no puedo decir nada
    // todavía" has a year and eight content words, all but the year the teaser's.
    return unless(hasSubstance(input, pointedWords(input, pointers)) || saysWhat(input, pointers), input, this.meta.weight, hits);
  },
});
