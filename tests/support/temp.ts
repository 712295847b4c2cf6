import { cp, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach } from 'vitest';

const made: string[] = [];

/** A fresh temp folder, removed after the test. */
export async function tempDir(prefix = 'bidmap-'): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), prefix));
  made.push(dir);
  return dir;
}

/** A temp copy of a folder under tests/fixtures. */
export async function fixtureCopy(name: string): Promise<string> {
  const dir = await tempDir(`bidmap-${name}-`);
  await cp(resolve(import.meta.dirname, '../fixtures', name), dir, { recursive: true });
  return dir;
}

afterEach(async () => {
  await Promise.all(made.splice(0).map((d) => rm(d, { recursive: true, force: true })));
});
