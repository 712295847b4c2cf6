import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeFileDurable } from '../../electron/services/fs/durable-write';
import { applyImport, exportAccounts, previewImport } from '../../electron/services/sharing/exchange';
import { readBidmap } from '../../electron/services/sharing/read-bidmap';
import { Workspace } from '../../electron/services/store/workspace';
import { enableEncryption } from '../../electron/services/vault/encryption';
import type { FileCodec } from '../../electron/services/vault/file-codec';
import { Vault } from '../../electron/services/vault/vault';
import type { ImportChoices } from '../../shared/model/sharing';
import { syntheticAccount } from './fixtures';
import { median, pairedRatio, type BenchRatio, type BenchResult } from './stats';

const PEOPLE = 1000;
/** Paired rounds of import and floor: an import costs tens of milliseconds, so many rounds steady the medians. */
const ROUNDS = 41;
const WARM_UP = 3;
/** Rounds of export and merge (each on two fresh workspaces). */
const MERGE_ROUNDS = 5;
const TARGET = 2;

const time = async <T>(run: () => Promise<T>): Promise<[T, number]> => {
  const t = performance.now();
  const value = await run();
  return [value, performance.now() - t];
};

/** Reading a .bidmap file and importing it as the app does: read, check, preview, apply (a new account, written with its first backup and kept as the base of later merges). */
async function importFile(ws: Workspace, file: string): Promise<void> {
  const read = readBidmap('share.bidmap', await readFile(file));
  await previewImport(ws, read);
  await applyImport(ws, read, {});
}

/** The floor an import is held to: read the file, JSON.parse it, JSON.stringify the account and write those bytes once, durably (sealed for an encrypted workspace). */
async function floor(file: string, target: string, codec: FileCodec): Promise<number> {
  const [, ms] = await time(async () => {
    const parsed = JSON.parse((await readFile(file)).toString('utf8')) as { accounts: unknown[] };
    await writeFileDurable(target, codec.seal(JSON.stringify(parsed.accounts[0])));
  });
  return ms;
}

/**
 * The import of a 1,000-person account from a .bidmap file into a workspace that does not have it
 * (a new account), against the floor measured in the same run, round by round (rounds alternate
 * which goes first; the account is deleted after each, untimed); the same into an encrypted
 * workspace (a figure, against the floor with the seal). Then, as figures against JSON.parse +
 * JSON.stringify of the file: the export, and the import back into the workspace it came from
 * after a colleague's edits (a merge).
 */
export async function sharingBench(): Promise<BenchResult> {
  const root = await mkdtemp(join(tmpdir(), 'bidmap-bench-sharing-'));
  const exports: number[] = [];
  const merges: number[] = [];
  const plain: number[] = [];
  const rounds = { imports: [] as number[], floors: [] as number[], sealedImports: [] as number[], sealedFloors: [] as number[] };
  let bytes: number;
  let conflicts = 0;
  try {
    const source = await Workspace.open(join(root, 'source'));
    await source.add([syntheticAccount(0, PEOPLE)]);
    const file = join(root, 'share.bidmap');
    await writeFile(file, (await exportAccounts(source, ['acct0'], 'full')).json);
    await source.close();
    bytes = (await readFile(file)).length;

    await mkdir(join(root, 'sealed'));
    const keys = (
      await enableEncryption(join(root, 'sealed'), 'bench passphrase', { idleLockMinutes: 15, cost: { N: 2 ** 10, r: 8, p: 1 } })
    ).keys;
    const vault = new Vault(keys, [...keys.keys()][0]!);
    const [there, sealed] = await Promise.all([Workspace.open(join(root, 'there')), Workspace.open(join(root, 'sealed'), vault)]);
    const importInto = async (ws: Workspace, into: number[] | null) => {
      const [, ms] = await time(() => importFile(ws, file));
      into?.push(ms);
      await ws.delete('acct0');
    };
    for (let round = -WARM_UP; round < ROUNDS; round++) {
      const timed = round >= 0;
      const steps = [
        () => importInto(there, timed ? rounds.imports : null),
        async () => {
          const ms = await floor(file, join(root, 'floor.json'), there.codec);
          if (timed) rounds.floors.push(ms);
        },
        () => importInto(sealed, timed ? rounds.sealedImports : null),
        async () => {
          const ms = await floor(file, join(root, 'floor.sealed'), vault);
          if (timed) rounds.sealedFloors.push(ms);
        },
      ];
      for (const step of round % 2 ? steps.reverse() : steps) await step();
    }
    await Promise.all([there.close(), sealed.close()]);

    for (let round = 0; round < MERGE_ROUNDS; round++) {
      const here = await Workspace.open(join(root, `here-${round}`));
      await here.add([syntheticAccount(0, PEOPLE)]);
      const sent = join(root, `share-${round}.bidmap`);
      const [, exportMs] = await time(async () => {
        const exported = await exportAccounts(here, ['acct0'], 'full');
        await writeFile(sent, exported.json);
        await exported.remember();
      });
      exports.push(exportMs);
      const text = await readFile(sent);
      const [, plainMs] = await time(async () => JSON.stringify(JSON.parse(text.toString('utf8'))));
      plain.push(plainMs);

      // A colleague's copy: imported, then edited (every tenth title, a new person) and sent back.
      const colleague = await Workspace.open(join(root, `colleague-${round}`));
      await importFile(colleague, sent);
      colleague.update('acct0', (a) => ({
        ...a,
        people: [
          ...a.people.map((p, i) => (i % 10 ? p : { ...p, title: `Senior engineer ${i}` })),
          { ...a.people[1]!, id: 'p_new', name: 'New colleague' },
        ],
      }));
      here.update('acct0', (a) => ({
        ...a,
        people: a.people.map((p, i) => (i % 20 ? p : { ...p, title: `Lead engineer ${i}` })),
      }));
      const back = await exportAccounts(colleague, ['acct0'], 'full');
      const [, mergeMs] = await time(async () => {
        const read = readBidmap('back.bidmap', Buffer.from(back.json));
        const preview = await previewImport(here, read);
        conflicts = preview.accounts[0]!.report!.conflicts.length;
        const choices: ImportChoices = {
          acct0: { skip: false, conflicts: {}, all: 'theirs', removeTheirs: [], leaveRemoved: [], confirmRemoval: false },
        };
        await applyImport(here, read, choices);
      });
      merges.push(mergeMs);
      await Promise.all([here.close(), colleague.close()]);
    }
  } finally {
    await rm(root, { recursive: true, force: true });
  }
  const reference = median(plain);
  const figure = (label: string, values: number[]): BenchRatio => ({
    label,
    measured: median(values),
    reference,
    referenceName: 'JSON.parse + JSON.stringify of the file',
    unit: 'ms',
  });
  const paired = (label: string, measured: number[], reference: number[], referenceName: string, target?: number) =>
    pairedRatio(label, measured, reference, referenceName, 'ms', target);
  return {
    name: `import of a ${PEOPLE}-person account from a ${(bytes / 1024).toFixed(0)} KiB .bidmap file (medians of ${ROUNDS} rounds), export and merge (${MERGE_ROUNDS})`,
    ratios: [
      paired(
        'import into a workspace without it',
        rounds.imports,
        rounds.floors,
        'the floor: read + JSON.parse + JSON.stringify of the account + one durable write',
        TARGET,
      ),
      paired(
        'the same, encrypted workspace',
        rounds.sealedImports,
        rounds.sealedFloors,
        'the same floor, the write sealed (AES-256-GCM)',
      ),
      figure('export (cut, write, keep as base)', exports),
      figure(`merge a colleague's edits back (${conflicts} conflicts)`, merges),
    ],
    notes: [
      'Import = read + check + preview + add (written with its first backup, kept as the base of later merges). Merge = read + check + three-way merge + backup + one write.',
      "The spread is the lowest and highest ratio of a round's import to the same round's floor.",
    ],
  };
}
