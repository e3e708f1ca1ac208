// The people page: whom the person gives to and asks of, one quiet nudge, a call-or-coffee suggestion, the echo
// chart and the week in review. Everything is read from the local history; nothing is sent anywhere.
import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useMemo, useState } from 'react';
import { t } from '../../lib/model/i18n';
import { echoNote, echoWeeks, meetingFor, nudgeFor, weeklyReview } from '../../lib/stats/people-insights';
import { peopleOf } from '../../lib/stats/people';
import {
  dismiss, EMPTY_PEOPLE_PREFS, hidePerson, loadPeoplePrefs, mergePerson, peoplePrefsItem, readPeoplePrefs,
  unhideAll, updatePeoplePrefs, type PeoplePrefs,
} from '../../lib/storage/people-prefs';
import { nudgeText } from '../../lib/stats/people-text';
import { openDb } from '../../lib/storage/db';
import { markReviewSeen } from '../../lib/storage/weekly-review';
import { EchoChart } from './EchoChart';
import { loadPeoplePosts } from './load';
import { Meeting } from './Meeting';
import { PeopleList } from './PeopleList';
import { WeekReview } from './WeekReview';

function usePeoplePrefs(): [PeoplePrefs | undefined, (change: (p: PeoplePrefs) => PeoplePrefs) => void] {
  const [prefs, setPrefs] = useState<PeoplePrefs>();
  useEffect(() => {
    void loadPeoplePrefs().then(setPrefs);
    return peoplePrefsItem.watch((value) => setPrefs(readPeoplePrefs(value ?? EMPTY_PEOPLE_PREFS)));
  }, []);
  return [prefs, (change) => void updatePeoplePrefs(change).then(setPrefs)];
}

export function PeopleApp() {
  const now = useMemo(() => Date.now(), []);
  const locale = useMemo(() => browser.i18n.getUILanguage() || 'en', []);
  const posts = useLiveQuery(() => loadPeoplePosts(openDb(), now), [now]);
  const [prefs, change] = usePeoplePrefs();
  // This page is the weekly review: opening it takes the toolbar's weekly dot down (lib/background/weekly-dot.ts).
  useEffect(() => void markReviewSeen(now).catch(() => undefined), [now]);
  const view = useMemo(() => {
    if (!posts || !prefs) return null;
    const corrections = { hidden: prefs.hidden, merged: prefs.merged };
    const options = { corrections, dismissed: prefs.dismissed };
    return {
      people: peopleOf(posts, corrections),
      nudge: nudgeFor(posts, now, options),
      meeting: meetingFor(posts, now, options),
      weeks: echoWeeks(posts, now, corrections),
      note: echoNote(posts, corrections),
      review: weeklyReview(posts, now, options),
    };
  }, [posts, prefs, now]);
  if (!view || !prefs) return null;

  return (
    <main className="options people">
      <h1>{t('peopleTitle')}</h1>
      <p className="muted">{t('peopleIntro')}</p>
      {view.nudge && (
        <section aria-labelledby="gf-nudge-h" data-testid="gf-people-nudge" data-nudge={view.nudge.id}>
          <h2 id="gf-nudge-h">{t('peopleNudgeHeading')}</h2>
          <p>{nudgeText(view.nudge, locale)}</p>
          <button type="button" onClick={() => change(dismiss(view.nudge!.id))}>
            {t('peopleDismiss')}
          </button>
        </section>
      )}
      {view.meeting && (
        <Meeting meeting={view.meeting} now={now} locale={locale} onDismiss={() => change(dismiss(view.meeting!.id))} />
      )}
      <PeopleList
        people={view.people}
        hiddenCount={prefs.hidden.length}
        locale={locale}
        onHide={(key) => change(hidePerson(key))}
        onMerge={(from, into) => change(mergePerson(from, into))}
        onUnhide={() => change(unhideAll)}
      />
      <EchoChart weeks={view.weeks} note={view.note} locale={locale} />
      <WeekReview review={view.review} locale={locale} />
    </main>
  );
}
