// What the person decided on the people page: people hidden, names merged by hand, nudges dismissed for good.
// One item in browser.storage.local, so export, import and delete handle it as one piece.
import { storage } from 'wxt/utils/storage';

export const PEOPLE_PREFS_KEY = 'local:peoplePrefs';

export interface PeoplePrefs {
  version: 1;
  /** Person keys (`@handle` or `name:...`) left out of every list and suggestion. */
  hidden: string[];
  /** key -> the key it is the same person as. */
  merged: Record<string, string>;
  /** Nudge and suggestion ids dismissed for good (`reciprocity:@dana`, `meeting:@sam`, ...). */
  dismissed: string[];
}

export const EMPTY_PEOPLE_PREFS: PeoplePrefs = { version: 1, hidden: [], merged: {}, dismissed: [] };

export const peoplePrefsItem = storage.defineItem<PeoplePrefs>(PEOPLE_PREFS_KEY, { fallback: EMPTY_PEOPLE_PREFS });

/** A stored value made safe to use: anything missing or of the wrong shape reads as empty. */
export function readPeoplePrefs(value: unknown): PeoplePrefs {
  const v = (typeof value === 'object' && value !== null ? value : {}) as Partial<Record<keyof PeoplePrefs, unknown>>;
  const strings = (x: unknown) => (Array.isArray(x) ? x.filter((s): s is string => typeof s === 'string') : []);
  const merged: Record<string, string> = {};
  if (typeof v.merged === 'object' && v.merged !== null) {
    for (const [from, to] of Object.entries(v.merged)) if (typeof to === 'string' && to !== from) merged[from] = to;
  }
  return { version: 1, hidden: strings(v.hidden), merged, dismissed: strings(v.dismissed) };
}

export async function loadPeoplePrefs(): Promise<PeoplePrefs> {
  return readPeoplePrefs(await peoplePrefsItem.getValue());
}

/** Applies one change to the stored prefs (read, change, write). */
export async function updatePeoplePrefs(change: (prefs: PeoplePrefs) => PeoplePrefs): Promise<PeoplePrefs> {
  const next = readPeoplePrefs(change(await loadPeoplePrefs()));
  await peoplePrefsItem.setValue(next);
  return next;
}

export const hidePerson = (key: string) => (p: PeoplePrefs): PeoplePrefs => ({ ...p, hidden: [...new Set([...p.hidden, key])] });
export const unhideAll = (p: PeoplePrefs): PeoplePrefs => ({ ...p, hidden: [] });
export const dismiss = (id: string) => (p: PeoplePrefs): PeoplePrefs => ({ ...p, dismissed: [...new Set([...p.dismissed, id])] });

/** Merges `from` into `into`; an empty `into` undoes the merge. A merge that would loop is ignored. */
export const mergePerson = (from: string, into: string) => (p: PeoplePrefs): PeoplePrefs => {
  const merged = { ...p.merged };
  if (!into) delete merged[from];
  else {
    let k: string | undefined = into;
    const seen = new Set<string>();
    while (k && !seen.has(k)) {
      if (k === from) return p;
      seen.add(k);
      k = merged[k];
    }
    merged[from] = into;
  }
  return { ...p, merged };
};
