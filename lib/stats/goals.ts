// Goals and the plain verdict the popup shows.
import { t } from '../model/i18n';
import type { Goal } from '../model/settings';
import type { Balance } from '../storage/db';

export interface GoalPreset {
  id: string;
  label: () => string;
  maxPromoShare: number;
}

export const GOAL_PRESETS: readonly GoalPreset[] = [
  { id: '80-20', label: () => t('goalPreset8020'), maxPromoShare: 1 / 5 },
  { id: 'thirds', label: () => t('goalPresetThirds'), maxPromoShare: 1 / 3 },
  { id: '9-1', label: () => t('goalPreset91'), maxPromoShare: 1 / 10 },
];

export interface Verdict {
  onTrack: boolean;
  text: string;
}

export function verdict(b: Balance, goal: Pick<Goal, 'maxPromoShare'>): Verdict {
  const total = b.gives + b.takes + b.neutral;
  if (total === 0) return { onTrack: true, text: t('verdictNone') };
  if (b.takes / total <= goal.maxPromoShare + 1e-9) {
    return { onTrack: true, text: b.takes === 1 ? t('verdictOnTrackOne', total) : t('verdictOnTrack', b.takes, total) };
  }
  const oneIn = goal.maxPromoShare > 0 ? Math.round(1 / goal.maxPromoShare) : '∞';
  return { onTrack: false, text: t('verdictOver', b.takes, total, oneIn) };
}
