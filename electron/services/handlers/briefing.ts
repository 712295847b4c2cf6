import type { Handlers } from '../../../shared/ipc/contract';
import { localIsoDate } from '../../../shared/logic/dates';
import { redactAccount } from '../../../shared/logic/redaction';
import type { Account } from '../../../shared/model/account';
import { briefingRoute, meetingBriefRoute, portfolioRoute, type BriefingRequest, type MeetingBriefRequest } from '../../../shared/model/briefing';
import { STRINGS } from '../../../shared/i18n';
import { ServiceError, serviceText } from '../errors';
import type { ServiceContext } from './context';
import { saveAs } from './files';

/** Pages in a PDF Chromium wrote (its page objects are plain dictionaries); null if none are seen. */
export function pageCount(pdf: Uint8Array): number | null {
  const n = Buffer.from(pdf).toString('latin1').match(/\/Type\s*\/Page(?![s\w])/g)?.length ?? 0;
  return n || null;
}

/**
 * The content of a briefing, cut to its level here, in the services: the print route (and so
 * the PDF, its text layer and its metadata) can only show what this returns.
 */
function content(ctx: ServiceContext, request: BriefingRequest): Account {
  const account = ctx.workspace().get(request.accountId);
  if (request.opportunityId && !account.opportunities.some((o) => o.id === request.opportunityId)) {
    throw new ServiceError('notFound', serviceText('noOpportunity', { id: request.opportunityId, account: account.name }));
  }
  // A briefing about one opportunity carries that one only.
  const scoped = request.opportunityId ? { ...account, opportunities: account.opportunities.filter((o) => o.id === request.opportunityId) } : account;
  return redactAccount(scoped, request.level);
}

/** A printed PDF with the file name the save dialog offers and its page count. */
export interface PrintedPdf {
  pdf: Uint8Array;
  /** The suggested file name, without extension. */
  name: string;
  pages: number | null;
}

/**
 * Prints a briefing through the host. The route carries only the request: the page gets its
 * content from `briefingData`, redacted here, so what is printed is what the level allows.
 * Used by the export (which then asks where to save) and by the CLI (which writes to --out).
 */
export async function printBriefing(ctx: ServiceContext, request: BriefingRequest): Promise<PrintedPdf> {
  const account = content(ctx, request); // unknown account or opportunity fails before printing
  const pdf = await ctx.host.printToPdf(briefingRoute(request));
  return { pdf, name: `${account.name} — ${STRINGS[request.language].briefing.fileSuffix}`, pages: pageCount(pdf) };
}

/** Prints a one-person meeting brief through the host (its content redacted by `meetingBriefData`). */
export async function printMeetingBrief(ctx: ServiceContext, request: MeetingBriefRequest): Promise<PrintedPdf> {
  const full = ctx.workspace().get(request.accountId);
  const person = full.people.find((p) => p.id === request.personId);
  if (!person) throw new ServiceError('notFound', serviceText('noPerson', { id: request.personId, account: full.name }));
  const pdf = await ctx.host.printToPdf(meetingBriefRoute(request));
  return { pdf, name: `${person.name || full.name} — ${STRINGS[request.language].briefing.meetingFileSuffix}`, pages: pageCount(pdf) };
}

export function briefingHandlers(ctx: ServiceContext): Pick<Handlers, 'briefingData' | 'exportBriefing' | 'meetingBriefData' | 'exportMeetingBrief' | 'exportPortfolio' | 'openExported'> {
  const exported = ctx.exported;
  const meta = () => ({ preparedBy: ctx.workspace().settings.preparedBy, generatedAt: new Date().toISOString(), today: localIsoDate(new Date()) });

  async function save({ name, pdf, pages }: PrintedPdf) {
    const { path } = await saveAs(ctx, name, 'pdf', 'PDF', Buffer.from(pdf));
    if (path) exported.add(path);
    return { path, pages: path ? pages : null };
  }

  return {
    briefingData: (request) => ({ request, account: content(ctx, request), ...meta() }),
    exportBriefing: async (request) => save(await printBriefing(ctx, request)),
    meetingBriefData: (request) => {
      const full = ctx.workspace().get(request.accountId);
      if (!full.people.some((p) => p.id === request.personId)) throw new ServiceError('notFound', serviceText('noPerson', { id: request.personId, account: full.name }));
      const account = redactAccount(full, request.level);
      return { request: { accountId: request.accountId, opportunityId: null, level: request.level, language: request.language, people: 'key' }, personId: request.personId, account, ...meta() };
    },
    exportMeetingBrief: async (request) => save(await printMeetingBrief(ctx, request)),
    exportPortfolio: async ({ language }) => {
      const pdf = await ctx.host.printToPdf(portfolioRoute(language));
      return save({ pdf, name: STRINGS[language].portfolio.title, pages: pageCount(pdf) });
    },
    openExported: async ({ path, reveal }) => {
      if (!exported.has(path)) throw new ServiceError('invalidInput', serviceText('onlyExported'));
      if (!reveal && !path.toLowerCase().endsWith('.pdf')) throw new ServiceError('invalidInput', serviceText('onlyPdf'));
      await (reveal ? ctx.host.revealInFolder(path) : ctx.host.openPath(path));
      return {};
    },
  };
}
