import type { BriefingRequest, MeetingBriefRequest } from '../../../../shared/model/briefing';
import i18next from 'i18next';
import { api } from '../../app/api';
import { reportError } from '../../app/errors';
import { useApp } from '../../app/store';

export type PdfJob = { kind: 'briefing'; request: BriefingRequest } | { kind: 'brief'; request: MeetingBriefRequest };

/** Renders and saves a briefing or a meeting brief; null path when the user cancelled the save. */
export function exportPdf(job: PdfJob): Promise<{ path: string | null; pages: number | null }> {
  return job.kind === 'briefing' ? api.exportBriefing(job.request) : api.exportMeetingBrief(job.request);
}

/** Runs an export; once saved, a toast says where, with a button that opens the PDF. Errors are reported. */
export async function exportAndOffer(run: () => Promise<{ path: string | null }>): Promise<void> {
  try {
    const { path } = await run();
    if (!path) return;
    useApp.getState().toast({
      kind: 'info',
      message: i18next.t('briefing.export.saved', { path }),
      action: { label: i18next.t('briefing.export.open'), run: () => void api.openExported({ path, reveal: false }).catch(reportError) },
    });
  } catch (e) {
    reportError(e);
  }
}
