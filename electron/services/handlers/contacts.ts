import type { Handlers } from '../../../shared/ipc/contract';
import { guessMapping, previewOf } from '../../../shared/logic/contacts';
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

type ContactCalls = Pick<Handlers, 'readContacts' | 'previewContacts' | 'importContacts' | 'saveContactProblems'>;

/** Contact lists: read once, previewed under any mapping, imported on the go-ahead. */
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
      const { table } = read;
      return {
        stagingId: staging.put(read),
        fileName: read.fileName,
        format: read.format,
        encoding: read.encoding,
        unit: table.unit,
        headers: table.headers.map((h) => h.slice(0, SAMPLE_CELL)),
        rowCount: table.rows.filter((r) => r.cells.some((c) => c.trim() !== '')).length,
        sample: table.rows.slice(0, SAMPLE_ROWS).map((r) => r.cells.map((c) => c.slice(0, SAMPLE_CELL))),
        mapping: guessMapping(table.headers),
      };
    },
    previewContacts: ({ stagingId, mapping, accountName }) => previewOf(planImport(ctx.workspace(), staged(stagingId), mapping, accountName)),
    importContacts: async ({ stagingId, mapping, accountName }) => {
      const ws = ctx.workspace();
      const plan = planImport(ws, staged(stagingId), mapping, accountName);
      const account = await commitPlan(ws, plan);
      return { account, imported: plan.added.length, skipped: plan.skipped.length, problems: plan.problems.length };
    },
    saveContactProblems: async ({ stagingId, mapping, accountName, language }) => {
      const list = staged(stagingId);
      const plan = planImport(ctx.workspace(), list, mapping, accountName);
      if (plan.problems.length === 0) throw new ServiceError('invalidInput', serviceText('noProblemRows'));
      const base = list.fileName.replace(/\.[^.]+$/, '');
      const { path } = await saveAs(ctx, `${base} - problems`, 'csv', 'CSV', problemRowsCsv(list, plan, language));
      return { path, count: plan.problems.length };
    },
  };
}
