import { t } from '../../lib/model/i18n';
import type { EchoNote, EchoWeek } from '../../lib/stats/people-insights';
import { echoNoteText } from '../../lib/stats/people-text';

const W = 640;
const H = 140;
const PAD = 14;
/** Room for the count labels on the left and the week labels below. */
const LEFT = 28;
const BOTTOM = 30;

interface Props {
  weeks: EchoWeek[];
  note: EchoNote | undefined;
  locale: string;
}

/** Distinct people and topics per week as two lines, with the same numbers as a table for screen readers. */
export function EchoChart({ weeks, note, locale }: Props) {
  const max = Math.max(1, ...weeks.map((w) => Math.max(w.people, w.topics)));
  const x = (i: number) => LEFT + (i * (W - LEFT - PAD)) / Math.max(1, weeks.length - 1);
  const y = (n: number) => H - BOTTOM - (n / max) * (H - BOTTOM - PAD);
  const line = (pick: (w: EchoWeek) => number) => weeks.map((w, i) => `${x(i)},${y(pick(w))}`).join(' ');
  const date = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'short' });
  return (
    <section aria-labelledby="gf-echo-h">
      <h2 id="gf-echo-h">{t('peopleEchoHeading')}</h2>
      {note && (
        <p data-testid="gf-people-echo-note" data-kind={note.kind}>
          {echoNoteText(note, locale)}
        </p>
      )}
      <svg className="chart echo" data-testid="gf-people-echo" viewBox={`0 0 ${W} ${H}`} role="img" aria-label={t('peopleEchoChart')}>
        <line className="axis" x1={LEFT} y1={y(0)} x2={W - PAD} y2={y(0)} />
        {[0, max].map((n) => (
          <text key={n} className="tick" x={LEFT - 8} y={y(n) + 4} textAnchor="end">{n}</text>
        ))}
        <g className="weeks">
          {weeks.map((w, i) => (
            <text key={w.start} className="tick" x={x(i)} y={H - 8} textAnchor={i === weeks.length - 1 ? 'end' : 'middle'}>{date.format(w.start)}</text>
          ))}
        </g>
        <polyline className="echo-people" points={line((w) => w.people)} />
        <polyline className="echo-topics" points={line((w) => w.topics)} />
        {weeks.map((w, i) => (
          <g key={w.start}>
            <circle className="echo-people" cx={x(i)} cy={y(w.people)} r={3} />
            <rect className="echo-topics" x={x(i) - 3} y={y(w.topics) - 3} width={6} height={6} />
          </g>
        ))}
      </svg>
      <p className="legend muted" aria-hidden="true">
        <span className="key-people">● {t('peopleEchoPeople')}</span> <span className="key-topics">■ {t('peopleEchoTopics')}</span>
      </p>
      <details>
        <summary>{t('peopleEchoTable')}</summary>
        <table data-testid="gf-people-echo-table">
          <thead>
            <tr>
              <th scope="col">{t('peopleEchoWeek')}</th>
              <th scope="col">{t('peopleEchoPosts')}</th>
              <th scope="col">{t('peopleEchoPeople')}</th>
              <th scope="col">{t('peopleEchoTopics')}</th>
            </tr>
          </thead>
          <tbody>
            {weeks.map((w) => (
              <tr key={w.start}>
                <th scope="row">{date.format(w.start)}</th>
                <td>{w.posts}</td>
                <td>{w.people}</td>
                <td>{w.topics}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </section>
  );
}
