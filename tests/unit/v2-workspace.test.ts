import { readdir, readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ACCOUNT_SCHEMA_VERSION, type Account } from '../../shared/model/account';
import { openDesk } from '../support/sharing';
import { fixtureCopy } from '../support/temp';

// Issue 18: a whole workspace written by the version before the account over time (schema v2: the
// Chinese demo as `bidmap demo` wrote it at cc79874, with its index, backups and versions) opens
// in this one at v3 with every field where it was and the v2 bytes kept as a backup.

const FIXTURE = resolve(import.meta.dirname, '../fixtures/v2-workspace');

type Json = unknown;
const readJson = async (path: string) => JSON.parse(await readFile(path, 'utf8')) as Json;

/** Every leaf of `old` at the same place in `now`: the places that differ. */
function lostOrChanged(old: Json, now: Json, path: string[] = []): string[] {
  if (Array.isArray(old)) {
    if (!Array.isArray(now) || now.length !== old.length) return [path.join('.')];
    return old.flatMap((x, i) => lostOrChanged(x, now[i], [...path, String(i)]));
  }
  if (typeof old === 'object' && old !== null) {
    if (typeof now !== 'object' || now === null) return [path.join('.')];
    return Object.entries(old).flatMap(([k, x]) => lostOrChanged(x, (now as Record<string, Json>)[k], [...path, k]));
  }
  return old === now ? [] : [path.join('.')];
}

describe('a v2 workspace opened by the services', () => {
  it('holds four accounts at v2 with plans (the fixture is what it claims)', async () => {
    const files = await readdir(join(FIXTURE, 'accounts'));
    expect(files.sort()).toEqual(['bank.json', 'henan.json', 'newspaper.json', 'shandong.json']);
    for (const f of files) {
      const v2 = (await readJson(join(FIXTURE, 'accounts', f))) as { schemaVersion: number; actions: unknown[] };
      expect(v2.schemaVersion, f).toBe(2);
      expect(v2.actions.length, f).toBeGreaterThan(0);
    }
  });

  it('migrates every account to the current version with nothing lost, and keeps the v2 bytes as a backup', async () => {
    const dir = await fixtureCopy('v2-workspace');
    const desk = await openDesk(dir);
    const listed = await desk.call('listAccounts', {});
    expect(listed.map((a) => a.id).sort()).toEqual(['bank', 'henan', 'newspaper', 'shandong']);
    for (const { id } of listed) {
      const v2 = (await readJson(join(FIXTURE, 'accounts', `${id}.json`))) as Record<string, Json>;
      const now = (await desk.call('getAccount', { id })) as Account;
      expect(now.schemaVersion).toBe(ACCOUNT_SCHEMA_VERSION);
      expect(lostOrChanged({ ...v2, schemaVersion: undefined }, { ...now, schemaVersion: undefined }), id).toEqual([]);
      expect(((await desk.stored(id)) as Account).schemaVersion).toBe(ACCOUNT_SCHEMA_VERSION);
      const v2Bytes = await readFile(join(FIXTURE, 'accounts', `${id}.json`), 'utf8');
      const backups = await readdir(join(dir, 'backups', id));
      const kept = await Promise.all(backups.map((b) => readFile(join(dir, 'backups', id, b), 'utf8')));
      expect(kept, id).toContain(v2Bytes);
    }
    await desk.session.close();
  });

  it('reads the v2 versions of an account as current accounts', async () => {
    const desk = await openDesk(await fixtureCopy('v2-workspace'));
    const v2 = (await readJson(join(FIXTURE, 'accounts', 'henan.json'))) as { people: { name: string }[] };
    const versions = await desk.call('listVersions', { id: 'henan' });
    expect(versions.length).toBeGreaterThan(0);
    for (const v of versions) {
      const old = await desk.call('getVersion', { id: 'henan', versionId: v.versionId });
      expect(old.schemaVersion).toBe(ACCOUNT_SCHEMA_VERSION);
      expect(old.people.map((p) => p.name)).toEqual(v2.people.map((p) => p.name));
    }
    await desk.session.close();
  });
});
