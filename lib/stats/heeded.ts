// "You changed N of M posts after a hint": a figure people act on, so it only counts changes that happened.
import type { Family } from '../checker';

/**
 * The stored outcome of the hints on one post. `hinted`, `firstFamilies` and `submitFamilies` are in every record.
 * Newer records (the ones with `seenFamilies`, from lib/page/nudge.ts) set `hinted` only when a hint was really seen
 * (settled on screen or opened) and say which families it showed and whether it was heeded; those are used whenever
 * present.
 */
export interface NudgeLike {
  hinted: boolean;
  firstFamilies: readonly Family[];
  submitFamilies: readonly Family[];
  seenFamilies?: readonly Family[];
  heeded?: boolean;
}

export interface HintOutcomes {
  /** Posts on which a hint was seen. */
  seen: number;
  /** Of those, posts changed after it: a family it showed was gone when the post went out. */
  changed: number;
  /** Older posts whose record cannot say whether a hint was really seen; counted in neither figure. */
  unknown: number;
}

/**
 * Older records set `hinted` for any hint that flashed while typing, like "too short" on the first word, which goes
 * away by itself as the post grows. So for them only a take-side hint (self-promotion, repetition) counts: it stays
 * on screen until its words leave, so it was seen, and when it is gone at submit the flagged words were really taken
 * out. A missing-value hint in an old record may never have been seen, so it counts as unknown, never as a change.
 */
const LASTING: ReadonlySet<Family> = new Set(['self-promotion', 'repetition']);

export function hintOutcomes(posts: readonly { nudge: NudgeLike }[]): HintOutcomes {
  const out: HintOutcomes = { seen: 0, changed: 0, unknown: 0 };
  for (const { nudge } of posts) {
    if (nudge.seenFamilies !== undefined) {
      if (!nudge.hinted) continue;
      out.seen++;
      if (nudge.heeded ?? gone(nudge.seenFamilies, nudge.submitFamilies)) out.changed++;
      continue;
    }
    if (!nudge.hinted) continue;
    const lasting = nudge.firstFamilies.filter((f) => LASTING.has(f));
    if (lasting.length === 0) {
      out.unknown++;
      continue;
    }
    out.seen++;
    if (gone(lasting, nudge.submitFamilies)) out.changed++;
  }
  return out;
}

/** Whether any of the families shown is missing at submit. */
function gone(shown: readonly Family[], atSubmit: readonly Family[]): boolean {
  const left = new Set(atSubmit);
  return shown.some((f) => !left.has(f));
}
