// "You changed N of M posts after a hint" on histories whose true answer is known.
import { describe, expect, it } from 'vitest';
import { hintOutcomes, type NudgeLike } from '../../lib/stats/heeded';

const post = (nudge: NudgeLike) => ({ nudge });
const legacy = (first: NudgeLike['firstFamilies'], submit: NudgeLike['submitFamilies']) => post({ hinted: true, firstFamilies: first, submitFamilies: submit });

describe('hint outcomes', () => {
  it('never claims a change on old records where only the first-word hint flashed', () => {
    // The case: 22 posts, each with "too short" shown on the first word and gone by submit; none changed.
    const history = Array.from({ length: 22 }, () => legacy(['missing-value'], []));
    expect(hintOutcomes(history)).toEqual({ seen: 0, changed: 0, unknown: 22 });
  });

  it('counts an old take-side hint as seen, and as a change only when its family is gone at submit', () => {
    expect(hintOutcomes([
      legacy(['self-promotion'], []), // the ask was taken out: changed
      legacy(['self-promotion', 'missing-value'], ['self-promotion']), // the ask stayed: not changed
      legacy(['repetition'], ['repetition']),
      legacy(['missing-value'], []), // may never have been seen
      post({ hinted: false, firstFamilies: [], submitFamilies: [] }),
    ])).toEqual({ seen: 3, changed: 1, unknown: 1 });
  });

  it('uses seenFamilies and heeded when the record has them (hinted then means seen)', () => {
    const known = (over: Partial<NudgeLike>) =>
      post({ hinted: true, firstFamilies: ['missing-value'], submitFamilies: [], seenFamilies: ['missing-value'], ...over });
    expect(hintOutcomes([
      known({ hinted: false, seenFamilies: [] }), // flashed, never settled: not counted at all
      known({}), // seen, and gone at submit: changed
      known({ seenFamilies: ['self-promotion'], submitFamilies: ['self-promotion'] }), // seen, kept
      known({ heeded: false }), // the record says not heeded, whatever the families say
      known({ heeded: true, submitFamilies: ['missing-value'] }), // abandoned after opening, per the record
    ])).toEqual({ seen: 4, changed: 2, unknown: 0 });
  });

  it('is zero for no posts', () => {
    expect(hintOutcomes([])).toEqual({ seen: 0, changed: 0, unknown: 0 });
  });
});
