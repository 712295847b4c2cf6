import type { Adapter } from 'lowdb';
import { Account, ACCOUNT_SCHEMA_VERSION } from '../../../shared/model/account';
import { ACCOUNT_MIGRATIONS } from '../../../shared/model/migrations';
import { writeFileDurable } from '../fs/durable-write';
import type { RollingBackups } from './backups';
import { readVersionedFile, type ReadResult } from './read-file';

/** Reads an account file: parsed, migrated to the current schema and validated. */
export function readAccountFile(path: string): Promise<ReadResult<Account>> {
  return readVersionedFile(path, Account, ACCOUNT_MIGRATIONS, ACCOUNT_SCHEMA_VERSION);
}

export function serializeAccount(account: Account): string {
  return JSON.stringify(account, null, 1);
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
  ) {}

  async read(): Promise<Account | null> {
    const result = await readAccountFile(this.path);
    if (!result.ok) throw new Error(`${this.path}: ${result.detail}`);
    return result.value;
  }

  async write(data: Account): Promise<void> {
    await writeFileDurable(this.path, serializeAccount(data), () => this.backups.keep(this.path));
  }
}
