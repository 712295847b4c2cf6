import type { Handlers } from '../../../shared/ipc/contract';
import { listDebriefsDue } from '../../../shared/logic/history/meetings';
import { listActions } from '../../../shared/logic/plan/list';
import type { ServiceContext } from './context';

export function planHandlers(ctx: ServiceContext): Pick<Handlers, 'listActions' | 'listDebriefsDue'> {
  return {
    // From the accounts in memory: one pass over their actions, no file read.
    listActions: (query) => {
      const ws = ctx.workspace();
      return listActions(ws.accounts(), query, ws.settings.preparedBy);
    },
    listDebriefsDue: ({ today, limit }) => listDebriefsDue(ctx.workspace().accounts(), today, limit),
  };
}
