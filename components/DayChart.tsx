import type { DayBalance } from '../lib/stats/balance';
import { t } from '../lib/model/i18n';

const W = 292;
const H = 64;

/** Stacked bars, one per day: give at the bottom, then neutral, then take. */
export function DayChart({ days }: { days: DayBalance[] }) {
  const max = Math.max(1, ...days.map((d) => d.gives + d.takes + d.neutral));
  const bar = W / days.length;
  const sum = days.reduce((s, d) => ({ g: s.g + d.gives, tk: s.tk + d.takes, n: s.n + d.neutral }), { g: 0, tk: 0, n: 0 });
  return (
    <svg
      className="chart"
      data-testid="gf-chart"
      width={W}
      height={H}
      viewBox={`0 0 ${W} ${H}`}
      role="img"
      aria-label={t('chartSummary', sum.g, sum.tk, sum.n)}
    >
      {days.map((d, i) => {
        const x = i * bar + 1;
        const scale = (n: number) => (n / max) * (H - 2);
        const g = scale(d.gives);
        const n = scale(d.neutral);
        const tk = scale(d.takes);
        return (
          <g key={d.day} data-day={new Date(d.day).toISOString().slice(0, 10)} data-gives={d.gives} data-takes={d.takes}>
            <rect className="bar-give" x={x} y={H - g} width={bar - 2} height={g} />
            <rect className="bar-neutral" x={x} y={H - g - n} width={bar - 2} height={n} />
            <rect className="bar-take" x={x} y={H - g - n - tk} width={bar - 2} height={tk} />
          </g>
        );
      })}
    </svg>
  );
}
