import type { Adapter } from 'lowdb';
import { Account, ACCOUNT_SCHEMA_VERSION } from '../../../shared/model/account';
import { ACCOUNT_MIGRATIONS } from '../../../shared/model/migrations';
import { writeFileDurable } from '../fs/durable-write';
import { PLAIN, type FileCodec } from '../vault/file-codec';
import type { RollingBackups } from './backups';
import type { AccountVersions } from './versions';
import { readVersionedFile, type ReadResult } from './read-file';

/** Reads an account file: parsed, migrated to the current schema and validated. */
export function readAccountFile(path: string, codec: FileCodec = PLAIN): Promise<ReadResult<Account>> {
  return readVersionedFile(path, Account, ACCOUNT_MIGRATIONS, ACCOUNT_SCHEMA_VERSION, codec);
}

/**
 * The newest backup that reads as a valid account with this id: what restoring a damaged account
 * brings back (the app's restore and `bidmap doctor --repair` both take it from here).
 */
export async function newestValidBackup(backups: RollingBackups, id: string, codec: FileCodec = PLAIN): Promise<{ path: string; account: Account } | null> {
  for (const path of await backups.newestFirst()) {
    const result = await readAccountFile(path, codec);
    if (result.ok && result.value.id === id) return { path, account: result.value };
  }
  return null;
}

// Serialised people and links, by object. Records are replaced, never changed in place, so an
// unchanged person keeps its text and a save re-serialises only what was edited.
const serialized = new WeakMap<object, string>();

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value)) deepFreeze(v);
  }
  return value;
}

function textOf(record: object): string {
  let text = serialized.get(record);
  if (text === undefined) {
    text = JSON.stringify(record);
    // Frozen once cached: an in-place edit would throw instead of being silently not saved.
    serialized.set(deepFreeze(record), text);
  }
  return text;
}

/**
 * The account file's text: one person and one link per line, so files diff well and a save
 * costs about the bytes it writes.
 */
export function serializeAccount(account: Account): string {
  const { people, links, ...rest } = account;
  const head = JSON.stringify(rest);
  return `${head.slice(0, -1)},\n"people":[\n${people.map(textOf).join(',\n')}\n],\n"links":[\n${links.map(textOf).join(',\n')}\n]}\n`;
}

/**
 * lowdb adapter for one account: durable atomic writes (lowdb's own writer never fsyncs),
 * keeping the replaced version as a rolling backup. Reading goes through `readAccountFile`
 * at open, so `read` here only serves lowdb's contract.
 */
export class AccountFileAdapter implements Adapter<Account> {
  constructor(
    readonly path: string,
    private readonly backups: RollingBackups,
    private readonly codec: FileCodec = PLAIN,
    private readonly versions: AccountVersions | null = null,
    /** The workspace folder: a sub-folder removed by another program is made again inside it. */
    private readonly root?: string,
  ) {}

  async read(): Promise<Account | null> {
    const result = await readAccountFile(this.path, this.codec);
    if (!result.ok) throw new Error(`${this.path}: ${result.detail}`);
    return result.value;
  }

  async write(data: Account): Promise<void> {
    await writeFileDurable(this.path, this.codec.seal(serializeAccount(data)), () => this.backups.keep(this.path), { recreateIn: this.root });
    // The save is done; a version that cannot be kept (a full disk, say) is reported, never a failed save.
    await this.versions?.keepIfDue(this.path).catch((e: unknown) => console.error(`bidmap: keeping a version of ${this.path} failed:`, e));
  }
}
