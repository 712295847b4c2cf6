import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { hostname } from 'node:os';
import { join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { openSession } from '../../electron/services/session';
import { LOCK_FILE, LockInfo, STALE_AFTER_MS, WorkspaceLock, WorkspaceLockedError } from '../../electron/services/store/lock';
import { cli, snapshot } from '../support/cli';
import { TestHost } from '../support/host';
import { tempDir } from '../support/temp';

const CHILD = resolve(import.meta.dirname, '../support/lock-child.ts');
const children: ChildProcess[] = [];
afterAll(() => children.forEach((c) => c.kill('SIGKILL')));

const readLock = async (dir: string) => LockInfo.parse(JSON.parse(await readFile(join(dir, LOCK_FILE), 'utf8')));

/** A process that is alive for the length of the test (not this one). */
function liveProcess(): number {
  const child = spawn('sleep', ['600'], { stdio: 'ignore' });
  children.push(child);
  return child.pid!;
}

/** The pid of a process that has run and exited. */
async function deadPid(): Promise<number> {
  const child = spawn(process.execPath, ['-e', '0'], { stdio: 'ignore' });
  await new Promise((r) => child.once('exit', r));
  return child.pid!;
}

/** Writes a lock file as another Bidmap would have. */
async function writeLock(dir: string, over: Partial<LockInfo>): Promise<LockInfo> {
  const at = new Date().toISOString();
  const info: LockInfo = {
    pid: liveProcess(),
    host: hostname(),
    app: 'app',
    startedAt: at,
    heartbeatAt: at,
    token: 'other',
    ...over,
  };
  await writeFile(join(dir, LOCK_FILE), JSON.stringify(info));
  return info;
}

/** Starts a lock-child process over `dir`, resolved once it is ready; `next()` reads its next line. */
async function lockChild(dir: string) {
  const child = spawn(process.execPath, ['--import', 'tsx', CHILD, dir], { stdio: ['pipe', 'pipe', 'inherit'] });
  children.push(child);
  const lines = createInterface({ input: child.stdout! })[Symbol.asyncIterator]();
  const next = async () => String((await lines.next()).value ?? `exited (${child.exitCode})`);
  expect(await next()).toBe('ready');
  return { child, next, go: () => child.stdin!.write('go\n') };
}

describe('the workspace lock', () => {
  it('is a file naming this process and host, removed on release', async () => {
    const dir = await tempDir();
    const lock = await WorkspaceLock.acquire(dir, { app: 'cli' });
    expect(await readLock(dir)).toMatchObject({ pid: process.pid, host: hostname(), app: 'cli' });
    await lock.release();
    expect(existsSync(join(dir, LOCK_FILE))).toBe(false);
  });

  it('is shared within one process (a folder reopened here) and goes with its last holder', async () => {
    const dir = await tempDir();
    const a = await WorkspaceLock.acquire(dir, { app: 'app' });
    const b = await WorkspaceLock.acquire(dir, { app: 'app' });
    await a.release();
    expect(existsSync(join(dir, LOCK_FILE))).toBe(true);
    await b.release();
    expect(existsSync(join(dir, LOCK_FILE))).toBe(false);
  });

  it('refuses a second process while the first holds it, naming host, process and time', async () => {
    const dir = await tempDir();
    const first = await lockChild(dir);
    first.go();
    expect(await first.next()).toBe('won');
    const holder = await readLock(dir);
    const err = await WorkspaceLock.acquire(dir, { app: 'cli' }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(WorkspaceLockedError);
    expect((err as Error).message).toMatch(
      new RegExp(
        `^This workspace is open in Bidmap on ${hostname()} \\(process ${holder.pid}, since \\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d\\)\\. Close it there first\\.$`,
      ),
    );
    expect((await readLock(dir)).token).toBe(holder.token); // untouched
    first.child.kill('SIGKILL');
  });

  it('takes over the lock of a Bidmap that was killed on this host', async () => {
    const dir = await tempDir();
    const crashed = await lockChild(dir);
    crashed.go();
    expect(await crashed.next()).toBe('won');
    const left = await readLock(dir);
    crashed.child.kill('SIGKILL');
    await new Promise((r) => crashed.child.once('exit', r));
    const lock = await WorkspaceLock.acquire(dir, { app: 'app' });
    expect(await readLock(dir)).toMatchObject({ pid: process.pid });
    expect((await readLock(dir)).token).not.toBe(left.token);
    await lock.release();
  });

  it('takes over a lock of a process that has exited, and one held since before this machine started', async () => {
    for (const over of [{ pid: await deadPid() }, { pid: liveProcess(), startedAt: '2001-01-01T00:00:00.000Z' }]) {
      const dir = await tempDir();
      await writeLock(dir, over);
      const lock = await WorkspaceLock.acquire(dir, { app: 'app' });
      expect(await readLock(dir)).toMatchObject({ pid: process.pid });
      await lock.release();
    }
  });

  it('from another host: refused while its heartbeat is fresh, taken over once it is older than the limit', async () => {
    const dir = await tempDir();
    const recent = new Date(Date.now() - STALE_AFTER_MS / 2).toISOString();
    await writeLock(dir, { host: 'other-laptop', pid: 4242, app: 'cli', heartbeatAt: recent });
    await expect(WorkspaceLock.acquire(dir, { app: 'app' })).rejects.toThrow(
      /^This workspace is being changed by the bidmap command line on other-laptop \(process 4242, since .+\)\. Wait for it to finish/,
    );
    const old = new Date(Date.now() - STALE_AFTER_MS - 60_000).toISOString();
    await writeLock(dir, { host: 'other-laptop', pid: 4242, heartbeatAt: old });
    const lock = await WorkspaceLock.acquire(dir, { app: 'app' });
    expect(await readLock(dir)).toMatchObject({ pid: process.pid, host: hostname() });
    await lock.release();
  });

  it('keeps its heartbeat fresh while held', async () => {
    const dir = await tempDir();
    const lock = await WorkspaceLock.acquire(dir, { app: 'app', heartbeatMs: 50 });
    const first = await readLock(dir);
    await expect.poll(async () => (await readLock(dir)).heartbeatAt, { timeout: 5000 }).not.toBe(first.heartbeatAt);
    expect((await readLock(dir)).startedAt).toBe(first.startedAt);
    await lock.release();
  });

  it('a lock naming this very pid but not held here (a pid reused after a crash) is taken over', async () => {
    const dir = await tempDir();
    await writeLock(dir, { pid: process.pid, token: 'earlier-life' });
    const lock = await WorkspaceLock.acquire(dir, { app: 'app' });
    expect((await readLock(dir)).token).not.toBe('earlier-life');
    await lock.release();
  });

  it('notices when another process took its lock over, and then leaves that lock alone', async () => {
    const dir = await tempDir();
    const errors = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const lock = await WorkspaceLock.acquire(dir, { app: 'app', heartbeatMs: 50 });
    const other = await writeLock(dir, { host: 'other-laptop' });
    await expect.poll(() => lock.lost, { timeout: 5000 }).toBe(true);
    expect(errors.mock.calls.join(' ')).toMatch(/taken over by another process/);
    await lock.release();
    expect(await readLock(dir)).toEqual(other);
    errors.mockRestore();
  });

  it('a lock file cut off by a crash while it was written is taken over once it is old', async () => {
    const dir = await tempDir();
    const path = join(dir, LOCK_FILE);
    await writeFile(path, '{"pid": 12');
    const { utimes } = await import('node:fs/promises');
    const past = new Date(Date.now() - 60_000);
    await utimes(path, past, past);
    const lock = await WorkspaceLock.acquire(dir, { app: 'app' });
    expect(await readLock(dir)).toMatchObject({ pid: process.pid });
    await lock.release();
  });

  it('two processes taking over one stale lock at once: exactly one wins, the other is told who', async () => {
    for (let round = 0; round < 3; round++) {
      const dir = await tempDir();
      await writeLock(dir, { pid: await deadPid() });
      const racers = await Promise.all([lockChild(dir), lockChild(dir), lockChild(dir)]);
      racers.forEach((r) => r.go());
      const results = await Promise.all(racers.map((r) => r.next()));
      const winners = racers.filter((_, i) => results[i] === 'won');
      expect(winners, results.join(' | ')).toHaveLength(1);
      const holder = await readLock(dir);
      expect(holder.pid).toBe(winners[0]!.child.pid);
      for (const r of results.filter((x) => x !== 'won'))
        expect(r).toContain(`refused This workspace is open in Bidmap on ${hostname()} (process ${holder.pid},`);
      racers.forEach((r) => r.child.kill('SIGKILL'));
    }
  }, 120_000); // nine processes started on a shared machine
});

describe('the app session and the lock', () => {
  const open = (dir: string, lock = true) =>
    openSession({
      workspaceDir: dir,
      host: new TestHost(),
      appDataDir: null,
      defaultLanguage: 'en',
      seedDemoIfEmpty: false,
      lock,
    });

  it('holds the lock of the open workspace, moves it on a switch and gives it back on close', async () => {
    const a = await tempDir();
    const b = await tempDir();
    const s = await open(a);
    expect(await readLock(a)).toMatchObject({ pid: process.pid, app: 'app' });
    expect(await s.invoke('switchWorkspace', { path: b })).toMatchObject({ ok: true });
    expect(existsSync(join(a, LOCK_FILE))).toBe(false);
    expect(await readLock(b)).toMatchObject({ pid: process.pid });
    expect(await s.invoke('switchWorkspace', { path: a })).toMatchObject({ ok: true }); // and back
    expect(existsSync(join(b, LOCK_FILE))).toBe(false);
    await s.close();
    expect(existsSync(join(a, LOCK_FILE))).toBe(false);
    // Closed and opened again in the same process (a restart in a test) works.
    const again = await open(a);
    await again.close();
  });

  it('will not open a workspace another live Bidmap holds', async () => {
    const dir = await tempDir();
    const other = await writeLock(dir, {});
    await expect(open(dir)).rejects.toThrow(`This workspace is open in Bidmap on ${hostname()} (process ${other.pid}, since`);
    expect((await readLock(dir)).token).toBe('other');
  });

  it('refuses a switch to a workspace another live Bidmap holds, with the reason, and keeps the current one', async () => {
    const here = await tempDir();
    const there = await tempDir();
    const other = await writeLock(there, {});
    const s = await open(here);
    await s.workspace().add([]);
    const reply = await s.invoke('switchWorkspace', { path: there });
    expect(reply).toMatchObject({ ok: false, error: { code: 'locked' } });
    expect(JSON.stringify(reply)).toContain(`process ${other.pid}, since`);
    expect(JSON.stringify(reply)).toContain('Close it there first.');
    expect(s.workspace().dir).toBe(here);
    expect(await readLock(here)).toMatchObject({ pid: process.pid }); // still ours
    expect((await readLock(there)).token).toBe('other');
    expect(await s.invoke('listAccounts', {})).toMatchObject({ ok: true });
    await s.close();
  });

  it('does not lock when asked not to (the CLI reading, unit tests)', async () => {
    const dir = await tempDir();
    const s = await open(dir, false);
    expect(existsSync(join(dir, LOCK_FILE))).toBe(false);
    await s.close();
  });
});

describe('the command line on a locked workspace', () => {
  async function lockedDemo() {
    const dir = await tempDir();
    expect((await cli('demo', '--workspace', dir)).code).toBe(0);
    expect(existsSync(join(dir, LOCK_FILE))).toBe(false); // released after writing
    const holder = await writeLock(dir, {});
    return { dir, holder };
  }

  it('refuses every command that writes, saying who holds it, and changes nothing', async () => {
    const { dir, holder } = await lockedDemo();
    const list = JSON.parse((await cli('list', '--workspace', dir, '--json')).out) as { id: string }[];
    const bidmap = join(await tempDir(), 'out.bidmap');
    const contacts = join(await tempDir(), 'people.csv');
    await writeFile(contacts, 'Name,Title\nAda,CTO\n');
    const before = await snapshot(dir);
    const writing = [
      ['demo'],
      ['export', list[0]!.id, '--level', 'map', '--out', bidmap],
      ['import', bidmap],
      ['import-contacts', contacts, '--account', 'New'],
      ['doctor', '--repair'],
    ];
    for (const args of writing) {
      const r = await cli(...args, '--workspace', dir);
      expect(r.code, args[0]).toBe(1);
      expect(r.err).toContain(`This workspace is open in Bidmap on ${hostname()} (process ${holder.pid}, since`);
      expect(r.err).toContain('Nothing was changed');
    }
    expect(existsSync(bidmap)).toBe(false);
    expect(await snapshot(dir)).toEqual(before);
  });

  it('still reads a locked workspace: list, show, doctor, validate', async () => {
    const { dir } = await lockedDemo();
    const list = await cli('list', '--workspace', dir, '--json');
    expect(list.code).toBe(0);
    const accounts = JSON.parse(list.out) as { id: string }[];
    expect(accounts.length).toBeGreaterThan(0);
    expect((await cli('show', accounts[0]!.id, '--workspace', dir)).code).toBe(0);
    expect((await cli('doctor', '--workspace', dir)).code).toBe(0);
    const file = join(await tempDir(), 'x.bidmap');
    await writeFile(file, 'not json');
    expect((await cli('validate', file)).err).not.toContain('open in Bidmap');
  });

  it('takes over a stale lock to write, and releases it after', async () => {
    const dir = await tempDir();
    await writeLock(dir, { pid: await deadPid() });
    expect((await cli('demo', '--workspace', dir)).code).toBe(0);
    expect(existsSync(join(dir, LOCK_FILE))).toBe(false);
  });
});
