// A scam warning (value lexicon `scamWarning`: "those texts are a scam", "a fake site copying our shop") names selling
// words that are not the author's: the fake's discount, the airdrop the drainers promise, the shop they copy. This is
// the one place that decides which words such a warning excuses; evidence, signals and the rules (through policy) ask.
import { askLexicon, occasionsOf } from './lexicon';
import type { PhraseMatch } from './phrases';
import { WORD_FLAG, type PhraseKey } from './phrases/book';
import { overlaps, type Doc, type Span } from './text';

/** What the questions read: the post, its sentences and its phrase lookups. */
export interface ScamView {
  doc: Doc;
  sentences: readonly Span[];
  find: (key: PhraseKey) => PhraseMatch[];
}

/** Whether the post names a scam anywhere. */
export function warnsOfScam(view: ScamView): boolean {
  return view.find('scamWarning').length > 0;
}

/**
 * Whether the post warns of a scam in any words: a scam named, or a warning of one (occasion `scam`: "Scam warning:",
 * "Ojo, estafa", "Achtung Betrug"). Its prices beside a link are the fraud's ask it quotes, not the author's offer.
 */
export function mentionsScam(view: ScamView): boolean {
  return warnsOfScam(view) || occasionsOf(view.doc, 'scam').length > 0;
}

function sentenceAt(view: ScamView, at: number): Span | undefined {
  return view.sentences.find((s) => at >= s.start && at < s.end);
}

/**
 * Whether the author's thing starting at `at` is named as what a scam copies ("a fake site copying our shop", "una web
 * falsa que copia nuestra tienda", "eine Fake-Seite kopiert unseren Shop"): the thing imitated, no plug. The verbs are
 * the ask lexicon's `scam.imitates`, right before the thing or up to two words before it.
 */
export function imitated(view: ScamView, at: number): boolean {
  const before = askLexicon(view.doc.lang)?.imitatedBefore;
  return !!before && warnsOfScam(view) && before.test(view.doc.text.slice(Math.max(0, at - 40), at));
}

/**
 * Whether what sells at `m` stands in a sentence that names a scam: "the 'free $ZEN airdrop' sites are wallet
 * drainers", "there is no airdrop". The offer is the impostor's, not the author's.
 */
export function namedAsScam(view: ScamView, m: Span): boolean {
  const s = sentenceAt(view, m.start) ?? { start: 0, end: view.doc.text.length };
  return view.find('scamWarning').some((w) => w.start >= s.start && w.start < s.end);
}

/**
 * Whether a price cut at `m` is the bait a scam warning warns of ("Scam alert: a fake page is running ads with 80% off.
 * It is not us."): in the sentence that names the scam, or, in a post that names one, in a sentence with no word of
 * the author's (I, we, our: `flags` per word, WORD_FLAG.me). "Our real sale: 20% off" still sells.
 */
export function scamBait(view: ScamView, m: Span, flags: readonly number[]): boolean {
  if (!warnsOfScam(view)) return false;
  if (namedAsScam(view, m)) return true;
  const s = sentenceAt(view, m.start) ?? { start: 0, end: view.doc.text.length };
  return !view.doc.words.some((w, i) => w.start >= s.start && w.start < s.end && ((flags[i] ?? 0) & WORD_FLAG.me) !== 0);
}

/**
 * Whether an offer of the author's at `m` names the only place their real thing is had, in a post that warns of a scam
 * ("A fake page is running ads with 70% off. It is not us. Solo vendemos en lahoja.es", "Wir verkaufen nur auf
 * holzliebe.de"): it tells readers how to tell the real shop from the fake, not where to buy. The words are the ask
 * lexicon's `scam.only`.
 */
export function namesRealChannel(view: ScamView, m: Span): boolean {
  const only = askLexicon(view.doc.lang)?.onlyChannel;
  if (!only || !warnsOfScam(view)) return false;
  const s = sentenceAt(view, m.start);
  return !!s && only.test(view.doc.text.slice(s.start, s.end));
}

/**
 * Whether the scam named at `m` stands in a sentence whose only asks (`asks`) are cuts it offers after it ("una web
 * falsa que copia nuestra tienda y vende todo al 70%", "a fake site copying our shop sells everything at 70% off"): the
 * discount is the fake's bait the post warns of, not the author's ask, so the warning still counts as giving.
 */
export function warnsOfOwnOffer(view: ScamView, m: Span, asks: readonly Span[]): boolean {
  const s = sentenceAt(view, m.start);
  if (!s || overlaps(asks, m.start, m.end)) return false;
  const cuts = view.find('discount');
  const inSentence = asks.filter((a) => a.start >= s.start && a.start < s.end);
  return inSentence.length > 0 && inSentence.every((a) => a.start >= m.end && cuts.some((c) => c.start === a.start && c.end === a.end));
}

/** Quotation pairs a warning quotes the fraud's message in: “…”, «…», „…“, "…" (no single quotes: apostrophes). */
const QUOTED_RE = /“[^“”\n]{1,300}”|«[^«»\n]{1,300}»|„[^„“”\n]{1,300}[“”]|"[^"\n]{1,300}"/gu;

/**
 * Whether the words at `m` stand inside the fraud's message a scam warning quotes ("Un SMS « Ameli : votre carte
 * expire, cliquez ici » circule… L'Assurance maladie n'envoie jamais de lien par SMS", "Got a text: \"claim your refund
 * here\". It's FAKE."): the ask is the scammer's, quoted so readers know it, not the author's. Only in a post that
 * warns of a scam in any words (mentionsScam); a quoted ask elsewhere (a review, a slogan) is left to the rules.
 */
export function quotedFromScam(view: ScamView, m: Span): boolean {
  if (!mentionsScam(view)) return false;
  for (const q of view.doc.text.matchAll(QUOTED_RE)) {
    const start = q.index ?? 0;
    if (m.start > start && m.end < start + q[0].length) return true;
  }
  return false;
}
