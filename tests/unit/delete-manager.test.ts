import { describe, expect, it } from 'vitest';
import { applyPatch, chartProblem, deleteMovingReportsUp, reportsLeftBehind } from '../../shared/logic/chart';
import { Account, ACCOUNT_SCHEMA_VERSION } from '../../shared/model/account';

// Issue 15, item 6: deleting a manager never leaves their reports floating.

const stamp = '2026-12-07T10:00:00.000Z';
const line = (id: string, source: string, target: string, dotted = false) => ({ id, source, target, kind: 'reportsTo' as const, dotted });
/** director ← head ← (a, b), head ← deputy ← c; a is also dotted to the director. */
const chart = () =>
  Account.parse({
    schemaVersion: ACCOUNT_SCHEMA_VERSION,
    id: 'hn',
    name: 'Henan',
    createdAt: stamp,
    updatedAt: stamp,
    people: ['director', 'head', 'a', 'b', 'deputy', 'c'].map((id) => ({ id, name: id })),
    links: [line('l1', 'head', 'director'), line('l2', 'a', 'head'), line('l3', 'b', 'head'), line('l4', 'deputy', 'head'), line('l5', 'c', 'deputy'), line('l6', 'a', 'director', true)],
  });
const managerOf = (a: Account, id: string) => a.links.find((l) => l.kind === 'reportsTo' && !l.dotted && l.source === id)?.target ?? null;

describe('deleting a manager', () => {
  it('names who is left behind and the nearest manager above who stays', () => {
    expect(reportsLeftBehind(chart(), ['head'])).toEqual(
      new Map([
        ['a', 'director'],
        ['b', 'director'],
        ['deputy', 'director'],
      ]),
    );
    // Deleted together with their manager, a deputy is not left behind; their report goes up two levels.
    expect(reportsLeftBehind(chart(), ['head', 'deputy'])).toEqual(
      new Map([
        ['a', 'director'],
        ['b', 'director'],
        ['c', 'director'],
      ]),
    );
    // At the top there is nobody above: they are left without a manager.
    expect(reportsLeftBehind(chart(), ['director'])).toEqual(new Map([['head', null]]));
  });

  it('moves the reports up, keeps the chart valid, and turns a dotted line to the new manager into the solid one', () => {
    const before = chart();
    const after = applyPatch(before, deleteMovingReportsUp(before, ['head']));
    expect(after.people.map((p) => p.id)).not.toContain('head');
    for (const id of ['a', 'b', 'deputy']) expect(managerOf(after, id)).toBe('director');
    expect(managerOf(after, 'c')).toBe('deputy');
    expect(after.links.filter((l) => l.source === 'a' && l.target === 'director')).toHaveLength(1);
    expect(chartProblem(after)).toBeNull();
  });
});
