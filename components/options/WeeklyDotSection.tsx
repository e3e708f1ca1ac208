// The weekly review's toolbar dot, on or off (lib/background/weekly-dot.ts puts it up).
import { t } from '../../lib/model/i18n';
import { useSettings } from '../../lib/storage/settings-store';
import { Section, Toggle } from './form';

export function WeeklyDotSection() {
  const { settings, update } = useSettings();
  return (
    <Section id="weekly-dot" title="weeklyDotTitle" help="weeklyDotHelp">
      <Toggle testId="gf-weekly-dot" checked={settings.weeklyReviewDot} onChange={(on) => void update({ weeklyReviewDot: on })}>
        {t('weeklyDotLabel')}
      </Toggle>
    </Section>
  );
}
