import { describe, expect, it } from 'vitest';
import { Account, ACCOUNT_SCHEMA_VERSION } from '../../shared/model/account';
import { ACCOUNT_MIGRATIONS, migrate, MigrationError, type Migration } from '../../shared/model/migrations';
import { accountV0toV1 } from '../../shared/model/migrations/account-v0';
import v0 from '../fixtures/v0-workspace/accounts/jinan-water.json';
import v1Account from '../fixtures/v1-account/qingdao-port.json';

describe('the migration runner', () => {
  it('takes a v0 account (no schemaVersion) to the current version', () => {
    const { doc, from } = migrate(structuredClone(v0), ACCOUNT_MIGRATIONS, ACCOUNT_SCHEMA_VERSION);
    expect(from).toBe(0);
    expect(doc.schemaVersion).toBe(ACCOUNT_SCHEMA_VERSION);
    expect(Account.safeParse(doc).success).toBe(true);
  });

  it('refuses a file of a newer version, naming both versions', () => {
    expect(() => migrate({ schemaVersion: 7 }, ACCOUNT_MIGRATIONS, 1)).toThrow(/schema version 7; this version reads up to 1/);
  });

  it('refuses a schemaVersion that is not a whole number', () => {
    expect(() => migrate({ schemaVersion: '1' }, ACCOUNT_MIGRATIONS, 1)).toThrow(MigrationError);
  });

  it('chains steps in order (proved with a test-only v1 -> v2 step)', () => {
    const v1toV2: Migration = {
      from: 1,
      name: 'test: rename industry to sector',
      up: ({ industry, ...rest }) => ({ ...rest, sector: industry }),
    };
    const { doc, from } = migrate(structuredClone(v0), [v1toV2, accountV0toV1], 2);
    expect(from).toBe(0);
    expect(doc).toMatchObject({ schemaVersion: 2, sector: '水务' });
    expect(doc).not.toHaveProperty('industry');
  });

  it('says which step is missing', () => {
    expect(() => migrate({ schemaVersion: 3 }, ACCOUNT_MIGRATIONS, 4)).toThrow(/no migration from schema version 3 to 4/);
  });
});

describe('account v0 -> v1', () => {
  const v1 = Account.parse(migrate(structuredClone(v0), ACCOUNT_MIGRATIONS, ACCOUNT_SCHEMA_VERSION).doc);
  const person = (id: string) => v1.people.find((p) => p.id === id)!;

  it('turns managerId into reportsTo links (source is the subordinate)', () => {
    const reporting = v1.links.filter((l) => l.kind === 'reportsTo').map((l) => [l.source, l.target]);
    expect(reporting).toEqual(
      expect.arrayContaining([
        ['p2', 'p1'],
        ['p3', 'p1'],
        ['p4', 'p2'],
      ]),
    );
    expect(reporting).toHaveLength(3);
  });

  it('keeps the existing links, positions, roles, notes and dossier', () => {
    expect(v1.links.find((l) => l.id === 'l-inf')).toMatchObject({ source: 'p4', target: 'p3', kind: 'influences' });
    expect(v1.canvas.positions).toEqual({
      p1: { x: 400, y: 0 },
      p2: { x: 200, y: 180 },
      p3: { x: 600, y: 180 },
      p4: { x: 200, y: 360 },
    });
    expect(person('p1').roles).toEqual(['decisionMaker']);
    expect(person('p4').roles).toEqual(['endUser', 'influencer']);
    expect(person('p1').dossier.notes).toBe('每周三上午开办公会');
    expect(person('p2').dossier).toMatchObject({ hometown: '泰安', university: '山东大学', sports: '羽毛球' });
    expect(person('p2')).toMatchObject({ attitude: 'champion', influence: 4 });
    expect(v1).toMatchObject({ name: '济南水务集团 SCADA 升级', industry: '水务', updatedAt: '2025-06-01T08:00:00.000Z' });
  });

  it('is pure: the input is not changed', () => {
    const input = structuredClone(v0);
    accountV0toV1.up(input);
    expect(input).toEqual(v0);
  });
});

// Issue 17: the next steps kept on activities become actions of the plan; nothing is lost.
describe('account v1 -> v2', () => {
  const { doc, from } = migrate(
    structuredClone(v1Account) as Record<string, unknown>,
    ACCOUNT_MIGRATIONS,
    ACCOUNT_SCHEMA_VERSION,
  );
  const v2 = Account.parse(doc);
  const activity = (id: string) => v2.people.flatMap((p) => p.activities).find((a) => a.id === id)!;
  const actionOf = (activityId: string) => v2.actions.find((a) => a.id === activity(activityId).actionId);

  it('reads a v1 file and gives a valid account of the current version', () => {
    expect(from).toBe(1);
    expect(v2.schemaVersion).toBe(ACCOUNT_SCHEMA_VERSION);
  });

  it('turns each next step into an action: its words, due date and done, for the person whose log it was in, owned by the user', () => {
    expect(actionOf('a1')).toMatchObject({
      text: '下周送去参考客户名单',
      due: '2026-11-24',
      status: 'open',
      personIds: ['p_boss'],
      owner: '@me',
      activityId: 'a1',
      createdOn: '2026-11-10',
    });
    expect(actionOf('a2')).toMatchObject({ text: 'Confirm the date with his assistant', status: 'done', personIds: ['p_boss'] });
    // A due date without words is still a plan: kept.
    expect(actionOf('a4')).toMatchObject({ text: '', due: '2026-12-01', personIds: ['p_it'] });
    // An activity that had no next step gets no action.
    expect(activity('a3').actionId).toBeNull();
    expect(v2.actions).toHaveLength(3);
  });

  it('keeps the activities themselves whole, without the fields that moved', () => {
    expect(activity('a1')).toEqual({
      id: 'a1',
      date: '2026-11-10',
      kind: 'visit',
      summary: '拜访，谈了码头自动化的规划',
      memberIds: ['tm_lin'],
      actionId: actionOf('a1')!.id,
    });
    expect(JSON.stringify(v2)).not.toContain('nextStep');
  });

  it('a next step longer than an action holds (v1 took 4,000 characters) opens: its start is the action, every word its note', () => {
    const long = '下周送去参考客户名单并约定现场考察的日期。'.repeat(190);
    const input = structuredClone(v1Account) as { people: { activities: { id: string; nextStep?: string }[] }[] };
    input.people.flatMap((p) => p.activities).find((a) => a.id === 'a1')!.nextStep = long;
    const migrated = Account.parse(
      migrate(input as unknown as Record<string, unknown>, ACCOUNT_MIGRATIONS, ACCOUNT_SCHEMA_VERSION).doc,
    );
    const action = migrated.actions.find((a) => a.activityId === 'a1')!;
    expect(long.length).toBeGreaterThan(1000);
    expect(action.text.length).toBeLessThanOrEqual(1000);
    expect(long.startsWith(action.text.slice(0, -1))).toBe(true);
    expect(action.note).toBe(long);
  });

  it('is pure: the same file gives the same account, and the input is not touched', () => {
    const input = structuredClone(v1Account) as Record<string, unknown>;
    const again = migrate(input, ACCOUNT_MIGRATIONS, ACCOUNT_SCHEMA_VERSION).doc;
    expect(again).toEqual(doc);
    expect(input).toEqual(v1Account);
  });
});

// Issue 18: v3's records all have defaults; the step only moves the version, and is pure.
describe('account v2 -> v3', () => {
  const v2 = {
    schemaVersion: 2,
    id: 'qd',
    name: '青岛港',
    createdAt: '2026-01-01T00:00:00.000Z',
    updatedAt: '2026-01-01T00:00:00.000Z',
    actions: [],
  };

  it('gives a valid current account from a v2 file, every v2 field as it was', () => {
    const input = structuredClone(v2);
    const { doc, from } = migrate(input, ACCOUNT_MIGRATIONS, ACCOUNT_SCHEMA_VERSION);
    expect(from).toBe(2);
    expect(input).toEqual(v2);
    expect(Account.parse(doc)).toMatchObject({ ...v2, schemaVersion: ACCOUNT_SCHEMA_VERSION });
  });
});
