// The content script's body: wires one site adapter to the shared watcher, checker, hint and recorder.
import { fingerprint, HistoryIndex } from '../checker/history';
import type { CheckContext } from '../checker/types';
import { sendMessage, type RecordPostRequest } from '../messaging';
import { loadSettings, settingsItem, withDefaults, type Settings } from '../settings';
import type { SiteAdapter } from './adapter';
import { watchComposers } from './find-composers';
import { ComposerSession } from './session';
import { watchSubmit } from './watch-submit';

export async function runComposerScript(adapter: SiteAdapter, signal: AbortSignal): Promise<void> {
  let settings: Settings = await loadSettings();
  const sessions = new Map<HTMLElement, ComposerSession>();
  let history: HistoryIndex | null = null;
  let historyRequested = false;

  const recheckAll = () => sessions.forEach((s) => s.recheck());
  const loadHistory = () => {
    if (historyRequested) return;
    historyRequested = true;
    sendMessage('getFingerprints')
      .then((fps) => {
        if (signal.aborted) return;
        const index = new HistoryIndex();
        for (const fp of fps) index.add(fp);
        history = index;
        recheckAll();
      })
      .catch(() => {
        historyRequested = false; // the background may be waking up; try again on the next composer
      });
  };

  const context = (reply: boolean): CheckContext => ({
    platform: adapter.id,
    reply,
    own: settings.own,
    sensitivity: settings.sensitivity,
    muted: settings.muted,
    history: history ?? undefined,
  });
  const record = (request: RecordPostRequest) => {
    history?.add(fingerprint(request.text, request.id, request.time, false));
    // After an extension reload this context is gone: stop quietly rather than throw into the page.
    sendMessage('recordPost', request).catch(() => undefined);
  };

  const unwatch = settingsItem.watch((value) => {
    settings = withDefaults(value);
    recheckAll();
  });
  signal.addEventListener('abort', unwatch);

  if (!settings.sites[adapter.id]) return;
  watchComposers(
    adapter,
    (editable, composerSignal) => {
      loadHistory();
      const session = new ComposerSession(editable, adapter, { context, record }, composerSignal);
      sessions.set(editable, session);
      composerSignal.addEventListener('abort', () => sessions.delete(editable));
    },
    signal,
  );
  watchSubmit(adapter, () => sessions.keys(), (editable) => sessions.get(editable)?.submit(), signal);
}
