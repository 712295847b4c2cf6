import type { Account, Department } from '../../model/account';
import { ChartPatch } from '../../model/chart-patch';
import { newId } from '../../model/ids';
import type { Link } from '../../model/link';
import type { Person } from '../../model/person';

/** Copied people with the lines among them and their places; department names travel with them. */
export interface ChartClip {
  people: Person[];
  links: Link[];
  positions: Record<string, { x: number; y: number }>;
  departments: Department[];
}

export function copyPeople(account: Account, ids: readonly string[]): ChartClip {
  const chosen = new Set(ids);
  const people = account.people.filter((p) => chosen.has(p.id));
  const departmentIds = new Set(people.map((p) => p.departmentId).filter((d): d is string => d !== null));
  return {
    people,
    links: account.links.filter((l) => chosen.has(l.source) && chosen.has(l.target)),
    positions: Object.fromEntries(people.flatMap((p) => (account.canvas.positions[p.id] ? [[p.id, account.canvas.positions[p.id]!]] : []))),
    departments: account.departments.filter((d) => departmentIds.has(d.id)),
  };
}

/**
 * The patch that pastes a clip into an account: fresh ids for people and lines, places shifted
 * by `offset`, departments matched by name (created when missing). Returns the new people's ids.
 */
export function pasteClip(account: Account, clip: ChartClip, offset: { x: number; y: number }): { patch: ChartPatch; ids: string[] } {
  const idMap = new Map(clip.people.map((p) => [p.id, newId('p')]));
  const departments: Department[] = [];
  const departmentMap = new Map<string, string>();
  for (const d of clip.departments) {
    const same = account.departments.find((x) => x.id === d.id || x.name === d.name) ?? departments.find((x) => x.name === d.name);
    if (same) departmentMap.set(d.id, same.id);
    else {
      const created = { id: newId('d'), name: d.name, parentId: null };
      departments.push(created);
      departmentMap.set(d.id, created.id);
    }
  }
  const people = clip.people.map((p) => ({
    ...p,
    id: idMap.get(p.id)!,
    departmentId: p.departmentId ? (departmentMap.get(p.departmentId) ?? null) : null,
  }));
  const links = clip.links.map((l) => ({ ...l, id: newId('l'), source: idMap.get(l.source)!, target: idMap.get(l.target)! }));
  const positions = Object.fromEntries(
    Object.entries(clip.positions).map(([id, p]) => [idMap.get(id)!, { x: Math.round(p.x + offset.x), y: Math.round(p.y + offset.y) }]),
  );
  return { patch: ChartPatch.parse({ people, links, positions, departments }), ids: [...idMap.values()] };
}
