import { dequal } from 'dequal';
import { ACCOUNT_FIELD_KEYS, type Account, type AccountFields } from '../../model/account';
import type { ChartPatch } from '../../model/chart-patch';

interface WithId {
  id: string;
}

function listChange<T extends WithId>(before: readonly T[], after: readonly T[]): { put: T[]; remove: string[] } {
  const old = new Map(before.map((r) => [r.id, r]));
  const kept = new Set(after.map((r) => r.id));
  return {
    put: after.filter((r) => !dequal(old.get(r.id), r)),
    remove: before.filter((r) => !kept.has(r.id)).map((r) => r.id),
  };
}

/**
 * The patch that turns `before` into `after` (same account): how a change made outside the chart
 * (an import's merge) becomes one step the chart can undo, and one write the store can retry.
 */
export function patchBetween(before: Account, after: Account): ChartPatch {
  const people = listChange(before.people, after.people);
  const links = listChange(before.links, after.links);
  const departments = listChange(before.departments, after.departments);
  const positions: ChartPatch['positions'] = {};
  const was = (id: string) => (Object.hasOwn(before.canvas.positions, id) ? before.canvas.positions[id] : undefined);
  for (const [id, at] of Object.entries(after.canvas.positions)) if (!dequal(was(id), at)) positions[id] = at;
  const fields: AccountFields = {};
  for (const key of ACCOUNT_FIELD_KEYS) {
    if (!dequal(before[key], after[key])) Object.assign(fields, { [key]: after[key] });
  }
  return {
    people: people.put,
    removePeople: people.remove,
    links: links.put,
    removeLinks: links.remove,
    departments: departments.put,
    removeDepartments: departments.remove,
    positions,
    removePositions: Object.keys(before.canvas.positions).filter((id) => !Object.hasOwn(after.canvas.positions, id)),
    collapsed: dequal(before.canvas.collapsed, after.canvas.collapsed) ? null : [...after.canvas.collapsed],
    fields: Object.keys(fields).length ? fields : null,
  };
}
