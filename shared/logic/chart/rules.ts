import type { Account } from '../../model/account';
import type { Link } from '../../model/link';

/** Why an org chart is refused; the renderer words it, the service refuses it. */
export type ChartProblem =
  | { code: 'selfLink'; personId: string }
  | { code: 'missingPerson'; linkId: string }
  | { code: 'twoManagers'; personId: string; dotted: boolean }
  | { code: 'cycle'; personIds: string[] }
  | { code: 'duplicateId'; id: string };

const isReporting = (l: Link) => l.kind === 'reportsTo';

/**
 * The rules of reporting lines: nobody reports to themselves, each person has at most one
 * solid and one dotted manager, and following managers (solid or dotted) never comes back.
 */
export function chartProblem(account: Pick<Account, 'people' | 'links'>): ChartProblem | null {
  const people = new Set<string>();
  for (const p of account.people) {
    if (people.has(p.id)) return { code: 'duplicateId', id: p.id };
    people.add(p.id);
  }
  const linkIds = new Set<string>();
  const managers = new Map<string, string[]>();
  const solid = new Set<string>();
  const dotted = new Set<string>();
  for (const l of account.links) {
    if (linkIds.has(l.id)) return { code: 'duplicateId', id: l.id };
    linkIds.add(l.id);
    if (!people.has(l.source) || !people.has(l.target)) return { code: 'missingPerson', linkId: l.id };
    if (l.source === l.target) return { code: 'selfLink', personId: l.source };
    if (!isReporting(l)) continue;
    const seen = l.dotted ? dotted : solid;
    if (seen.has(l.source)) return { code: 'twoManagers', personId: l.source, dotted: l.dotted };
    seen.add(l.source);
    managers.set(l.source, [...(managers.get(l.source) ?? []), l.target]);
  }
  const cycle = findCycle(managers);
  return cycle ? { code: 'cycle', personIds: cycle } : null;
}

/** A cycle in the manager graph (iterative DFS, linear), as the people on it in order. */
function findCycle(managers: ReadonlyMap<string, readonly string[]>): string[] | null {
  const state = new Map<string, 1 | 2>(); // 1: on the current path, 2: done
  for (const start of managers.keys()) {
    if (state.has(start)) continue;
    const path: string[] = [];
    const stack: { id: string; next: number }[] = [{ id: start, next: 0 }];
    state.set(start, 1);
    path.push(start);
    while (stack.length) {
      const top = stack[stack.length - 1]!;
      const outs = managers.get(top.id) ?? [];
      if (top.next < outs.length) {
        const m = outs[top.next++]!;
        const s = state.get(m);
        if (s === 1) return path.slice(path.indexOf(m));
        if (s === undefined) {
          state.set(m, 1);
          path.push(m);
          stack.push({ id: m, next: 0 });
        }
      } else {
        state.set(top.id, 2);
        path.pop();
        stack.pop();
      }
    }
  }
  return null;
}
