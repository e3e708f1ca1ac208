import { countsAudience, countsStreak, givesBeyondPitch, givesSomething, namesEvent, offersJob, spreadWords, talksWithGuest, thanksForMilestone } from '../policy';
import { inSomeonesThread } from '../input';
import { reportsBeyondSympathy } from '../signals';
import { defineRule, type RuleInput } from '../rule';
import { hitMessage } from '../messages';
import { overlaps, trimmedRange, within, type Span } from '../text';
import { askLexicon, captionWords, fold, type CompiledAsks } from '../lexicon';
import { readsAsPitch } from './learned-promotion';
import { luresOnly } from './lure';
import { praisesThePost } from '../warmth';
import { WORD_FLAG } from '../phrases/book';
import type { Sensitivity } from '../types';

/** A new post needs this many content words to say something; a reply can be short if it is specific. */
const NEW_POST_WORDS: Record<Sensitivity, number> = { gentle: 3, normal: 4, strict: 5 };
const FULL_AGREEMENT_RE = /^100\s?%/u;
const REPLY_WORDS: Record<Sensitivity, number> = { gentle: 1, normal: 2, strict: 3 };
/** "Still" in our five languages: with a year, the stamp of a nostalgia comment ("2026 and still listening"). */
const STILL_RE = /(?<![\p{L}])(?:still|sigo|sigue|seguimos|todav[ií]a|a[uú]n|immer noch|noch immer|toujours|encore|ainda|continuo)(?![\p{L}])/iu;
const YEAR_RE = /^(?:19|20)\d\d$/;
/** A phone number: "+1 (347) 555-0182", "+52 55 5123 4410", "0341 123456". */
const PHONE_RE = /\+?\d[\d ().\/-]{6,}\d/g;
/** Words of its own, outside the pitch and the author's self-description, that make a comment say something. */
const THREAD_WORDS: Record<Sensitivity, number> = { gentle: 4, normal: 5, strict: 7 };
/** A pitch with no detail at all says nothing beyond itself up to this many content words of its own. */
const TOLD_PITCH_WORDS: Record<Sensitivity, number> = { gentle: 10, normal: 12, strict: 14 };


/** Words of an ask for the audience's own act: a follow, a subscription, a share, a like, a vote, an entry. */
function engagementWord(lex: CompiledAsks, word: string): boolean {
  const found = lex.actions.get(word);
  if (found) return !!found.action.self || (!found.action.link && !found.action.sells);
  return lex.audience.has(word) || lex.actionNouns.has(word);
}

/** Words that make a short post about an event a reaction to it ("so scary", "damn", "no way", "omg"). */
const REACTION_RE = /(?<![\p{L}])(?:that|so|damn|omg|no way|wtf|crazy|scary|insane|unbelievable|holy|geez|jeez|qu[eé] (?:miedo|locura|horror)|madre m[ií]a|krass|wahnsinn|quelle horreur|incroyable|meu deus|que medo)(?![\p{L}])/iu;

/**
 * Whether a short post is a status update or a photo caption that tells something (LABELS.md: neutral, not
 * missing-value): a thing made or done with its object ("Finally finished the quilt", "Heute Brot gebacken"), a
 * scene anchored in a time of day ("Harbour at sunrise", "First snow in the garden this morning"), or a line that
 * says what the photo shows ("Photo of the harbour"). A mood, a day name, a reaction or an opinion word names no
 * such thing: "Monday again 😴", "Big day today! 🎉", "so true 💯" still say nothing.
 */
function tellsAScene(input: RuleInput): boolean {
  const { doc, evidence } = input;
  const lex = captionWords(doc.lang);
  if (!lex || evidence.asks.length > 0 || doc.text.includes('?') || REACTION_RE.test(doc.text)) return false;
  const words = doc.words.map((w) => fold(w.text.toLowerCase()));
  // "Tired this morning 😴": a mood tells how the author feels, not what is there.
  if (words.some((w) => lex.moods.has(w))) return false;
  // A thing: a content word, not the author, not a stretch of time ("finished the week", "photo of the day").
  const noun = (j: number) => j < words.length && evidence.content[j]! > 0 && (evidence.flags[j]! & WORD_FLAG.me) === 0 && !lex.times.has(words[j]!);
  for (let i = 0; i < words.length; i++) {
    if (!lex.deeds.has(words[i]!)) continue;
    // The object after the verb ("finished the quilt", "made pancakes"), past its article; "made my day" has none.
    let j = i + 1;
    while (j < words.length && lex.determiners.has(words[j]!)) j++;
    if (noun(j)) return true;
    // German puts the participle last: a noun (capitalised, not the first word) before it is its object.
    if (doc.lang === 'de' && doc.words.some((w, k) => k > 0 && k < i && noun(k) && /^\p{Lu}/u.test(w.text))) return true;
  }
  const me = evidence.flags.some((f) => (f & WORD_FLAG.me) !== 0);
  const text = fold(doc.text.toLowerCase());
  const shown = lex.shows.exec(text.trimStart());
  if (!me && shown) {
    // What follows the opener is what the photo shows: "Photo of the harbour", not "Photo of the day".
    const after = doc.text.length - text.trimStart().length + shown[0].length;
    const k = doc.words.findIndex((w, i) => w.start >= after && !lex.determiners.has(words[i]!));
    if (k >= 0 && noun(k)) return true;
  }
  const anchor = lex.anchors.exec(text);
  if (me || !anchor) return false;
  // Something seen at that time: a content word outside the anchor ("snow", "harbour"). Folding keeps Latin text's
  // length, so the anchor's offsets are the text's.
  return doc.words.some((w, k) => noun(k) && !(w.start >= anchor.index && w.start < anchor.index + anchor[0].length));
}


/** Whether every ask in the post asks the audience to act for the author's reach (not to buy, visit or sign up). */
function engagementOnly(input: RuleInput): boolean {
  const lex = askLexicon(input.doc.lang);
  const { asks } = input.evidence;
  if (!lex || asks.length === 0) return false;
  const engagement = input.find('bait');
  return asks.every((a) => {
    if (overlaps(engagement, a.start, a.end)) return true;
    const words = a.text.toLowerCase().split(/[^\p{L}\p{N}'’-]+/u).filter(Boolean).map(fold);
    return words.some((w) => engagementWord(lex, w)) || asksForCount(lex, words);
  });
}

/** "help me hit 10k", "ayúdame a llegar a 10k": a help-me frame before a count asks for an audience of that size. */
function asksForCount(lex: CompiledAsks, words: readonly string[]): boolean {
  const at = words.findIndex((w) => /^\d/.test(w));
  return at > 0 && lex.helpMe.test(words.slice(0, at).join(' '));
}

/**
 * Something handed over free for the reader's own use ("200 of them are free to use", "descarga gratuita"): a
 * resource, not a hook. "It's free, just listen" or "first lesson free" still only pitch.
 */
const FREE_TO_USE_RE =
  /(?<![\p{L}])(?:free to (?:use|download)|free downloads?|royalty[- ]free|gratis para (?:usar|descargar)|descarga gratuita|libres? de derechos|kostenlos (?:nutzbar|zum download)|frei verwendbar|libres? de droits|gratuits? à télécharger|téléchargement gratuit|(?:livres?|grátis) para (?:usar|baixar)|download grátis)(?![\p{L}])/iu;

/**
 * Whether the post only pitches the author's own thing: asks, plugs, brags or lures, or the model's reading of a pitch,
 * with no give signal, no detail and few words outside the pitch's sentences. Its price, its code, the name of the
 * channel describe the pitch, not something handed to the reader.
 */
function pitchesOnly(input: RuleInput, whole: Span): boolean {
  const { evidence } = input;
  // "my latest beat", "our new shop" in someone else's thread bring the author's own thing to it: the pitch.
  const pitch: Span[] = [...evidence.asks, ...evidence.plugs, ...input.find('release'), ...input.find('brag'), ...input.find('lure')];
  if (pitch.length === 0) {
    if (!readsAsPitch(input)) return false;
    pitch.push(whole);
  }
  if (givesBeyondPitch(input, pitch) || evidence.giveCues() > 0 || FREE_TO_USE_RE.test(input.doc.text)) return false;
  // Sentences beyond the pitch that speak of the author ("i'm a 16 year old producer") wrap it, unless they thank
  // ("this video saved me a cassette, thank you!"); the rest speak to the thread, and a detail or a few words of
  // their own there say something.
  const pitched = evidence.sentences.filter((s) => overlaps(pitch, s.start, s.end));
  const thanks = [...input.find('thanks'), ...input.find('warmth')];
  const aboutAuthor = evidence.sentences.filter((s) => !pitched.includes(s) && !overlaps(thanks, s.start, s.end) && input.doc.words.some((w, i) => w.start >= s.start && w.start < s.end && (evidence.flags[i]! & WORD_FLAG.me) !== 0));
  // A rhetorical question ("Want to learn guitar in 30 days?", "Agree?") says nothing of its own: its details are
  // the pitch's hook.
  const rhetorical = input.find('rhetorical');
  const hooks = evidence.sentences.filter((s) => !pitched.includes(s) && overlaps(rhetorical, s.start, s.end));
  const wrapping = [...pitched, ...aboutAuthor, ...hooks];
  // A phone number is how to answer the pitch, not a detail beside it.
  const phones = [...input.doc.text.matchAll(PHONE_RE)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
  if (evidence.specifics.some((s) => !within(wrapping, s.start) && !within(phones, s.start))) return false;
  let ownWords = 0;
  input.doc.words.forEach((w, i) => {
    if (!within(wrapping, w.start) && !within(phones, w.start)) ownWords += evidence.content[i]!;
  });
  return ownWords < THREAD_WORDS[input.sensitivity];
}

/**
 * Whether the post only announces the author's own win ("named to the 40 Under 40 list", "we crossed 50k followers"):
 * a brag with no link, nothing for sale, no ask beyond a follow or a like, and no detail or words of its
 * own outside the brag's sentences. The award's name and the figure describe the win; "Hard work pays off" adds a
 * motto, not something to use. A win told with its lesson, its thanks or its numbers in a story of their own gives.
 */
const BRAG_SUGGESTION = 'Add what the reader can take from it: what made it work, what you would do again, or whom it is thanks to and for what.';

/** "Thrilled to announce", "estamos felices de anunciar": only the author announces, even where no I or we is written. */
const ANNOUNCE_RE = /(?<![\p{L}])(?:announce|anunciar|verkünden|bekanntgeben|annoncer)/iu;

function bragsOnly(input: RuleInput): boolean {
  const { doc, evidence } = input;
  const brags = input.find('brag');
  // A pre-sale, tickets or a sign-up opened ("Vorbestellungen sind offen", "Les précommandes sont ouvertes") put the
  // thing on offer with its terms: judged below as a pitch by its details, not as a win told.
  if (brags.length === 0 || doc.urls.length > 0 || input.find('available').length > 0 || input.find('opening').length > 0 || talksWithGuest(input)) return false;
  if (evidence.asks.length > 0 && !engagementOnly(input)) return false;
  // Someone else's launch or award ("Welsh squad named for the Games") and a brag beside news ("never thought I'd
  // wake up to 1,000 hurt") are reports: the win must be told by its author (I, we, my, our) and name no event.
  if (input.find('event').length > 0) return false;
  const pitch = [...brags, ...evidence.asks];
  const bragged = evidence.sentences.filter((s) => overlaps(pitch, s.start, s.end));
  const byAuthor = brags.some((b) => ANNOUNCE_RE.test(b.text)) || doc.words.some((w, i) => (evidence.flags[i]! & WORD_FLAG.me) !== 0 && within(bragged, w.start));
  if (!byAuthor) return false;
  if (evidence.specifics.some((s) => !within(bragged, s.start))) return false;
  return evidence.unpitchedWords < TOLD_PITCH_WORDS[input.sensitivity];
}

export default defineRule({
  meta: {
    id: 'too-short',
    family: 'missing-value',
    description: 'Says too little to give anything: a greeting, a reaction, a reply or comment that only pitches, an ask with nothing behind it.',
    why: 'A post that says nothing still costs every reader a moment; a single specific detail makes it worth that moment.',
    weight: 1.5,
  },
  check(input) {
    const { doc, evidence, ctx, sensitivity } = input;
    // Other languages: we cannot tell function words from content, so we stay quiet.
    if (doc.lang === 'und' || (doc.hashtags.length > 0 && doc.words.length === 0)) return [];
    // Hits write out range.start and range.end: a literal that spreads two objects ({ ...range, ...hitMessage() })
    // takes V8's slow path (discount-code.ts).
    const range = trimmedRange(doc.text);
    if (range.end === range.start) return [];
    // yt23: a scam testimonial in someone else's thread ("Dank Frau Keller habe ich 8.000€ verdient. Schreibt ihr auf
    // WhatsApp…") gives the thread nothing: its thanks and figures are the lure's wrapping, so they do not count as giving.
    if (inSomeonesThread(ctx) && luresOnly(input)) {
      return [{ start: range.start, end: range.end, ...hitMessage('tooShortReplyPitch'), suggestion: 'Add what you think of the thread or video: the part that helped you, a detail from your own experience, or a question about it.' }];
    }
    if (givesSomething(input)) return [];
    const suggestion = 'Add the detail that makes it worth reading: what happened, what you learned, or what you want to ask.';
    // In someone else's thread (a reply, any YouTube comment) a comment that only pitches gives the thread nothing,
    // however much it says about what it sells; a pitch in one's own feed is judged below by its details.
    if (inSomeonesThread(ctx) && pitchesOnly(input, range)) {
      return [{ start: range.start, end: range.end, ...hitMessage('tooShortReplyPitch'), suggestion: 'Add what you think of the thread or video: the part that helped you, a detail from your own experience, or a question about it.' }];
    }
    if (ctx.reply) {
      // Brief warmth to the person one answers ("Congrats!!", "so sorry", "thank you!") is never empty; stock praise
      // of the post itself ("great post, thanks for sharing", "super vidéo") is a comment anyone could leave anywhere.
      const warm = input.find('warmth').length > 0 || input.find('sympathy').length > 0;
      if (doc.urls.length > 0 || (warm && !praisesThePost(doc.text))) return [];
      // A reply says something when it has words or numbers of its own beyond any pitch.
      // "Agree 100%", "concordo 100%", "d'accord à 100 %": a full hundred per cent says how much one agrees, not a figure.
      const ownSpecifics = evidence.specifics.filter((s) => !within(evidence.askSentences, s.start) && !FULL_AGREEMENT_RE.test(doc.text.slice(s.start, s.end + 2)));
      if (evidence.freeContentWords >= REPLY_WORDS[sensitivity] || ownSpecifics.length > 0) return [];
      return [
        {
          start: range.start,
          end: range.end,
          ...hitMessage(evidence.asks.length > 0 ? 'tooShortReplyPitch' : 'tooShortReplyReaction'),
          suggestion: 'Add what you think and why: the part that helped you, a detail from your own experience, or a question about it.',
        },
      ];
    }
    const enough = NEW_POST_WORDS[sensitivity];
    // A win told by its author is the author's news, not the reader's: checked before reports of what happened.
    // A milestone thanked to the readers is humblebrag's one gentle card ("add the story behind it"), not a second one.
    if (input.find('brag').length > 0 && thanksForMilestone(input)) return [];
    if (bragsOnly(input)) {
      return [{ start: range.start, end: range.end, ...hitMessage('tooShortBrag'), suggestion: BRAG_SUGGESTION }];
    }
    // A short report of what happened is news however few its words: "Power has just been restored here!", "PGH is in
    // need of help". A source alone ("what doctors won't tell you", "mom says hi") is not.
    // "My newsletter is out", "Mi nuevo episodio ya salió": what happened to the author's own thing (a plug of theirs in
    // the same sentence) is their drop, not news.
    const own = [...evidence.plugs, ...input.find('release')];
    const drops = (m: Span) => evidence.sentences.some((s) => m.start >= s.start && m.start < s.end && overlaps(own, s.start, s.end));
    if (reportsBeyondSympathy(input.find, evidence.sentences, true).some((m) => !drops(m))) return [];
    // A pointer to where the news of an event is told ("Following @KHOU for all the latest on the explosion") passes
    // the coverage on: the handle is the detail.
    if (doc.mentions.length > 0 && input.find('newsSource').length > 0 && namesEvent(input)) return [];
    // So is a short post that names an event and neither asks, speaks of its author nor reacts: "An explosion at the
    // port just now!", "Earthquake felt downtown". "I love thunderstorms" speaks of its author; "That quake was so
    // scary", "Wow, a meteor" react to news the reader already has (a demonstrative, a reaction word).
    if (input.find('event').length > 0 && evidence.asks.length === 0 && !evidence.flags.some((f) => (f & (WORD_FLAG.me | WORD_FLAG.filler)) !== 0) && !REACTION_RE.test(doc.text)) return [];
    // "2026 y sigo escuchando esto": in a comment, a year beside "still" dates the comment; it is not a detail.
    const stamps = inSomeonesThread(ctx) && STILL_RE.test(doc.text) ? evidence.specifics.filter((x) => YEAR_RE.test(doc.text.slice(x.start, x.end))).length : 0;
    if (evidence.contentWords - stamps < enough && evidence.specifics.length === stamps && evidence.numbered === stamps && doc.urls.length === 0 && !tellsAScene(input)) {
      return [{ start: range.start, end: range.end, ...hitMessage('tooShort'), suggestion }];
    }
    // An ask or an announcement with nothing behind it: no detail, no name, nothing given. A pitch told at more
    // length is still empty when its extra words only describe the author ("I'm a 16 year old producer, my new beat
    // is on my channel"): no number, name or title, no tip, no thanks. Only the author's own pitch: a report that
    // someone launched something, or a call to spread a warning, is not this.
    if (evidence.asks.length === 0 && !readsAsPitch(input)) return [];
    if (evidence.giveCues() > 0) return [];
    // A loss told with the event behind it ("Notre maison a brûlé dans l'incendie. On a lancé une cagnotte…") says
    // what the ask is for: call-to-action speaks for the ask, and the post is not empty.
    if (namesEvent(input)) return [];
    // In the author's job ad "¡Compartid!", "Bitte teilen!" pass the opening on (call-to-action): no pitch to be empty.
    if (evidence.asks.length > 0 && offersJob(input) && evidence.asks.every((a) => overlaps(spreadWords(input), a.start, a.end))) return [];
    // Numbers inside asks for the audience's own acts count followers or entries ("help me get to 100 likes", "tag 3
    // friends"), not something on offer, and so does the author's streak ("Day 37 of posting until…"); only details
    // outside those asks say something.
    const askNumbers = engagementOnly(input)
      ? evidence.specifics.filter((s) => within(evidence.askSentences, s.start) || countsAudience(input, s.end) || countsStreak(input, s.start)).length
      : 0;
    const details = evidence.details - askNumbers;
    if (details > 0) return [];
    const plainPitch = evidence.asks.length > 0 && evidence.unpitchedWords < enough;
    const toldPitch = evidence.unpitchedWords < TOLD_PITCH_WORDS[sensitivity] && evidence.flags.some((f) => (f & WORD_FLAG.me) !== 0);
    if (!plainPitch && !toldPitch) return [];
    const describeIt = 'Say what it is and why it is worth their time: one detail, a photo description, a price, a sample of what is inside.';
    // A brag, or asks that are all thanks for a count of followers ("Thanks for 1,000 followers!"), share a win: no
    // "ask" to speak of. Other asks are the pitch; with none, the post points to its own thing without describing it.
    const thanked = [...input.find('thanks'), ...input.find('warmth')];
    const milestone = evidence.asks.length > 0 ? evidence.asks.every((a) => overlaps(thanked, a.start, a.end)) : input.find('brag').length > 0;
    if (milestone) return [{ start: range.start, end: range.end, ...hitMessage('tooShortBrag'), suggestion: BRAG_SUGGESTION }];
    return [{ start: range.start, end: range.end, ...hitMessage(evidence.asks.length > 0 ? 'tooShortPitch' : 'tooShortPlug'), suggestion: describeIt }];
  },
});
