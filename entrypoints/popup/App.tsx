import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo, useState } from 'react';
import { BalanceCounts } from '../../components/BalanceCounts';
import { DayChart } from '../../components/DayChart';
import { SaveErrorBanner } from '../../components/SaveErrorBanner';
import { WeekGoals } from '../../components/WeekGoals';
import { PeriodSwitch, type Period } from '../../components/PeriodSwitch';
import { hintsHeeded, perDay, periodStart, perPlatform, reach, repeats, total } from '../../lib/stats/balance';
import { verdict } from '../../lib/stats/goals';
import { t, type MessageKey } from '../../lib/model/i18n';
import { platformFacts } from '../../lib/model/platforms';
import { DAY_MS } from '../../lib/model/time';
import { useSettings } from '../../lib/storage/settings-store';
import { openDb, type PostRecord } from '../../lib/storage/db';
import { dailySince, sumDaily } from '../../lib/storage/daily';
import { postsSince } from '../../lib/storage/posts';

const IDEAS: MessageKey[] = ['idea1', 'idea2', 'idea3', 'idea4', 'idea5'];

/** Hints heeded, repeats and breadth look at this many recent posts at most, so the popup stays quick. */
const DETAIL_POSTS = 2_000;
const PERIOD_DAYS: Record<Period, number> = { '7': 7, '30': 30, all: Infinity };

export function App() {
  const [period, setPeriod] = useState<Period>('7');
  const goal = useSettings((s) => s.settings.goal);
  const now = useMemo(() => Date.now(), []);
  const from = period === 'all' ? 0 : periodStart(now, PERIOD_DAYS[period]);
  // First paint reads only per-day counts (a few dozen rows, however long the history).
  const daily = useLiveQuery(() => dailySince(openDb(), Math.min(from, periodStart(now, 30))), [from]);
  const painted = daily !== undefined;
  // Started only once the counts are on screen, so reading posts never delays the first paint.
  const posts = useLiveQuery(() => (painted ? postsSince(openDb(), from, DETAIL_POSTS) : undefined), [from, painted]);
  const weekGoals = goal.minGivesPerWeek > 0 || goal.thanksPerWeek > 0;
  const week = useLiveQuery(
    () => (painted && weekGoals ? postsSince(openDb(), periodStart(now, 7), DETAIL_POSTS) : undefined),
    [painted, weekGoals],
  );
  const summary = useMemo(() => {
    if (!daily) return null;
    const inPeriod = daily.filter((r) => r.day >= from);
    return { balance: sumDaily(inPeriod), days: perDay(daily, now), platforms: perPlatform(inPeriod) };
  }, [daily, from, now]);
  const details = useMemo(
    () => (posts ? { inPeriod: posts, heeded: hintsHeeded(posts), repeated: repeats(posts), reach: reach(posts) } : null),
    [posts],
  );
  if (!summary) return null; // rendering zeros before the query answers would show a false balance
  const v = verdict(summary.balance, goal);
  const idea = IDEAS[Math.floor(now / DAY_MS) % IDEAS.length]!;
  const empty = total(summary.balance) === 0 && daily!.length === 0;

  return (
    <main className="popup">
      <header className="row">
        <h1>{t('extName')}</h1>
        <PeriodSwitch value={period} onChange={setPeriod} />
      </header>
      <SaveErrorBanner />
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
          {week && <WeekGoals goal={goal} week={week} />}
          <h2>{t('chartTitle')}</h2>
          <DayChart days={summary.days} />
          {summary.platforms.length > 0 && (
            <>
              <h2>{t('platformsTitle')}</h2>
              <ul className="plain" data-testid="gf-platforms">
                {summary.platforms.map(([platform, b]) => (
                  <li key={platform} data-platform={platform}>
                    <span>{platformFacts(platform).name}</span>
                    <span className="muted">
                      {b.gives} {t('gave')} · {b.takes} {t('took')} · {b.neutral} {t('neutral')}
                    </span>
                  </li>
                ))}
              </ul>
            </>
          )}
          {details && <Details {...details} />}
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

interface DetailsProps {
  inPeriod: PostRecord[];
  heeded: ReturnType<typeof hintsHeeded>;
  repeated: ReturnType<typeof repeats>;
  reach: ReturnType<typeof reach>;
}

function Details({ inPeriod, heeded, repeated, reach: breadth }: DetailsProps) {
  return (
    <>
      <h2>{t('heededTitle')}</h2>
      <p data-testid="gf-heeded">{heeded.hinted ? t('heeded', heeded.heeded, heeded.hinted) : t('heededNone')}</p>
      <h2>{t('repeatsTitle')}</h2>
      {repeated.links.length + repeated.tags.length + repeated.phrases.length === 0 ? (
        <p className="muted">{t('repeatsNone')}</p>
      ) : (
        <ul className="plain" data-testid="gf-repeats">
          {[...repeated.phrases, ...repeated.links, ...repeated.tags].map((r) => (
            <li key={r.value}>
              <span className="clip">{r.value}</span> <span className="muted">×{r.count}</span>
            </li>
          ))}
        </ul>
      )}
      <h2>{t('reachTitle')}</h2>
      <p data-testid="gf-reach">
        {t('reach', breadth.topics, breadth.people)}
        {inPeriod.length >= 5 && breadth.topics + breadth.people < 3 ? ` ${t('reachNarrow')}` : ''}
      </p>
    </>
  );
}
