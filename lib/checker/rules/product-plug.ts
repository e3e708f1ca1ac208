import { PRICE_RE } from '../asks';
import { askLexicon, fold } from '../lexicon';
import type { PhraseMatch } from '../phrases';
import { FAVOURITE } from '../phrases/favourite';
import { STREAMING } from '../phrases/offer/entry';
import { givesBeyondPitch, givesClearly, handsOver, inNotice, namesAuthor, offersPublicGood, pitchGive, reportsAnnouncement, reportsNews, scamView, unless } from '../policy';
import { namesRealChannel } from '../scams';
import { defineRule, type Hit, type RuleInput } from '../rule';
import { takeawayScore } from '../signals';
import { hitMessage } from '../messages';
import { byStart, inOrder, overlaps, type Span } from '../text';

/** A work said to be where it streams or installs ("is on Spotify", offer entry onStreaming): the place to have it. */
const STREAMING_RE = new RegExp(STREAMING, 'iu');

/** How far after "my" the work may be named ("my new album", "mon premier EP"). */
const OWN_WORK_GAP = 3;

/** Where tickets are had (offer entry ticketsAt): "Tickets at", "Entradas en", "Billets sur". */
const TICKETS_AT_RE = /^(?:tickets?|karten|entradas|boletos|billets?|places|ingressos|bilhetes)(?:\s+(?:gibt(?:'s| es)\s+)?(?:at|via|en|por|v[ií]a|auf|unter|über|bei|sur|no|na|em|pelo|pela))?$/iu;
/**
 * Whether the post speaks as a group (ask lexicon `we`: we, our, nos, wir, nous, a gente), as a band, a venue or a team
 * does: whose tickets "Tickets at …" sells.
 */
function speaksAsGroup(input: RuleInput): boolean {
  const we = askLexicon(input.doc.lang)?.we;
  if (!we) return false;
  // The band that says it plays ("on joue vendredi", "tocamos el viernes") speaks for itself as "we play" does.
  if (WE_PLAY_RE.test(input.doc.text)) return true;
  const { lower } = input.evidence;
  for (let i = 0; i < lower.length; i++) {
    const word = fold(lower[i]!);
    if (we.has(word) || (i + 1 < lower.length && we.has(`${word} ${fold(lower[i + 1]!)}`))) return true;
  }
  return false;
}

/** Tickets or places named in an availability match ("il reste des places à 15€", "ainda tem ingresso por R$ 30"). */
const TICKET_WORD_RE = /(?<![\p{L}])(?:tickets?|karten|entradas?|boletos?|billets?|places|ingressos?|bilhetes?)(?![\p{L}])/iu;
/**
 * The band playing, said with French "on" or Portuguese "a gente", or in the verb alone as Spanish and Portuguese drop
 * "we" ("Este viernes tocamos en la Sala Siroco", "sexta tocamos no Bar Opinião"), which the word lists cannot mark as
 * the author.
 */
const WE_PLAY_RE = /(?<![\p{L}])(?:on (?:joue|jouera|rejoue|sera en concert|sera sur sc[eè]ne)|a gente (?:toca|vai tocar|se apresenta|vai se apresentar)|tocamos|tocaremos|vamos a tocar|vamos tocar|actuamos|actuaremos)(?![\p{L}])/iu;

/** A work someone likes is not theirs: "my favourite podcast", "mi disco favorito", "mein Lieblingspodcast". */
const FAVOURITE_RE = new RegExp(`^${FAVOURITE}`, 'u');

/**
 * A work of the author's said to stream where the post says (`m`, offer entry onStreaming): "my"/"our" and a work of
 * theirs (ask lexicon `owned`) before it ("My podcast just hit 100 episodes … it's on Spotify"). A fan's "Taylor's
 * album is on Spotify, track 3 is my favourite" or "my favourite podcast is on Spotify" names no work of the author's.
 */
function ownWorkStreams(input: RuleInput, m: PhraseMatch): boolean {
  const lex = askLexicon(input.doc.lang);
  if (!lex || !STREAMING_RE.test(m.text)) return false;
  const { lower } = input.evidence;
  const words = input.doc.words;
  for (let i = 0; i < words.length && words[i]!.start < m.start; i++) {
    if (!lex.my.has(fold(lower[i]!))) continue;
    for (let j = i + 1; j <= i + OWN_WORK_GAP && j < words.length && words[j]!.start < m.start; j++) {
      const word = fold(lower[j]!);
      if (FAVOURITE_RE.test(word)) break;
      // After the noun in es/fr/pt: "mi disco favorito", "mon podcast préféré".
      if (lex.owned.has(word)) return !(j + 1 < words.length && FAVOURITE_RE.test(fold(lower[j + 1]!)));
    }
  }
  return false;
}

/** A numbered version as the offer lexicons write it (versionEntry): "v2", "V3.1". */
const VERSION_RE = /^v\d/iu;

/**
 * Whether the version at `m` names a tool put to use by the author ("upgraded our CI to Node v22", "transcribo con
 * Whisper v3"; ask lexicon `toolInUse`) rather than a release: someone else's release in use, not the author's offer,
 * unless they ask the reader to take it.
 */
function toolInUse(input: RuleInput, m: Span): boolean {
  const re = askLexicon(input.doc.lang)?.toolInUse;
  return !!re && VERSION_RE.test(input.doc.text.slice(m.start, m.end)) && re.test(input.doc.text.slice(Math.max(0, m.start - 60), m.start));
}

/** A list item: a dash, bullet, arrow or number at the start of a sentence. */
const LIST_ITEM_RE = /^(?:[-–•*▪→✅✔]|\d{1,2}[.)])\s/u;

/**
 * The items of a list a pitch sentence introduces ("we're launching a promo:\n- doubled limits\n- free access"):
 * they say what is on offer, so they are the pitch too, not a lesson around it.
 */
function listedOffer(input: RuleInput, pitch: readonly Span[]): Span[] {
  const { sentences } = input.evidence;
  const { text } = input.doc;
  const out: Span[] = [];
  for (let i = 0; i < sentences.length; i++) {
    const s = sentences[i]!;
    if (!overlaps(pitch, s.start, s.end) || !text.slice(s.start, s.end).trimEnd().endsWith(':')) continue;
    for (let j = i + 1; j < sentences.length && LIST_ITEM_RE.test(text.slice(sentences[j]!.start, sentences[j]!.end)); j++) out.push(sentences[j]!);
  }
  return out;
}

/**
 * An offer of the author's own: an announcement (the author brings a thing out, or says it can be had now) together
 * with a way to take it (a link, "try it", "sign up", "learn more"). Either alone is not one: "we shipped
 * dark mode" with nowhere to go is news, "try it" with nothing announced is advice. Availability names no owner
 * ("the shelter is now open"), so it counts only when the post names its author (I, we, our) or asks the reader to
 * take the thing; a numbered version counts too when the post points to more about it ("learn more", "details
 * below"; a bare link beside news is a share); a sale opened ahead (pre-orders, a waitlist, tickets) is a seller's, so
 * somewhere to go is enough.
 * Nothing counts in a post made on someone else's behalf (victims, relief).
 */
function ownOffers(input: RuleInput): PhraseMatch[] {
  // A turn from a problem to the author's thing ("that's why we built") brings it out as "we built" does.
  const { doc, evidence } = input;
  // "DM me" that takes up an offer of help or an invitation to meet (evidence.offers) gives; it takes up no sale.
  // "Update now" takes only a release the post names as its author's ("our app"): alone it is a user's tip.
  const updates = input.find('updateCall');
  const acquire = [...input.find('acquire'), ...(updates.length > 0 && namesAuthor(input) ? updates : [])].filter((a) => !overlaps(evidence.offers, a.start, a.end));
  // So does a heading of the maker's own episode or video ("New episode:"), with a way to take it asked for, and a
  // new feature's heading in a post that speaks as its maker: it names itself, or asks what readers make of the
  // release ("New feature alert… Give it a spin and tell us what you think", "Testez-la et dites-nous…").
  const maker = () => namesAuthor(input) || input.find('releaseCall').length > 0;
  const headings = acquire.length > 0 ? [...input.find('issueHeading'), ...(maker() ? input.find('featureHeading') : [])] : [];
  const own = [...input.find('pitchTurn'), ...headings];
  const release = own.length > 0 ? inOrder([...own, ...input.find('release')], byStart) : input.find('release');
  const available = input.find('available').filter((m) => !TICKETS_AT_RE.test(m.text) || speaksAsGroup(input));
  const opening = input.find('opening');
  if (release.length === 0 && available.length === 0 && opening.length === 0) return [];
  // evidence.asks leaves out a "DM me" that takes up an offer of help or an invitation.
  const moreAt = input.find('moreAt');
  // A price where the thing is sold ("€7 on Ravelry", "7 € en mi tienda") is the seller's voice, as an ask to take it is.
  const sold = moreAt.filter((m) => PRICE_RE.test(m.text));
  // A work on a streaming service or an app store ("our podcast is on Spotify") is as reachable as one with a link.
  const reachable = doc.urls.length > 0 || acquire.length > 0 || evidence.asks.length > 0 || moreAt.length > 0 || available.some((m) => ownWorkStreams(input, m));
  // Nor in a release handed over for anyone's use (an open licence, nothing sold): where to take it is no pitch.
  if (evidence.forOthers || handsOver(input)) return [];
  // Nor in someone else's announcement passed on with its source ("Apple says…", "según Apple…"), nor in a public or
  // community good ("the youth bus pass is available now, get it at any station"): the offer is not the author's.
  if (reportsAnnouncement(input) || offersPublicGood(input)) return [];
  // A band that says it plays in the impersonal "we" ("on joue samedi au Botanique", "a gente toca no Bar Opinião")
  // names itself for the tickets it prices, as "wir spielen" does.
  const author = namesAuthor(input) || (available.some((m) => TICKET_WORD_RE.test(m.text)) && WE_PLAY_RE.test(doc.text));
  if (!reachable) {
    const note = releaseNote(input, release, author ? [...available, ...opening] : []);
    return note.length > 0 || author ? note : productVoiceNote(input, release, available);
  }
  // A numbered version said to be out and pointed to for more ("Testnet v2 is now live. Learn more here") is a maker's
  // release in its own third-person voice. "The library is now open, more info at" is a notice and "the council
  // adopted v2 of the plan, details here" news, so the pointer vouches only for a version out in its own sentence.
  const versions = moreAt.length > 0 ? releasedVersions(input, available) : [];
  const used = acquire.length > 0 ? [] : available.filter((m) => toolInUse(input, m));
  const announced =
    release.length > 0
      ? release
      : author || acquire.length > 0 || sold.length > 0
        ? inOrder([...available.filter((m) => !used.includes(m)), ...opening], byStart)
        : inOrder([...versions, ...opening], byStart);
  // The first announcement says it; later ones are the same offer.
  return announced.slice(0, 1);
}

/** Sentences of the set-up that each hand the reader a takeaway (advice, a how, a why): a method, not a set-up. */
const METHOD_SENTENCES = 3;
/** The first two steps of a numbered method written in one line ("1) photograph every receipt, 2) reconcile on Fridays"). */
const FIRST_STEP_RE = /(?:^|\s)1[.)]\s/u;
const SECOND_STEP_RE = /(?:^|\s)2[.)]\s/u;

/**
 * The set-up of an offer turned from a problem ("Quick tip: stop doing your books at 11pm. Every hour on receipts is an
 * hour not spent on clients. That's why we built LedgerLite. Try it free"; offer `pitchTurn`): the sentences before
 * the turn lead the reader to the product, so what they seem to give (a tip, a reason) is the pitch's wrapping. A
 * set-up that teaches a method (steps in a list or "1) … 2) …", or three sentences that each advise or explain) is a
 * lesson of its own and stays one.
 */
function pitchSetup(input: RuleInput, offers: readonly Span[]): Span[] {
  const turn = input.find('pitchTurn').find((t) => overlaps(offers, t.start, t.end));
  if (!turn) return [];
  const before = input.evidence.sentences.filter((s) => s.end <= turn.start);
  const setup = input.doc.text.slice(0, turn.start);
  const listed = before.filter((s) => LIST_ITEM_RE.test(input.doc.text.slice(s.start, s.end))).length >= 2;
  const taught = before.filter((s) => takeawayScore(input.evidence.signals.filter((g) => g.start >= s.start && g.start < s.end)) > 0).length;
  return listed || taught >= METHOD_SENTENCES || (FIRST_STEP_RE.test(setup) && SECOND_STEP_RE.test(setup)) ? [] : before;
}

/**
 * A numbered release: "v2", "Lumen 3.2", "1.4.0", a beta or an alpha. Not a price ("$3.50"), a share ("2.5%"), a
 * multiple ("1.5x"), an amount ("1.1B", "2.5 million") or a measure ("2.5 km", "1.5 hours").
 */
const NUMBERED_FULL_RE =
  /(?<![\p{L}\p{N}$€£.,])(?:v\d+(?:\.\d+)*|\d+\.\d+(?:\.\d+)?)(?![\p{L}\p{N}%]|[.,]\d|\s?(?:x|k|m|b|bn|mil|million|millions|millones|millionen|milh[õo]es|milliards?|billion|%|°|km|kg|mb|gb|h|min|hours?|horas?|stunden|heures?)(?![\p{L}]))|\b(?:beta|alpha)\b/iu;
/**
 * What every numbered release holds, found by a plain search first: the full pattern opens with a lookbehind, which
 * V8 tries at every position of the text (measured: ~0.15 ms on a 3,000-character post that holds no version).
 */
const NUMBERED_HINT_RE = /\d[.,]\d|v\d|beta|alpha/i;
const NUMBERED_RE = { test: (text: string): boolean => NUMBERED_HINT_RE.test(text) && NUMBERED_FULL_RE.test(text) };

/**
 * A release note with nowhere to go, in the maker's own voice: the author brings a thing out ("we just shipped",
 * "introducing", "our new collection") or names themself beside a thing said to be out ("our game is out now"), and
 * marks it as a release twice over: a numbered version ("Lumen 3.2", "beta"), a sign-off to the reader about it
 * ("get ready", "let us know what you think"), a list of what is new, or a release said to be out as well. One mark alone is anyone's
 * ("we shipped the kids off", "we launched a fundraiser"); a reporter's "Apple just released iOS 18.2" names no
 * author, and a fan's "get ready" follows someone else's trailer.
 */
function releaseNote(input: RuleInput, release: readonly PhraseMatch[], ownAvailable: readonly PhraseMatch[]): PhraseMatch[] {
  const announced = (release.length > 0 ? release : ownAvailable).filter((m) => !inNotice(input, m) && !inCredit(input, m));
  if (announced.length === 0) return [];
  const marked =
    input.find('releaseCall').length > 0 ||
    NUMBERED_RE.test(input.doc.text) ||
    changelog(input) ||
    (release.length > 0 && input.find('available').length > 0);
  return marked ? inOrder([...announced], byStart).slice(0, 1) : [];
}

/**
 * Whether `m` stands in a sentence of thanks after the thanks ("Thanks @jen_dev for the PR that fixed the path bug in
 * v2.3"): the version names what someone else's work went into, a credit, not a release note of the author's.
 */
function inCredit(input: RuleInput, m: Span): boolean {
  const s = input.evidence.sentences.find((x) => m.start >= x.start && m.start < x.end);
  return !!s && input.evidence.signals.some((g) => g.signal === 'thanks' && g.start >= s.start && g.start < m.start);
}

/** A list of what is new ("- tags\n- shared boards"): a changelog's shape. */
function changelog(input: RuleInput): boolean {
  return input.evidence.sentences.filter((s) => LIST_ITEM_RE.test(input.doc.text.slice(s.start, s.end))).length >= 2;
}

/**
 * A release note in the product's own third-person voice, with nowhere to go: a thing said to be out or coming
 * ("Stable release incoming", "is now live") and marked as a release twice over, by a numbered version and by the
 * sign-off to the reader or a list of what is new ("HeroUI Native beta.13! New TextArea… Stable release incoming, get
 * ready!"). One mark is a reporter's or a fan's: "Apple just released iOS 18.2" has only the version, "GTA 6 trailer
 * drops tomorrow, get ready!" only the sign-off.
 */
function productVoiceNote(input: RuleInput, release: readonly PhraseMatch[], available: readonly PhraseMatch[]): PhraseMatch[] {
  const out = inOrder([...release, ...available], byStart).filter((m) => !inNotice(input, m) && !inCredit(input, m));
  if (out.length === 0 || input.find('report').length > 0 || !NUMBERED_RE.test(input.doc.text)) return [];
  return input.find('releaseCall').length > 0 || changelog(input) ? out.slice(0, 1) : [];
}

/** Numbered versions ("v2") whose sentence also says a thing is out ("is now live", "out now"). */
function releasedVersions(input: RuleInput, available: readonly PhraseMatch[]): PhraseMatch[] {
  const out = available.filter((m) => !VERSION_RE.test(m.text));
  return available.filter((v) => {
    if (!VERSION_RE.test(v.text)) return false;
    const s = input.evidence.sentences.find((x) => v.start >= x.start && v.start < x.end);
    return !!s && out.some((m) => m.start >= s.start && m.start < s.end);
  });
}

export default defineRule({
  meta: {
    id: 'product-plug',
    family: 'self-promotion',
    description: 'Points readers to the author’s own product, shop, channel, newsletter, release or offer.',
    why: 'A pointer to your own thing asks for attention; a sample of what is in it gives readers a reason to go.',
    weight: 2,
  },
  check(input) {
    const { evidence } = input;
    // "my new course" with nowhere to go is news; with a link or "link in bio" it is a plug, and so it is with the
    // maker's sign-off about it ("Season 3 of our podcast starts Monday, set a reminder!").
    // A thing of the author's handed over with nothing asked back ("Hice una ficha para mi clase… Es gratis, sin
    // registro: compártela con quien la necesite"; policy handsOver) is no plug: the link is where to take it.
    // So it is with a way to take it named ("Mein Podcast hat die 100. Folge erreicht… überall, wo es Podcasts gibt").
    const plugs = (evidence.pointsSomewhere || input.find('releaseCall').length > 0 || input.find('acquire').length > 0) && !handsOver(input) ? evidence.plugs : [];
    const offers = ownOffers(input).filter((m) => !namesRealChannel(scamView(input), m));
    // A plug already names the offered thing ("our new course"): one place is enough to quote.
    // "Shameless plug: …": the author says it promotes, link or not.
    const said = plugs.length + offers.length === 0 ? input.find('selfPlug').slice(0, 1) : [];
    const found = plugs.length > 0 ? plugs : offers.length > 0 ? offers : said;
    // The link beside an offer is where to take it: its sentence ("Try it free: link", "Order at link and get it
    // delivered") is the pitch's, whatever advice its imperative seems to give. So is a benefit told to the reader
    // ("It gives you a focused space to run agents in parallel"): the release's feature copy, not a lesson.
    const named =
      offers.length > 0
        ? [...offers, ...input.find('acquire'), ...input.find('updateCall'), ...input.find('moreAt'), ...input.find('releaseCall'), ...input.find('benefit'), ...evidence.asks, ...input.doc.urls]
        : [];
    const pitch = named.length > 0 ? [...named, ...listedOffer(input, named), ...pitchSetup(input, offers)] : named;
    // An offer's own sentences are its wrapping: what they seem to give ("try the new editor") weighs on the pitch.
    const weight = offers.length > 0 ? this.meta.weight + pitchGive(input, pitch) / found.length : undefined;
    const hits = found.map((m) => {
      const hit: Hit = {
        start: m.start,
        end: m.end,
        ...hitMessage('productPlug', { words: m.text }),
        suggestion:
          'Share one useful piece of it right here (a tip, a page, a result) so the post gives on its own; people who want more will follow the link.',
      };
      // Set after: a literal that spreads two objects (the weight's and the message's) takes V8's slow path.
      if (weight !== undefined) hit.weight = weight;
      return hit;
    });
    // A plug yields to a post that clearly gives; an offer only to giving outside its announcement: a product's
    // specs and launch news are the pitch, the lesson in the post is not.
    // A newsroom's "our latest update on the typhoon" points at its coverage of the event the post names: it informs.
    // A paper or a study announced with its finding stated ("our new preprint: we show that…") already shares the
    // result, the one useful piece the hint would ask for, even in the announcement's own sentence (outside any ask).
    const findingTold = input.find('finding').some((f) => input.evidence.signals.some((s) => s.start === f.start));
    const quiet = (offers.length > 0 ? givesBeyondPitch(input, pitch) || findingTold : givesClearly(input)) || (hits.length > 0 && reportsNews(input));
    return unless(quiet, input, this.meta.weight, hits);
  },
});
