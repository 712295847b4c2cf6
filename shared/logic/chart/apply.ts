import type { Account, AccountFields } from '../../model/account';
import type { ChartPatch } from '../../model/chart-patch';

interface WithId {
  id: string;
}

/** Replaces records by id, appends new ones, drops removed ones; untouched records keep their identity. */
function merge<T extends WithId>(list: readonly T[], put: readonly T[], remove: readonly string[]): T[] {
  if (put.length === 0 && remove.length === 0) return list as T[];
  const replacing = new Map(put.map((r) => [r.id, r]));
  const removing = new Set(remove);
  const out: T[] = [];
  for (const r of list) {
    if (removing.has(r.id)) continue;
    const next = replacing.get(r.id);
    out.push(next ?? r);
    replacing.delete(r.id);
  }
  for (const r of replacing.values()) if (!removing.has(r.id)) out.push(r);
  return out;
}

/** The account after a patch. Pure: the input is not changed. */
export function applyPatch(account: Account, patch: ChartPatch): Account {
  const people = merge(account.people, patch.people, patch.removePeople);
  let positions = account.canvas.positions;
  if (Object.keys(patch.positions).length || patch.removePositions.length) {
    // A place is kept only for someone on the chart: no orphan places from a stale or hostile patch.
    const present = new Set(people.map((p) => p.id));
    positions = { ...positions };
    for (const [id, at] of Object.entries(patch.positions)) if (present.has(id)) positions[id] = at;
    for (const id of patch.removePositions) delete positions[id];
  }
  return {
    ...account,
    people,
    links: merge(account.links, patch.links, patch.removeLinks),
    departments: merge(account.departments, patch.departments, patch.removeDepartments),
    canvas: { ...account.canvas, positions, collapsed: patch.collapsed ?? account.canvas.collapsed },
    ...patch.fields,
  };
}

/** The values `fields` replaces, as they are in `account`: what takes that part of an edit back. */
function fieldsBefore(account: Account, fields: AccountFields | null): AccountFields | null {
  if (!fields) return null;
  return Object.fromEntries(Object.keys(fields).map((k) => [k, account[k as keyof AccountFields]])) as AccountFields;
}

function inverseOf<T extends WithId>(list: readonly T[], put: readonly T[], remove: readonly string[]) {
  const byId = new Map(list.map((r) => [r.id, r]));
  const restore: T[] = [];
  const drop: string[] = [];
  for (const r of put) {
    const before = byId.get(r.id);
    if (before) restore.push(before);
    else drop.push(r.id);
  }
  for (const id of remove) {
    const before = byId.get(id);
    if (before && !put.some((r) => r.id === id)) restore.push(before);
  }
  return { restore, drop };
}

/** The patch that takes `applyPatch(account, patch)` back to `account`. */
export function invertPatch(account: Account, patch: ChartPatch): ChartPatch {
  const people = inverseOf(account.people, patch.people, patch.removePeople);
  const links = inverseOf(account.links, patch.links, patch.removeLinks);
  const departments = inverseOf(account.departments, patch.departments, patch.removeDepartments);
  const positions: ChartPatch['positions'] = {};
  const removePositions: string[] = [];
  for (const id of [...Object.keys(patch.positions), ...patch.removePositions]) {
    // Own places only: an id such as "toString" must not find an inherited member.
    const before = Object.hasOwn(account.canvas.positions, id) ? account.canvas.positions[id] : undefined;
    if (before) positions[id] = before;
    else removePositions.push(id);
  }
  return {
    people: people.restore,
    removePeople: people.drop,
    links: links.restore,
    removeLinks: links.drop,
    departments: departments.restore,
    removeDepartments: departments.drop,
    positions,
    removePositions,
    collapsed: patch.collapsed === null ? null : [...account.canvas.collapsed],
    fields: fieldsBefore(account, patch.fields),
  };
}

export function isEmptyPatch(p: ChartPatch): boolean {
  return (
    p.people.length + p.removePeople.length + p.links.length + p.removeLinks.length + p.departments.length + p.removeDepartments.length + p.removePositions.length === 0 &&
    Object.keys(p.positions).length === 0 &&
    p.collapsed === null &&
    (p.fields === null || Object.keys(p.fields).length === 0)
  );
}

function composeList<T extends WithId>(aPut: readonly T[], aRemove: readonly string[], bPut: readonly T[], bRemove: readonly string[]) {
  const state = new Map<string, T | null>();
  for (const id of aRemove) state.set(id, null);
  for (const r of aPut) state.set(r.id, r);
  for (const id of bRemove) state.set(id, null);
  for (const r of bPut) state.set(r.id, r);
  const put: T[] = [];
  const remove: string[] = [];
  for (const [id, r] of state) {
    if (r) put.push(r);
    else remove.push(id);
  }
  return { put, remove };
}

/** One patch that does `a` then `b`: queued edits are sent to the store as one. */
export function composePatches(a: ChartPatch, b: ChartPatch): ChartPatch {
  const people = composeList(a.people, a.removePeople, b.people, b.removePeople);
  const links = composeList(a.links, a.removeLinks, b.links, b.removeLinks);
  const departments = composeList(a.departments, a.removeDepartments, b.departments, b.removeDepartments);
  const positions = new Map<string, { x: number; y: number } | null>();
  for (const id of a.removePositions) positions.set(id, null);
  for (const [id, p] of Object.entries(a.positions)) positions.set(id, p);
  for (const id of b.removePositions) positions.set(id, null);
  for (const [id, p] of Object.entries(b.positions)) positions.set(id, p);
  return {
    people: people.put,
    removePeople: people.remove,
    links: links.put,
    removeLinks: links.remove,
    departments: departments.put,
    removeDepartments: departments.remove,
    positions: Object.fromEntries([...positions].filter((e): e is [string, { x: number; y: number }] => e[1] !== null)),
    removePositions: [...positions].filter(([, p]) => p === null).map(([id]) => id),
    collapsed: b.collapsed ?? a.collapsed,
    fields: a.fields || b.fields ? { ...a.fields, ...b.fields } : null,
  };
}
