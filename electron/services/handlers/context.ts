import type { Settings } from '../../../shared/model/workspace';
import type { Host } from '../host';
import type { Workspace } from '../store/workspace';

/** What handlers reach: the open workspace (it can change) and the host. */
export interface ServiceContext {
  workspace(): Workspace;
  host: Host;
  switchWorkspace(path: string): Promise<Workspace>;
  settingsChanged(settings: Settings): void;
}
