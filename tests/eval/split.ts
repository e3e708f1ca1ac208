// Where the real labelled data lives and how it is split. One place for the split rule: eval and train both use it.
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

const ROOT = join(import.meta.dirname, '..', '..');

/** The fixed split: a row is held out when its id's SHA-256 starts with 0-3 (about a quarter). Never tune on it. */
export function isHeldOut(id: string): boolean {
  return createHash('sha256').update(id).digest('hex')[0]! <= '3';
}

/**
 * A validation fold (0-3) of the training part, from a second hash independent of the split: `npm run train --
 * --without-fold N` fits without fold N, and `npm run eval -- --fold N` scores only it, so thresholds can be chosen
 * on training rows the model did not see.
 */
export function foldOf(id: string): number {
  return parseInt(createHash('sha256').update(`fold:${id}`).digest('hex')[0]!, 16) % 4;
}

export type Half = 'design' | 'check';

/** The training part halved by the same hash as the split: 4-9 to design a rule on, a-f to check that it holds. */
export function halfOf(id: string): Half | null {
  const digit = createHash('sha256').update(id).digest('hex')[0]!;
  if (digit <= '3') return null;
  return digit <= '9' ? 'design' : 'check';
}

export const SPLIT_RULE = "held out when sha256(id) in hex starts with 0-3; everything else is training";

/** The workspace's `shared/` folder beside the repository (or beside the folder of work trees), if there is one. */
export function sharedDir(): string | null {
  for (const up of [['..'], ['..', '..']]) {
    const dir = join(ROOT, ...up, 'shared');
    if (existsSync(dir)) return dir;
  }
  return null;
}
