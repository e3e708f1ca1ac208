import { givesClearly, unless } from '../policy';
import { defineRule } from '../rule';
import { hitMessage } from '../messages';
import { WORD_FLAG } from '../phrases/book';
import { eventTags, type Evidence } from '../evidence';
import type { Doc, Token } from '../text';
import type { Platform, Sensitivity } from '../types';

/** Hashtags a post can carry before they read as a reach grab, by platform (Instagram expects many, X few). */
const HASHTAG_LIMIT: Record<Platform, number> = {
  x: 3, threads: 3, bluesky: 3, facebook: 3, youtube: 3, reddit: 2, linkedin: 5, mastodon: 5, instagram: 15, other: 5,
};
const SHIFT: Record<Sensitivity, number> = { gentle: 2, normal: 0, strict: -1 };

/** Whether two tokens stand on one line. */
function sameLine(text: string, a: Token, b: Token): boolean {
  const from = Math.min(a.end, b.end);
  const to = Math.max(a.start, b.start);
  return text.slice(from, to).indexOf('\n') < 0;
}

/** Only spaces between two tokens: no sentence ends between them. */
function adjacent(text: string, a: Token, b: Token): boolean {
  return /^[ \t]*$/.test(text.slice(a.end, b.start));
}

/**
 * A tag used as a word inside a sentence ("#Hwy36 is closed at the town of #Vauxhall and…") reads as the word, not as
 * a grab for reach: a word (or the start of the line) before it and a word after it, on its line. A tag that ends
 * its sentence right after a word ("…affected by #Wildfires in #Colorado http://…") is the sentence's last word,
 * unless more tags follow it (a wall of tags after a caption). A tag right after a function word ("looks like in
 * #Tacloban #Philippines", "reduced to 50 on #hwy1 #ABflood") is the word the sentence needs there, whatever follows.
 */
export function inline(doc: Doc, i: number, functionWord?: (word: Token) => boolean): boolean {
  const t = doc.tokens[i]!;
  const next = doc.tokens[i + 1];
  const prev = doc.tokens[i - 1];
  if (prev?.type === 'word' && adjacent(doc.text, prev, t)) {
    if (!next || (next.type !== 'hashtag' && next.type !== 'word') || functionWord?.(prev)) return true;
  }
  if (!next || next.type !== 'word' || !sameLine(doc.text, t, next)) return false;
  return !prev || !sameLine(doc.text, prev, t) || prev.type === 'word';
}

/**
 * Whether a word is a function word that needs a word after it ("in", "on", "the"; not a pronoun: "a tribute by me
 * #Clutha" ends there), from the flags the evidence computed for each word.
 */
export function functionWordOf(doc: Doc, evidence: Evidence): (word: Token) => boolean {
  let index: Map<Token, number> | undefined;
  return (word) => {
    index ??= new Map(doc.words.map((w, i) => [w, i]));
    const flags = evidence.flags[index.get(word) ?? -1] ?? 0;
    return (flags & WORD_FLAG.stop) !== 0 && (flags & (WORD_FLAG.me | WORD_FLAG.you)) === 0;
  };
}

export default defineRule({
  meta: {
    id: 'hashtag-stuffing',
    family: 'self-promotion',
    description: 'More hashtags than the platform’s readers expect.',
    why: 'A wall of tags reads as a grab for reach and pushes the words people came for out of view.',
    weight: 1,
  },
  check(input) {
    // Distinct tags: the same tag twice is repetition's business (repeated-run).
    const seen = new Set<string>();
    const { doc } = input;
    const tags: Token[] = [];
    let inlineTags = 0;
    const functionWord = functionWordOf(doc, input.evidence);
    const events = eventTags(doc);
    doc.tokens.forEach((t, i) => {
      if (t.type !== 'hashtag') return;
      // An event's tag ("#yycflood", "#HighParkFire") files the post under the event, as a news post does.
      if (events.includes(t)) return;
      if (inline(doc, i, functionWord)) {
        inlineTags++;
        return;
      }
      const key = t.text.toLowerCase();
      if (!seen.has(key)) tags.push(t);
      seen.add(key);
    });
    const platform = input.ctx.platform ?? 'other';
    const limit = Math.max(1, (HASHTAG_LIMIT[platform] ?? HASHTAG_LIMIT.other) + SHIFT[input.sensitivity]);
    if (tags.length <= limit) return [];
    // Tags file a post in public streams: a news post or an event report carries several (crisis tweets on X carry
    // 4-9 event and place tags). Over the limit they read as a grab for reach only when attached to an ask or a plug
    // of the author's, or when they outnumber the words the post says itself, tags used as words included (a wall of
    // tags under a caption).
    const { evidence } = input;
    const takes = evidence.asks.length > 0 || evidence.plugs.length > 0;
    if (!takes && tags.length <= evidence.contentWords + inlineTags) return [];
    // A post of nothing but tags ("#motivacion #exito #mindset #lunes…") says nothing at all: hashtag-only tells it
    // (missing value). With no ask or plug and no link it pushes nothing of the author's, so it is no reach grab.
    if (!takes && doc.words.length === 0 && doc.urls.length === 0) return [];
    const first = tags[limit]!;
    const last = tags[tags.length - 1]!;
    const hits = [
      {
        start: first.start,
        end: last.end,
        ...hitMessage('hashtagStuffing', { count: tags.length, site: platform, limit }),
        suggestion: `Keep the ${limit} that name your topic best and use the space for one more useful sentence: a detail, a number or a tip.`,
      },
    ];
    return unless(givesClearly(input), input, this.meta.weight, hits);
  },
});
