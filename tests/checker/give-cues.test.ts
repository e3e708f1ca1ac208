// The second look at a post's give signals (Evidence.giveCues, asks ignored) runs only the parts that can find a cue
// kind: it must count exactly the cue-kind signals the whole pass finds, in any context.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ruleInput } from '../../lib/checker';
import { CUE_SIGNALS, computeSignals } from '../../lib/checker/signals';
import { LONG_POSTS, SHORT_POSTS } from '../bench/texts';

const texts = [
  ...['tests/corpus/dev-posts.jsonl', 'tests/corpus/own-posts.jsonl'].flatMap((file) =>
    readFileSync(file, 'utf8')
      .split('\n')
      .filter((l) => l.trim())
      .map((l) => (JSON.parse(l) as { text: string }).text),
  ),
  ...SHORT_POSTS,
  ...LONG_POSTS,
];

const kinds = (signals: readonly { signal: string }[]) => signals.map((s) => s.signal).sort();

describe('give cues', () => {
  it('finds the same cue-kind signals as the whole pass, asks ignored or not', () => {
    let cues = 0;
    for (const text of texts) {
      const input = ruleInput(text, { now: 0 });
      const { doc, phrases, find, evidence } = input;
      const cue = (s: { signal: string }) => (CUE_SIGNALS as ReadonlySet<string>).has(s.signal);
      for (const askSentences of [[], evidence.askSentences]) {
        const context = {
          sentences: evidence.sentences, askSentences, asks: evidence.asks, specifics: evidence.specifics,
          freeContentWords: evidence.freeContentWords, reply: false, teasers: evidence.teasers, names: 1,
          pitchSentences: [], aboutMe: false, offersForSale: false,
        };
        const whole = computeSignals(doc, phrases, find, context).filter(cue);
        const only = computeSignals(doc, phrases, find, context, true);
        expect(kinds(only), text).toEqual(kinds(whole));
        cues += only.length;
      }
    }
    // The corpora hold posts with cues: the comparison is not between two empty lists.
    expect(cues).toBeGreaterThan(20);
  });
});
