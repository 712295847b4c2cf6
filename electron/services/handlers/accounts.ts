import type { Handlers } from '../../../shared/ipc/contract';
import type { ServiceContext } from './context';

type AccountCalls = Pick<
  Handlers,
  'listAccounts' | 'getAccount' | 'createAccount' | 'renameAccount' | 'deleteAccount' | 'undoDeleteAccount' | 'restoreBackup' | 'savePositions'
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
    savePositions: ({ id, positions }) => {
      const known = new Set(ws().get(id).people.map((p) => p.id));
      const kept = Object.fromEntries(Object.entries(positions).filter(([pid]) => known.has(pid)));
      ws().update(id, (a) => ({ ...a, canvas: { ...a.canvas, positions: { ...a.canvas.positions, ...kept } } }));
      return {};
    },
  };
}
