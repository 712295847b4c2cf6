import type { ContactsRead, Handlers } from '../../../shared/ipc/contract';
import { previewOf } from '../../../shared/logic/contacts';
import { commitPlan, planImport, problemRowsCsv } from '../contacts/import';
import { readContactFile, type StagedContacts } from '../contacts/read';
import { ServiceError, serviceText } from '../errors';
import { readIncoming } from '../incoming/read-incoming';
import { Staging } from '../incoming/staging';
import type { ServiceContext } from './context';
import { saveAs } from './files';

/** Rows of the sample the mapping step shows under each column. */
const SAMPLE_ROWS = 5;
/** A sample cell is cut to this length: the page shows it, a 10 MB cell need not cross IPC. */
const SAMPLE_CELL = 200;
/** Rows offered as the header row: a preamble is a few lines. */
const HEADER_CHOICES = 12;

type ContactCalls = Pick<
  Handlers,
  'readContacts' | 'reviseContacts' | 'previewContacts' | 'importContacts' | 'saveContactProblems'
>;

/** What the mapping step is shown of a staged list. */
function readOf(stagingId: string, read: StagedContacts): ContactsRead {
  const { table } = read;
  return {
    stagingId,
    fileName: read.fileName,
    format: read.format,
    encoding: read.encoding,
    encodingDetected: read.detected,
    replaced: read.replaced,
    recognised: read.recognised,
    unit: table.unit,
    headerLine: table.headerLine,
    headerChoices: (read.records ?? []).slice(0, HEADER_CHOICES).map((r) => ({
      line: r.line,
      text: r.cells
        .map((c) => c.trim())
        .filter(Boolean)
        .join(' | ')
        .slice(0, SAMPLE_CELL),
    })),
    headers: table.headers.map((h) => h.slice(0, SAMPLE_CELL)),
    rowCount: table.rows.filter((r) => r.cells.some((c) => c.trim() !== '') || r.photoOnly).length,
    sample: table.rows.slice(0, SAMPLE_ROWS).map((r) => r.cells.map((c) => c.slice(0, SAMPLE_CELL))),
    mapping: read.mapping,
  };
}

/** Contact lists: read once (again in another encoding or header row if asked), previewed under any mapping, imported on the go-ahead. */
export function contactHandlers(ctx: ServiceContext): ContactCalls {
  const staging = new Staging<StagedContacts>();
  const staged = (id: string) => {
    const s = staging.get(id);
    if (!s) throw new ServiceError('notFound', serviceText('contactsGone'));
    return s;
  };
  return {
    readContacts: async ({ source }) => {
      const file = await readIncoming(source, 'contacts', ctx.host, ctx.opened);
      if (!file) return null;
      const read = await readContactFile(file);
      return readOf(staging.put(read), read);
    },
    reviseContacts: async ({ stagingId, encoding, headerLine }) => {
      const before = staged(stagingId);
      const read = await readContactFile({ name: before.fileName, bytes: Buffer.from(before.bytes) }, { encoding, headerLine });
      return readOf(staging.put(read), read);
    },
    previewContacts: ({ stagingId, mapping, accountName }) =>
      previewOf(planImport(ctx.workspace(), staged(stagingId), mapping, accountName)),
    importContacts: async ({ stagingId, mapping, accountName }) => {
      const ws = ctx.workspace();
      const plan = planImport(ws, staged(stagingId), mapping, accountName);
      const account = await commitPlan(ws, plan);
      return {
        account,
        imported: plan.added.length,
        skipped: plan.skipped.length,
        problems: plan.problems.length,
        withoutManager: plan.withoutManager,
        notPeople: plan.notPeople.length,
      };
    },
    saveContactProblems: async ({ stagingId, mapping, accountName, language }) => {
      const list = staged(stagingId);
      const plan = planImport(ctx.workspace(), list, mapping, accountName);
      if (plan.problems.length + plan.withoutManager === 0) throw new ServiceError('invalidInput', serviceText('noProblemRows'));
      const base = list.fileName.replace(/\.[^.]+$/, '');
      const { csv, count } = problemRowsCsv(list, plan, language);
      const { path } = await saveAs(ctx, `${base} - problems`, 'csv', 'CSV', csv);
      return { path, count };
    },
  };
}
