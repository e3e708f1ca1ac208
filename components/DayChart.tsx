import { t } from '../lib/model/i18n';
import type { Bar } from '../lib/stats/chart';

const W = 300;
const PLOT_H = 90;
const LEFT = 22; // room for the y-axis numbers
const TOP = 6;
const AXIS_H = 16;

export function dateFormat(): Intl.DateTimeFormat {
  const lang = t('catalogLanguage');
  return new Intl.DateTimeFormat(lang === 'catalogLanguage' ? 'en' : lang, { day: 'numeric', month: 'short' });
}

/**
 * Stacked bars, one per day (or week): took at the bottom, then neutral, then gave, so the goal mark on each bar
 * (the most posts of that bar that may take) reads at a glance: took below the mark is within the goal.
 * An accessible table with the same numbers follows the chart.
 */
export function DayChart({ bars, maxPromoShare, title }: { bars: Bar[]; maxPromoShare: number; title: string }) {
  const max = Math.max(1, ...bars.map((d) => d.gives + d.takes + d.neutral));
  const plotW = W - LEFT;
  const slot = plotW / bars.length;
  const barW = Math.max(1, slot - (bars.length > 40 ? 1 : 2));
  const y = (n: number) => TOP + PLOT_H - (n / max) * PLOT_H;
  const dates = dateFormat();
  const label = (b: Bar) => (b.days === 7 ? t('chartWeekOf', dates.format(b.start)) : dates.format(b.start));
  // Dates under every other bar of a week, and under the first, middle and last bar of longer periods.
  const ticks = bars.length <= 7 ? bars.map((_, i) => i).filter((i) => (bars.length - 1 - i) % 2 === 0) : [0, Math.floor((bars.length - 1) / 2), bars.length - 1];
  const sum = bars.reduce((s, d) => ({ g: s.g + d.gives, tk: s.tk + d.takes, n: s.n + d.neutral }), { g: 0, tk: 0, n: 0 });
  const oneIn = maxPromoShare > 0 ? Math.round(1 / maxPromoShare) : '∞';
  return (
    <figure className="chart-figure">
      <svg
        className="chart"
        data-testid="gf-chart"
        data-bars={bars.length}
        width={W}
        height={TOP + PLOT_H + AXIS_H}
        viewBox={`0 0 ${W} ${TOP + PLOT_H + AXIS_H}`}
        role="img"
        aria-label={t('chartSummary', title, sum.g, sum.tk, sum.n)}
      >
        <line className="axis" x1={LEFT} x2={W} y1={TOP + PLOT_H + 0.5} y2={TOP + PLOT_H + 0.5} />
        <line className="grid" x1={LEFT} x2={W} y1={TOP + 0.5} y2={TOP + 0.5} />
        <text className="tick" x={LEFT - 4} y={TOP + 8} textAnchor="end">{max}</text>
        <text className="tick" x={LEFT - 4} y={TOP + PLOT_H} textAnchor="end">0</text>
        {bars.map((d, i) => {
          const x = LEFT + i * slot + (slot - barW) / 2;
          const total = d.gives + d.takes + d.neutral;
          const h = (n: number) => (n / max) * PLOT_H;
          const tk = h(d.takes);
          const n = h(d.neutral);
          const g = h(d.gives);
          const base = TOP + PLOT_H;
          return (
            <g key={d.start} data-day={isoDay(d.start)} data-gives={d.gives} data-takes={d.takes} data-neutral={d.neutral}>
              <rect className="bar-take" x={x} y={base - tk} width={barW} height={tk} />
              <rect className="bar-neutral" x={x} y={base - tk - n} width={barW} height={n} />
              <rect className="bar-give" x={x} y={base - tk - n - g} width={barW} height={g} />
              {total > 0 && <line className="goal-mark" data-testid="gf-goal-mark" x1={x - 1} x2={x + barW + 1} y1={y(total * maxPromoShare)} y2={y(total * maxPromoShare)} />}
            </g>
          );
        })}
        {ticks.map((i) => (
          <text key={i} className="tick" x={LEFT + i * slot + slot / 2} y={TOP + PLOT_H + 13} textAnchor={i === 0 && bars.length > 7 ? 'start' : i === bars.length - 1 && bars.length > 7 ? 'end' : 'middle'}>
            {dates.format(bars[i]!.start)}
          </text>
        ))}
      </svg>
      <figcaption className="legend" data-testid="gf-legend">
        <span><i className="swatch give" aria-hidden="true" />{t('legendGave')}</span>
        <span><i className="swatch neutral" aria-hidden="true" />{t('legendNeutral')}</span>
        <span><i className="swatch take" aria-hidden="true" />{t('legendTook')}</span>
        <span><i className="swatch mark" aria-hidden="true" />{t('legendGoal', oneIn)}</span>
      </figcaption>
      <details className="chart-table">
        <summary>{t('chartAsTable')}</summary>
        <table data-testid="gf-chart-table">
          <caption className="sr-only">{title}</caption>
          <thead>
            <tr>
              <th scope="col">{bars[0]?.days === 7 ? t('chartWeek') : t('chartDay')}</th>
              <th scope="col">{t('legendGave')}</th>
              <th scope="col">{t('legendTook')}</th>
              <th scope="col">{t('legendNeutral')}</th>
            </tr>
          </thead>
          <tbody>
            {bars.filter((b) => b.gives + b.takes + b.neutral > 0).map((b) => (
              <tr key={b.start}>
                <th scope="row">{label(b)}</th>
                <td>{b.gives}</td>
                <td>{b.takes}</td>
                <td>{b.neutral}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </figure>
  );
}

function isoDay(t: number): string {
  const d = new Date(t);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}
