import { link, mkdir, readdir, stat, unlink } from 'node:fs/promises';
import { copyFileAtomic, writeFileDurable } from '../fs/durable-write';
import { join } from 'node:path';

export const BACKUPS_KEPT = 10;

const present = (file: string) =>
  stat(file).then(
    () => true,
    () => false,
  );

/** `2026-11-22T20-41-46-123Z-0001.json`: sorts by time, unique within a process. */
let counter = 0;
const stampName = () => `${new Date().toISOString().replace(/[:.]/g, '-')}-${String(++counter % 10000).padStart(4, '0')}.json`;

/**
 * Rolling backups of one file: each save keeps the version it replaces. The old version is
 * hard-linked (no bytes copied, so a save costs what writing the file costs); where links are
 * not possible it is copied.
 */
export class RollingBackups {
  /** The listing, read once (and shared by keeps running at the same time), then kept up to date. */
  private names: Promise<string[]> | null = null;

  constructor(
    readonly dir: string,
    private readonly kept = BACKUPS_KEPT,
  ) {}

  /** Backups, oldest first. */
  list(): Promise<string[]> {
    this.names ??= readdir(this.dir).then(
      (names) => names.filter((n) => n.endsWith('.json')).sort(),
      (e: NodeJS.ErrnoException) => {
        if (e.code !== 'ENOENT') {
          this.names = null; // read again next time
          throw e;
        }
        return [];
      },
    );
    return this.names;
  }

  /**
   * Keeps the current bytes of `file` as the newest backup and drops the oldest past the limit.
   * `copy` is for a file that stays in place (a new account's first version): a link would
   * share its bytes with the live file, so damage to one would be damage to both. Returns the
   * backup's path, or null when there was no file to keep.
   */
  async keep(file: string, { copy = false } = {}): Promise<string | null> {
    const names = await this.list();
    if (names.length === 0) await mkdir(this.dir, { recursive: true });
    const name = stampName();
    const keepOnce = () => (copy ? copyFileAtomic(file, join(this.dir, name)) : link(file, join(this.dir, name)));
    try {
      await keepOnce();
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      if (code === 'ENOENT') {
        if (!(await present(file))) return null; // nothing saved yet (or removed by another program): nothing to keep
        // The backups folder was removed by another program: made again, and what it listed is gone.
        await mkdir(this.dir, { recursive: true });
        names.splice(0);
        await keepOnce();
      } else {
        await copyFileAtomic(file, join(this.dir, name));
      }
    }
    this.added(names, name);
    return join(this.dir, name);
  }

  /** Makes the folder (once): a new account's first write starts it early, so that it is there when needed. */
  made(): Promise<unknown> {
    this.making ??= mkdir(this.dir, { recursive: true });
    return this.making;
  }

  private making: Promise<unknown> | null = null;

  /**
   * Keeps `file` as the newest backup if there is one (a link, as `keep`), in one step once the
   * folder is made: for a new account's file, which is normally not there yet (another program
   * may have put one there).
   */
  async keepIfThere(file: string): Promise<void> {
    await this.made();
    const name = stampName();
    try {
      await link(file, join(this.dir, name));
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'ENOENT') return;
      await copyFileAtomic(file, join(this.dir, name));
    }
    this.added(await this.list(), name);
  }

  /**
   * Keeps these bytes as the newest backup: a new account's first version, written beside its
   * file from the same bytes at the same time (a file of its own, as a copy would be), rather than
   * copied from it once it is written. Returns the backup's path.
   */
  async keepBytes(bytes: string | Uint8Array): Promise<string> {
    const names = await this.list();
    if (names.length === 0) await mkdir(this.dir, { recursive: true });
    const name = stampName();
    const path = join(this.dir, name);
    try {
      await writeFileDurable(path, bytes);
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw e;
      // The backups folder was removed by another program: made again, and what it listed is gone.
      await mkdir(this.dir, { recursive: true });
      names.splice(0);
      await writeFileDurable(path, bytes);
    }
    this.added(names, name);
    return path;
  }

  private added(names: string[], name: string): void {
    names.push(name);
    // Dropping the oldest is not on the save's critical path.
    const dropped = names.splice(0, Math.max(0, names.length - this.kept));
    for (const oldest of dropped) void unlink(join(this.dir, oldest)).catch(() => {});
  }

  /** Paths of the backups, newest first. */
  async newestFirst(): Promise<string[]> {
    return [...(await this.list())].reverse().map((n) => join(this.dir, n));
  }
}
