// Phrase lists per language share one shape and one set of keys, so every rule works in every language it has
// phrases for. Phrases are small regex sources written by us (never user text); see phrases.ts for the syntax.
import { combine, EMPTY_LIST, indexPhrases, prepareList, type CombinedIndex, type IndexedList } from '../phrase-index';
import type { DocLang } from '../types';
import { de } from './de';
import { en } from './en';
import { es } from './es';
import { fr } from './fr';
import { pt } from './pt';

export interface PhraseLists {
  // Taking: the audience is asked to act for the author.
  /** Buy, subscribe, follow, share, DM, link in bio, hire me. */
  callToAction: string[];
  /**
   * The author's services offered as the answer: a service line ("I help coaches get clients") or a firm's reply
   * under someone else's post ("this is exactly what we do at Acme"). Asks for the author's trade, as callToAction does.
   */
  service: string[];
  /** Promo codes, percent off, free shipping. The code word itself is `codeWord`. */
  discount: string[];
  /** Words that introduce a discount code ("code", "Code", "código"): the token after them is checked for code shape. */
  codeWord: string[];
  /** Only N left, ends tonight, last chance. */
  urgency: string[];
  /** A giveaway or contest. */
  giveaway: string[];
  /** "my new course", "our shop": the author's own product. Words between owner and noun are checked (plugModifiers). */
  plug: string[];
  /** A plug announced as one: "shameless plug", "self-promo", "autopromo". The author says it promotes. */
  selfPlug: string[];
  /**
   * A lure: an income claim (an amount earned in a period, or from home), a prize the reader has won, an audience
   * for free, company nearby. With a way to reach the sender (`reach`, a link, a handle, an ask) it is bait, not a story.
   */
  lure: string[];
  /** Ways to reach a sender a lure names besides links and handles: "search X on google", WhatsApp, Telegram. */
  reach: string[];
  /** Affiliate and sponsorship disclosures. */
  affiliate: string[];
  /** Announcements and brags: thrilled to announce, named one of, crossed 10k sales. */
  brag: string[];
  /** Asking for reactions, comments, tags or shares for reach: Agree?, like if, tag a friend, comment YES. */
  bait: string[];
  // Missing value.
  /** Pointers and teasers that say nothing about what is behind them. */
  vaguePointer: string[];
  /**
   * Agreement said as a pointer: "so true", "this!!". In a post of its own it points at nothing said; in a reply it
   * points at the post answered, which the reader has just read (vague-pointer leaves it to too-short's "only a reaction").
   */
  agreement: string[];
  /** Motivational or generic lines that could be posted by anyone about anything. */
  platitude: string[];
  // Giving (signals).
  /** Tips, how-tos, steps, results: the reader can use it. */
  teaching: string[];
  /** Advice in the imperative ("put it in the oven", "don't pin it"); counts only at the start of a clause. */
  advice: string[];
  /** Reasons and contrasts (because, instead of): weaker evidence of teaching. */
  explaining: string[];
  /** A lesson from the author's own experience. */
  lesson: string[];
  credit: string[];
  thanks: string[];
  /** Cues that a question is asked for real ("has anyone", "curious whether"). */
  question: string[];
  /** Questions that are bait or rhetoric, not asked for an answer. */
  rhetorical: string[];
  helping: string[];
  invitation: string[];
  // Missing value and the warmth it must not be mistaken for: entries with notes in phrases/value/.
  /** Forward references and withheld answers: "here's why", "what happened next", "17 things you didn't know". */
  teaser: string[];
  /** Teasers that count only at the start of a sentence ("this is why", "17 things"). */
  teaserLead: string[];
  /** Sympathy with no detail of its own: "thoughts and prayers". */
  sympathy: string[];
  /** Brief warmth to someone else: congratulations, good wishes, thanks. */
  warmth: string[];
  /** A source, a notice or a warning: "police say", "road closures", "evacuate now". */
  report: string[];
  /** What happened: a toll, a change of state, what an event did: "two dead", "closed", "struck the coast". */
  happened: string[];
  /** An event that makes news in its own name: "wildfire", "earthquake", "train crash", "inundación". */
  event: string[];
  /** A frame naming the readers a sentence is for: "if you…", "for anyone who…", "pra quem…". */
  audience: string[];
  /** A way to help those an event hit: "donate to the Red Cross", "text REDCROSS to 90999", "shelter open at". */
  relief: string[];
  /**
   * A call for volunteers, counted or named ("needs 10 volunteers", "necesita 10 voluntarios", "braucht 10 Freiwillige",
   * "a besoin de 10 bénévoles", "precisa de 10 voluntários"): with when or where, help for others the reader can go to.
   */
  volunteerCall: string[];
  /** A notice to customers: opening hours, a closure ("open until 9pm", "cerramos por vacaciones"). */
  notice: string[];
  /** Where money raised goes, to others: "every euro goes to", "raising money for the food bank". */
  fundsFor: string[];
  /** A release handed over for anyone's use: "CC-BY licensed", "open-source", "licencia abierta". */
  openLicence: string[];
  /** A finding stated by those who found it: "we find that", "our results show", "wir zeigen, dass". */
  finding: string[];
  /** A claim about most of a class of things: "most grad programs", "la mayoría de las bibliotecas", "die meisten Kassen". */
  generalization: string[];
  /** A job ad: "we're hiring", "buscamos cocinero/a", "wir stellen ein", "on recrute". */
  hiring: string[];
  /** A verb of saying after its source: "Apple says", "el ayuntamiento anunció", "la mairie a annoncé". */
  saidBy: string[];
  /** A phrase before its source: "according to", "según", "laut", "selon", "segundo". */
  accordingTo: string[];
  /** A public or community good: "public library", "community fridge", "bus pass", "at any station". */
  publicGood: string[];
  /** Free for everyone or a whole group: "free for everyone", "gratis para todos", "kostenlos für alle". */
  freeForAll: string[];
  /** A scam named as one: "those texts are a scam", "la estafa del falso paquete", "neue Betrugsmasche". */
  scamWarning: string[];
  /** Where the latest news is: "for all the latest on", beside a handle ("Following @KHOU for the latest on the fire"). */
  newsSource: string[];
  /** A petition's ask: "sign now", "sign the petition". */
  petition: string[];
  // An offer of the author's own (entries with notes in phrases/offer/; product-plug composes them).
  /** The author brings out a thing of their own: "we just launched", "introducing", "our new". */
  release: string[];
  /** The thing can be had now or soon: "now live", "out now", "coming soon". */
  available: string[];
  /** A sale or sign-up opens ahead of the thing: "pre-orders", "waitlist", "tickets on sale", "registration open". */
  opening: string[];
  /** The reader is asked to take it: "try it", "get yours", "sign up". */
  acquire: string[];
  /** Where more about it is: "learn more", "link below". */
  moreAt: string[];
  /** A free first lesson, class or session offered ahead of a sale: "first lesson free", "primera clase gratis". */
  trial: string[];
  /**
   * The maker turns to the reader about a release with nowhere to go: "get ready", "let us know what you think",
   * "mark your calendars". Alone it is anyone's; beside the author's own release it is the release note's sign-off.
   */
  releaseCall: string[];
  /** The author turns a problem told before into their own thing: "that's why we built", "por eso creamos". */
  pitchTurn: string[];
  /** Asks users to update now ("update your app today", "¡actualiza ya!"): taking the author's own release only. */
  updateCall: string[];
  /** A heading of the maker's own episode, video or post: "New episode:", "Nuevo vídeo:". */
  issueHeading: string[];
  /** A heading that announces a new feature ("New feature alert", "¡Nueva función!"): the author's only where named. */
  featureHeading: string[];
  // A hyped push (entries with notes in phrases/hype/; hype-push composes them).
  /** Talks a thing up or hurries the reader: "don't miss", "to the moon", "you're early", "huge drop". */
  hype: string[];
  /** Asks the reader to act on a thing: "hop on", "get in now", "claim yours", "be part of". */
  jumpIn: string[];
  // Product copy (entries with notes in phrases/copy/; product-copy composes them).
  /** Seller copy: "free shipping", "in stock", "available in 3 colours", "handmade", "free plan", "free mint". */
  copy: string[];
  /** An ad thread's hook line: "this guy literally…", "most people don't know", "stop paying". */
  hook: string[];
  /** The ad register of brand copy: "take your cooking to the next level", "designed for home chefs", "made easy". */
  register: string[];
  /** A product's benefit told to the reader: "it gives you", "lets you", "so you can". */
  benefit: string[];
  /** A customer judging a product: "I ordered", "review", "rip-off". */
  critique: string[];
}

export interface WordLists {
  /** Function words: not content, and the basis of language detection. */
  stop: string[];
  /** First person, for the me-centred ratio. */
  me: string[];
  you: string[];
  /** Reaction words that say nothing on their own: lol, first, amen, gm. */
  filler: string[];
  /** Words allowed between "my" and a product noun in a plug ("my new online course"). */
  plugModifiers: string[];
  /**
   * Everyday words that are not function words but say which language a short post is in: thanks, wishes, greetings
   * ("Felicidades Marta!!", "Danke dir" have no function word of their own). Language detection only.
   */
  marker: string[];
}

export interface Lexicon {
  phrases: PhraseLists;
  words: WordLists;
}

export type PhraseKey = keyof PhraseLists;
export type PhraseBook = { readonly [K in PhraseKey]: IndexedList } & {
  readonly words: { readonly [K in keyof WordLists]: ReadonlySet<string> };
  /** Each listed word with its WORD_FLAG bits, so one lookup per word answers every list at once. */
  readonly wordFlags: ReadonlyMap<string, number>;
  /** All lists under one index, in PHRASE_KEYS order. */
  readonly combined: CombinedIndex;
};

/** Bits of `PhraseBook.wordFlags`. */
export const WORD_FLAG = { stop: 1, me: 2, you: 4, filler: 8 } as const;

export const LEXICONS: Readonly<Record<string, Lexicon>> = { en, es, de, fr, pt };

const compiled = new Map<DocLang, PhraseBook>();
/** How many phrase books have been compiled in this realm: tests read it to tell that a check compiled none. */
let compiles = 0;

export function phraseBookCompiles(): number {
  return compiles;
}

function compile(lexicon: Lexicon | null): PhraseBook {
  compiles++;
  const lists = lexicon?.phrases;
  const words = lexicon?.words;
  const book: Record<string, unknown> = {};
  for (const key of PHRASE_KEYS) book[key] = lists && lists[key].length > 0 ? indexPhrases(lists[key]) : EMPTY_LIST;
  const wordSets: Record<string, ReadonlySet<string>> = {};
  for (const key of WORD_KEYS) wordSets[key] = new Set((words?.[key] ?? []).map((w) => w.toLowerCase()));
  book.words = wordSets;
  const flags = new Map<string, number>();
  for (const [key, bit] of Object.entries(WORD_FLAG) as [keyof typeof WORD_FLAG, number][]) {
    for (const w of wordSets[key]!) flags.set(w, (flags.get(w) ?? 0) | bit);
  }
  book.wordFlags = flags;
  book.combined = combine(PHRASE_KEYS.map((key) => (ON_DEMAND_KEYS.has(key) ? EMPTY_LIST : (book[key] as IndexedList))));
  return book as PhraseBook;
}

/** The compiled book for a language; 'und' (a language we have no phrases for) gets an empty book. */
export function phraseBook(lang: DocLang): PhraseBook {
  let book = compiled.get(lang);
  if (!book) {
    book = compile(lang === 'und' ? null : (LEXICONS[lang] ?? null));
    compiled.set(lang, book);
  }
  return book;
}

/**
 * Compiles a language's book and the indexes of its lists matched on their own, so that the first check in that
 * language finds them built (index.ts prepare).
 */
export function preparePhraseBook(lang: DocLang): void {
  const book = phraseBook(lang);
  for (const key of ON_DEMAND_KEYS) prepareList(book[key]);
}

/**
 * Lists matched on their own, only when asked for, rather than in the one pass over every list: teasers start with
 * the commonest words ("the", "this", "you", "how"), only short posts need them (evidence.ts), and the lead
 * teasers are tried only where a sentence starts (input.ts).
 */
export const ON_DEMAND_KEYS: ReadonlySet<PhraseKey> = new Set(['teaser', 'teaserLead']);

export const PHRASE_KEYS: readonly PhraseKey[] = [
  'callToAction', 'service', 'discount', 'codeWord', 'urgency', 'giveaway', 'plug', 'selfPlug', 'lure', 'reach', 'affiliate', 'brag', 'bait',
  'vaguePointer', 'agreement', 'platitude', 'teaching', 'advice', 'explaining', 'lesson', 'credit', 'thanks', 'question', 'rhetorical', 'helping', 'invitation',
  'teaser', 'teaserLead', 'sympathy', 'warmth', 'report', 'happened', 'event', 'audience', 'relief', 'volunteerCall', 'newsSource', 'petition', 'notice', 'fundsFor', 'openLicence', 'finding', 'generalization', 'hiring',
  'saidBy', 'accordingTo', 'publicGood', 'freeForAll', 'scamWarning',
  'release', 'available', 'opening', 'acquire', 'moreAt', 'trial', 'releaseCall', 'pitchTurn', 'issueHeading', 'featureHeading', 'updateCall', 'hype', 'jumpIn',
  'copy', 'hook', 'register', 'benefit', 'critique',
];
const WORD_KEYS: readonly (keyof WordLists)[] = ['stop', 'me', 'you', 'filler', 'plugModifiers', 'marker'];
