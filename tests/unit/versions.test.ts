// Version history (issue 7, item 8): while an account is edited, a version of it is kept every 5
// minutes for 7 days; the page lists them, reads one, and restores it as one undoable edit.
import { readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeDemoWorkspace } from '../../electron/services/demo-workspace';
import { Workspace } from '../../electron/services/store/workspace';
import { applyPatch } from '../../shared/logic/chart';
import { patchBetween } from '../../shared/logic/chart/between';
import { versionDiff } from '../../shared/logic/version-diff';
import type { Account } from '../../shared/model/account';
import { openDesk } from '../support/sharing';
import { tempDir } from '../support/temp';

const MIN = 60_000;
const DAY = 24 * 60 * MIN;

/** A demo workspace opened with a clock the test moves. */
async function clocked(start = Date.parse('2026-11-20T09:00:00Z')) {
  const dir = await tempDir();
  await writeDemoWorkspace(dir, 'en');
  await rm(join(dir, 'versions'), { recursive: true }); // kept by the demo's own writes, at the real time
  const clock = { now: start };
  const ws = await Workspace.open(dir, undefined, { now: () => clock.now });
  const id = ws.list()[0]!.id;
  const edit = async (title: string) => {
    ws.update(id, (a) => ({ ...a, people: a.people.map((p, i) => (i === 0 ? { ...p, title } : p)) }));
    await ws.saveNow(id);
  };
  return { dir, ws, id, clock, edit, names: async () => (await ws.versions(id)).map((v) => v.savedAt) };
}

describe('versions are kept 5 minutes apart for 7 days', () => {
  it('an hour of saves a minute apart keeps one version per 5 minutes, each the account as saved then', async () => {
    const { ws, id, clock, edit, names } = await clocked();
    for (let minute = 0; minute <= 60; minute++) {
      await edit(`title at minute ${minute}`);
      clock.now += MIN;
    }
    const kept = await names();
    expect(kept).toHaveLength(13); // minutes 0, 5, …, 60
    const times = kept.map((iso) => Date.parse(iso)).sort((a, b) => a - b);
    for (let i = 1; i < times.length; i++) expect(times[i]! - times[i - 1]!).toBe(5 * MIN);
    // Each holds the account exactly as that save wrote it.
    const at20 = await ws.version(id, (await ws.versions(id)).find((v) => v.savedAt === '2026-11-20T09:20:00.000Z')!.versionId);
    expect(at20.people[0]!.title).toBe('title at minute 20');
    await ws.close();
  });

  it('drops versions older than 7 days, never the newest; the first save after a week away keeps one', async () => {
    const { ws, clock, edit, names } = await clocked();
    await edit('Monday');
    clock.now += 2 * DAY;
    await edit('Wednesday');
    expect(await names()).toHaveLength(2);
    clock.now += 6 * DAY; // Monday's is now 8 days old, Wednesday's 6
    await edit('a week later');
    expect(await names()).toEqual(['2026-11-28T09:00:00.000Z', '2026-11-22T09:00:00.000Z']);
    clock.now += 30 * DAY; // away a month: the newest is old, but the one kept now replaces it
    await edit('back again');
    expect(await names()).toEqual(['2026-12-28T09:00:00.000Z']);
    await ws.close();
  });

  it('a clock set back does not stop versions for good', async () => {
    const { ws, clock, edit, names } = await clocked();
    await edit('today');
    clock.now -= DAY; // the laptop's clock was wrong, and is put right
    await edit('after the fix');
    expect(await names()).toHaveLength(2);
    await ws.close();
  });

  it('a version that cannot be kept never fails the save', async () => {
    const { dir, ws, id, clock, edit } = await clocked();
    // A file where the versions folder should be: keeping fails, saving does not.
    await writeFile(join(dir, 'versions'), 'not a folder');
    clock.now += 10 * MIN;
    await edit('saved anyway');
    const stored = JSON.parse(await readFile(join(dir, 'accounts', `${id}.json`), 'utf8')) as Account;
    expect(stored.people[0]!.title).toBe('saved anyway');
    await ws.close();
  });
});

describe("browsing and restoring versions through the app's calls", () => {
  it('lists newest first, reads one, and refuses a bad or missing id clearly', async () => {
    const dir = await tempDir();
    await writeDemoWorkspace(dir, 'en');
    await rm(join(dir, 'versions'), { recursive: true });
    const desk = await openDesk(dir);
    const [a] = await desk.call('listAccounts', {});
    await desk.call('renameAccount', { id: a!.id, name: 'Renamed' }); // a save: the first version
    const versions = await desk.call('listVersions', { id: a!.id });
    expect(versions).toHaveLength(1);
    expect((await desk.call('getVersion', { id: a!.id, versionId: versions[0]!.versionId })).name).toBe('Renamed');
    expect((await desk.failure('getVersion', { id: a!.id, versionId: '../accounts/x.json' })).code).toBe('invalidInput');
    expect(await desk.failure('getVersion', { id: a!.id, versionId: '2020-01-01T00-00-00-000Z.json' })).toMatchObject({
      code: 'notFound',
      text: { key: 'versionGone' },
    });
    expect((await desk.failure('listVersions', { id: 'nobody' })).code).toBe('notFound');
    await desk.session.close();
  });

  it('a damaged version is refused with its time, and the account is untouched', async () => {
    const dir = await tempDir();
    await writeDemoWorkspace(dir, 'en');
    await rm(join(dir, 'versions'), { recursive: true });
    const desk = await openDesk(dir);
    const [a] = await desk.call('listAccounts', {});
    await desk.call('renameAccount', { id: a!.id, name: 'Renamed' });
    const [v] = await desk.call('listVersions', { id: a!.id });
    const file = join(dir, 'versions', a!.id, v!.versionId);
    // Replaced (not changed in place: the version shares its bytes with the account's backup).
    const bytes = await readFile(file, 'utf8');
    await writeFile(`${file}.new`, bytes.slice(0, 100));
    await rename(`${file}.new`, file);
    const refused = await desk.failure('getVersion', { id: a!.id, versionId: v!.versionId });
    expect(refused).toMatchObject({ code: 'damaged', text: { key: 'versionDamaged' } });
    expect(refused.message).toMatch(/cannot be read .*The account itself is unchanged/);
    expect((await desk.call('getAccount', { id: a!.id })).name).toBe('Renamed');
    await desk.session.close();
  });

  it('restoring is one patch from now to the version; its inverse gives back now exactly', async () => {
    const { ws, id, clock, edit } = await clocked();
    await edit('at the start');
    const before = ws.get(id);
    clock.now += 10 * MIN;
    ws.update(id, (a) => ({
      ...a,
      people: a.people.slice(0, -2),
      links: a.links.filter(
        (l) => a.people.slice(0, -2).some((p) => p.id === l.source) && a.people.slice(0, -2).some((p) => p.id === l.target),
      ),
    }));
    await ws.saveNow(id);
    await edit('changed after');
    const now = ws.get(id);
    const [oldest] = (await ws.versions(id)).slice(-1);
    const version = await ws.version(id, oldest!.versionId);
    const diff = versionDiff(now, version);
    expect(diff.back).toHaveLength(2);
    expect(diff.gone).toEqual([]);
    const patch = patchBetween(now, version);
    const restored = applyPatch(now, patch);
    // The same records (a restored record goes to the end of its list).
    const byId = <T extends { id: string }>(xs: readonly T[]) => [...xs].sort((x, y) => x.id.localeCompare(y.id));
    expect(byId(restored.people)).toEqual(byId(before.people));
    expect(byId(restored.links)).toEqual(byId(before.links));
    expect(applyPatch(restored, patchBetween(restored, now))).toEqual(now);
    await ws.close();
  });

  it('the demo workspace starts with a version of each account (kept when it was written)', async () => {
    const dir = await tempDir();
    await writeDemoWorkspace(dir, 'en');
    const ws = await Workspace.open(dir);
    for (const a of ws.list()) expect(await ws.versions(a.id), a.name).toHaveLength(1);
    expect((await readdir(join(dir, 'versions'))).sort()).toEqual(
      ws
        .list()
        .map((a) => a.id)
        .sort(),
    );
    await ws.close();
  });
});
