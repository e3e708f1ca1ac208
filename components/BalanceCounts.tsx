import type { Balance } from '../lib/stats/balance';
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

/** "2 gave · 1 took · 0 neutral", agreeing in number in every language. */
export function countsLine(b: Balance): string {
  return [
    `${formatCount(b.gives)} ${tn('countGives', b.gives)}`,
    `${formatCount(b.takes)} ${tn('countTakes', b.takes)}`,
    `${formatCount(b.neutral)} ${tn('countNeutral', b.neutral)}`,
  ].join(' · ');
}
