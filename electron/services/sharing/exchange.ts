import { applyPatch, invertPatch, isEmptyPatch, newChartProblem } from '../../../shared/logic/chart';
import { patchBetween } from '../../../shared/logic/chart/between';
import { redactAccount } from '../../../shared/logic/redaction';
import { mergeAccount, type MergeChoices } from '../../../shared/logic/sharing/merge';
import { APP_VERSION } from '../../../shared/app-version';
import type { Account } from '../../../shared/model/account';
import { BIDMAP_FILE_VERSION, BidmapFile } from '../../../shared/model/bidmap-file';
import type { ChartPatch } from '../../../shared/model/chart-patch';
import { isLargeRemoval, type ImportChoices, type ImportPreview, type ImportResult } from '../../../shared/model/sharing';
import type { RedactionLevel } from '../../../shared/taxonomy/keys';
import { ServiceError, serviceText } from '../errors';
import { RollingBackups } from '../store/backups';
import type { Workspace } from '../store/workspace';
import type { ReadBidmap } from './read-bidmap';
import { Snapshots, snapshotId } from './snapshots';

const snapshotsOf = (ws: Workspace, id: string) => new Snapshots(ws.paths.exchange(id), ws.codec);

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
  const bases: Record<string, string[]> = {};
  for (const id of unique) {
    const kept = await snapshotsOf(ws, id).ids();
    if (kept.length) bases[id] = kept;
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
      for (const account of file.accounts) await snapshotsOf(ws, account.id).remember(account, level);
    },
  };
}

type Base = { kind: 'same' } | { kind: 'known'; account: Account; level: RedactionLevel } | { kind: 'none' };

/** The common base of their account and mine: the newest version the file names that we have too. */
async function baseOf(ws: Workspace, theirs: Account, named: readonly string[] | undefined): Promise<Base> {
  const snapshots = snapshotsOf(ws, theirs.id);
  if (await snapshots.find(snapshotId(theirs))) return { kind: 'same' };
  for (const id of named ?? []) {
    const found = await snapshots.find(id);
    if (found) return { kind: 'known', ...found };
  }
  return { kind: 'none' };
}

const baseInput = (base: Base) => (base.kind === 'known' ? { base: base.account, baseLevel: base.level } : { base: null });

type PreviewAccount = ImportPreview['accounts'][number];

/** The workspace's accounts (damaged ones too) by id, listed once per file rather than once per account in it. */
const summariesById = (ws: Workspace) => new Map(ws.list().map((s) => [s.id, s]));

/**
 * Names by id on either side (people, our team, competitors, opportunities, and the plan's actions,
 * criteria and whitespace lines), so a difference names what it is about; own properties only.
 */
function namesOf(...accounts: Account[]): Record<string, string> {
  const out: Record<string, string> = {};
  const put = (id: string, name: string) => {
    if (!Object.hasOwn(out, id)) out[id] = name;
  };
  for (const a of accounts) {
    const { products, units } = a.whitespace;
    for (const r of [...a.people, ...a.team, ...a.competitors, ...a.opportunities, ...products, ...units]) put(r.id, r.name);
    for (const r of [...a.actions, ...a.opportunities.flatMap((o) => o.criteria)]) put(r.id, r.text);
  }
  return out;
}

/** What importing the file would do, account by account (nothing is written). */
export async function previewImport(ws: Workspace, read: ReadBidmap): Promise<Omit<ImportPreview, 'stagingId' | 'fileName'>> {
  const { file } = read;
  const accounts: PreviewAccount[] = [];
  const summaries = summariesById(ws);
  for (const theirs of file.accounts) {
    const common = { id: theirs.id, name: theirs.name, people: theirs.people.length };
    const here = summaries.get(theirs.id);
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
    if (base.kind === 'same') {
      accounts.push({ ...common, nameHere: mine.name, peopleHere: mine.people.length, status: 'unchanged', hasBase: true, report: null, names: {} });
      continue;
    }
    const { account, report } = mergeAccount({ mine, theirs, ...baseInput(base), level: file.level });
    // Nothing to ask and nothing that would change here (order of lines aside): up to date.
    const unchanged = report.conflicts.length === 0 && report.removedTheirs.length === 0 && isEmptyPatch(patchBetween(mine, account));
    const hasBase = mergeUsedBase(base, file.level);
    accounts.push({ ...common, nameHere: mine.name, peopleHere: mine.people.length, status: unchanged ? 'unchanged' : 'merge', hasBase, report, names: namesOf(mine, theirs) });
  }
  return { level: file.level, exportedAt: file.exportedAt, exportedBy: file.exportedBy, appVersion: file.appVersion, migratedFrom: read.migratedFrom, accounts };
}

const RANK: Record<RedactionLevel, number> = { map: 0, team: 1, full: 2 };
/** A base exchanged at a lower level than the file's cannot be used (see mergeAccount). */
const mergeUsedBase = (base: Base, level: RedactionLevel) => base.kind === 'known' && RANK[base.level] >= RANK[level];

type Result = ImportResult['results'][number];

/** One merge as decided, checked against the chart's rules and the removal fail-safe. */
function decideMerge(mine: Account, theirs: Account, base: Base, level: RedactionLevel, choice: MergeChoices & { confirmRemoval?: boolean }): { patch: ChartPatch } {
  const merged = mergeAccount({ mine, theirs, ...baseInput(base), level, choices: choice }).account;
  const kept = new Set(merged.people.map((p) => p.id));
  const removed = mine.people.filter((p) => !kept.has(p.id)).length;
  if (isLargeRemoval(removed, mine.people.length) && !choice.confirmRemoval) {
    throw new ServiceError(
      'invalidInput',
      serviceText('mergeRemoves', { name: mine.name, removed, total: mine.people.length, percent: Math.round((removed / mine.people.length) * 100) }),
    );
  }
  const patch = patchBetween(mine, merged);
  const problem = newChartProblem(mine, applyPatch(mine, patch));
  if (problem) throw new ServiceError('invalidInput', serviceText('mergeBreaksChart', { name: mine.name, detail: problem.code }));
  return { patch };
}

/**
 * Imports the file with the user's choices: a new account is added; one already here is merged
 * as one edit, after a backup of it is taken; one damaged here is skipped. Each account received
 * is kept as the base of the next merge with whoever sent it.
 */
export async function applyImport(ws: Workspace, read: ReadBidmap, choices: ImportChoices): Promise<ImportResult> {
  const { file } = read;
  type Step =
    | { kind: 'skipped'; theirs: Account; name: string }
    | { kind: 'unchanged'; theirs: Account; name: string }
    | { kind: 'added'; theirs: Account }
    | { kind: 'merged'; theirs: Account; mine: Account; base: Base; choice: MergeChoices & { confirmRemoval?: boolean }; patch: ChartPatch };
  // Everything is decided and checked before anything is written: a refusal (a large removal not
  // confirmed, a chart rule) leaves the workspace as it was.
  const steps: Step[] = [];
  const summaries = summariesById(ws);
  for (const theirs of file.accounts) {
    const choice = choices[theirs.id] ?? { skip: false, conflicts: {}, removeTheirs: [], leaveRemoved: [], confirmRemoval: false };
    const here = summaries.get(theirs.id);
    if (choice.skip || here?.damaged) {
      steps.push({ kind: 'skipped', theirs, name: here?.name ?? theirs.name });
      continue;
    }
    if (!here) {
      steps.push({ kind: 'added', theirs });
      continue;
    }
    const mine = ws.get(theirs.id);
    const base = await baseOf(ws, theirs, file.bases[theirs.id]);
    if (base.kind === 'same') {
      steps.push({ kind: 'unchanged', theirs, name: mine.name });
      continue;
    }
    steps.push({ kind: 'merged', theirs, mine, base, choice, patch: decideMerge(mine, theirs, base, file.level, choice).patch });
  }

  const results: Result[] = [];
  for (const step of steps) {
    const { theirs } = step;
    const none = { id: theirs.id, name: theirs.name, undo: null, forward: null, snapshot: null, updatedAt: null };
    if (step.kind === 'skipped' || step.kind === 'unchanged') {
      results.push({ ...none, name: step.name, kind: step.kind });
      continue;
    }
    if (step.kind === 'added') {
      const adding = ws.add([theirs]);
      // Hashed while its file is being written (add encodes the account before its first wait).
      const id = snapshotId(theirs);
      // Kept as the base of later merges by a link to its file, made before any later save can
      // replace that file (as versions are kept): not a second write of it.
      const keeping = ws.afterWrites(theirs.id, async (path) => {
        await adding;
        return snapshotsOf(ws, theirs.id).remember(theirs, file.level, { heldBy: path, id });
      });
      const [[summary], snapshot] = await Promise.all([adding, keeping]);
      results.push({ ...none, kind: 'added', snapshot, updatedAt: summary!.updatedAt });
      continue;
    }
    // The account as it is now (pending edits written first) is kept before the merge lands.
    await ws.saveNow(theirs.id);
    await new RollingBackups(ws.paths.backups(theirs.id)).keep(ws.paths.account(theirs.id), { copy: true });
    // An edit may have landed while deciding or writing the backup: merge into the account as it is now.
    const current = ws.get(theirs.id);
    const patch = current === step.mine ? step.patch : decideMerge(current, theirs, step.base, file.level, step.choice).patch;
    if (isEmptyPatch(patch)) {
      const snapshot = await snapshotsOf(ws, theirs.id).remember(theirs, file.level);
      results.push({ ...none, name: current.name, kind: 'unchanged', snapshot });
      continue;
    }
    const after = ws.update(theirs.id, (now) => applyPatch(now, patch));
    await ws.saveNow(theirs.id);
    const snapshot = await snapshotsOf(ws, theirs.id).remember(theirs, file.level);
    results.push({ id: theirs.id, name: after.name, kind: 'merged', forward: patch, undo: invertPatch(current, patch), snapshot, updatedAt: after.updatedAt });
  }
  return { results };
}

/** Forgets the version an undone import brought: it is no longer one both sides share. */
export async function forgetSnapshot(ws: Workspace, accountId: string, snapshot: string): Promise<void> {
  await snapshotsOf(ws, accountId).forget(snapshot);
}
