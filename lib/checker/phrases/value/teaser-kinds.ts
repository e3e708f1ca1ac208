// Teasers by how they withhold, the same kinds in every language: each language builds one pattern per kind from
// its own parts (its demonstratives, the subjects a headline hides, its numbers) and gives an example; the note and
// where the phrase counts belong to the kind, once. This mirrors the English list, which composes "this" + a hidden
// subject ("this guy..."), a count + a vague noun ("17 things..."), and "you won't believe" from parts.
// Sources: Blom & Hansen 2015 (forward-referring demonstratives), Chakraborty et al. 2016 (clickbait markers), and
// newsroom headlines in each language ("Así reaccionó...", "Das passiert, wenn...", "Ce que personne ne vous dit...").
import type { ValueEntry } from './entry';

interface TeaserKind {
  why: string;
  atStart?: boolean;
  namedAnswers?: boolean;
  question?: boolean;
  forward?: boolean;
  shown?: boolean;
  aboutOthers?: boolean;
  answeredByAmount?: boolean;
}

export const TEASER_KINDS = {
  hiddenSubject: {
    why: 'A demonstrative before a person, an animal, a picture or a trick ("este perro", "diese Braut") hides who or what the story is about; a name or a number after it tells.',
    atStart: true,
    namedAnswers: true,
    shown: true,
  },
  storyOfHidden: {
    why: 'The reaction, story or words of "this" someone, with the someone and the story both held back.',
    namedAnswers: true,
  },
  deedWithheld: {
    why: 'Says that someone did, said or found something and keeps what it was for the click.',
    atStart: true,
    namedAnswers: true,
  },
  nobodyTellsYou: {
    why: 'Promises what "nobody tells you" and tells none of it.',
  },
  nobodyExpected: {
    why: 'Announces a surprise ("nobody expected...") instead of saying what happened.',
    namedAnswers: true,
    forward: true,
  },
  effectOnReader: {
    why: 'Promises an effect on the reader or the crowd in place of the thing itself.',
    forward: true,
  },
  wentViral: {
    why: 'Reports that something went viral or stirred the internet instead of saying what it is; a count or an amount after it ("Twitter is losing it after Joey Chestnut ate 76 hot dogs in 10 minutes") tells what the crowd reacted to.',
    answeredByAmount: true,
  },
  countedByDemonstrative: {
    why: 'A demonstrative with a count ("diese 5 Fehler", "ces 10 choses") points at a list the post does not hold; naming the place or people it counts tells.',
    namedAnswers: true,
  },
  trickFor: {
    why: 'Names that a trick, secret or reason exists ("el truco para...") and withholds it.',
    atStart: true,
  },
  whyYouShould: {
    why: 'A "why you should (never)" title with the reason left out.',
    atStart: true,
  },
  happeningHere: {
    why: 'A demonstrative ("ça", "das", "isso") points at a scene the post neither shows nor names; a place or a number after it tells.',
    atStart: true,
    namedAnswers: true,
  },
  hypeLabel: {
    why: 'A hype label at the start ("Unglaublich!", "Incroyable :") says how to feel before saying anything.',
    atStart: true,
  },
  crowdKnows: {
    why: 'Defines its subject only by what the crowd knows, misses or talks about ("the one stock everyone is watching", "que casi nadie ha notado") and never names it.',
  },
  heldByRelative: {
    why: 'Opens on a thing named only by a relative clause that promises it to the reader or to all of us ("The £1 swap that could save your family hundreds", "La bebida que deberías tomar antes de dormir", "the mistake we all make") and never says which; a name or a number after it, an answer after a colon, or a main verb that goes on to say what it is ("… is a checklist") tells.',
    atStart: true,
    namedAnswers: true,
  },
  pointerInClause: {
    why: 'A demonstrative in the middle of a sentence, after what others buy, pass, find or leave ("Crypto traders are rushing to buy this coin", "Only 1 in 50 people can pass this test", "A woman found this in her attic"), points at a thing the post never names; the author showing their own find ("Found this in my attic", "I can\'t stop wearing this jacket") points at their photo.',
    shown: true,
    aboutOthers: true,
  },
  puzzleDare: {
    why: 'Dares others with a riddle, a test or a picture puzzle the post does not hold ("Only 1 in 50 people can spot the mistake in this photo", "Solo el 2 % resuelve este acertijo"): the puzzle and its answer are behind the click; someone telling of their own try ("I finally solved this riddle") shows it.',
    aboutOthers: true,
  },
  surpriseWith: {
    why: 'Says someone surprised or stunned people with a look, a photo, a message or an announcement ("Millie Bobby Brown sorprende con su nuevo look", "stuns fans with new look") and keeps what it was for the click; an answer after a colon or a name after it tells.',
    namedAnswers: true,
  },
  somethingUnnamed: {
    why: 'Says someone found or did "something" strange ("algo insólito", "etwas Seltsames") and keeps what it was.',
  },
  warningWithheld: {
    why: 'Says that experts or doctors warn about "this" habit, food or mistake and keeps which one for the click.',
    namedAnswers: true,
  },
  crowdReaction: {
    why: 'Reports how people reacted ("has employees furious", "ha indignado a las redes") and withholds what they reacted to; a count or an amount after it ("has fans in tears after Biles won her sixth gold with 59.131 points") tells it.',
    answeredByAmount: true,
  },
  beliefCorrected: {
    why: 'Tells the reader they are wrong ("worse than you think", "you\'ve been doing it wrong", "no es lo que crees") and keeps the right answer for the click.',
  },
  questionHeadline: {
    why: 'A headline asked as a question ("¿Por qué los gatos ronronean?", "Do you make this mistake?") whose answer is behind the link; a post that answers after the question tells.',
    atStart: true,
    question: true,
  },
  hypedStory: {
    why: 'A story, picture or reason sold by how it feels ("la increíble historia de...", "the heartwarming moment...") instead of by what happened in it.',
    atStart: true,
  },
  secretKept: {
    why: 'Says someone does not want the reader to know a thing ("the trick banks don\'t want you to know", "lo que no quieren que sepas") and keeps the thing for the click.',
  },
  guessWho: {
    why: 'Asks the reader to guess who or what ("Adivina quién…", "Rate mal, wer…", "Devinez qui…") and keeps the answer behind the click.',
  },
  oneThing: {
    why: 'A demonstrative before "one", "simple" or "little" and a vague noun ("this one sentence", "este sencillo truco", "cette simple astuce") promises a single thing and keeps it; naming it after tells.',
    namedAnswers: true,
  },
  leadInWh: {
    why: 'A lead-in that tells the reader to look or listen ("Look at what…", "Atención a lo que…", "Schaut euch an, was…", "Regardez ce que…", "Olha só o que…") before a wh-clause it leaves open: what was said, done or decided stays behind the click; an answer after a colon tells.',
    atStart: true,
  },
  whatHappensTo: {
    why: 'What happens to someone or something ("your body", "tu cuerpo", "deinem Körper") when or if a thing is done, with the outcome kept back; an answer after a colon tells.',
    atStart: true,
  },
  revealWithheld: {
    why: 'Reports that someone revealed, explained or confessed something ("the secret to...", "the mistake we all make at breakfast") and withholds what it was.',
  },
  neitherNor: {
    why: 'Rules out the obvious answers ("Ni Mallorca ni Ibiza:", "Forget Paris and Rome:") and then points at the real one with a demonstrative, keeping its name for the click.',
    atStart: true,
  },
  asWeKnowIt: {
    why: 'Announces the end of something "as we know it" and ends there: what changes is behind the link.',
  },
  whatsComing: {
    why: 'Promises what is coming or awaits the reader ("lo que llega este fin de semana", "was auf uns zukommt") and holds none of it; what follows it may tell.',
    forward: true,
  },
} as const satisfies Record<string, TeaserKind>;

export type TeaserKindId = keyof typeof TEASER_KINDS;

/** One language's pattern and example for a kind. */
export interface KindPhrase {
  pattern: string;
  example: string;
}

/** The lexicon entries of a language's composed teasers: its patterns with the kinds' notes and places. */
export function composeTeasers(phrases: Partial<Record<TeaserKindId, KindPhrase>>): ValueEntry[] {
  return (Object.entries(phrases) as [TeaserKindId, KindPhrase][]).map(([kind, p]) => {
    const { why, ...where } = TEASER_KINDS[kind] as TeaserKind;
    return { pattern: p.pattern, example: p.example, why, ...where };
  });
}
