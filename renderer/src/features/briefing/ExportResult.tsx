import { useTranslation } from 'react-i18next';
import { api } from '../../app/api';
import { Dialog } from '../../ui/Dialog';

/** What an export of a PDF came to: saved where (and how many pages), or why not. */
export type ExportOutcome = { step: 'done'; path: string; pages: number | null } | { step: 'failed'; message: string };

/** The sentence saying where the PDF was saved. */
export function ExportDone({ path, pages }: { path: string; pages: number | null }) {
  const { t } = useTranslation();
  return <p role="status">{t('briefing.export.done', { path, count: pages ?? 0 })}</p>;
}

/** Show the saved PDF in its folder, open it, or close. */
export function ExportDoneActions({ path, onClose }: { path: string; onClose(): void }) {
  const { t } = useTranslation();
  return (
    <>
      <button type="button" className="button" onClick={() => void api.openExported({ path, reveal: true }).catch(() => {})}>
        {t('briefing.export.reveal')}
      </button>
      <button type="button" className="button" onClick={() => void api.openExported({ path, reveal: false }).catch(() => {})}>
        {t('briefing.export.open')}
      </button>
      <button type="button" className="button button-primary" onClick={onClose}>
        {t('chart.close')}
      </button>
    </>
  );
}

/**
 * The export dialog's result, on its own: the print preview shows it when it exports, since the
 * app's toasts are not drawn over the preview.
 */
export function ExportResultDialog({ title, outcome, onClose }: { title: string; outcome: ExportOutcome; onClose(): void }) {
  const { t } = useTranslation();
  return (
    <Dialog
      title={title}
      onClose={onClose}
      actions={
        outcome.step === 'done' ? (
          <ExportDoneActions path={outcome.path} onClose={onClose} />
        ) : (
          <button type="button" className="button button-primary" onClick={onClose}>
            {t('chart.close')}
          </button>
        )
      }
    >
      {outcome.step === 'done' ? (
        <ExportDone path={outcome.path} pages={outcome.pages} />
      ) : (
        <p className="panel-problem" role="alert">
          {t('briefing.export.failed', { message: outcome.message })}
        </p>
      )}
    </Dialog>
  );
}
