import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serializeAccount } from '../../electron/services/store/account-file';
import { Workspace } from '../../electron/services/store/workspace';
import { enableEncryption, keysFor } from '../../electron/services/vault/encryption';
import { readKeyring } from '../../electron/services/vault/keyring';
import { Vault } from '../../electron/services/vault/vault';
import { syntheticAccount } from './fixtures';
import { median, type BenchResult } from './stats';

const ACCOUNTS = 50;
const PEOPLE = 200;
const ROUNDS = 31;

/** A workspace of ACCOUNTS accounts, each saved twice (so it has backups), plain. */
async function workspace(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'bidmap-bench-vault-'));
  await mkdir(join(dir, 'accounts'));
  const template = syntheticAccount(0, PEOPLE);
  for (let i = 0; i < ACCOUNTS; i++) await writeFile(join(dir, 'accounts', `acct${i}.json`), serializeAccount({ ...template, id: `acct${i}`, name: `Account ${i}` }));
  return dir;
}

/** Alternating saves of one edited account in a plain and in an encrypted copy of the same workspace. */
async function saves(plain: Workspace, sealed: Workspace): Promise<{ plain: number; sealed: number }> {
  const times = { plain: [] as number[], sealed: [] as number[] };
  for (let round = 0; round < ROUNDS; round++) {
    for (const [kind, ws] of round % 2 ? ([['plain', plain], ['sealed', sealed]] as const) : ([['sealed', sealed], ['plain', plain]] as const)) {
      ws.update('acct7', (a) => ({ ...a, people: a.people.map((p, i) => (i === 3 ? { ...p, title: `Engineer ${round}` } : p)) }));
      const t = performance.now();
      await ws.saveNow('acct7');
      times[kind].push(performance.now() - t);
    }
  }
  return { plain: median(times.plain), sealed: median(times.sealed) };
}

/**
 * What encryption costs: a save (seal + durable write) against the same save plain, in the same
 * run; and, as figures, the whole-workspace rewrite of turning it on and one unlock at the app's
 * scrypt cost.
 */
export async function encryptionBench(): Promise<BenchResult> {
  const plainDir = await workspace();
  const sealedDir = await workspace();
  try {
    const t0 = performance.now();
    const enabled = await enableEncryption(sealedDir, 'bench passphrase', { idleLockMinutes: 15 });
    const enableMs = performance.now() - t0;
    const keyring = (await readKeyring(sealedDir))!;
    const t1 = performance.now();
    const keys = await keysFor(keyring, 'bench passphrase');
    const unlockMs = performance.now() - t1;
    const plain = await Workspace.open(plainDir);
    const sealed = await Workspace.open(sealedDir, new Vault(keys, keyring.current));
    const t2 = performance.now();
    await Workspace.open(sealedDir, new Vault(new Map(keys), keyring.current)).then((w) => w.close());
    const openSealedMs = performance.now() - t2;
    const t3 = performance.now();
    await Workspace.open(plainDir).then((w) => w.close());
    const openPlainMs = performance.now() - t3;
    const measured = await saves(plain, sealed);
    await plain.close();
    await sealed.close();
    return {
      name: `encryption at rest (${ACCOUNTS} accounts x ${PEOPLE} people)`,
      ratios: [
        { label: 'save, encrypted', measured: measured.sealed, reference: measured.plain, referenceName: 'the same save, plain', unit: 'ms', target: 1.5 },
        { label: 'open, encrypted', measured: openSealedMs, reference: openPlainMs, referenceName: 'opening it plain', unit: 'ms' },
      ],
      figures: [
        { label: `turning encryption on (${enabled.resealed.rewritten} files)`, value: `${enableMs.toFixed(0)} ms, scrypt included` },
        { label: 'unlock (scrypt N=2^17, r=8, p=1)', value: `${unlockMs.toFixed(0)} ms` },
      ],
      notes: [`rounds: ${ROUNDS}`],
    };
  } finally {
    await rm(plainDir, { recursive: true, force: true });
    await rm(sealedDir, { recursive: true, force: true });
  }
}
