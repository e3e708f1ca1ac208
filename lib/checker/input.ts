// Everything a rule sees for one text, built once per check.
import { buildEvidence } from './evidence';
import { HistoryIndex } from './history';
import { detectLang, lowerWord } from './lang';
import { matchAll, startPositions } from './phrase-index';
import type { PhraseMatch } from './phrases';
import { PHRASE_KEYS, phraseBook, type PhraseKey } from './phrases/book';
import type { RuleInput } from './rule';
import { outside, parse } from './text';
import type { CheckContext } from './types';

const KEY_INDEX = new Map(PHRASE_KEYS.map((key, i) => [key, i]));

/** Lists whose phrases may sit inside a hashtag (#OpenToWork, #ad, #mindset); the rest skip hashtags. */
const IN_HASHTAGS: ReadonlySet<PhraseKey> = new Set(['platitude', 'affiliate', 'bait', 'callToAction']);

function historyIndex(history: CheckContext['history'], now: number): HistoryIndex | null {
  if (!history) return null;
  if (history instanceof HistoryIndex) return history;
  return HistoryIndex.fromTexts(history as readonly string[], now);
}

export function ruleInput(text: string, context: CheckContext = {}): RuleInput {
  const now = context.now ?? Date.now();
  const doc = parse(text, 'en');
  const lower = doc.words.map((w) => lowerWord(w.text));
  doc.lang = context.lang ?? detectLang(doc.words, lower);
  const phrases = phraseBook(doc.lang);
  // Tokens in text order, as `outside` needs them.
  const opaque = doc.tokens.filter((t) => t.type === 'url' || t.type === 'mention' || t.type === 'email');
  const opaqueAndTags = doc.tokens.filter((t) => t.type === 'url' || t.type === 'mention' || t.type === 'email' || t.type === 'hashtag');
  const cache = new Map<PhraseKey, PhraseMatch[]>();
  // Every list is matched in one pass over the words, on the first lookup.
  let all: PhraseMatch[][] | null = null;
  const find = (key: PhraseKey): PhraseMatch[] => {
    let found = cache.get(key);
    if (!found) {
      all ??= matchAll(phrases.combined, text, startPositions(text, doc.tokens, lower));
      const skip = IN_HASHTAGS.has(key) ? opaque : opaqueAndTags;
      const matches = all[KEY_INDEX.get(key)!]!;
      found = outside(matches, skip);
      cache.set(key, found);
    }
    return found;
  };
  const evidence = buildEvidence(doc, phrases, find, lower, context.own?.domains, context.reply ?? false);
  return {
    doc,
    ctx: context,
    phrases,
    history: historyIndex(context.history, now),
    signals: evidence.signals,
    now,
    sensitivity: context.sensitivity ?? 'normal',
    find,
    evidence,
  };
}
