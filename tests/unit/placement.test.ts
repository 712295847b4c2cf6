import { describe, expect, it } from 'vitest';
import { addPerson, applyPatch, departmentFrames, freeSpotNear, placeReport } from '../../shared/logic/chart';
import { CARD_HEIGHT, CARD_WIDTH } from '../../shared/logic/layout';
import { Account, ACCOUNT_SCHEMA_VERSION } from '../../shared/model/account';
import { ChartPatch } from '../../shared/model/chart-patch';
import { Link } from '../../shared/model/link';

// Issue 15, item 4: a new report lands under its manager beside its siblings without overlapping
// anyone; a new person lands in free space, never on a card or across a department frame.

const stamp = '2026-12-07T10:00:00.000Z';
const empty = () => Account.parse({ schemaVersion: ACCOUNT_SCHEMA_VERSION, id: 'qd', name: 'Qingdao Port', createdAt: stamp, updatedAt: stamp });

/** What Tab does: a report of `manager` where placeReport says, the cards in the way moved. */
function tab(account: Account, manager: string, name: string): Account {
  const { at, moves } = placeReport(account, manager);
  const { patch, id } = addPerson(at, { name });
  const link = Link.parse({ id: `l-${name}`, source: id, target: manager, kind: 'reportsTo' });
  return applyPatch(account, ChartPatch.parse({ ...patch, links: [link], positions: { ...moves, ...patch.positions } }));
}

const idOf = (a: Account, name: string) => a.people.find((p) => p.name === name)!.id;
const at = (a: Account, name: string) => a.canvas.positions[idOf(a, name)]!;

function overlapping(a: Account): string[] {
  const boxes = a.people.map((p) => ({ name: p.name, ...a.canvas.positions[p.id]! }));
  const out: string[] = [];
  for (let i = 0; i < boxes.length; i++)
    for (let j = i + 1; j < boxes.length; j++) {
      const [p, q] = [boxes[i]!, boxes[j]!];
      if (p.x < q.x + CARD_WIDTH && q.x < p.x + CARD_WIDTH && p.y < q.y + CARD_HEIGHT && q.y < p.y + CARD_HEIGHT) out.push(`${p.name}/${q.name}`);
    }
  return out;
}

describe('Tab: a new report under its manager', () => {
  it('the first report goes straight under the manager, the next ones beside it in the same row', () => {
    let a = applyPatch(empty(), addPerson({ x: 100, y: 0 }, { name: 'Boss' }).patch);
    a = tab(a, idOf(a, 'Boss'), 'Ann');
    a = tab(a, idOf(a, 'Boss'), 'Bob');
    expect(at(a, 'Ann')).toEqual({ x: 100, y: CARD_HEIGHT + 80 });
    expect(at(a, 'Bob')).toEqual({ x: 100 + CARD_WIDTH + 40, y: CARD_HEIGHT + 80 });
  });

  it('reports of neighbours never interleave: the cards in the way, and their subtrees, move right', () => {
    let a = applyPatch(empty(), addPerson({ x: 0, y: 0 }, { name: 'Boss' }).patch);
    for (const n of ['Ann', 'Bob', 'Cat']) a = tab(a, idOf(a, 'Boss'), n);
    for (const n of ['Dan', 'Eve']) a = tab(a, idOf(a, 'Ann'), n);
    for (const n of ['Fay', 'Gus']) a = tab(a, idOf(a, 'Bob'), n);
    a = tab(a, idOf(a, 'Ann'), 'Hal'); // Ann's third, after Bob's team exists
    expect(overlapping(a)).toEqual([]);
    // Each manager's reports: one row under them, side by side, and every team left of the next.
    const row = (names: string[]) => names.map((n) => at(a, n));
    for (const [manager, team] of [
      ['Ann', ['Dan', 'Eve', 'Hal']],
      ['Bob', ['Fay', 'Gus']],
    ] as const) {
      const places = row([...team]);
      expect(new Set(places.map((p) => p.y))).toEqual(new Set([at(a, manager).y + CARD_HEIGHT + 80]));
      places.slice(1).forEach((p, i) => expect(p.x - places[i]!.x).toBe(CARD_WIDTH + 40));
      expect(places[0]!.x).toBe(at(a, manager).x);
    }
    expect(Math.max(...row(['Dan', 'Eve', 'Hal']).map((p) => p.x))).toBeLessThan(Math.min(...row(['Fay', 'Gus']).map((p) => p.x)));
    // Bob and Cat moved right with their teams; the boss stayed.
    expect(at(a, 'Bob').x).toBe(at(a, 'Fay').x);
    expect(at(a, 'Cat').x).toBeGreaterThan(at(a, 'Gus').x);
    expect(at(a, 'Boss')).toEqual({ x: 0, y: 0 });
  });

  it('a column of reports (as the layout stacks them) gets one more below', () => {
    let a = applyPatch(empty(), addPerson({ x: 0, y: 0 }, { name: 'Boss' }).patch);
    a = tab(a, idOf(a, 'Boss'), 'Ann');
    a = applyPatch(a, ChartPatch.parse({ ...addPerson({ x: 0, y: 2 * (CARD_HEIGHT + 80) }, { name: 'Bob' }).patch }));
    a = applyPatch(a, ChartPatch.parse({ links: [Link.parse({ id: 'lb', source: idOf(a, 'Bob'), target: idOf(a, 'Boss'), kind: 'reportsTo' })] }));
    a = tab(a, idOf(a, 'Boss'), 'Cat');
    expect(at(a, 'Cat')).toEqual({ x: 0, y: 3 * (CARD_HEIGHT + 80) });
  });
});

describe('N and Add person: free space near the view or the selection', () => {
  it('the spot itself when it is free, else the nearest free one: never on a card', () => {
    let a = empty();
    expect(freeSpotNear(a, { x: 10, y: 20 })).toEqual({ x: 10, y: 20 });
    a = applyPatch(a, addPerson({ x: 0, y: 0 }, { name: 'Boss' }).patch);
    const spot = freeSpotNear(a, { x: 30, y: 10 });
    expect(Math.abs(spot.x) >= CARD_WIDTH || Math.abs(spot.y) >= CARD_HEIGHT).toBe(true);
    expect(Math.hypot(spot.x - 30, spot.y - 10)).toBeLessThan(CARD_WIDTH * 1.6);
  });

  it('never inside or across a department frame', () => {
    const a = Account.parse({
      ...empty(),
      departments: [{ id: 'it', name: 'IT' }],
      people: [
        { id: 'p1', name: 'Ma', departmentId: 'it' },
        { id: 'p2', name: 'Gao', departmentId: 'it' },
      ],
      canvas: { positions: { p1: { x: 0, y: 0 }, p2: { x: 600, y: 0 } } },
    });
    const [frame] = departmentFrames(a);
    // The middle of the frame, between its two cards, is empty but taken by the frame.
    const spot = freeSpotNear(a, { x: 300, y: 0 });
    const inFrame = spot.x < frame!.x1 && spot.x + CARD_WIDTH > frame!.x0 && spot.y < frame!.y1 && spot.y + CARD_HEIGHT > frame!.y0;
    expect(inFrame).toBe(false);
  });
});
