// Everything a rule sees for one text, built once per check.
import { platformFacts } from '../model/platforms';
import { buildEvidence, type Evidence } from './evidence';
import { HistoryIndex } from './history';
import { detectLang } from './lang';
import { score, type ModelScore } from './model';
import { matchAll, matchList, startPositions, type Starts } from './phrase-index';
import { joinHiddenLinks, normalize, toOriginal, type Normalized } from './normalize';
import type { PhraseMatch } from './phrases';
import { ON_DEMAND_KEYS, PHRASE_KEYS, phraseBook, type PhraseBook, type PhraseKey } from './phrases/book';
import type { RuleInput } from './rule';
import { outside, parse, type Doc, type Token } from './text';
import type { CheckContext, GiveSignal, Sensitivity } from './types';
import { listForm, listFormOf, wordIds } from './word-ids';

const KEY_INDEX = new Map(PHRASE_KEYS.map((key, i) => [key, i]));

/** Lists whose phrases may sit inside a hashtag (#OpenToWork, #ad, #mindset, #FollowFriday); the rest skip hashtags. */
const IN_HASHTAGS: ReadonlySet<PhraseKey> = new Set(['platitude', 'affiliate', 'bait', 'callToAction', 'sympathy', 'credit']);
/** Lists whose phrases name someone by @mention ("via @jane", "gracias @laura por"); the rest skip mentions. */
const WITH_MENTIONS: ReadonlySet<PhraseKey> = new Set(['credit', 'thanks']);
/**
 * Lists whose matches yield to a longer reading of the same words: "closes on Monday" is a deadline (urgency) unless
 * it is inside a notice that says why ("the pool closes on Monday for cleaning").
 */
const YIELDS_TO: ReadonlyMap<PhraseKey, readonly PhraseKey[]> = new Map([['urgency', ['notice']]]);

function historyIndex(history: CheckContext['history'], now: number): HistoryIndex | null {
  if (!history) return null;
  if (history instanceof HistoryIndex) return history;
  return HistoryIndex.fromTexts(history as readonly string[], now);
}

/** Every list is matched in one pass over the words, on the first lookup; each list is then filtered once. */
class PhraseFinder {
  /** Each list's matches by its place in PHRASE_KEYS, once looked up. */
  private readonly cache: (PhraseMatch[] | undefined)[] = new Array(PHRASE_KEYS.length);
  private all: PhraseMatch[][] | null = null;
  private starts: Starts | null = null;
  // Tokens a phrase may not overlap, in text order as `outside` needs them: links and e-mail addresses always;
  // mentions and hashtags unless the list says otherwise.
  private readonly skipAll: Token[] = [];
  private readonly skipNoTags: Token[] = [];
  private readonly skipNoMentions: Token[] = [];
  /** Links and e-mail addresses only, for a list that reads both hashtags and mentions ("#FollowFriday @jane"). */
  private readonly skipLinks: Token[] = [];

  private readonly text: string;
  private readonly tokens: readonly Token[];
  private readonly lower: readonly string[];

  /** Phrases run over the canonical text (normalize.ts); matches are mapped back to the original. */
  constructor(
    private readonly original: string,
    private readonly norm: Normalized,
    private readonly phrases: PhraseBook,
  ) {
    this.text = norm.text;
    this.tokens = norm.tokens;
    this.lower = norm.lower;
    for (const t of this.tokens) {
      if (t.type === 'word' || t.type === 'emoji') continue;
      this.skipAll.push(t);
      if (t.type !== 'hashtag') this.skipNoTags.push(t);
      if (t.type !== 'mention') this.skipNoMentions.push(t);
      if (t.type !== 'hashtag' && t.type !== 'mention') this.skipLinks.push(t);
    }
  }

  toOriginal(m: PhraseMatch): PhraseMatch {
    const start = toOriginal(this.norm, m.start, false);
    const end = toOriginal(this.norm, m.end, true);
    return { start, end, text: this.original.slice(start, end) };
  }

  private leadStarts: number[] | null = null;

  private sentenceStarts(starts: Starts): number[] {
    return (this.leadStarts ??= nearSentenceStart(this.text, starts));
  }

  find(key: PhraseKey): PhraseMatch[] {
    const slot = KEY_INDEX.get(key)!;
    let found = this.cache[slot];
    if (!found) {
      this.starts ??= startPositions(this.text, this.tokens, this.lower);
      let matches: PhraseMatch[];
      if (key === 'teaserLead') matches = matchList(this.phrases[key], this.text, this.starts, this.sentenceStarts(this.starts));
      else if (ON_DEMAND_KEYS.has(key)) matches = matchList(this.phrases[key], this.text, this.starts);
      else {
        this.all ??= matchAll(this.phrases.combined, this.text, this.starts);
        matches = this.all[slot]!;
      }
      const tags = IN_HASHTAGS.has(key);
      const mentions = WITH_MENTIONS.has(key);
      const skip = tags && mentions ? this.skipLinks : tags ? this.skipNoTags : mentions ? this.skipNoMentions : this.skipAll;
      found = outside(matches, skip);
      if (this.norm.changed && found.length > 0) found = found.map(backTo, this);
      const over = found.length > 0 ? YIELDS_TO.get(key) : undefined;
      if (over) {
        const longer = over.flatMap((k) => this.find(k));
        if (longer.length > 0) found = found.filter((m) => !longer.some((n) => n.start <= m.start && m.end <= n.end));
      }
      this.cache[slot] = found;
    }
    return found;
  }
}

function backTo(this: PhraseFinder, m: PhraseMatch): PhraseMatch {
  return this.toOriginal(m);
}

/** A sentence's first words lie within this many characters of its start ("RT @x: VIDEO: 17 things..."). */
const LEAD_REACH = 40;
/** . ! ? … : and line breaks end a sentence, or its label ("VIDEO:"). */
function isBreak(code: number): boolean {
  return code === 46 || code === 33 || code === 63 || code === 58 || code === 10 || code === 0x2026;
}

/** The indexes of the starts that lie near the start of a sentence: after a break, or at the start of the text. */
function nearSentenceStart(text: string, starts: Starts): number[] {
  // Sized for every start and cut to length at the end: grown start by start, it was copied a few times over.
  const out = new Array<number>(starts.at.length);
  let count = 0;
  let lastBreak = 0;
  let scanned = 0;
  for (let s = 0; s < starts.at.length; s++) {
    const at = starts.at[s]!;
    for (; scanned < at; scanned++) if (isBreak(text.charCodeAt(scanned))) lastBreak = scanned;
    if (at - lastBreak <= LEAD_REACH) out[count++] = s;
  }
  out.length = count;
  return out;
}

/** Whether the post sits in someone else's thread or page: a reply, or any comment on a comments-only site (YouTube). */
export function inSomeonesThread(context: CheckContext): boolean {
  return (context.reply ?? false) || platformFacts(context.platform ?? 'other').commentsOnly === true;
}

/**
 * The words as word lists look them up: canonical, except a word that stands for two keeps its written form. Most
 * posts have no such word, and then the canonical words serve as they are (neither array is changed after this)
 * rather than a copy made on every check.
 */
function wordListForms(canonical: string[], written: readonly string[]): string[] {
  let i = 0;
  while (i < canonical.length && !canonical[i]!.includes(' ')) i++;
  if (i === canonical.length) return canonical;
  return canonical.map((w, k) => (w.includes(' ') ? written[k]! : w));
}

export function ruleInput(text: string, context: CheckContext = {}): RuleInput {
  const now = context.now ?? Date.now();
  const doc = parse(text, 'en');
  const linksJoined = joinHiddenLinks(doc);
  const ids = wordIds(doc.words);
  const written = ids ? ids.map(listFormOf) : doc.words.map((w) => listForm(w.text));
  doc.lang = context.lang ?? detectLang(doc.words, written, ids);
  const norm = normalize(doc, written, doc.lang, linksJoined, ids);
  // Word lists look words up in their canonical form ("u" → you); a word that stands for two keeps its own.
  const lower = wordListForms(norm.words, written);
  const phrases = phraseBook(doc.lang);
  const finder = new PhraseFinder(text, norm, phrases);
  const find = finder.find.bind(finder);
  const reply = context.reply ?? false;
  const evidence = buildEvidence(doc, phrases, find, lower, context.own?.domains, reply, norm.words, inSomeonesThread(context));
  return new CheckInput(text, doc, context, phrases, historyIndex(context.history, now), evidence, now, find);
}

/**
 * A class rather than an object literal with a `get model()`: a literal's getter is a fresh closure per check, and V8
 * gives each such object a hidden class of its own that holds the closure from old space, so every check's words
 * and tokens outlived the next young-generation collections (measured: ~2.3 MB copied per scavenge at 3,000 ch).
 */
class CheckInput implements RuleInput {
  readonly signals: GiveSignal[];
  readonly sensitivity: Sensitivity;
  private scored: ModelScore | null = null;

  constructor(
    private readonly text: string,
    readonly doc: Doc,
    readonly ctx: CheckContext,
    readonly phrases: PhraseBook,
    readonly history: HistoryIndex | null,
    readonly evidence: Evidence,
    readonly now: number,
    readonly find: (key: PhraseKey) => PhraseMatch[],
  ) {
    this.signals = evidence.signals;
    this.sensitivity = ctx.sensitivity ?? 'normal';
  }

  get model(): ModelScore {
    return (this.scored ??= score(this.text, this.doc.tokens));
  }
}
