import type { Balance } from '../lib/storage/db';
import { formatCount, tn } from '../lib/model/plural';

/** The three counts of the period. The labels agree with the number ("1 aportó", "2 aportaron"). */
export function BalanceCounts({ balance }: { balance: Balance }) {
  return (
    <div
      className="counts"
      data-testid="gf-balance"
      data-gives={balance.gives}
      data-takes={balance.takes}
      data-neutral={balance.neutral}
    >
      <div className="count give">
        <strong>{formatCount(balance.gives)}</strong>
        {tn('countGives', balance.gives)}
      </div>
      <div className="count take">
        <strong>{formatCount(balance.takes)}</strong>
        {tn('countTakes', balance.takes)}
      </div>
      <div className="count">
        <strong>{formatCount(balance.neutral)}</strong>
        {tn('countNeutral', balance.neutral)}
      </div>
    </div>
  );
}

/** "2 gave · 1 neutral": the counts that are not zero, agreeing in number in every language. */
export function countsLine(b: Balance): string {
  const parts: [number, Parameters<typeof tn>[0]][] = [[b.gives, 'countGives'], [b.takes, 'countTakes'], [b.neutral, 'countNeutral']];
  const shown = parts.filter(([n]) => n > 0);
  return (shown.length ? shown : parts).map(([n, key]) => `${formatCount(n)} ${tn(key, n)}`).join(' · ');
}
