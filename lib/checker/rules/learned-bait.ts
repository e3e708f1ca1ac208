import { hasSubstance, modelSays, tellsNews, thanksForMilestone, unless } from '../policy';
import { teaserWords } from '../lexicon';
import { hitMessage } from '../messages';
import { WORD_FLAG } from '../phrases/book';
import { defineRule, type RuleInput } from '../rule';
import { exclaims, leavesQuestionOpen, opensAskingTheReader, ownLife } from '../teasers';

/** At this promotion probability the post reads as a pitch rather than a teaser. */
const PITCH = 0.5;
/** Fewer words than this cannot tease: "Great post!" says too little, not too little on purpose. */
const MIN_WORDS = 4;
/** Phrase lists that make a post a pitch (teaser phrases are not among them: those are this rule's business). */
const PITCH_KEYS = ['callToAction', 'service', 'discount', 'giveaway', 'affiliate'] as const;

/**
 * Whether the post may be holding something back, as a teaser does: a link standing in for what it says, a teaser's
 * form (a forward "this is why", "here's what", an unnamed count "17 things", a cut-off story "what happened next"), a
 * question it opens with and leaves open, or an impersonal line such as a headline is (no I, my or we; no "!" or emoji
 * of someone speaking; no mark of someone exclaiming, such as "omg", "lol", "What a game", "so good", "Qué golazo",
 * "linda demais": see exclaims in teasers.ts), where the model's reading is all there is to go on. The model learned
 * its bait reading from headlines, where "the best" and "so talented" are hype; in a status update, a greeting or a
 * fan's opinion ("Had the best weekend with my family", "Katy Perry is so talented, I love this song") the same words
 * withhold nothing, so there its reading is no reason to say "teases". Nor is it where the author tells of their own
 * life after a teaser's words or question ("This is why I love autumn", "What should we name our bot?"): see ownLife
 * in teasers.ts. Capitals are no sign of a headline here: headlines posted as tweets come in sentence case too (but a
 * line in Title Case is a headline's, whatever its words: exclaims leaves it to the model).
 */
export function withholds(input: RuleInput): boolean {
  const { doc, evidence } = input;
  if (doc.urls.length > 0) return true;
  if (ownLife(doc, evidence.flags, evidence.teasers)) return false;
  if (evidence.teasers.length > 0) return true;
  if (leavesQuestionOpen(doc, evidence.sentences, evidence.content)) return true;
  return !evidence.flags.some((f) => (f & WORD_FLAG.me) !== 0) && !SPOKEN_RE.test(doc.text) && !exclaims(doc) && !opensWithKnownSubject(input);
}

/**
 * Whether the post opens with a third-person subject pronoun ("Ele usa o mesmo tênis há cinco anos e ainda corre 10 km
 * por dia", "She still bakes every loaf by hand"; teaser lexicon `knownSubjects`): it tells of someone the writer knows,
 * as people speak; a headline names whom it is about. A teaser's form in it ("She did this one thing…") is caught before.
 */
function opensWithKnownSubject(input: RuleInput): boolean {
  const first = input.evidence.lower[0];
  return first !== undefined && (teaserWords(input.doc.lang)?.knownSubjects.has(first) ?? false);
}

/** Marks of someone speaking rather than a headline: an exclamation or an emoji ("Happy birthday to the best mom ❤️"). */
const SPOKEN_RE = /[!¡]|\p{Extended_Pictographic}/u;

/**
 * Whether the post announces the author's own news: a brag or an announcing verb (lexicon `announce`), with the
 * author in it ("Ich freue mich, mitteilen zu dürfen, dass ich…", "WE DID IT… so proud of this team"). Such a post
 * withholds nothing either, but what it lacks is for the reader: the model's reading there says that, not "teases".
 */
function announcesOwnNews(input: RuleInput): boolean {
  const { doc, evidence } = input;
  if (input.find('brag').length === 0 && !teaserWords(doc.lang)?.announce.test(doc.text)) return false;
  return evidence.flags.some((f) => (f & WORD_FLAG.me) !== 0);
}

export default defineRule({
  meta: {
    id: 'learned-bait',
    family: 'missing-value',
    description:
      'Reads like a teaser or clickbait that withholds what it points to, a question to readers with no answer of the author’s, or an announced win with nothing for the reader, by the learned model’s judgement.',
    why: 'A teaser makes readers click or scroll to find out what the post could have said; the words quoted are the ones that made it read that way.',
    weight: 1.5,
  },
  check(input) {
    const { doc, evidence, model, ctx } = input;
    // Brief warmth, thanks or sympathy in a reply is never "missing value"; only new posts are judged here.
    if (ctx.reply) return [];
    // A teaser needs room to withhold something; two or three words are too-short's to name, while still typing too.
    if (doc.words.length < MIN_WORDS) return [];
    // A pitch is self-promotion's to name, with its own advice; "teases" would be the wrong reason.
    const pitch = (model.promotion >= PITCH && model.promotion >= model.bait) || PITCH_KEYS.some((key) => input.find(key).length > 0);
    if (pitch) return [];
    // A pointer or prompt the phrase rules found is theirs to name, with their specific advice.
    if (input.find('vaguePointer').length > 0 || input.find('agreement').length > 0 || input.find('bait').length > 0) return [];
    // Nothing held back: whatever the model weighed, the post does not tease. A status update, a greeting or a fan's
    // opinion then gets no hint; the author's announced win gets the true reason, that it has nothing for the reader.
    // A question to the audience ("What's your go-to cheap dinner recipe?") keeps nothing back: it asks for their
    // answer and gives none of the author's, which is what the hint then says.
    const asksReader = opensAskingTheReader(evidence.sentences, input.find('question'));
    const teases = !asksReader && withholds(input);
    if (!teases && !asksReader && !announcesOwnNews(input)) return [];
    // Weak evidence: a link with little said around it.
    const weak = doc.urls.length > 0 && evidence.contentWords < 8;
    if (!modelSays(input, 'bait', weak)) return [];
    const focus = model.focus.bait;
    if (!focus) return [];
    const words = doc.text.slice(focus.start, focus.end);
    const hits = [
      {
        start: focus.start,
        end: focus.end,
        ...(teases ? hitMessage('learnedBait', { words }) : hitMessage(asksReader ? 'readerQuestion' : 'tooShortBrag')),
        suggestion: teases
          ? 'Put the answer in the post: the number, the name, the finding or what actually happened. A post that tells gets shared; one that teases gets scrolled past.'
          : asksReader
            ? 'Give your own answer first (what you picked and why), so people have something real to reply to.'
            : 'Add what the reader can take from it: what made it work, what you would do again, or whom it is thanks to and for what.',
      },
    ];
    // A post that tells news of an event with a fact ("Colorado wildfire doubles in size on Sunday") withholds nothing,
    // whatever headline words the model weighed.
    // A milestone thanked to the readers is humblebrag's one gentle card; the model's bait reading would be a second.
    return unless(hasSubstance(input) || tellsNews(input) || thanksForMilestone(input), input, this.meta.weight, hits);
  },
});
