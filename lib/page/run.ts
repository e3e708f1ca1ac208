// The content script's body: wires one site adapter to the shared watcher, checker, hint and recorder.
import { type CheckContext, type Family, feedbackKey, fingerprint, HistoryIndex, type Kind } from '../checker';
import { sendMessage, type FeedbackVerdict, type RecordPostRequest } from '../model/messaging';
import { loadSettings, settingsItem, withDefaults, type Settings } from '../model/settings';
import type { SiteAdapter } from '../sites/adapter';
import { watchComposers } from './find-composers';
import { pauseGate } from './pause-gate';
import { recordWithRetry } from './record';
import { ComposerSession, type SessionEnv } from './session';
import { watchSubmit } from './watch-submit';

const VERDICT: Record<Family, FeedbackVerdict> = {
  'self-promotion': 'not-promotional',
  repetition: 'not-repeat',
  'missing-value': 'not-missing-value',
};
export async function runComposerScript(adapter: SiteAdapter, signal: AbortSignal, isValid: () => boolean = () => true): Promise<void> {
  let settings: Settings = await loadSettings();
  const sessions = new Map<HTMLElement, ComposerSession>();
  let history: HistoryIndex | null = null;
  const ignored = new Set<string>();
  const recentKinds: Kind[] = [];
  let historyRequested = false;

  const recheckAll = () => sessions.forEach((s) => s.recheck());
  const loadHistory = () => {
    if (historyRequested) return;
    historyRequested = true;
    sendMessage('getHistory')
      .then((payload) => {
        if (signal.aborted) return;
        history = HistoryIndex.from(payload.fingerprints);
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
      const { own, sensitivity, muted } = settings;
      return { platform: adapter.id, reply, own, sensitivity, muted, history: history ?? undefined, ignore: ignored };
    },
    record(request: RecordPostRequest) {
      if (!isValid()) return;
      history?.add(fingerprint(request.text, request.id, request.time, false, request.platform));
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
        decide: pauseGate(sessions, () => settings, recentKinds),
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
