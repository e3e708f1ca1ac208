import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo, useState } from 'react';
import { BalanceCounts } from '../../components/BalanceCounts';
import { DayChart } from '../../components/DayChart';
import { PeriodSwitch, type Period } from '../../components/PeriodSwitch';
import { balanceOf, DAY_MS, hintsHeeded, perDay, perPlatform, reach, repeats } from '../../lib/balance';
import { verdict } from '../../lib/goals';
import { t, type MessageKey } from '../../lib/i18n';
import { useSettings } from '../../lib/settings-store';
import { openDb } from '../../lib/storage/db';
import { postsSince } from '../../lib/storage/posts';

const PLATFORM_NAMES: Record<string, string> = {
  x: 'X', linkedin: 'LinkedIn', facebook: 'Facebook', threads: 'Threads', instagram: 'Instagram',
  bluesky: 'Bluesky', mastodon: 'Mastodon', reddit: 'Reddit', youtube: 'YouTube', other: '—',
};
const IDEAS: MessageKey[] = ['idea1', 'idea2', 'idea3', 'idea4', 'idea5'];

export function App() {
  const [period, setPeriod] = useState<Period>('7');
  const goal = useSettings((s) => s.settings.goal);
  const now = useMemo(() => Date.now(), []);
  // Always load 30 days (for the chart) or everything; the period filters in memory.
  const since = period === 'all' ? 0 : now - 30 * DAY_MS;
  const posts = useLiveQuery(() => postsSince(openDb(), since), [since]);
  const summary = useMemo(() => {
    if (!posts) return null;
    const from = period === 'all' ? 0 : now - Number(period) * DAY_MS;
    const inPeriod = posts.filter((p) => p.time >= from);
    return {
      inPeriod,
      balance: balanceOf(inPeriod),
      days: perDay(posts, now),
      platforms: perPlatform(inPeriod),
      heeded: hintsHeeded(inPeriod),
      repeated: repeats(inPeriod),
      reach: reach(inPeriod),
    };
  }, [posts, period, now]);
  if (!summary) return null; // rendering zeros before the query answers would show a false balance
  const v = verdict(summary.balance, goal);
  const idea = IDEAS[Math.floor(now / DAY_MS) % IDEAS.length]!;
  const empty = posts!.length === 0;

  return (
    <main className="popup">
      <header className="row">
        <h1>{t('extName')}</h1>
        <PeriodSwitch value={period} onChange={setPeriod} />
      </header>
      <BalanceCounts balance={summary.balance} />
      {empty ? (
        <section data-testid="gf-empty">
          <h2>{t('emptyTitle')}</h2>
          <p className="muted">{t('emptyBody')}</p>
        </section>
      ) : (
        <>
          <p className={`verdict ${v.onTrack ? 'ok' : 'over'}`} data-testid="gf-verdict" aria-live="polite">
            {v.text}
          </p>
          <h2>{t('chartTitle')}</h2>
          <DayChart days={summary.days} />
          {summary.platforms.length > 0 && (
            <>
              <h2>{t('platformsTitle')}</h2>
              <ul className="plain" data-testid="gf-platforms">
                {summary.platforms.map(([platform, b]) => (
                  <li key={platform} data-platform={platform}>
                    <span>{PLATFORM_NAMES[platform] ?? platform}</span>
                    <span className="muted">
                      {b.gives} {t('gave')} · {b.takes} {t('took')} · {b.neutral} {t('neutral')}
                    </span>
                  </li>
                ))}
              </ul>
            </>
          )}
          <h2>{t('heededTitle')}</h2>
          <p data-testid="gf-heeded">
            {summary.heeded.hinted ? t('heeded', summary.heeded.heeded, summary.heeded.hinted) : t('heededNone')}
          </p>
          <h2>{t('repeatsTitle')}</h2>
          {summary.repeated.links.length + summary.repeated.tags.length === 0 ? (
            <p className="muted">{t('repeatsNone')}</p>
          ) : (
            <ul className="plain" data-testid="gf-repeats">
              {[...summary.repeated.links, ...summary.repeated.tags].map((r) => (
                <li key={r.value}>
                  <span className="clip">{r.value}</span> <span className="muted">×{r.count}</span>
                </li>
              ))}
            </ul>
          )}
          <h2>{t('reachTitle')}</h2>
          <p data-testid="gf-reach">
            {t('reach', summary.reach.topics, summary.reach.people)}
            {summary.inPeriod.length >= 5 && summary.reach.topics + summary.reach.people < 3 ? ` ${t('reachNarrow')}` : ''}
          </p>
        </>
      )}
      <h2>{t('ideaTitle')}</h2>
      <p data-testid="gf-idea">{t(idea)}</p>
      <p>
        <a href="/options.html" target="_blank" rel="noreferrer">
          {t('openSettings')}
        </a>
      </p>
    </main>
  );
}
