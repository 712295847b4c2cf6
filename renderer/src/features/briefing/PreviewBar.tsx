import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'wouter';
import type { BriefingData, MeetingBriefRequest } from '../../../../shared/model/briefing';
import { exportAndOffer, exportPdf } from './exportPdf';

/** In the app window only (never printed): back to the account, or export what is shown. */
export function PreviewBar({ loaded }: { loaded: { kind: 'briefing' | 'brief'; data: BriefingData & { personId?: string } } }) {
  const { t } = useTranslation();
  const [, navigate] = useLocation();
  const [busy, setBusy] = useState(false);
  const { request } = loaded.data;
  const run = async () => {
    setBusy(true);
    await exportAndOffer(() =>
      loaded.kind === 'briefing'
        ? exportPdf({ kind: 'briefing', request })
        : exportPdf({ kind: 'brief', request: { accountId: request.accountId, personId: loaded.data.personId!, level: request.level, language: request.language } satisfies MeetingBriefRequest }),
    );
    setBusy(false);
  };
  return (
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
  );
}
