import { accountV0toV1 } from './account-v0';
import { accountV1toV2 } from './account-v1';
import { accountV2toV3 } from './account-v2';
import { bidmapFileV0toV1 } from './bidmap-file-v0';
import type { Migration } from './runner';
import { workspaceV0toV1 } from './workspace-v0';

export * from './runner';
export { bidmapFileV0toV1 };

/** Ordered steps for account files; add the next as `{ from: 3, ... }`. */
export const ACCOUNT_MIGRATIONS: readonly Migration[] = [accountV0toV1, accountV1toV2, accountV2toV3];
export const WORKSPACE_MIGRATIONS: readonly Migration[] = [workspaceV0toV1];
/** Steps for the .bidmap file's envelope (its accounts then follow ACCOUNT_MIGRATIONS). */
export const BIDMAP_FILE_MIGRATIONS: readonly Migration[] = [bidmapFileV0toV1];
