import type { FileCodec } from '../services/vault/file-codec';
import { existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import { newestValidBackup } from '../services/store/account-file';
import { RollingBackups } from '../services/store/backups';
import { Workspace } from '../services/store/workspace';
import type { FileProblem } from '../../shared/ipc/types';
import type { Out } from './commands';

interface Repair {
  file: string;
  code: FileProblem['code'];
  detail: string;
  /** Where the damaged bytes are kept, untouched (relative to the workspace); null when left in place. */
  keptAs: string | null;
  outcome: 'restored' | 'rebuilt' | 'setAside' | 'noBackup' | 'leftInPlace';
  /** The backup restored and the time its version was last edited. */
  backup?: { file: string; savedAt: string };
  repaired: boolean;
}

/** `2026-11-22T20:41:46.123Z` → `2026-11-22 20:41:46 UTC`. */
const shown = (iso: string) => `${iso.slice(0, 10)} ${iso.slice(11, 19)} UTC`;

function describe(r: Repair): string {
  const kept = r.keptAs ? `kept aside as ${r.keptAs}; ` : '';
  switch (r.outcome) {
    case 'restored':
      return `${kept}restored the newest valid backup, last saved ${shown(r.backup!.savedAt)} (${r.backup!.file})`;
    case 'rebuilt':
      return `${kept}rebuilt from the account files (the workspace settings are back to their defaults)`;
    case 'setAside':
      return `${kept}not an account file: nothing to restore`;
    case 'noBackup':
      return `${kept}no valid backup to restore: the account stays listed as damaged`;
    case 'leftInPlace':
      return r.code === 'newerVersion'
        ? 'written by a newer Bidmap: left as it is (open it with that version)'
        : 'could not be read: left as it is (check its permissions, then run doctor again)';
  }
}

/**
 * `bidmap doctor --repair`: what the app does at start, then what its "Restore last backup" does,
 * for every damaged file. Opening the workspace moves each damaged file to `damaged/` (never
 * deleted, never changed) and rebuilds a damaged workspace.json from the account files; each
 * damaged account then gets its newest valid backup back.
 */
export async function repair(dir: string, codec: FileCodec, json: boolean, out: Out): Promise<number> {
  if (!existsSync(join(dir, 'workspace.json')) && !existsSync(join(dir, 'accounts'))) {
    out.error(`${dir} is not a Bidmap workspace (no workspace.json, no accounts/).`);
    return 1;
  }
  const ws = await Workspace.open(dir, codec);
  const repairs: Repair[] = [];
  try {
    for (const p of ws.info().problems) {
      const base = { file: p.file, code: p.code, detail: p.detail, keptAs: p.movedTo };
      if (p.movedTo === null) {
        repairs.push({ ...base, outcome: 'leftInPlace', repaired: false });
      } else if (p.accountId === null) {
        // workspace.json is written anew by the open; any other such file is not an account.
        repairs.push({ ...base, outcome: p.file === 'workspace.json' ? 'rebuilt' : 'setAside', repaired: true });
      } else {
        const backup = await newestValidBackup(new RollingBackups(ws.paths.backups(p.accountId)), p.accountId, codec);
        if (!backup) {
          repairs.push({ ...base, outcome: 'noBackup', repaired: false });
          continue;
        }
        await ws.restoreBackup(p.accountId);
        repairs.push({ ...base, outcome: 'restored', backup: { file: relative(dir, backup.path), savedAt: backup.account.updatedAt }, repaired: true });
      }
    }
  } finally {
    await ws.close();
  }
  const left = repairs.filter((r) => !r.repaired).length;
  if (json) {
    out.log(JSON.stringify({ workspace: dir, repaired: repairs.length - left, left, repairs }, null, 2));
    return left ? 1 : 0;
  }
  for (const r of repairs) {
    out.log(`${r.file}: ${r.code}: ${r.detail}`);
    if (r.repaired) out.log(`  ${describe(r)}`);
    else out.error(`  ${describe(r)}`);
  }
  const valid = ws.accounts().length;
  if (repairs.length === 0) out.log(`Nothing to repair: ${valid} account file(s) valid in ${dir}`);
  else if (left === 0) out.log(`Repaired ${repairs.length} problem(s) in ${dir}; ${valid} account file(s) valid`);
  else out.error(`Repaired ${repairs.length - left} of ${repairs.length} problem(s) in ${dir}; ${left} left`);
  return left ? 1 : 0;
}
