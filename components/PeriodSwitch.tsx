import { t } from '../lib/model/i18n';
import type { Period } from '../lib/stats/chart';

export type { Period };
const PERIODS: { id: Period; label: () => string }[] = [
  { id: '7', label: () => t('period7') },
  { id: '30', label: () => t('period30') },
  { id: 'all', label: () => t('periodAll') },
];

export function PeriodSwitch({ value, onChange }: { value: Period; onChange: (p: Period) => void }) {
  return (
    <div className="switch" role="group" aria-label={t('periodLabel')}>
      {PERIODS.map((p) => (
        <button
          key={p.id}
          type="button"
          aria-pressed={value === p.id}
          data-testid={`gf-period-${p.id}`}
          onClick={() => onChange(p.id)}
        >
          {p.label()}
        </button>
      ))}
    </div>
  );
}
