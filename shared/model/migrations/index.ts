import { accountV0toV1 } from './account-v0';
import { bidmapFileV0toV1 } from './bidmap-file-v0';
import type { Migration } from './runner';
import { workspaceV0toV1 } from './workspace-v0';

export * from './runner';
export { bidmapFileV0toV1 };

/** Ordered steps for account files; add the next as `{ from: 1, ... }`. */
export const ACCOUNT_MIGRATIONS: readonly Migration[] = [accountV0toV1];
export const WORKSPACE_MIGRATIONS: readonly Migration[] = [workspaceV0toV1];
/** Steps for the .bidmap file's envelope (its accounts then follow ACCOUNT_MIGRATIONS). */
export const BIDMAP_FILE_MIGRATIONS: readonly Migration[] = [bidmapFileV0toV1];
