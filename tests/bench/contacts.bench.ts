import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Papa from 'papaparse';
import { readContactFile } from '../../electron/services/contacts/read';
import { readLimited } from '../../electron/services/incoming/read-incoming';
import { openSession } from '../../electron/services/session';
import { guessMapping, planContacts } from '../../shared/logic/contacts';
import type { ContactsRead } from '../../shared/ipc/contract';
import { TestHost } from '../support/host';
import { median, type BenchResult } from './stats';

const ROWS = 5000;
const ROUNDS = 15;

/** A 5,000-row contact list as a Chinese Excel would have it: each person under one of the earlier ones (five staff per manager). */
function contactCsv(): string {
  const lines = ['工号,姓名,职务,部门,手机,邮箱,直属领导'];
  for (let i = 0; i < ROWS; i++) {
    const manager = i === 0 ? '' : `E${Math.floor((i - 1) / 5)}`;
    lines.push(`E${i},员工${i},职务${i % 37},部门${Math.floor(i / 200)},138${String(i).padStart(8, '0')},e${i}@example.cn,${manager}`);
  }
  return lines.join('\r\n');
}

/**
 * Importing a 5,000-row contact CSV into a new account (read and decode, guess the columns, build
 * people, departments and lines, lay out the tree, validate, write the account, its first backup and
 * the index) through the app's own calls, against papaparse alone parsing the same file, in the
 * same run. Rounds alternate which goes first.
 */
export async function contactsBench(): Promise<BenchResult> {
  const dir = await mkdtemp(join(tmpdir(), 'bidmap-bench-contacts-'));
  try {
    const file = join(dir, 'contacts.csv');
    const text = contactCsv();
    await writeFile(file, text);
    const host = new TestHost();
    const session = await openSession({ workspaceDir: join(dir, 'workspace'), host, appDataDir: null, defaultLanguage: 'zh-CN', seedDemoIfEmpty: false });
    const call = async <T>(name: string, input: unknown): Promise<T> => {
      const reply = await session.invoke(name, input);
      if (!reply.ok) throw new Error(reply.error.message);
      return reply.value as T;
    };
    const imports: number[] = [];
    const parses: number[] = [];
    const plans: number[] = [];
    let people = 0;
    const measureImport = async (round: number) => {
      const t = performance.now();
      host.answerOpen(file);
      const read = (await call<ContactsRead>('readContacts', { source: { from: 'dialog' } }))!;
      const done = await call<{ imported: number }>('importContacts', { stagingId: read.stagingId, mapping: read.mapping, accountName: `Bench ${round}` });
      imports.push(performance.now() - t);
      people = done.imported;
    };
    const measureParse = async () => {
      const t = performance.now();
      Papa.parse<string[]>((await readFile(file)).toString('utf8'));
      parses.push(performance.now() - t);
    };
    // The import's own work without the store's (validating and writing the account): read, decode, parse, guess, build, lay out.
    const measurePlan = async () => {
      const t = performance.now();
      const staged = await readContactFile(await readLimited(file));
      planContacts(staged.table, guessMapping(staged.table.headers), { existing: null, accountName: 'Plan', now: new Date().toISOString() });
      plans.push(performance.now() - t);
    };
    for (let round = 0; round < ROUNDS; round++) {
      if (round % 2) {
        await measureImport(round);
        await measurePlan();
        await measureParse();
      } else {
        await measureParse();
        await measurePlan();
        await measureImport(round);
      }
    }
    await session.close();
    if (people !== ROWS) throw new Error(`the bench imported ${people} people, not ${ROWS}`);
    return {
      name: `import a ${ROWS.toLocaleString('en')}-row contact CSV (${(text.length / 1024).toFixed(0)} KiB, manager column) into a new account`,
      ratios: [
        {
          label: 'import',
          measured: median(imports),
          reference: median(parses),
          referenceName: 'papaparse alone reading and parsing the same file',
          unit: 'ms',
          target: 5,
        },
        {
          label: 'without the store',
          measured: median(plans),
          reference: median(parses),
          referenceName: 'the same; import minus validating and writing the account (Workspace.add)',
          unit: 'ms',
        },
      ],
      notes: [
        `the store's part (validating, serializing and durably writing a ${ROWS}-person account, its first backup and the index): about ${(median(imports) - median(plans)).toFixed(0)} ms of the import`,
        `rounds: ${ROUNDS}`,
      ],
    };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
