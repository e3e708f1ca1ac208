import { defineRule } from '../rule';
import { trimmedRange } from '../text';
import type { Sensitivity } from '../types';

const THRESHOLD: Record<Sensitivity, number> = { gentle: 0.7, normal: 0.5, strict: 0.4 };
const ALMOST_IDENTICAL = 0.8;

export function ago(then: number, now: number): string {
  const days = Math.floor((now - then) / 86_400_000);
  if (days <= 0) return 'earlier today';
  if (days === 1) return 'yesterday';
  if (days < 60) return `${days} days ago`;
  return `${Math.round(days / 30)} months ago`;
}

export default defineRule({
  meta: {
    id: 'near-duplicate',
    family: 'repetition',
    description: 'Says again what one of the person’s own earlier posts said, even reworded.',
    why: 'People who follow you have seen it; the same message again reads as noise and teaches them to scroll past.',
    weight: 2,
  },
  check({ doc, ctx, history, now }) {
    if (!history || history.size === 0) return [];
    const range = trimmedRange(doc.text);
    if (range.end === range.start) return [];
    const best = history.similar(doc.text, THRESHOLD[ctx.sensitivity ?? 'normal'])[0];
    if (!best) return [];
    const pct = Math.round(best.similarity * 100);
    const when = ago(best.fingerprint.time, now);
    const what = best.fingerprint.preview ? `: “${best.fingerprint.preview.slice(0, 80)}”` : '';
    return [
      {
        start: range.start,
        end: range.end,
        message:
          best.similarity >= ALMOST_IDENTICAL
            ? `Almost identical (${pct}%) to your post from ${when}${what}.`
            : `Very similar (${pct}%) to your post from ${when}${what}.`,
        suggestion:
          'Say what is new since then: a result, a lesson, a question people asked. Or reply to your earlier post instead of posting it again.',
        weight: best.similarity >= ALMOST_IDENTICAL ? 2 : 1.5,
      },
    ];
  },
});
