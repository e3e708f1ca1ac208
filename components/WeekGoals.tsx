import type { Goal } from '../lib/model/settings';
import { t } from '../lib/model/i18n';
import type { PostRecord } from '../lib/storage/db';

/** Progress on the weekly goals the person set (none shown when they set none). */
export function WeekGoals({ goal, week }: { goal: Goal; week: readonly Pick<PostRecord, 'kind' | 'signals'>[] }) {
  if (goal.minGivesPerWeek <= 0 && goal.thanksPerWeek <= 0) return null;
  const gives = week.filter((p) => p.kind === 'give').length;
  const thanks = week.filter((p) => p.signals.includes('thanks')).length;
  return (
    <section data-testid="gf-week">
      <h2>{t('weekTitle')}</h2>
      {goal.minGivesPerWeek > 0 && (
        <p className={gives >= goal.minGivesPerWeek ? 'ok' : ''} data-testid="gf-week-gives">
          {t('weekGives', gives, goal.minGivesPerWeek)}
        </p>
      )}
      {goal.thanksPerWeek > 0 && (
        <p className={thanks >= goal.thanksPerWeek ? 'ok' : ''} data-testid="gf-week-thanks">
          {t('weekThanks', thanks, goal.thanksPerWeek)}
        </p>
      )}
    </section>
  );
}
