import { givesClearly, handsOver, scamView, meetAsks, meetsInPerson, namesAuthor, namesEvent, occasion, offersJob, offersRelief, spreadWords, summonsToSale, unless } from '../policy';
import { inSomeonesThread } from '../input';
import { askLexicon, fold } from '../lexicon';
import { defineRule } from '../rule';
import { hitMessage } from '../messages';
import { inOrder, overlaps, within } from '../text';
import { fishingBait } from '../evidence';
import { quotedFromScam } from '../scams';

/** Talking about a phrase is not using it: “link in bio” is…, "link in bio" in quotes. */
function mentioned(text: string, m: { start: number; end: number }): boolean {
  const quoted = /[“"‘'«]\s*$/u.test(text.slice(Math.max(0, m.start - 2), m.start)) && /^\s*[”"’'»]/u.test(text.slice(m.end, m.end + 2));
  return quoted || /^\s+(?:is|was|are|were|has|isn't|wasn't|means)\b/iu.test(text.slice(m.end, m.end + 10));
}

/** A condition of agreeing, in the five languages: "if you agree", "si estás de acuerdo", "wenn du zustimmst", "si t'es d'accord", "se concorda". */
const AGREE_RE = /(?<![\p{L}])(?:agree|de acuerdo|zustimm|einverstanden|d['’] ?accord|concord)/iu;

function byStart(a: { start: number }, b: { start: number }): number {
  return a.start - b.start;
}

export default defineRule({
  meta: {
    id: 'call-to-action',
    family: 'self-promotion',
    description: 'Asks the audience to buy, subscribe, follow, share, DM or click for the author’s benefit, or offers the author’s services as the answer.',
    why: 'Readers scroll past asks; a post that first gives them something earns the follow or the sale on its own.',
    weight: 2,
  },
  check(input) {
    const text = input.doc.text;
    const offers = input.evidence.offers;
    // Phrase asks and composed asks (asks.ts): where two overlap, the one that starts first says it ("Please like").
    const services = input.find('service');
    const phrases = [...input.find('callToAction'), ...services];
    const composed = input.evidence.composed.filter((c) => !phrases.some((p) => p.start <= c.start && p.end > c.start));
    const asks: { start: number; end: number; text: string }[] = [];
    // A business expecting its customers at its own sale ("$5 margaritas! See you tonight!") asks them to come and buy.
    const summons = summonsToSale(input).map((s) => ({ start: s.start, end: s.end, text: text.slice(s.start, s.end) }));
    for (const m of inOrder([...phrases, ...composed, ...summons], byStart)) {
      if (asks.length === 0 || m.start >= asks[asks.length - 1]!.end) asks.push(m);
    }
    // A petition's "sign now" in a post about an event, with no word of its author, is a civic call about the event.
    const petition = namesEvent(input) && !namesAuthor(input) ? input.find('petition') : [];
    // In a release handed over under an open licence, "download it at <link>" says where to take it; a follow, a
    // subscription or a like (actions that help whoever asks, lexicon `self`) still asks for the author.
    // In a job ad ("We're hiring! Junior developer in Leeds, £32k. Applications: link in the comments") the link, the
    // email or the DM is where to apply: the post offers readers a job. A service line ("available for hire") offers
    // the author, and a code sells, so either keeps the post the author's pitch.
    const jobAd = asks.length > 0 && services.length === 0 && input.evidence.codes.length === 0 && offersJob(input);
    const lex = handsOver(input) || jobAd ? askLexicon(input.doc.lang) : undefined;
    const takesTheGift = (m: { text: string }) =>
      !!lex && !m.text.toLowerCase().split(/[^\p{L}\p{N}'’]+/u).some((w) => lex.actions.get(fold(w))?.action.self || lex.audience.has(fold(w)));
    // In the author's job ad "Please share!", "RT to reach candidates" pass the opening on to those who need it, as for
    // a lost pet; a follow or a subscription in the same ask still asks ("share and follow us").
    const spread = jobAd ? spreadWords(input) : [];
    const passesOn = (m: { start: number; end: number }) => {
      if (!jobAd || !overlaps(spread, m.start, m.end)) return false;
      const s = input.evidence.sentences.find((x) => m.start >= x.start && m.start < x.end) ?? { start: m.start, end: m.end };
      return !input.doc.words.some((w, i) => w.start >= s.start && w.start < s.end && !within(spread, w.start) && lex?.actions.get(fold(input.evidence.lower[i]!))?.action.self);
    };
    // The author will be there in person ("I'll be presenting at ICRS on Tuesday, room 4") and asks nothing else: "Come
    // say hi" invites readers to talk (DESIGN: giving), not to do something for the author.
    const meeting = asks.length > 0 && meetsInPerson(input) ? meetAsks(input) : [];
    // A teaser's own imperative ("Checa cuánto te toca de aguinaldo", "Mira lo que encontraron…") asks the reader to
    // click for the answer it keeps back: that is the teaser's fault (missing value), not a plug. A follow, a
    // subscription, a sale or the author's own thing in the same words still asks.
    const askWords = askLexicon(input.doc.lang);
    const teaserLead = (m: { start: number; text: string }) =>
      !!askWords &&
      input.evidence.teasers.some((t) => t.start <= m.start && t.end > m.start) &&
      !m.text.toLowerCase().split(/[^\p{L}\p{N}'’]+/u).some((w) => {
        const word = fold(w);
        const action = askWords.actions.get(word)?.action;
        return !!action?.self || !!action?.sells || askWords.me.has(word) || askWords.my.has(word) || askWords.audience.has(word);
      });
    // Under someone else's post, "Share this with someone who needs to hear it" passes the host's work on: the reach is
    // theirs ("I needed this" is the commenter's own thanks). A plug or a link of the commenter's keeps it an ask.
    const recommended = asks.length > 0 && inSomeonesThread(input.ctx) && input.evidence.plugs.length === 0 && input.doc.urls.length === 0 ? occasion(input, 'passOn') : [];
    // "Go read it" after someone else's work is credited ("My colleague @lena just published her paper… Go read it:
    // doi…"): the reader's click is theirs. A follow or a subscription (lexicon `self`), a word of the author's in the
    // ask, or a plug of the author's anywhere keeps it an ask.
    // Thanks that credit ("Thanks to @x…") name a helper, not a work to go to; and a comment under someone's video
    // points at the video, whose click is never the commenter's to pass on.
    const thanked = input.signals.filter((g) => g.signal === 'thanks');
    const credited =
      askWords && input.evidence.plugs.length === 0 && !inSomeonesThread(input.ctx)
        ? input.signals.filter((g) => g.signal === 'credit' && !overlaps(thanked, g.start, g.end))
        : [];
    const passesCredit = (m: { start: number; text: string }) =>
      credited.some((c) => c.end <= m.start) &&
      !m.text.toLowerCase().split(/[^\p{L}\p{N}'’]+/u).some((w) => {
        const word = fold(w);
        return !!askWords!.actions.get(word)?.action.self || askWords!.me.has(word) || askWords!.my.has(word) || askWords!.audience.has(word);
      });
    // A like asked on a condition of agreeing ("Dale like si estás de acuerdo", the engagement-bait rule's match) fishes
    // for reactions: agree-bait hands nothing (missing value) but asks nothing of the author's reach. A follow, a share,
    // a purchase or the author's own thing in the same ask still asks ("Dale like y sígueme").
    const bait = askWords ? fishingBait(input.find, !!input.ctx.reply) : [];
    const likeBait = (m: { start: number; end: number; text: string }) =>
      overlaps(bait, m.start, m.end) &&
      AGREE_RE.test(text.slice(m.start, input.evidence.sentences.find((x) => m.start >= x.start && m.start < x.end)?.end ?? m.end + 40)) &&
      !m.text.toLowerCase().split(/[^\p{L}\p{N}'’]+/u).some((w) => {
        const word = fold(w);
        const action = askWords!.actions.get(word)?.action;
        return !!action?.self || !!action?.sells || askWords!.me.has(word) || askWords!.my.has(word) || askWords!.audience.has(word);
      });
    const hits = asks.filter((m) => !mentioned(text, m) && !offers.some((o) => o.start === m.start) && !overlaps(petition, m.start, m.end) && !takesTheGift(m) && !passesOn(m) && !overlaps(meeting, m.start, m.end) && !teaserLead(m) && !overlaps(recommended, m.start, m.end) && !passesCredit(m) && !quotedFromScam(scamView(input), m) && !likeBait(m)).map((m) => ({
      start: m.start,
      end: m.end,
      // A service line asks for the author's trade without an imperative: the message says what it does.
      ...(services.some((s) => s === m) ? hitMessage('servicePitch', { words: m.text }) : hitMessage('callToAction', { words: m.text })),
      suggestion:
        'Lead with what they get: a tip, a result or a story from your work. If you keep the ask, make it one short line at the end.',
    }));
    // Gentle mode lets a post that clearly gives keep its one ask. An ask that passes on a way to help those an event
    // hit ("Looking for ways to donate to the typhoon victims? Check out our list: <link>") asks nothing for the author.
    return unless((input.sensitivity === 'gentle' && givesClearly(input)) || offersRelief(input), input, this.meta.weight, hits);
  },
});
