import { link, mkdir, readdir, stat, unlink } from 'node:fs/promises';
import { copyFileAtomic } from '../fs/durable-write';
import { join } from 'node:path';

export const BACKUPS_KEPT = 10;

const present = (file: string) => stat(file).then(
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
  private names: string[] | null = null;

  constructor(
    readonly dir: string,
    private readonly kept = BACKUPS_KEPT,
  ) {}

  /** Backups, oldest first. */
  async list(): Promise<string[]> {
    if (!this.names) {
      try {
        this.names = (await readdir(this.dir)).filter((n) => n.endsWith('.json')).sort();
      } catch (e) {
        if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw e;
        this.names = [];
      }
    }
    return this.names;
  }

  /**
   * Keeps the current bytes of `file` as the newest backup and drops the oldest past the limit.
   * `copy` is for a file that stays in place (a new account's first version): a link would
   * share its bytes with the live file, so damage to one would be damage to both.
   */
  async keep(file: string, { copy = false } = {}): Promise<void> {
    const names = await this.list();
    if (names.length === 0) await mkdir(this.dir, { recursive: true });
    const name = stampName();
    const keepOnce = () => (copy ? copyFileAtomic(file, join(this.dir, name)) : link(file, join(this.dir, name)));
    try {
      await keepOnce();
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      if (code === 'ENOENT') {
        if (!(await present(file))) return; // nothing saved yet (or removed by another program): nothing to keep
        // The backups folder was removed by another program: made again, and what it listed is gone.
        await mkdir(this.dir, { recursive: true });
        names.splice(0);
        await keepOnce();
      } else {
        await copyFileAtomic(file, join(this.dir, name));
      }
    }
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
