// Cheap language detection for when the context does not say: count each language's function words.
// Only en, es, de, fr and pt have phrase lists; a post that reads as another language (Italian, Dutch, Japanese...)
// is 'und', and no phrase rule runs on it, so it gets no false findings.
import { LEXICONS } from './phrases/book';
import type { Token } from './text';
import type { DocLang } from './types';
import { IdMemo, lowerWord } from './word-ids';

// Frequent function words of languages we have no phrases for, so they are recognised rather than misread as a
// neighbour (Italian as Spanish or Portuguese, Dutch as German or English).
const OTHER: Record<string, string> = {
  it: 'il lo gli la le e di del della delle dei degli che è nel nella per chi sul sulla sulle sui mai non sono ho hai abbiamo questo questa anche molto più perché grazie ciao sempre oggi ancora tutto tutti io noi voi mio mia tuo nostro cosa fatto essere stato da al alla con una un uno',
  nl: 'het een ik je jij niet op zijn er maar ook als bij naar wat nog dit wel geen heb hebben mijn jouw ons onze wij zij deze dat voor van met',
  id: 'yang dan di ini itu dengan untuk tidak dari dalam akan pada juga saya kamu kami sudah bisa ada',
};

/** Every function word with the numbers of the languages it belongs to, so each word costs one lookup. */
let wordLangs: Map<string, number[]> | null = null;
let languages: string[] = [];

function lookup(): Map<string, number[]> {
  if (wordLangs) return wordLangs;
  const map = new Map<string, number[]>();
  const lists: [string, Iterable<string>][] = [
    ...Object.entries(LEXICONS).map(([lang, lexicon]): [string, Iterable<string>] => [lang, [...lexicon.words.stop, ...lexicon.words.marker]]),
    ...Object.entries(OTHER).map(([lang, list]): [string, Iterable<string>] => [lang, list.split(' ')]),
  ];
  lists.forEach(([, words], i) => {
    for (const w of new Set(words)) map.set(w, [...(map.get(w) ?? []), i]);
  });
  languages = lists.map(([lang]) => lang);
  wordLangs = map;
  return map;
}

const LATIN_RE = /\p{Script=Latin}/u;
const OTHER_SCRIPT_RE = /[^\p{Script=Latin}\p{Script=Common}\p{Script=Inherited}\p{N}]/u;
/** Letters that only some of our languages use. */
const MARKS: [RegExp, string, number][] = [
  [/[ñ¿¡]/gu, 'es', 2],
  [/[ßäöü]/gu, 'de', 2],
  [/[œçèêëîï]|(?<![\p{L}])(?:l|d|qu|j|n|c)'\p{L}/gu, 'fr', 2],
  [/[ãõç]/gu, 'pt', 2],
  // Circumflex o and u, grave u: rare in Spanish, so they settle a French post that ties on shared words.
  [/[ôûù]/gu, 'fr', 1],
];

/** Reads only the first few hundred words: enough to tell, and long posts stay cheap. */
const MAX_WORDS = 200;

const isAscii = (w: string) => {
  for (let i = 0; i < w.length; i++) if (w.charCodeAt(i) >= 128) return false;
  return true;
};

const EARLY_LOOK = 60;

/** One language leads by a wide margin. */
function decisive(scores: readonly number[]): boolean {
  // The two highest in one walk, as a sorted copy's first two would be (0 where there are fewer).
  let first = -Infinity;
  let second = -Infinity;
  for (const v of scores) {
    if (v > first) {
      second = first;
      first = v;
    } else if (v > second) second = v;
  }
  if (scores.length < 1) first = 0;
  if (scores.length < 2) second = 0;
  return first >= 10 && second * 3 < first;
}

/** The languages each word id's list form is a function word of (null: none), met once per id. */
const langsById = new IdMemo<readonly number[] | null>();

/**
 * `lower` holds each word's `lowerWord`, and `ids` each word's id (word-ids.ts, current generation), when the caller
 * has them already.
 */
export function detectLang(words: readonly Token[], lower?: readonly string[], ids?: readonly number[] | null): DocLang {
  let latin = 0;
  let other = 0;
  const table = lookup();
  const memo = lower && ids ? langsById.slots() : null;
  // Indexed like `languages`.
  const scores = languages.map(() => 0);
  const n = Math.min(words.length, MAX_WORDS);
  let looked = 0;
  // Every mark is a letter outside ASCII or an apostrophe ("l'équipe"): plain ASCII without one has none.
  let marked = false;
  for (let i = 0; i < n; i++) {
    const w = words[i]!.text;
    if (isAscii(w)) {
      latin += w.length;
      marked ||= w.includes("'");
    } else {
      marked = true;
      if (OTHER_SCRIPT_RE.test(w)) other += w.length;
      else if (LATIN_RE.test(w)) latin += w.length;
    }
    const low = lower?.[i] ?? lowerWord(w);
    looked = i + 1;
    let langs: readonly number[] | null | undefined;
    if (memo) {
      langs = memo[ids![i]!];
      if (langs === undefined) langs = memo[ids![i]!] = table.get(low) ?? null;
    } else langs = table.get(low);
    if (langs) for (const lang of langs) scores[lang]!++;
    // A long post that is plainly one language after 60 words does not need the other 140.
    if (i === EARLY_LOOK && other === 0 && decisive(scores)) break;
  }
  if (other > latin) return 'und';
  // The words looked at, joined, only where a mark may be found (most posts have none: no array of them is built).
  let joined = '';
  if (marked) {
    const sample = new Array<string>(looked);
    for (let i = 0; i < looked; i++) sample[i] = lower?.[i] ?? lowerWord(words[i]!.text);
    joined = sample.join(' ');
  }
  for (const [re, lang, bonus] of marked ? MARKS : []) {
    const hits = joined.match(re)?.length ?? 0;
    if (hits > 0) scores[languages.indexOf(lang)]! += (bonus * hits) / 4;
  }
  let best = 'en';
  let bestScore = 0;
  languages.forEach((lang, i) => {
    if (scores[i]! > bestScore) {
      best = lang;
      bestScore = scores[i]!;
    }
  });
  // No function word at all ("gm ☕", "lol"): Latin script with nothing to go on reads as English.
  if (bestScore === 0) return latin > 0 || other === 0 ? 'en' : 'und';
  return best in LEXICONS ? (best as DocLang) : 'und';
}
