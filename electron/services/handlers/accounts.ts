import type { Handlers } from '../../../shared/ipc/contract';
import { applyPatch, duplicateRecordId, newChartProblem, type ChartProblem } from '../../../shared/logic/chart';
import { ServiceError, serviceText } from '../errors';
import type { ServiceContext } from './context';
import { summaryOf } from '../store/workspace';

/** For logs and the CLI; the renderer words problems itself from the code. */
function describeChartProblem(p: ChartProblem): string {
  switch (p.code) {
    case 'cycle':
      return `reporting lines would form a cycle (${p.personIds.join(' → ')})`;
    case 'twoManagers':
      return `${p.personId} would have two ${p.dotted ? 'dotted' : 'solid'}-line managers`;
    case 'selfLink':
      return `${p.personId} cannot be linked to themselves`;
    case 'missingPerson':
      return `line ${p.linkId} points to a person who is not in the account`;
    case 'duplicateId':
      return `id ${p.id} is used twice`;
    case 'readOnly':
      return `the chart shows ${p.date} and is read-only`;
  }
}

type AccountCalls = Pick<
  Handlers,
  'listAccounts' | 'getAccount' | 'createAccount' | 'renameAccount' | 'deleteAccount' | 'undoDeleteAccount' | 'restoreBackup' | 'patchChart' | 'storageStatus' | 'retrySaves'
>;

export function accountHandlers(ctx: ServiceContext): AccountCalls {
  const ws = () => ctx.workspace();
  return {
    listAccounts: () => ws().list(),
    getAccount: ({ id }) => ws().get(id),
    createAccount: ({ name }) => ws().create(name),
    renameAccount: ({ id, name }) => ws().rename(id, name),
    deleteAccount: ({ id }) => ws().delete(id),
    undoDeleteAccount: ({ trashId }) => ws().undoDelete(trashId),
    restoreBackup: ({ id }) => ws().restoreBackup(id),
    storageStatus: () => ws().storageStatus(),
    retrySaves: async () => {
      await ws().retrySaves();
      return ws().storageStatus();
    },
    patchChart: async ({ id, patch }) => {
      const account = ws().update(id, (a) => {
        const next = applyPatch(a, patch);
        const problem = newChartProblem(a, next);
        if (problem) throw new ServiceError('invalidInput', serviceText('chartEditRefused', { detail: describeChartProblem(problem) }));
        const twice = patch.fields ? duplicateRecordId(next) : null;
        if (twice) throw new ServiceError('invalidInput', serviceText('idUsedTwice', { id: twice }));
        return next;
      });
      // Written now, not after the debounce: the renderer sends one patch at a time and merges
      // what piles up meanwhile, so the answer means "on disk" and comes quickly.
      await ws().saveNow(id);
      return { updatedAt: account.updatedAt, summary: summaryOf(account) };
    },
  };
}
