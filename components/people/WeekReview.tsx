import { t } from '../../lib/model/i18n';
import { tn } from '../../lib/model/plural';
import type { WeeklyReview } from '../../lib/stats/people-insights';
import { suggestionText } from '../../lib/stats/people-text';

/** The last seven days: gives and takes, the most giving post, whom they thanked, one thing for next week. */
export function WeekReview({ review, locale }: { review: WeeklyReview; locale: string }) {
  const list = new Intl.ListFormat(locale, { type: 'conjunction' });
  const day = new Intl.DateTimeFormat(locale, { weekday: 'long', day: 'numeric', month: 'long' });
  const most = review.mostGiving;
  return (
    <section aria-labelledby="gf-week-h" data-testid="gf-people-week" data-gives={review.gives} data-takes={review.takes}>
      <h2 id="gf-week-h">{t('peopleWeekHeading')}</h2>
      <p>{t('peopleWeekCounts', tn('peopleWeekGave', review.gives), tn('peopleWeekTook', review.takes))}</p>
      {most && (
        <>
          <h3>{t('peopleWeekMostGiving')}</h3>
          {most.text !== undefined ? (
            <blockquote data-testid="gf-people-most-giving">{most.text}</blockquote>
          ) : (
            <p className="muted" data-testid="gf-people-most-giving">{t('peopleWeekNoText', day.format(most.time))}</p>
          )}
        </>
      )}
      <p data-testid="gf-people-thanked">
        {review.thanked.length ? t('peopleWeekThanked', list.format(review.thanked)) : t('peopleWeekThankedNone')}
      </p>
      <h3>{t('peopleWeekSuggestion')}</h3>
      <p data-testid="gf-people-suggestion">{suggestionText(review.suggestion, locale)}</p>
    </section>
  );
}
