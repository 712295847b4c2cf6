import type { Account } from '../../model/account';
import type { Link } from '../../model/link';

/** Why an org chart is refused; the renderer words it, the service refuses it. */
export type ChartProblem =
  | { code: 'selfLink'; personId: string }
  | { code: 'missingPerson'; linkId: string }
  | { code: 'twoManagers'; personId: string; dotted: boolean }
  | { code: 'cycle'; personIds: string[] }
  | { code: 'duplicateId'; id: string }
  /** The chart shows a past date (issue 18): nothing is edited until it is back on today. */
  | { code: 'readOnly'; date: string };

const isReporting = (l: Link) => l.kind === 'reportsTo';

/**
 * The rules of reporting lines: nobody reports to themselves, each person has at most one
 * solid and one dotted manager, and following managers (solid or dotted) never comes back.
 */
export function chartProblem(account: Pick<Account, 'people' | 'links'>): ChartProblem | null {
  return chartProblems(account)[0] ?? null;
}

/** Every rule the chart breaks (one cycle at most), in a stable order. */
export function chartProblems(account: Pick<Account, 'people' | 'links'>): ChartProblem[] {
  const problems: ChartProblem[] = [];
  const people = new Set<string>();
  for (const p of account.people) {
    if (people.has(p.id)) problems.push({ code: 'duplicateId', id: p.id });
    people.add(p.id);
  }
  const linkIds = new Set<string>();
  const managers = new Map<string, string[]>();
  const solid = new Set<string>();
  const dotted = new Set<string>();
  for (const l of account.links) {
    if (linkIds.has(l.id)) problems.push({ code: 'duplicateId', id: l.id });
    linkIds.add(l.id);
    if (!people.has(l.source) || !people.has(l.target)) {
      problems.push({ code: 'missingPerson', linkId: l.id });
      continue;
    }
    if (l.source === l.target) {
      problems.push({ code: 'selfLink', personId: l.source });
      continue;
    }
    if (!isReporting(l)) continue;
    const seen = l.dotted ? dotted : solid;
    if (seen.has(l.source)) problems.push({ code: 'twoManagers', personId: l.source, dotted: l.dotted });
    seen.add(l.source);
    managers.set(l.source, [...(managers.get(l.source) ?? []), l.target]);
  }
  const cycle = findCycle(managers);
  if (cycle) problems.push({ code: 'cycle', personIds: cycle });
  return problems;
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

const keyOf = (p: ChartProblem) => (p.code === 'cycle' ? `cycle:${[...p.personIds].sort().join(',')}` : JSON.stringify(p));

/**
 * The problem an edit would bring in, or null. A chart that already broke a rule before the
 * edit (an old import, a hand-edited file) can still be edited: only a new problem is refused.
 */
export function newChartProblem(before: Pick<Account, 'people' | 'links'>, after: Pick<Account, 'people' | 'links'>): ChartProblem | null {
  const now = chartProblems(after);
  if (now.length === 0) return null;
  const old = new Set(chartProblems(before).map(keyOf));
  return now.find((p) => !old.has(keyOf(p))) ?? null;
}

/** An id used twice among the account's own records (team, competitors, opportunities, installed base), or null. */
export function duplicateRecordId(account: Pick<Account, 'team' | 'competitors' | 'opportunities' | 'background'>): string | null {
  for (const list of [account.team, account.competitors, account.opportunities, account.background.installedBase]) {
    const seen = new Set<string>();
    for (const r of list) {
      if (seen.has(r.id)) return r.id;
      seen.add(r.id);
    }
  }
  return null;
}
