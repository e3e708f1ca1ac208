import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useMemo, useState } from 'react';
import { BalanceCounts, countsLine } from '../../components/BalanceCounts';
import { DayChart } from '../../components/DayChart';
import { RecentPosts } from '../../components/RecentPosts';
import { SaveErrorBanner } from '../../components/SaveErrorBanner';
import { WeekGoals } from '../../components/WeekGoals';
import { PausedAndMuted } from '../../components/PausedAndMuted';
import { SiteHealthAlerts, SiteStatusList } from '../../components/SiteHealth';
import { PeriodSwitch, type Period } from '../../components/PeriodSwitch';
import { periodStart, perPlatform, repeats } from '../../lib/stats/balance';
import { breadth, type Breadth } from '../../lib/stats/breadth';
import { chartBars } from '../../lib/stats/chart';
import { verdict } from '../../lib/stats/goals';
import { hintOutcomes, type HintOutcomes } from '../../lib/stats/heeded';
import { abandonedDraftsItem, type AbandonedDraft } from '../../lib/model/abandoned';
import { t, type MessageKey } from '../../lib/model/i18n';
import { platformFacts } from '../../lib/model/platforms';
import { tn } from '../../lib/model/plural';
import { DAY_MS } from '../../lib/model/time';
import { useSettings } from '../../lib/storage/settings-store';
import { openDb } from '../../lib/storage/db';
import { dailySince, sumDaily } from '../../lib/storage/daily';
import { postsSince } from '../../lib/storage/posts';

const IDEAS: MessageKey[] = ['idea1', 'idea2', 'idea3', 'idea4', 'idea5'];

/** Hints heeded, repeats, breadth and recent posts look at this many recent posts at most, so the popup stays quick. */
const DETAIL_POSTS = 2_000;
const PERIOD_DAYS: Record<Period, number> = { '7': 7, '30': 30, all: Infinity };

export function App() {
  const [period, setPeriod] = useState<Period>('7');
  const goal = useSettings((s) => s.settings.goal);
  const now = useMemo(() => Date.now(), []);
  const from = period === 'all' ? 0 : periodStart(now, PERIOD_DAYS[period]);
  // First paint reads only per-day counts (a few hundred rows at most, however long the history).
  const daily = useLiveQuery(() => dailySince(openDb(), from), [from]);
  const dayRows = useLiveQuery(() => openDb().daily.count(), []);
  const painted = daily !== undefined;
  // Started only once the counts are on screen, so reading posts never delays the first paint.
  const posts = useLiveQuery(() => (painted ? postsSince(openDb(), from, DETAIL_POSTS) : undefined), [from, painted]);
  const weekGoals = goal.minGivesPerWeek > 0 || goal.thanksPerWeek > 0;
  const week = useLiveQuery(
    () => (painted && weekGoals ? postsSince(openDb(), periodStart(now, 7), DETAIL_POSTS) : undefined),
    [painted, weekGoals],
  );
  // Drafts let go after a seen hint are not posts, but "changed after a hint" counts them (lib/page/nudge.ts).
  const [abandoned, setAbandoned] = useState<AbandonedDraft[]>([]);
  useEffect(() => {
    void abandonedDraftsItem.getValue().then(setAbandoned);
    return abandonedDraftsItem.watch((v) => setAbandoned(v ?? []));
  }, []);
  const summary = useMemo(() => {
    if (!daily) return null;
    const bars = chartBars(daily, now, period);
    return { balance: sumDaily(daily), bars, platforms: perPlatform(daily) };
  }, [daily, now, period]);
  const details = useMemo(
    () =>
      posts
        ? {
            heeded: hintOutcomes([...posts, ...abandoned.filter((d) => d.time >= from)]),
            repeated: repeats(posts),
            breadth: breadth(posts),
            count: posts.length,
          }
        : null,
    [posts, abandoned, from],
  );
  if (!summary || dayRows === undefined) return null; // rendering zeros before the query answers would show a false balance
  const v = verdict(summary.balance, goal);
  const idea = IDEAS[Math.floor(now / DAY_MS) % IDEAS.length]!;
  const empty = dayRows === 0; // nothing recorded ever: welcome rather than a verdict
  const chartTitle =
    period === '7' ? t('chartTitle7') : period === '30' ? t('chartTitle30') : summary.bars[0]?.days === 7 ? t('chartTitleAllWeeks') : t('chartTitleAll');

  return (
    <main className="popup">
      <header className="row">
        <h1>{t('extName')}</h1>
        <PeriodSwitch value={period} onChange={setPeriod} />
      </header>
      <PausedAndMuted now={now} />
      <SaveErrorBanner />
      <SiteHealthAlerts now={now} />
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
          <h2 data-testid="gf-chart-title">{chartTitle}</h2>
          <DayChart bars={summary.bars} maxPromoShare={goal.maxPromoShare} title={chartTitle} />
          {posts && <RecentPosts posts={posts} now={now} />}
          {summary.platforms.length > 0 && (
            <>
              <h2>{t('platformsTitle')}</h2>
              <ul className="plain" data-testid="gf-platforms">
                {summary.platforms.map(([platform, b]) => (
                  <li key={platform} data-platform={platform}>
                    <span>{platformFacts(platform).name}</span>
                    <span className="muted">{countsLine(b)}</span>
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
      <SiteStatusList now={now} />
      <p>
        <a href="/people.html" target="_blank" rel="noreferrer" data-testid="gf-open-people">
          {t('peopleOpen')}
        </a>
      </p>
      <p>
        <a href="/options.html" target="_blank" rel="noreferrer">
          {t('openSettings')}
        </a>
      </p>
    </main>
  );
}

interface DetailsProps {
  heeded: HintOutcomes;
  repeated: ReturnType<typeof repeats>;
  breadth: Breadth;
  count: number;
}

function Details({ heeded, repeated, breadth: b, count }: DetailsProps) {
  return (
    <>
      <h2>{t('heededTitle')}</h2>
      <p data-testid="gf-heeded" data-seen={heeded.seen} data-changed={heeded.changed} data-unknown={heeded.unknown}>
        {heeded.seen ? tn('heeded', heeded.seen, heeded.changed) : t('heededNone')}
        {heeded.unknown > 0 ? ` ${tn('heededUnknown', heeded.unknown)}` : ''}
      </p>
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
      <p data-testid="gf-reach" data-people={b.people} data-topics={b.topics}>
        {t('reach', tn('reachPeople', b.people), tn('reachTopics', b.topics))}
        {count >= 5 && b.topics + b.people < 3 ? ` ${t('reachNarrow')}` : ''}
      </p>
    </>
  );
}
