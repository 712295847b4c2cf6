import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { removeStaleTemps } from '../fs/durable-write';
import type { WorkspacePaths } from './layout';

/** The per-account folders under a folder of the workspace (`exchange/`, `backups/`, `versions/`). */
const subfolders = async (root: string) => (await readdir(root, { withFileTypes: true }).catch(() => [])).filter((e) => e.isDirectory()).map((e) => join(root, e.name));

/**
 * Clears a workspace of the temp files cut-short writes left (see removeStaleTemps): beside
 * workspace.json, the account files, the exchanged copies, and the backups and versions copied
 * (where hard links are impossible). Returns how many were removed.
 */
export async function removeWorkspaceTemps(dir: string, paths: WorkspacePaths): Promise<number> {
  const roots = [paths.exchangeRoot, join(dir, 'backups'), join(dir, 'versions')];
  const folders = [dir, paths.accounts, ...(await Promise.all(roots.map(subfolders))).flat()];
  const removed = await Promise.all(folders.map((d) => removeStaleTemps(d)));
  return removed.flat().length;
}
