import { GOAL_PRESETS } from '../../lib/goals';
import { SITE_IDS, type SiteId } from '../../lib/settings';
import { useSettings } from '../../lib/settings-store';
import type { Sensitivity } from '../../lib/checker/types';

const SITE_NAMES: Record<SiteId, string> = {
  x: 'X', linkedin: 'LinkedIn', facebook: 'Facebook', threads: 'Threads', instagram: 'Instagram',
  bluesky: 'Bluesky', mastodon: 'Mastodon', reddit: 'Reddit', youtube: 'YouTube',
};
const list = (s: string) => s.split(',').map((x) => x.trim()).filter(Boolean);

export function App() {
  const { settings, loaded, update } = useSettings();
  if (!loaded) return null;
  const preset = GOAL_PRESETS.find((p) => Math.abs(p.maxPromoShare - settings.goal.maxPromoShare) < 1e-6);
  return (
    <main style={{ maxWidth: 640, margin: '0 auto', padding: 20 }}>
      <h1>Give First settings</h1>

      <h2>Your goal</h2>
      <label>
        At most this share of posts may promote:{' '}
        <select
          data-testid="gf-goal"
          value={preset?.id ?? 'custom'}
          onChange={(e) => {
            const p = GOAL_PRESETS.find((g) => g.id === e.target.value);
            if (p) void update({ goal: { maxPromoShare: p.maxPromoShare } });
          }}
        >
          {GOAL_PRESETS.map((p) => (
            <option key={p.id} value={p.id}>
              {p.label}
            </option>
          ))}
          {!preset && <option value="custom">Custom: {Math.round(settings.goal.maxPromoShare * 100)}%</option>}
        </select>
      </label>

      <h2>How sensitive</h2>
      <label>
        <select
          data-testid="gf-sensitivity"
          value={settings.sensitivity}
          onChange={(e) => void update({ sensitivity: e.target.value as Sensitivity })}
        >
          <option value="gentle">Gentle: only clear cases</option>
          <option value="normal">Normal</option>
          <option value="strict">Strict: point out more</option>
        </select>
      </label>

      <h2>Sites</h2>
      {SITE_IDS.map((id) => (
        <label key={id}>
          <input
            type="checkbox"
            checked={settings.sites[id]}
            onChange={(e) => void update({ sites: { ...settings.sites, [id]: e.target.checked } })}
          />{' '}
          {SITE_NAMES[id]}
        </label>
      ))}

      <h2>Your brands and websites</h2>
      <p className="muted">Links to these and mentions of them count as promoting your own work.</p>
      <label>
        Brands (comma separated){' '}
        <input
          type="text"
          defaultValue={settings.own.brands.join(', ')}
          onBlur={(e) => void update({ own: { ...settings.own, brands: list(e.target.value) } })}
        />
      </label>
      <label>
        Websites (comma separated){' '}
        <input
          type="text"
          defaultValue={settings.own.domains.join(', ')}
          onBlur={(e) => void update({ own: { ...settings.own, domains: list(e.target.value) } })}
        />
      </label>

      <h2>Privacy</h2>
      <label>
        <input
          type="checkbox"
          checked={settings.keepFullText}
          onChange={(e) => void update({ keepFullText: e.target.checked })}
        />{' '}
        Keep the full text of my posts (otherwise only fingerprints for spotting repeats)
      </label>
      <p className="muted">Everything stays in this browser. Give First never sends anything anywhere.</p>
    </main>
  );
}
