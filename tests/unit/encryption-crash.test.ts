// A change of encryption cut by SIGKILL at random moments loses nothing: turning it on, changing
// the passphrase (every file re-encrypted) and turning it off each run in a child process the test
// kills; after each kill exactly one passphrase state is valid, doctor is clean with it, and
// opening the folder finishes the change with every account as it was. CRASH_SEED=<n> replays a run.
import { cp, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeDemoWorkspace } from '../../electron/services/demo-workspace';
import { isSealed, keyIdOf } from '../../electron/services/vault/file-codec';
import { readKeyring } from '../../electron/services/vault/keyring';
import type { Account } from '../../shared/model/account';
import { cli } from '../support/cli';
import { CrashChild } from '../support/crash-process';
import { mulberry32 } from '../support/org-generator';
import { openDesk, type Desk } from '../support/sharing';
import { tempDir } from '../support/temp';
import { filesUnder, TEST_KDF } from '../support/vault';

const KILLS_EACH = 12;
const OLD = 'old passphrase 1';
const NEW = 'new passphrase 2';

const seed = Number(process.env.CRASH_SEED ?? Date.now() % 1_000_000);
const random = mulberry32(seed);
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

let children: CrashChild;
beforeAll(async () => {
  children = await CrashChild.bundle();
});
afterAll(() => children.dispose());

const accountsOf = async (desk: Desk): Promise<Account[]> =>
  Promise.all((await desk.call('listAccounts', {})).map((s) => desk.call('getAccount', { id: s.id })));

async function copyOf(dir: string): Promise<string> {
  const copy = await tempDir();
  await cp(dir, copy, { recursive: true });
  return copy;
}

/** Demo workspace, encrypted with OLD when asked; and its accounts as the app reads them. */
async function base(encrypted: boolean): Promise<{ dir: string; accounts: Account[] }> {
  const dir = await tempDir();
  await writeDemoWorkspace(dir, 'zh-CN');
  const desk = await openDesk(dir, { kdfCost: TEST_KDF });
  for (const s of await desk.call('listAccounts', {})) await desk.call('renameAccount', { id: s.id, name: `${s.name} ✓` }); // backups too
  const accounts = await accountsOf(desk);
  if (encrypted) await desk.call('enableEncryption', { passphrase: OLD, idleLockMinutes: 15, remember: false });
  await desk.session.close();
  return { dir, accounts };
}

async function doctorWith(dir: string, passphrase: string | null): Promise<{ code: number; err: string }> {
  if (passphrase === null) return cli('doctor', '--workspace', dir);
  const file = join(await tempDir(), 'p');
  await writeFile(file, passphrase);
  return cli('doctor', '--workspace', dir, '--passphrase-file', file);
}

/** Which forms the data files are in now: plain, and by key id. */
async function forms(dir: string): Promise<Set<string>> {
  const files = (await filesUnder(dir)).filter((f) => f.file !== 'keyring.json');
  return new Set(files.map((f) => (isSealed(f.bytes) ? `key ${keyIdOf(f.bytes)}` : 'plain')));
}

/** How long the change takes when nothing cuts it, so the kills fall inside it. */
async function duration(args: string[]): Promise<number> {
  const child = children.start(...args);
  await child.waitFor((l) => l === 'ready');
  const t0 = performance.now();
  await child.waitFor((l) => l === 'done');
  const took = performance.now() - t0;
  await child.kill();
  return took;
}

interface Outcome {
  interrupted: number;
  halfDone: number;
}

/**
 * Kills `mode` at random moments over copies of `source`; after each kill, `expected` says which
 * passphrase the folder now wants (null: none), the folder must check clean with it, and opening
 * it must give back `accounts` and finish the change (`finished` checks the folder afterwards).
 */
async function killRuns(
  mode: string[],
  source: string,
  accounts: Account[],
  expected: (dir: string) => Promise<string | null>,
  finished: (dir: string) => Promise<void>,
): Promise<Outcome> {
  const took = await duration([mode[0]!, await copyOf(source), ...mode.slice(1)]);
  const outcome: Outcome = { interrupted: 0, halfDone: 0 };
  for (let run = 1; run <= KILLS_EACH; run++) {
    const dir = await copyOf(source);
    const child = children.start(mode[0]!, dir, ...mode.slice(1));
    await child.waitFor((l) => l === 'ready');
    await sleep(Math.floor(random() * took * 1.1));
    if (!(await child.kill()).includes('done')) outcome.interrupted++;
    if ((await forms(dir)).size > 1) outcome.halfDone++;
    const passphrase = await expected(dir);
    const doctor = await doctorWith(dir, passphrase);
    expect(doctor.code, `doctor after kill ${run}: ${doctor.err}`).toBe(0);
    const desk = await openDesk(dir, passphrase === null ? {} : { passphrase });
    expect(await accountsOf(desk), `accounts after kill ${run}`).toEqual(accounts);
    await desk.session.close();
    await finished(dir);
  }
  return outcome;
}

describe(`changes of encryption cut by SIGKILL (seed ${seed})`, () => {
  it(
    `turning encryption on: ${KILLS_EACH} kills, each leaves a folder that opens whole, plain or encrypted`,
    { timeout: 120_000 },
    async () => {
      const { dir, accounts } = await base(false);
      const o = await killRuns(
        ['encrypt', NEW],
        dir,
        accounts,
        async (d) => ((await readKeyring(d)) ? NEW : null),
        async (d) => {
          const keyring = await readKeyring(d);
          const now = await forms(d);
          if (keyring) expect([...now]).toEqual([`key ${keyring.current}`]);
          else expect([...now]).toEqual(['plain']);
        },
      );
      console.log(
        `encrypt (seed ${seed}): ${KILLS_EACH} kills, ${o.interrupted} before it ended, ${o.halfDone} left plain and sealed files side by side; nothing lost`,
      );
      expect(o.interrupted).toBeGreaterThan(0);
    },
  );

  it(
    `changing the passphrase: ${KILLS_EACH} kills; before the new keyring only the old passphrase works, after it only the new one, and it finishes`,
    { timeout: 120_000 },
    async () => {
      const { dir, accounts } = await base(true);
      const oldKey = (await readKeyring(dir))!.current;
      const o = await killRuns(
        ['rotate', OLD, NEW],
        dir,
        accounts,
        async (d) => ((await readKeyring(d))!.current === oldKey ? OLD : NEW),
        async (d) => {
          const keyring = (await readKeyring(d))!;
          expect(keyring.pending).toBeNull();
          expect(keyring.keys).toHaveLength(1);
          expect([...(await forms(d))]).toEqual([`key ${keyring.current}`]);
          // The other passphrase does not open it.
          const other = keyring.current === oldKey ? NEW : OLD;
          expect((await doctorWith(d, other)).err).toMatch(/The passphrase is not right/);
        },
      );
      console.log(
        `rotate (seed ${seed}): ${KILLS_EACH} kills, ${o.interrupted} before it ended, ${o.halfDone} left files under both keys; nothing lost`,
      );
      expect(o.interrupted).toBeGreaterThan(0);
    },
  );

  it(
    `turning encryption off: ${KILLS_EACH} kills; the passphrase is asked until every file is plain, then never`,
    { timeout: 120_000 },
    async () => {
      const { dir, accounts } = await base(true);
      const o = await killRuns(
        ['decrypt', OLD],
        dir,
        accounts,
        async (d) => ((await readKeyring(d)) ? OLD : null),
        async (d) => {
          // Killed before the change was marked: still encrypted, untouched; otherwise opening finished it.
          const keyring = await readKeyring(d);
          if (keyring) expect(keyring.pending).toBeNull();
          expect([...(await forms(d))]).toEqual([keyring ? `key ${keyring.current}` : 'plain']);
        },
      );
      console.log(
        `decrypt (seed ${seed}): ${KILLS_EACH} kills, ${o.interrupted} before it ended, ${o.halfDone} left plain and sealed files side by side; nothing lost`,
      );
      expect(o.interrupted).toBeGreaterThan(0);
    },
  );
});
