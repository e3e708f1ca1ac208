import { DangerZone, DataSection } from '../../components/options/DataSection';
import { GoalSection } from '../../components/options/GoalSection';
import { RulesSection, SensitivitySection } from '../../components/options/HintsSection';
import { MastodonSection } from '../../components/options/MastodonSection';
import { WeeklyDotSection } from '../../components/options/WeeklyDotSection';
import { t } from '../../lib/model/i18n';
import { SITE_IDS, SITE_TABLE } from '../../lib/model/platforms';
import { useSettings } from '../../lib/storage/settings-store';

const RETENTION = [0, 30, 90, 365];
const list = (s: string) => s.split(',').map((x) => x.trim()).filter(Boolean);

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

      <section className="card" aria-labelledby="pause-title">
        <h2 id="pause-title">{t('pauseTitle')}</h2>
        <p className="section-help">{t('pauseHelp')}</p>
        <label className="choice">
          <input
            type="checkbox"
            data-testid="gf-pause"
            checked={settings.pauseBeforePosting}
            onChange={(e) => void update({ pauseBeforePosting: e.target.checked })}
          />
          <span>{t('pauseLabel')}</span>
        </label>
      </section>
      <WeeklyDotSection />

      <section className="card" aria-labelledby="sites-title">
        <h2 id="sites-title">{t('sitesTitle')}</h2>
        <p className="section-help">{t('sitesHelp')}</p>
        <div className="grid">
          {SITE_IDS.map((id) => (
            <label key={id} className="choice">
              <input
                type="checkbox"
                data-testid={`gf-site-${id}`}
                checked={settings.sites[id]}
                onChange={(e) => void update({ sites: { ...settings.sites, [id]: e.target.checked } })}
              />
              <span>{SITE_TABLE[id].name}</span>
            </label>
          ))}
        </div>
        <MastodonSection />
      </section>

      <section className="card" aria-labelledby="own-title">
        <h2 id="own-title">{t('ownTitle')}</h2>
        <p className="section-help">{t('ownHelp')}</p>
        <label className="field">
          <span>{t('ownBrands')}</span>
          <input
            type="text"
            placeholder={t('ownBrandsPlaceholder')}
            defaultValue={settings.own.brands.join(', ')}
            onBlur={(e) => void update({ own: { ...settings.own, brands: list(e.target.value) } })}
          />
        </label>
        <label className="field">
          <span>{t('ownDomains')}</span>
          <input
            type="text"
            placeholder="example.com"
            defaultValue={settings.own.domains.join(', ')}
            onBlur={(e) => void update({ own: { ...settings.own, domains: list(e.target.value) } })}
          />
        </label>
      </section>

      <section className="card" aria-labelledby="privacy-title">
        <h2 id="privacy-title">{t('privacyTitle')}</h2>
        <p className="section-help">{t('privacyNote')}</p>
        <label className="choice">
          <input type="checkbox" checked={settings.keepFullText} onChange={(e) => void update({ keepFullText: e.target.checked })} />
          <span>{t('keepText')}</span>
        </label>
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
      </section>

      <DataSection />
      <DangerZone />
    </main>
  );
}
