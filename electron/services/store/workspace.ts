import { mkdir, readdir, rename } from 'node:fs/promises';
import { lastReviewDate } from '../../../shared/logic/history/cadence';
import { basename, join, relative } from 'node:path';
import { Low } from 'lowdb';
import { openValueOf, shareOf, zoneOf } from '../../../shared/logic/segmentation';
import { ACCOUNT_SCHEMA_VERSION, type Account } from '../../../shared/model/account';
import { checkAccount, isChecked } from '../../../shared/model/checked';
import { newId } from '../../../shared/model/ids';
import { Settings, WORKSPACE_SCHEMA_VERSION, type WorkspaceFile, type AccountIndexEntry, type SettingsPatch } from '../../../shared/model/workspace';
import type { AccountSummary, FileProblem, WorkspaceInfo } from '../../../shared/ipc/types';
import { savedAtOf, type VersionEntry } from '../../../shared/model/versions';
import { ServiceError, serviceText } from '../errors';
import { writeFileDurable } from '../fs/durable-write';
import { AccountFileAdapter, newestValidBackup, readAccountFile } from './account-file';
import { RollingBackups } from './backups';
import { inspectWorkspace, problemsOf } from './inspect';
import { fileStamp, workspacePaths, type WorkspacePaths } from './layout';
import { removeWorkspaceTemps } from './stale-temps';
import { AccountVersions } from './versions';
import { INDEX_KEY, SaveProblems, type SaveProblem } from './save-problems';
import { PLAIN, type FileCodec } from '../vault/file-codec';
import { readKeyring } from '../vault/keyring';

/** Edits are saved this long after the last one, so typing does not write on every key. */
export const SAVE_DELAY_MS = 400;

interface Damaged {
  problem: FileProblem;
  name: string;
  updatedAt: string;
}

const now = () => new Date().toISOString();

/** Whether a damaged account has a valid backup to offer, and when it was saved. */
async function backupOffer(dir: string, id: string, codec: FileCodec): Promise<Pick<FileProblem, 'backupAvailable' | 'backupSavedAt'>> {
  const backup = await newestValidBackup(new RollingBackups(dir), id, codec);
  return { backupAvailable: backup !== null, backupSavedAt: backup?.account.updatedAt ?? null };
}

export function summaryOf(a: Account): AccountSummary {
  return {
    id: a.id,
    name: a.name,
    zone: zoneOf(a.segmentation),
    potential: a.segmentation.potential,
    share: shareOf(a.segmentation),
    zoneSetByHand: a.segmentation.zoneOverride !== null,
    openValue: openValueOf(a.opportunities),
    openOpportunities: a.opportunities.filter((o) => o.status === 'open').length,
    peopleCount: a.people.length,
    reviewCadence: a.reviewCadence,
    lastReview: lastReviewDate(a.reviews),
    updatedAt: a.updatedAt,
    damaged: null,
  };
}

/**
 * One workspace folder: `workspace.json` (settings and an account index that is only a cache)
 * and one lowdb file per account. Loads every file at open, validating each; a file that fails
 * is moved to `damaged/` (never overwritten) and reported, and the rest opens.
 */
export class Workspace {
  readonly paths: WorkspacePaths;
  settings: Settings = Settings.parse({});
  problems: FileProblem[] = [];
  migrated: WorkspaceInfo['migrated'] = [];
  /** True when the folder held no workspace before this open. */
  isNew = false;

  private readonly dbs = new Map<string, Low<Account>>();
  private readonly damaged = new Map<string, Damaged>();
  private readonly timers = new Map<string, NodeJS.Timeout>();
  private readonly writes = new Map<string, Promise<void>>();
  private indexTimer: NodeJS.Timeout | null = null;
  private indexDirty = false;
  private closed = false;
  private readonly changeListeners = new Set<(id: string) => void>();
  /** Writes that failed (a full disk, a read-only folder…), retried until they work. */
  private readonly saveProblems = new SaveProblems((key) => {
    const retry = key === INDEX_KEY ? this.saveIndex() : this.saveNow(key);
    retry.catch(() => undefined); // recorded (and retried again) by saveProblems
  });

  private constructor(
    readonly dir: string,
    /** How its files are read and written: plain, or sealed by the unlocked vault. */
    readonly codec: FileCodec,
    /** The clock versions are kept by (tests pass their own). */
    private readonly now: () => number,
  ) {
    this.paths = workspacePaths(dir);
  }

  /**
   * Opens the folder. An encrypted one (it has a keyring) opens only with its vault: read as
   * plain, every file would look damaged.
   */
  static async open(dir: string, codec: FileCodec = PLAIN, options: { now?: () => number } = {}): Promise<Workspace> {
    if (!codec.encrypted && (await readKeyring(dir))) {
      throw new ServiceError('needsPassphrase', serviceText('workspaceEncrypted', { dir }));
    }
    const ws = new Workspace(dir, codec, options.now ?? Date.now);
    await ws.load();
    return ws;
  }

  private async load(): Promise<void> {
    await mkdir(this.paths.accounts, { recursive: true });
    const inspection = await inspectWorkspace(this.dir, this.codec);
    const problems = await problemsOf(this.dir, inspection, this.codec);
    const oldIndex = new Map<string, AccountIndexEntry>();
    if (inspection.index === null) {
      this.isNew = inspection.accounts.length === 0;
      this.indexDirty = true;
    } else if (inspection.index.ok) {
      this.settings = inspection.index.value.settings;
      for (const e of inspection.index.value.accounts) oldIndex.set(e.id, e);
      if (inspection.index.from < WORKSPACE_SCHEMA_VERSION) {
        this.migrated.push({ file: 'workspace.json', from: inspection.index.from, to: WORKSPACE_SCHEMA_VERSION });
        // The old version is kept, as for accounts, before the migrated index replaces it.
        await new RollingBackups(this.paths.indexBackups).keep(this.paths.index, { copy: true });
      }
      this.indexDirty = true; // rebuilt below from the account files; written once
    } else if (inspection.index.code !== 'newerVersion' && inspection.index.code !== 'unreadable' && inspection.index.code !== 'encrypted') {
      // A broken index is set aside like any damaged file, then rebuilt from the account files.
      this.indexDirty = true;
    }
    for (const problem of problems) {
      // A newer version's file, or one that could not be read just now, is not damaged: leave it.
      const leaveInPlace = problem.code === 'newerVersion' || problem.code === 'unreadable' || problem.code === 'encrypted';
      if (leaveInPlace) Object.assign(problem, { backupAvailable: false, backupSavedAt: null });
      else problem.movedTo = await this.moveAside(join(this.dir, problem.file));
      if (leaveInPlace && problem.accountId === null) this.indexDirty = false; // a newer workspace.json stays as it is
      if (problem.accountId) {
        const known = oldIndex.get(problem.accountId);
        this.damaged.set(problem.accountId, {
          problem,
          name: known?.name ?? problem.accountId,
          updatedAt: known?.updatedAt ?? now(),
        });
      }
    }
    // An account set aside at an earlier start has no file now; keep it listed until restored or removed.
    const present = new Set(inspection.accounts.map((a) => a.id));
    for (const entry of oldIndex.values()) {
      if (present.has(entry.id) || this.damaged.has(entry.id)) continue;
      const problem = await this.setAsideProblem(entry.id);
      if (!problem) continue;
      problems.push(problem);
      this.damaged.set(entry.id, { problem, name: entry.name, updatedAt: entry.updatedAt });
    }
    this.problems = problems;
    for (const { id, result } of inspection.accounts) {
      if (!result.ok) continue;
      const db = this.dbFor(id, result.value);
      if (result.from < ACCOUNT_SCHEMA_VERSION) {
        // Keep the migrated form on disk; the old bytes stay as the newest backup.
        await db.write();
        this.migrated.push({ file: `accounts/${id}.json`, from: result.from, to: ACCOUNT_SCHEMA_VERSION });
      }
    }
    await this.saveIndex();
    // Without this, every crash in the middle of a write would leave a full copy of a file behind.
    await removeWorkspaceTemps(this.dir, this.paths);
  }

  private dbFor(id: string, account: Account, adapter = this.adapterFor(id)): Low<Account> {
    const db = new Low(adapter, account);
    this.dbs.set(id, db);
    return db;
  }

  private adapterFor(id: string): AccountFileAdapter {
    const versions = new AccountVersions(this.paths.versions(id), this.now);
    return new AccountFileAdapter(this.paths.account(id), new RollingBackups(this.paths.backups(id)), this.codec, versions, this.dir);
  }

  /** The problem of an account whose file an earlier start moved to `damaged/`, if one is there. */
  private async setAsideProblem(id: string): Promise<FileProblem | null> {
    const prefix = `${basename(this.paths.account(id))}.`;
    const names = (await readdir(this.paths.damaged).catch(() => [] as string[])).filter((n) => n.startsWith(prefix)).sort();
    const newest = names.at(-1);
    if (!newest) return null;
    return {
      file: relative(this.dir, this.paths.account(id)),
      code: 'setAside',
      detail: `moved to damaged/${newest} at an earlier start`,
      movedTo: relative(this.dir, join(this.paths.damaged, newest)),
      accountId: id,
      ...(await backupOffer(this.paths.backups(id), id, this.codec)),
    };
  }

  /** Moves a damaged file to `damaged/`, returning its new place relative to the workspace. */
  private async moveAside(file: string): Promise<string> {
    await mkdir(this.paths.damaged, { recursive: true });
    const target = join(this.paths.damaged, `${basename(file)}.${fileStamp()}`);
    await rename(file, target);
    return relative(this.dir, target);
  }

  info(): WorkspaceInfo {
    return { path: this.dir, settings: this.settings, problems: this.problems, migrated: this.migrated };
  }

  list(): AccountSummary[] {
    const out: AccountSummary[] = [...this.dbs.values()].map((db) => summaryOf(db.data));
    for (const [id, d] of this.damaged) {
      out.push({ id, name: d.name, zone: null, potential: null, share: null, zoneSetByHand: false, openValue: [], openOpportunities: 0, peopleCount: 0, reviewCadence: 'none', lastReview: '', updatedAt: d.updatedAt, damaged: d.problem });
    }
    return out.sort((a, b) => a.name.localeCompare(b.name));
  }

  /** Every account that opened (damaged ones left out), as held in memory: nothing is read from disk. */
  accounts(): Account[] {
    return [...this.dbs.values()].map((db) => db.data);
  }

  has(id: string): boolean {
    return this.dbs.has(id);
  }

  /**
   * Calls `listener` with the id of every account that changes, arrives or leaves, as soon as it
   * does in memory (before it is saved). The search index uses it to refresh that account only.
   */
  onAccountChange(listener: (id: string) => void): () => void {
    this.changeListeners.add(listener);
    return () => this.changeListeners.delete(listener);
  }

  private changed(id: string): void {
    for (const listener of this.changeListeners) listener(id);
  }

  get(id: string): Account {
    const db = this.dbs.get(id);
    if (db) return db.data;
    const d = this.damaged.get(id);
    if (d) throw new ServiceError('damaged', serviceText('accountDamaged', { name: d.name, detail: d.problem.detail }));
    throw new ServiceError('notFound', serviceText('noAccount', { id }));
  }

  /** Replaces an account with `change(current)` and saves it after a short delay. */
  update(id: string, change: (current: Account) => Account): Account {
    const db = this.dbs.get(id);
    if (!db) return this.get(id);
    const before = summaryOf(db.data);
    db.data = { ...change(db.data), id, schemaVersion: ACCOUNT_SCHEMA_VERSION, updatedAt: now() };
    this.changed(id);
    const after = summaryOf(db.data);
    if (before.name !== after.name || before.zone !== after.zone || before.peopleCount !== after.peopleCount) {
      this.scheduleIndex();
    } else {
      this.indexDirty = true; // only updatedAt moved: written with the next index save or at flush
    }
    this.scheduleSave(id);
    return db.data;
  }

  private scheduleSave(id: string): void {
    clearTimeout(this.timers.get(id));
    this.timers.set(
      id,
      setTimeout(() => {
        this.saveNow(id).catch((e) => console.error(`bidmap: saving account ${id} failed:`, e));
      }, SAVE_DELAY_MS),
    );
  }

  /** Writes one account now (after any write of it already under way). */
  saveNow(id: string): Promise<void> {
    clearTimeout(this.timers.get(id));
    this.timers.delete(id);
    const db = this.dbs.get(id);
    if (!db) return Promise.resolve();
    const previous = Promise.all([this.writes.get(id), this.trailing.get(id)]);
    const next = previous
      .catch(() => {})
      .then(() => db.write())
      .then(
        () => this.saveProblems.succeeded(id),
        (e: unknown) => {
          throw this.saveProblems.failed(id, e, this.paths.account(id));
        },
      );
    this.writes.set(id, next);
    return next;
  }

  private scheduleIndex(): void {
    this.indexDirty = true;
    if (this.indexTimer) return;
    this.indexTimer = setTimeout(() => {
      this.indexTimer = null;
      this.saveIndex().catch((e) => console.error('bidmap: saving workspace.json failed:', e));
    }, SAVE_DELAY_MS);
  }

  /** Index writes run one after another, so an older snapshot never lands after a newer one. */
  private indexWrite: Promise<void> = Promise.resolve();

  private saveIndex(): Promise<void> {
    const next = this.indexWrite.catch(() => {}).then(async () => {
      if (!this.indexDirty) return;
      this.indexDirty = false;
      const file: WorkspaceFile = {
        schemaVersion: WORKSPACE_SCHEMA_VERSION,
        settings: this.settings,
        accounts: this.list().map(({ id, name, zone, peopleCount, updatedAt }) => ({ id, name, zone, peopleCount, updatedAt })),
      };
      try {
        await writeFileDurable(this.paths.index, this.codec.seal(JSON.stringify(file, null, 1)), undefined, { recreateIn: this.dir });
        this.saveProblems.succeeded(INDEX_KEY);
      } catch (e) {
        this.indexDirty = true;
        throw this.saveProblems.failed(INDEX_KEY, e, this.paths.index);
      }
    });
    this.indexWrite = next;
    return next;
  }

  async updateSettings(patch: SettingsPatch): Promise<Settings> {
    const given = Object.fromEntries(Object.entries(patch).filter(([, v]) => v !== undefined));
    this.settings = Settings.parse({ ...this.settings, ...given });
    this.indexDirty = true;
    await this.saveIndex();
    return this.settings;
  }

  /**
   * Adds complete accounts (demo, imports) and writes them at once. Each is checked against the
   * Account schema unless it is known to be valid as it is (shared/model/checked.ts): read from
   * a .bidmap file, or built by the contacts import from checked rows.
   */
  async add(accounts: readonly Account[]): Promise<AccountSummary[]> {
    for (const a of accounts) {
      if (this.dbs.has(a.id) || this.damaged.has(a.id)) throw new ServiceError('invalidInput', serviceText('accountExists', { id: a.id }));
    }
    // Every account is written at once; add answers when their files are. What follows them
    // finishes after, before the account's next save and before flush and close answer: each
    // one's first backup (so damage before its first edit is recoverable) and the index (a cache,
    // rebuilt from the account files if a crash leaves it behind them).
    const checked = accounts.map((a) => (isChecked(a) ? a : checkAccount(a)));
    const writes = checked.map((a) => {
      const adapter = this.adapterFor(a.id);
      this.dbFor(a.id, a, adapter);
      this.changed(a.id);
      const written = adapter.writeNew(a);
      this.writes.set(
        a.id,
        written.then(
          () => undefined,
          () => undefined, // add reports it
        ),
      );
      const first = written.then(
        (w) =>
          w.writeFirstBackup().then(
            () => undefined,
            (e: unknown) => console.error(`bidmap: the first backup of account ${a.id} failed:`, e),
          ),
        () => undefined,
      );
      this.trailing.set(a.id, first);
      return written;
    });
    this.indexDirty = true;
    this.saveIndex().catch(() => undefined); // a failure is recorded and retried (saveProblems)
    const settled = await Promise.allSettled(writes);
    const failed = settled.find((s) => s.status === 'rejected');
    if (failed) throw failed.reason;
    return accounts.map((a) => summaryOf(this.get(a.id)));
  }

  /** Writes that follow an account's own without holding it up (a new account's first backup). */
  private readonly trailing = new Map<string, Promise<void>>();

  /**
   * Runs `work` with the account's file once every write of it queued so far is done, and before
   * any write queued after: the file then holds what the last of those wrote, and nothing
   * replaces it until `work` is done. (A .bidmap import links the file of the account it just
   * added, as the base of later merges: called right after `add`, it links exactly what was added.)
   */
  afterWrites<T>(id: string, work: (file: string) => Promise<T>): Promise<T> {
    const previous = this.writes.get(id) ?? Promise.resolve();
    const result = previous.catch(() => {}).then(() => work(this.paths.account(id)));
    this.writes.set(
      id,
      result.then(
        () => undefined,
        () => undefined,
      ),
    );
    return result;
  }

  async create(name: string): Promise<AccountSummary> {
    const stamp = now();
    const account = checkAccount({ schemaVersion: ACCOUNT_SCHEMA_VERSION, id: newId('a'), name, createdAt: stamp, updatedAt: stamp });
    return (await this.add([account]))[0]!;
  }

  async rename(id: string, name: string): Promise<AccountSummary> {
    const account = this.update(id, (a) => ({ ...a, name }));
    await this.saveNow(id);
    await this.saveIndex();
    return summaryOf(account);
  }

  /** Moves the account's file to `trash/`; returns the name to undo with. */
  async delete(id: string): Promise<{ id: string; trashId: string }> {
    if (this.damaged.delete(id)) {
      this.problems = this.problems.filter((p) => p.accountId !== id);
      this.indexDirty = true;
      await this.saveIndex();
      return { id, trashId: '' };
    }
    this.get(id);
    await this.saveNow(id);
    await mkdir(this.paths.trash, { recursive: true });
    const trashId = `${id}.${fileStamp()}.json`;
    await rename(this.paths.account(id), join(this.paths.trash, trashId));
    this.dbs.delete(id);
    this.writes.delete(id);
    this.trailing.delete(id);
    this.changed(id);
    this.indexDirty = true;
    await this.saveIndex();
    return { id, trashId };
  }

  async undoDelete(trashId: string): Promise<AccountSummary> {
    const id = trashId.split('.')[0] ?? '';
    const from = join(this.paths.trash, basename(trashId));
    const result = await readAccountFile(from, this.codec);
    if (!result.ok) throw new ServiceError('notFound', serviceText('deletedGone', { detail: result.detail }));
    if (this.dbs.has(id)) throw new ServiceError('invalidInput', serviceText('accountExists', { id }));
    await rename(from, this.paths.account(id));
    this.dbFor(id, result.value);
    this.changed(id);
    this.indexDirty = true;
    await this.saveIndex();
    return summaryOf(result.value);
  }

  /** Replaces a damaged account with its newest readable backup. */
  async restoreBackup(id: string): Promise<AccountSummary> {
    const damaged = this.damaged.get(id);
    if (!damaged) throw new ServiceError('invalidInput', serviceText('notDamaged', { id }));
    if (damaged.problem.movedTo === null) {
      throw new ServiceError('invalidInput', serviceText('leftInPlace', { name: damaged.name, detail: damaged.problem.detail }));
    }
    const backup = await newestValidBackup(new RollingBackups(this.paths.backups(id)), id, this.codec);
    if (!backup) throw new ServiceError('notFound', serviceText('noBackup', { id }));
    await this.dbFor(id, backup.account).write();
    this.damaged.delete(id);
    this.changed(id);
    this.problems = this.problems.filter((p) => p.accountId !== id);
    this.indexDirty = true;
    await this.saveIndex();
    return summaryOf(backup.account);
  }

  /** The kept versions of an account, newest first. */
  async versions(id: string): Promise<VersionEntry[]> {
    this.get(id);
    const names = await new AccountVersions(this.paths.versions(id)).names();
    return names.reverse().map((versionId) => ({ versionId, savedAt: savedAtOf(versionId) }));
  }

  /** One kept version of an account, read and checked like the account's own file. */
  async version(id: string, versionId: string): Promise<Account> {
    const { name } = this.get(id);
    const result = await readAccountFile(join(this.paths.versions(id), basename(versionId)), this.codec);
    if (!result.ok && result.code === 'unreadable' && result.detail.includes('ENOENT')) throw new ServiceError('notFound', serviceText('versionGone', { account: name }));
    const savedAt = savedAtOf(versionId);
    if (!result.ok) throw new ServiceError('damaged', serviceText('versionDamaged', { account: name, savedAt, detail: result.detail }));
    if (result.value.id !== id) throw new ServiceError('damaged', serviceText('versionDamaged', { account: name, savedAt, detail: `it holds account ${result.value.id}` }));
    return result.value;
  }

  /** The writes that failed and wait for their retry, with the account's name. */
  storageStatus(): { problems: (SaveProblem & { name: string })[] } {
    return {
      problems: this.saveProblems.list().map((p) => ({ ...p, name: p.accountId ? (this.dbs.get(p.accountId)?.data.name ?? p.accountId) : 'workspace.json' })),
    };
  }

  /** Tries every failed write again now (the user fixed the cause and does not want to wait). */
  async retrySaves(): Promise<void> {
    await Promise.allSettled(this.saveProblems.keys().map((key) => (key === INDEX_KEY ? this.saveIndex() : this.saveNow(key))));
  }

  /** Writes every pending save. */
  async flush(): Promise<void> {
    // Pending saves, and saves that failed (written again now: a failure seen earlier may be over).
    const ids = new Set([...this.timers.keys(), ...this.saveProblems.keys().filter((k) => k !== INDEX_KEY)]);
    await Promise.all([...ids].map((id) => this.saveNow(id)));
    await Promise.all([...this.writes.values(), ...this.trailing.values()]);
    if (this.indexTimer) clearTimeout(this.indexTimer);
    this.indexTimer = null;
    await this.saveIndex();
  }

  async close(): Promise<void> {
    if (this.closed) return;
    await this.flush();
    this.saveProblems.stop();
    this.closed = true;
  }
}
