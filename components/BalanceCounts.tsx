import type { Balance } from '../lib/balance';

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
        <strong>{balance.gives}</strong>gave
      </div>
      <div className="count take">
        <strong>{balance.takes}</strong>took
      </div>
      <div className="count">
        <strong>{balance.neutral}</strong>neutral
      </div>
    </div>
  );
}
