// Honest outcomes: known event sequences and the NudgeOutcome each must store.
import { describe, expect, it } from 'vitest';
import { NudgeTracker } from '../../lib/page/nudge';

describe('NudgeTracker', () => {
  const cases: { name: string; run(t: NudgeTracker): unknown; want: unknown }[] = [
    {
      name: 'a post typed and sent with no settled hint on screen was not hinted',
      run: (t) => t.submitted(['self-promotion']),
      want: { hinted: false, firstFamilies: [], submitFamilies: ['self-promotion'], seenFamilies: [], opened: false, heeded: false },
    },
    {
      name: 'a settled hint off screen is not seen',
      run: (t) => (t.settled(['self-promotion'], false), t.submitted(['self-promotion'])),
      want: { hinted: false, firstFamilies: [], submitFamilies: ['self-promotion'], seenFamilies: [], opened: false, heeded: false },
    },
    {
      name: 'a settled verdict with nothing flagged is not a hint',
      run: (t) => (t.settled([], true), t.submitted([])),
      want: { hinted: false, firstFamilies: [], submitFamilies: [], seenFamilies: [], opened: false, heeded: false },
    },
    {
      name: 'seen on screen, sent unchanged: hinted, not heeded',
      run: (t) => (t.settled(['self-promotion'], true), t.submitted(['self-promotion'])),
      want: { hinted: true, firstFamilies: ['self-promotion'], submitFamilies: ['self-promotion'], seenFamilies: ['self-promotion'], opened: false, heeded: false },
    },
    {
      name: 'seen, then the family is gone at submit: heeded',
      run: (t) => (t.settled(['self-promotion', 'missing-value'], true), t.submitted(['missing-value'])),
      want: { hinted: true, firstFamilies: ['self-promotion', 'missing-value'], submitFamilies: ['missing-value'], seenFamilies: ['self-promotion', 'missing-value'], opened: false, heeded: true },
    },
    {
      name: 'a family seen later counts too; a family that appears only at submit does not make it heeded',
      run: (t) => (t.settled(['repetition'], true), t.settled(['repetition', 'self-promotion'], true), t.submitted(['repetition', 'self-promotion', 'missing-value'])),
      want: { hinted: true, firstFamilies: ['repetition'], submitFamilies: ['repetition', 'self-promotion', 'missing-value'], seenFamilies: ['repetition', 'self-promotion'], opened: false, heeded: false },
    },
    {
      name: 'the card opened counts as seen even with the badge off screen',
      run: (t) => (t.settled(['self-promotion'], false), t.cardOpened(['self-promotion']), t.submitted([])),
      want: { hinted: true, firstFamilies: ['self-promotion'], submitFamilies: [], seenFamilies: ['self-promotion'], opened: true, heeded: true },
    },
    {
      name: 'abandoned after the card was opened: heeded',
      run: (t) => (t.cardOpened(['self-promotion']), t.abandoned()),
      want: { hinted: true, firstFamilies: ['self-promotion'], submitFamilies: [], seenFamilies: ['self-promotion'], opened: true, heeded: true },
    },
    {
      name: 'abandoned after only seeing the badge: hinted, not heeded',
      run: (t) => (t.settled(['missing-value'], true), t.abandoned()),
      want: { hinted: true, firstFamilies: ['missing-value'], submitFamilies: [], seenFamilies: ['missing-value'], opened: false, heeded: false },
    },
    {
      name: 'abandoned with no hint seen: nothing to store',
      run: (t) => (t.settled(['missing-value'], false), t.abandoned()),
      want: null,
    },
  ];
  for (const c of cases) {
    it(c.name, () => {
      expect(c.run(new NudgeTracker())).toEqual(c.want);
    });
  }

  it('starts fresh after a submit', () => {
    const t = new NudgeTracker();
    t.cardOpened(['self-promotion']);
    t.submitted([]);
    expect(t.submitted(['self-promotion'])).toMatchObject({ hinted: false, opened: false, heeded: false });
    expect(t.abandoned()).toBeNull();
  });
});
