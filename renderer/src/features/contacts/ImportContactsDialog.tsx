import { useRef, useState, type DragEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'wouter';
import type { ContactsRead } from '../../../../shared/ipc/contract';
import { MAX_IMPORT_BYTES, type IncomingSource } from '../../../../shared/ipc/incoming';
import type { TextEncoding } from '../../../../shared/logic/contacts/encodings';
import type { ContactMapping } from '../../../../shared/logic/contacts/mapping';
import type { ContactsPreview } from '../../../../shared/logic/contacts/preview';
import { api } from '../../app/api';
import { messageOf } from '../../app/errors';
import { currentLanguage } from '../../app/i18n';
import { useApp } from '../../app/store';
import { Dialog } from '../../ui/Dialog';
import { MappingStep } from './MappingStep';
import { PreviewStep } from './PreviewStep';
import '../../styles/contacts.css';

/** A dropped file's bytes as base64, in chunks (a spread of millions of bytes would overflow the stack). */
function toBase64(buffer: ArrayBuffer): string {
  const bytes = new Uint8Array(buffer);
  let s = '';
  for (let i = 0; i < bytes.length; i += 0x8000) s += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(s);
}

const megabytes = (n: number) => (n / 1024 / 1024).toFixed(1);

/**
 * Contacts from a spreadsheet or vCard file, in three steps: pick (or drop) the file; match its
 * columns to fields; preview the chart and the rows left out, then import into a new or existing
 * account and open its chart. Nothing is written before Import.
 */
export function ImportContactsDialog({ onClose }: { onClose(): void }) {
  const { t } = useTranslation();
  const [, navigate] = useLocation();
  const [read, setRead] = useState<ContactsRead | null>(null);
  const [mapping, setMapping] = useState<ContactMapping | null>(null);
  const [accountName, setAccountName] = useState('');
  const autoName = useRef('');
  const [preview, setPreview] = useState<ContactsPreview | null>(null);
  const [busy, setBusy] = useState<string | null>(null);
  const [error, setError] = useState('');
  const [dragging, setDragging] = useState(false);

  async function run<T>(label: string, work: () => Promise<T>): Promise<T | undefined> {
    setBusy(label);
    setError('');
    try {
      return await work();
    } catch (e) {
      setError(messageOf(e));
      return undefined;
    } finally {
      setBusy(null);
    }
  }

  const load = async (source: IncomingSource) => {
    const r = await run(t('contacts.reading'), () => api.readContacts({ source }));
    if (!r) return;
    setRead(r);
    setMapping(r.mapping);
    // The account is named after the file unless the user typed a name: another file renames it.
    const fromFile = r.fileName.replace(/\.[^.]+$/, '');
    const previous = autoName.current;
    autoName.current = fromFile;
    setAccountName((name) => (name === '' || name === previous ? fromFile : name));
    setPreview(null);
  };

  const drop = async (e: DragEvent) => {
    e.preventDefault();
    setDragging(false);
    const file = e.dataTransfer.files[0];
    if (!file || busy) return;
    if (file.size > MAX_IMPORT_BYTES) {
      setError(t('contacts.tooBig', { name: file.name, size: megabytes(file.size), max: megabytes(MAX_IMPORT_BYTES) }));
      return;
    }
    await load({ from: 'bytes', name: file.name, base64: toBase64(await file.arrayBuffer()) });
  };

  const revise = async (choice: { encoding?: TextEncoding; headerLine?: number }) => {
    const r = await run(t('contacts.reading'), () => api.reviseContacts({ stagingId: read!.stagingId, ...choice }));
    if (!r) return;
    setRead(r);
    setMapping(r.mapping);
    setPreview(null);
  };

  const request = () => ({ stagingId: read!.stagingId, mapping: mapping!, accountName: accountName.trim() || read!.fileName });
  const showPreview = async () => {
    const p = await run(t('contacts.working'), () => api.previewContacts(request()));
    if (p) setPreview(p);
  };
  const saveProblems = async () => {
    const saved = await run(t('contacts.working'), () => api.saveContactProblems({ ...request(), language: currentLanguage() }));
    if (saved?.path)
      useApp.getState().toast({ kind: 'info', message: t('contacts.savedProblems', { count: saved.count, path: saved.path }) });
  };
  const doImport = async () => {
    const done = await run(t('contacts.working'), () => api.importContacts(request()));
    if (!done) return;
    await useApp.getState().refreshAccounts();
    const message = t('contacts.imported', { count: done.imported, name: done.account.name });
    const without = done.withoutManager ? ` ${t('contacts.withoutManagerCount', { count: done.withoutManager })}.` : '';
    useApp.getState().toast({ kind: 'info', message: message + without });
    onClose();
    navigate(`/accounts/${done.account.id}`);
  };

  const step = !read || !mapping ? 'pick' : preview ? 'preview' : 'map';
  const submit = () => {
    if (busy) return;
    if (step === 'map') void showPreview();
    else if (step === 'preview' && preview!.importable > 0) void doImport();
  };
  const cancel = (
    <button type="button" className="button" onClick={onClose}>
      {t('dialogs.cancel')}
    </button>
  );
  const actions =
    step === 'pick' ? (
      cancel
    ) : step === 'map' ? (
      <>
        <button type="button" className="button" onClick={() => setRead(null)} disabled={!!busy}>
          {t('contacts.back')}
        </button>
        <span className="spacer" />
        {cancel}
        <button
          type="submit"
          className="button button-primary"
          disabled={!!busy || (mapping!.name === null && mapping!.nameParts === null)}
        >
          {t('contacts.previewButton')}
        </button>
      </>
    ) : (
      <>
        <button type="button" className="button" onClick={() => setPreview(null)} disabled={!!busy}>
          {t('contacts.back')}
        </button>
        {preview!.problemCount + preview!.withoutManager > 0 && (
          <button type="button" className="button" onClick={() => void saveProblems()} disabled={!!busy}>
            {t('contacts.saveProblems')}
          </button>
        )}
        <span className="spacer" />
        {cancel}
        <button type="submit" className="button button-primary" disabled={!!busy || preview!.importable === 0}>
          {t('contacts.importButtonFinal')}
        </button>
      </>
    );

  return (
    <Dialog title={t('contacts.title')} onClose={onClose} onSubmit={submit} actions={actions} className="contacts-dialog">
      <div
        className={`contacts-body${dragging ? ' contacts-dragging' : ''}`}
        aria-busy={!!busy}
        onDragOver={(e) => {
          e.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={(e) => void drop(e)}
        data-testid="contacts-dialog"
      >
        {read && (
          <p className="contacts-file muted">
            {t('contacts.fileInfo', {
              file: read.fileName,
              count: read.rowCount,
              encoding: t(`contacts.encoding.${read.encoding}`),
            })}
          </p>
        )}
        {step === 'pick' && (
          <div className="contacts-pick">
            <p>{t('contacts.pickHelp')}</p>
            <div className="contacts-drop">
              <button
                type="button"
                className="button button-primary"
                autoFocus
                onClick={() => void load({ from: 'dialog' })}
                disabled={!!busy}
              >
                {t('contacts.chooseFile')}
              </button>
              <span className="muted">{t('contacts.dropHere')}</span>
            </div>
          </div>
        )}
        {step === 'map' && (
          <MappingStep
            read={read!}
            mapping={mapping!}
            onMapping={setMapping}
            onRevise={(choice) => void revise(choice)}
            busy={!!busy}
            accountName={accountName}
            onAccountName={setAccountName}
          />
        )}
        {step === 'preview' && <PreviewStep read={read!} preview={preview!} />}
        {busy && (
          <p className="contacts-busy" role="status">
            {busy}
          </p>
        )}
        {error && (
          <p className="field-error" role="alert">
            {error}
          </p>
        )}
        {step === 'preview' && preview!.importable === 0 && <p className="field-error">{t('contacts.nothingToImport')}</p>}
      </div>
    </Dialog>
  );
}
