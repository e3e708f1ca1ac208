import { givesSomething, passesHelpOn, reportsSympathy, unless } from '../policy';
import { reportsBeyondSympathy, sympathyClauses, sympathySentences } from '../signals';
import { defineRule, type Hit, type RuleInput } from '../rule';
import { WORD_FLAG } from '../phrases/book';
import { hitMessage } from '../messages';
import { byStart, inOrder, overlaps, within, type Span } from '../text';

/** Ways to help, in our five languages: sympathy that says how to help gives something. */
const HELP_RE = /(?<![\p{L}])(?:donat|volunteer|how to help|how you can help|listen to|ayud|don[ae]|helfen|spend|aider|faire un don|ajud|doar|doe|doa[çc])/iu;

/**
 * Warnings and instructions, in our five languages: "stay safe and stay off the roads" tells the reader what to do, and
 * "stay safe, the roads are icy" what to watch for.
 * They may share the sentence of the sympathy, so they are read in the whole text.
 */
const WARNING_RE =
  /(?<![\p{L}])(?:(?:roads?|streets?|pavements?|sidewalks?|paths?|bridges?) (?:are|is) (?:icy|slippery|flooded|closed|blocked|treacherous)|stay (?:off|away from|home|inside|indoors|out of)|avoid (?:the |all )?(?:area|roads?|river|bridge|downtown|travel|\p{L}+ (?:road|street|bridge|highway))|do not (?:drive|travel|go out)|don't (?:drive|travel|go out)|move to higher ground|boil (?:your |the )?water|qu[eé]d(?:at|ese|ense) en casa|no salg(?:as|an)|eviten (?:la|las|el|los) |bleib(?:t|en sie) (?:zu hause|drinnen|weg)|meidet |nicht (?:fahren|rausgehen)|restez (?:chez vous|à l'abri|à la maison)|évitez (?:la|le|les) |ne sortez pas|fiquem em casa|evitem (?:a|as|o|os) |não saiam)/iu;

/**
 * Tags that file a post under mottos: #motivation, #mondaymotivation, #quoteoftheday, #mindset, #Erfolg, #frasedodia,
 * and the leadership and entrepreneurship tags mottos are posted under on LinkedIn (#leadership, #liderazgo,
 * #Führung, #empreendedorismo, #teamwork). A short saying under two of them, with no detail and no word of its author,
 * is the motto itself: "Wer aufhört, besser zu werden, hat aufgehört, gut zu sein. #Motivation". A tip or a story
 * under the same tag gives and stays quiet.
 */
const MOTTO_TAG_RE =
  /^#(?:(?:monday|daily|morning)?motiva(?:tion|ci[oó]n|[cç][aã]o)(?:monday|al|quotes?)?|(?:daily)?inspira(?:tion|ci[oó]n|[cç][aã]o)|quotes?(?:oftheday)?|mindset|successmindset|success|erfolg|hustle|grind|zitat(?:destages)?|citation(?:dujour)?|frase(?:dod[ií]a|deld[ií]a|s)?|leadership|liderazgo|lideran[cç]a|f[üu]hrung|entrepreneurship|entrepreneuriat|emprendimiento|empreendedorismo|unternehmertum|teamwork|trabajoenequipo|trabalhoemequipe|teamgeist)$/iu;
/** One motto tag may sit on anything ("Shipped the release today #motivation"); two file the post as a motto. */
const MOTTO_TAGS = 2;
/** A motto runs to a sentence or two; longer posts under a motto tag tell something. */
const MOTTO_WORDS = 15;

/** Sentences of a short post filed under a motto tag that says nothing of its own: no detail, no I or we. */
function mottoSentences(input: RuleInput): Span[] {
  const { doc, evidence } = input;
  if (input.ctx.reply || doc.hashtags.filter((t) => MOTTO_TAG_RE.test(t.text)).length < MOTTO_TAGS) return [];
  if (evidence.contentWords > MOTTO_WORDS || evidence.specifics.length > 0 || doc.urls.length > 0) return [];
  if (evidence.flags.some((f) => (f & WORD_FLAG.me) !== 0)) return [];
  return evidence.sentences.filter((s) => doc.words.some((w) => w.start >= s.start && w.start < s.end));
}

const MOTTO_SUGGESTION = 'Add the story that made you think it: what happened, what you did, what changed. One real example beats the motto.';

/**
 * A tally of the author's calendar closed by a big word ("✅ 365 days ✅ 12 months ✅ 52 weeks ✅ 1 mission", "5
 * Termine. 3 Calls. 1 Vision.", "12 mois. 4 projets. 1 équipe incroyable."): it looks busy and says nothing, in a
 * post of its own with no link (tally.ts). In a reply it answers someone.
 */
function tallyPost(input: RuleInput): Span[] {
  if (input.ctx.reply || input.doc.urls.length > 0) return [];
  return input.evidence.tally;
}

const TALLY_SUGGESTION = 'Tell one of them: what happened at the conference, what the project changed, what you learned. The counts alone say nothing to the reader.';

/**
 * A hook that counts the words that changed the author's life or career ("3 words that changed my career:", "3 Worte,
 * die meine Karriere verändert haben:", "3 palavras que mudaram minha vida:", "tres palabras que cambiaron mi vida",
 * "3 mots qui ont changé ma carrière"). Followed by a lesson told it heads the lesson; followed only by the few
 * words themselves ("Just. Start. Now.", "Einfach. Machen. Jetzt.", "Foco. Fé. Disciplina.") it is a motto cut into
 * one-word lines, which reads as advice ("Start.") but hands the reader nothing.
 */
const WORD_MOTTO_HOOK_RE =
  /^\s*(?:\d|two|three|four|five|dos|tres|cuatro|cinco|zwei|drei|vier|f[üu]nf|deux|trois|quatre|cinq|du[ao]s|dois|tr[êe]s|quatro) (?:(?:words?|palabras?|w[öo]rte(?:r)?|mots?|palavras?),? (?:that|which|que|die|qui) (?:(?:have|ont) )?(?:changed|transformed|shaped|saved|defined|cambiaron|transformaron|salvaron|definieron|mudaram|transformaram|salvaram|definiram|chang[ée]s?|transform[ée]s?|sauv[ée]s?|meine?n? |mi |ma |mon |(?:a )?minha |meu |my ))/iu;
/** The rest of such a post: a few one-word lines or sentences, emoji and hashtags. */
const WORD_MOTTO_HOOK_END_RE = /^[^\n:.!?]{0,40}?(?:[:.!?]|\n)/u;
const WORD_MOTTO_WORDS_RE = /^\s*(?:(?:[\p{Extended_Pictographic}\uFE0F\u200D]|#[\p{L}\p{N}_]+)\s*)*(?:[\p{L}'’-]+\s*[.!,]*\s*(?:(?:[\p{Extended_Pictographic}\uFE0F\u200D]|#[\p{L}\p{N}_]+)\s*)*){1,5}$/u;

/** The span of a post that is only a counted-words hook and its few words, or null. */
function wordMotto(text: string): Span | null {
  const hook = WORD_MOTTO_HOOK_RE.exec(text);
  if (!hook) return null;
  const afterHook = text.slice(hook.index + hook[0].length);
  const end = WORD_MOTTO_HOOK_END_RE.exec(afterHook);
  if (!end) return null;
  const rest = afterHook.slice(end[0].length);
  if (!WORD_MOTTO_WORDS_RE.test(rest)) return null;
  const start = hook.index + hook[0].length - hook[0].trimStart().length;
  return { start, end: text.trimEnd().length };
}

const WORD_MOTTO_SUGGESTION = 'Tell the moment behind the words: what you did, what happened, what changed. The words alone are a motto.';

/**
 * The day a post opens with, in our five languages ("Segunda-feira 08/12 ☀️", "Monday 8 Dec ✨", "Lunes 8/12", "Montag,
 * 8.12.", "Lundi 8 décembre"): a date over a motto tells what day it is, not something of the motto's.
 */
const DATE_HEADING_RE =
  /^\s*(?:[\p{Extended_Pictographic}\uFE0F]\s*)*(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|lunes|martes|mi[eé]rcoles|jueves|viernes|s[aá]bado|domingo|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|segunda|ter[cç]a|quarta|quinta|sexta)(?:-feira)?,? (?:\d{1,2}[./]\d{1,2}(?:[./]\d{2,4})?\.?|\d{1,2}(?:st|nd|rd|th|\.)? (?:de )?\p{L}{3,9}\.?)(?![\p{L}\p{N}])/iu;

/** The specifics outside the date a post opens with. */
function outsideDateHeading(text: string, specifics: readonly Span[]): readonly Span[] {
  const heading = DATE_HEADING_RE.exec(text);
  if (!heading) return specifics;
  const end = heading.index + heading[0].length;
  return specifics.filter((s) => s.start >= end);
}

/** A post this short with one platitude is the platitude; longer posts need two before they count as empty. */
const SHORT_POST = 12;

/**
 * The author's own people ("praying for my mom's surgery tomorrow", "por mi abuela", "für meine Oma"): with no event
 * named, the wish is a personal update, not a platitude about the news.
 */
const OWN_PEOPLE_RE =
  /(?<![\p{L}])(?:my|mi|mis|mein|meine|meinen|meiner|meinem|mon|ma|mes|meu|minha|meus|minhas) (?:(?:little|big|best|dear|kleine[nr]?|große[nr]?|petite?|querid[oa]|pequen[oa]) )?(?:mom|mum|mother|dad|father|grandma|grandpa|gran|nan|sister|brother|son|daughter|wife|husband|partner|baby|niece|nephew|aunt|uncle|cousin|friend|mam[aá]|madre|pap[aá]|padre|abuel[oa]|herman[oa]|hij[oa]|espos[oa]|amig[oa]|mutter|mama|vater|papa|oma|opa|schwester|bruder|sohn|tochter|frau|mann|freund|freundin|mère|maman|père|grand-mère|grand-père|mamie|papi|sœur|frère|fils|fille|femme|mari|ami|amie|mãe|pai|av[óô]|irm[ãa]o?|filh[oa]|marido)(?![\p{L}])/iu;

/** Beside its sympathy, a post may say this much more in sentences of its own ("This too shall pass") and be only sympathy. */
const SYMPATHY_ASIDE = 5;

/**
 * Whether a post of sympathy holds nothing else: no number or time (the size of the quake, when it struck), no event
 * named outside its sentences of sympathy ("a terrible train crash occurred yesterday. We pray for all involved"), and
 * no more than a short aside in other words. Whom the sympathy is for ("the victims of the quake in Cebu and Bohol")
 * is part of it; a personal update or a story beside it ("We're safe, power is out on our street") is not.
 */
function onlySympathyBesides(input: RuleInput): boolean {
  const { doc, evidence } = input;
  if (evidence.specifics.length > 0) return false;
  const sympathetic = sympathySentences(input.find, evidence.sentences);
  if (input.find('event').some((m) => !within(sympathetic, m.start))) return false;
  // What happened, told in a sentence before its wish ("At least three people died in the crash, BBC told <link> very sad news")
  // is news; after it, whom the wish is for ("thoughts with all who died in the crash").
  const clauses = sympathyClauses(input.find, evidence.sentences);
  const beforeWish = (m: Span) => clauses.some((c) => m.end <= c.start && sympathetic.some((s) => s.start <= m.start && c.start < s.end));
  if (input.find('happened').some(beforeWish)) return false;
  let aside = 0;
  doc.words.forEach((w, i) => {
    if (!within(sympathetic, w.start)) aside += evidence.content[i]!;
  });
  return aside <= SYMPATHY_ASIDE;
}

export default defineRule({
  meta: {
    id: 'empty-platitude',
    family: 'missing-value',
    description:
      'Generic motivation or wisdom, or sympathy with no detail and no way to help: it could be posted by anyone, about anything.',
    why: 'Readers have seen “keep going” a thousand times; your own example of it is what they have not seen.',
    weight: 1.5,
  },
  check(input) {
    const { doc, evidence } = input;
    // Sympathy ("thoughts and prayers", "stay strong") is a platitude in a post of its own; in a reply it is warmth to
    // someone, even where a motto says the same words.
    const all = input.ctx.reply
      ? input.find('platitude').filter((m) => !overlaps(input.find('sympathy'), m.start, m.end))
      : inOrder([...input.find('platitude'), ...input.find('sympathy')], byStart);
    const inText = all.filter((m) => !overlaps(doc.hashtags, m.start, m.end));
    const counted = wordMotto(doc.text);
    if (counted) return [{ start: counted.start, end: counted.end, ...hitMessage('emptyPlatitude'), suggestion: WORD_MOTTO_SUGGESTION }];
    if (inText.length === 0) {
      const motto = mottoSentences(input);
      if (motto.length === 0) {
        const tally = tallyPost(input);
        if (tally.length === 0) return [];
        const hit = { start: tally[0]!.start, end: tally[tally.length - 1]!.end, ...hitMessage('emptyPlatitude'), suggestion: TALLY_SUGGESTION };
        return unless(givesSomething(input), input, this.meta.weight, [hit]);
      }
      const hit = { start: motto[0]!.start, end: motto[motto.length - 1]!.end, ...hitMessage('emptyPlatitude'), suggestion: MOTTO_SUGGESTION };
      return unless(givesSomething(input), input, this.meta.weight, [hit]);
    }
    // Sympathy beside a report ("Guatemala is hit by a strong earthquake", "road closures") or a way to help is not
    // empty; a report inside the sympathy's own sentence ("praying for all affected by the floods") says whom it is for.
    const onlySympathy = input.find('platitude').length === 0;
    if (onlySympathy && (reportsBeyondSympathy(input.find, evidence.sentences).length > 0 || input.find('helping').length > 0 || HELP_RE.test(doc.text) || WARNING_RE.test(doc.text))) return [];
    // Sympathy someone else sent, reported ("The Queen says her thoughts are with the victims"), is news of a
    // statement; sympathy with a way to help or a link for those affected ("For anyone in the affected areas: <link>")
    // passes help on.
    if (onlySympathy && (reportsSympathy(input) || passesHelpOn(input))) return [];
    if (onlySympathy && input.find('event').length === 0 && OWN_PEOPLE_RE.test(doc.text)) return [];
    if (onlySympathy ? !onlySympathyBesides(input) : (all.length < 2 && evidence.contentWords > SHORT_POST) || outsideDateHeading(doc.text, evidence.specifics).length > 0) return [];
    // One finding per stretch of platitude sentences.
    const spans: Span[] = [];
    for (const s of evidence.sentences) {
      if (!inText.some((m) => within([s], m.start))) continue;
      const last = spans[spans.length - 1];
      const between = last ? doc.text.slice(last.end, s.start) : '';
      if (last && /^[\s\p{Extended_Pictographic}\uFE0F\u200D]*$/u.test(between)) last.end = s.end;
      else spans.push({ ...s });
    }
    // start and end written out: a literal that spreads two objects takes V8's slow path (discount-code.ts).
    const hits: Hit[] = spans.map(({ start, end }) => ({
      start,
      end,
      ...hitMessage('emptyPlatitude'),
      suggestion: MOTTO_SUGGESTION,
    }));
    return unless(givesSomething(input), input, this.meta.weight, hits);
  },
});
