import type { ImportChoices } from '../../shared/model/sharing';
import { REDACTION_LEVELS, type RedactionLevel } from '../../shared/taxonomy/keys';
import { writeFileDurable } from '../services/fs/durable-write';
import { readLimited } from '../services/incoming/read-incoming';
import { applyImport, exportAccounts, previewImport } from '../services/sharing/exchange';
import { readBidmap } from '../services/sharing/read-bidmap';
import { Workspace } from '../services/store/workspace';
import type { FileCodec } from '../services/vault/file-codec';
import { findAccount, UsageError, type Out } from './commands';

/** Opens the workspace for a command that writes, and always closes it (pending writes flushed). */
async function withWorkspace<T>(dir: string, codec: FileCodec, run: (ws: Workspace) => Promise<T>): Promise<T> {
  const ws = await Workspace.open(dir, codec);
  try {
    return await run(ws);
  } finally {
    await ws.close();
  }
}

/** `bidmap export <account>... --level L --out FILE`: accounts as one .bidmap file, cut to the level. */
export async function exportCommand(dir: string, codec: FileCodec, keys: string[], options: { level?: string; out?: string; json: boolean }, out: Out): Promise<number> {
  if (keys.length === 0) throw new UsageError('export takes one or more accounts (id or name).');
  if (!options.level || !(REDACTION_LEVELS as readonly string[]).includes(options.level)) throw new UsageError(`--level must be one of ${REDACTION_LEVELS.join(', ')}.`);
  if (!options.out) throw new UsageError('--out FILE is required.');
  const target = options.out;
  return withWorkspace(dir, codec, async (ws) => {
    const ids: string[] = [];
    for (const key of keys) {
      const account = findAccount(ws.accounts(), key);
      if (!account) {
        out.error(`No single account matches "${key}" in ${dir}. Run \`bidmap list\` to see the ids.`);
        return 1;
      }
      ids.push(account.id);
    }
    const exported = await exportAccounts(ws, ids, options.level as RedactionLevel);
    try {
      await writeFileDurable(target, exported.json);
    } catch (e) {
      out.error(`Cannot write ${target}: ${(e as Error).message}`);
      return 1;
    }
    await exported.remember();
    const summary = { out: target, level: options.level, accounts: exported.file.accounts.map((a) => ({ id: a.id, name: a.name, people: a.people.length })), bytes: Buffer.byteLength(exported.json) };
    if (options.json) out.log(JSON.stringify(summary, null, 2));
    else out.log(`Wrote ${summary.accounts.length} account(s) at level ${options.level} to ${target} (${summary.bytes} bytes).`);
    return 0;
  });
}

/** `bidmap validate FILE`: reads and checks a .bidmap file without a workspace. */
export async function validateCommand(path: string, json: boolean, out: Out): Promise<number> {
  try {
    const incoming = await readLimited(path);
    const { file, migratedFrom } = readBidmap(incoming.name, incoming.bytes);
    const summary = { valid: true, level: file.level, schemaVersion: file.schemaVersion, migratedFrom, exportedAt: file.exportedAt, exportedBy: file.exportedBy, accounts: file.accounts.map((a) => ({ id: a.id, name: a.name, people: a.people.length })) };
    if (json) out.log(JSON.stringify(summary, null, 2));
    else {
      out.log(`${path}: valid .bidmap (file version ${file.schemaVersion}${migratedFrom !== null ? `, migrated from ${migratedFrom}` : ''}), level ${file.level}, exported ${file.exportedAt}${file.exportedBy ? ` by ${file.exportedBy}` : ''}`);
      for (const a of summary.accounts) out.log(`  ${a.id}\t${a.name}\t${a.people} people`);
    }
    return 0;
  } catch (e) {
    if (json) out.log(JSON.stringify({ valid: false, problem: (e as Error).message }, null, 2));
    else out.error((e as Error).message);
    return 1;
  }
}

/** `bidmap import FILE [--conflicts mine|theirs]`: adds new accounts, merges the others; never removes anyone. */
export async function importCommand(dir: string, codec: FileCodec, path: string, options: { conflicts?: string; json: boolean }, out: Out): Promise<number> {
  const side = options.conflicts ?? 'mine';
  if (side !== 'mine' && side !== 'theirs') throw new UsageError('--conflicts must be mine or theirs.');
  const incoming = await readLimited(path);
  const read = readBidmap(incoming.name, incoming.bytes);
  return withWorkspace(dir, codec, async (ws) => {
    const preview = await previewImport(ws, read);
    const damaged = preview.accounts.filter((a) => a.status === 'damaged');
    for (const a of damaged) out.error(`Skipped "${a.nameHere ?? a.name}": it is damaged here; restore its backup in the app first.`);
    const choices: ImportChoices = Object.fromEntries(preview.accounts.map((a) => [a.id, { skip: a.status === 'damaged', conflicts: {}, all: side, removeTheirs: [], leaveRemoved: [], confirmRemoval: false }]));
    const { results } = await applyImport(ws, read, choices);
    const rows = results.map((r) => {
      const report = preview.accounts.find((a) => a.id === r.id)?.report;
      return {
        id: r.id,
        name: r.name,
        result: r.kind,
        conflicts: report?.conflicts.length ?? 0,
        added: report?.added.length ?? 0,
        keptRemovedOnTheirSide: report?.removedTheirs.length ?? 0,
        /** Actions serving someone either side removed: kept, whatever happens to the person. */
        actionsOnRemovedPeople: report?.actionsOnRemoved.length ?? 0,
        takenFromTheirs: report?.taken ?? 0,
      };
    });
    if (options.json) out.log(JSON.stringify({ file: path, level: read.file.level, conflicts: side, accounts: rows }, null, 2));
    else {
      for (const r of rows) {
        const detail =
          r.result === 'merged'
            ? `: ${r.added} added, ${r.takenFromTheirs} field(s) taken, ${r.conflicts} conflict(s) resolved as ${side}, ${r.keptRemovedOnTheirSide} removed on their side kept` +
              (r.actionsOnRemovedPeople ? `, ${r.actionsOnRemovedPeople} action(s) serving someone removed kept` : '')
            : '';
        out.log(`${r.result}\t${r.name} [${r.id}]${detail}`);
      }
    }
    return damaged.length > 0 ? 1 : 0;
  });
}
