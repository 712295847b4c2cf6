import { createHash } from 'node:crypto';
import { mkdir, readdir, readFile, unlink } from 'node:fs/promises';
import { join } from 'node:path';
import { Account } from '../../../shared/model/account';
import { writeFileDurable } from '../fs/durable-write';
import { fileStamp } from '../store/layout';

/** Snapshots kept per account: enough for a few rounds with several colleagues. */
export const SNAPSHOTS_KEPT = 12;

/** The JSON an account is hashed and stored as (the schema's key order makes it stable). */
export const snapshotJson = (account: Account) => JSON.stringify(account);
export const snapshotId = (account: Account) => createHash('sha256').update(snapshotJson(account)).digest('hex');

/**
 * The versions of one account that went out in or came in with .bidmap files, by hash. A file
 * names the snapshot its sender last exchanged; when we have it too, it is the common base that
 * tells a merge who changed what.
 */
export class Snapshots {
  constructor(private readonly dir: string) {}

  private async names(): Promise<string[]> {
    return (await readdir(this.dir).catch(() => [] as string[])).filter((n) => /^[\w-]+-[a-f0-9]{64}\.json$/.test(n)).sort();
  }

  /** Keeps an account as exchanged; returns its snapshot id. */
  async remember(account: Account): Promise<string> {
    const id = snapshotId(account);
    const names = await this.names();
    const existing = names.find((n) => n.endsWith(`-${id}.json`));
    if (existing) {
      // Seen again: it becomes the newest, which is what the next export names.
      await unlink(join(this.dir, existing)).catch(() => {});
    } else await mkdir(this.dir, { recursive: true });
    await writeFileDurable(join(this.dir, `${fileStamp()}-${id}.json`), snapshotJson(account));
    const current = await this.names();
    for (const old of current.slice(0, Math.max(0, current.length - SNAPSHOTS_KEPT))) await unlink(join(this.dir, old)).catch(() => {});
    return id;
  }

  /** The snapshot with this id, if kept and still readable. */
  async find(id: string): Promise<Account | null> {
    const name = (await this.names()).find((n) => n.endsWith(`-${id}.json`));
    if (!name) return null;
    try {
      const parsed = Account.safeParse(JSON.parse(await readFile(join(this.dir, name), 'utf8')));
      return parsed.success ? parsed.data : null;
    } catch {
      return null;
    }
  }

  /** The id of the newest snapshot (sent or received), or null. */
  async newest(): Promise<string | null> {
    const name = (await this.names()).at(-1);
    return name ? name.slice(-('.json'.length + 64), -'.json'.length) : null;
  }
}
