import type { Balance } from '../lib/storage/db';
import { t } from '../lib/model/i18n';

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
        <strong>{balance.gives}</strong>
        {t('gave')}
      </div>
      <div className="count take">
        <strong>{balance.takes}</strong>
        {t('took')}
      </div>
      <div className="count">
        <strong>{balance.neutral}</strong>
        {t('neutral')}
      </div>
    </div>
  );
}
