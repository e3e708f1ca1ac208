// A tally post: a run of counts with nothing counted of use, closed by "1" and a big word ("✅ 365 days ✅ 12 months ✅
// 52 weeks ✅ 1 mission", "4 conferences 🎤 11 flights ✈️ 37 coffees ☕ 1 unforgettable team", "5 Termine. 3 Calls. 1
// Vision.", "31 días ✨ 1 objetivo 🎯", "12 mois. 4 projets. 1 équipe incroyable.", "3 cafés. 2 reuniões. 1 propósito.").
// Its numbers look like specifics but count the author's calendar; what the reader could use is not in it. Pure text.
import type { Span } from './text';
import type { DocLang, Lang } from './types';

/** A count: a number of one to four digits and one or two words, then a break (punctuation, emoji, a line's end). */
const COUNT_RE =
  /(?<![\p{L}\p{N}.,:/€$£%-])(\d{1,4}) (\p{L}[\p{L}'’-]*(?: \p{L}[\p{L}'’-]*)?)(?=[ \t]*(?:[.,;!·|•\n\r]|\p{Extended_Pictographic}|$))/gu;

/**
 * The closing "1 <big word>" of each language: a mission, vision, goal, dream, purpose, team or passion, with an
 * adjective before (en) or after (es, fr, pt) it. Family and home stay out ("3 kids, 2 dogs, 1 happy family" is a
 * personal update). Per language, as some are everyday words of another (EVERYDAY_ELSEWHERE).
 */
const BIG_WORDS: Readonly<Record<Lang, string>> = {
  en: 'mission|vision|goal|dream|purpose|team|passion',
  es: 'misi[oó]n|visi[oó]n|objetivo|meta|sueño|prop[oó]sito|equipo|pasi[oó]n',
  de: 'mission|vision|ziel|traum|team|leidenschaft',
  fr: 'mission|vision|objectif|but|rêve|équipe|passion',
  pt: 'miss[aã]o|vis[aã]o|objetivo|meta|sonho|prop[oó]sito|equipe|time|paix[aã]o',
};
const bigWordRe = (words: string) => new RegExp(`^(?:\\p{L}+ )?(?:${words})(?: \\p{L}+)?$`, 'iu');
const BIG_WORD_RE = Object.fromEntries(Object.entries(BIG_WORDS).map(([lang, words]) => [lang, bigWordRe(words)])) as Record<Lang, RegExp>;
/** Big words of one language that are everyday words of another: French "but" (goal), Portuguese "time" (team). */
const EVERYDAY_ELSEWHERE: ReadonlySet<string> = new Set(['but', 'time']);
/** A post of no known language takes the big words that are no everyday word elsewhere. */
const ANY_BIG_WORD_RE = bigWordRe(
  [...new Set(Object.values(BIG_WORDS).flatMap((words) => words.split('|')))].filter((w) => !EVERYDAY_ELSEWHERE.has(w)).join('|'),
);

/** Gaps allowed between two counts of a run: spaces, punctuation, emoji (✅, 🎤), a line break. */
const GAP_RE = /^[\s\p{P}\p{Extended_Pictographic}\uFE0F\u200D]*$/u;

/** A tally is short: a post of more words than this tells something beside its counts. */
const TALLY_MAX_WORDS = 40;

/**
 * The counts of a tally post, or [] when the post is none: at least two counts in one run (nothing but gaps between
 * them) ending in "1 <big word>", in a post of few words. A count that introduces something ("1 goal: ship v2 by
 * March") names a thing and makes no tally.
 */
export function tallyCounts(text: string, words: number, lang: DocLang): Span[] {
  if (words > TALLY_MAX_WORDS) return [];
  const bigWord = lang === 'und' ? ANY_BIG_WORD_RE : BIG_WORD_RE[lang];
  const counts: { start: number; end: number; one: boolean }[] = [];
  COUNT_RE.lastIndex = 0;
  for (let m = COUNT_RE.exec(text); m !== null; m = COUNT_RE.exec(text)) {
    counts.push({ start: m.index, end: m.index + m[0].length, one: m[1] === '1' && bigWord.test(m[2]!) });
  }
  for (let i = counts.length - 1; i >= 1; i--) {
    const closer = counts[i]!;
    if (!closer.one || /^[ \t]*:/.test(text.slice(closer.end))) continue;
    let first = i;
    while (first > 0 && GAP_RE.test(text.slice(counts[first - 1]!.end, counts[first]!.start))) first--;
    if (first < i) return counts.slice(first, i + 1).map(({ start, end }) => ({ start, end }));
  }
  return [];
}
