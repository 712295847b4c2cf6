import { readdir, readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ACCOUNT_SCHEMA_VERSION, type Account } from '../../shared/model/account';
import { ME } from '../../shared/model/strategy';
import { openDesk } from '../support/sharing';
import { fixtureCopy } from '../support/temp';

// Issue 17: a whole workspace written by the version before the plan (schema v1: the demo as that
// version wrote it, with its index, backups and versions) opens in this one at v2 with nothing
// lost: every field it held is where it was, and each activity's next step is now an action of
// the plan, linked both ways.

const FIXTURE = resolve(import.meta.dirname, '../fixtures/v1-workspace');
const NEXT_STEP = new Set(['nextStep', 'nextStepDue', 'nextStepDone']);

type Json = unknown;
interface V1Activity {
  id: string;
  date: string;
  nextStep?: string;
  nextStepDue?: string;
  nextStepDone?: boolean;
}
interface V1Account {
  schemaVersion: number;
  id: string;
  name: string;
  people: { id: string; name: string; activities?: V1Activity[] }[];
}

const readJson = async (path: string) => JSON.parse(await readFile(path, 'utf8')) as Json;

/** Every leaf of `v1` (but the next steps, which moved) at the same place in `v2`: the places that differ. */
function lostOrChanged(v1: Json, v2: Json, path: string[] = []): string[] {
  if (Array.isArray(v1)) {
    if (!Array.isArray(v2) || v2.length !== v1.length) return [path.join('.')];
    return v1.flatMap((x, i) => lostOrChanged(x, v2[i], [...path, String(i)]));
  }
  if (typeof v1 === 'object' && v1 !== null) {
    if (typeof v2 !== 'object' || v2 === null) return [path.join('.')];
    return Object.entries(v1).flatMap(([k, x]) =>
      path.includes('activities') && NEXT_STEP.has(k) ? [] : lostOrChanged(x, (v2 as Record<string, Json>)[k], [...path, k]),
    );
  }
  return v1 === v2 ? [] : [path.join('.')];
}

describe('a v1 workspace opened by the services', () => {
  it('has accounts at v1 with next steps to carry (the fixture is what it claims)', async () => {
    const files = await readdir(join(FIXTURE, 'accounts'));
    expect(files.sort()).toEqual(['bank.json', 'henan.json', 'newspaper.json', 'shandong.json']);
    for (const f of files) {
      const v1 = (await readJson(join(FIXTURE, 'accounts', f))) as V1Account;
      expect(v1.schemaVersion, f).toBe(1);
      expect(v1).not.toHaveProperty('actions');
      expect(
        v1.people.some((p) => p.activities?.some((a) => a.nextStep)),
        f,
      ).toBe(true);
    }
  });

  it('migrates every account to v2 with nothing lost; each next step is an action linked to its activity', async () => {
    const dir = await fixtureCopy('v1-workspace');
    const desk = await openDesk(dir);
    const listed = await desk.call('listAccounts', {});
    expect(listed.map((a) => a.id).sort()).toEqual(['bank', 'henan', 'newspaper', 'shandong']);
    let steps = 0;
    for (const { id } of listed) {
      const v1 = (await readJson(join(FIXTURE, 'accounts', `${id}.json`))) as V1Account;
      const v2 = (await desk.call('getAccount', { id })) as Account;
      expect(v2.schemaVersion).toBe(ACCOUNT_SCHEMA_VERSION);
      // Every field v1 held, at its place (people, lines, opportunities, dossiers, activities, layout…).
      expect(lostOrChanged({ ...v1, schemaVersion: undefined }, { ...v2, schemaVersion: undefined }), id).toEqual([]);
      // Each next step, and nothing else, became an action of the plan.
      const withSteps = v1.people.flatMap((p) =>
        (p.activities ?? []).filter((a) => (a.nextStep ?? '').trim() || a.nextStepDue).map((a) => ({ p, a })),
      );
      expect(v2.actions, id).toHaveLength(withSteps.length);
      for (const { p, a } of withSteps) {
        const activity = v2.people.find((x) => x.id === p.id)!.activities.find((x) => x.id === a.id)!;
        const action = v2.actions.find((x) => x.id === activity.actionId);
        expect(action, `${id} ${a.id}`).toMatchObject({
          text: a.nextStep ?? '',
          due: a.nextStepDue ?? '',
          status: a.nextStepDone ? 'done' : 'open',
          owner: ME,
          personIds: [p.id],
          activityId: a.id,
          createdOn: a.date,
        });
      }
      steps += withSteps.length;
      // The file on disk is v2 now; the v1 bytes are kept as a backup.
      expect(((await desk.stored(id)) as Account).schemaVersion).toBe(ACCOUNT_SCHEMA_VERSION);
      const v1Bytes = await readFile(join(FIXTURE, 'accounts', `${id}.json`), 'utf8');
      const backups = await readdir(join(dir, 'backups', id));
      const kept = await Promise.all(backups.map((b) => readFile(join(dir, 'backups', id, b), 'utf8')));
      expect(kept, id).toContain(v1Bytes);
    }
    expect(steps).toBe(25);
    await desk.session.close();
  });

  it('reads the v1 versions of an account as v2 accounts', async () => {
    const desk = await openDesk(await fixtureCopy('v1-workspace'));
    const v1 = (await readJson(join(FIXTURE, 'accounts', 'henan.json'))) as V1Account;
    const versions = await desk.call('listVersions', { id: 'henan' });
    expect(versions.length).toBeGreaterThan(0);
    for (const v of versions) {
      const old = await desk.call('getVersion', { id: 'henan', versionId: v.versionId });
      expect(old.schemaVersion).toBe(ACCOUNT_SCHEMA_VERSION);
      expect(old.people.map((p) => p.name)).toEqual(v1.people.map((p) => p.name));
    }
    await desk.session.close();
  });
});
