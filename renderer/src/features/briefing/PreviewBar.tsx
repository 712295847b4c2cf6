import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'wouter';
import type { BriefingData, MeetingBriefRequest } from '../../../../shared/model/briefing';
import { messageOf } from '../../app/errors';
import { exportPdf } from './exportPdf';
import { ExportResultDialog, type ExportOutcome } from './ExportResult';

/**
 * In the app window only (never printed): back to the account, or export what is shown. The
 * result shows here, in the export dialog's own box (saved where, show in folder, open), as the
 * app's toasts are not drawn over the preview.
 */
export function PreviewBar({ loaded }: { loaded: { kind: 'briefing' | 'brief'; data: BriefingData & { personId?: string } } }) {
  const { t } = useTranslation();
  const [, navigate] = useLocation();
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<ExportOutcome | null>(null);
  const { request } = loaded.data;
  const person = loaded.kind === 'brief' ? loaded.data.account.people.find((p) => p.id === loaded.data.personId) : undefined;
  const title = person ? t('briefing.export.briefTitle', { name: person.name }) : t('briefing.export.title');
  const run = async () => {
    setBusy(true);
    try {
      const { path, pages } =
        loaded.kind === 'briefing'
          ? await exportPdf({ kind: 'briefing', request })
          : await exportPdf({
              kind: 'brief',
              request: {
                accountId: request.accountId,
                personId: loaded.data.personId!,
                level: request.level,
                language: request.language,
              } satisfies MeetingBriefRequest,
            });
      // No path: the save dialog was cancelled, nothing to say.
      if (path) setOutcome({ step: 'done', path, pages });
    } catch (e) {
      setOutcome({ step: 'failed', message: messageOf(e) });
    } finally {
      setBusy(false);
    }
  };
  return (
    <>
      <div className="preview-bar no-print" role="toolbar" aria-label={t('briefing.preview.title')}>
        <button type="button" className="button button-small" onClick={() => navigate(`/accounts/${request.accountId}`)}>
          ← {t('briefing.preview.back')}
        </button>
        <span className="muted">{t('briefing.preview.title')}</span>
        <span className="spacer" />
        <button type="button" className="button button-primary" disabled={busy} onClick={() => void run()}>
          {busy ? t('briefing.export.rendering') : t('briefing.export.save')}
        </button>
      </div>
      {outcome && <ExportResultDialog title={title} outcome={outcome} onClose={() => setOutcome(null)} />}
    </>
  );
}
