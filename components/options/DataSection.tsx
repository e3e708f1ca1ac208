import { useState } from 'react';
import { t } from '../../lib/model/i18n';
import { openDb } from '../../lib/storage/db';
import { deleteEverything, exportCsv, exportJson, importJson } from '../../lib/storage/transfer';

function download(name: string, type: string, body: string) {
  const url = URL.createObjectURL(new Blob([body], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

const stamp = () => new Date().toISOString().slice(0, 10);

export function DataSection() {
  const [status, setStatus] = useState<{ ok: boolean; text: string } | null>(null);
  const [confirming, setConfirming] = useState<number | null>(null);
  const db = openDb();

  return (
    <section aria-labelledby="data-title">
      <h2 id="data-title">{t('dataTitle')}</h2>
      <div className="row wrap">
        <button type="button" data-testid="gf-export" onClick={async () => download(`give-first-${stamp()}.json`, 'application/json', await exportJson(db))}>
          {t('exportJson')}
        </button>
        <button type="button" data-testid="gf-export-csv" onClick={async () => download(`give-first-${stamp()}.csv`, 'text/csv', await exportCsv(db))}>
          {t('exportCsv')}
        </button>
        <label className="button">
          {t('importJson')}{' '}
          <input
            type="file"
            accept="application/json,.json"
            data-testid="gf-import"
            onChange={async (e) => {
              const file = e.target.files?.[0];
              e.target.value = '';
              if (!file) return;
              try {
                const result = await importJson(db, await file.text());
                setStatus({ ok: true, text: t('imported', result.posts) });
              } catch (err) {
                setStatus({ ok: false, text: t('importFailed', err instanceof Error ? err.message : String(err)) });
              }
            }}
          />
        </label>
        <button type="button" data-testid="gf-delete" onClick={async () => setConfirming(await db.posts.count())}>
          {t('deleteAll')}
        </button>
      </div>
      {confirming !== null && (
        <div role="alertdialog" aria-labelledby="delete-q" className="confirm">
          <p id="delete-q">{t('deleteConfirm', confirming)}</p>
          <button
            type="button"
            data-testid="gf-delete-confirm"
            onClick={async () => {
              await deleteEverything(db);
              setConfirming(null);
              setStatus({ ok: true, text: t('deleted') });
            }}
          >
            {t('deleteYes')}
          </button>{' '}
          <button type="button" autoFocus onClick={() => setConfirming(null)}>
            {t('cancel')}
          </button>
        </div>
      )}
      {status && (
        <p role={status.ok ? 'status' : 'alert'} className={status.ok ? 'ok' : 'error'} data-testid="gf-data-status">
          {status.text}
        </p>
      )}
    </section>
  );
}
