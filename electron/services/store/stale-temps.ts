import { readdir } from 'node:fs/promises';
import { removeStaleTemps } from '../fs/durable-write';
import type { WorkspacePaths } from './layout';

/**
 * Clears a workspace of the temp files cut-short writes left (see removeStaleTemps): beside
 * workspace.json, the account files and the exchanged copies. Returns how many were removed.
 */
export async function removeWorkspaceTemps(dir: string, paths: WorkspacePaths): Promise<number> {
  const exchanged = (await readdir(paths.exchangeRoot).catch(() => [] as string[])).map((id) => paths.exchange(id));
  const removed = await Promise.all([dir, paths.accounts, ...exchanged].map((d) => removeStaleTemps(d)));
  return removed.flat().length;
}
