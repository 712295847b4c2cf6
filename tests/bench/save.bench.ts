import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeFileDurable } from '../../electron/services/fs/durable-write';
import { serializeAccount } from '../../electron/services/store/account-file';
import { Workspace } from '../../electron/services/store/workspace';
import { syntheticAccount } from './fixtures';
import { median, type BenchResult } from './stats';

const ACCOUNTS = 200;
const PEOPLE = 200;
const ROUNDS = 41;

/**
 * Saving one edited account in a workspace of 200 accounts x 200 people, against a durable
 * atomic write (same fsyncs) of that account's same bytes done directly, in the same run.
 */
export async function saveBench(): Promise<BenchResult> {
  const dir = await mkdtemp(join(tmpdir(), 'bidmap-bench-'));
  try {
    await mkdir(join(dir, 'accounts'));
    const template = syntheticAccount(0, PEOPLE);
    for (let i = 0; i < ACCOUNTS; i++) {
      const a = { ...template, id: `acct${i}`, name: `Account ${i}` };
      await writeFile(join(dir, 'accounts', `${a.id}.json`), serializeAccount(a));
    }
    const opened = performance.now();
    const ws = await Workspace.open(dir);
    const openMs = performance.now() - opened;
    const id = 'acct100';
    const reference = join(dir, 'reference.json');
    const saves: number[] = [];
    const direct: number[] = [];
    for (let round = 0; round < ROUNDS; round++) {
      ws.update(id, (a) => ({ ...a, people: a.people.map((p, i) => (i === 7 ? { ...p, title: `Engineer ${round}` } : p)) }));
      // Alternate the order so drift in the machine's load hits both sides alike.
      const measureSave = async () => {
        const t = performance.now();
        await ws.saveNow(id);
        saves.push(performance.now() - t);
      };
      const measureDirect = async () => {
        const bytes = serializeAccount(ws.get(id));
        const t = performance.now();
        await writeFileDurable(reference, bytes);
        direct.push(performance.now() - t);
      };
      if (round % 2) {
        await measureSave();
        await measureDirect();
      } else {
        await measureDirect();
        await measureSave();
      }
    }
    await ws.close();
    const bytes = serializeAccount(template).length;
    return {
      name: `save one account (${ACCOUNTS} accounts x ${PEOPLE} people, ${(bytes / 1024).toFixed(0)} KiB each)`,
      ratios: [
        {
          label: 'save',
          measured: median(saves),
          reference: median(direct),
          referenceName: 'durable atomic write of the same bytes',
          unit: 'ms',
          target: 1.5,
        },
      ],
      notes: [`workspace open: ${openMs.toFixed(0)} ms`, `rounds: ${ROUNDS}`],
    };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
