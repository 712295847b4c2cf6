import type { Handlers } from '../../../shared/ipc/contract';
import { WorkspaceSearch } from '../search/workspace-search';
import type { Workspace } from '../store/workspace';
import type { ServiceContext } from './context';

/** One search per open workspace; switching workspace starts a new one (the old one is collected). */
const searches = new WeakMap<Workspace, WorkspaceSearch>();

export function searchOf(ws: Workspace): WorkspaceSearch {
  let search = searches.get(ws);
  if (!search) searches.set(ws, (search = new WorkspaceSearch(ws)));
  return search;
}

export function searchHandlers(ctx: ServiceContext): Pick<Handlers, 'search'> {
  return {
    search: ({ query, limit }) => searchOf(ctx.workspace()).search(query, limit),
  };
}
