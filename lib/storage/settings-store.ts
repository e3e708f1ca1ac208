// Settings for the extension pages: a Zustand store over the versioned storage item, kept in sync both ways.
import { create } from 'zustand';
import { DEFAULT_SETTINGS, settingsItem, withDefaults, type Settings } from '../model/settings';

interface SettingsState {
  settings: Settings;
  loaded: boolean;
  update(patch: Partial<Settings>): Promise<void>;
}

export const useSettings = create<SettingsState>((set, get) => ({
  settings: DEFAULT_SETTINGS,
  loaded: false,
  async update(patch) {
    const next = withDefaults({ ...get().settings, ...patch });
    set({ settings: next });
    await settingsItem.setValue(next);
  },
}));

/** Loads stored settings and follows changes made elsewhere (another page, another browser via sync). */
export function connectSettings(): () => void {
  void settingsItem.getValue().then((v) => useSettings.setState({ settings: withDefaults(v), loaded: true }));
  return settingsItem.watch((v) => useSettings.setState({ settings: withDefaults(v) }));
}
