// The person's earlier posts as compact fingerprints, indexed for sublinear lookup: MinHash/LSH bands for
// near-duplicates, content words for rewordings, and exact keys for short posts, links and hashtag sets.
//
// A composer tab holds the index for every post it may compare against, so it keeps no object per post: times,
// sites, 16-bit signature values and content words live in typed arrays, and every key in one sorted Postings.
import { DAY_MS } from '../model/time';
import { canonicalUrl } from './links';
import { LEXICONS } from './phrases/book';
import { SAYS_NOTHING } from './phrases/concepts';
import { Postings } from './postings';
import {
  bandKeys,
  CHANGE_WORDS,
  contentWords,
  DATE_WORDS,
  DIGIT_TENS,
  estimateJaccard,
  fnv1a,
  isScore,
  lastStance,
  isNegated,
  MIN_SHINGLE_CHARS,
  negatedBase,
  normalize,
  signature,
  SIGNATURE_SCHEME,
  STANCE,
  TURN_OF,
  SIGNATURE_SIZE,
  WORD_CLASS,
  WORD_SCHEME,
  wordWeight,
} from './similarity';
import { inOrder, tokenize, type Token } from './text';
import type { Platform } from './types';

/** What the background stores per post and hands to content scripts. Plain data, structured-clone safe. */
export interface Fingerprint {
  id: string;
  time: number;
  /** MinHash signature of the normalised text (64 values). */
  sig: number[];
  /** How `sig` was computed (similarity.ts SIGNATURE_SCHEME); absent on fingerprints from before schemes were recorded. */
  scheme?: number;
  /** Hash of the whole normalised text, for short posts. */
  exact: number;
  /** Normalised length; short posts compare by `exact` only. */
  length: number;
  links: string[];
  /** Sorted lower-case hashtags joined by a space; '' when none. */
  tags: string;
  /** The start of the post, when the person keeps full text. */
  preview?: string;
  /**
   * Sorted hashes of the post's content words (similarity.ts contentWords), for rewordings that share few character
   * runs. Compared only when `wordScheme` is WORD_SCHEME; older fingerprints take part in the other checks.
   */
  words?: number[];
  /** How `words` was computed; absent on fingerprints made before content words had classes (scheme 1). */
  wordScheme?: number;
  /** Where the post was published, so a hint can say "your post on LinkedIn". Absent on older fingerprints. */
  site?: Platform;
}

/** What a hint may say about an earlier post. */
export interface PastPost {
  time: number;
  site?: Platform;
  preview?: string;
}

/** An earlier post that carried a link, with how many content words a new post with the link adds to it. */
export interface LinkShare extends PastPost {
  newWords: number;
  likeness: number;
}

export interface Match {
  post: PastPost;
  /** Estimated Jaccard of character 5-grams (near-duplicates) or weighted share of content words (rewordings). */
  similarity: number;
  /** Content words both posts share (rewordings only; 0 for near-duplicates). */
  sharedWords: number;
}

/** Sorted distinct lower-case hashtags (without #) joined by a space: the same set written in any order. */
export function hashtagKey(text: string | readonly Token[]): string {
  const tokens = typeof text === 'string' ? tokenize(text) : text;
  const tags = new Set<string>();
  for (const t of tokens) if (t.type === 'hashtag') tags.add(t.text.slice(1).toLowerCase());
  return tags.size === 0 ? '' : inOrder([...tags], byCodeUnits).join(' ');
}

/** The default sort's order for strings, as a comparator inOrder can use. */
const byCodeUnits = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** Canonical forms of the post's links, found the same way the checker finds them (with or without a scheme). */
export function canonicalLinks(text: string | readonly Token[]): string[] {
  const tokens = typeof text === 'string' ? tokenize(text) : text;
  return [...new Set(tokens.filter((t) => t.type === 'url').map((t) => canonicalUrl(t.text)))];
}

/**
 * Function words of every language we know (fingerprints are made without knowing the post's language), and the
 * words that say nothing of a message (phrases/concepts.ts SAYS_NOTHING).
 */
let stopWords: ReadonlySet<string> | null = null;
function allStopWords(): ReadonlySet<string> {
  stopWords ??= new Set(
    [...Object.values(LEXICONS).flatMap((l) => l.words.stop), ...Object.values(SAYS_NOTHING).flat()].map((w) => w.toLowerCase().replace(/’/g, "'")),
  );
  return stopWords;
}

/**
 * A post that ends on a question ("Why does the new bike lane end before the school?", "Vocês acharam melhor?"),
 * whatever trails it (emoji, hashtags, handles, links).
 */
const ENDS_ASKING_RE = /[?？][\s\p{P}\p{S}\p{Extended_Pictographic}]*(?:[#@][\p{L}\p{N}_]+[\s\p{P}\p{S}\p{Extended_Pictographic}]*)*$/u;

/**
 * Whether the question the post ends on has at least ASKING_WORDS words: a question about something ("Why does the
 * bike lane end before the school?"), not a call to answer ("Interested?", "¿Te interesa?", "thoughts?") that a
 * rewording of a job ad or a plug ends on as often as the post it repeats.
 */
const ASKING_WORDS = 4;
function asksAboutSomething(text: string): boolean {
  let end = Math.max(text.lastIndexOf('?'), text.lastIndexOf('？'));
  // "happen in downtown san diego??", "who won?!?": the question is the words before the whole run of marks.
  while (end > 0 && '?？!'.includes(text[end - 1]!)) end--;
  let start = end - 1;
  while (start >= 0 && !'.!?\n¡¿:'.includes(text[start]!)) start--;
  return (text.slice(start + 1, end).match(/\p{L}+/gu)?.length ?? 0) >= ASKING_WORDS;
}

/**
 * Stands among a post's content words (the smallest hash, so always kept) when it ends on a question: a question
 * about what an earlier post stated is another message (ASK_MARGIN). It weighs nothing and is never a lookup key.
 */
export const ASKS_WORD = 4;

/**
 * A post that opens on a question word and a verb asks, with or without its question mark ("how did alcaraz lose that
 * final after saving three championship points, someone explain", "why is nobody talking about…", "por qué nadie
 * habla de…", "warum redet keiner über…", "pourquoi personne ne parle de…", "por que ninguém fala de…"): tweets drop
 * the mark. Only at the start, and only words that challenge what happened: not a hook a repost opens on ("Did anyone
 * find a black wallet…?", "¿Te gusta cantar?", "How do you…"), nor "how to" or "who won", which open headlines. A
 * doubt opens so too: "did X really/actually…", "¿de verdad…", "¿en serio…", "stimmt es…", "hat X wirklich…",
 * "est-ce que X a vraiment…", "será que…", "é verdade que…" ask whether what an earlier post stated happened ("Did the
 * ramen place from the TikTok actually get a Michelin star? cant find it" after "…got its first Michelin star"),
 * whatever follows the question.
 */
const OPENS_ASKING_RE =
  /^\s*(?:how (?:did|is|are|was|were|has|on earth|tf|the hell)|why|wait how|is it true|por qu[eé] |c[oó]mo es (?:posible|que)|warum|wieso|weshalb|pourquoi|comment (?:ça|ca|se fait)|como assim|como [eé] que|(?:did|has|have|is|was) [^.?!\n]{1,60}? (?:really|actually)|¿?\s*(?:de verdad|en serio|es verdad que)|stimmt es|ist es wahr|(?:hat|haben|ist) [^.?!\n]{1,60}? wirklich|est-ce que [^.?!\n]{1,60}? vraiment|c'est vrai que|será que|é verdade que)\b/iu;

/**
 * Stands among a post's content words (right after ASKS_WORD) when a clause of it turns against what came before
 * (", but", "; however", ", pero", ", aber", ", mais", ", mas", ", porém"): a qualification added to what an earlier
 * post stated ("free on the first Sunday, but you now need to book", "raising prices in Canada, but not in the US")
 * is news about it (ASK_MARGIN). Only after a comma, semicolon, dash or sentence end, where it opens a clause: "más"
 * typed without its accent is no contrast. Weighs nothing and is never a lookup key. Mid-sentence, without the comma
 * tweets drop, "but" and "pero" open a clause when a number or a word of negation, restriction or loss follows ("uk
 * gets nul points from the juries but 23 in the televote", "ganó el partido pero no el título"); "aber", "mais", "mas"
 * are left to the comma ("aber" is also a particle, "mais" Portuguese "more", "mas" a "más" typed without its accent).
 * A concession anywhere ("despite", "a pesar de", "trotz", "malgré", "apesar de") turns too: "no flights cancelled
 * despite the strike" after "400 flights cancelled due to the strike" says the opposite of the same words.
 */
export const CONTRASTS_WORD = 8;
const CONTRASTS_RE = /(?:^|[,;.!:\u2013\u2014-]\s*)(?:but|however|pero|sin embargo|aber|jedoch|mais|cependant|toutefois|mas|porém|no entanto|contudo)\b|(?<=\p{L} )(?:but (?=\d|only\b|not\b|still\b|no\b|lost\b|missed\b|failed\b)|pero (?=\d|no\b|solo\b|sólo\b|aún\b|sigue\b|perdi))|(?<!\p{L})(?:despite|in spite of|a pesar de|pese a|trotz|malgré|apesar d[aeo]s?)(?!\p{L})/iu;
const MAY_CONTRAST_RE = /but|howev|pero|embargo|aber|jedoch|mais|cependant|toutefois|mas|por[eé]m|entanto|contudo|despite|spite|pesar|pese|trotz|malgr/i;

/**
 * Stand among a post's content words (after CONTRASTS_WORD) when it hedges a claim (phrases/concepts.ts HEDGES: a
 * rumour, a poll, what could happen), judges it (JUDGES: an opinion, disbelief) or denies it (DENIALS). On a trend
 * every post names the same people; what one says of them is a stance, and a post that takes one the other does
 * not (either way round: the rumour and its confirmation, the result and a reaction to it) is another message
 * (ASK_MARGIN, as a question); a denial against a claim is a turn. Weigh nothing and are never lookup keys.
 */
export const HEDGES_WORD = 12;
export const JUDGES_WORD = 16;
export const DENIES_WORD = 20;
/**
 * Stands among a post's content words (after DENIES_WORD) when it holds a word of negation ("no", "not", "nicht",
 * "pas", "não": similarity.ts NEGATORS). A denial is a turn only against a post that negates nothing: "Rockstar
 * confirms GTA 6 will not be released in 2025" and "no gta 6 this year, rockstar confirmed it" say one thing, one
 * with a denial's words and one with a bare "no". Weighs nothing, is never a lookup key, and alone parts nothing.
 */
export const NEGATES_WORD = 24;
/**
 * Stands among a post's content words (after NEGATES_WORD) when it tells a party's answer to what happened
 * (phrases/concepts.ts RESPONSES: an apology, an appeal, a lawsuit, a refund, blame): a stance, counted whichever
 * post holds it alone ("carlsen apologised for slamming the table" after "Magnus Carlsen slammed the table").
 */
export const RESPONDS_WORD = 28;

/** Markers are the smallest hashes: ASKS_WORD, CONTRASTS_WORD, HEDGES_WORD, JUDGES_WORD, DENIES_WORD, NEGATES_WORD, then the words. */
const isMarker = (w: number) =>
  w === ASKS_WORD ||
  w === CONTRASTS_WORD ||
  w === HEDGES_WORD ||
  w === JUDGES_WORD ||
  w === DENIES_WORD ||
  w === NEGATES_WORD ||
  w === RESPONDS_WORD;
/** Words that weigh nothing and are never lookup keys: the markers, and negated words (similarity.ts negatedWord). */
const weightless = (w: number) => isMarker(w) || isNegated(w);
/** The stance markers, which count whichever post holds them alone. */
const isStance = (w: number) => w === HEDGES_WORD || w === JUDGES_WORD || w === RESPONDS_WORD;


/**
 * The post's content words (similarity.ts contentWords) with every language's function words left out, led by
 * ASKS_WORD when it ends on a question and CONTRASTS_WORD when a clause turns against another.
 */
export function contentWordHashes(text: string): number[] {
  const words = contentWords(text, allStopWords());
  const asks = ((text.includes('?') || text.includes('？')) && ENDS_ASKING_RE.test(text) && asksAboutSomething(text)) || OPENS_ASKING_RE.test(text);
  const contrasts = MAY_CONTRAST_RE.test(text) && CONTRASTS_RE.test(text);
  // contentWords read the stance on its way (similarity.ts lastStance).
  const stance = lastStance.bits;
  const hedges = (stance & STANCE.hedges) !== 0;
  const judges = (stance & STANCE.judges) !== 0;
  const denies = (stance & STANCE.denies) !== 0;
  const negates = (stance & STANCE.negates) !== 0;
  const responds = (stance & STANCE.responds) !== 0;
  if (!asks && !contrasts && !hedges && !judges && !denies && !negates && !responds) return words;
  const rest = words.filter((w) => !isMarker(w));
  const markers: number[] = [];
  if (asks) markers.push(ASKS_WORD);
  if (contrasts) markers.push(CONTRASTS_WORD);
  if (hedges) markers.push(HEDGES_WORD);
  if (judges) markers.push(JUDGES_WORD);
  if (denies) markers.push(DENIES_WORD);
  if (negates) markers.push(NEGATES_WORD);
  if (responds) markers.push(RESPONDS_WORD);
  return [...markers, ...rest];
}

/** The text with its links and e-mail addresses blanked: their parts ("amzn", "tag=20") are not what a post says. */
function withoutLinks(text: string, tokens: readonly Token[]): string {
  let out = '';
  let from = 0;
  for (const t of tokens) {
    if (t.type !== 'url' && t.type !== 'email') continue;
    out += `${text.slice(from, t.start)} `;
    from = t.end;
  }
  return from === 0 ? text : out + text.slice(from);
}

/** A text prepared once for every kind of lookup, computing each part only when asked. */
export class Probe {
  readonly norm: string;
  private sigValue: Uint32Array | null = null;
  private wordsValue: number[] | null = null;

  /** `tokens`: the text's tokens when the caller has them (links are found the way the checker finds them). */
  constructor(
    readonly text: string,
    private readonly tokens?: readonly Token[],
  ) {
    this.norm = normalize(text);
  }

  get sig(): Uint32Array {
    return (this.sigValue ??= signature(this.norm));
  }

  get words(): number[] {
    return (this.wordsValue ??= contentWordHashes(withoutLinks(this.text, this.tokens ?? tokenize(this.text))));
  }
}

/**
 * The probe of a check's text, made once per token list: near-duplicate and repeated-link both compare the post with
 * history, and each building its own probe cost a second normalisation and word list on every post with a link.
 */
export function probeOf(text: string, tokens: readonly Token[]): Probe {
  // One entry, the check under way's: a WeakMap entry per check made every young-generation collection walk them.
  if (lastProbe.tokens !== tokens || lastProbe.probe?.text !== text) {
    lastProbe.tokens = tokens;
    lastProbe.probe = new Probe(text, tokens);
  }
  return lastProbe.probe!;
}
const lastProbe: { tokens: readonly Token[] | null; probe: Probe | null } = { tokens: null, probe: null };

export function fingerprint(text: string, id: string, time: number, keepPreview = true, site?: Platform): Fingerprint {
  const tokens = tokenize(text);
  const probe = new Probe(text, tokens);
  const fp: Fingerprint = {
    id,
    time,
    sig: Array.from(probe.sig),
    scheme: SIGNATURE_SCHEME,
    exact: fnv1a(probe.norm),
    length: probe.norm.length,
    links: canonicalLinks(tokens),
    tags: hashtagKey(tokens),
    words: probe.words,
    wordScheme: WORD_SCHEME,
  };
  if (site) fp.site = site;
  if (keepPreview) fp.preview = text.trim().slice(0, 140);
  return fp;
}

/** A rewording shares at least this many content words: fewer is an opener ("Great question!") or a topic. */
export const MIN_SHARED_WORDS = 3;
/**
 * ...of at least this weight: three plain words ("great team offsite") are small talk on one subject; a fourth word,
 * a number or a name (1.5) makes them a message: "tlou season 2 coming april" after "The Last of Us season 2 premieres
 * in April", "shakira y piqué se separan" after "Shakira y Piqué confirman su separación" (3.5; at 4 a name was not
 * enough, and trending-topic retellings in lower case were missed). A post lighter than this counts when the other holds every word of it
 * ("Neymar volta ao Santos", then "neymar de volta ao santos, é oficial").
 */
export const MIN_SHARED_WEIGHT = 3.5;
/**
 * Three shared plain words lighter than MIN_SHARED_WEIGHT ("chatgpt is down lol, millions affected" after "ChatGPT is
 * down for millions of users", "deutschland wieder letzter beim esc" after "ESC: Deutschland landet auf dem letzten
 * Platz") count when they are most of what the two short posts say: the bar is this much higher. 0.1: at 0.08 three
 * everyday words of small talk ("Great team offsite this week." after "Our team offsite in Lisbon was great, thank you
 * everyone who organised it.", 0.40) passed.
 */
export const LIGHT_MARGIN = 0.1;
/**
 * A post that brings a number the earlier one did not have ("1,200 visitors", "32 adopted") is usually news about
 * the same thing; it needs this much more overlap to count as the same message.
 */
export const NEW_NUMBER_MARGIN = 0.1;
/**
 * ...and this much when the earlier post also had a number this one drops, or each names a day or month the other
 * does not (similarity.ts DATE_WORDS): another number or date in place of the first (a new count, a new price, the
 * next event) is the same template with other facts ("Adoption fair Saturday, 9h to 14h" and then "32 dogs and cats
 * adopted on Saturday!"; "free flu shots this Saturday" and then "free blood pressure checks next Wednesday"). On the
 * authored pairs no rewording swapped a number or a day (they keep it, or drop it, or add one), while a dozen
 * different messages on one topic swapped each. 0.3 rather than 0.2: the same template with the next count keeps
 * every other word ("Day 12 of learning Spanish on Duolingo" and then "Day 13 of learning Spanish on Duolingo",
 * measured 0.55); the one swapping repeat in the corpora (a weekly bake post on another day) measured 0.78.
 */
export const SWAP_MARGIN = 0.3;

/**
 * A near copy (character 5-grams) with a number swapped for another is the same template with other facts ("Day 13
 * of…" after "Day 12 of…") below this likeness; above it, a pasted post with one figure changed is still the post.
 */
export const SWAPPED_COPY = 0.8;

/**
 * A post that says a state changed where the earlier one named no such state ("Power is back across downtown Austin"
 * after "Power is out across downtown Austin", "Der GDL-Streik ist abgesagt" after "Morgen streikt die GDL", "Linda
 * Yaccarino has stepped down as CEO" after "Twitter's new CEO is Linda Yaccarino"): a word of the later side of a
 * turn (phrases/concepts.ts CHANGES) of which the earlier post holds neither side is a follow-up, and needs this much
 * more overlap to count as the same message.
 */
export const CHANGE_MARGIN = 0.15;

/**
 * A post that ends on a question where the earlier one stated ("Why does the new Main Street bike lane the council
 * approved end two blocks before the school?" after "The city council approved a new bike lane on Main Street"), or
 * adds a clause that turns against the rest (CONTRASTS_WORD: "…free on the first Sunday, but since May you must book"),
 * asks about it or qualifies it: another message, which needs this much more overlap. Both asking, or both saying
 * "but", is no reason. 0.3, as much as a swapped number: at 0.2 "The museum is free on the first Sunday of every
 * month, but you now need to book a timed ticket online" (0.52) still passed; no repeat in the corpora has a marker
 * the earlier post lacks. 0.6 since the rw22 pairs: trending-topic posts that keep nearly every word and add only the
 * stance ("Borderlands cost $110M to make and will make maybe $4M on opening day" after "…and made $4M…", 0.83; "Prix
 * Nobel de littérature : Annie Ernaux favorite des bookmakers" after "…pour Annie Ernaux", 0.64) passed at 0.3;
 * at 0.6 only a near copy with a stance added counts, and no corpus lost a repeat.
 */
export const ASK_MARGIN = 0.6;

/** Keys of different kinds never meet: each kind salts its hashes. */
const SALT = { band: 0x1b873593, exact: 0x2c1b3c6d, word: 0x297a2d39, link: 0x6b43a9b5, tags: 0x7feb352d } as const;
const keyOf = (salt: number, h: number) => (Math.imul((h ^ salt) >>> 0, 0x9e3779b1) ^ salt) >>> 0;

/** A site as one byte (0: unknown). */
const SITES: readonly (Platform | undefined)[] = [
  undefined, 'x', 'linkedin', 'facebook', 'threads', 'instagram', 'bluesky', 'mastodon', 'reddit', 'youtube', 'other',
];
/** Hints quote this much of an earlier post; the index keeps no more. */
const PREVIEW_CHARS = 80;

/** Per-post flags. */
const COMPARABLE_SIG = 1;
const COMPARABLE_WORDS = 2;

/**
 * How much a word shared with an earlier post counts, by how many of the person's posts use it: words of their
 * everyday topic ("React" for a React developer) say less about one message than rare ones.
 */
function rarity(postsWithWord: number, posts: number): number {
  const everyday = Math.max(3, posts / 50);
  if (postsWithWord <= everyday) return 1;
  return Math.max(0.25, 1 - Math.log(postsWithWord / everyday) / Math.log(50));
}

/**
 * A string that owns its characters. A slice may keep the whole string it was cut from alive (a preview cut from
 * the text of a post kept the post), so the index stores copies.
 */
function copyOf(text: string): string {
  const units: number[] = [];
  for (let i = 0; i < text.length; i++) units.push(text.charCodeAt(i));
  return String.fromCharCode(...units);
}

function grow<T extends Float64Array | Uint32Array | Uint8Array>(array: T, need: number): T {
  if (need <= array.length) return array;
  // Grow by a quarter: the index is mostly built once, and doubling would leave up to half of it empty.
  const bigger = new (array.constructor as new (n: number) => T)(Math.max(need, Math.ceil(array.length * 1.25) + 64));
  bigger.set(array);
  return bigger;
}

const newestFirst = (a: PastPost, b: PastPost) => b.time - a.time;
const mostSimilarFirst = (a: Match, b: Match) => b.similarity - a.similarity || b.post.time - a.post.time;

/** How much of a query one earlier post holds (HistoryIndex.overlap). */
interface Overlap {
  /** Weight of the shared words, of the query's, of the other post's. */
  shared: number;
  query: number;
  other: number;
  /** How many words are shared. */
  count: number;
  newNumber: boolean;
  droppedNumber: boolean;
  newDate: boolean;
  droppedDate: boolean;
  /** The query holds one side of a turn and the other post only the other side. */
  turn: boolean;
  /** The query holds the later side of a turn (CHANGE_WORDS) of which the other post holds neither side. */
  change: boolean;
  /**
   * The query ends on a question, or turns a clause against another, and the other post does not (ASKS_WORD,
   * CONTRASTS_WORD); or one of the two hedges or judges and the other does not (HEDGES_WORD, JUDGES_WORD).
   */
  asks: boolean;
  /** Each gives a score or span the other does not ("2-3" after "3-1"): another result. */
  otherResult: boolean;
  /** How many kinds of marker one of the two holds alone (a question and an opinion: 2); ASK_MARGIN each. */
  apart: number;
}
/** `overlap`'s answer, one object reused from call to call (read before the next call; lookups are synchronous). */
const lastOverlap: Overlap = {
  shared: 0, query: 0, other: 0, count: 0, newNumber: false, droppedNumber: false, newDate: false, droppedDate: false, turn: false, change: false, asks: false, otherResult: false, apart: 0,
};

/** `reworded`'s per-word weights, reused from lookup to lookup (lookups are synchronous). */
let queryWeights = new Float64Array(64);
/** `similar`'s low signature bytes, reused likewise (a lookup never starts another). */
const lowBytes = new Uint8Array(SIGNATURE_SIZE);
/** Numbers and one-digit numbers only one of two posts gives (overlap), reused from call to call. */
const scratch = {
  newDigits: [] as number[],
  droppedDigits: [] as number[],
  newNumbers: [] as number[],
  droppedNumbers: [] as number[],
  newNegated: [] as number[],
  droppedNegated: [] as number[],
  sharedPlain: [] as number[],
};


/**
 * Whether a one-digit number of one post stands where the other post has it times ten or a hundred (DIGIT_TENS).
 * Plain loops, and nothing to do unless both lists hold something: this runs for every candidate of a lookup.
 */
function timesTen(digits: readonly number[], numbers: readonly number[]): boolean {
  if (digits.length === 0 || numbers.length === 0) return false;
  for (const digit of digits) {
    for (const scaled of DIGIT_TENS.get(digit)!) if (numbers.includes(scaled)) return true;
  }
  return false;
}

export class HistoryIndex {
  private count = 0;
  private times = new Float64Array(0);
  private sites = new Uint8Array(0);
  private flags = new Uint8Array(0);
  /**
   * The low byte of each signature value, SIGNATURE_SIZE per post (b-bit MinHash): two posts agree on a byte when
   * they agree on the value, and otherwise by chance 1 time in 256, which `agreement` takes back out.
   */
  private sigs = new Uint8Array(0);
  /** Content words of all posts end to end; post i's are wordsAt[i]..wordsAt[i + 1]. */
  private words = new Uint32Array(0);
  private wordsAt = new Uint32Array(1);
  private wordCount = 0;
  private readonly previews: (string | undefined)[] = [];
  private readonly keys = new Postings();

  static fromTexts(texts: readonly string[], now = Date.now()): HistoryIndex {
    // Given newest first (corpus schema); a day apart so "when" reads sensibly.
    return HistoryIndex.from(texts.map((t, i) => fingerprint(t, `h${i}`, now - (i + 1) * DAY_MS)));
  }

  /** An index of many fingerprints at once: their keys are sorted in one go rather than merged in as they come. */
  static from(fingerprints: Iterable<Fingerprint>): HistoryIndex {
    const index = new HistoryIndex();
    for (const fp of fingerprints) index.file(fp);
    index.keys.settle();
    return index;
  }

  get size(): number {
    return this.count;
  }

  /** Adds one more post (one just published). */
  add(fp: Fingerprint): void {
    this.file(fp);
    this.keys.settleIfLong();
  }

  private file(fp: Fingerprint): void {
    const at = this.count++;
    this.times = grow(this.times, this.count);
    this.sites = grow(this.sites, this.count);
    this.flags = grow(this.flags, this.count);
    this.sigs = grow(this.sigs, this.count * SIGNATURE_SIZE);
    this.wordsAt = grow(this.wordsAt, this.count + 1);
    this.times[at] = fp.time;
    this.sites[at] = Math.max(0, SITES.indexOf(fp.site));
    if (fp.preview) this.previews[at] = copyOf(fp.preview.slice(0, PREVIEW_CHARS + 1));

    this.keys.add(keyOf(SALT.exact, fp.exact), at);
    let flags = 0;
    if (fp.scheme === SIGNATURE_SCHEME && fp.sig.length === SIGNATURE_SIZE) {
      flags |= COMPARABLE_SIG;
      for (let i = 0; i < SIGNATURE_SIZE; i++) this.sigs[at * SIGNATURE_SIZE + i] = fp.sig[i]! & 0xff;
      if (fp.length >= MIN_SHINGLE_CHARS) for (const key of bandKeys(fp.sig)) this.keys.add(keyOf(SALT.band, key), at);
    }
    if (fp.wordScheme === WORD_SCHEME && fp.words && fp.words.length >= MIN_SHARED_WORDS) {
      flags |= COMPARABLE_WORDS;
      this.words = grow(this.words, this.wordCount + fp.words.length);
      for (const w of fp.words) {
        this.words[this.wordCount++] = w;
        if (!weightless(w)) this.keys.add(keyOf(SALT.word, w >>> 2), at);
      }
    }
    this.wordsAt[at + 1] = this.wordCount;
    this.flags[at] = flags;
    for (const link of fp.links) this.keys.add(keyOf(SALT.link, fnv1a(link)), at);
    if (fp.tags) this.keys.add(keyOf(SALT.tags, fnv1a(fp.tags)), at);
  }

  /** Earlier posts at least `threshold` similar to `text` (estimated Jaccard of character 5-grams), most similar first. */
  similar(text: string | Probe, threshold: number): Match[] {
    const probe = typeof text === 'string' ? new Probe(text) : text;
    const norm = probe.norm;
    if (norm.length === 0) return [];
    const found = new Map<number, number>();
    this.keys.forEach(keyOf(SALT.exact, fnv1a(norm)), (at) => found.set(at, 1));
    if (norm.length >= MIN_SHINGLE_CHARS) {
      const sig = probe.sig;
      const low = lowBytes;
      for (let i = 0; i < SIGNATURE_SIZE; i++) low[i] = sig[i]! & 0xff;
      // One callback for all the bands: written inside the loop, a closure was allocated per band on every check.
      const compare = (at: number) => {
        if (found.has(at)) return;
        // Read in place: a subarray per candidate was a typed-array view allocated for each.
        const agreement = estimateJaccard(low, this.sigs, at * SIGNATURE_SIZE);
        found.set(at, Math.max(0, (agreement - 1 / 256) / (1 - 1 / 256)));
      };
      for (const key of bandKeys(sig)) this.keys.forEach(keyOf(SALT.band, key), compare);
    }
    // A near copy that turns the earlier post's state ("Found: grey cat…" after "Lost: grey cat…") is news too, and
    // so is a template filled with another number ("Jour 13 à apprendre l'espagnol" after "Jour 12…") short of
    // SWAPPED_COPY; one that adds a question or a "but" is left to the content words (reworded).
    for (const [at, similarity] of found) if (similarity >= threshold && similarity < 1 && this.turned(probe.words, at, similarity)) found.delete(at);
    return this.ranked(found, threshold);
  }

  /**
   * Whether the query holds one side of a turn (similarity.ts TURN_OF) and post `at` only the other, or (below
   * SWAPPED_COPY) puts a number of its own where post `at` had another, or asks about it or qualifies it where post
   * `at` did neither (ASKS_WORD, CONTRASTS_WORD): then the content words decide, with their margins.
   */
  private turned(query: readonly number[], at: number, similarity = 1): boolean {
    if (!(this.flags[at]! & COMPARABLE_WORDS)) return false;
    // Whether it turns does not depend on the weights: reworded's buffer serves, whatever it holds.
    if (queryWeights.length < query.length) queryWeights = new Float64Array(query.length * 2);
    const overlap = this.overlap(query, queryWeights, at, true);
    return overlap.turn || (similarity < SWAPPED_COPY && ((overlap.newNumber && overlap.droppedNumber) || overlap.asks));
  }

  /**
   * Earlier posts that say the same message in other words: the weighted share of content words both hold
   * (numbers and names weigh more, words of the person's everyday topics less) is at least `threshold`, they share
   * at least MIN_SHARED_WORDS, and a new number in `text` raises the bar by NEW_NUMBER_MARGIN (SWAP_MARGIN when
   * the earlier post had a number `text` does not, or each names a day the other does not). Words found in many
   * posts are skipped while gathering candidates, so the lookup stays sublinear.
   */
  reworded(text: string | Probe, threshold: number): Match[] {
    const query = (typeof text === 'string' ? new Probe(text) : text).words;
    if (query.length < MIN_SHARED_WORDS || this.count === 0) return [];
    const gatherAtMost = Math.max(64, this.count / 20);
    // Each query word's weight, scaled by how everyday it is in this history (in a reused buffer: a fresh typed
    // array per check was most of this lookup's own time).
    if (queryWeights.length < query.length) queryWeights = new Float64Array(query.length * 2);
    const weights = queryWeights;
    const shared = new Map<number, number>();
    // One callback for all the words (inside the loop, a closure was allocated per query word on every check).
    const countShared = (at: number) => shared.set(at, (shared.get(at) ?? 0) + 1);
    for (let i = 0; i < query.length; i++) {
      if (weightless(query[i]!)) {
        weights[i] = 0;
        continue;
      }
      const n = this.keys.forEachUpTo(keyOf(SALT.word, query[i]! >>> 2), gatherAtMost, countShared);
      weights[i] = wordWeight(query[i]!) * rarity(n, this.count);
    }
    const found = new Map<number, number>();
    const sharedWords = new Map<number, number>();
    // Only a query with a word of a turn can turn an earlier post: most look for none.
    const mayTurn = query.some((w) => TURN_OF.has(w >>> 2));
    for (const [at, n] of shared) {
      if (n < 2 || !(this.flags[at]! & COMPARABLE_WORDS)) continue;
      const overlap = this.overlap(query, weights, at, mayTurn);
      // "Reopened" where the earlier post said "closed", "found" where it said "lost": news about the same thing.
      // Another score of the same match ("gana 2-3" after "ganó 3-1", "1-1 at half time" after "4-1"): another
      // result, however many names and words the two share. A rewording keeps the score, or writes it in words.
      if (overlap.turn || overlap.otherResult) continue;
      // The weight bar is never more than the lighter post's whole weight: a short post ("Neymar volta ao Santos")
      // all of whose content words the other holds says nothing else.
      // Three plain words short of that weight are a message when they are most of what both say (LIGHT_MARGIN).
      if (overlap.count < MIN_SHARED_WORDS) continue;
      const light = overlap.shared < Math.min(MIN_SHARED_WEIGHT, overlap.query, overlap.other);
      // ...whole words: three of the person's everyday words (weighed down by rarity) are still no message.
      if (light && overlap.shared < MIN_SHARED_WORDS) continue;
      const similarity = overlap.shared / (overlap.query + overlap.other - overlap.shared);
      const swap = (overlap.newNumber && overlap.droppedNumber) || (overlap.newDate && overlap.droppedDate);
      const margin =
        (swap ? SWAP_MARGIN : overlap.asks ? ASK_MARGIN * overlap.apart : overlap.change ? CHANGE_MARGIN : overlap.newNumber ? NEW_NUMBER_MARGIN : 0) +
        (light ? LIGHT_MARGIN : 0);
      if (similarity >= threshold + margin) {
        found.set(at, similarity);
        sharedWords.set(at, overlap.count);
      }
    }
    return this.ranked(found, threshold, sharedWords);
  }

  /** Earlier posts that carried this canonical link, newest first. */
  withLink(link: string): PastPost[] {
    return this.posts(keyOf(SALT.link, fnv1a(link)));
  }

  /**
   * Earlier posts that carried this canonical link, newest first, each with how many of `text`'s content words
   * (outside links) it does not hold, and how alike the two are (weighted share of content words, without the
   * everyday discount of `reworded`). An earlier post with too few content words to compare ("Watch the talk", a bare
   * link) said nothing a new caption could differ from: it reads as adding no word (newWords 0).
   */
  withLinkSaying(link: string, text: Probe): LinkShare[] {
    const query = text.words;
    const own = query.filter((w) => !weightless(w)).length;
    const out: LinkShare[] = [];
    // The query's word weights, once for every earlier post with the link.
    if (queryWeights.length < query.length) queryWeights = new Float64Array(query.length * 2);
    for (let i = 0; i < query.length; i++) queryWeights[i] = weightless(query[i]!) ? 0 : wordWeight(query[i]!);
    this.keys.forEach(keyOf(SALT.link, fnv1a(link)), (at) => {
      let fresh = 0;
      let likeness = 0;
      if (this.flags[at]! & COMPARABLE_WORDS) {
        const o = this.overlap(query, queryWeights, at, false);
        fresh = own - o.count;
        likeness = o.shared / Math.max(1e-9, o.query + o.other - o.shared);
      }
      out.push({ ...this.post(at), newWords: fresh, likeness });
    });
    return inOrder(out, newestFirst);
  }

  /** Earlier posts with exactly this hashtag set (a `hashtagKey`), newest first. */
  withTags(key: string): PastPost[] {
    return this.posts(keyOf(SALT.tags, fnv1a(key)));
  }

  /** What a hint may say about earlier post number `at`. */
  post(at: number): PastPost {
    const post: PastPost = { time: this.times[at]! };
    const site = SITES[this.sites[at]!];
    if (site) post.site = site;
    const preview = this.previews[at];
    if (preview !== undefined) post.preview = preview;
    return post;
  }

  private posts(key: number): PastPost[] {
    const out: PastPost[] = [];
    this.keys.forEach(key, (at) => out.push(this.post(at)));
    return inOrder(out, newestFirst);
  }

  /**
   * Weighted overlap of the query's words with post `at`'s (both sorted by word), written into `lastOverlap` and
   * valid until the next call: a lookup compares hundreds of posts in a long history, and an object for each was
   * most of the lookup's garbage.
   */
  private overlap(query: readonly number[], weights: Float64Array, at: number, mayTurn: boolean): Overlap {
    let i = 0;
    let j = this.wordsAt[at]!;
    const end = this.wordsAt[at + 1]!;
    let shared = 0;
    let count = 0;
    let q = 0;
    let other = 0;
    let newNumber = false;
    let droppedNumber = false;
    let newDate = false;
    let droppedDate = false;
    // One-digit numbers (plain words, similarity.ts DIGIT_TENS) and numbers only one post gives: a digit in place of
    // itself times ten or a hundred is a number swapped.
    // (Reused arrays: this runs for every candidate of a lookup.)
    const newDigits = scratch.newDigits;
    const droppedDigits = scratch.droppedDigits;
    const newNumbers = scratch.newNumbers;
    const droppedNumbers = scratch.droppedNumbers;
    // Negated words only one post gives, and plain words both give (low 16 bits): a word one negates and the other
    // states (similarity.ts negatedWord).
    const newNegated = scratch.newNegated;
    const droppedNegated = scratch.droppedNegated;
    const sharedPlain = scratch.sharedPlain;
    newDigits.length = droppedDigits.length = newNumbers.length = droppedNumbers.length = 0;
    newNegated.length = droppedNegated.length = sharedPlain.length = 0;
    // Concepts with a turn (similarity.ts TURN_OF) only one side holds: the query's, and the other post's.
    let queryTurns: number[] | null = null;
    let otherTurns: number[] | null = null;
    let sharedTurns: number[] | null = null;
    let asks = false;
    let apart = 0;
    let queryDenies = false;
    let otherDenies = false;
    let queryNegates = false;
    let otherNegates = false;
    let queryScore = false;
    let otherScore = false;
    // A price or cashtag each post gives and the other does not ("premium plan to $24.99" after "standard plan to
    // $17.99", "$MSFT" after "$AAPL"): one put in place of the other, as a swapped number. One added alone ("from $60
    // → $65" after "to $65") is the old price retold.
    let queryHandle = false;
    let otherHandle = false;
    while (i < query.length || j < end) {
      const x = i < query.length ? query[i]! >>> 2 : Infinity;
      const y = j < end ? this.words[j]! >>> 2 : Infinity;
      if (x < y) {
        if (isNegated(query[i]!)) {
          newNegated.push(negatedBase(query[i]!));
          i++;
          continue;
        }
        if (query[i] === DENIES_WORD) queryDenies = true;
        else if (query[i] === NEGATES_WORD) queryNegates = true;
        else if (isMarker(query[i]!)) {
          asks = true;
          apart++;
        }
        else if (isScore(query[i]!)) {
          queryScore = true;
          i++;
          continue;
        } else if ((query[i]! & 3) === WORD_CLASS.number) {
          newNumber = true;
          newNumbers.push(x);
        }
        else if ((query[i]! & 3) === WORD_CLASS.handle) queryHandle = true;
        else if (DATE_WORDS.has(x)) newDate = true;
        else if (DIGIT_TENS.has(x)) newDigits.push(x);
        if (mayTurn && TURN_OF.has(x)) (queryTurns ??= []).push(x);
        q += weights[i++]!;
      } else if (x > y) {
        if (isNegated(this.words[j]!)) {
          droppedNegated.push(negatedBase(this.words[j]!));
          j++;
          continue;
        }
        // A stance or a denial only the other post takes parts them as much as one only the query takes.
        if (this.words[j] === DENIES_WORD) otherDenies = true;
        else if (this.words[j] === NEGATES_WORD) otherNegates = true;
        else if (isStance(this.words[j]!)) {
          asks = true;
          apart++;
        }
        if (mayTurn && TURN_OF.has(y)) (otherTurns ??= []).push(y);
        if (isScore(this.words[j]!)) {
          otherScore = true;
          j++;
          continue;
        }
        if ((this.words[j]! & 3) === WORD_CLASS.number) {
          droppedNumber = true;
          droppedNumbers.push(y);
        }
        else if ((this.words[j]! & 3) === WORD_CLASS.handle) otherHandle = true;
        else if (DATE_WORDS.has(y)) droppedDate = true;
        else if (DIGIT_TENS.has(y)) droppedDigits.push(y);
        other += isMarker(this.words[j]!) ? 0 : wordWeight(this.words[j]!);
        j++;
      } else {
        if (isNegated(query[i]!)) {
          // Both negate the same word.
          i++;
          j++;
          continue;
        }
        // The weightier class of the two ("Friday" and "friday"), scaled by how everyday the word is.
        if (mayTurn && TURN_OF.has(x)) (sharedTurns ??= []).push(x);
        const w = Math.max(weights[i]!, weights[i]! * (wordWeight(this.words[j]!) / wordWeight(query[i]!)));
        shared += w;
        q += w;
        other += w;
        if (!isMarker(query[i]!)) {
          count++;
          if ((query[i]! & 3) === WORD_CLASS.plain) sharedPlain.push(x & 0xffff);
        } else if (query[i] === NEGATES_WORD) queryNegates = otherNegates = true;
        i++;
        j++;
      }
    }
    const turn = queryTurns !== null && otherTurns !== null && queryTurns.some((c) => TURN_OF.get(c)!.some((p) => otherTurns.includes(p)));
    const change =
      queryTurns !== null &&
      queryTurns.some((c) => CHANGE_WORDS.has(c) && !TURN_OF.get(c)!.some((p) => otherTurns?.includes(p) || sharedTurns?.includes(p)));
    const out = lastOverlap;
    out.shared = shared;
    out.count = count;
    out.query = q;
    out.other = other;
    // Each gives a score or span the other does not ("2 a 1", then "1 a 1"): another result. A one-digit number in
    // place of itself times ten or a hundred, or the reverse ("300 votes" after "3 votes"), is a number swapped too.
    const digitSwap = timesTen(droppedDigits, newNumbers) || timesTen(newDigits, droppedNumbers);
    out.newNumber = newNumber || digitSwap || (queryScore && otherScore) || (queryHandle && otherHandle);
    out.droppedNumber = droppedNumber || digitSwap || (queryScore && otherScore) || (queryHandle && otherHandle);
    out.newDate = newDate;
    out.droppedDate = droppedDate;
    // One post denies what the other claims: the opposite message, as a turn is. Not when the other negates too (a
    // negative fact told once with a denial's words and once with a bare "no").
    const denies = (queryDenies && !otherNegates) || (otherDenies && !queryNegates);
    // A word each post negates where the other states it ("caused by driver error, not a broken rail" after "caused
    // by a broken rail, not driver error"; "there WAS a prenup… so no 50/50 split" after "there was no prenup… so it's a
    // 50/50 split"): the negation swapped, the opposite claim in the same words. A negated word stands beside itself
    // (similarity.ts negatedWord) and weighs nothing, so likeness is as before. One post alone negating a
    // word parts nothing ("No write lock!" retells "without locking writes", "no trains" "zero trains").
    let queryFlips = false;
    let otherFlips = false;
    if (newNegated.length > 0 && droppedNegated.length > 0 && sharedPlain.length > 0) {
      queryFlips = newNegated.some((b) => sharedPlain.includes(b));
      otherFlips = droppedNegated.some((b) => sharedPlain.includes(b));
    }
    const negatedClaim = queryFlips && otherFlips;
    out.turn = turn || denies || negatedClaim;
    out.change = change;
    out.asks = asks;
    out.otherResult = queryScore && otherScore;
    out.apart = apart;
    return out;
  }

  private ranked(found: Map<number, number>, threshold: number, sharedWords?: Map<number, number>): Match[] {
    // One array, filled in the map's order, rather than a copy, a filtered copy and a mapped one.
    const ranked: Match[] = [];
    for (const [at, similarity] of found) if (similarity >= threshold) ranked.push({ post: this.post(at), similarity, sharedWords: sharedWords?.get(at) ?? 0 });
    return inOrder(ranked, mostSimilarFirst);
  }
}
