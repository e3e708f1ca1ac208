// Lexicon entries for product copy: the words a seller writes about the thing on sale ("free shipping", "in stock",
// "available in 3 colours", "limited edition", "handmade", "DM to order", "free plan", "free mint") and the words of
// someone judging a product they bought elsewhere ("I ordered", "review", "scam"). Copy describes what is sold and
// how to get it; nobody but the seller (or someone paid to sell it) writes it. No entry decides alone: product-copy
// wants two kinds of copy, or copy with a price, a link or an offer, and keeps quiet on critique. Each entry carries
// a note on why it belongs and an example its pattern must match (a test checks every example). Patterns use the
// phrase syntax of phrases.ts (a space is any gap, ' is either apostrophe).
import type { OfferEntry } from '../offer/entry';

export type CopyEntry = OfferEntry;

export interface CopyLexicon {
  /** Seller copy: terms of sale, stock, editions, variants, plans, where it is sold, a token sale's terms. */
  copy: CopyEntry[];
  /**
   * The hook lines of ad threads that sell a tool: "this guy literally…", "most people don't know", "stop paying",
   * "no more manual…", "blew my mind". One alone may be a column's opening; two, or one over a list of selling
   * points (→ …) or a link, is the growth-thread voice that sells a product.
   */
  hook: CopyEntry[];
  /**
   * The ad register of brand copy, with no "I" or "we" and no "buy": an appeal to the reader ("take your cooking to the
   * next level"), a fit to the buyer or a grade ("designed for home chefs", "commercial-grade"), a promise of ease
   * ("made easy", "at your fingertips"). A travel tip or a how-to borrows one line of it, so one line needs another line
   * of copy or an offer beside it; a bare link is not enough (product-copy).
   */
  register: CopyEntry[];
  /**
   * A product's benefit told to the reader, the thing as subject and the reader as who gains ("it gives you a focused
   * space", "lets you", "so you can finally"): beside the author's own release it is the release's feature copy, not a
   * lesson (product-plug counts its sentence as the pitch). Alone it is anyone's ("this trick lets you"): no rule fires on it.
   */
  benefit: CopyEntry[];
  /** Critique of a product one bought or tried ("I ordered", "my review", "rip-off"): a customer's voice, not a seller's. */
  critique: CopyEntry[];
}

export const COPY_KEYS = ['copy', 'hook', 'register', 'benefit', 'critique'] as const;

/** The patterns of each list, in the shape the phrase book indexes. */
export function copyLists(lexicon: CopyLexicon): Record<(typeof COPY_KEYS)[number], string[]> {
  return { copy: lexicon.copy.map((e) => e.pattern), hook: lexicon.hook.map((e) => e.pattern), register: lexicon.register.map((e) => e.pattern), benefit: lexicon.benefit.map((e) => e.pattern), critique: lexicon.critique.map((e) => e.pattern) };
}

/** Notes that hold for the same kind of phrase in every language: one note, many lexicons. */
export const COPY_WHY = {
  shipping: 'A term of sale: how the thing is delivered and what delivery costs.',
  stock: 'How much of the thing is left to buy: in stock, sold out, last units.',
  edition: 'Names a run of goods as a sale does: a limited edition, a new collection, new arrivals.',
  made: 'How the goods are made or made to order: the maker selling their work.',
  order: 'How to order: by direct message, on WhatsApp, on a shop ("link in bio" alone is a pointer other rules read).',
  variants: 'The choices on sale: colours, sizes, models, flavours.',
  plans: 'A product’s sale terms: a free plan or trial, no subscription, licensed for commercial use.',
  service: 'A local trade’s terms of sale: free quotes, 24/7 or same-day call-outs, licensed and insured. The business advertising itself.',
  channels: 'Where and how a product can be had: out of beta, available on every platform, at home, on a store.',
  listing: 'A property listed for sale or rent: its rooms counted as a listing counts them (beds and baths), and the viewings it opens.',
  tokens: 'A token sale’s terms: a free or public mint, a whitelist spot, an airdrop to holders, rewards for deposits.',
  praiser: 'Credits a stranger (this guy) with a feat, to sell the tool the thread is about.',
  unknown: 'Flatters the reader as ahead of most people who do not know the thing yet.',
  stop: 'Tells the reader to stop a costly habit, so the tool looks like the way out.',
  noMore: 'Promises a pain gone ("no more manual coding"): a benefit line of ad copy.',
  amazed: 'Says the thing amazed the author, in place of saying what it does.',
  keep: 'Asks the reader to save the post for later: a thread that sells wants to be kept.',
  raves: 'Rates a video, thread or guide the best of its kind ("best breakdown I’ve seen") in place of saying what is in it: the push of a thread that sends readers to it.',
  pain: 'Names the reader’s need or cost as a pitch does ("need a simple Telegram bot?"): the opening of a pitch that sells the cure. "Tired of…?" and "paying $20/month for…" are left out: they open a joke or a complaint as often as a pitch, and a link or a price would back them.',
  cure: 'Presents the cure for that pain as a thing to have ("here’s the agent that…", "only possible with X", "I build them"): the offer of a pitch.',
  multiplies: 'Claims a tool multiplies a result ("10x more useful", "with this one system"): the benefit line of an ad, not a measured figure. A multiple told with what caused it ("3x faster after we added an index", "seit wir … angelegt haben") is an engineer\'s measurement, not the ad\'s claim; so is one told as a finding ("the main finding: fungal networks recover 3x faster").',
  appeal:
    'Ad register addressed to the reader: an imperative to feel or unlock the thing ("experience the future of", "take your cooking to the next level", "skip the fluff"). A person says what they did ("we went at 5am"); a brand tells the reader what to feel. Bare "experience the…" or "discover how" are left out: a travel tip and a teaser open with them.',
  fit: 'Fits the product to its buyer or rates its make ("designed for home chefs", "commercial-grade", "whether you’re a beginner or a pro"): the benefit line of a catalogue, which describes a thing on sale, not one the writer uses.',
  proof:
    'Social proof: who already uses or trusts the thing ("thousands of teams already use", "trusted by", "see how Acme uses"): the testimonial line of an ad, which counts buyers instead of saying what the thing does.',
  ease: 'Promises the buying or using to be effortless ("hassle-free", "at your fingertips", "in a few clicks", "made easy"): the convenience line of an ad.',
  benefit: 'The thing gives the reader something ("it gives you", "lets you", "so you can"): a feature told as a benefit, the copy around a release.',
  customer: 'A customer speaks: they bought, ordered or received the thing, so what follows judges it.',
  review: 'Judges a product: a review, a scam warning, overpriced, asking for a refund.',
} as const;
