import { randomUUID } from 'node:crypto';
import { readFileSync, unlinkSync } from 'node:fs';
import { link, mkdir, open, readFile, rename, stat, unlink, writeFile } from 'node:fs/promises';
import { hostname, uptime } from 'node:os';
import { join, resolve } from 'node:path';
import { z } from 'zod';
import { ServiceError, serviceText } from '../errors';
import { formatServiceText } from '../../../shared/i18n/service-text';

/**
 * One writer per workspace: the app (or a writing CLI command) keeps `.bidmap.lock` in the
 * workspace folder while it has the folder open. proper-lockfile and its kin judge staleness by
 * mtime alone; we also want the holder's pid and host in the file, to name them to the user and
 * to tell a crashed holder on this machine at once, so this is a small lock of our own.
 *
 * When a lock is stale (taken over without asking):
 * - on this host: its process is gone (`kill(pid, 0)` says ESRCH), or it started before this
 *   machine last booted (its pid may belong to someone else now). A live pid on this host is
 *   never stale, however old its heartbeat: a laptop that slept has not fired its timer yet.
 * - on another host (a shared or synced folder), where we cannot ask about its pid: its
 *   heartbeat, rewritten every 30 s, is older than 2 minutes. Generous, so a busy or briefly
 *   offline writer keeps its lock; the price is a 2-minute wait after a crash elsewhere.
 *
 * Taking over is race-safe: a remover first creates `.bidmap.lock.takeover` exclusively, reads
 * the lock again under it and removes it only if it is still the stale one judged (moved aside
 * to a unique name, compared, then deleted); then everyone competes with an exclusive create,
 * which exactly one wins.
 */
export const LOCK_FILE = '.bidmap.lock';
const TAKEOVER_FILE = '.bidmap.lock.takeover';
export const HEARTBEAT_MS = 30_000;
export const STALE_AFTER_MS = 120_000;
/** A takeover takes milliseconds; a guard older than this was left by a crash. */
const GUARD_STALE_MS = 10_000;
/** A lock file that cannot be read is being written (or was cut off by a crash when older). */
const UNREADABLE_GRACE_MS = 5_000;
/** Clocks drift and boot times are rounded: a lock this close to the boot is not judged by it. */
const BOOT_SLACK_MS = 120_000;

export const LockInfo = z.object({
  pid: z.number().int(),
  host: z.string(),
  app: z.enum(['app', 'cli']),
  startedAt: z.string(),
  heartbeatAt: z.string(),
  /** Tells this holding apart from a later one by the same pid. */
  token: z.string(),
});
export type LockInfo = z.infer<typeof LockInfo>;
export type LockApp = LockInfo['app'];

/** Refusal to open a workspace another live Bidmap holds. */
export class WorkspaceLockedError extends ServiceError {
  constructor(
    readonly holder: LockInfo,
    readonly dir: string,
  ) {
    super('locked', lockedText(holder));
  }
}

const pad = (n: number) => String(n).padStart(2, '0');
/** Local time, to the minute: when the holder opened the workspace. */
function localTime(iso: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())} ${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

const lockedText = (h: LockInfo) => serviceText(h.app === 'cli' ? 'lockHeldByCli' : 'lockHeldByApp', { host: h.host, pid: h.pid, since: localTime(h.startedAt) });

export const lockedMessage = (h: LockInfo): string => formatServiceText(lockedText(h));

function pidAlive(pid: number): boolean {
  if (pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM'; // alive, only someone else's
  }
}

/** Why a lock is stale, or null when its holder may still be writing. */
export function staleReason(h: LockInfo, now = Date.now()): string | null {
  if (h.host === hostname()) {
    const started = Date.parse(h.startedAt);
    if (started < now - uptime() * 1000 - BOOT_SLACK_MS) return 'held since before this machine started';
    if (h.pid === process.pid) return held.has(h.token) ? null : 'left by an earlier process with this pid';
    return pidAlive(h.pid) ? null : `process ${h.pid} is no longer running`;
  }
  const beat = Date.parse(h.heartbeatAt);
  return Number.isNaN(beat) || now - beat > STALE_AFTER_MS ? `no heartbeat from ${h.host} for over ${STALE_AFTER_MS / 60_000} minutes` : null;
}

type Read = { kind: 'none' } | { kind: 'lock'; info: LockInfo; bytes: string } | { kind: 'unreadable'; bytes: string; ageMs: number };

async function readLock(path: string): Promise<Read> {
  let bytes: string;
  try {
    bytes = await readFile(path, 'utf8');
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return { kind: 'none' };
    throw e;
  }
  try {
    return { kind: 'lock', info: LockInfo.parse(JSON.parse(bytes)), bytes };
  } catch {
    const ageMs = await stat(path).then(
      (s) => Date.now() - s.mtimeMs,
      () => 0,
    );
    return { kind: 'unreadable', bytes, ageMs };
  }
}

/** Creates `path` with `bytes` only if it does not exist; false if it does. */
async function createExclusive(path: string, bytes: string): Promise<boolean> {
  let handle;
  try {
    handle = await open(path, 'wx');
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw e;
  }
  try {
    await handle.writeFile(bytes);
    await handle.sync();
  } finally {
    await handle.close();
  }
  return true;
}

const unique = (path: string) => `${path}.${process.pid}-${randomUUID().slice(0, 8)}`;

/**
 * Removes `path` if it still holds `bytes`: moved aside first (atomic), so what is compared is
 * what was removed; anything else found there is put back.
 */
async function removeIfUnchanged(path: string, bytes: string): Promise<void> {
  const aside = unique(path);
  try {
    await rename(path, aside);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return;
    throw e;
  }
  const moved = await readFile(aside, 'utf8').catch(() => null);
  if (moved !== bytes) await link(aside, path).catch(() => undefined); // someone else's: back (unless replaced)
  await unlink(aside).catch(() => undefined);
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Removes a stale lock under the takeover guard; false when another process holds the guard. */
async function takeOver(dir: string, judged: string): Promise<boolean> {
  const guard = join(dir, TAKEOVER_FILE);
  const mine = JSON.stringify({ pid: process.pid, host: hostname(), at: new Date().toISOString(), token: randomUUID() });
  if (!(await createExclusive(guard, mine))) {
    const other = await readFile(guard, 'utf8').catch(() => null);
    const age = await stat(guard).then(
      (s) => Date.now() - s.mtimeMs,
      () => 0,
    );
    if (other !== null && age > GUARD_STALE_MS) await removeIfUnchanged(guard, other);
    return false;
  }
  try {
    const path = join(dir, LOCK_FILE);
    const now = await readFile(path, 'utf8').catch(() => null);
    if (now === judged) await removeIfUnchanged(path, judged);
  } finally {
    await removeIfUnchanged(guard, mine);
  }
  return true;
}

/** Tokens of the locks this process holds, by folder: reopening a folder held here is allowed. */
const held = new Map<string, WorkspaceLock>();
const heldByDir = new Map<string, WorkspaceLock>();

export interface AcquireOptions {
  app: LockApp;
  /** Tests only: a heartbeat every this many ms (default HEARTBEAT_MS). */
  heartbeatMs?: number;
}

/** A held workspace lock; `release()` removes the file (once every holder in this process has). */
export class WorkspaceLock {
  private timer: NodeJS.Timeout | null = null;
  private beating: Promise<void> = Promise.resolve();
  private users = 1;
  /** Set when the heartbeat found the file replaced: another process took the workspace over. */
  lost = false;

  private constructor(
    readonly dir: string,
    private info: LockInfo,
  ) {}

  get path(): string {
    return join(this.dir, LOCK_FILE);
  }

  get holder(): LockInfo {
    return this.info;
  }

  /** Takes the workspace's lock, taking over a stale one; throws WorkspaceLockedError when a live process holds it. */
  static async acquire(folder: string, options: AcquireOptions): Promise<WorkspaceLock> {
    const dir = resolve(folder);
    const mine = heldByDir.get(dir);
    if (mine && !mine.lost) {
      mine.users += 1;
      return mine;
    }
    await mkdir(dir, { recursive: true });
    const path = join(dir, LOCK_FILE);
    for (let attempt = 0; attempt < 50; attempt++) {
      const stamp = new Date().toISOString();
      const info: LockInfo = { pid: process.pid, host: hostname(), app: options.app, startedAt: stamp, heartbeatAt: stamp, token: randomUUID() };
      if (await createExclusive(path, JSON.stringify(info, null, 2))) {
        const lock = new WorkspaceLock(dir, info);
        held.set(info.token, lock);
        heldByDir.set(dir, lock);
        lock.beat(options.heartbeatMs ?? HEARTBEAT_MS);
        return lock;
      }
      const found = await readLock(path);
      if (found.kind === 'none') continue; // released meanwhile
      if (found.kind === 'lock' && !staleReason(found.info)) throw new WorkspaceLockedError(found.info, dir);
      if (found.kind === 'unreadable' && found.ageMs < UNREADABLE_GRACE_MS) {
        await sleep(20); // being written
        continue;
      }
      if (!(await takeOver(dir, found.bytes))) await sleep(10 + Math.random() * 20);
    }
    throw new ServiceError('io', serviceText('lockChanging', { dir, path }));
  }

  private beat(ms: number): void {
    this.timer = setInterval(() => {
      this.beating = this.heartbeat().catch((e: unknown) => console.error('bidmap: the workspace lock heartbeat failed:', e));
    }, ms);
    this.timer.unref(); // never what keeps a CLI or test process alive
  }

  /** Rewrites heartbeatAt (atomically: a new file renamed over), unless the lock is no longer ours. */
  async heartbeat(): Promise<void> {
    if (this.lost || this.users === 0) return;
    const found = await readLock(this.path);
    if (found.kind !== 'lock' || found.info.token !== this.info.token) {
      this.lost = true;
      if (this.timer) clearInterval(this.timer);
      console.error(`bidmap: the lock of ${this.dir} was taken over by another process; edits here may conflict.`);
      return;
    }
    const next = { ...this.info, heartbeatAt: new Date().toISOString() };
    const temp = unique(this.path);
    await writeFile(temp, JSON.stringify(next, null, 2));
    await rename(temp, this.path);
    this.info = next;
  }

  /** Stops the heartbeat and marks the lock released, leaving the file (releaseAllSync removes it). */
  stop(): void {
    this.users = 0;
    if (this.timer) clearInterval(this.timer);
  }

  async release(): Promise<void> {
    if (this.users === 0) return;
    this.users -= 1;
    if (this.users > 0) return;
    if (this.timer) clearInterval(this.timer);
    await this.beating; // a heartbeat under way finishes before the file goes
    held.delete(this.info.token);
    if (heldByDir.get(this.dir) === this) heldByDir.delete(this.dir);
    if (this.lost) return;
    const found = await readLock(this.path);
    if (found.kind === 'lock' && found.info.token === this.info.token) await removeIfUnchanged(this.path, found.bytes);
  }
}

/**
 * The process is exiting (the app's 'quit'): every lock it holds goes now, synchronously, since
 * nothing asynchronous runs after. A lock left by a kill instead is stale at once on this host.
 */
export function releaseAllSync(): void {
  for (const lock of held.values()) {
    lock.stop();
    try {
      if (LockInfo.parse(JSON.parse(readFileSync(lock.path, 'utf8'))).token === lock.holder.token) unlinkSync(lock.path);
    } catch {
      // gone or replaced: nothing of ours to remove
    }
  }
  held.clear();
  heldByDir.clear();
}

/** Who holds a workspace's lock now, if anyone live does (for messages and read-only commands). */
export async function liveHolder(folder: string): Promise<LockInfo | null> {
  const found = await readLock(join(resolve(folder), LOCK_FILE));
  return found.kind === 'lock' && !staleReason(found.info) ? found.info : null;
}
