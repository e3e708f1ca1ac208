import { PRICE_RE, TICKER_RE } from '../asks';
import type { Weighed } from '../model';
import { explainsThing, givesClearly, modelSays, offersJob, offersPublicGood, offersRelief, reportsAnnouncement, reportsNews, STORY_TAKEAWAY, thanksForMilestone, unless } from '../policy';
import { inSomeonesThread } from '../input';
import { defineRule, type RuleInput } from '../rule';
import { hitMessage } from '../messages';
import { HYPE_KEYS } from '../phrases/hype/entry';
import { OFFER_KEYS } from '../phrases/offer/entry';
import { overlaps } from '../text';
import { WORD_FLAG } from '../phrases/book';
import { giveawayAsks } from './giveaway';
import { reportedReading } from '../speech';

/** The focus span, or null when the phrase rules already explain those words (or read them as an offer of help). */
function newFocus(input: RuleInput, focus: Weighed | null): Weighed | null {
  if (!focus) return null;
  const { asks, offers, plugs, codes, pointsSomewhere } = input.evidence;
  // Every ask in the post is the way to take up an offer ("would love to grab a coffee, DM me"): it gives, whatever
  // words around the offer the model weighed.
  if (offers.length > 0 && asks.length === 0) return null;
  // A plug is product-plug's only when the post points somewhere; otherwise no phrase rule speaks for it. An offer
  // of help ("DM me and I will send the config") is giving, not a pitch.
  // A giveaway word is the giveaway rule's only when entry is by engagement or the draw is on the author's channel; a prize the model reads as a pitch for
  // the author's account ("whitelist spot giveaway, posting it at 100 likes") is otherwise nobody's.
  const giveaways = giveawayAsks(input) ? [] : input.find('giveaway');
  const explained = [asks.filter((a) => !giveaways.some((g) => g.start === a.start && g.end === a.end)), offers, codes, pointsSomewhere ? plugs : []];
  return explained.some((found) => overlaps(found, focus.start, focus.end)) ? null : focus;
}

/**
 * Whether the model reads the post as a pitch, given weak evidence: the post points somewhere, names its own thing,
 * or holds half of an offer (a launch, "now live", "try it", "learn more") or of a hyped push ("don't miss", "hop
 * on"), though no phrase rule asked outright.
 */
export function readsAsPitch(input: RuleInput): boolean {
  const { evidence } = input;
  const weak =
    evidence.pointsSomewhere || evidence.plugs.length > 0 || [...OFFER_KEYS, ...HYPE_KEYS].some((key) => input.find(key).length > 0);
  // In a few words with nothing on offer the model's certainty rests on one or two words it has seen in pitches
  // ("Keep struggling", "Police launch nationwide sweep"): such a bare post needs a surer model.
  const bare = !weak && input.doc.words.length < SHORT_POST_WORDS && !namesSomethingSold(input);
  return modelSays(input, 'promotion', weak, bare);
}

/**
 * A question the author puts to readers for what they know ("Anyone know if the Lumen 3 is still available for under
 * $400?", "Is the 2024 model still sold anywhere?"): the post asks with a question's cue, or ends on its question, has
 * no ask, link, plug or code and no word to the reader. The model's reading of "available" or a price is then not the
 * author's pitch. A hook speaks to the reader ("Need a simple bot?", "who your pet was") or is answered by the pitch
 * after it ("New to meme coins? I build Telegram bots fast & affordable").
 */
function asksForKnowledge(input: RuleInput): boolean {
  const { evidence } = input;
  if (evidence.asks.length > 0 || evidence.pointsSomewhere || evidence.plugs.length > 0 || evidence.codes.length > 0) return false;
  if (evidence.flags.some((f) => (f & WORD_FLAG.you) !== 0)) return false;
  const last = evidence.sentences[evidence.sentences.length - 1];
  const cues = input.find('question');
  return evidence.signals.some((s) => s.signal === 'question' && ((last !== undefined && s.end >= last.end) || overlaps(cues, s.start, s.end)));
}

/** Below this many words, a post with no weak evidence and nothing sold is bare. */
const SHORT_POST_WORDS = 12;

/** A thing on sale or on offer: a code, a contest, a discount, a deadline, a price, a ticker, seller copy or an ad hook. */
function namesSomethingSold(input: RuleInput): boolean {
  const { text } = input.doc;
  if (input.evidence.codes.length > 0 || PRICE_RE.test(text) || TICKER_RE.test(text)) return true;
  return (['giveaway', 'discount', 'urgency', 'copy', 'hook', 'callToAction', 'service'] as const).some((key) => input.find(key).length > 0);
}

/**
 * A launch in the literal sense: a rocket, a satellite, a probe or a missile sent up ("after launching 22 Starlink
 * satellites", "lanza un cohete", "lança um foguete", "lance une fusée", "startet eine Rakete"). The model weighs
 * "launching" as a product launch; beside what flies it is news of a flight, no pitch of the author's.
 */
const LAUNCH_WORD_RE = /(?<![\p{L}])(?:launch\w*|lanz\p{L}*|lan[çc]\p{L}*|start(?:et|en|ete|eten)?)(?![\p{L}])/iu;
const FLIES_RE =
  /(?<![\p{L}])(?:rockets?|satellites?|spacecraft|space ?ships?|probes?|missiles?|boosters?|capsules?|astronauts?|cohetes?|sat[eé]lites?|sondas?|misiles?|m[ií]sseis|m[ií]ssil|naves? espaciai?s|naves? espaciales?|foguetes?|fus[ée]es?|sondes?|raketen?|satelliten?|raumsonden?|raumschiffe?|raumkapseln?|astronaut(?:en|innen)?|astronautas|astronautes)(?![\p{L}])/iu;

/** Whether the model's focus is a launch word in a post about something that flies (a rocket, a satellite, a missile). */
function launchOfWhatFlies(input: RuleInput, words: string): boolean {
  // The author's own launch ("we're launching our rocket-themed game", "my new satellite dish channel") stays theirs.
  const own = input.evidence.flags.some((f) => (f & WORD_FLAG.me) !== 0);
  return !own && LAUNCH_WORD_RE.test(words) && FLIES_RE.test(input.doc.text) && !namesSomethingSold(input) && input.evidence.asks.length === 0;
}

/**
 * A teaser and nothing more: a few words, no link and no handle. "A new onchain experience is coming soon on @base. Any
 * interaction will be considered for priority access" names a place and an offer, and may still pitch.
 */
function bareTeaser(input: RuleInput): boolean {
  const { doc } = input;
  return doc.urls.length === 0 && doc.mentions.length === 0 && doc.words.length < SHORT_POST_WORDS;
}

/** Whether the post asks readers for something or sends them somewhere (a link, a handle, a plug). */
function asksOrPoints(input: RuleInput): boolean {
  const { evidence } = input;
  return evidence.asks.length > 0 || evidence.pointsSomewhere || evidence.plugs.length > 0 || evidence.codes.length > 0;
}

export default defineRule({
  meta: {
    id: 'learned-promotion',
    family: 'self-promotion',
    description: 'Reads like a pitch for the author’s own channel, shop, offer or account, by the learned model’s judgement.',
    why: 'People scroll past a post that asks for their attention without giving any; the words quoted are the ones that made it read that way.',
    weight: 2,
  },
  check(input) {
    const { model } = input;
    // A post of emoji alone ("👍👍👍") names nothing to pitch, whatever the model makes of its characters.
    if (input.doc.words.length === 0) return [];
    if (!readsAsPitch(input)) return [];
    const focus = newFocus(input, model.focus.promotion);
    if (!focus) return [];
    const words = input.doc.text.slice(focus.start, focus.end);
    const asks = asksOrPoints(input);
    const hits = [
      {
        start: focus.start,
        end: focus.end,
        // Say "asks readers to do something" only of a post that asks or points somewhere; "The new Pixel 10 is
        // available now" asks nothing and is read as an ad.
        ...hitMessage(asks ? 'learnedPromotion' : 'learnedPromotionAd', { words }),
        suggestion:
          'Lead with what people get: the tip, the result, the part of the video or product worth their time. Then a link or a handle for those who want more.',
      },
    ];
    // The model weighs words, not what they report: a post that gives concrete news ("flood waters rising in the
    // capital", "reptiles stressed by the Colorado floods") is no pitch of the author's, whatever it sounds like.
    // Nor is help passed on for those an event hit ("to help the relief efforts we're opening our showers").
    // A story told with its lesson ("what I learned: …") and no ask hands the reader the lesson; the model's reading of
    // "new piece in my portfolio" beside it weighs the words, not what the post gives.
    const lesson = input.evidence.takeaway >= STORY_TAKEAWAY && input.evidence.asks.length === 0 && input.find('lesson').length > 0;
    // Opening hours or a closure with no ask ("The shop is now open Sundays 10-4!") tell customers when to come: a
    // notice, whatever the model makes of "is now open".
    const notice = input.find('notice').length > 0 && input.evidence.asks.length === 0;
    // A job ad ("We're hiring! Two analysts in Lisbon, €32k. Apply: link") offers the reader a job: its link is where
    // to apply, not the author's pitch.
    const jobAd = offersJob(input);
    // Warmth to the person answered ("Congrats to the whole team on the launch, you've earned a long weekend") is for
    // them: with no ask, no link and nothing sold, the model's reading of "launch" or "earned" is not the author's pitch.
    // So is a comment on a creator's page (YouTube): "this is still the best channel on YouTube" praises them.
    const warmReply =
      inSomeonesThread(input.ctx) && input.find('warmth').length > 0 && input.evidence.asks.length === 0 && !input.evidence.pointsSomewhere && input.evidence.plugs.length === 0 && !namesSomethingSold(input);
    const asksReaders = asksForKnowledge(input);
    // Someone else's announcement passed on with its source ("Apple says the iPhone 17 is available now at $999"), or a
    // public or community good ("Our community fridge is available again! Free food, take what you need"), with no
    // ask, push or sale of the author's: the model's reading of "available" or a price is not the author's pitch.
    // Someone else's advice reported ("Mi madre dice que debería vender mis pasteles en mi propia tienda", "Mon père m'a
    // dit d'acheter ma première maison") with no ask, link or sale of the author's: the model weighs their words.
    const reported =
      input.evidence.asks.length === 0 && !input.evidence.pointsSomewhere && input.evidence.codes.length === 0 && !namesSomethingSold(input) &&
      reportedReading(input.doc, input.phrases, input.evidence.lower, input.evidence.sentences, focus);
    const notTheirs = reportsAnnouncement(input) || offersPublicGood(input) || reported;
    // A milestone thanked to the readers ("Finally hit 1,000 subscribers on my knitting channel! Thank you all") is
    // humblebrag's one gentle card; the model's reading of "subscribers" would say the same thing again.
    const milestone = thanksForMilestone(input);
    // A reply that explains what someone else's tool, app or setting is ("That's Linktree: one page with all your
    // links…") answers the question asked: the model weighs the words explained ("link in your bio"), not a pitch.
    // A rocket or a satellite launched ("after launching 22 Starlink satellites") is a flight, not a product launch.
    const flight = launchOfWhatFlies(input, words);
    // A pointer and nothing else ("esto 👇 elpais.com/…", "ça 👇", "isso 👇"): the model's only words are an arrow or an
    // emoji, and the post names nothing of the author's (no my/our, no ask, plug or code). A link passed on with a
    // pointer is bare-link's; it is no pitch unless the post says whose the link is.
    const pointerOnly = !/[\p{L}\p{N}]/u.test(words) && !asksOrPoints({ ...input, evidence: { ...input.evidence, pointsSomewhere: false } }) && !input.evidence.flags.some((f) => (f & WORD_FLAG.me) !== 0) && !namesSomethingSold(input);
    // A question that only asks whether readers know the thing pointed at ("Ça vous parle ? 👀 t.co/…", "¿Os suena? 👀",
    // "Sound familiar? 👀", "Kommt euch das bekannt vor?"), or a teaser's promise of more ("ça va TOUT changer 🔥🔥 plus
    // d'infos bientôt 👀", "isso vai mudar TUDO 🔥 mais em breve"), with nothing of the author's named (no my/our, no
    // ask, plug or code, nothing sold): vague-pointer's and bare-link's, no pitch, whatever the model makes of it beside
    // an emoji. "Need a new website? 👀 pixelforge.studio" is a hook and no pointer; "our new shop opens soon" names the author's.
    const pointedQuestion =
      input.find('vaguePointer').some((m) => m.start < focus.end && focus.start < m.end && (/\?\s*$/u.test(m.text) || bareTeaser(input))) &&
      !asksOrPoints({ ...input, evidence: { ...input.evidence, pointsSomewhere: false } }) && !input.evidence.flags.some((f) => (f & WORD_FLAG.me) !== 0) && !namesSomethingSold(input);
    // Hype over a link in a few words ("Isto vai mudar o jogo 🔥🔥 t.co/…", "This is a game changer 🔥 link"): the
    // model's focus on the hype phrase (lexicon `hype`), its reading more a teaser's than a pitch's, and nothing of the
    // author's named (no my/our, no ask, plug or code, nothing sold): bare-link's and learned-bait's, what it lacks is
    // for the reader. "Our app is a game changer 🔥 link" names the author's; a mint link under a caption has no hype.
    const hypedLink =
      input.doc.urls.length > 0 && model.bait > model.promotion && input.doc.words.length < SHORT_POST_WORDS && overlaps(input.find('hype'), focus.start, focus.end) &&
      !asksOrPoints({ ...input, evidence: { ...input.evidence, pointsSomewhere: false } }) && !input.evidence.flags.some((f) => (f & WORD_FLAG.me) !== 0) && !namesSomethingSold(input);
    const quiet =
      givesClearly(input) || reportsNews(input) || offersRelief(input) || lesson || notice || jobAd || warmReply || asksReaders || notTheirs || milestone || flight || pointerOnly || pointedQuestion || hypedLink || explainsThing(input);
    return unless(quiet, input, this.meta.weight, hits);
  },
});
