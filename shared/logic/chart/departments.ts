import type { Link } from '../../model/link';
import type { Person } from '../../model/person';

/** Room between a department's frame and its cards, and the frame's heading above them. */
export const FRAME_PAD = 24;
export const FRAME_HEAD = 28;

/** A department's people who sit together on the chart: one frame each. */
export interface DepartmentGroup {
  departmentId: string;
  /**
   * The manager outside the department that this part of it reports to ('' for none). A
   * department split between two managers (Finance under the CFO and under a plant director) is
   * two groups, so its frames do not stretch across the people in between.
   */
  anchor: string;
  /** In the order of `people`. */
  members: string[];
}

/**
 * Groups the given people (those on the chart) by department and by the manager outside the
 * department that their chain of solid managers inside it leads to. People without a manager in
 * or above the department share one group, so cards not yet connected are framed together.
 */
export function departmentGroups(people: readonly Person[], links: readonly Link[]): DepartmentGroup[] {
  const managerOf = new Map<string, string>();
  for (const l of links) if (l.kind === 'reportsTo' && !l.dotted) managerOf.set(l.source, l.target);
  const departmentOf = new Map(people.map((p) => [p.id, p.departmentId]));
  const anchorOf = (id: string, department: string): string => {
    const seen = new Set<string>([id]);
    for (let at = id; ; ) {
      const manager = managerOf.get(at);
      // A cycle cannot be saved; stop at one anyway rather than loop.
      if (!manager || seen.has(manager)) return '';
      if (departmentOf.get(manager) !== department) return manager;
      seen.add(manager);
      at = manager;
    }
  };
  const groups = new Map<string, DepartmentGroup>();
  for (const p of people) {
    if (!p.departmentId) continue;
    const anchor = anchorOf(p.id, p.departmentId);
    const key = `${p.departmentId}\u0000${anchor}`;
    const group = groups.get(key);
    if (group) group.members.push(p.id);
    else groups.set(key, { departmentId: p.departmentId, anchor, members: [p.id] });
  }
  return [...groups.values()];
}
