// Pause before posting (opt-in): the first send of a post that would break the person's goal is held once, with a
// card offering "Post anyway" (replays the send unchanged) and "Edit".
import type { Kind } from '../checker';
import type { Settings } from '../model/settings';
import type { ComposerSession } from './session';
import type { SubmitHandler } from './watch-submit';

/** Judge "would this break the goal" over this many recent posts. */
const GOAL_WINDOW = 20;

/** Whether one more taking post would put the recent share of takes over the goal. */
export function breaksGoal(recentKinds: readonly Kind[], maxPromoShare: number): boolean {
  const recent = recentKinds.slice(0, GOAL_WINDOW - 1);
  const takes = recent.filter((k) => k === 'take').length + 1;
  return takes / (recent.length + 1) > maxPromoShare + 1e-9;
}

export function pauseGate(
  sessions: ReadonlyMap<HTMLElement, ComposerSession>,
  settings: () => Settings,
  recentKinds: readonly Kind[],
): SubmitHandler['decide'] {
  let replaying = false;
  return (editables, replay) => {
    const { pauseBeforePosting, goal } = settings();
    if (replaying || !pauseBeforePosting) return 'allow';
    for (const editable of editables) {
      const session = sessions.get(editable);
      const now = session?.reportNow();
      if (!session || !now || now.report.kind !== 'take') continue;
      if (!breaksGoal(recentKinds, goal.maxPromoShare)) continue;
      const oneIn = goal.maxPromoShare > 0 ? Math.round(1 / goal.maxPromoShare) : 0;
      const postAnyway = () => {
        // The replayed send passes through this same gate synchronously: let it go.
        replaying = true;
        try {
          replay();
        } finally {
          replaying = false;
        }
      };
      if (session.pauseOnce(now.text, { families: now.report.families, oneIn }, postAnyway)) return 'hold';
    }
    return 'allow';
  };
}
