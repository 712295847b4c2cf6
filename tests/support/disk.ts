import { execFileSync } from 'node:child_process';
import { mkdtemp, open } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

// Real hostile disks for the storage tests: a small tmpfs of the test's own (root only), filled up
// or remounted read-only.

export const isRoot = process.getuid?.() === 0;

/** Whether this machine lets the test mount a tmpfs (root, and a kernel that allows it here). */
export const canMount = (() => {
  if (!isRoot) return false;
  const probe = execFileSync('mktemp', ['-d']).toString().trim();
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=64k', 'tmpfs', probe], { stdio: 'ignore' });
    execFileSync('umount', [probe], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  } finally {
    execFileSync('rmdir', [probe]);
  }
})();
export const NO_MOUNT = 'skipped: mounting a tmpfs needs root and a kernel that allows it (CI runs as root)';

const mounted: string[] = [];
/** Unmounts every disk `smallDisk` made (call in afterAll). */
export function unmountAll(): void {
  for (const dir of mounted.splice(0)) execFileSync('umount', ['-l', dir], { stdio: 'ignore' });
}

/** A small real disk of its own. */
export async function smallDisk(megabytes: number): Promise<{ dir: string; readOnly(on: boolean): void }> {
  const dir = await mkdtemp(join(tmpdir(), 'bidmap-disk-'));
  execFileSync('mount', ['-t', 'tmpfs', '-o', `size=${megabytes}m`, 'tmpfs', dir]);
  mounted.push(dir);
  return { dir, readOnly: (on) => execFileSync('mount', ['-o', `remount,${on ? 'ro' : 'rw'}`, dir]) };
}

/** Fills a disk to the last byte; returns the ballast file to remove. */
export async function fill(dir: string): Promise<string> {
  const ballast = join(dir, 'ballast');
  const handle = await open(ballast, 'w');
  const chunk = Buffer.alloc(64 * 1024, 1);
  try {
    for (;;) await handle.write(chunk);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'ENOSPC') throw e;
  }
  // Smaller pieces until not one more byte fits.
  for (const size of [4096, 512, 1]) {
    try {
      for (;;) await handle.write(Buffer.alloc(size, 1));
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'ENOSPC') throw e;
    }
  }
  await handle.close();
  return ballast;
}

