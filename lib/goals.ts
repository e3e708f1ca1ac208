// Goals and the plain verdict the popup shows.
import type { Balance } from './balance';
import type { Goal } from './settings';

export interface GoalPreset {
  id: string;
  label: string;
  maxPromoShare: number;
}

export const GOAL_PRESETS: readonly GoalPreset[] = [
  { id: '80-20', label: '80/20: at most 1 promotional post in 5', maxPromoShare: 1 / 5 },
  { id: 'thirds', label: 'Rule of thirds: at most 1 in 3', maxPromoShare: 1 / 3 },
  { id: '9-1', label: '9:1: at most 1 in 10', maxPromoShare: 1 / 10 },
];

export interface Verdict {
  onTrack: boolean;
  text: string;
}

export function verdict(b: Balance, goal: Goal): Verdict {
  const total = b.gives + b.takes + b.neutral;
  if (total === 0) return { onTrack: true, text: 'No posts yet in this period.' };
  const posts = (n: number) => (n === 1 ? '1 post' : `${n} posts`);
  if (b.takes / total <= goal.maxPromoShare + 1e-9) {
    return { onTrack: true, text: `On track: ${b.takes} promotional ${b.takes === 1 ? 'post' : 'posts'} in ${total}.` };
  }
  const oneIn = Math.round(1 / goal.maxPromoShare);
  return { onTrack: false, text: `Over: ${b.takes} of your ${posts(total)} took (goal: at most 1 in ${oneIn}).` };
}
