import { givesSomething, unless } from '../policy';
import { quotedTitles } from '../evidence';
import { defineRule } from '../rule';
import { hitMessage } from '../messages';
import { reportsBeyondSympathy } from '../signals';
import { within } from '../text';
import { functionWordOf, inline } from './hashtag-stuffing';

const MARKUP_RE = /<\/?[a-z][^<>]{0,200}>/giu;

/** Fewer content words of the author's own than this around a link reads as a bare link. */
const MIN_COMMENTARY = 4;
/** Tags after the words name the topic or event of the link, however many there are: they count as one word. */
const FILED_TAGS_WORTH = 1;
/** Accounts named beside a link say whom it is about, however many: one word. */
const NAMED_ACCOUNTS_WORTH = 1;

export default defineRule({
  meta: {
    id: 'bare-link',
    family: 'missing-value',
    description: 'A link with little or no commentary of the author’s own.',
    why: 'Readers decide in a second whether to click; a line on why it matters is what they share and remember.',
    weight: 1.5,
  },
  check(input) {
    const { doc, evidence } = input;
    const first = doc.urls[0];
    // A link beside a report ("Help is on its way! link", "Power restored on Elm St link") is the report's source.
    if (!first || reportsBeyondSympathy(input.find, evidence.sentences).length > 0) return [];
    const vague = [...input.find('vaguePointer'), ...input.find('agreement')];
    // Pasted markup ("<img src=x>") is not the author's words either (no '<', no markup: the regex is skipped).
    const markup = !doc.text.includes('<') ? [] : [...doc.text.matchAll(MARKUP_RE)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
    // Commentary is the author's own words: not a vague pointer, not the ask itself ("link in bio", "my shop"). A word
    // with a number in it ("Flooding on 5th street now", "3ft of water") pins down what the link shows: it counts twice.
    let commentary = 0;
    doc.words.forEach((w, i) => {
      if (evidence.content[i]! > 0 && !within(vague, w.start) && !within(evidence.asks, w.start) && !within(markup, w.start)) {
        commentary += evidence.content[i]! * (/\d/.test(w.text) ? 2 : 1);
      }
    });
    // A quoted title ('Soil Memory', „Buchhaltung für Kreative“) names exactly what is behind the link.
    commentary += quotedTitles(doc.text);
    // A tag used as a word of the sentence ("Typhoon #Bopha due to arrive in the #Philippines") is one of its words;
    // tags filed after the words ("Damage on Rode Rd #bigwet") name the event the link shows: one word's worth in all.
    let filed = false;
    const functionWord = functionWordOf(doc, evidence);
    doc.tokens.forEach((t, i) => {
      if (t.type !== 'hashtag') return;
      if (inline(doc, i, functionWord)) commentary++;
      else filed = true;
    });
    if (filed) commentary += FILED_TAGS_WORTH;
    // Accounts named beside the link ("@MythBusters @nickjonas and more on the scene") say whom it is about.
    if (doc.mentions.length > 0) commentary += NAMED_ACCOUNTS_WORTH;
    if (commentary >= MIN_COMMENTARY) return [];
    const hits = [
      {
        start: first.start,
        end: first.end,
        ...hitMessage('bareLink'),
        suggestion:
          'Add a line or two on why it is worth their time: the one point that stuck with you, who it helps, and credit to whoever made it.',
      },
    ];
    return unless(givesSomething(input), input, this.meta.weight, hits);
  },
});
