import { askLexicon, fold } from '../lexicon';
import type { PhraseMatch } from '../phrases';
import { WORD_FLAG } from '../phrases/book';
import { givesClearly, handsOver, hasSubstance, inNotice, reportsNews, STORY_TAKEAWAY, talksWithGuest, unless } from '../policy';
import { defineRule, type RuleInput } from '../rule';
import { hitMessage } from '../messages';
import { byStart, inOrder, overlaps } from '../text';

/** Thanks weigh this much when they say whom or what for (signals.ts, warmth.ts). */
const NAMED = 1.5;

/**
 * Brags that name no subject of their own ("just launched", "new video", "named one of"): they are the author's news
 * only when nothing else stands before them as the subject. "OpenAI just dropped…", "Someone just launched…",
 * "officials released new video footage", "Lincoln High is now open for evacuees", "The match is going live in 20
 * minutes on BBC One" report other people's news.
 */
const SUBJECTLESS_RE =
  /^(?:just|finally|officially|newly|new|named|voted|selected|chosen|recognized|featured|shortlisted|nominated|is|are|going|gone|went)\b/i;
/** Words before a brag that still leave the author as its subject ("it's live", "and finally launched"). */
const OWN_SUBJECT = new Set(['it', "it's", 'its', 'this', 'and', 'so', 'now', 'today', 'we', 'i']);
/** News said to come from someone after it: "Big news from the council: …" (not "from us", "from our team"). */
const NEWS_FROM_RE = /^\s+(?:coming |out )?from (?!(?:me|us|my|our|the team|team)(?![\p{L}]))\S/iu;
/** "voted for" is a brag only in the passive ("I was voted…"); "what I voted for" is a vote. */
const PASSIVE_ONLY_RE = /^voted\b/i;
const PASSIVE_RE = /\b(?:been|was|were|got|get|be|being|i'm|we're|im)\s*$/i;

/**
 * People an author names as "my"/"our" someone ("my sister just opened a bakery", "our client just launched"): the
 * subject is that person, not the author. "My team", "our company" stay the author's own.
 */
const OTHER_PEOPLE: ReadonlySet<string> = new Set([
  'neighbour', 'neighbor', 'neighbours', 'neighbors', 'friend', 'friends', 'sister', 'brother', 'mom', 'mum', 'dad', 'mother', 'father', 'son',
  'daughter', 'wife', 'husband', 'partner', 'cousin', 'aunt', 'uncle', 'niece', 'nephew', 'grandma', 'grandpa', 'colleague', 'colleagues',
  'coworker', 'coworkers', 'boss', 'kid', 'kids', 'children', 'student', 'students', 'client', 'clients', 'mentor', 'mentee', 'roommate',
  'girlfriend', 'boyfriend', 'bestie', 'buddy', 'pal',
]);

/** Whether the author's word at `i` ("my", "our") belongs to someone named after it ("our neighbour's", "my sister"). */
function ownsSomeoneElse(input: RuleInput, i: number): boolean {
  const { doc, evidence } = input;
  if (!/^(?:my|our)$/.test(evidence.lower[i]!)) return false;
  const next = doc.words[i + 1];
  if (!next) return false;
  const word = evidence.lower[i + 1]!;
  // "our neighbour's daughter": a possessive after the author's word, in the token or right after it.
  return OTHER_PEOPLE.has(word.replace(/['’]s$/, '')) || /['’]s$/.test(word) || /^['’]s\b/.test(doc.text.slice(next.end, next.end + 3));
}

/**
 * Availability brags in the other languages ("est sorti", "ist da", "chegou", "ya está aquí"): they name no subject of
 * their own either. With another subject before them, no word of the author's, and nowhere to go (no link, no ask),
 * they tell someone else's news ("Le nouveau film de Villeneuve est sorti", "O verão chegou"); a maker's release
 * note with its link ("Acme 4.0 ist da: acme.example.de") stays the maker's. So does "new" as English's: "Neue Folge
 * ist online!" is the author's, "El nuevo episodio de Radio Ambulante es buenísimo" a fan's.
 */
// Not `\b`: it is ASCII-only, so it finds no end after "já".
const SUBJECTLESS_INTL_RE = /^(?:est|sont|ist|sind|endlich|ya|por fin|chegou|j[aá]|vient de sortir|nuev[oa]s?|nov[oa]s?|neue[snr]?|nouvel(?:le)?s?|nouveaux?)(?![\p{L}\p{N}])/iu;
/**
 * An award told without its subject ("elegida la mejor", "élu meilleur", "zum schönsten Hofladen gewählt", "eleita a
 * melhor"): the author's only when nothing but the author's words stands before it in its sentence ("Nuestra tienda ha
 * sido elegida…"); "Messi, elegido mejor jugador https://t.co/x" is news with its link.
 */
const AWARD_INTL_RE =
  /^(?:elegid|votad|seleccionad|reconocid|nombrad|premiad|galardonad|distinguid|eleit|selecionad|reconhecid|escolhid|nomead|élu|votée?|sélectionn|nommée?|reconnue?|désignée?|classée?|récompensée?|sacrée?|distinguée?|zum|zur|zu|als|gewählt|gekürt|ausgezeichnet)/iu;
/** Words before a brag that still leave the author as its subject in the other languages ("et", "y", "und", "e"). */
const OWN_SUBJECT_INTL = new Set([
  'et', 'y', 'und', 'e', 'ça', 'ca', 'es', 'il', 'elle', 'er', 'sie', 'ele', 'ela', 'já', 'ja',
  // The auxiliaries of a passive whose subject is dropped ("Hemos sido elegidos", "Fomos eleitos", "Avons été élus").
  'hemos', 'he', 'ha', 'somos', 'soy', 'fuimos', 'fui', 'fue', 'sido', 'fomos', 'foi', 'sou', 'avons', 'ai', 'sommes', 'suis', 'été', 'a', 'wurde', 'wurden', 'bin',
]);

/**
 * A sentence that opens by introducing the author by name ("its DJ Kross here, new mix out", "Soy DJ Kross, nuevo mix
 * ya disponible", "Ich bin DJ Kross, neuer Mix ist draußen", "C'est DJ Kross, nouveau mix dispo", "sou o DJ Kross, mix
 * novo saiu"): the name before the brag is the author's own, not another subject.
 */
const SELF_INTRO_RE =
  /^\s*(?:(?:hey|hi|yo|hola|oi|salut|hallo|servus)[\s,!]+(?:(?:guys|all|everyone|y'all|gente|galera|leute|tout le monde)[\s,!]+)?)?(?:(?:it['’]?s|this is|i['’]?m|i am|soy|ich bin|hier ist|c['’]est|moi c['’]est|je suis|eu sou|sou)\s+(?:(?:o|a|el|la|der|die)\s+)?[\p{L}\p{N}.$_-]+(?:\s+[\p{L}\p{N}.$_-]+)?|[\p{L}\p{N}.$_-]+(?:\s+[\p{L}\p{N}.$_-]+)?\s+(?:here|aqu[ií]|ici|hier))(?:\s+(?:here|aqu[ií]|ici|hier))?\s*[,:!–—-]+\s*$/iu;

/** Whether the text before the brag, in its sentence, is only the author introducing themselves by name. */
function introducesAuthor(input: RuleInput, m: PhraseMatch): boolean {
  const sentence = input.evidence.sentences.find((s) => m.start >= s.start && m.start < s.end);
  return SELF_INTRO_RE.test(input.doc.text.slice(sentence?.start ?? 0, m.start));
}

/** Whether the brag is about someone other than the author: its sentence names another subject before it. */
function aboutSomeoneElse(input: RuleInput, m: PhraseMatch): boolean {
  if (introducesAuthor(input, m)) return false;
  if (input.doc.lang !== 'en') return aboutSomeoneElseIntl(input, m);
  if (NEWS_FROM_RE.test(input.doc.text.slice(m.end, m.end + 40))) return true;
  if (!SUBJECTLESS_RE.test(m.text)) return false;
  const { doc, evidence } = input;
  const sentence = evidence.sentences.find((s) => m.start >= s.start && m.start < s.end);
  const from = sentence?.start ?? 0;
  const before = doc.text.slice(from, m.start);
  if (PASSIVE_ONLY_RE.test(m.text) && !PASSIVE_RE.test(before)) return true;
  let words = 0;
  for (let i = 0; i < doc.words.length && doc.words[i]!.start < m.start; i++) {
    if (doc.words[i]!.start < from) continue;
    if (evidence.flags[i]! & WORD_FLAG.me) {
      if (!ownsSomeoneElse(input, i)) return false;
      words++;
      i++;
      continue;
    }
    if (!OWN_SUBJECT.has(evidence.lower[i]!)) words++;
  }
  return words > 0 || doc.mentions.some((t) => t.start >= from && t.end <= m.start);
}

/** A lead that tells an award's repeat or year, in the four other languages, with the emoji before it. */
const REPEAT_LEAD_RE =
  /^[\s\p{Extended_Pictographic}\uFE0F\u200D]*(?:(?:por|pel[oa]|pour la|zum|f[uü]r das) [\p{L}\p{N}.]+ (?:a[ñn]o|vez|ano|ann[ée]e|fois|mal|jahr)(?: (?:consecutiv[oa]|consécutive|seguid[oa]|de suite|in folge|hintereinander))?|(?:otra vez|un a[ñn]o m[aá]s|este a[ñn]o|mais uma vez|de novo|este ano|encore une fois|cette ann[ée]e|erneut|wieder|auch (?:dieses|in diesem) jahr))[\s,]*/iu;

function aboutSomeoneElseIntl(input: RuleInput, m: PhraseMatch): boolean {
  const { doc, evidence } = input;
  if (introducesAuthor(input, m)) return false;
  const award = AWARD_INTL_RE.test(m.text);
  if (!award && (!SUBJECTLESS_INTL_RE.test(m.text) || doc.urls.length > 0 || evidence.asks.length > 0)) return false;
  const sentence = evidence.sentences.find((s) => m.start >= s.start && m.start < s.end);
  // A lead of the award's repeat or year ("Pelo terceiro ano seguido fomos eleitos…", "Por tercer año consecutivo…",
  // "Zum dritten Mal in Folge…", "Pour la troisième année consécutive…", "Mais uma vez…") is no other subject.
  const start = sentence?.start ?? 0;
  const lead = award ? REPEAT_LEAD_RE.exec(doc.text.slice(start, m.start)) : null;
  const from = start + (lead ? lead[0].length : 0);
  let words = 0;
  for (let i = 0; i < doc.words.length && doc.words[i]!.start < m.start; i++) {
    if (doc.words[i]!.start < from) continue;
    if (evidence.flags[i]! & WORD_FLAG.me) {
      // "Mon frère a été élu meilleur apprenti": the award is the brother's, the author only his kin.
      if (award && OTHER_PEOPLE_INTL.has(evidence.lower[i + 1] ?? '')) return true;
      return false;
    }
    if (!OWN_SUBJECT_INTL.has(evidence.lower[i]!)) words++;
  }
  return words > 0;
}

/** People an author names as "mi"/"mon"/"meu"/"mein" someone in the other languages: their award is theirs. */
const OTHER_PEOPLE_INTL: ReadonlySet<string> = new Set([
  'hermano', 'hermana', 'hermanos', 'hijo', 'hija', 'hijos', 'madre', 'padre', 'padres', 'mamá', 'papá', 'amigo', 'amiga', 'amigos', 'abuelo',
  'abuela', 'tío', 'tía', 'primo', 'prima', 'marido', 'mujer', 'esposo', 'esposa', 'novio', 'novia', 'pareja', 'compañero', 'compañera', 'alumno',
  'alumna', 'alumnos', 'cliente', 'clientes', 'vecino', 'vecina',
  'frère', 'sœur', 'soeur', 'fils', 'fille', 'mère', 'père', 'maman', 'papa', 'ami', 'amie', 'amis', 'oncle', 'tante', 'cousin', 'cousine', 'mari',
  'femme', 'copain', 'copine', 'collègue', 'élève', 'élèves', 'enfants', 'parents', 'voisin', 'voisine',
  'irmão', 'irmã', 'filho', 'filha', 'filhos', 'mãe', 'pai', 'pais', 'avó', 'avô', 'tio', 'tia', 'esposa', 'namorado', 'namorada', 'colega',
  'aluno', 'aluna', 'alunos', 'vizinho', 'vizinha',
  'bruder', 'schwester', 'sohn', 'tochter', 'mutter', 'vater', 'mama', 'freund', 'freundin', 'freunde', 'oma', 'opa', 'onkel', 'cousine', 'mann',
  'frau', 'kollege', 'kollegin', 'schüler', 'schülerin', 'kinder', 'eltern', 'nachbar', 'nachbarin',
]);

/** A capitalised name, a link or a handle: what a launch word introduces ("Introducing Ping Links"). */
const NAMED_RE = /^\s*[:\-–—]?\s*(?:\p{Lu}|https?:|@|[a-z0-9-]+\.[a-z]{2,})/u;

/**
 * A name set off by a comma and described as someone with an article and a "who" clause ("Meet Nova, a 3-year-old
 * golden retriever who just became the first therapy dog at DEN", "Conheça Ana, a bióloga de 28 anos que…"): a
 * profile of someone else, as a newsroom introduces them, not the author's launch. Where "que"/"qui" also open a
 * thing's clause, an age tells a person. "Meet Codex, the agent that writes your tests" and "Presentamos Lumen, la
 * app de notas que…" are products'; "Meet Sam, our new head chef who…" says "our", not an article.
 */
const PROFILED_RE =
  /^\s*\p{Lu}[\p{L}\p{N}'’.-]*(?:\s+\p{Lu}[\p{L}\p{N}'’.-]*){0,3}\s*,\s+(?:a|an|the|el|la|un|una|o|um|uma|le|une|der|die|das|ein|eine)\s+(?:(?:[\p{L}\p{N}'’-]+\s+){0,6}?(?:who|whose)|(?:[\p{L}\p{N}'’-]+\s+){0,3}?\d{1,3}(?:-year-old|\s+(?:años|anos|ans)|-jährige[rn]?)\s+(?:[\p{L}\p{N}'’-]+\s+){0,4}?(?:que|qui|dont|der|die))(?![\p{L}])/u;

/** Sentences that open with a launch word and a name: "Introducing EgoMI: …", "Meet Codex", "Presentamos Lumen". */
function launches(input: RuleInput): PhraseMatch[] {
  const words = askLexicon(input.doc.lang)?.launch;
  if (!words || words.length === 0) return [];
  const { text } = input.doc;
  const out: PhraseMatch[] = [];
  for (const s of input.evidence.sentences) {
    // Most sentences start with a letter no launch word starts with: one comparison, no string built.
    const first = text[s.start]!.toLowerCase();
    if (!words.some((w) => w[0] === first)) continue;
    const head = fold(text.slice(s.start, s.start + 40).toLowerCase());
    for (const w of words) {
      if (!head.startsWith(w) || /[\p{L}\p{N}]/u.test(head[w.length] ?? '')) continue;
      const end = s.start + w.length;
      if (NAMED_RE.test(text.slice(end, end + 40)) && !PROFILED_RE.test(text.slice(end, s.end))) out.push({ start: s.start, end, text: text.slice(s.start, end) });
      break;
    }
  }
  return out;
}

export default defineRule({
  meta: {
    id: 'humblebrag',
    family: 'self-promotion',
    description: 'An announcement or achievement about the author with no takeaway for the reader.',
    why: 'Readers are glad for you for a second; what they remember and share is what they can learn from how you got there.',
    weight: 2,
  },
  check(input) {
    // "Our library is now open until 9pm on Thursdays", "ab sofort donnerstags bis 20 Uhr geöffnet": the opening is
    // the verb of a notice to customers (hours, a closure), in the notice's own sentence; it tells them when to come.
    // "Big news coming soon, stay tuned 👀": news teased and never told (a vague pointer, vague-pointer's card) is no
    // win of the author's yet; the post hands the reader nothing. Told news ("Big news: our shop opens Monday") stays.
    const teased = hasSubstance(input) ? [] : input.find('vaguePointer');
    const brags = inOrder([...input.find('brag').filter((m) => !aboutSomeoneElse(input, m) && !inNotice(input, m) && !overlaps(teased, m.start, m.end)), ...launches(input)], byStart);
    const hits = brags.filter((m, i) => i === 0 || m.start >= brags[i - 1]!.end).map((m) => ({
      start: m.start,
      end: m.end,
      ...hitMessage('humblebrag', { words: m.text }),
      suggestion:
        'Add the story behind it: one thing that made the difference, a mistake on the way, or a number others can learn from.',
    }));
    // Pride that thanks people by name or for something ("proud of my team, thank you Ana, Ben and Chidi") credits them.
    const credits = input.signals.some((s) => s.signal === 'thanks' && s.weight >= NAMED);
    // "We've launched an appeal for people affected by the floods" is news of help for others, not of the author.
    // "Authorities warn of tornadoes for the coast; we are live there next" reports the storm, not the reporter.
    // A dataset or a tool released under an open licence is handed over: the release is the gift, not the author's news.
    // An episode that names its guest and topic announces what the reader gets.
    const quiet =
      input.evidence.takeaway >= STORY_TAKEAWAY ||
      handsOver(input) || givesClearly(input) || credits || (hits.length > 0 && talksWithGuest(input)) || input.evidence.forOthers || (hits.length > 0 && reportsNews(input));
    // A milestone that thanks the readers ("Finally hit 1,000 subscribers! Thank you all so much") gets this card alone
    // (policy.ts thanksForMilestone quiets the model's and too-short's readings of it): its advice, the story behind
    // the number, is the gentle one. Its weight stays: the post is still the author's news (own-posts o230, a take).
    return unless(quiet, input, this.meta.weight, hits);
  },
});
