import { WorkspaceLock, WorkspaceLockedError } from '../services/store/lock';
import type { Out } from './commands';

/**
 * Runs a command that writes to the workspace while holding its lock (store/lock.ts): a workspace
 * a live Bidmap (the app, or another `bidmap` writing) holds is refused with who holds it and
 * exit 1, before anything is read or written; a stale lock is taken over. Reading commands
 * never call this: they work on a workspace that is open in the app.
 */
export async function whileLocked(dir: string, out: Out, run: () => Promise<number>): Promise<number> {
  let lock: WorkspaceLock;
  try {
    lock = await WorkspaceLock.acquire(dir, { app: 'cli' });
  } catch (e) {
    if (!(e instanceof WorkspaceLockedError)) throw e;
    out.error(`bidmap: ${e.message}\nNothing was changed. Reading commands (list, show, doctor, validate, briefing, brief) still work.`);
    return 1;
  }
  try {
    return await run();
  } finally {
    await lock.release();
  }
}
