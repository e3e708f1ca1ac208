// Site health in the popup: a notice for each site where Give First saw an editor it could not claim (with the note
// for a bug report), and a quiet, collapsed list of every site's status. Reads local:siteHealth and the settings.
import { useEffect, useState } from 'react';
import { t, type MessageKey } from '../lib/model/i18n';
import { SITE_TABLE, type SiteId } from '../lib/model/platforms';
import { settingsItem, withDefaults, type Settings } from '../lib/model/settings';
import { bugReport, siteHealthItem, siteStatuses, type SiteHealth, type SiteStatus, type UnclaimedNote } from '../lib/model/site-health';

const STATUS_TEXT: Record<SiteStatus, MessageKey> = {
  working: 'healthWorking',
  'cant-see': 'healthCantSeeShort',
  unseen: 'healthUnseen',
  paused: 'healthPaused',
  off: 'healthOff',
};

function useSiteStatuses(now: number) {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [health, setHealth] = useState<SiteHealth | null>(null);
  useEffect(() => {
    void settingsItem.getValue().then((v) => setSettings(withDefaults(v)));
    void siteHealthItem.getValue().then(setHealth);
    const unwatchSettings = settingsItem.watch((v) => setSettings(withDefaults(v)));
    const unwatchHealth = siteHealthItem.watch((v) => setHealth(v ?? {}));
    return () => {
      unwatchSettings();
      unwatchHealth();
    };
  }, []);
  if (!settings || !health) return null;
  return { health, statuses: siteStatuses(settings, health, now) };
}

/** Only when something is wrong: one notice per site whose composer Give First cannot see. */
export function SiteHealthAlerts({ now = Date.now() }: { now?: number }) {
  const state = useSiteStatuses(now);
  if (!state) return null;
  const broken = state.statuses.filter((s) => s.status === 'cant-see');
  return (
    <>
      {broken.map(({ id }) => (
        <CantSee key={id} id={id} note={state.health[id]!.unclaimed!} />
      ))}
    </>
  );
}

function CantSee({ id, note }: { id: SiteId; note: UnclaimedNote }) {
  const [copied, setCopied] = useState<'yes' | 'failed' | null>(null);
  const report = bugReport(id, note);
  const copy = () =>
    navigator.clipboard.writeText(report).then(
      () => setCopied('yes'),
      () => setCopied('failed'),
    );
  const titleId = `gf-health-${id}`;
  return (
    <section className="health-alert" data-testid="gf-health-alert" data-site={id} aria-labelledby={titleId}>
      <p id={titleId}>
        <strong>{t('healthCantSee', SITE_TABLE[id].name)}</strong>
      </p>
      <p className="muted">{t('healthCantSeeWhy')}</p>
      <button type="button" data-testid="gf-health-copy" onClick={() => void copy()}>
        {t('healthCopy')}
      </button>
      <p aria-live="polite" data-testid="gf-health-copied" className={copied === 'yes' ? 'ok' : undefined}>
        {copied === 'yes' ? t('healthCopied') : copied === 'failed' ? t('healthCopyFailed') : ''}
      </p>
      {copied === 'failed' && <textarea readOnly rows={6} aria-label={t('healthDetailsLabel')} value={report} className="health-details" />}
    </section>
  );
}

/** Every site's status, collapsed so the popup stays short. */
export function SiteStatusList({ now = Date.now() }: { now?: number }) {
  const state = useSiteStatuses(now);
  if (!state) return null;
  return (
    <details className="site-status" data-testid="gf-site-status">
      <summary>{t('healthSitesTitle')}</summary>
      <ul className="plain">
        {state.statuses.map(({ id, status }) => (
          <li key={id} data-site={id} data-status={status}>
            <span>{SITE_TABLE[id].name}</span>
            <span className={status === 'cant-see' ? 'error' : 'muted'}>{t(STATUS_TEXT[status])}</span>
          </li>
        ))}
      </ul>
    </details>
  );
}
