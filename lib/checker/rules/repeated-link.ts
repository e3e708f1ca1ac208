import { probeOf, type LinkShare, type Probe } from '../history';
import { isOwnHost } from '../links';
import { askLexicon, fold } from '../lexicon';
import type { Doc } from '../text';
import { saysAgain } from '../phrases/again';
import { hitMessage } from '../messages';
import { defineRule } from '../rule';
import type { Sensitivity } from '../types';
import { earlierPost } from '../words';
import { DAY_MS as DAY } from '../../model/time';

/**
 * A post that shares a link again with a message of its own about it is a new post on the same page: a different
 * fact from the article ("Jaylen Brown named Finals MVP"), a question ("Does decaf count?"), an opinion, a quote of
 * someone in it. It says its own message when it holds at least NEWS_WORDS content words the earlier post with the link
 * did not and is less like that post than NEWS_LIKENESS (weighted share of content words, as history.ts reworded
 * measures it without the everyday discount): on tweets that share a news link (tests/corpus/rw19-design.jsonl)
 * restatements of the earlier post measured 0.27 and up, other messages 0.30 and under, most under 0.2.
 */
const NEWS_WORDS = 3;
const NEWS_LIKENESS = 0.26;

/** Whether a post with a link the person shared before says something of its own around it (NEWS_WORDS). */
function saysItsOwn(share: LinkShare, quotes: boolean): boolean {
  return share.newWords >= NEWS_WORDS && share.likeness < (quotes ? QUOTE_LIKENESS : NEWS_LIKENESS);
}

/**
 * A quotation of at least two words: "…", “…”, «…», „…“, and '…' or ‘…’ outside words (an apostrophe inside a word,
 * "Ford's", opens none).
 */
const QUOTE_RE = /["“„«][^"“”„«»\n]*\S\s+\S[^"“”„«»\n]*["”“»]|(?<![\p{L}\p{N}])['‘][^'‘’\n]*\S\s+\S[^'‘’\n]*['’](?![\p{L}\p{N}])/gu;
/**
 * A post that quotes someone ('Mbappé says joining Madrid is "a dream come true"') gives their words, another message
 * than the page's headline, even when it shares more of its names: it says its own below this likeness.
 */
const QUOTE_LIKENESS = 0.4;

/**
 * Whether the author speaks of what is theirs (the ask lexicon's `my` words: my, our, mi, nuestro, mein, unser, mon,
 * notre, meu, nosso…) outside quotation marks: "our candles are back", "my write-up". A reaction in the first person
 * ("I can't believe this", "this is why we fund science") is not a push of one's own page, and '"My useful life is
 * probably over," he told the judge' quotes someone in the article.
 */
function authorSpeaks(doc: Doc, lower: readonly string[]): boolean {
  const my = askLexicon(doc.lang)?.my;
  if (!my) return false;
  let quotes: [number, number][] | null = null;
  for (let k = 0; k < doc.words.length; k++) {
    if (!my.has(fold(lower[k]!))) continue;
    quotes ??= [...doc.text.matchAll(QUOTE_RE)].map((m): [number, number] => [m.index!, m.index! + m[0].length]);
    const at = doc.words[k]!.start;
    if (!quotes.some(([from, to]) => at > from && at < to)) return true;
  }
  return false;
}

/** How far back a link counts as "shared recently". */
const LINK_WINDOW_DAYS: Record<Sensitivity, number> = { gentle: 30, normal: 60, strict: 180 };

export default defineRule({
  meta: {
    id: 'repeated-link',
    family: 'repetition',
    description: 'Shares a link the person already shared recently, even with new tracking parameters.',
    why: 'Followers who saw the link last time see the same thing again; what changed since is what they would click for.',
    weight: 1.5,
  },
  check({ doc, ctx, history, now, sensitivity, evidence }) {
    if (!history || history.size === 0) return [];
    const since = now - LINK_WINDOW_DAYS[sensitivity] * DAY;
    const hits = [];
    // The author's own link pushed again (I, we, our; an ask, a plug; "ICYMI") is the same push whatever it says
    // around it. Anyone else's page shared again with a message of its own about it is a new post (saysItsOwn).
    let probe: Probe | null | undefined;
    let quotes: boolean | undefined;
    const news = (): Probe | null =>
      probe !== undefined
        ? probe
        : (probe =
            evidence.asks.length > 0 ||
            evidence.plugs.length > 0 ||
            authorSpeaks(doc, evidence.lower) ||
            saysAgain(doc.text, doc.lang)
              ? null
              : probeOf(doc.text, doc.tokens));
    for (const [i, url] of doc.urls.entries()) {
      const link = evidence.links[i]!.canonical;
      // A page on one of the author's own domains (set in options) shared again is their own push, whatever it says.
      const around = isOwnHost(evidence.links[i]!.host, ctx.own?.domains ?? []) ? null : news();
      const earlier = (around ? history.withLinkSaying(link, around).filter((share) => !saysItsOwn(share, (quotes ??= doc.text.search(QUOTE_RE) >= 0))) : history.withLink(link)).filter(
        (post) => post.time >= since && post.time <= now,
      );
      const last = earlier[0];
      if (!last) continue;
      hits.push({
        start: url.start,
        end: url.end,
        ...hitMessage(earlier.length === 1 ? 'repeatedLink' : 'repeatedLinkTimes', { ...earlierPost(last, now), times: earlier.length }),
        suggestion:
          'Tell people what is new behind it (a result, an update, a date) or reply to your earlier post so the thread keeps its history.',
      });
    }
    return hits;
  },
});
