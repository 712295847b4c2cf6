import { readdir, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { removeStaleTemps, writeFileDurable } from '../fs/durable-write';
import { LOCK_FILE } from '../store/lock';
import { isSealed, keyIdOf, type FileCodec } from './file-codec';
import { KEYRING_FILE } from './keyring';

/** Files of the folder that are never sealed: the keyring itself and the lock (read before any key is known). */
const NEVER_SEALED = new Set([KEYRING_FILE, LOCK_FILE, `${LOCK_FILE}.takeover`]);

/** Every file of a workspace folder that holds its data, at any depth; stale temp files are removed on the way. */
export async function workspaceFiles(dir: string): Promise<string[]> {
  const out: string[] = [];
  const walk = async (folder: string): Promise<void> => {
    await removeStaleTemps(folder);
    const entries = await readdir(folder, { withFileTypes: true }).catch(() => []);
    for (const e of entries) {
      const path = join(folder, e.name);
      if (e.isDirectory()) await walk(path);
      else if (e.isFile() && !(folder === dir && NEVER_SEALED.has(e.name)) && !e.name.endsWith('.tmp')) out.push(path);
    }
  };
  await walk(dir);
  return out.sort();
}

export interface Resealed {
  /** Files written anew. */
  rewritten: number;
  /** Files already in the target form (a resumed change skips what it did before the cut). */
  alreadyDone: number;
  /** Files that could not be opened (damaged before the change): left exactly as they were. */
  left: { file: string; detail: string }[];
}

/**
 * Rewrites every data file of the folder from `from`'s form to `to`'s, one durable atomic write
 * each, so a cut at any moment leaves every file whole and in one form or the other, both of which
 * the keyring (written before, with the change marked pending) can read. Running it again after a
 * cut finishes the job: files already in the target form are skipped.
 * `targetKey` is the key id `to` seals with (null: `to` writes plain files).
 */
export async function resealWorkspace(
  dir: string,
  from: FileCodec,
  to: FileCodec,
  targetKey: string | null,
  onProgress: (done: number, total: number) => void = () => {},
): Promise<Resealed> {
  const files = await workspaceFiles(dir);
  const result: Resealed = { rewritten: 0, alreadyDone: 0, left: [] };
  for (const [i, file] of files.entries()) {
    const bytes = await readFile(file);
    const done = targetKey === null ? !isSealed(bytes) : keyIdOf(bytes) === targetKey;
    if (done) {
      result.alreadyDone++;
    } else {
      const opened = from.open(bytes);
      if (opened.ok) {
        await writeFileDurable(file, to.seal(opened.bytes));
        result.rewritten++;
      } else {
        result.left.push({ file: relative(dir, file), detail: opened.detail });
      }
    }
    onProgress(i + 1, files.length);
  }
  return result;
}
