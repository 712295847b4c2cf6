import type { BriefingRequest, MeetingBriefRequest } from '../../../../shared/model/briefing';
import { api } from '../../app/api';

export type PdfJob = { kind: 'briefing'; request: BriefingRequest } | { kind: 'brief'; request: MeetingBriefRequest };

/** Renders and saves a briefing or a meeting brief; null path when the user cancelled the save. */
export function exportPdf(job: PdfJob): Promise<{ path: string | null; pages: number | null }> {
  return job.kind === 'briefing' ? api.exportBriefing(job.request) : api.exportMeetingBrief(job.request);
}
