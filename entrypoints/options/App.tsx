import { DangerZone, DataSection } from '../../components/options/DataSection';
import { GoalSection } from '../../components/options/GoalSection';
import { RulesSection, SensitivitySection } from '../../components/options/HintsSection';
import { ListField, Section, Toggle } from '../../components/options/form';
import { MastodonSection } from '../../components/options/MastodonSection';
import { WeeklyDotSection } from '../../components/options/WeeklyDotSection';
import { t } from '../../lib/model/i18n';
import { SITE_IDS, SITE_TABLE } from '../../lib/model/platforms';
import { useSettings } from '../../lib/storage/settings-store';

const RETENTION = [0, 30, 90, 365];

export function App() {
  const { settings, loaded, update } = useSettings();
  if (!loaded) return null;
  return (
    <main className="options">
      <header>
        <h1>{t('optionsTitle')}</h1>
        <p className="section-help">{t('optionsIntro')}</p>
      </header>
      <GoalSection />
      <SensitivitySection />
      <RulesSection />

      <Section id="pause" title="pauseTitle" help="pauseHelp">
        <Toggle testId="gf-pause" checked={settings.pauseBeforePosting} onChange={(on) => void update({ pauseBeforePosting: on })}>
          {t('pauseLabel')}
        </Toggle>
      </Section>
      <WeeklyDotSection />

      <Section id="sites" title="sitesTitle" help="sitesHelp">
        <div className="grid">
          {SITE_IDS.map((id) => (
            <Toggle key={id} testId={`gf-site-${id}`} checked={settings.sites[id]} onChange={(on) => void update({ sites: { ...settings.sites, [id]: on } })}>
              {SITE_TABLE[id].name}
            </Toggle>
          ))}
        </div>
        <MastodonSection />
      </Section>

      <Section id="own" title="ownTitle" help="ownHelp">
        <ListField label={t('ownBrands')} placeholder={t('ownBrandsPlaceholder')} value={settings.own.brands} onChange={(brands) => void update({ own: { ...settings.own, brands } })} />
        <ListField label={t('ownDomains')} placeholder="example.com" value={settings.own.domains} onChange={(domains) => void update({ own: { ...settings.own, domains } })} />
      </Section>

      <Section id="privacy" title="privacyTitle" help="privacyNote">
        <Toggle checked={settings.keepFullText} onChange={(on) => void update({ keepFullText: on })}>
          {t('keepText')}
        </Toggle>
        <label className="field">
          <span>{t('retention')}</span>
          <select value={settings.retentionDays} onChange={(e) => void update({ retentionDays: Number(e.target.value) })}>
            {RETENTION.map((d) => (
              <option key={d} value={d}>
                {d === 0 ? t('retentionForever') : t('retentionDays', d)}
              </option>
            ))}
          </select>
        </label>
      </Section>

      <DataSection />
      <DangerZone />
    </main>
  );
}
