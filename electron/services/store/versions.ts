import { link, mkdir, readdir, unlink } from 'node:fs/promises';
import { copyFileAtomic } from '../fs/durable-write';
import { join } from 'node:path';
import { savedAtOf, VERSION_EVERY_MINUTES, VERSION_KEEP_DAYS, VersionId } from '../../../shared/model/versions';
import { fileStamp } from './layout';

const EVERY_MS = VERSION_EVERY_MINUTES * 60_000;
const KEEP_MS = VERSION_KEEP_DAYS * 86_400_000;
/** A clock set back (or a version from a machine ahead) must not stop versions for good. */
const FUTURE_SLACK_MS = 60_000;

const timeOf = (name: string) => Date.parse(savedAtOf(name));

/**
 * The version history of one account: after a save, the file as written is kept when the newest
 * kept version is 5 minutes old or more, so an afternoon of editing leaves a version every 5
 * minutes; versions older than 7 days go, never the newest. Unlike backups (the last 10 saves,
 * for repairs), these are spaced in time, for going back to how the account was on Tuesday.
 * The file kept is a hard link to the one just written: the store never changes a file in place
 * (every save renames a new file over it), so the version's bytes stay as they were.
 */
export class AccountVersions {
  private newest: number | null | undefined;

  constructor(
    readonly dir: string,
    private readonly now: () => number = Date.now,
  ) {}

  /** Versions kept, oldest first. */
  async names(): Promise<string[]> {
    const names = await readdir(this.dir).catch((e: NodeJS.ErrnoException) => {
      if (e.code === 'ENOENT') return [] as string[];
      throw e;
    });
    return names.filter((n) => VersionId.safeParse(n).success).sort();
  }

  /** Reads when the newest version was kept, if not known yet (a new account's file is written meanwhile). */
  async prepare(): Promise<void> {
    if (this.newest !== undefined) return;
    this.reading ??= this.names().then(
      (names) => {
        const last = names.at(-1);
        this.newest ??= last ? timeOf(last) : null;
      },
      () => undefined, // read again by keepIfDue, which reports the failure
    );
    await this.reading;
    this.reading = null;
  }

  private reading: Promise<void> | null = null;

  /** Keeps `file` (just saved) as a version when one is due; true when it did. */
  async keepIfDue(file: string): Promise<boolean> {
    const now = this.now();
    if (this.newest === undefined) {
      const last = (await this.names()).at(-1);
      this.newest = last ? timeOf(last) : null;
    }
    if (this.newest !== null && now - this.newest < EVERY_MS && this.newest <= now + FUTURE_SLACK_MS) return false;
    const none = this.newest === null;
    await mkdir(this.dir, { recursive: true });
    const name = `${fileStamp(new Date(now))}.json`;
    const target = join(this.dir, name);
    try {
      await link(file, target);
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'EEXIST') return false;
      await copyFileAtomic(file, target); // a file system without hard links
    }
    this.newest = now;
    if (!none) await this.prune(name); // with none kept before, there is nothing old to drop
    return true;
  }

  /** Drops versions older than 7 days, never `keep` (the newest). */
  private async prune(keep: string): Promise<void> {
    const cutoff = this.now() - KEEP_MS;
    for (const name of await this.names()) {
      if (name !== keep && timeOf(name) < cutoff) await unlink(join(this.dir, name)).catch(() => undefined);
    }
  }
}
