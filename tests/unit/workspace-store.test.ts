import { ACCOUNT_SCHEMA_VERSION } from '../../shared/model/account';
import { readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BACKUPS_KEPT } from '../../electron/services/store/backups';
import { Workspace } from '../../electron/services/store/workspace';
import { fixtureCopy, tempDir } from '../support/temp';

const accountFile = (dir: string, id: string) => join(dir, 'accounts', `${id}.json`);
const readJson = async (path: string) => JSON.parse(await readFile(path, 'utf8'));

describe('a workspace folder', () => {
  it('starts empty: workspace.json and accounts/ are created, and it says it is new', async () => {
    const dir = await tempDir();
    const ws = await Workspace.open(dir);
    expect(ws.isNew).toBe(true);
    expect(ws.list()).toEqual([]);
    expect(await readJson(join(dir, 'workspace.json'))).toMatchObject({ schemaVersion: 1, accounts: [] });
    await ws.close();
    expect((await Workspace.open(dir)).isNew).toBe(false);
  });

  it('creates, renames and lists accounts; each is its own file with schemaVersion', async () => {
    const dir = await tempDir();
    const ws = await Workspace.open(dir);
    const a = await ws.create('Henan Power');
    await ws.create('Acme');
    await ws.rename(a.id, 'Henan Power Bureau');
    expect(ws.list().map((s) => s.name)).toEqual(['Acme', 'Henan Power Bureau']);
    expect(await readJson(accountFile(dir, a.id))).toMatchObject({ schemaVersion: ACCOUNT_SCHEMA_VERSION, id: a.id, name: 'Henan Power Bureau' });
    const index = await readJson(join(dir, 'workspace.json'));
    expect(index.accounts.map((e: { name: string }) => e.name).sort()).toEqual(['Acme', 'Henan Power Bureau']);
    await ws.close();
  });

  it('saves edits after a short delay, and close() flushes what is pending', async () => {
    const dir = await tempDir();
    const ws = await Workspace.open(dir);
    const { id } = await ws.create('X');
    ws.update(id, (a) => ({ ...a, industry: 'Telecom' }));
    expect((await readJson(accountFile(dir, id))).industry).toBe('');
    await ws.close();
    expect((await readJson(accountFile(dir, id))).industry).toBe('Telecom');
  });

  it(`keeps the last ${BACKUPS_KEPT} saved versions of an account as backups`, async () => {
    const dir = await tempDir();
    const ws = await Workspace.open(dir);
    const { id } = await ws.create('X');
    for (let i = 1; i <= BACKUPS_KEPT + 3; i++) {
      ws.update(id, (a) => ({ ...a, industry: `v${i}` }));
      await ws.saveNow(id);
    }
    const backups = (await readdir(join(dir, 'backups', id))).sort();
    expect(backups).toHaveLength(BACKUPS_KEPT);
    // The newest backup is the version before the current one; the oldest dropped first.
    expect((await readJson(join(dir, 'backups', id, backups.at(-1)!))).industry).toBe(`v${BACKUPS_KEPT + 2}`);
    expect((await readJson(join(dir, 'backups', id, backups[0]!))).industry).toBe(`v3`);
    await ws.close();
  });

  it('deletes into trash/ and undoes the delete with nothing lost', async () => {
    const dir = await tempDir();
    const ws = await Workspace.open(dir);
    const { id } = await ws.create('Doomed');
    ws.update(id, (a) => ({ ...a, territory: 'North' }));
    const { trashId } = await ws.delete(id);
    expect(ws.list()).toEqual([]);
    expect(await readdir(join(dir, 'accounts'))).toEqual([]);
    const back = await ws.undoDelete(trashId);
    expect(back.name).toBe('Doomed');
    expect(ws.get(id).territory).toBe('North');
    await ws.close();
  });

  it('moves a damaged account file aside, reports it by name with the reason, and opens the rest', async () => {
    const dir = await tempDir();
    const ws = await Workspace.open(dir);
    const good = await ws.create('Good');
    const bad = await ws.create('Bad');
    ws.update(bad.id, (a) => ({ ...a, industry: 'saved once' }));
    await ws.close();
    const original = await readFile(accountFile(dir, bad.id));
    const truncated = original.subarray(0, Math.floor(original.length / 2));
    await writeFile(accountFile(dir, bad.id), truncated);

    const reopened = await Workspace.open(dir);
    expect(reopened.get(good.id).name).toBe('Good');
    expect(reopened.problems).toHaveLength(1);
    const problem = reopened.problems[0]!;
    expect(problem).toMatchObject({
      file: `accounts/${bad.id}.json`,
      code: 'invalidJson',
      accountId: bad.id,
      backupAvailable: true,
    });
    expect(problem.movedTo).toMatch(/^damaged\//);
    expect(await readFile(join(dir, problem.movedTo!))).toEqual(truncated);
    expect(reopened.list().find((a) => a.id === bad.id)?.damaged?.code).toBe('invalidJson');
    expect(() => reopened.get(bad.id)).toThrow(/damaged/);

    await reopened.close();

    // The next start still lists it as damaged: it does not silently vanish from the list.
    const again = await Workspace.open(dir);
    const aside = again.list().find((a) => a.id === bad.id);
    expect(aside).toMatchObject({ name: 'Bad', damaged: { code: 'setAside', movedTo: problem.movedTo, backupAvailable: true } });

    // The last backup brings the account back.
    const restored = await again.restoreBackup(bad.id);
    expect(restored.name).toBe('Bad');
    expect(restored.damaged).toBeNull();
    expect(again.problems).toEqual([]);
    await again.close();
    expect((await Workspace.open(dir)).list().map((a) => [a.name, a.damaged])).toEqual([
      ['Bad', null],
      ['Good', null],
    ]);
  });

  it('restores a backup only over a damaged account', async () => {
    const dir = await tempDir();
    const ws = await Workspace.open(dir);
    const { id } = await ws.create('Healthy');
    ws.update(id, (a) => ({ ...a, industry: 'edited' }));
    await expect(ws.restoreBackup(id)).rejects.toThrow(/not damaged/);
    expect(ws.get(id).industry).toBe('edited');
    await ws.close();
  });

  it('writes workspace.json in order: concurrent settings changes all survive', async () => {
    const dir = await tempDir();
    const ws = await Workspace.open(dir);
    await Promise.all([
      ws.updateSettings({ theme: 'dark' }),
      ws.updateSettings({ language: 'zh-CN' }),
      ws.updateSettings({ preparedBy: 'Liu' }),
      ws.updateSettings({ staleMotiveDays: 60 }),
    ]);
    await ws.close();
    expect((await readJson(join(dir, 'workspace.json'))).settings).toEqual({
      theme: 'dark',
      language: 'zh-CN',
      preparedBy: 'Liu',
      staleMotiveDays: 60,
    });
  });

  it('reports a schema problem with the field path', async () => {
    const dir = await tempDir();
    const ws = await Workspace.open(dir);
    const { id } = await ws.create('X');
    await ws.close();
    const doc = await readJson(accountFile(dir, id));
    doc.people = [{ id: 'p1', name: 42 }];
    await writeFile(accountFile(dir, id), JSON.stringify(doc));
    const reopened = await Workspace.open(dir);
    expect(reopened.problems[0]).toMatchObject({ code: 'invalidSchema' });
    expect(reopened.problems[0]!.detail).toMatch(/people\.0\.name/);
  });

  it('refuses a file written by a newer version and leaves its bytes alone', async () => {
    const dir = await tempDir();
    const ws = await Workspace.open(dir);
    const { id } = await ws.create('Future');
    await ws.close();
    const doc = await readJson(accountFile(dir, id));
    const text = JSON.stringify({ ...doc, schemaVersion: 99 });
    await writeFile(accountFile(dir, id), text);
    const reopened = await Workspace.open(dir);
    expect(reopened.problems[0]).toMatchObject({ code: 'newerVersion' });
    expect(reopened.problems[0]!.detail).toMatch(new RegExp(`99.*${ACCOUNT_SCHEMA_VERSION}`));
    expect(reopened.problems[0]!.movedTo).toBeNull();
    expect(await readFile(accountFile(dir, id), 'utf8')).toBe(text);
    await expect(reopened.restoreBackup(id)).rejects.toThrow(/left in place/);
    await reopened.close();
    expect(await readFile(accountFile(dir, id), 'utf8')).toBe(text);
  });

  it('rebuilds a missing workspace.json from the account files', async () => {
    const dir = await tempDir();
    const ws = await Workspace.open(dir);
    await ws.create('Kept');
    await ws.close();
    await rm(join(dir, 'workspace.json'));
    const reopened = await Workspace.open(dir);
    expect(reopened.list().map((a) => a.name)).toEqual(['Kept']);
    expect(reopened.problems).toEqual([]);
    expect(reopened.isNew).toBe(false);
    await reopened.close();
    expect((await readJson(join(dir, 'workspace.json'))).accounts.map((e: { name: string }) => e.name)).toEqual(['Kept']);
  });

  it('sets a broken workspace.json aside untouched and rebuilds it from the account files', async () => {
    const dir = await tempDir();
    const ws = await Workspace.open(dir);
    await ws.create('Kept');
    await ws.updateSettings({ theme: 'dark' });
    await ws.close();
    await writeFile(join(dir, 'workspace.json'), '{ broken');
    const reopened = await Workspace.open(dir);
    expect(reopened.list().map((a) => a.name)).toEqual(['Kept']);
    const [problem] = reopened.problems;
    expect(problem).toMatchObject({ file: 'workspace.json', code: 'invalidJson' });
    expect(await readFile(join(dir, problem!.movedTo!), 'utf8')).toBe('{ broken');
    expect((await readJson(join(dir, 'workspace.json'))).accounts.map((e: { name: string }) => e.name)).toEqual(['Kept']);
    expect(reopened.isNew).toBe(false);
    await reopened.close();
  });
});

describe('a workspace written by the v0 prototype', () => {
  it('opens after migration with nothing lost, keeping the v0 bytes as a backup', async () => {
    const dir = await fixtureCopy('v0-workspace');
    const v0Bytes = await readFile(accountFile(dir, 'jinan-water'), 'utf8');
    const v0Index = await readFile(join(dir, 'workspace.json'), 'utf8');
    const ws = await Workspace.open(dir);
    expect(ws.problems).toEqual([]);
    expect(ws.migrated).toEqual(
      expect.arrayContaining([
        { file: 'workspace.json', from: 0, to: 1 },
        { file: 'accounts/jinan-water.json', from: 0, to: ACCOUNT_SCHEMA_VERSION },
      ]),
    );
    expect(ws.settings.language).toBe('zh-CN');
    const account = ws.get('jinan-water');
    expect(account.people.map((p) => p.name)).toEqual(['王建国', '李红', '赵刚', '孙丽']);
    expect(account.links.filter((l) => l.kind === 'reportsTo')).toHaveLength(3);
    expect(account.links.filter((l) => l.kind === 'influences')).toHaveLength(1);
    expect(Object.keys(account.canvas.positions)).toHaveLength(4);
    expect((await readJson(accountFile(dir, 'jinan-water'))).schemaVersion).toBe(ACCOUNT_SCHEMA_VERSION);
    const backups = await readdir(join(dir, 'backups', 'jinan-water'));
    expect(await readFile(join(dir, 'backups', 'jinan-water', backups[0]!), 'utf8')).toBe(v0Bytes);
    const [indexBackup] = await readdir(join(dir, 'backups', 'workspace.json'));
    expect(await readFile(join(dir, 'backups', 'workspace.json', indexBackup!), 'utf8')).toBe(v0Index);
    await ws.close();
  });
});
