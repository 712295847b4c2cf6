import type { Handlers } from '../../../shared/ipc/contract';
import type { ServiceContext } from './context';

type VersionCalls = Pick<Handlers, 'listVersions' | 'getVersion'>;

export function versionHandlers(ctx: ServiceContext): VersionCalls {
  return {
    listVersions: ({ id }) => ctx.workspace().versions(id),
    getVersion: ({ id, versionId }) => ctx.workspace().version(id, versionId),
  };
}
