import { constants } from 'node:fs';
import { copyFile, mkdir, open, readdir, rename, stat, unlink } from 'node:fs/promises';
import { dirname, isAbsolute, join, relative } from 'node:path';

let sequence = 0;

/**
 * Replaces `path` with `data` so that a crash leaves either the old or the new file, never a
 * mix or a zero-filled one: write a temp file beside it, fsync it, rename it over the original,
 * then fsync the folder so the rename itself is durable. `beforeRename` runs between the
 * fsync and the rename (used to keep the old version as a backup).
 */
export async function writeFileDurable(
  path: string,
  data: string | Uint8Array,
  beforeRename?: () => Promise<void>,
  options: DurableWriteOptions = {},
): Promise<void> {
  const tmp = `${path}.${process.pid}.${++sequence}.tmp`; // named so removeStaleTemps can tell whose it is
  const handle = await openRecreating(tmp, options.recreateIn);
  try {
    await handle.writeFile(data);
    await handle.sync();
  } catch (e) {
    await handle.close();
    await unlink(tmp).catch(() => {});
    throw e;
  }
  await handle.close();
  try {
    if (beforeRename) await beforeRename();
    await renameWithRetry(tmp, path);
  } catch (e) {
    await unlink(tmp).catch(() => {});
    throw e;
  }
  await fsyncDir(dirname(path));
}

export interface DurableWriteOptions {
  /**
   * The folder (a workspace) inside which a missing sub-folder may be made again: another program
   * removed `accounts/`, so the next save writes it back. The folder itself is never made: when it
   * is gone (a disk unplugged), creating it would write beside the real one, under its mount point.
   */
  recreateIn?: string;
}

async function openRecreating(tmp: string, root: string | undefined) {
  try {
    return await open(tmp, 'w', 0o600);
  } catch (e) {
    const folder = dirname(tmp);
    if ((e as NodeJS.ErrnoException).code !== 'ENOENT' || !root || !isInside(folder, root) || !(await exists(root))) throw e;
    await mkdir(folder, { recursive: true });
    return open(tmp, 'w', 0o600);
  }
}

const isInside = (folder: string, root: string) => {
  const r = relative(root, folder);
  return r !== '' && !r.startsWith('..') && !isAbsolute(r);
};
const exists = (path: string) => stat(path).then(
  () => true,
  () => false,
);

/**
 * Copies a file so that `to` appears whole or not at all: a copy into a temp file beside it,
 * fsynced, then renamed. (A plain copyFile cut by a crash leaves a truncated file under the final
 * name: the crash test found a half backup that way.) Where the file system can (APFS, Btrfs, XFS)
 * the copy is a clone: no bytes written, and still a file of its own (a write to either copies
 * the blocks it changes); elsewhere the bytes are copied.
 */
export async function copyFileAtomic(from: string, to: string): Promise<void> {
  const tmp = `${to}.${process.pid}.${++sequence}.tmp`;
  try {
    await copyFile(from, tmp, constants.COPYFILE_FICLONE);
    const handle = await open(tmp, 'r+');
    try {
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(tmp, to);
  } catch (e) {
    await unlink(tmp).catch(() => {});
    throw e;
  }
}

/** Errors a rename gets while another program briefly holds the file (Windows: an antivirus scan, a sync client, the indexer). */
const TRANSIENT = new Set(['EPERM', 'EACCES', 'EBUSY']);
/** Pauses between tries, about 1.5 s in all: long enough for a scan, short enough to fail clearly. */
export const RENAME_RETRY_MS = [10, 20, 40, 80, 160, 320, 640];

/**
 * Renames, trying again while another program holds the target for a moment (as graceful-fs does
 * on Windows). Any other error, or one that lasts, is thrown as it is.
 */
export async function renameWithRetry(from: string, to: string, move: (from: string, to: string) => Promise<void> = rename, pauses = RENAME_RETRY_MS): Promise<void> {
  for (let attempt = 0; ; attempt++) {
    try {
      return await move(from, to);
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      if (!code || !TRANSIENT.has(code) || attempt >= pauses.length) throw e;
      await new Promise((resolve) => setTimeout(resolve, pauses[attempt]));
    }
  }
}

/** fsync a folder where the OS allows it (Windows and some file systems refuse; that is fine). */
export async function fsyncDir(dir: string): Promise<void> {
  if (process.platform === 'win32') return;
  let handle;
  try {
    handle = await open(dir, 'r');
    await handle.sync();
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code !== 'EISDIR' && code !== 'EINVAL' && code !== 'EPERM' && code !== 'EBADF' && code !== 'ENOTSUP') throw e;
  } finally {
    await handle?.close();
  }
}

/** `<file>.<pid>.<n>.tmp`, as writeFileDurable names its temp files. */
const TEMP_NAME = /^.+\.(\d+)\.\d+\.tmp$/;

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM'; // running, as another user
  }
}

/**
 * Removes the temp files that writes of processes no longer running left in `dir`: a crash
 * between the temp write and the rename leaves one, a full copy of the file (the crash test
 * found about two per kill). The file it was meant to replace is intact, so nothing is lost;
 * a temp of a running process (this one included) is left alone, as its rename may still come.
 */
export async function removeStaleTemps(dir: string): Promise<string[]> {
  const names = await readdir(dir).catch(() => [] as string[]);
  const stale = names.filter((n) => {
    const pid = Number(TEMP_NAME.exec(n)?.[1] ?? NaN);
    return Number.isInteger(pid) && pid !== process.pid && !isRunning(pid);
  });
  await Promise.all(stale.map((n) => unlink(join(dir, n)).catch(() => {})));
  return stale;
}
