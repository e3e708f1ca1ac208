import { PRICE_RE, TICKER_RE } from '../asks';
import { forOthers } from '../evidence';
import type { PhraseMatch } from '../phrases';
import { hitMessage } from '../messages';
import { givesBeyondPitch, pitchGive, scamView, unless } from '../policy';
import { namedAsScam } from '../scams';
import { defineRule, type RuleInput } from '../rule';
import { byStart, inOrder, overlaps, type Span } from '../text';
import { WORD_FLAG } from '../phrases/book';

/** A price in a coin ("0.00035 ETH", "2 SOL"): a token sale names its price this way. */
const TOKEN_PRICE_RE = /\d\s?(?:eth|sol|btc|usdt|usdc|bnb)\b/iu;

/** Copy of a token sale that takes part by the project's handle: a mint, a whitelist or allowlist spot. */
const MINT_RE = /mint|white-?list|allow-?list|\bwls?\b/iu;

/** A list item: a dash, bullet, arrow or number at the start of a sentence. */
const LIST_ITEM_RE = /^(?:[-–•*▪→✅✔]|\d{1,2}[.)])\s/u;

/**
 * What backs one line of copy up as a sale: a price, a link, a ticker, a way to take the thing, or an offer or release
 * (phrases/offer/). "Handmade" alone may describe a gift; "handmade, €25" or "handmade, link in bio" sells.
 */
function backed(input: RuleInput, copy: readonly PhraseMatch[]): boolean {
  const { text } = input.doc;
  if (input.doc.urls.length > 0 || TOKEN_PRICE_RE.test(text) || TICKER_RE.test(text)) return true;
  // A price sells the copy beside it ("handmade, free shipping. €25 each"). In a post that reports (a source: "announced",
  // "says"), speaks for no seller and names no handle to take the thing at ("swap on @Pact_Swap, $0.07 fee"), a price
  // outside the copy's sentences is a fact of the news ("Figma announced Dev Mode pricing: $25 per editor. Teams on
  // the free plan keep view access").
  if (PRICE_RE.test(text)) {
    if (input.find('report').length === 0 || input.doc.mentions.length > 0 || input.evidence.flags.some((f) => (f & WORD_FLAG.me) !== 0)) return true;
    const said = input.evidence.sentences.filter((s) => overlaps(copy, s.start, s.end));
    if (said.some((s) => PRICE_RE.test(text.slice(s.start, s.end)))) return true;
  }
  // A release or availability said in the copy's words ("now available on the mobile app") is the offer itself; a
  // pointer or ask inside them ("DM to order") is only the copy again.
  if ((['release', 'available', 'opening'] as const).some((key) => input.find(key).length > 0)) return true;
  if ((['acquire', 'moreAt', 'jumpIn'] as const).some((key) => input.find(key).some((m) => !overlaps(copy, m.start, m.end)))) return true;
  // An ad hook over a promised lesson ("this guy literally shows how to…", "stop scrolling, this video explains how")
  // sells the video or thread the promise points at; a hook with nothing promised may be a column's opening. A lesson
  // the post gives itself is giving beyond the pitch, which keeps the rule quiet below.
  const hooks = input.find('hook');
  if (hooks.length > 0 && [...input.find('teaser'), ...input.find('teaching')].some((m) => !overlaps(hooks, m.start, m.end))) return true;
  // A mint or whitelist names its project by handle ("joined the @chillguins whitelist", "free mint on @opensea"):
  // the handle is where to take part, as a link is.
  return input.doc.mentions.length > 0 && copy.some((m) => MINT_RE.test(m.text));
}

/**
 * What backs one line of the ad register up as a sale: a price, a release or availability, or a way to take the thing
 * ("order", "try it free") outside the line itself. A link or "more at" is not enough: a tip links its photos.
 */
function offered(input: RuleInput, copy: readonly PhraseMatch[]): boolean {
  if (PRICE_RE.test(input.doc.text) || TOKEN_PRICE_RE.test(input.doc.text)) return true;
  if ((['release', 'available', 'opening'] as const).some((key) => input.find(key).length > 0)) return true;
  return input.find('acquire').some((m) => !overlaps(copy, m.start, m.end));
}

/** Places and details-by-message copy: what a course or a free gathering both say ("spots left", "info por privado"). */
const PLACES_RE = /spots?|seats?|places?|slots?|appointments?|openings?|plazas?|huecos?|citas?|turnos?|cr[ée]neaux|rendez-vous|pl[äa]tze|termine|vagas?|hor[áa]rios|restpl|info|renseignements/iu;
/** Free of charge, said of the thing with places left ("the free bike repair workshop", "el taller gratuito"). */
const FREE_RE = /(?<![\p{L}])(?:free|gratis|gratuit[oa]s?|gratuite?s?|kostenlos\p{L}*|umsonst|de gra[çc]a|sin coste|sans frais)(?![\p{L}])/iu;

/**
 * Whether the copy is only places left and details by message, for something its own sentence calls free, with no
 * price anywhere: a free workshop or clean-up filling up ("Todavía hay plazas para el taller gratuito… Info por
 * privado") sells nothing.
 */
function freePlaces(input: RuleInput, copy: readonly PhraseMatch[]): boolean {
  const { text } = input.doc;
  if (PRICE_RE.test(text) || !copy.every((m) => PLACES_RE.test(m.text))) return false;
  return input.evidence.sentences.some((s) => overlaps(copy, s.start, s.end) && FREE_RE.test(text.slice(s.start, s.end)));
}

/**
 * A post written as product copy (phrases/copy/): two kinds of seller copy or ad hooks ("free shipping" and "in
 * stock", "most people don't know" and "no more manual coding"), one backed by a price, a link or an offer, or an
 * ad hook over a list of selling points. A customer judging what they bought ("I ordered…", "rip-off", critique)
 * writes about a product without selling it, and a post on someone else's behalf (relief, victims) sells nothing.
 */
export default defineRule({
  meta: {
    id: 'product-copy',
    family: 'self-promotion',
    description: 'Reads as product copy: terms of sale, stock, editions, plans, a token sale’s terms, an ad thread’s hooks or the ad register (“take your cooking to the next level”), with a price, a link or an offer.',
    why: 'Copy sells a thing to readers; what it does for them, or what you learned making it, gives them a reason to look.',
    weight: 2,
  },
  check(input) {
    // The copy a scam warning warns of ("the 'free airdrop' sites are wallet drainers") is the impostor's (scams.ts).
    const sold = [...input.find('copy').filter((m) => !namedAsScam(scamView(input), m)), ...input.find('hook')];
    const register = input.find('register');
    const copy = inOrder([...sold, ...register], byStart);
    if (copy.length === 0 || input.find('critique').length > 0) return [];
    if (freePlaces(input, copy)) return [];
    // A list of selling points after the copy is its spec sheet, the same pitch.
    const items = input.evidence.sentences.filter((s) => LIST_ITEM_RE.test(input.doc.text.slice(s.start, s.end)));
    const kinds = new Set(copy.map((m) => m.text.toLowerCase().replace(/\s+/g, ' ')));
    // A benefit told to the reader ("it helps you go from raw clips to a video") is one more line of the same copy,
    // however many times it is said; alone it is anyone's ("this trick lets you"), so it never starts a finding.
    const benefit = copy.length > 0 ? input.find('benefit') : [];
    if (benefit.length > 0) kinds.add('');
    // A hook over a list of selling points is the ad thread's shape; seller copy needs a price, link or offer.
    const hookOverList = items.length > 0 && input.find('hook').length > 0;
    // One line of the ad register ("experience the magic of…", "made easy") opens a travel tip or a how-to as often as
    // an ad, link and all; it sells only beside an offer or a price.
    const alone = kinds.size < 2 && !hookOverList;
    if (alone && !(sold.length > 0 ? backed(input, copy) : offered(input, copy))) return [];
    if (forOthers(input.doc, input.evidence.lower, copy)) return [];
    // The first line of copy says it; more copy in the same post is the same sale. The copy's own sentences are its
    // wrapping: what they seem to give (the hook's question "Looking for a reliable plumber?", "24/7") weighs on it.
    const first = copy[0]!;
    const hits = [
      {
        start: first.start,
        end: first.end,
        weight: this.meta.weight + pitchGive(input, [...copy, ...benefit, ...items]),
        ...hitMessage('productCopy', { words: first.text }),
        suggestion: 'Say what the thing does for the reader, or one thing you learned making it; then where to get it, once.',
      },
    ];
    // Specs, launch news and the benefits told to the reader describe what is sold (the copy's own sentences); a tip or
    // lesson beyond them gives.
    return unless(givesBeyondPitch(input, [...copy, ...benefit, ...items]), input, this.meta.weight, hits);
  },
});
