import { link, readFile, unlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { TeamServerError } from './errors';

// One process at a time in a team server's data folder: the running server, or a command that
// rewrites documents (purge-history), keeps DATA/server.lock holding its pid. A lock whose pid is
// no longer alive (a server killed by SIGKILL or a power cut) is taken over. Simpler than the
// workspace lock (store/lock.ts): the folder lives on one server machine, never a shared drive.

export const SERVER_LOCK = 'server.lock';

interface Holder {
  pid: number;
  what: string;
  since: string;
}

export interface DataLock {
  release(): Promise<void>;
}

function alive(pid: number): boolean {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM'; // alive, another user's
  }
}

async function holder(path: string): Promise<Holder | null | 'gone'> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return 'gone';
    throw e;
  }
  try {
    const h = JSON.parse(text) as Partial<Holder>;
    return typeof h.pid === 'number' ? { pid: h.pid, what: String(h.what ?? 'a process'), since: String(h.since ?? '?') } : null;
  } catch {
    return null; // never half-written (it is linked into place whole): damaged, so taken over
  }
}

/** Takes the data folder's lock for `what` ("the team server", "purge-history"), or says who holds it. */
export async function lockData(dataDir: string, what: string): Promise<DataLock> {
  const path = join(dataDir, SERVER_LOCK);
  const mine = `${path}.${process.pid}.${Date.now()}.tmp`;
  const body = `${JSON.stringify({ pid: process.pid, what, since: new Date().toISOString() } satisfies Holder)}\n`;
  await writeFile(mine, body);
  try {
    for (let attempt = 0; ; attempt++) {
      try {
        await link(mine, path); // exclusive, and the lock appears with its content
        break;
      } catch (e) {
        if ((e as NodeJS.ErrnoException).code !== 'EEXIST' || attempt >= 3) throw e;
      }
      const h = await holder(path);
      if (h === 'gone') continue;
      if (h && alive(h.pid))
        throw new TeamServerError(`${dataDir} is in use by ${h.what} (pid ${h.pid}, since ${h.since}); stop it first. Nothing was changed.`);
      await unlink(path).catch(() => {}); // its process is gone
    }
  } finally {
    await unlink(mine).catch(() => {});
  }
  return {
    async release() {
      const h = await holder(path);
      if (h !== 'gone' && h?.pid === process.pid) await unlink(path).catch(() => {});
    },
  };
}
