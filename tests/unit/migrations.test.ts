import { describe, expect, it } from 'vitest';
import { Account, ACCOUNT_SCHEMA_VERSION } from '../../shared/model/account';
import { ACCOUNT_MIGRATIONS, migrate, MigrationError, type Migration } from '../../shared/model/migrations';
import { accountV0toV1 } from '../../shared/model/migrations/account-v0';
import v0 from '../fixtures/v0-workspace/accounts/jinan-water.json';

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
    const v1toV2: Migration = { from: 1, name: 'test: rename industry to sector', up: ({ industry, ...rest }) => ({ ...rest, sector: industry }) };
    const { doc, from } = migrate(structuredClone(v0), [v1toV2, accountV0toV1], 2);
    expect(from).toBe(0);
    expect(doc).toMatchObject({ schemaVersion: 2, sector: '水务' });
    expect(doc).not.toHaveProperty('industry');
  });

  it('says which step is missing', () => {
    expect(() => migrate({ schemaVersion: 1 }, ACCOUNT_MIGRATIONS, 2)).toThrow(/no migration from schema version 1 to 2/);
  });
});

describe('account v0 -> v1', () => {
  const v1 = Account.parse(migrate(structuredClone(v0), ACCOUNT_MIGRATIONS, 1).doc);
  const person = (id: string) => v1.people.find((p) => p.id === id)!;

  it('turns managerId into reportsTo links (source is the subordinate)', () => {
    const reporting = v1.links.filter((l) => l.kind === 'reportsTo').map((l) => [l.source, l.target]);
    expect(reporting).toEqual(expect.arrayContaining([['p2', 'p1'], ['p3', 'p1'], ['p4', 'p2']]));
    expect(reporting).toHaveLength(3);
  });

  it('keeps the existing links, positions, roles, notes and dossier', () => {
    expect(v1.links.find((l) => l.id === 'l-inf')).toMatchObject({ source: 'p4', target: 'p3', kind: 'influences' });
    expect(v1.canvas.positions).toEqual({ p1: { x: 400, y: 0 }, p2: { x: 200, y: 180 }, p3: { x: 600, y: 180 }, p4: { x: 200, y: 360 } });
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
