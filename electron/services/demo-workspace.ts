import type { AccountSummary } from '../../shared/ipc/types';
import type { Language } from '../../shared/taxonomy/keys';
import { buildDemoAccounts } from './demo';
import { ServiceError, serviceText } from './errors';
import { WorkspaceLock } from './store/lock';
import { Workspace } from './store/workspace';

/** Adds the built-in demo accounts, in one language, to a workspace. */
export function seedDemo(ws: Workspace, language: Language): Promise<AccountSummary[]> {
  return ws.add(buildDemoAccounts(language, new Date().toISOString()));
}

/**
 * Writes the demo into a folder that holds no accounts yet (created when missing), holding its
 * lock meanwhile: an empty workspace open in another Bidmap is refused, not written into.
 */
export async function writeDemoWorkspace(dir: string, language: Language): Promise<AccountSummary[]> {
  const lock = await WorkspaceLock.acquire(dir, { app: 'app' });
  let ws: Workspace;
  try {
    ws = await Workspace.open(dir);
  } catch (e) {
    await lock.release();
    throw e;
  }
  try {
    const existing = ws.list().length;
    if (existing > 0) {
      throw new ServiceError('invalidInput', serviceText('demoFolderNotEmpty', { dir, count: existing }));
    }
    return await seedDemo(ws, language);
  } finally {
    await ws.close();
    await lock.release();
  }
}
