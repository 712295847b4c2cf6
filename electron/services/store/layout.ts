import { join } from 'node:path';

/** Where each kind of file lives inside a workspace folder. */
export const workspacePaths = (dir: string) => ({
  index: join(dir, 'workspace.json'),
  accounts: join(dir, 'accounts'),
  account: (id: string) => join(dir, 'accounts', `${id}.json`),
  backups: (id: string) => join(dir, 'backups', id),
  /** `workspace.json`'s old versions; "workspace.json" is never an account id (ids have no dot). */
  indexBackups: join(dir, 'backups', 'workspace.json'),
  damaged: join(dir, 'damaged'),
  /** The day the daily notice of key people's trips and birthdays was last raised. */
  notices: join(dir, 'notices.json'),
  trash: join(dir, 'trash'),
  /** Accounts as they were in .bidmap files sent or received: the common bases of later merges. */
  exchangeRoot: join(dir, 'exchange'),
  exchange: (id: string) => join(dir, 'exchange', id),
  /** The account as it was, one version per 5 minutes of editing, for 7 days (versions.ts). */
  versions: (id: string) => join(dir, 'versions', id),
});
export type WorkspacePaths = ReturnType<typeof workspacePaths>;

/** File-name-safe timestamp, e.g. `2026-11-22T20-41-46-123Z`. */
export const fileStamp = (date = new Date()) => date.toISOString().replace(/[:.]/g, '-');
