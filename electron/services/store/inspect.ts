import { readdir } from 'node:fs/promises';
import { relative } from 'node:path';
import type { Account } from '../../../shared/model/account';
import { Id } from '../../../shared/model/ids';
import { WORKSPACE_MIGRATIONS } from '../../../shared/model/migrations';
import { WORKSPACE_SCHEMA_VERSION, WorkspaceFile } from '../../../shared/model/workspace';
import type { FileProblem } from '../../../shared/ipc/types';
import { newestValidBackup, readAccountFile } from './account-file';
import { RollingBackups } from './backups';
import { readVersionedFile, type ReadResult } from './read-file';
import { workspacePaths } from './layout';
import { PLAIN, type FileCodec } from '../vault/file-codec';

export interface InspectedAccount {
  id: string;
  file: string;
  result: ReadResult<Account>;
}

export interface Inspection {
  /** Null when workspace.json does not exist. */
  index: ReadResult<WorkspaceFile> | null;
  accounts: InspectedAccount[];
}

/** Reads and validates every file of a workspace without changing anything. */
export async function inspectWorkspace(dir: string, codec: FileCodec = PLAIN): Promise<Inspection> {
  const paths = workspacePaths(dir);
  let index: ReadResult<WorkspaceFile> | null = await readVersionedFile(
    paths.index,
    WorkspaceFile,
    WORKSPACE_MIGRATIONS,
    WORKSPACE_SCHEMA_VERSION,
    codec,
  );
  if (!index.ok && index.code === 'unreadable' && index.detail.includes('ENOENT')) index = null;
  let names: string[] = [];
  try {
    names = (await readdir(paths.accounts)).filter((n) => n.endsWith('.json')).sort();
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw e;
  }
  const accounts = await Promise.all(
    names.map(async (name): Promise<InspectedAccount> => {
      const id = name.slice(0, -'.json'.length);
      const file = paths.account(id);
      let result = await readAccountFile(file, codec);
      if (result.ok && result.value.id !== id) {
        result = { ok: false, code: 'invalidSchema', detail: `id "${result.value.id}" does not match the file name` };
      }
      return { id, file, result };
    }),
  );
  return { index, accounts };
}

/** The problems of an inspection, as reported to the user (files relative to the workspace). */
export async function problemsOf(dir: string, inspection: Inspection, codec: FileCodec = PLAIN): Promise<FileProblem[]> {
  const paths = workspacePaths(dir);
  const problems: FileProblem[] = [];
  if (inspection.index && !inspection.index.ok) {
    const { code, detail } = inspection.index;
    problems.push({ file: relative(dir, paths.index), code, detail, movedTo: null, accountId: null, backupAvailable: false, backupSavedAt: null });
  }
  for (const a of inspection.accounts) {
    if (a.result.ok) continue;
    const accountId = Id.safeParse(a.id).success ? a.id : null;
    const backup = accountId ? await newestValidBackup(new RollingBackups(paths.backups(accountId)), accountId, codec) : null;
    problems.push({
      file: relative(dir, a.file),
      code: a.result.code,
      detail: a.result.detail,
      movedTo: null,
      accountId,
      backupAvailable: backup !== null,
      backupSavedAt: backup?.account.updatedAt ?? null,
    });
  }
  return problems;
}
