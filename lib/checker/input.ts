// Everything a rule sees for one text, built once per check.
import { buildEvidence } from './evidence';
import { HistoryIndex } from './history';
import { detectLang } from './lang';
import { matchList, startPositions } from './phrase-index';
import type { PhraseMatch } from './phrases';
import { phraseBook, type PhraseKey } from './phrases/book';
import type { RuleInput } from './rule';
import { overlaps, parse } from './text';
import type { CheckContext } from './types';

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
  doc.lang = context.lang ?? detectLang(doc.words);
  const phrases = phraseBook(doc.lang);
  const opaque = [...doc.urls, ...doc.mentions, ...doc.tokens.filter((t) => t.type === 'email')];
  const cache = new Map<PhraseKey, PhraseMatch[]>();
  const positions = startPositions(text, doc.tokens);
  const find = (key: PhraseKey): PhraseMatch[] => {
    let found = cache.get(key);
    if (!found) {
      const skip = IN_HASHTAGS.has(key) ? opaque : [...opaque, ...doc.hashtags];
      found = matchList(phrases[key], text, positions).filter((m) => !overlaps(skip, m.start, m.end));
      cache.set(key, found);
    }
    return found;
  };
  const evidence = buildEvidence(doc, phrases, find, context.own?.domains, context.reply ?? false);
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
