import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { serializeAccount } from '../../electron/services/store/account-file';
import { fileStamp, workspacePaths } from '../../electron/services/store/layout';
import type { Account } from '../../shared/model/account';

/** Keeps `account` as a version saved at `at`, exactly as the store keeps one (a plain workspace). */
export async function keepVersion(dir: string, account: Account, at: Date): Promise<string> {
  const folder = workspacePaths(dir).versions(account.id);
  await mkdir(folder, { recursive: true });
  const name = `${fileStamp(at)}.json`;
  await writeFile(join(folder, name), serializeAccount(account));
  return name;
}
