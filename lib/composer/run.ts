// The content script's body: wires one site adapter to the shared watcher, checker, hint and recorder.
import { fingerprint, HistoryIndex } from '../checker/history';
import { feedbackKey } from '../checker/ignore';
import type { CheckContext, Family, Kind } from '../checker/types';
import { sendMessage, type RecordPostRequest } from '../messaging';
import { loadSettings, settingsItem, withDefaults, type Settings } from '../settings';
import type { FeedbackVerdict } from '../storage/db';
import type { SiteAdapter } from './adapter';
import { watchComposers } from './find-composers';
import { ComposerSession, type SessionEnv } from './session';
import { watchSubmit } from './watch-submit';

const VERDICT: Record<Family, FeedbackVerdict> = {
  'self-promotion': 'not-promotional',
  repetition: 'not-repeat',
  'missing-value': 'not-missing-value',
};
/** Judge "would this break the goal" over this many recent posts. */
const GOAL_WINDOW = 20;

/** Whether one more taking post would put the recent share of takes over the goal. */
export function breaksGoal(recentKinds: readonly Kind[], maxPromoShare: number): boolean {
  const recent = recentKinds.slice(0, GOAL_WINDOW - 1);
  const takes = recent.filter((k) => k === 'take').length + 1;
  return takes / (recent.length + 1) > maxPromoShare + 1e-9;
}

/**
 * The service worker may be asleep, starting, or stopped mid-write. The id makes recording idempotent, so
 * retrying cannot double a post; giving up only happens when this copy of the script is no longer valid.
 */
export async function recordWithRetry(request: RecordPostRequest, isValid: () => boolean, attempts = 5): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    try {
      await sendMessage('recordPost', request);
      return;
    } catch (error) {
      if (attempt >= attempts || !isValid()) throw error;
      await new Promise((resolve) => setTimeout(resolve, 200 * attempt));
    }
  }
}

export async function runComposerScript(adapter: SiteAdapter, signal: AbortSignal, isValid: () => boolean = () => true): Promise<void> {
  let settings: Settings = await loadSettings();
  const sessions = new Map<HTMLElement, ComposerSession>();
  let history: HistoryIndex | null = null;
  const ignored = new Set<string>();
  const recentKinds: Kind[] = [];
  let historyRequested = false;
  let replaying = false;

  const recheckAll = () => sessions.forEach((s) => s.recheck());
  const loadHistory = () => {
    if (historyRequested) return;
    historyRequested = true;
    sendMessage('getHistory')
      .then((payload) => {
        if (signal.aborted) return;
        const index = new HistoryIndex();
        for (const fp of payload.fingerprints) index.add(fp);
        history = index;
        for (const key of payload.ignored) ignored.add(key);
        recentKinds.splice(0, recentKinds.length, ...payload.recentKinds);
        recheckAll();
      })
      .catch(() => {
        historyRequested = false; // the background may be waking up; try again on the next composer
      });
  };

  // After an extension reload this context is gone: every call into it must fail quietly, never into the page.
  const quietly = (p: Promise<unknown>) => void p.catch(() => undefined);
  const updateSettings = (patch: Partial<Settings>) => quietly(settingsItem.setValue(withDefaults({ ...settings, ...patch })));

  const env: SessionEnv = {
    context: (reply: boolean): CheckContext => {
      isValid(); // aborts `signal` (removing every hint) once the extension was reloaded or updated
      return {
      platform: adapter.id,
      reply,
      own: settings.own,
      sensitivity: settings.sensitivity,
      muted: settings.muted,
      history: history ?? undefined,
      ignore: ignored,
      };
    },
    record(request: RecordPostRequest) {
      if (!isValid()) return;
      history?.add(fingerprint(request.text, request.id, request.time, false));
      recentKinds.unshift(request.kind);
      quietly(recordWithRetry(request, isValid));
    },
    actions: {
      feedback(finding, words) {
        ignored.add(feedbackKey(finding.rule, words));
        recheckAll();
        quietly(sendMessage('giveFeedback', { rule: finding.rule, words, verdict: VERDICT[finding.family] }));
      },
      mute: (rule) => updateSettings({ muted: [...new Set([...settings.muted, rule])] }),
      pauseSite: () => updateSettings({ sites: { ...settings.sites, [adapter.id]: false } }),
    },
  };

  let active: AbortController | null = null;
  const start = () => {
    if (active || signal.aborted) return;
    active = new AbortController();
    const on = AbortSignal.any([signal, active.signal]);
    watchComposers(
      adapter,
      (editable, composerSignal) => {
        loadHistory();
        sessions.set(editable, new ComposerSession(editable, adapter, env, composerSignal));
        composerSignal.addEventListener('abort', () => sessions.delete(editable));
      },
      on,
    );
    watchSubmit(
      adapter,
      () => sessions.keys(),
      {
        decide(editables, replay) {
          if (replaying || !settings.pauseBeforePosting) return 'allow';
          for (const editable of editables) {
            const session = sessions.get(editable);
            const now = session?.reportNow();
            if (!session || !now || now.report.kind !== 'take') continue;
            if (!breaksGoal(recentKinds, settings.goal.maxPromoShare)) continue;
            const oneIn = settings.goal.maxPromoShare > 0 ? Math.round(1 / settings.goal.maxPromoShare) : 0;
            const held = session.pauseOnce(now.text, { families: now.report.families, oneIn }, () => {
              replaying = true;
              try {
                replay();
              } finally {
                replaying = false;
              }
            });
            if (held) return 'hold';
          }
          return 'allow';
        },
        record: (editable) => sessions.get(editable)?.submit(),
      },
      on,
    );
  };
  const stop = () => {
    active?.abort();
    active = null;
  };

  const unwatch = settingsItem.watch((value) => {
    settings = withDefaults(value);
    if (settings.sites[adapter.id]) start();
    else stop();
    recheckAll();
  });
  signal.addEventListener('abort', () => {
    stop();
    // In an invalidated context every extension API throws; teardown must never throw into the page.
    try {
      unwatch();
    } catch {
      /* the listener died with the context */
    }
  });
  if (settings.sites[adapter.id]) start();
}
