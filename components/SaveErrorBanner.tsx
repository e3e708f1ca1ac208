import { useEffect, useState } from 'react';
import { t } from '../lib/model/i18n';
import { saveErrorItem, type SaveError } from '../lib/storage/save-error';

export function SaveErrorBanner() {
  const [error, setError] = useState<SaveError | null>(null);
  useEffect(() => {
    void saveErrorItem.getValue().then(setError);
    return saveErrorItem.watch(setError);
  }, []);
  if (!error) return null;
  return (
    <p role="alert" className="error" data-testid="gf-save-error">
      {t('saveError', new Date(error.time).toLocaleString(), error.message)}
    </p>
  );
}
