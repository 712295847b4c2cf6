import { applyPatch, invertPatch, isEmptyPatch, newChartProblem } from '../../../shared/logic/chart';
import { patchBetween } from '../../../shared/logic/chart/between';
import { redactAccount } from '../../../shared/logic/redaction';
import { mergeAccount, type MergeChoices } from '../../../shared/logic/sharing/merge';
import { APP_VERSION } from '../../../shared/app-version';
import type { Account } from '../../../shared/model/account';
import { BIDMAP_FILE_VERSION, BidmapFile } from '../../../shared/model/bidmap-file';
import { isLargeRemoval, type ImportChoices, type ImportPreview, type ImportResult } from '../../../shared/model/sharing';
import type { RedactionLevel } from '../../../shared/taxonomy/keys';
import { ServiceError } from '../errors';
import { RollingBackups } from '../store/backups';
import type { Workspace } from '../store/workspace';
import type { ReadBidmap } from './read-bidmap';
import { Snapshots, snapshotId } from './snapshots';

const snapshotsOf = (ws: Workspace, id: string) => new Snapshots(ws.paths.exchange(id));

export interface Exported {
  file: BidmapFile;
  json: string;
  /** Keeps each account as sent, the base of later merges; call once the file is written. */
  remember(): Promise<void>;
}

/**
 * A .bidmap file of some accounts at a level. The level is applied here, in the services (the
 * same allow-list as briefings), so what a file may carry never depends on the page.
 */
export async function exportAccounts(ws: Workspace, ids: readonly string[], level: RedactionLevel): Promise<Exported> {
  const unique = [...new Set(ids)];
  const accounts = unique.map((id) => redactAccount(ws.get(id), level));
  const bases: Record<string, string> = {};
  for (const id of unique) {
    const newest = await snapshotsOf(ws, id).newest();
    if (newest) bases[id] = newest;
  }
  const file = BidmapFile.parse({
    format: 'bidmap',
    schemaVersion: BIDMAP_FILE_VERSION,
    appVersion: APP_VERSION,
    exportedAt: new Date().toISOString(),
    exportedBy: ws.settings.preparedBy,
    level,
    accounts,
    bases,
  });
  return {
    file,
    json: JSON.stringify(file, null, 1),
    remember: async () => {
      for (const account of file.accounts) await snapshotsOf(ws, account.id).remember(account);
    },
  };
}

/** The common base of their account and mine: null when none is known, 'same' when theirs is a version we had. */
async function baseOf(ws: Workspace, theirs: Account, named: string | undefined): Promise<Account | 'same' | null> {
  const snapshots = snapshotsOf(ws, theirs.id);
  if (await snapshots.find(snapshotId(theirs))) return 'same';
  return named ? snapshots.find(named) : null;
}

type PreviewAccount = ImportPreview['accounts'][number];

function namesOf(...accounts: Account[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const a of accounts) for (const p of a.people) out[p.id] ??= p.name;
  for (const a of accounts) for (const m of a.team) out[m.id] ??= m.name;
  return out;
}

/** What importing the file would do, account by account (nothing is written). */
export async function previewImport(ws: Workspace, read: ReadBidmap): Promise<Omit<ImportPreview, 'stagingId' | 'fileName'>> {
  const { file } = read;
  const accounts: PreviewAccount[] = [];
  for (const theirs of file.accounts) {
    const common = { id: theirs.id, name: theirs.name, people: theirs.people.length };
    const here = ws.list().find((s) => s.id === theirs.id);
    if (here?.damaged) {
      accounts.push({ ...common, nameHere: here.name, peopleHere: null, status: 'damaged', hasBase: false, report: null, names: {} });
      continue;
    }
    if (!here) {
      accounts.push({ ...common, nameHere: null, peopleHere: null, status: 'new', hasBase: false, report: null, names: {} });
      continue;
    }
    const mine = ws.get(theirs.id);
    const base = await baseOf(ws, theirs, file.bases[theirs.id]);
    if (base === 'same') {
      accounts.push({ ...common, nameHere: mine.name, peopleHere: mine.people.length, status: 'unchanged', hasBase: true, report: null, names: {} });
      continue;
    }
    const { account, report } = mergeAccount({ mine, theirs, base, level: file.level });
    // Nothing to ask and nothing that would change here (order of lines aside): up to date.
    const unchanged = report.conflicts.length === 0 && report.removedTheirs.length === 0 && isEmptyPatch(patchBetween(mine, account));
    accounts.push({ ...common, nameHere: mine.name, peopleHere: mine.people.length, status: unchanged ? 'unchanged' : 'merge', hasBase: base !== null, report, names: namesOf(mine, theirs) });
  }
  return { level: file.level, exportedAt: file.exportedAt, exportedBy: file.exportedBy, appVersion: file.appVersion, migratedFrom: read.migratedFrom, accounts };
}

type Result = ImportResult['results'][number];

/**
 * Imports the file with the user's choices: a new account is added; one already here is merged
 * as one edit, after a backup of it is taken. Each account received is kept as the base of the
 * next merge with whoever sent it.
 */
export async function applyImport(ws: Workspace, read: ReadBidmap, choices: ImportChoices): Promise<ImportResult> {
  const { file } = read;
  type Step =
    | { kind: 'skipped'; theirs: Account; name: string }
    | { kind: 'unchanged'; theirs: Account; name: string }
    | { kind: 'added'; theirs: Account }
    | { kind: 'merged'; theirs: Account; mine: Account; merged: Account };
  // Everything is decided before anything is written: a refusal (a damaged account, a large
  // removal not confirmed) leaves the workspace as it was.
  const steps: Step[] = [];
  for (const theirs of file.accounts) {
    const choice = choices[theirs.id];
    if (choice?.skip) {
      steps.push({ kind: 'skipped', theirs, name: theirs.name });
      continue;
    }
    const here = ws.list().find((s) => s.id === theirs.id);
    if (here?.damaged) throw new ServiceError('damaged', `"${here.name}" is damaged here: restore its backup before merging a file into it. Nothing was imported.`);
    if (!here) {
      steps.push({ kind: 'added', theirs });
      continue;
    }
    const mine = ws.get(theirs.id);
    const base = await baseOf(ws, theirs, file.bases[theirs.id]);
    if (base === 'same') {
      steps.push({ kind: 'unchanged', theirs, name: mine.name });
      continue;
    }
    const merged = mergeAccount({ mine, theirs, base, level: file.level, choices: choice as MergeChoices | undefined }).account;
    const kept = new Set(merged.people.map((p) => p.id));
    const removed = mine.people.filter((p) => !kept.has(p.id)).length;
    if (isLargeRemoval(removed, mine.people.length) && !choice?.confirmRemoval) {
      throw new ServiceError(
        'invalidInput',
        `Merging "${mine.name}" would remove ${removed} of its ${mine.people.length} people (${Math.round((removed / mine.people.length) * 100)}%): confirm that removal to go on. Nothing was imported.`,
      );
    }
    steps.push({ kind: 'merged', theirs, mine, merged });
  }

  const results: Result[] = [];
  for (const step of steps) {
    const { theirs } = step;
    const none = { id: theirs.id, name: theirs.name, undo: null, forward: null };
    if (step.kind === 'skipped' || step.kind === 'unchanged') {
      results.push({ ...none, name: step.name, kind: step.kind });
      continue;
    }
    if (step.kind === 'added') {
      await ws.add([theirs]);
      await snapshotsOf(ws, theirs.id).remember(theirs);
      results.push({ ...none, kind: 'added' });
      continue;
    }
    const { mine, merged } = step;
    const patch = patchBetween(mine, merged);
    if (isEmptyPatch(patch)) {
      await snapshotsOf(ws, theirs.id).remember(theirs);
      results.push({ ...none, name: mine.name, kind: 'unchanged' });
      continue;
    }
    // The account as it is now (pending edits written first) is kept before the merge lands.
    await ws.saveNow(theirs.id);
    await new RollingBackups(ws.paths.backups(theirs.id)).keep(ws.paths.account(theirs.id), { copy: true });
    const after = ws.update(theirs.id, (current) => {
      const next = applyPatch(current, patch);
      const problem = newChartProblem(current, next);
      if (problem) throw new ServiceError('invalidInput', `The merge of "${current.name}" was refused: it would break the chart's rules (${problem.code}).`);
      return next;
    });
    await ws.saveNow(theirs.id);
    await snapshotsOf(ws, theirs.id).remember(theirs);
    results.push({ id: theirs.id, name: after.name, kind: 'merged', forward: patch, undo: invertPatch(mine, patch) });
  }
  return { results };
}
