import { open, rename, unlink } from 'node:fs/promises';
import { dirname } from 'node:path';

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
): Promise<void> {
  const tmp = `${path}.${process.pid}.${++sequence}.tmp`;
  const handle = await open(tmp, 'w', 0o600);
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
    await rename(tmp, path);
  } catch (e) {
    await unlink(tmp).catch(() => {});
    throw e;
  }
  await fsyncDir(dirname(path));
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
