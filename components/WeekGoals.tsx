import type { Goal } from '../lib/model/settings';
import { t } from '../lib/model/i18n';
import { weekProgress, type WeekTarget } from '../lib/stats/goals';
import type { PostRecord } from '../lib/storage/db';

/** Progress on the weekly targets the person set (none shown when they set none), over the last 7 days. */
export function WeekGoals({ goal, week }: { goal: Goal; week: readonly Pick<PostRecord, 'kind' | 'signals'>[] }) {
  const progress = weekProgress(week, goal);
  if (!progress.gives && !progress.thanks) return null;
  return (
    <section data-testid="gf-week" aria-labelledby="gf-week-title">
      <h2 id="gf-week-title">{t('weekTitle')}</h2>
      {progress.gives && <Target testId="gf-week-gives" label={t('weekGives', progress.gives.done, progress.gives.target)} target={progress.gives} />}
      {progress.thanks && <Target testId="gf-week-thanks" label={t('weekThanks', progress.thanks.done, progress.thanks.target)} target={progress.thanks} />}
    </section>
  );
}

function Target({ testId, label, target }: { testId: string; label: string; target: WeekTarget }) {
  return (
    <div className="target">
      <p className={target.met ? 'ok' : ''} data-testid={testId} data-done={target.done} data-target={target.target}>
        {label}
        {target.met ? ` ✓ ${t('weekMet')}` : ''}
      </p>
      <meter min={0} max={target.target} value={Math.min(target.done, target.target)} aria-label={label} />
    </div>
  );
}
