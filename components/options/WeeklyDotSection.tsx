// The weekly review's toolbar dot, on or off (lib/background/weekly-dot.ts puts it up).
import { t } from '../../lib/model/i18n';
import { useSettings } from '../../lib/storage/settings-store';

export function WeeklyDotSection() {
  const { settings, update } = useSettings();
  return (
    <section className="card" aria-labelledby="weekly-dot-title">
      <h2 id="weekly-dot-title">{t('weeklyDotTitle')}</h2>
      <p className="section-help">{t('weeklyDotHelp')}</p>
      <label className="choice">
        <input
          type="checkbox"
          data-testid="gf-weekly-dot"
          checked={settings.weeklyReviewDot}
          onChange={(e) => void update({ weeklyReviewDot: e.target.checked })}
        />
        <span>{t('weeklyDotLabel')}</span>
      </label>
    </section>
  );
}
