import type { Settings } from '../../../shared/model/workspace';
import type { Host } from '../host';
import type { OpenedFiles } from '../incoming/opened-files';
import type { Workspace } from '../store/workspace';
import type { TeamSession } from '../team-session';
import type { VaultControl } from '../vault/control';

/** What handlers reach: the open workspace (it can change) and the host. */
export interface ServiceContext {
  workspace(): Workspace;
  /** The open folder's encryption. */
  vault: VaultControl;
  host: Host;
  /** Files the OS handed to the app, known to the page by token. */
  opened: OpenedFiles;
  /** Files written by exports this session: the only paths the page may ask to open or reveal. */
  exported: Set<string>;
  switchWorkspace(path: string): Promise<Workspace>;
  settingsChanged(settings: Settings): void;
  /** The open workspace's team sync (none until it joins a team). */
  team: TeamSession;
}
