// The content script's body: wires one site adapter to the shared watcher, checker, hint and recorder.
import { type CheckContext, type Family, feedbackKey, fingerprint, HistoryIndex, type Kind } from '../checker';
import { onMessage, sendMessage, type FeedbackVerdict, type RecordPostRequest } from '../model/messaging';
import { noteAbandoned } from '../model/abandoned';
import { t } from '../model/i18n';
import { SITE_TABLE } from '../model/platforms';
import { endOfToday, loadSettings, settingsItem, siteActive, withDefaults, type Settings } from '../model/settings';
import type { SiteAdapter } from '../sites/adapter';
import { watchComposers } from './find-composers';
import { pauseGate } from './pause-gate';
import { recordWithRetry } from './record';
import { hasFocus } from './calm';
import { showToast } from './hint/toast';
import { isHintShortcut } from '../model/shortcut';
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
    abandoned(nudge) {
      if (isValid()) quietly(noteAbandoned({ time: Date.now(), platform: adapter.id, nudge }));
    },
    actions: {
      feedback(finding, words) {
        ignored.add(feedbackKey(finding.rule, words));
        recheckAll();
        quietly(sendMessage('giveFeedback', { rule: finding.rule, words, verdict: VERDICT[finding.family] }));
      },
      mute: (rule) => updateSettings({ muted: [...new Set([...settings.muted, rule])] }),
      unmute: (rule) => updateSettings({ muted: settings.muted.filter((r) => r !== rule) }),
    },
    pauseSite(editable) {
      // For today by default; the confirmation offers Undo and "until I turn it back on".
      const place = adapter.placeHint(editable);
      const { [adapter.id]: _, ...othersPaused } = settings.pausedUntil;
      updateSettings({ pausedUntil: { ...settings.pausedUntil, [adapter.id]: endOfToday() } });
      const site = SITE_TABLE[adapter.id].name;
      showToast(place, t('hintPausedToday', site), [
        { label: t('hintUndo'), testId: 'gf-undo', run: () => updateSettings({ pausedUntil: othersPaused }) },
        {
          label: t('hintPauseLasting'),
          testId: 'gf-pause-lasting',
          run: () => updateSettings({ pausedUntil: othersPaused, sites: { ...settings.sites, [adapter.id]: false } }),
        },
      ], (byKeyboard) => {
        // Back to the words: the editor (or the one the site rendered in its place) when the site is on again.
        if (!byKeyboard) return;
        setTimeout(() => (editable.isConnected ? editable : [...sessions.keys()][0])?.focus(), 0);
      });
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

  // A pause for today ends by itself, even on a page left open overnight.
  let wake: ReturnType<typeof setTimeout> | undefined;
  const follow = () => {
    clearTimeout(wake);
    if (siteActive(settings, adapter.id)) start();
    else stop();
    const until = settings.pausedUntil[adapter.id] ?? 0;
    if (until > Date.now()) wake = setTimeout(follow, Math.min(until - Date.now() + 50, 2 ** 31 - 1));
  };

  // The in-page shortcut (the browser command's fallback): opens the card of the composer being typed in.
  const openFocused = (): boolean => {
    for (const session of sessions.values()) {
      if (!hasFocus(session.editable) && !session.hint.host.contains(document.activeElement)) continue;
      session.openByKeyboard();
      return true;
    }
    return false;
  };
  document.addEventListener('keydown', (event) => {
    if (!isHintShortcut(event) || !openFocused()) return;
    // The key is ours: the editor never sees it (no character typed, no site shortcut run).
    event.preventDefault();
    event.stopImmediatePropagation();
  }, { capture: true, signal });
  const stopListening = onMessage('openHint', () => openFocused());

  const unwatch = settingsItem.watch((value) => {
    settings = withDefaults(value);
    follow();
    recheckAll();
  });
  signal.addEventListener('abort', () => {
    clearTimeout(wake);
    stopListening();
    stop();
    // In an invalidated context every extension API throws; teardown must never throw into the page.
    try {
      unwatch();
    } catch {
      /* the listener died with the context */
    }
  });
  follow();
}
