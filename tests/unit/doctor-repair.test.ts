import { readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readAccountFile } from '../../electron/services/store/account-file';
import { Workspace } from '../../electron/services/store/workspace';
import type { Account } from '../../shared/model/account';
import { Person } from '../../shared/model/person';
import { cli } from '../support/cli';
import { tempDir } from '../support/temp';

/** A workspace of two accounts; Acme saved five times, so it has backups of older versions. */
async function workspace(): Promise<{ dir: string; acme: string; other: string }> {
  const dir = await tempDir();
  const ws = await Workspace.open(dir);
  const acme = (await ws.create('Acme')).id;
  const other = (await ws.create('Other')).id;
  for (let i = 1; i <= 5; i++) {
    ws.update(acme, (a) => ({ ...a, industry: `version ${i}`, people: [...a.people, personNamed(`Person ${i}`)] }));
    await ws.saveNow(acme);
  }
  await ws.close();
  return { dir, acme, other };
}

const personNamed = (name: string) => Person.parse({ id: `p-${name.replace(/\W/g, '')}`, name });

const accountPath = (dir: string, id: string) => join(dir, 'accounts', `${id}.json`);

/** The backups of an account, newest first, each read and validated. */
async function backupsOf(dir: string, id: string): Promise<{ path: string; account: Account | null }[]> {
  const names = (await readdir(join(dir, 'backups', id))).sort().reverse();
  return Promise.all(
    names.map(async (n) => {
      const path = join(dir, 'backups', id, n);
      const r = await readAccountFile(path);
      return { path, account: r.ok ? r.value : null };
    }),
  );
}

/** The files in damaged/, with their bytes. */
async function damagedFiles(dir: string): Promise<Map<string, Buffer>> {
  const names = await readdir(join(dir, 'damaged')).catch(() => [] as string[]);
  return new Map(await Promise.all(names.map(async (n) => [n, await readFile(join(dir, 'damaged', n))] as const)));
}

const DAMAGE: Record<string, (bytes: Buffer) => Buffer> = {
  truncated: (b) => b.subarray(0, Math.floor(b.length / 2)),
  garbled: (b) => {
    const g = Buffer.from(b);
    for (let i = 0; i < Math.min(64, g.length); i++) g[i] = (i * 97 + 13) % 256;
    g[0] = 0;
    return g;
  },
  'zero-length': () => Buffer.alloc(0),
  'schema-invalid': (b) => {
    const doc = JSON.parse(b.toString('utf8')) as { people: { name: unknown }[] };
    doc.people[0]!.name = 42;
    return Buffer.from(JSON.stringify(doc));
  },
};

const shownDate = (iso: string) => `${iso.slice(0, 10)} ${iso.slice(11, 19)} UTC`;

describe('bidmap doctor --repair', () => {
  for (const [kind, damage] of Object.entries(DAMAGE)) {
    it(`repairs a ${kind} account file: kept aside untouched, its newest valid backup restored and dated`, async () => {
      const { dir, acme, other } = await workspace();
      const damaged = damage(await readFile(accountPath(dir, acme)));
      await writeFile(accountPath(dir, acme), damaged);
      const otherBytes = await readFile(accountPath(dir, other));
      const newest = (await backupsOf(dir, acme))[0]!;
      expect(newest.account?.industry).toBe('version 4');

      expect((await cli('doctor', '--workspace', dir)).code).toBe(1);
      const { code, out, err } = await cli('doctor', '--repair', '--workspace', dir);
      expect(err).toBe('');
      expect(code).toBe(0);
      expect(out).toContain(`accounts/${acme}.json: `);
      expect(out).toContain(`restored the newest valid backup, last saved ${shownDate(newest.account!.updatedAt)}`);

      // The damaged bytes are kept as they were, in one file under damaged/.
      const kept = await damagedFiles(dir);
      expect([...kept.keys()]).toEqual([expect.stringMatching(new RegExp(`^${acme}\\.json\\.`))]);
      expect([...kept.values()][0]!.equals(damaged)).toBe(true);
      expect(out).toContain(`kept aside as damaged/${[...kept.keys()][0]}`);
      // The account is its newest valid backup again; the other account is untouched.
      const restored = await readAccountFile(accountPath(dir, acme));
      expect(restored.ok && restored.value).toEqual(newest.account);
      expect((await readFile(accountPath(dir, other))).equals(otherBytes)).toBe(true);
      expect((await cli('doctor', '--workspace', dir)).code).toBe(0);
      const ws = await Workspace.open(dir);
      expect(ws.problems).toEqual([]);
      expect(ws.get(acme).people.map((p) => p.name)).toContain('Person 4');
      await ws.close();
    });
  }

  it('skips a damaged newest backup and restores the newest one that is valid', async () => {
    const { dir, acme } = await workspace();
    const [newest, second] = await backupsOf(dir, acme);
    // Backups are hard links of earlier versions: replace the newest's bytes without touching the others.
    await rm(newest!.path);
    await writeFile(newest!.path, '{"schemaVersion":1,');
    await writeFile(accountPath(dir, acme), '');
    const { code, out } = await cli('doctor', '--repair', '--workspace', dir);
    expect(code).toBe(0);
    expect(out).toContain(shownDate(second!.account!.updatedAt));
    const restored = await readAccountFile(accountPath(dir, acme));
    expect(restored.ok && restored.value).toEqual(second!.account);
    expect(restored.ok && restored.value.industry).toBe('version 3');
  });

  it('says so when an account has no valid backup: the damaged file kept aside, exit 1', async () => {
    const { dir, acme } = await workspace();
    await writeFile(accountPath(dir, acme), '{"id":');
    await rm(join(dir, 'backups', acme), { recursive: true });
    const { code, err } = await cli('doctor', '--repair', '--workspace', dir);
    expect(code).toBe(1);
    expect(err).toContain('no valid backup to restore');
    expect(err).toContain('Repaired 0 of 1 problem(s)');
    expect([...(await damagedFiles(dir)).values()].map((b) => b.toString())).toEqual(['{"id":']);
    // doctor still names it, as set aside; a second repair has still nothing to restore.
    expect((await cli('doctor', '--workspace', dir)).err).toContain(`accounts/${acme}.json: setAside`);
    expect((await cli('doctor', '--repair', '--workspace', dir)).code).toBe(1);
  });

  it('rebuilds a damaged workspace.json from the account files, keeping the damaged one aside', async () => {
    const { dir, acme, other } = await workspace();
    const broken = '{"schemaVersion":1,"accounts":[{"id":';
    await writeFile(join(dir, 'workspace.json'), broken);
    const { code, out } = await cli('doctor', '--repair', '--workspace', dir);
    expect(code).toBe(0);
    expect(out).toContain('workspace.json: invalidJson');
    expect(out).toContain('rebuilt from the account files');
    const index = JSON.parse(await readFile(join(dir, 'workspace.json'), 'utf8')) as { accounts: { id: string; name: string }[] };
    expect(index.accounts.map((a) => [a.name, a.id]).sort()).toEqual([
      ['Acme', acme],
      ['Other', other],
    ]);
    const kept = await damagedFiles(dir);
    expect([...kept.keys()]).toEqual([expect.stringMatching(/^workspace\.json\./)]);
    expect([...kept.values()][0]!.toString()).toBe(broken);
    expect((await cli('doctor', '--workspace', dir)).code).toBe(0);
  });

  it('repairs a damaged account and workspace.json together; --json lists each repair', async () => {
    const { dir, acme } = await workspace();
    await writeFile(join(dir, 'workspace.json'), 'garbage');
    await writeFile(accountPath(dir, acme), '{}');
    const { code, out } = await cli('doctor', '--repair', '--json', '--workspace', dir);
    expect(code).toBe(0);
    const report = JSON.parse(out) as { repaired: number; left: number; repairs: { file: string; outcome: string }[] };
    expect(report).toMatchObject({ repaired: 2, left: 0 });
    expect(report.repairs.map((r) => [r.file, r.outcome]).sort()).toEqual([
      [`accounts/${acme}.json`, 'restored'],
      ['workspace.json', 'rebuilt'],
    ]);
    expect((await cli('doctor', '--workspace', dir)).code).toBe(0);
  });

  it('restores an account an earlier app start already set aside', async () => {
    const { dir, acme } = await workspace();
    await writeFile(accountPath(dir, acme), 'not json');
    await (await Workspace.open(dir)).close(); // the app moves it aside and lists it as damaged
    expect((await cli('doctor', '--workspace', dir)).err).toContain('setAside');
    const { code, out } = await cli('doctor', '--repair', '--workspace', dir);
    expect(code).toBe(0);
    expect(out).toContain('restored the newest valid backup');
    expect((await cli('doctor', '--workspace', dir)).code).toBe(0);
  });

  it('has nothing to do in a healthy workspace, and --repair goes with doctor only', async () => {
    const { dir } = await workspace();
    const { code, out } = await cli('doctor', '--repair', '--workspace', dir);
    expect(code).toBe(0);
    expect(out).toContain('Nothing to repair: 2 account file(s) valid');
    expect((await cli('list', '--repair', '--workspace', dir)).code).toBe(2);
  });
});
