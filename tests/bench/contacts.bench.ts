import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Papa from 'papaparse';
import { commitPlan, planImport } from '../../electron/services/contacts/import';
import { readContactFile } from '../../electron/services/contacts/read';
import { writeFileDurable } from '../../electron/services/fs/durable-write';
import { readLimited } from '../../electron/services/incoming/read-incoming';
import { openSession } from '../../electron/services/session';
import { Workspace } from '../../electron/services/store/workspace';
import { enableEncryption } from '../../electron/services/vault/encryption';
import type { FileCodec } from '../../electron/services/vault/file-codec';
import { Vault } from '../../electron/services/vault/vault';
import type { ContactsRead } from '../../shared/ipc/contract';
import type { Account } from '../../shared/model/account';
import { TestHost } from '../support/host';
import { median, pairedRatio, type BenchResult } from './stats';

const ROWS = 5000;
const ROUNDS = 21;
const WARM_UP = 2;
const TARGET = 2;

/** A 5,000-row contact list as a Chinese Excel would have it: each person under one of the earlier ones (five staff per manager). */
function contactCsv(): string {
  const lines = ['工号,姓名,职务,部门,手机,邮箱,直属领导'];
  for (let i = 0; i < ROWS; i++) {
    const manager = i === 0 ? '' : `E${Math.floor((i - 1) / 5)}`;
    lines.push(
      `E${i},员工${i},职务${i % 37},部门${Math.floor(i / 200)},138${String(i).padStart(8, '0')},e${i}@example.cn,${manager}`,
    );
  }
  return lines.join('\r\n');
}

const since = (t: number) => performance.now() - t;

/**
 * The floor an import is held to: papaparse parsing the file, JSON.stringify of the account the
 * import made, and one durable write of those bytes (through the workspace's codec: sealed when
 * it is encrypted).
 */
async function floor(file: string, account: Account, target: string, codec: FileCodec): Promise<number> {
  const t = performance.now();
  Papa.parse<string[]>((await readFile(file)).toString('utf8'));
  await writeFileDurable(target, codec.seal(JSON.stringify(account)));
  return since(t);
}

/**
 * Importing a 5,000-row contact CSV into a new account through the app's own calls (read and
 * decode, guess the columns, build people, departments and lines, lay out the tree, check, write
 * the account, its first backup and the index), against the floor measured in the same run,
 * round by round (rounds alternate which goes first). The import's stages are timed apart too:
 * reading the file (decode, papaparse, header, mapping), the plan, and the store's part. The same
 * import into an encrypted workspace is a figure, against the floor with the seal.
 */
export async function contactsBench(): Promise<BenchResult> {
  const dir = await mkdtemp(join(tmpdir(), 'bidmap-bench-contacts-'));
  try {
    const file = join(dir, 'contacts.csv');
    const text = contactCsv();
    await writeFile(file, text);
    const host = new TestHost();
    const session = await openSession({
      workspaceDir: join(dir, 'workspace'),
      host,
      appDataDir: null,
      defaultLanguage: 'zh-CN',
      seedDemoIfEmpty: false,
    });
    const call = async <T>(name: string, input: unknown): Promise<T> => {
      const reply = await session.invoke(name, input);
      if (!reply.ok) throw new Error(reply.error.message);
      return reply.value as T;
    };
    await mkdir(join(dir, 'sealed'));
    const keys = (
      await enableEncryption(join(dir, 'sealed'), 'bench passphrase', { idleLockMinutes: 15, cost: { N: 2 ** 10, r: 8, p: 1 } })
    ).keys;
    const vault = new Vault(keys, [...keys.keys()][0]!);
    const sealed = await Workspace.open(join(dir, 'sealed'), vault);

    const rounds = {
      imports: [] as number[],
      floors: [] as number[],
      staged: [] as number[],
      sealedImports: [] as number[],
      sealedFloors: [] as number[],
    };
    const stages = { read: [] as number[], plan: [] as number[], store: [] as number[] };
    let imported: Account | null = null;
    let bytes = 0;
    const importOnce = async (round: number) => {
      const t = performance.now();
      host.answerOpen(file);
      const read = (await call<ContactsRead>('readContacts', { source: { from: 'dialog' } }))!;
      const done = await call<{ account: { id: string }; imported: number }>('importContacts', {
        stagingId: read.stagingId,
        mapping: read.mapping,
        accountName: `Bench ${round}`,
      });
      rounds.imports.push(since(t));
      if (done.imported !== ROWS) throw new Error(`the bench imported ${done.imported} people, not ${ROWS}`);
      imported = session.workspace().get(done.account.id);
      await call('deleteAccount', { id: done.account.id }); // keeps the heap and the workspace the same size round after round
    };
    // The same import through the service functions, stage by stage (plain), or whole (encrypted).
    const importStaged = async (ws: Workspace, name: string, whole: number[], timed: typeof stages | null) => {
      let t = performance.now();
      const start = t;
      const staged = await readContactFile(await readLimited(file));
      timed?.read.push(since(t));
      t = performance.now();
      const plan = planImport(ws, staged, staged.mapping, name);
      timed?.plan.push(since(t));
      t = performance.now();
      const summary = await commitPlan(ws, plan);
      timed?.store.push(since(t));
      whole.push(since(start));
      await ws.delete(summary.id);
    };
    const floorOnce = async (codec: FileCodec, into: number[]) => {
      const written = join(dir, 'floor.json');
      into.push(await floor(file, imported!, written, codec));
      bytes = (await readFile(written)).length;
    };
    await importOnce(-1); // warm-up, and the account the floor writes
    for (let round = -WARM_UP; round < ROUNDS; round++) {
      if (round === 0) for (const list of [...Object.values(rounds), ...Object.values(stages)]) list.length = 0; // warmed up
      const steps = [
        () => importOnce(round),
        () => floorOnce(session.workspace().codec, rounds.floors),
        () => importStaged(session.workspace(), `Staged ${round}`, rounds.staged, stages),
        () => importStaged(sealed, `Sealed ${round}`, rounds.sealedImports, null),
        () => floorOnce(vault, rounds.sealedFloors),
      ];
      for (const step of round % 2 ? steps.reverse() : steps) await step();
    }
    await session.close();
    await sealed.close();

    const ratio = (label: string, measured: number[], reference: number[], referenceName: string, target?: number) =>
      pairedRatio(label, measured, reference, referenceName, 'ms', target);
    return {
      name: `import a ${ROWS.toLocaleString('en')}-row contact CSV (${(text.length / 1024).toFixed(0)} KiB, manager column) into a new account`,
      ratios: [
        ratio(
          'import',
          rounds.imports,
          rounds.floors,
          `the floor: papaparse + JSON.stringify of the account (${(bytes / 1048576).toFixed(1)} MB) + one durable write`,
          TARGET,
        ),
        ratio(
          'import, encrypted workspace',
          rounds.sealedImports,
          rounds.sealedFloors,
          'the same floor, the write sealed (AES-256-GCM)',
        ),
      ],
      figures: [
        { label: 'stage: read (decode, papaparse, header, mapping)', value: `${median(stages.read).toFixed(1)} ms` },
        { label: 'stage: plan (people, departments, lines, layout)', value: `${median(stages.plan).toFixed(1)} ms` },
        { label: 'stage: store (check, serialize, write, first backup, index)', value: `${median(stages.store).toFixed(1)} ms` },
      ],
      notes: [
        `medians of ${ROUNDS} rounds (after ${WARM_UP} to warm up); the spread is the lowest and highest ratio of a round's import to the same round's floor; stages timed on the same import through the service functions (plain; ${median(rounds.staged).toFixed(0)} ms in all)`,
      ],
    };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
