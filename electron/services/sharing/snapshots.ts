import { link, mkdir, readdir, readFile, unlink } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { Account } from '../../../shared/model/account';
import { SNAPSHOTS_NAMED } from '../../../shared/model/bidmap-file';
import { REDACTION_LEVELS, type RedactionLevel } from '../../../shared/taxonomy/keys';
import { fsyncDir, writeFileDurable } from '../fs/durable-write';
import { accountJsonSha256 } from '../store/account-file';
import { fileStamp } from '../store/layout';
import { openText, PLAIN, type FileCodec } from '../vault/file-codec';

/** Snapshots kept per account: as many as a file names. */
export const SNAPSHOTS_KEPT = SNAPSHOTS_NAMED;

/** The JSON an account is stored as when no file holds it already (the schema's key order makes it stable). */
export const snapshotJson = (account: Account) => JSON.stringify(account);
/** A snapshot's id: the SHA-256 of the account's JSON (snapshotJson), as both sides of an exchange compute it. */
export const snapshotId = (account: Account) => accountJsonSha256(account);

/**
 * Links `from` as `to`; false where it cannot (a file gone, no hard links). The folder is flushed
 * to the disk after, not waited for: the name is there at once for whoever reads the folder, and a
 * power cut in the next moment costs a merge base (a merge then asks about every difference),
 * never an account.
 */
async function linked(from: string, to: string): Promise<boolean> {
  try {
    await link(from, to);
  } catch {
    return false;
  }
  fsyncDir(dirname(to)).catch(() => undefined);
  return true;
}

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
      return m && (REDACTION_LEVELS as readonly string[]).includes(m[2]!)
        ? [{ name, level: m[2] as RedactionLevel, id: m[3]! }]
        : [];
    });
  }

  /**
   * Keeps an account as exchanged at a level; returns its snapshot id. `heldBy` is a file that
   * holds this account as the store writes it, sealed by the same codec, and is never changed in
   * place (the file of an account just imported, through Workspace.afterWrites): it is hard-linked
   * rather than written again. (A snapshot's bytes need not be snapshotJson's: `find` parses them,
   * and the id names the account, not the file.) `id`: its snapshotId, when known.
   */
  async remember(account: Account, level: RedactionLevel, known: { heldBy?: string | null; id?: string } = {}): Promise<string> {
    const { heldBy = null, id = snapshotId(account) } = known;
    const [listed] = await Promise.all([this.entries(), mkdir(this.dir, { recursive: true })]);
    // Seen again: it becomes the newest, which is what the next export names first.
    for (const e of listed) if (e.id === id) await unlink(join(this.dir, e.name)).catch(() => {});
    const name = `${fileStamp()}-${level}-${id}.json`;
    const path = join(this.dir, name);
    if (!heldBy || !(await linked(heldBy, path))) await writeFileDurable(path, this.codec.seal(snapshotJson(account)));
    // What the folder holds now (one writer per workspace): what it listed, less that version, and this one.
    const current = [...listed.filter((e) => e.id !== id).map((e) => e.name), name].sort();
    for (const old of current.slice(0, Math.max(0, current.length - SNAPSHOTS_KEPT)))
      await unlink(join(this.dir, old)).catch(() => {});
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
