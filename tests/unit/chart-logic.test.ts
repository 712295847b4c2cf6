import { describe, expect, it } from 'vitest';
import {
  addPerson,
  alignPeople,
  applyPatch,
  chartProblem,
  connectReporting,
  copyPeople,
  departmentGroups,
  deletePeople,
  distributePeople,
  hiddenPeople,
  invertPatch,
  layoutChart,
  pasteClip,
  setCollapsed,
  subtreeSize,
  directReports,
  updateLink,
} from '../../shared/logic/chart';
import { Account, ACCOUNT_SCHEMA_VERSION } from '../../shared/model/account';
import { ChartPatch } from '../../shared/model/chart-patch';
import { Link } from '../../shared/model/link';

const stamp = '2026-11-23T10:00:00.000Z';
const link = (id: string, source: string, target: string, extra = {}) => ({
  id,
  source,
  target,
  kind: 'reportsTo' as const,
  ...extra,
});

/** boss ← a ← a1, boss ← b */
function chart() {
  return Account.parse({
    schemaVersion: ACCOUNT_SCHEMA_VERSION,
    id: 'acme',
    name: 'Acme',
    createdAt: stamp,
    updatedAt: stamp,
    departments: [{ id: 'fin', name: 'Finance' }],
    people: [
      { id: 'boss', name: '王总' },
      { id: 'a', name: 'A', departmentId: 'fin' },
      { id: 'b', name: 'B' },
      { id: 'a1', name: 'A1', departmentId: 'fin' },
    ],
    links: [link('l1', 'a', 'boss'), link('l2', 'b', 'boss'), link('l3', 'a1', 'a')],
    canvas: { positions: { boss: { x: 0, y: 0 }, a: { x: -200, y: 200 }, b: { x: 200, y: 200 }, a1: { x: -200, y: 400 } } },
  });
}

describe('a chart edit as a patch', () => {
  it('is undone exactly by its inverse, and applying it twice changes nothing more', () => {
    const before = chart();
    const p = deletePeople(before, ['a']);
    const after = applyPatch(before, p);
    expect(after.people.map((x) => x.id)).toEqual(['boss', 'b', 'a1']);
    expect(after.links.map((l) => l.id)).toEqual(['l2']);
    expect(after.canvas.positions.a).toBeUndefined();
    expect(applyPatch(after, p)).toEqual(after);
    const undone = applyPatch(after, invertPatch(before, p));
    expect(new Set(undone.people.map((x) => x.id))).toEqual(new Set(before.people.map((x) => x.id)));
    expect(new Set(undone.links.map((x) => x.id))).toEqual(new Set(before.links.map((x) => x.id)));
    expect(undone.canvas.positions).toEqual(before.canvas.positions);
  });

  it('replaces account fields whole, is undone by its inverse, and composes with a later edit of the same field', async () => {
    const { composePatches, isEmptyPatch } = await import('../../shared/logic/chart');
    const before = chart();
    const team = ChartPatch.parse({ fields: { team: [{ id: 'm1', name: 'Li Na', role: 'Account manager' }], owner: 'Li Na' } });
    const after = applyPatch(before, team);
    expect(after.team.map((m) => m.name)).toEqual(['Li Na']);
    expect(after.owner).toBe('Li Na');
    // Fields not in the edit stay as they were, with their identity.
    expect(after.background).toBe(before.background);
    const undone = applyPatch(after, invertPatch(before, team));
    expect(undone).toEqual(before);
    const territory = ChartPatch.parse({ fields: { owner: 'Wang Fang', territory: 'Henan' } });
    const both = composePatches(team, territory);
    expect(both.fields).toEqual({ team: after.team, owner: 'Wang Fang', territory: 'Henan' });
    expect(applyPatch(before, both)).toEqual(applyPatch(after, territory));
    // A parsed edit without fields leaves them alone (no default that would reset the account).
    expect(ChartPatch.parse({}).fields).toBeNull();
    expect(ChartPatch.parse({ fields: {} }).fields).toEqual({});
    expect(isEmptyPatch(ChartPatch.parse({ fields: {} }))).toBe(true);
    expect(ChartPatch.safeParse({ fields: { segmentation: { potential: 'huge' } } }).success).toBe(false);
  });

  it('keeps untouched people as the same objects (the store re-serialises only what changed)', () => {
    const before = chart();
    const after = applyPatch(before, alignPeople(before, ['a', 'b'], 'top'));
    after.people.forEach((p, i) => expect(p).toBe(before.people[i]));
  });

  it('adds a person at a place, and the inverse removes both', () => {
    const before = chart();
    const { patch, id } = addPerson({ x: 10.4, y: 20.6 }, { name: 'New' });
    const after = applyPatch(before, patch);
    expect(after.people.at(-1)).toMatchObject({ id, name: 'New', attitude: 'unknown' });
    expect(after.canvas.positions[id]).toEqual({ x: 10, y: 21 });
    const undone = applyPatch(after, invertPatch(before, patch));
    expect(undone.people).toHaveLength(4);
    expect(undone.canvas.positions[id]).toBeUndefined();
  });
});

describe('the reporting rules', () => {
  it('accept the tree, refuse a cycle and name the people on it', () => {
    const a = chart();
    expect(chartProblem(a)).toBeNull();
    const looped = applyPatch(a, connectReporting(a, 'boss', 'a1'));
    expect(chartProblem(looped)).toEqual({ code: 'cycle', personIds: expect.arrayContaining(['boss', 'a', 'a1']) });
  });

  it('allow one solid and one dotted manager, not two of either', () => {
    const a = chart();
    const dotted = ChartPatch.parse({ links: [link('d1', 'a1', 'b', { dotted: true })] });
    const withDotted = applyPatch(a, dotted);
    expect(chartProblem(withDotted)).toBeNull();
    const twoSolid = applyPatch(a, ChartPatch.parse({ links: [link('x', 'a1', 'b')] }));
    expect(chartProblem(twoSolid)).toEqual({ code: 'twoManagers', personId: 'a1', dotted: false });
    const twoDotted = applyPatch(withDotted, ChartPatch.parse({ links: [link('d2', 'a1', 'boss', { dotted: true })] }));
    expect(chartProblem(twoDotted)).toMatchObject({ code: 'twoManagers', dotted: true });
  });

  it('refuse a line to oneself and a line to someone missing', () => {
    const a = chart();
    expect(
      chartProblem(applyPatch(a, ChartPatch.parse({ links: [{ id: 's', source: 'a', target: 'a', kind: 'ally' }] }))),
    ).toMatchObject({ code: 'selfLink' });
    expect(chartProblem(applyPatch(a, ChartPatch.parse({ removePeople: ['b'] })))).toMatchObject({
      code: 'missingPerson',
      linkId: 'l2',
    });
  });

  it('connecting to a new manager replaces the old solid line', () => {
    const a = chart();
    const moved = applyPatch(a, connectReporting(a, 'a1', 'b'));
    expect(chartProblem(moved)).toBeNull();
    expect(moved.links.filter((l) => l.source === 'a1').map((l) => l.target)).toEqual(['b']);
  });

  it('turning a line into influence drops its dotted flag and keeps its ends', () => {
    const a = applyPatch(chart(), ChartPatch.parse({ links: [link('d1', 'a1', 'b', { dotted: true })] }));
    const changed = applyPatch(a, updateLink(a, 'd1', { kind: 'influences', strength: 4, note: 'golf' }));
    expect(changed.links.find((l) => l.id === 'd1')).toMatchObject({
      kind: 'influences',
      dotted: false,
      source: 'a1',
      target: 'b',
      strength: 4,
      note: 'golf',
    });
  });
});

describe('copy and paste', () => {
  it('brings the lines among the copied people, with fresh ids, into another account', () => {
    const from = chart();
    const clip = copyPeople(from, ['a', 'a1']);
    expect(clip.links.map((l) => l.id)).toEqual(['l3']);
    const into = Account.parse({
      schemaVersion: ACCOUNT_SCHEMA_VERSION,
      id: 'other',
      name: 'Other',
      createdAt: stamp,
      updatedAt: stamp,
    });
    const { patch, ids } = pasteClip(into, clip, { x: 40, y: 40 });
    const pasted = applyPatch(into, patch);
    expect(pasted.people.map((p) => p.name)).toEqual(['A', 'A1']);
    expect(ids.every((id) => !['a', 'a1'].includes(id))).toBe(true);
    expect(pasted.links).toHaveLength(1);
    expect(pasted.links[0]).toMatchObject({ source: ids[1], target: ids[0] });
    expect(pasted.departments.map((d) => d.name)).toEqual(['Finance']);
    expect(pasted.people.every((p) => p.departmentId === pasted.departments[0]!.id)).toBe(true);
    expect(pasted.canvas.positions[ids[0]!]).toEqual({ x: -160, y: 240 });
    expect(chartProblem(pasted)).toBeNull();
  });
});

describe('collapse, layout, align and distribute', () => {
  it('hides everyone below a collapsed manager and counts them', () => {
    const a = applyPatch(chart(), setCollapsed(chart(), 'a', true));
    expect([...hiddenPeople(a)]).toEqual(['a1']);
    expect(subtreeSize(directReports(a.links), 'boss')).toBe(3);
  });

  it('lays out top-down or left-to-right, managers before their people', () => {
    const a = chart();
    const tb = applyPatch(a, layoutChart(a, 'TB')).canvas.positions;
    expect(tb.boss!.y).toBeLessThan(tb.a!.y);
    const lr = applyPatch(a, layoutChart(a, 'LR')).canvas.positions;
    expect(lr.boss!.x).toBeLessThan(lr.a!.x);
    expect(lr.a!.x).toBe(lr.b!.x);
  });

  it('aligns and distributes selected cards', () => {
    const a = chart();
    const aligned = applyPatch(a, alignPeople(a, ['boss', 'a1'], 'left')).canvas.positions;
    expect(aligned.boss!.x).toBe(-200);
    const spread = applyPatch(a, distributePeople(a, ['a', 'boss', 'b'], 'x')).canvas.positions;
    expect(spread.boss!.x).toBe(0);
  });
});

describe('queued edits and charts that were already broken', () => {
  it('two patches composed do what applying one after the other does', async () => {
    const { composePatches } = await import('../../shared/logic/chart');
    const a = chart();
    const first = deletePeople(a, ['b']);
    const afterFirst = applyPatch(a, first);
    const { patch: second, id } = addPerson({ x: 5, y: 5 }, { name: 'Z' });
    const both = applyPatch(afterFirst, second);
    const undoDelete = invertPatch(a, first);
    const composed = composePatches(composePatches(first, second), undoDelete);
    const expected = applyPatch(both, undoDelete);
    const got = applyPatch(a, composed);
    expect(new Set(got.people.map((p) => p.id))).toEqual(new Set(expected.people.map((p) => p.id)));
    expect(got.people.map((p) => p.id)).toContain(id);
    expect(new Set(got.links.map((l) => l.id))).toEqual(new Set(expected.links.map((l) => l.id)));
    expect(got.canvas.positions).toEqual(expected.canvas.positions);
  });

  it('an old problem does not block other edits; a new one is refused', async () => {
    const { newChartProblem } = await import('../../shared/logic/chart');
    const broken = applyPatch(chart(), ChartPatch.parse({ links: [link('x', 'a1', 'b')] })); // a1 has two solid managers
    const moved = applyPatch(broken, alignPeople(broken, ['a', 'b'], 'top'));
    expect(newChartProblem(broken, moved)).toBeNull();
    const looped = applyPatch(broken, ChartPatch.parse({ links: [link('loop', 'boss', 'a1', { dotted: true })] }));
    expect(newChartProblem(broken, looped)).not.toBeNull();
  });
});

describe('places', () => {
  it('are kept only for people on the chart', () => {
    const a = chart();
    const after = applyPatch(a, ChartPatch.parse({ positions: { ghost: { x: 1, y: 1 }, boss: { x: 5, y: 5 } } }));
    expect(after.canvas.positions.ghost).toBeUndefined();
    expect(after.canvas.positions.boss).toEqual({ x: 5, y: 5 });
  });
});

describe('department frames', () => {
  const person = (id: string, departmentId?: string) => ({ id, name: id, departmentId });
  const people = Account.parse({
    schemaVersion: ACCOUNT_SCHEMA_VERSION,
    id: 'plant',
    name: 'Plant',
    createdAt: stamp,
    updatedAt: stamp,
    departments: [
      { id: 'fin', name: 'Finance' },
      { id: 'ops', name: 'Operations' },
    ],
    // ceo ← cfo(fin) ← acct(fin); ceo ← coo(ops) ← plantFin(fin) ← clerk(fin); loose(fin) and new(fin) unconnected.
    people: [
      person('ceo'),
      person('cfo', 'fin'),
      person('acct', 'fin'),
      person('coo', 'ops'),
      person('plantFin', 'fin'),
      person('clerk', 'fin'),
      person('loose', 'fin'),
      person('new', 'fin'),
    ],
    links: [
      link('1', 'cfo', 'ceo'),
      link('2', 'acct', 'cfo'),
      link('3', 'coo', 'ceo'),
      link('4', 'plantFin', 'coo'),
      link('5', 'clerk', 'plantFin'),
      // A dotted line does not move anyone into another group.
      link('6', 'acct', 'coo', { dotted: true }),
      // Nor does influence.
      { id: '7', source: 'loose', target: 'coo', kind: 'influences' as const },
    ],
  });

  it('splits a department by the manager outside it that each part reports to, and keeps unconnected people together', () => {
    const groups = departmentGroups(people.people, people.links);
    expect(groups).toEqual([
      { departmentId: 'fin', anchor: 'ceo', members: ['cfo', 'acct'] },
      { departmentId: 'ops', anchor: 'ceo', members: ['coo'] },
      { departmentId: 'fin', anchor: 'coo', members: ['plantFin', 'clerk'] },
      { departmentId: 'fin', anchor: '', members: ['loose', 'new'] },
    ]);
  });

  it('counts only the people given (those on the chart): a manager left out still anchors their part', () => {
    const shown = people.people.filter((p) => p.id !== 'coo');
    expect(departmentGroups(shown, people.links).find((g) => g.members.includes('clerk'))).toEqual({
      departmentId: 'fin',
      anchor: 'coo',
      members: ['plantFin', 'clerk'],
    });
  });

  it('stops at a reporting circle instead of looping', () => {
    const circle = [link('x', 'cfo', 'acct'), link('y', 'acct', 'cfo')].map((l) => Link.parse(l));
    expect(departmentGroups(people.people.slice(1, 3), circle)).toEqual([
      { departmentId: 'fin', anchor: '', members: ['cfo', 'acct'] },
    ]);
  });
});
