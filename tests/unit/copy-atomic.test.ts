// A copy cut by SIGKILL leaves the target whole or absent, never truncated: how backups and
// versions are copied where they cannot be hard-linked. The control (a bare copyFile) shows the
// test catches a torn copy.
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CrashChild } from '../support/crash-process';
import { tempDir } from '../support/temp';

const KILLS = 15;
let children: CrashChild;
beforeAll(async () => {
  children = await CrashChild.bundle();
});
afterAll(() => children.dispose());

/** Kills the copying child KILLS times; how many targets were torn (present but not whole). */
async function tornAfterKills(how: 'atomic' | 'plain'): Promise<{ torn: number; copies: number }> {
  const source = join(await tempDir(), 'account.json');
  const bytes = Buffer.alloc(16 * 1024 * 1024, 'x'); // big enough that a kill lands mid-copy
  await writeFile(source, bytes);
  let torn = 0;
  let copies = 0;
  for (let kill = 0; kill < KILLS; kill++) {
    const dir = await tempDir();
    const child = children.start('copy', source, dir, how);
    await child.waitFor((l) => l.startsWith('ack '));
    await new Promise((r) => setTimeout(r, Math.floor(Math.random() * 40)));
    await child.kill();
    for (const name of (await readdir(dir)).filter((n) => n.endsWith('.json'))) {
      copies++;
      if (!(await readFile(join(dir, name))).equals(bytes)) torn++;
    }
  }
  return { torn, copies };
}

describe('copies cut by a crash', () => {
  it(`an atomic copy is whole or absent after ${KILLS} kills`, { timeout: 120_000 }, async () => {
    const { torn, copies } = await tornAfterKills('atomic');
    console.log(`atomic copy: ${KILLS} kills, ${copies} copies found, ${torn} torn`);
    expect(copies).toBeGreaterThanOrEqual(KILLS); // each kill came after at least one whole copy
    expect(torn).toBe(0);
  });

  it('the control: a bare copyFile is left torn by the same kills (the test can see it)', { timeout: 120_000 }, async () => {
    const { torn } = await tornAfterKills('plain');
    expect(torn).toBeGreaterThan(0);
  });
});
