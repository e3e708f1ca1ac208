import { useEffect, useState } from 'react';
import { t } from '../lib/model/i18n';
import { onUpgradeBlocked } from '../lib/storage/db';

/** Shown while another tab keeps an older version of the history open and this page has to wait. */
export function BlockedBanner() {
  const [blocked, setBlocked] = useState(false);
  useEffect(() => onUpgradeBlocked(() => setBlocked(true)), []);
  if (!blocked) return null;
  return (
    <p role="alert" className="error" data-testid="gf-blocked">
      {t('upgradeBlocked')}
    </p>
  );
}
