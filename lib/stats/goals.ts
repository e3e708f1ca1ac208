// Goals and the plain verdict the popup shows.
import { t } from '../model/i18n';
import { tn } from '../model/plural';
import type { Goal } from '../model/settings';
import type { Balance } from '../storage/db';

export interface GoalPreset {
  id: string;
  label: () => string;
  /** One line on what living by it looks like. */
  example: () => string;
  maxPromoShare: number;
}

export const GOAL_PRESETS: readonly GoalPreset[] = [
  { id: '80-20', label: () => t('goalPreset8020'), example: () => t('goalPreset8020Example'), maxPromoShare: 1 / 5 },
  { id: 'thirds', label: () => t('goalPresetThirds'), example: () => t('goalPresetThirdsExample'), maxPromoShare: 1 / 3 },
  { id: '9-1', label: () => t('goalPreset91'), example: () => t('goalPreset91Example'), maxPromoShare: 1 / 10 },
];

/** The preset the goal matches, if any: the options page shows either a preset or the custom field, never both. */
export function presetOf(goal: Pick<Goal, 'maxPromoShare'>): GoalPreset | undefined {
  return GOAL_PRESETS.find((p) => Math.abs(p.maxPromoShare - goal.maxPromoShare) < 1e-6);
}

export interface Verdict {
  onTrack: boolean;
  text: string;
}

/** On track while the share of posts that took is at most the goal's share. */
export function verdict(b: Balance, goal: Pick<Goal, 'maxPromoShare'>): Verdict {
  const total = b.gives + b.takes + b.neutral;
  if (total === 0) return { onTrack: true, text: t('verdictNone') };
  if (b.takes / total <= goal.maxPromoShare + 1e-9) {
    return { onTrack: true, text: tn('verdictOnTrack', b.takes, total) };
  }
  const oneIn = goal.maxPromoShare > 0 ? Math.round(1 / goal.maxPromoShare) : '∞';
  return { onTrack: false, text: tn('verdictOver', total, b.takes, oneIn) };
}

export interface WeekTarget {
  /** Posts that count toward it in the last 7 days. */
  done: number;
  target: number;
  met: boolean;
}

/** Progress on the weekly targets over the last 7 days' posts (corrections included: a post's kind is as corrected). */
export function weekProgress(
  week: readonly { kind: string; signals: readonly string[] }[],
  goal: Pick<Goal, 'minGivesPerWeek' | 'thanksPerWeek'>,
): { gives: WeekTarget | null; thanks: WeekTarget | null } {
  const gives = week.filter((p) => p.kind === 'give').length;
  const thanks = week.filter((p) => p.kind !== 'take' && p.signals.includes('thanks')).length;
  const target = (done: number, n: number): WeekTarget | null => (n > 0 ? { done, target: n, met: done >= n } : null);
  return { gives: target(gives, goal.minGivesPerWeek), thanks: target(thanks, goal.thanksPerWeek) };
}
