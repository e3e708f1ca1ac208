import { MIN_SHARED_WORDS, Probe, type Match } from '../history';
import { defineRule } from '../rule';
import { trimmedRange } from '../text';
import type { Sensitivity } from '../types';
import { ago, quote } from '../words';

/** Estimated Jaccard of character 5-grams (unrelated posts measured under 0.1 at p99; see similarity.ts). */
const THRESHOLD: Record<Sensitivity, number> = { gentle: 0.7, normal: 0.5, strict: 0.4 };
const ALMOST_IDENTICAL = 0.8;
/** Jaccard of content words: rewordings of one message measured 0.27–0.38, unrelated posts under 0.18. */
const REWORDED: Record<Sensitivity, number> = { gentle: 0.35, normal: 0.25, strict: 0.2 };

function which(match: Match, now: number): string {
  const when = ago(match.fingerprint.time, now);
  const what = match.fingerprint.preview ? ` (${quote(match.fingerprint.preview, 80)})` : '';
  return `your post from ${when}${what}`;
}

export default defineRule({
  meta: {
    id: 'near-duplicate',
    family: 'repetition',
    description: 'Says again what one of the person’s own earlier posts said, even reworded.',
    why: 'People who follow you have seen it; the same message again reads as noise and teaches them to scroll past.',
    weight: 2,
  },
  check({ doc, ctx, history, now, sensitivity }) {
    if (!history || history.size === 0) return [];
    const range = trimmedRange(doc.text);
    if (range.end === range.start) return [];
    const suggestion =
      'Say what is new since then: a result, a lesson, a question people asked. Or reply to your earlier post instead of posting it again.';
    const probe = new Probe(doc.text);
    const close = history.similar(probe, THRESHOLD[sensitivity])[0];
    if (close) {
      const pct = Math.round(close.similarity * 100);
      const almost = close.similarity >= ALMOST_IDENTICAL;
      return [
        {
          ...range,
          message: `${almost ? 'Almost identical' : 'Very similar'} (${pct}%) to ${which(close, now)}.`,
          suggestion,
          weight: almost ? 2 : 1.5,
        },
      ];
    }
    const reworded = history.reworded(probe, REWORDED[sensitivity], ctx.reply ? MIN_SHARED_WORDS.reply : MIN_SHARED_WORDS.post)[0];
    if (!reworded) return [];
    const pct = Math.round(reworded.similarity * 100);
    return [{ ...range, message: `Says much the same as ${which(reworded, now)}: ${pct}% of the key words match.`, suggestion, weight: 1.5 }];
  },
});
