import { createHash } from 'node:crypto';
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
export async function newestValidBackup(
  backups: RollingBackups,
  id: string,
  codec: FileCodec = PLAIN,
): Promise<{ path: string; account: Account } | null> {
  for (const path of await backups.newestFirst()) {
    const result = await readAccountFile(path, codec);
    if (result.ok && result.value.id === id) return { path, account: result.value };
  }
  return null;
}

// Each person's and link's JSON as UTF-8 bytes, by object. Records are replaced, never changed in
// place, so an unchanged person keeps its bytes and a save encodes only what was edited; the file
// is then these bytes put end to end. (Caching the text instead left every save to join the
// records into one string and encode it whole: for a 5,000-person account, 25 ms of a save.)
const serialized = new WeakMap<object, Buffer>();

/** Freezes a record and everything in it (parts already frozen, shared by several records, are left as they are). */
function deepFreeze(value: object): void {
  Object.freeze(value);
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) freezeInner(value[i]);
  } else {
    for (const key in value) freezeInner((value as Record<string, unknown>)[key]);
  }
}
const freezeInner = (v: unknown) => {
  if (typeof v === 'object' && v !== null && !Object.isFrozen(v)) deepFreeze(v);
};

/** Between two records of a list, in the file. */
const RECORD_BREAK = Buffer.from(',\n');

/**
 * Encodes and caches the records not cached yet: each stringified, all encoded into one buffer of
 * their size, one after the other with RECORD_BREAK between them (one Buffer.from per record cost
 * twice as much for thousands of them), each record's bytes a view of it: records that follow
 * each other in a list are then copied into the file in one piece (pushJoined). The buffer lives
 * as long as one of its records does: at most the account's size again. Returns the records it
 * cached, which the caller freezes (freezeRecords).
 */
function cacheRecords(records: readonly object[]): object[] {
  const fresh: object[] = [];
  const texts: string[] = [];
  const ends: number[] = [];
  let size = -RECORD_BREAK.length;
  for (const record of records) {
    if (serialized.has(record)) continue;
    const text = JSON.stringify(record);
    fresh.push(record);
    texts.push(text);
    ends.push((size += RECORD_BREAK.length + Buffer.byteLength(text)));
  }
  if (fresh.length === 0) return fresh;
  // Every byte is written below. Never from Node's shared pool: records next to each other in one
  // buffer must be from one batch, with a break between them (pushJoined copies them as one piece).
  const bytes = Buffer.allocUnsafeSlow(size);
  for (let i = 0; i < fresh.length; i++) {
    const start = i ? ends[i - 1]! + RECORD_BREAK.length : 0;
    if (i) RECORD_BREAK.copy(bytes, start - RECORD_BREAK.length);
    bytes.write(texts[i]!, start);
    serialized.set(fresh[i]!, bytes.subarray(start, ends[i]));
  }
  return fresh;
}

/** Records are frozen once cached: an in-place edit then throws instead of being silently not saved. */
const freezeRecords = (records: readonly object[]) => records.forEach(deepFreeze);

const REVIEWS_OPEN = Buffer.from(',\n"reviews":[\n');
const REVIEWS_CLOSE = Buffer.from('\n]');
const PEOPLE_OPEN = Buffer.from(',\n"people":[\n');
const LINKS_OPEN = Buffer.from('\n],\n"links":[\n');
const END = Buffer.from('\n]}\n');

/**
 * Records' cached bytes with RECORD_BREAK between them, onto `into`: a run of records cached one
 * after the other (an account written whole, or all but the few edited since) is one piece.
 */
function pushJoined(into: Buffer[], records: readonly object[]): void {
  let run: Buffer | null = null;
  let runEnd = 0;
  const flush = () => run && into.push(run.subarray(0, runEnd - run.byteOffset));
  for (let i = 0; i < records.length; i++) {
    const bytes = serialized.get(records[i]!)!;
    if (run && bytes.buffer === run.buffer && bytes.byteOffset === runEnd + RECORD_BREAK.length) {
      runEnd = bytes.byteOffset + bytes.length; // the break between them is already there
      continue;
    }
    if (run) {
      flush();
      into.push(RECORD_BREAK);
    }
    run = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.buffer.byteLength - bytes.byteOffset);
    runEnd = bytes.byteOffset + bytes.length;
  }
  flush();
}

/** The account file's bytes, and the records encoded for it, to freeze. */
function encodeAccount(account: Account): { bytes: Buffer; fresh: object[] } {
  // Reviews are records too (append-only, replaced never changed): three years of weekly reviews
  // are not stringified again at every save of an edit elsewhere.
  const { people, links, reviews, ...rest } = account;
  const fresh = [...cacheRecords(people), ...cacheRecords(links), ...cacheRecords(reviews)];
  const head = JSON.stringify(rest);
  const parts: Buffer[] = [Buffer.from(head.slice(0, -1)), REVIEWS_OPEN];
  pushJoined(parts, reviews);
  parts.push(REVIEWS_CLOSE, PEOPLE_OPEN);
  pushJoined(parts, people);
  parts.push(LINKS_OPEN);
  pushJoined(parts, links);
  parts.push(END);
  return { bytes: Buffer.concat(parts), fresh };
}

/**
 * The account file's bytes: one person and one link per line, so files diff well and a save
 * costs about the bytes it writes.
 */
export function serializeAccount(account: Account): Buffer {
  const { bytes, fresh } = encodeAccount(account);
  freezeRecords(fresh);
  return bytes;
}

const COMMA = Buffer.from(',');

/**
 * SHA-256 (hex) of `JSON.stringify(account)`'s UTF-8 bytes, without making that string: people,
 * links and reviews already written are hashed from their cached bytes (the others are stringified, not
 * cached). A shared account's snapshot id (sharing/snapshots.ts).
 */
export function accountJsonSha256(account: Account): string {
  const hash = createHash('sha256');
  const record = (r: object) => serialized.get(r) ?? JSON.stringify(r);
  let first = true;
  hash.update('{');
  for (const key of Object.keys(account) as (keyof Account)[]) {
    const value = account[key];
    if (value === undefined) continue; // as JSON.stringify leaves out an undefined property
    hash.update(`${first ? '' : ','}${JSON.stringify(key)}:`);
    first = false;
    if (key === 'people' || key === 'links' || key === 'reviews') {
      const records = value as readonly object[];
      hash.update('[');
      for (let i = 0; i < records.length; i++) {
        if (i) hash.update(COMMA);
        hash.update(record(records[i]!));
      }
      hash.update(']');
    } else {
      hash.update(JSON.stringify(value));
    }
  }
  hash.update('}');
  return hash.digest('hex');
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

  /**
   * Writes a new account's file. Answers once it is written, with the means to write its first
   * backup from the same bytes: a file of its own (damage to one is not damage to the other), and
   * written after, so that the file's flush to the disk does not wait for the backup's. The
   * records are encoded before the first wait (the caller can use their cached bytes meanwhile:
   * accountJsonSha256) and frozen while the disk works.
   */
  async writeNew(data: Account): Promise<{ writeFirstBackup(): Promise<string> }> {
    const { bytes, fresh } = encodeAccount(data);
    const sealed = this.codec.seal(bytes);
    // A new account's file replaces nothing the store wrote; a file put there by another program is kept as a backup.
    const keepStray = () => this.backups.keepIfThere(this.path);
    const writing = Promise.all([this.writeBytes(sealed, keepStray), this.backups.made(), this.versions?.prepare()]);
    freezeRecords(fresh);
    await writing;
    return { writeFirstBackup: () => this.backups.keepBytes(sealed) };
  }

  async write(data: Account): Promise<void> {
    await this.writeBytes(this.codec.seal(serializeAccount(data)));
  }

  private async writeBytes(
    bytes: string | Uint8Array,
    keepOld: () => Promise<void> = async () => void (await this.backups.keep(this.path)),
  ): Promise<void> {
    await writeFileDurable(this.path, bytes, keepOld, { recreateIn: this.root });
    // The save is done; a version that cannot be kept (a full disk, say) is reported, never a failed save.
    await this.versions
      ?.keepIfDue(this.path)
      .catch((e: unknown) => console.error(`bidmap: keeping a version of ${this.path} failed:`, e));
  }
}
