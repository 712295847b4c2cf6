import { createHash } from 'node:crypto';
import { mkdir, readdir, readFile, unlink } from 'node:fs/promises';
import { join } from 'node:path';
import { Account } from '../../../shared/model/account';
import { SNAPSHOTS_NAMED } from '../../../shared/model/bidmap-file';
import { REDACTION_LEVELS, type RedactionLevel } from '../../../shared/taxonomy/keys';
import { writeFileDurable } from '../fs/durable-write';
import { fileStamp } from '../store/layout';
import { openText, PLAIN, type FileCodec } from '../vault/file-codec';

/** Snapshots kept per account: as many as a file names. */
export const SNAPSHOTS_KEPT = SNAPSHOTS_NAMED;

/** The JSON an account is hashed and stored as (the schema's key order makes it stable). */
export const snapshotJson = (account: Account) => JSON.stringify(account);
export const snapshotId = (account: Account) => createHash('sha256').update(snapshotJson(account)).digest('hex');

/** `<stamp>-<level>-<sha256>.json`: sorts by time; the level says what the version carried. */
const NAME = /^([\w-]+)-(map|team|full)-([a-f0-9]{64})\.json$/;

interface Entry {
  name: string;
  level: RedactionLevel;
  id: string;
}

/**
 * The versions of one account that went out in or came in with .bidmap files, by hash, with the
 * level they were exchanged at. A file names the snapshots its sender has; the newest one we have
 * too is the common base that tells a merge who changed what.
 */
export class Snapshots {
  constructor(
    private readonly dir: string,
    private readonly codec: FileCodec = PLAIN,
  ) {}

  private async entries(): Promise<Entry[]> {
    const names = (await readdir(this.dir).catch(() => [] as string[])).sort();
    return names.flatMap((name) => {
      const m = NAME.exec(name);
      return m && (REDACTION_LEVELS as readonly string[]).includes(m[2]!) ? [{ name, level: m[2] as RedactionLevel, id: m[3]! }] : [];
    });
  }

  /** Keeps an account as exchanged at a level; returns its snapshot id. */
  async remember(account: Account, level: RedactionLevel): Promise<string> {
    const id = snapshotId(account);
    const existing = (await this.entries()).filter((e) => e.id === id);
    // Seen again: it becomes the newest, which is what the next export names first.
    for (const e of existing) await unlink(join(this.dir, e.name)).catch(() => {});
    if (existing.length === 0) await mkdir(this.dir, { recursive: true });
    await writeFileDurable(join(this.dir, `${fileStamp()}-${level}-${id}.json`), this.codec.seal(snapshotJson(account)));
    const current = await this.entries();
    for (const old of current.slice(0, Math.max(0, current.length - SNAPSHOTS_KEPT))) await unlink(join(this.dir, old.name)).catch(() => {});
    return id;
  }

  /** Forgets a snapshot (its import was undone: it is no longer a version both sides share). */
  async forget(id: string): Promise<void> {
    for (const e of (await this.entries()).filter((x) => x.id === id)) await unlink(join(this.dir, e.name)).catch(() => {});
  }

  /** The snapshot with this id and its level, if kept and still readable. */
  async find(id: string): Promise<{ account: Account; level: RedactionLevel } | null> {
    const entry = (await this.entries()).find((e) => e.id === id);
    if (!entry) return null;
    try {
      const opened = openText(this.codec, await readFile(join(this.dir, entry.name)));
      if (!opened.ok) return null;
      const parsed = Account.safeParse(JSON.parse(opened.text));
      return parsed.success ? { account: parsed.data, level: entry.level } : null;
    } catch {
      return null;
    }
  }

  /** The ids of the snapshots kept, newest first. */
  async ids(): Promise<string[]> {
    return (await this.entries()).map((e) => e.id).reverse();
  }
}
