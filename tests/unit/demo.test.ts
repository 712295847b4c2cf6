import { describe, expect, it } from 'vitest';
import { buildDemoAccounts, DEMO_ACCOUNT_IDS } from '../../electron/services/demo';
import { Account, ACCOUNT_SCHEMA_VERSION } from '../../shared/model';
import { BUYING_ROLES, DECISION_QUESTIONS } from '../../shared/taxonomy/keys';

const NOW = '2026-11-22T09:00:00.000Z';
const CJK = /[\u2e80-\u2fdf\u3000-\u303f\u3040-\u30ff\u3100-\u31ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff00-\uffef]/;

/** Every string in a value, with the key it sits under. */
function strings(value: unknown, key = '', out: { key: string; value: string }[] = []) {
  if (typeof value === 'string') out.push({ key, value });
  else if (Array.isArray(value)) value.forEach((v) => strings(v, key, out));
  else if (value !== null && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) strings(v, k, out);
  }
  return out;
}

function solidManagers(a: Account): Map<string, string[]> {
  const m = new Map<string, string[]>();
  for (const l of a.links) {
    if (l.kind !== 'reportsTo' || l.dotted) continue;
    m.set(l.source, [...(m.get(l.source) ?? []), l.target]);
  }
  return m;
}

describe.each(['zh-CN', 'en'] as const)('demo workspace (%s)', (lang) => {
  const accounts = buildDemoAccounts(lang, NOW);
  const byId = new Map(accounts.map((a) => [a.id, a]));

  it('builds four accounts that parse', () => {
    expect(accounts).toHaveLength(4);
    expect(accounts.map((a) => a.id)).toEqual([...DEMO_ACCOUNT_IDS]);
    for (const a of accounts) {
      expect(() => Account.parse(a)).not.toThrow();
      expect(a.schemaVersion).toBe(ACCOUNT_SCHEMA_VERSION);
      expect(a.createdAt).toBe(NOW);
    }
  });

  it('is deterministic', () => {
    expect(buildDemoAccounts(lang, NOW)).toEqual(accounts);
  });

  it.each(['henan', 'shandong'])('%s is a large, complete account', (id) => {
    const a = byId.get(id)!;
    expect(a).toBeDefined();
    expect(a.people.length).toBeGreaterThanOrEqual(12);
    expect(a.competitors.length).toBeGreaterThanOrEqual(1);
    expect(a.opportunities.length).toBeGreaterThanOrEqual(1);
    const ids = new Set(a.people.map((p) => p.id));
    const complete = a.opportunities.filter((o) =>
      DECISION_QUESTIONS.every((q) => o.decisions[q].length > 0 && o.decisions[q].every((pid) => ids.has(pid))),
    );
    expect(complete.length).toBeGreaterThanOrEqual(1);
    const keyPeople = a.people.filter((p) => p.keyPerson);
    expect(keyPeople.length).toBeGreaterThanOrEqual(4);
    expect(keyPeople.length).toBeLessThanOrEqual(6);
    for (const p of keyPeople) {
      expect(p.motives.organizational).not.toBe('');
      expect(p.motives.personal).not.toBe('');
      expect(p.dossier.hometown).not.toBe('');
    }
  });

  it('has unique ids and references that resolve', () => {
    for (const a of accounts) {
      const people = new Set(a.people.map((p) => p.id));
      expect(people.size).toBe(a.people.length);
      expect(new Set(a.links.map((l) => l.id)).size).toBe(a.links.length);
      const team = new Set(a.team.map((t) => t.id));
      const depts = new Set(a.departments.map((d) => d.id));
      const competitors = new Set(a.competitors.map((c) => c.id));
      for (const l of a.links) {
        expect(people.has(l.source), `${a.id} ${l.id} source`).toBe(true);
        expect(people.has(l.target), `${a.id} ${l.id} target`).toBe(true);
      }
      for (const p of a.people) {
        if (p.departmentId) expect(depts.has(p.departmentId), `${p.id} department`).toBe(true);
        if (p.relationship.ownerId) expect(team.has(p.relationship.ownerId), `${p.id} owner`).toBe(true);
        for (const c of p.relationship.coverage) expect(team.has(c.memberId), `${p.id} coverage`).toBe(true);
        for (const act of p.activities) for (const m of act.memberIds) expect(team.has(m), `${act.id} member`).toBe(true);
      }
      for (const d of a.departments) if (d.parentId) expect(depts.has(d.parentId)).toBe(true);
      for (const o of a.opportunities) for (const c of o.competitorIds) expect(competitors.has(c)).toBe(true);
    }
  });

  it('has one solid manager per non-root person and no reporting cycle', () => {
    for (const a of accounts) {
      const managers = solidManagers(a);
      const roots = a.people.filter((p) => !managers.has(p.id));
      expect(roots.length, `${a.id} roots`).toBeGreaterThanOrEqual(1);
      expect(roots.length, `${a.id} roots`).toBeLessThanOrEqual(3);
      for (const p of a.people) expect(managers.get(p.id)?.length ?? 0, p.id).toBeLessThanOrEqual(1);
      for (const p of a.people) {
        const seen = new Set<string>();
        for (let cur: string | undefined = p.id; cur; cur = managers.get(cur)?.[0]) {
          expect(seen.has(cur), `cycle through ${cur}`).toBe(false);
          seen.add(cur);
        }
      }
    }
  });

  it('gives every person a position on the canvas', () => {
    for (const a of accounts) {
      for (const p of a.people) expect(a.canvas.positions[p.id], p.id).toBeDefined();
    }
  });

  it('has every buying role held by someone', () => {
    const held = new Set(accounts.flatMap((a) => a.people.flatMap((p) => p.roles)));
    for (const role of BUYING_ROLES) expect(held.has(role), role).toBe(true);
  });

  it("records Director Zhang's organisational and personal motives", () => {
    const bank = byId.get('bank')!;
    const zhang = bank.people.find((p) => p.name.includes('张') || p.alternateName.includes('张'));
    expect(zhang).toBeDefined();
    expect(zhang!.motives.organizational.length).toBeGreaterThan(0);
    expect(zhang!.motives.personal.length).toBeGreaterThan(0);
    expect(['partly', 'aligned']).toContain(zhang!.motives.alignment);
    expect(zhang!.keyPerson).toBe(true);
  });

  if (lang === 'en') {
    it('holds no Chinese text outside alternate names', () => {
      const bad = strings(accounts).filter((s) => s.key !== 'alternateName' && CJK.test(s.value));
      expect(bad).toEqual([]);
    });
  } else {
    it('uses Chinese names', () => {
      for (const a of accounts) {
        expect(CJK.test(a.name)).toBe(true);
        for (const p of a.people) expect(CJK.test(p.name), p.id).toBe(true);
      }
    });
  }
});
