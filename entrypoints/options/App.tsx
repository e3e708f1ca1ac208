import { DataSection } from '../../components/options/DataSection';
import { GoalSection } from '../../components/options/GoalSection';
import { MastodonSection } from '../../components/options/MastodonSection';
import { FAMILIES, RULES, type Sensitivity } from '../../lib/checker';
import { t } from '../../lib/model/i18n';
import { SITE_IDS, SITE_TABLE } from '../../lib/model/platforms';
import { useSettings } from '../../lib/storage/settings-store';

const RETENTION = [0, 30, 90, 365];
const RULES_BY_FAMILY = FAMILIES.flatMap((family) => RULES.filter((r) => r.meta.family === family));
const list = (s: string) => s.split(',').map((x) => x.trim()).filter(Boolean);

export function App() {
  const { settings, loaded, update } = useSettings();
  if (!loaded) return null;
  const muted = new Set(settings.muted);
  return (
    <main className="options">
      <h1>{t('optionsTitle')}</h1>
      <GoalSection />

      <section aria-labelledby="sens-title">
        <h2 id="sens-title">{t('sensitivityTitle')}</h2>
        <select
          aria-labelledby="sens-title"
          data-testid="gf-sensitivity"
          value={settings.sensitivity}
          onChange={(e) => void update({ sensitivity: e.target.value as Sensitivity })}
        >
          <option value="gentle">{t('sensitivityGentle')}</option>
          <option value="normal">{t('sensitivityNormal')}</option>
          <option value="strict">{t('sensitivityStrict')}</option>
        </select>
      </section>

      <section aria-labelledby="sites-title">
        <h2 id="sites-title">{t('sitesTitle')}</h2>
        {SITE_IDS.map((id) => (
          <label key={id}>
            <input
              type="checkbox"
              data-testid={`gf-site-${id}`}
              checked={settings.sites[id]}
              onChange={(e) => void update({ sites: { ...settings.sites, [id]: e.target.checked } })}
            />{' '}
            {SITE_TABLE[id].name}
          </label>
        ))}
      </section>

      <MastodonSection />

      <section aria-labelledby="own-title">
        <h2 id="own-title">{t('ownTitle')}</h2>
        <p className="muted">{t('ownHelp')}</p>
        <label>
          {t('ownBrands')}{' '}
          <input
            type="text"
            defaultValue={settings.own.brands.join(', ')}
            onBlur={(e) => void update({ own: { ...settings.own, brands: list(e.target.value) } })}
          />
        </label>
        <label>
          {t('ownDomains')}{' '}
          <input
            type="text"
            defaultValue={settings.own.domains.join(', ')}
            onBlur={(e) => void update({ own: { ...settings.own, domains: list(e.target.value) } })}
          />
        </label>
      </section>

      <section aria-labelledby="rules-title">
        <h2 id="rules-title">{t('rulesTitle')}</h2>
        <p className="muted">{t('rulesHelp')}</p>
        {RULES_BY_FAMILY.map((r) => (
          <label key={r.meta.id}>
            <input
              type="checkbox"
              data-testid={`gf-rule-${r.meta.id}`}
              checked={!muted.has(r.meta.id)}
              onChange={(e) =>
                void update({
                  muted: e.target.checked ? settings.muted.filter((m) => m !== r.meta.id) : [...settings.muted, r.meta.id],
                })
              }
            />{' '}
            {r.meta.description}
          </label>
        ))}
      </section>

      <section aria-labelledby="pause-title">
        <h2 id="pause-title">{t('pauseTitle')}</h2>
        <label>
          <input
            type="checkbox"
            data-testid="gf-pause"
            checked={settings.pauseBeforePosting}
            onChange={(e) => void update({ pauseBeforePosting: e.target.checked })}
          />{' '}
          {t('pauseLabel')}
        </label>
      </section>

      <section aria-labelledby="privacy-title">
        <h2 id="privacy-title">{t('privacyTitle')}</h2>
        <label>
          <input type="checkbox" checked={settings.keepFullText} onChange={(e) => void update({ keepFullText: e.target.checked })} />{' '}
          {t('keepText')}
        </label>
        <label>
          {t('retention')}{' '}
          <select value={settings.retentionDays} onChange={(e) => void update({ retentionDays: Number(e.target.value) })}>
            {RETENTION.map((d) => (
              <option key={d} value={d}>
                {d === 0 ? t('retentionForever') : t('retentionDays', d)}
              </option>
            ))}
          </select>
        </label>
        <p className="muted">{t('privacyNote')}</p>
      </section>

      <DataSection />
    </main>
  );
}
