import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { applyImport, exportAccounts, previewImport } from '../../electron/services/sharing/exchange';
import { readBidmap } from '../../electron/services/sharing/read-bidmap';
import { Workspace } from '../../electron/services/store/workspace';
import type { ImportChoices } from '../../shared/model/sharing';
import { syntheticAccount } from './fixtures';
import { median, type BenchResult } from './stats';

const PEOPLE = 1000;
const ROUNDS = 5;

const time = async <T>(run: () => Promise<T>): Promise<[T, number]> => {
  const t = performance.now();
  const value = await run();
  return [value, performance.now() - t];
};

/**
 * Export of a 1,000-person account to a .bidmap file and its import: into an empty workspace (a
 * new account) and back into the one it came from after a colleague's edits (a merge), each
 * against plain JSON.parse + JSON.stringify of the same bytes (figures; the issue asks for times).
 */
export async function sharingBench(): Promise<BenchResult> {
  const root = await mkdtemp(join(tmpdir(), 'bidmap-bench-sharing-'));
  const exports: number[] = [];
  const imports: number[] = [];
  const merges: number[] = [];
  const plain: number[] = [];
  let bytes = 0;
  let conflicts = 0;
  try {
    for (let round = 0; round < ROUNDS; round++) {
      const here = await Workspace.open(join(root, `here-${round}`));
      await here.add([syntheticAccount(0, PEOPLE)]);
      const file = join(root, `share-${round}.bidmap`);
      const [, exportMs] = await time(async () => {
        const exported = await exportAccounts(here, ['acct0'], 'full');
        await writeFile(file, exported.json);
        await exported.remember();
      });
      exports.push(exportMs);
      const text = await readFile(file);
      bytes = text.length;
      const [, plainMs] = await time(async () => JSON.stringify(JSON.parse(text.toString('utf8'))));
      plain.push(plainMs);

      // A colleague's copy: new, then edited (every tenth title, a new person) and sent back.
      const there = await Workspace.open(join(root, `there-${round}`));
      const [, importMs] = await time(async () => {
        const read = readBidmap('share.bidmap', text);
        await previewImport(there, read);
        await applyImport(there, read, {});
      });
      imports.push(importMs);
      there.update('acct0', (a) => ({ ...a, people: [...a.people.map((p, i) => (i % 10 ? p : { ...p, title: `Senior engineer ${i}` })), { ...a.people[1]!, id: 'p_new', name: 'New colleague' }] }));
      here.update('acct0', (a) => ({ ...a, people: a.people.map((p, i) => (i % 20 ? p : { ...p, title: `Lead engineer ${i}` })) }));
      const back = await exportAccounts(there, ['acct0'], 'full');
      const [, mergeMs] = await time(async () => {
        const read = readBidmap('back.bidmap', Buffer.from(back.json));
        const preview = await previewImport(here, read);
        conflicts = preview.accounts[0]!.report!.conflicts.length;
        const choices: ImportChoices = { acct0: { skip: false, conflicts: {}, all: 'theirs', removeTheirs: [], leaveRemoved: [], confirmRemoval: false } };
        await applyImport(here, read, choices);
      });
      merges.push(mergeMs);
      await Promise.all([here.close(), there.close()]);
    }
  } finally {
    await rm(root, { recursive: true, force: true });
  }
  const reference = median(plain);
  const row = (label: string, values: number[]) => ({ label, measured: median(values), reference, referenceName: 'JSON.parse + JSON.stringify of the file', unit: 'ms' });
  return {
    name: `export and re-import of a ${PEOPLE}-person account (${(bytes / 1024).toFixed(0)} KiB .bidmap, medians of ${ROUNDS})`,
    ratios: [row('export (cut, write, keep as base)', exports), row('import into an empty workspace', imports), row(`merge a colleague's edits back (${conflicts} conflicts)`, merges)],
    notes: ['Import = read + validate + preview + add (written with its first backup). Merge = read + validate + three-way merge + backup + one write.'],
  };
}
