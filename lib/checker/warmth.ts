// Warm posts that read as taking when they give: thanks that name people ("thank you Ana, Ben and Chidi for…") and
// invitations to meet ("would love to grab a coffee, DM me"). Both are give signals; the invitation also turns the
// DM or "join us" in its sentence into the way to take it up, not an ask (like an offer of help).
import { askLexicon, fold } from './lexicon';
import type { Doc, Span } from './text';
import type { DocLang, GiveSignal } from './types';

/** Weight of thanks that name people, as for thanks that say what for (signals.ts). */
const NAMED_THANKS = 1.5;
/** Weight of an invitation to meet, as for the invitation phrases. */
const INVITATION = 1.5;
/** Words that join names in a list ("Ana, Ben and Chidi"). */
const NAME_JOINERS: ReadonlySet<string> = new Set(['and', '&', 'y', 'e', 'und', 'et']);

/** "Ana", "Émile", "O'Neill": a capital then a lower-case letter (not SHOUTING, not "I"). */
function isName(word: string): boolean {
  return /^\p{Lu}\p{Ll}/u.test(word);
}

/** Thanks followed by at least one name written with a capital: the post credits people. */
export function namedThanks(doc: Doc, lang: DocLang): GiveSignal[] {
  const lex = askLexicon(lang);
  if (!lex) return [];
  const out: GiveSignal[] = [];
  const words = doc.words;
  for (let i = 0; i < words.length; i++) {
    const one = fold(words[i]!.text.toLowerCase());
    const two = i + 1 < words.length ? `${one} ${fold(words[i + 1]!.text.toLowerCase())}` : '';
    const span = lex.thanks.includes(two) ? 2 : lex.thanks.includes(one) ? 1 : 0;
    if (span === 0) continue;
    let j = i + span;
    // "thank you to Ana", "thanks so much, Ana": a few small words may come first.
    while (j < words.length && j < i + span + 2 && /^(?:to|so|much|a|lot|again|a|an|for)$/i.test(words[j]!.text) && !isName(words[j]!.text)) j++;
    let names = 0;
    let last = -1;
    for (let k = j; k < words.length; k++) {
      const gap = doc.text.slice(words[k - 1]!.end, words[k]!.start);
      if (/[.!?\n]/.test(gap)) break;
      const w = words[k]!.text;
      if (isName(w)) {
        names++;
        last = k;
      } else if (!NAME_JOINERS.has(w.toLowerCase())) break;
    }
    if (names > 0) {
      out.push({ signal: 'thanks', start: words[i]!.start, end: words[last]!.end, weight: NAMED_THANKS });
      i = last;
    }
  }
  return out;
}

/** Sentences that invite the reader to meet: coffee, lunch, a chat, "meet up". */
export function meetingSentences(doc: Doc, lang: DocLang, sentences: readonly Span[]): Span[] {
  const lex = askLexicon(lang);
  if (!lex || lex.meeting.length === 0) return [];
  const out: Span[] = [];
  for (const s of sentences) {
    const words = ` ${fold(doc.text.slice(s.start, s.end).toLowerCase()).replace(/[^\p{L}\p{N}'-]+/gu, ' ')} `;
    if (lex.meeting.some((m) => words.includes(` ${m} `))) out.push(s);
  }
  return out;
}

export function invitationSignals(meetings: readonly Span[]): GiveSignal[] {
  return meetings.map((s) => ({ signal: 'invitation', start: s.start, end: s.end, weight: INVITATION }));
}
