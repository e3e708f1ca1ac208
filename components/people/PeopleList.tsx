import { t } from '../../lib/model/i18n';
import { owesThanks, type Person } from '../../lib/stats/people';

interface Props {
  people: Person[];
  hiddenCount: number;
  locale: string;
  onHide(key: string): void;
  onMerge(from: string, into: string): void;
  onUnhide(): void;
}

/** The people, owed thank-yous first, each with hide and "same person as" by hand. */
export function PeopleList({ people, hiddenCount, locale, onHide, onMerge, onUnhide }: Props) {
  const date = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'short' });
  return (
    <section aria-labelledby="gf-people-h">
      <h2 id="gf-people-h">{t('peopleListHeading')}</h2>
      {people.length === 0 ? (
        <p className="muted" data-testid="gf-people-empty">{t('peopleEmpty')}</p>
      ) : (
        // A small window scrolls the table, not the page; it takes focus so the keyboard can scroll it too.
        <div className="table-scroll" tabIndex={0}>
          <table className="people-table" data-testid="gf-people-list">
            <thead>
              <tr>
                <th scope="col">{t('peopleColName')}</th>
                <th scope="col">{t('peopleColGave')}</th>
                <th scope="col">{t('peopleColAsked')}</th>
                <th scope="col">{t('peopleColReplied')}</th>
                <th scope="col">{t('peopleColLast')}</th>
                <th scope="col">{t('peopleColActions')}</th>
              </tr>
            </thead>
            <tbody>
              {people.map((p) => (
                <tr key={p.key} data-person={p.key} data-gave={p.gave} data-asked={p.asked} data-replied={p.replied}>
                  <th scope="row">
                    {p.name}
                    {p.handle && p.handle !== p.name && <span className="muted"> {p.handle}</span>}
                    {owesThanks(p) && <span className="owed"> {t('peopleOwes')}</span>}
                  </th>
                  <td>{p.gave}</td>
                  <td>{p.asked}</td>
                  <td>{p.replied}</td>
                  <td>{date.format(p.last)}</td>
                  <td className="actions">
                    <button type="button" aria-label={t('peopleHideLabel', p.name)} onClick={() => onHide(p.key)}>
                      {t('peopleHide')}
                    </button>
                    <select aria-label={t('peopleMergeLabel', p.name)} value="" onChange={(e) => onMerge(p.key, e.target.value)}>
                      <option value="">{t('peopleMergeNone')}</option>
                      {people
                        .filter((other) => other.key !== p.key)
                        .map((other) => (
                          <option key={other.key} value={other.key}>
                            {other.name}
                            {other.handle && other.handle !== other.name ? ` (${other.handle})` : ''}
                          </option>
                        ))}
                    </select>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {hiddenCount > 0 && (
        <p>
          <button type="button" onClick={onUnhide}>
            {t('peopleUnhide', hiddenCount)}
          </button>
        </p>
      )}
    </section>
  );
}
