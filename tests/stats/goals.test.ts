import { describe, expect, it } from 'vitest';
import { balanceOf } from '../../lib/stats/balance';
import { GOAL_PRESETS, presetOf, verdict, weekProgress } from '../../lib/stats/goals';

const of = (gives: number, takes: number, neutral: number) =>
  balanceOf([
    ...Array.from({ length: gives }, () => ({ kind: 'give' as const })),
    ...Array.from({ length: takes }, () => ({ kind: 'take' as const })),
    ...Array.from({ length: neutral }, () => ({ kind: 'neutral' as const })),
  ]);

describe('goal verdict', () => {
  const eighty = { maxPromoShare: GOAL_PRESETS[0]!.maxPromoShare };

  it('counts kinds', () => {
    expect(of(3, 2, 1)).toEqual({ gives: 3, takes: 2, neutral: 1 });
  });

  it.each([
    [of(5, 1, 0), true, 'On track: 1 promotional post in 6.'],
    [of(4, 1, 0), true, 'On track: 1 promotional post in 5.'],
    [of(2, 3, 0), false, 'Over: 3 of your last 5 posts took (goal: at most 1 in 5).'],
    [of(0, 0, 0), true, 'No posts yet in this period.'],
    [of(3, 0, 2), true, 'On track: 0 promotional posts in 5.'],
    [of(0, 1, 0), false, 'Over: your last post took (goal: at most 1 in 5).'],
    [of(1, 0, 0), true, 'On track: 0 promotional posts in 1.'],
  ])('%o -> %s %s', (balance, onTrack, text) => {
    expect(verdict(balance, eighty)).toEqual({ onTrack, text });
  });

  it('changes with the goal', () => {
    expect(verdict(of(2, 1, 0), { maxPromoShare: 1 / 3 }).onTrack).toBe(true);
    expect(verdict(of(2, 1, 0), { maxPromoShare: 1 / 10 }).onTrack).toBe(false);
  });
});

describe('weekly targets', () => {
  const week = [
    { kind: 'give', signals: ['thanks'] },
    { kind: 'give', signals: [] },
    { kind: 'take', signals: ['thanks'] }, // "thanks for 10k followers, use my code": not a thank-you post
    { kind: 'neutral', signals: ['thanks'] },
  ];

  it('counts giving and thank-you posts against the targets', () => {
    expect(weekProgress(week, { minGivesPerWeek: 3, thanksPerWeek: 2 })).toEqual({
      gives: { done: 2, target: 3, met: false },
      thanks: { done: 2, target: 2, met: true },
    });
  });

  it('shows a target only once set, and more done than asked as met', () => {
    expect(weekProgress(week, { minGivesPerWeek: 1, thanksPerWeek: 0 })).toEqual({ gives: { done: 2, target: 1, met: true }, thanks: null });
  });
});

describe('presets', () => {
  it('finds the preset a goal matches, or none for a custom share', () => {
    expect(presetOf({ maxPromoShare: 0.2 })?.id).toBe('80-20');
    expect(presetOf({ maxPromoShare: 1 / 3 })?.id).toBe('thirds');
    expect(presetOf({ maxPromoShare: 0.25 })).toBeUndefined();
  });
});
