// What the person paused or turned off from a hint, each with one-click restore: sites paused for today, sites
// switched off, muted hints. Self-contained over the settings item, so any extension page can mount it.
import { useEffect, useState } from 'react';
import { ruleTitle, t } from '../lib/model/i18n';
import { SITE_IDS, SITE_TABLE, type SiteId } from '../lib/model/platforms';
import { settingsItem, siteSwitch, withDefaults, type Settings } from '../lib/model/settings';

export function PausedAndMuted({ now = Date.now() }: { now?: number }) {
  const [settings, setSettings] = useState<Settings | null>(null);
  useEffect(() => {
    void settingsItem.getValue().then((v) => setSettings(withDefaults(v)));
    return settingsItem.watch((v) => setSettings(withDefaults(v)));
  }, []);
  if (!settings) return null;
  const pausedToday = SITE_IDS.filter((id) => siteSwitch(settings, id, now) === 'paused');
  const off = SITE_IDS.filter((id) => siteSwitch(settings, id, now) === 'off');
  if (pausedToday.length + off.length + settings.muted.length === 0) return null;

  const save = (next: Settings) => {
    setSettings(next);
    void settingsItem.setValue(next);
  };
  const restoreSite = (id: SiteId) => {
    const { [id]: _, ...pausedUntil } = settings.pausedUntil;
    save(withDefaults({ ...settings, pausedUntil, sites: { ...settings.sites, [id]: true } }));
  };
  const restoreHint = (rule: string) => save(withDefaults({ ...settings, muted: settings.muted.filter((r) => r !== rule) }));

  return (
    <section data-testid="gf-paused-muted" aria-labelledby="gf-paused-muted-title">
      <h2 id="gf-paused-muted-title">{t('pausedListTitle')}</h2>
      <ul>
        {[...pausedToday.map((id) => [id, t('pausedSiteToday', SITE_TABLE[id].name)] as const), ...off.map((id) => [id, t('pausedSiteOff', SITE_TABLE[id].name)] as const)].map(([id, label]) => (
          <li key={`site-${id}`} data-testid="gf-paused-site" data-site={id}>
            <span>{label}</span>{' '}
            <button type="button" data-testid="gf-restore-site" onClick={() => restoreSite(id)}>
              {t('restoreSite', SITE_TABLE[id].name)}
            </button>
          </li>
        ))}
        {settings.muted.map((rule) => (
          <li key={`rule-${rule}`} data-testid="gf-muted-hint" data-rule={rule}>
            <span>{t('mutedHintItem', ruleTitle(rule))}</span>{' '}
            <button type="button" data-testid="gf-restore-hint" onClick={() => restoreHint(rule)}>
              {t('restoreHint', ruleTitle(rule))}
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
