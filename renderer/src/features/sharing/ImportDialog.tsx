import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'wouter';
import type { ImportChoices, ImportPreview } from '../../../../shared/model/sharing';
import { api } from '../../app/api';
import { messageOf } from '../../app/errors';
import { currentLanguage } from '../../app/i18n';
import { Dialog } from '../../ui/Dialog';
import { saves } from '../canvas/chart-store';
import { formatDateTime } from '../../ui/format';
import { announceImport } from './after-import';
import { useImport } from './import-store';
import { MergeSection, needsRemovalConfirm } from './MergeSection';

/** The import under way, wherever it was started: reading, its preview, or why it was refused. */
export function ImportDialog() {
  const { t } = useTranslation();
  const phase = useImport((s) => s.phase);
  const close = useImport((s) => s.close);
  if (phase.step === 'idle') return null;
  if (phase.step === 'preview') return <PreviewDialog key={phase.preview.stagingId} preview={phase.preview} onClose={close} />;
  const title = t('sharing.preview.title', { name: phase.name || '.bidmap' });
  return (
    <Dialog
      title={title}
      onClose={close}
      actions={
        <button type="button" className="button" onClick={close}>
          {phase.step === 'failed' ? t('chart.close') : t('dialogs.cancel')}
        </button>
      }
    >
      {phase.step === 'reading' ? (
        <p role="status">
          <progress /> {t('sharing.reading', { name: phase.name || '…' })}
        </p>
      ) : (
        <p className="panel-problem" role="alert">
          {phase.message}
        </p>
      )}
    </Dialog>
  );
}

function PreviewDialog({ preview, onClose }: { preview: ImportPreview; onClose(): void }) {
  const { t } = useTranslation();
  const [, navigate] = useLocation();
  const [choices, setChoices] = useState<ImportChoices>(() =>
    Object.fromEntries(preview.accounts.map((a) => [a.id, { skip: a.status === 'damaged', conflicts: {}, removeTheirs: [], leaveRemoved: [], confirmRemoval: false }])),
  );
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState('');
  const actionable = preview.accounts.some((a) => (a.status === 'new' || a.status === 'merge') && !choices[a.id]!.skip);
  const unconfirmed = preview.accounts.some((a) => needsRemovalConfirm(a, choices[a.id]!));

  const apply = async () => {
    if (!actionable || unconfirmed || busy) return;
    setBusy(true);
    setError('');
    try {
      // Edits still on their way to the store land first: the merge is made against them.
      await saves.drained();
      const result = await api.applyImport({ stagingId: preview.stagingId, choices });
      onClose();
      const only = await announceImport(result, t);
      if (only) navigate(`/accounts/${only}`);
    } catch (e) {
      setError(messageOf(e));
      setBusy(false);
    }
  };

  return (
    <Dialog
      wide
      title={t('sharing.preview.title', { name: preview.fileName })}
      onClose={onClose}
      onSubmit={() => void apply()}
      actions={
        <>
          <span className="muted small import-backup-note">{actionable ? t('sharing.preview.backup') : t('sharing.preview.nothing')}</span>
          <button type="button" className="button" onClick={onClose}>
            {t('dialogs.cancel')}
          </button>
          <button type="submit" className="button button-primary" disabled={!actionable || unconfirmed || busy}>
            {busy ? t('sharing.preview.applying') : t('sharing.preview.apply')}
          </button>
        </>
      }
    >
      <p className="muted small">
        {t('sharing.preview.from', {
          level: t(`briefing.levels.${preview.level}`),
          when: formatDateTime(preview.exportedAt, currentLanguage()),
          by: preview.exportedBy ? t('sharing.preview.by', { name: preview.exportedBy }) : '',
          version: preview.appVersion,
        })}
      </p>
      {preview.migratedFrom !== null && <p className="small">{t('sharing.preview.migrated', { from: preview.migratedFrom })}</p>}
      {preview.accounts.map((a) => (
        <MergeSection key={a.id} account={a} choice={choices[a.id]!} onChange={(next) => setChoices((c) => ({ ...c, [a.id]: next }))} />
      ))}
      {error && (
        <p className="panel-problem" role="alert">
          {error}
        </p>
      )}
    </Dialog>
  );
}
