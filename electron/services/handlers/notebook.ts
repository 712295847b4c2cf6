import type { Handlers } from '../../../shared/ipc/contract';
import { buildAgenda } from '../../../shared/logic/itinerary/agenda';
import type { ServiceContext } from './context';

export function notebookHandlers(ctx: ServiceContext): Pick<Handlers, 'agenda'> {
  return {
    // The accounts are in memory already: an agenda costs one pass over their people, no file read.
    agenda: (window) => buildAgenda(ctx.workspace().accounts(), window),
  };
}
