import type { Account, AccountFields } from '../../model/account';
import type { ChartPatch } from '../../model/chart-patch';
import type { JsonObject } from '../level-table';
import { applyDifference } from './patch';

// Local undo never undoes a teammate's change. The page's undo history holds patches that put
// whole records back (a person as they were before my edit); a teammate's change that arrived
// since would be put back with them. So when one arrives (the account went from `before` to
// `after` without this laptop's doing), every step of the history is rebased: each record it
// puts takes what the teammate changed in that record, field by field, and keeps the rest.

interface WithId {
  id: string;
}

const clone = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

function rebaseRecords<T extends WithId>(records: readonly T[], before: readonly T[], after: readonly T[]): T[] {
  if (records.length === 0) return records as T[];
  const was = new Map(before.map((r) => [r.id, r]));
  const now = new Map(after.map((r) => [r.id, r]));
  return records.map((r) => {
    const b = was.get(r.id);
    const a = now.get(r.id);
    if (!b || !a || b === a) return r;
    const out = clone(r) as unknown as JsonObject;
    applyDifference(out, b as unknown as JsonObject, a as unknown as JsonObject);
    return out as unknown as T;
  });
}

function rebaseFields(fields: AccountFields | null, before: Account, after: Account): AccountFields | null {
  if (!fields) return null;
  const keys = Object.keys(fields) as (keyof AccountFields)[];
  const pick = (a: Account) => Object.fromEntries(keys.map((k) => [k, a[k]])) as unknown as JsonObject;
  const out = clone(fields) as unknown as JsonObject;
  applyDifference(out, pick(before), pick(after));
  return out as unknown as AccountFields;
}

function rebaseCollapsed(collapsed: string[] | null, before: Account, after: Account): string[] | null {
  if (!collapsed) return null;
  const was = new Set(before.canvas.collapsed);
  const now = new Set(after.canvas.collapsed);
  const out = collapsed.filter((id) => !(was.has(id) && !now.has(id)));
  for (const id of now) if (!was.has(id) && !out.includes(id)) out.push(id);
  return out;
}

/** A patch of the history, rebased over a teammate's change of the account from `before` to `after`. */
export function rebasePatch(patch: ChartPatch, before: Account, after: Account): ChartPatch {
  const positions = { ...patch.positions };
  for (const id of Object.keys(positions)) {
    const b = before.canvas.positions[id];
    const a = after.canvas.positions[id];
    if (b && a && (b.x !== a.x || b.y !== a.y)) positions[id] = a;
  }
  return {
    ...patch,
    people: rebaseRecords(patch.people, before.people, after.people),
    links: rebaseRecords(patch.links, before.links, after.links),
    departments: rebaseRecords(patch.departments, before.departments, after.departments),
    positions,
    collapsed: rebaseCollapsed(patch.collapsed, before, after),
    fields: rebaseFields(patch.fields, before, after),
  };
}
