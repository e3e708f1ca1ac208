import { useId, useRef, useState } from 'react';
import { t } from '../../lib/model/i18n';
import { tn } from '../../lib/model/plural';
import { openDb } from '../../lib/storage/db';
import { deleteEverything, exportCsv, exportJson, ImportError, importJson, type ImportResult } from '../../lib/storage/transfer';
import { Section } from './form';

function download(name: string, type: string, body: string) {
  const url = URL.createObjectURL(new Blob([body], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

const stamp = () => new Date().toISOString().slice(0, 10);

/** What an import did, in the UI language: how many posts were new, updated and already there. */
export function importSummary(r: ImportResult): string {
  return t('importDone', tn('importAdded', r.added), tn('importUpdated', r.updated), tn('importUnchanged', r.unchanged));
}

/** Why an import was refused, in the UI language. */
export function importErrorText(err: unknown): string {
  if (!(err instanceof ImportError)) return t('importFailed', t('importDbError', err instanceof Error ? err.message : String(err)));
  const why = (() => {
    switch (err.reason) {
      case 'not-export': return t('importNotExport');
      case 'newer': return t('importNewer');
      case 'csv': return t('importCsv');
      case 'too-large': return t('importTooLarge');
      case 'bad-json': return err.line ? t('importBadJsonLine', err.line) : t('importBadJson');
      case 'bad-field': return err.line ? t('importBadFieldLine', err.line, err.field ?? '') : t('importBadField', err.field ?? '');
    }
  })();
  return t('importFailed', why);
}

type Status = { ok: boolean; text: string } | null;

export function DataSection() {
  const [status, setStatus] = useState<Status>(null);
  const [fileName, setFileName] = useState('');
  const inputId = useId();
  const db = openDb();
  return (
    <Section id="data" title="dataTitle" help="dataHelp">
      <h3>{t('exportTitle')}</h3>
      <div className="row wrap start">
        <button type="button" className="primary" data-testid="gf-export" onClick={async () => download(`give-first-${stamp()}.json`, 'application/json', await exportJson(db))}>
          {t('exportJson')}
        </button>
        <button type="button" data-testid="gf-export-csv" onClick={async () => download(`give-first-${stamp()}.csv`, 'text/csv', await exportCsv(db))}>
          {t('exportCsv')}
        </button>
      </div>
      <p className="muted small">{t('exportHelp')}</p>
      <h3>{t('importTitle')}</h3>
      <p className="muted small">{t('importHelp')}</p>
      <div className="file-picker">
        <input
          id={inputId}
          className="sr-only-input"
          type="file"
          accept=".json,application/json"
          data-testid="gf-import"
          onChange={async (e) => {
            const file = e.target.files?.[0];
            e.target.value = '';
            if (!file) return;
            setFileName(file.name);
            setStatus(null);
            try {
              setStatus({ ok: true, text: importSummary(await importJson(db, await file.text())) });
            } catch (err) {
              setStatus({ ok: false, text: importErrorText(err) });
            }
          }}
        />
        <label htmlFor={inputId} className="button">
          {t('importChoose')}
        </label>
        <span className="muted" data-testid="gf-import-file">{fileName || t('importNoFile')}</span>
      </div>
      {status && (
        <p role={status.ok ? 'status' : 'alert'} className={status.ok ? 'ok' : 'error'} data-testid="gf-data-status">
          {status.text}
        </p>
      )}
    </Section>
  );
}

/** Deleting lives apart from export and import, behind a confirmation that says how much goes. */
export function DangerZone() {
  const [confirming, setConfirming] = useState<number | null>(null);
  const [done, setDone] = useState(false);
  const cancel = useRef<HTMLButtonElement>(null);
  const db = openDb();
  return (
    <Section id="danger" title="dangerTitle" help="dangerHelp" className="danger">
      <button
        type="button"
        className="destructive"
        data-testid="gf-delete"
        onClick={async () => {
          setDone(false);
          setConfirming(await db.posts.count());
        }}
      >
        {t('deleteAll')}
      </button>
      {confirming !== null && (
        <div role="alertdialog" aria-labelledby="delete-q" className="confirm">
          <p id="delete-q">{tn('deleteConfirm', confirming)}</p>
          <div className="row start">
            <button
              type="button"
              className="destructive"
              data-testid="gf-delete-confirm"
              onClick={async () => {
                await deleteEverything(db);
                setConfirming(null);
                setDone(true);
              }}
            >
              {t('deleteYes')}
            </button>
            <button type="button" ref={cancel} autoFocus onClick={() => setConfirming(null)}>
              {t('cancel')}
            </button>
          </div>
        </div>
      )}
      {done && (
        <p role="status" className="ok" data-testid="gf-delete-status">
          {t('deleted')}
        </p>
      )}
    </Section>
  );
}
