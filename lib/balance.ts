// Pure summaries over history: how much the person gave and took.
import type { Kind } from './checker/types';

export interface Balance {
  gives: number;
  takes: number;
  neutral: number;
}

export function balanceOf(posts: readonly { kind: Kind }[]): Balance {
  const b: Balance = { gives: 0, takes: 0, neutral: 0 };
  for (const p of posts) {
    if (p.kind === 'give') b.gives++;
    else if (p.kind === 'take') b.takes++;
    else b.neutral++;
  }
  return b;
}

export const DAY_MS = 86_400_000;
