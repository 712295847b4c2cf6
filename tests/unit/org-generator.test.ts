import { describe, expect, it } from 'vitest';
import { chartProblem } from '../../shared/logic/chart/rules';
import { Account } from '../../shared/model/account';
import { generateOrgAccount } from '../support/org-generator';

const solidManagers = (account: Account) => {
  const managers = new Map<string, string[]>();
  for (const l of account.links) {
    if (l.kind !== 'reportsTo' || l.dotted) continue;
    managers.set(l.source, [...(managers.get(l.source) ?? []), l.target]);
  }
  return managers;
};

describe('generateOrgAccount', () => {
  it.each([1, 2, 5, 40, 300, 1000, 3000])('makes a valid account of %i people', (people) => {
    const account = generateOrgAccount({ people, seed: 7 });
    expect(Account.parse(account)).toEqual(account);
    expect(account.people).toHaveLength(people);
    expect(new Set(account.people.map((p) => p.id)).size).toBe(people);
    expect(new Set(account.links.map((l) => l.id)).size).toBe(account.links.length);
    const ids = new Set(account.people.map((p) => p.id));
    for (const l of account.links) {
      expect(ids.has(l.source) && ids.has(l.target) && l.source !== l.target).toBe(true);
    }
    expect(account.links.filter((l) => l.kind === 'reportsTo' && !l.dotted)).toHaveLength(people - 1);
    expect(account.links.filter((l) => l.kind === 'influences')).toHaveLength(people > 1 ? Math.round(people * 0.1) : 0);
    expect(account.canvas.positions).toEqual({});
    // The app refuses every edit to a chart that breaks its rules: the generated one must keep them.
    expect(chartProblem(account)).toBeNull();
  });

  it.each([300, 1000, 3000])(
    'at %i people: one top, one solid manager for everyone else, no cycle, 4–7 levels, spans of 3–8',
    (people) => {
      const account = generateOrgAccount({ people, seed: 3 });
      const managers = solidManagers(account);
      const tops = account.people.filter((p) => !managers.has(p.id));
      expect(tops).toHaveLength(1);
      for (const list of managers.values()) expect(list).toHaveLength(1);
      const managerOf = new Map([...managers].map(([id, [m]]) => [id, m!]));

      let deepest = 0;
      for (const p of account.people) {
        const seen = new Set<string>();
        let depth = 0;
        for (let cur: string | undefined = p.id; cur !== undefined; cur = managerOf.get(cur)) {
          expect(seen.has(cur)).toBe(false);
          seen.add(cur);
          depth++;
        }
        deepest = Math.max(deepest, depth);
      }
      expect(deepest).toBeGreaterThanOrEqual(4);
      expect(deepest).toBeLessThanOrEqual(7);

      const spans = new Map<string, number>();
      for (const m of managerOf.values()) spans.set(m, (spans.get(m) ?? 0) + 1);
      for (const span of spans.values()) {
        expect(span).toBeGreaterThanOrEqual(3);
        expect(span).toBeLessThanOrEqual(8);
      }
      const vps = spans.get(tops[0]!.id)!;
      expect(vps).toBeLessThanOrEqual(6);
    },
  );

  it('fills departments and varies the cards, with Chinese names among them', () => {
    const account = generateOrgAccount({ people: 1000, seed: 11 });
    const departments = new Set(account.departments.map((d) => d.id));
    expect(account.departments.length).toBeGreaterThan(5);
    for (const p of account.people) expect(departments.has(p.departmentId!)).toBe(true);
    const chinese = account.people.filter((p) => /^[王李张刘陈杨黄赵周吴徐孙马朱胡郭何高林罗][\u4e00-\u9fff]{1,2}$/.test(p.name));
    expect(chinese.length).toBeGreaterThan(300);
    expect(chinese.length).toBeLessThan(700);
    expect(chinese.every((p) => p.alternateName.length > 0)).toBe(true);
    expect(account.people.some((p) => p.name.startsWith('王'))).toBe(true);
    expect(new Set(account.people.map((p) => p.attitude)).size).toBeGreaterThanOrEqual(5);
    expect(new Set(account.people.map((p) => p.relationship.stage)).size).toBe(5);
    expect(new Set(account.people.map((p) => p.influence)).size).toBeGreaterThanOrEqual(4);
    expect(account.people.some((p) => p.keyPerson)).toBe(true);
    expect(account.people.some((p) => !p.keyPerson)).toBe(true);
    expect(account.people.filter((p) => p.roles.length > 0).length).toBeGreaterThan(300);
    expect(account.people[0]!.roles).toContain('decisionMaker');
    expect(account.links.some((l) => l.kind === 'reportsTo' && l.dotted)).toBe(true);
  });

  it('is deterministic for a seed and differs across seeds', () => {
    const a = generateOrgAccount({ people: 500, seed: 42 });
    expect(generateOrgAccount({ people: 500, seed: 42 })).toEqual(a);
    expect(generateOrgAccount({ people: 500, seed: 43 })).not.toEqual(a);
    expect(generateOrgAccount({ people: 500, seed: 42, id: 'acme', name: 'ACME' })).toMatchObject({ id: 'acme', name: 'ACME' });
  });

  it('lays the chart out when asked: everyone placed, no two cards on the same spot', () => {
    const account = generateOrgAccount({ people: 300, withPositions: true });
    const positions = account.canvas.positions;
    expect(Object.keys(positions).sort()).toEqual(account.people.map((p) => p.id).sort());
    const spots = new Set(Object.values(positions).map((p) => `${p.x},${p.y}`));
    expect(spots.size).toBe(300);
  });

  it('fills dossiers, motives, activities and upcoming trips when asked, with about 10% key people, and the same chart', () => {
    const today = '2026-11-23';
    const plain = generateOrgAccount({ people: 1000, seed: 5 });
    const account = generateOrgAccount({ people: 1000, seed: 5, details: { today } });
    expect(Account.parse(account)).toEqual(account);
    expect(account.links).toEqual(plain.links);
    expect(account.people.map((p) => [p.id, p.name, p.title])).toEqual(plain.people.map((p) => [p.id, p.name, p.title]));
    expect(chartProblem(account)).toBeNull();
    const key = account.people.filter((p) => p.keyPerson).length;
    expect(key).toBeGreaterThan(80);
    expect(key).toBeLessThan(150);
    for (const p of account.people) {
      expect(p.dossier.hometown).not.toBe('');
      expect(p.motives.organizational).not.toBe('');
      expect(p.activities.length).toBeGreaterThan(0);
      expect(p.activities.every((a) => a.date < today)).toBe(true);
      // The last activity's next step is an open action of the plan, due ahead, for them.
      const next = account.actions.find((a) => a.id === p.activities.at(-1)!.actionId)!;
      expect(next.personIds).toEqual([p.id]);
      expect(next.due > today && next.status === 'open').toBe(true);
      expect(p.itinerary.length).toBeGreaterThan(0);
      expect(p.itinerary.every((t) => t.from > today && t.from <= '2027-01-22')).toBe(true);
    }
  });
});
