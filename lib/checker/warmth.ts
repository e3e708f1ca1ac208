// Warm posts that read as taking when they give: thanks that name people ("thank you Ana, Ben and Chidi for…") and
// invitations to meet ("would love to grab a coffee, DM me"). Both are give signals; the invitation also turns the
// DM or "join us" in its sentence into the way to take it up, not an ask (like an offer of help).
import { askLexicon, fold } from './lexicon';
import type { Doc, Span } from './text';
import type { DocLang, GiveSignal } from './types';

/** Weight of thanks that name people, as for thanks that say what for (signals.ts). */
const NAMED_THANKS = 1.5;
/** Weight of warmth to the person one answers ("Congrats, Maya!!"), as for thanks. */
const WARM_REPLY = 1.5;
/** Weight of an invitation to meet, as for the invitation phrases. */
const INVITATION = 1.5;
/** Words that join names in a list ("Ana, Ben and Chidi"). */
const NAME_JOINERS: ReadonlySet<string> = new Set(['and', '&', 'y', 'e', 'und', 'et']);
/** Small words between thanks and the names ("thank you so much, Ana"). */
const SMALL: ReadonlySet<string> = new Set(['to', 'so', 'much', 'a', 'lot', 'again', 'for']);

/** "Ana", "Émile", "O'Neill": a capital then a lower-case letter (not SHOUTING, not "I"). */
function isName(word: string): boolean {
  return /^\p{Lu}\p{Ll}/u.test(word);
}

/** How many words of an entry starting at word i match `lower` (0 when it does not). */
function entryAt(entries: readonly (readonly string[])[] | undefined, lower: readonly string[], i: number): number {
  if (!entries) return 0;
  for (const words of entries) {
    let k = 1;
    while (k < words.length && i + k < lower.length && fold(lower[i + k]!) === words[k]) k++;
    if (k === words.length) return k;
  }
  return 0;
}

/** Thanks followed by at least one name written with a capital: the post credits people. `lower` as doc.words. */
export function namedThanks(doc: Doc, lang: DocLang, lower: readonly string[]): GiveSignal[] {
  const lex = askLexicon(lang);
  if (!lex) return [];
  const out: GiveSignal[] = [];
  const words = doc.words;
  for (let i = 0; i < words.length; i++) {
    const span = entryAt(lex.thanks.get(fold(lower[i]!)), lower, i);
    if (span === 0) continue;
    let j = i + span;
    // "thank you to Ana", "thanks so much, Ana": a few small words may come first.
    while (j < words.length && j < i + span + 2 && SMALL.has(lower[j]!)) j++;
    let names = 0;
    let last = -1;
    for (let k = j; k < words.length; k++) {
      if (k > j && /[.!?\n]/.test(doc.text.slice(words[k - 1]!.end, words[k]!.start))) break;
      const w = words[k]!.text;
      if (isName(w)) {
        names++;
        last = k;
      } else if (!NAME_JOINERS.has(lower[k]!)) break;
    }
    if (names > 0) {
      out.push({ signal: 'thanks', start: words[i]!.start, end: words[last]!.end, weight: NAMED_THANKS });
      i = last;
    }
  }
  return out;
}

/** Generic praise of the post itself, in our five languages: a stock comment, not warmth to a person. */
const PRAISES_THE_POST_RE =
  /(?<![\p{L}])(?:post|posts|video|vid|content|article|thread|perspective|insights?|sharing|write-?up|this is (?:great|awesome|amazing|nice|cool|so good)|beitrag|teilen|vidéo|partage|publication|vídeo|conteúdo|contenido|publicaci[oó]n)(?![\p{L}])/iu;

export function praisesThePost(text: string): boolean {
  return PRAISES_THE_POST_RE.test(text);
}

/**
 * Words between a wish and the one person it is for ("happy birthday my love", "to my sister Lena"). "To" alone is
 * not one: "sending love to West, Texas" and "good luck to our followers" wish a place or a crowd well.
 */
const MY: ReadonlySet<string> = new Set(['my', 'dear', 'mi', 'querida', 'querido', 'meine', 'mein', 'meinem', 'meiner', 'liebe', 'lieber', 'ma', 'mon', 'cher', 'chère', 'minha', 'meu']);
const TO: ReadonlySet<string> = new Set(['to', 'a', 'para', 'an', 'à', 'pra', 'pro', 'ao', 'aos', 'al', 'au', 'aux']);
/**
 * "Our" and "my" for several, between a wish and the person it credits: "Congrats to our intern Sam", "Felicidades a
 * nuestra becaria Ana", "Glückwunsch an unsere Kollegin Lea", "Bravo à notre stagiaire Léa", "Parabéns à nossa
 * estagiária Ana". The author's own team is no person: see COLLECTIVE.
 */
const OUR: ReadonlySet<string> = new Set([
  'our', 'nuestro', 'nuestra', 'nuestros', 'nuestras', 'mis', 'unsere', 'unser', 'unseren', 'unserem', 'unserer', 'meinen', 'notre', 'nos', 'mes',
  'nosso', 'nossa', 'nossos', 'nossas', 'meus', 'minhas',
]);
/** A title names a person, not a place: "Congratulations to Dr. Okafor", "Glückwunsch an Frau Weber". */
const TITLES: ReadonlySet<string> = new Set(['dr', 'dra', 'prof', 'mr', 'mrs', 'ms', 'sr', 'sra', 'herr', 'frau', 'mme', 'mlle']);
/**
 * The author's own group credited under "our" ("Shoutout to our Team", "Glückwunsch an unser Team"): their own win,
 * not someone else's; and a crowd wished well ("Good luck to our Guatemalan followers"): no one person credited.
 */
const COLLECTIVE: ReadonlySet<string> = new Set([
  'team', 'teams', 'crew', 'staff', 'squad', 'company', 'band', 'equipo', 'empresa', 'firma', 'unternehmen', 'mannschaft', 'équipe', 'entreprise',
  'equipe', 'time', 'followers', 'fans', 'customers', 'clients', 'readers', 'subscribers', 'members', 'users', 'community', 'seguidores', 'clientes',
  'lectores', 'usuarios', 'miembros', 'comunidad', 'kunden', 'leser', 'mitglieder', 'community', 'abonnés', 'lecteurs', 'membres', 'communauté',
  'leitores', 'usuários', 'membros', 'comunidade',
]);

/**
 * Warmth phrases addressed to someone by name or handle ("Congrats Sam!!", "Happy birthday Mom, love you", "Sam,
 * congrats!"): in a post of its own as much as in a reply, they are for that person.
 */
export function addressedWarmth(doc: Doc, warmth: readonly Span[]): Span[] {
  if (warmth.length === 0) return [];
  // Words and handles in order: a handle is an addressee as a name is. They are walked in place among all the
  // tokens (a filtered copy of the tokens was most of what this allocated on a long post): `next(k)` is the index
  // of the first word or handle at k or after, tokens.length when there is none.
  const tokens = doc.tokens;
  const next = (k: number) => {
    while (k < tokens.length && tokens[k]!.type !== 'word' && tokens[k]!.type !== 'mention') k++;
    return k;
  };
  const addressee = (k: number) => k >= 0 && k < tokens.length && (tokens[k]!.type === 'mention' || isName(tokens[k]!.text));
  return warmth.filter((w) => {
    let after = next(0);
    while (after < tokens.length && tokens[after]!.start < w.end) after = next(after + 1);
    if (after < tokens.length && !/[.!?\n]/.test(doc.text.slice(w.end, tokens[after]!.start))) {
      const word = (k: number) => tokens[k]?.text.toLowerCase() ?? '';
      const owner = (k: number) => MY.has(word(k)) || OUR.has(word(k));
      if (TO.has(word(after)) && (owner(next(after + 1)) || TITLES.has(word(next(after + 1)).replace(/\.$/, '')))) after = next(after + 1);
      // "my sister Lena", "mi querida Ana", "our intern Sam": up to two words may stand between the possessive and the name.
      let group = false;
      if (owner(after)) {
        for (let k = 0; k < 3 && after < tokens.length && !isName(tokens[after]!.text); k++) {
          group ||= COLLECTIVE.has(word(after));
          after = next(after + 1);
        }
      }
      // "our Guatemalan followers": a capital before a crowd describes the crowd.
      if (!group && !COLLECTIVE.has(word(after)) && !COLLECTIVE.has(word(next(after + 1))) && addressee(after)) return true;
    }
    // A vocative before the wish: "Sam, congrats!".
    const first = next(0);
    return first < tokens.length && tokens[first]!.end <= w.start && /^\s*,\s*$/.test(doc.text.slice(tokens[first]!.end, w.start)) && addressee(first);
  });
}

/**
 * A stock comment is a line ("Great post, thanks for sharing!"); a reply that goes on past this many words tells the
 * person something of the author's own ("…it reminded me of mine making doughnuts at Easter"), whatever it thanks for.
 */
const STOCK_COMMENT_WORDS = 12;

/** Warmth phrases ("congrats", "so sorry to hear", "happy birthday") in a reply that is not stock praise of the post. */
export function warmReply(doc: Doc, warmth: readonly Span[]): GiveSignal[] {
  if (warmth.length === 0 || (doc.words.length <= STOCK_COMMENT_WORDS && praisesThePost(doc.text))) return [];
  return warmth.map((w) => ({ signal: 'thanks', start: w.start, end: w.end, weight: WARM_REPLY }));
}

/** Sentences that invite the reader to meet: coffee, lunch, a chat. `lower` as doc.words. */
export function meetingSentences(doc: Doc, lang: DocLang, sentences: readonly Span[], lower: readonly string[]): Span[] {
  const meeting = askLexicon(lang)?.meeting;
  if (!meeting || meeting.size === 0) return [];
  const out: Span[] = [];
  let si = 0;
  for (let i = 0; i < doc.words.length; i++) {
    const w = doc.words[i]!;
    while (si < sentences.length && sentences[si]!.end <= w.start) si++;
    const s = sentences[si];
    if (s && s.start <= w.start && out[out.length - 1] !== s && meeting.has(fold(lower[i]!))) out.push(s);
  }
  return out;
}

export function invitationSignals(meetings: readonly Span[]): GiveSignal[] {
  return meetings.map(invitation);
}

function invitation(s: Span): GiveSignal {
  return { signal: 'invitation', start: s.start, end: s.end, weight: INVITATION };
}
