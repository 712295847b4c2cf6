import type { Account } from '../../model/account';
import { ME, type Action } from '../../model/strategy';
import { addDays } from '../dates';
import { byDue, isDueThisWeek, isOverdue } from './actions';

const cmp = (x: string, y: string) => (x < y ? -1 : x > y ? 1 : 0);

/** Where an open action falls by its due date, as the Plan groups them. */
export const DUE_BUCKETS = ['overdue', 'thisWeek', 'later', 'noDate'] as const;
export type DueBucket = (typeof DUE_BUCKETS)[number];

/** The due-date group of an open action as of `today`. */
export function dueBucket(a: Pick<Action, 'status' | 'due'>, today: string, weekEnd = addDays(today, 6)): DueBucket {
  if (!a.due) return 'noDate';
  if (isOverdue(a, today)) return 'overdue';
  // isDueThisWeek's test with the week's end worked out once per list, not once per action.
  return a.status === 'open' && a.due >= today && a.due <= weekEnd ? 'thisWeek' : 'later';
}

/** What the Plan shows: any of these narrow the list; none set shows every action. */
export interface PlanFilter {
  /** Open actions past their date (with `thisWeek`: either). */
  overdue: boolean;
  /** Open actions due from today through the next six days. */
  thisWeek: boolean;
  /** Actions serving this person (an id on the chart, or one since removed). */
  personId: string | null;
  opportunityId: string | null;
}

export const NO_FILTER: PlanFilter = { overdue: false, thisWeek: false, personId: null, opportunityId: null };

export const isFiltering = (f: PlanFilter): boolean => f.overdue || f.thisWeek || f.personId !== null || f.opportunityId !== null;

/** The actions the filter lets through, in their stored order. */
export function filterPlan(actions: readonly Action[], f: PlanFilter, today: string): Action[] {
  return actions.filter((a) => {
    if (f.personId !== null && !a.personIds.includes(f.personId)) return false;
    if (f.opportunityId !== null && a.opportunityId !== f.opportunityId) return false;
    if (f.overdue || f.thisWeek) return (f.overdue && isOverdue(a, today)) || (f.thisWeek && isDueThisWeek(a, today));
    return true;
  });
}

/** Owner groups' keys that no id can take ('#' is not an id's character). */
export const NOBODY_GROUP = '#nobody';
export const REMOVED_GROUP = '#removed';

/** One group of open actions: a due-date bucket, or an owner (ME, a member's id, NOBODY_GROUP, REMOVED_GROUP). */
export interface PlanGroup {
  key: string;
  bucket?: DueBucket;
  actions: Action[];
}

export type PlanGrouping = 'due' | 'owner';

/** The Plan's lists: open actions in groups (each by due date, undated last), then done and dropped ones, latest first. */
export interface PlanGroups {
  groups: PlanGroup[];
  closed: Action[];
}

/**
 * Open actions grouped by due date (overdue, this week, later, no date) or by owner (me, nobody
 * yet, each team member in the team's order, then those whose owner was taken off the team), each
 * group soonest due first; empty groups left out. Done and dropped ones apart, latest first.
 */
export function groupPlan(
  account: Pick<Account, 'team'>,
  actions: readonly Action[],
  by: PlanGrouping,
  today: string,
): PlanGroups {
  const open = byDue(actions.filter((a) => a.status === 'open'));
  const closed = actions
    .filter((a) => a.status !== 'open')
    .sort((a, b) => cmp(b.statusDate, a.statusDate) || cmp(b.createdOn, a.createdOn));
  if (by === 'due') {
    const weekEnd = addDays(today, 6);
    const byBucket = new Map<DueBucket, Action[]>(DUE_BUCKETS.map((b) => [b, []]));
    for (const a of open) byBucket.get(dueBucket(a, today, weekEnd))!.push(a);
    const groups = DUE_BUCKETS.map((bucket) => ({ key: bucket, bucket, actions: byBucket.get(bucket)! }));
    return { groups: groups.filter((g) => g.actions.length), closed };
  }
  const members = new Set(account.team.map((m) => m.id));
  const ownerKey = (a: Action) =>
    a.owner === null ? NOBODY_GROUP : a.owner === ME || members.has(a.owner) ? a.owner : REMOVED_GROUP;
  const order = [ME, NOBODY_GROUP, ...account.team.map((m) => m.id), REMOVED_GROUP];
  const byOwner = new Map<string, Action[]>(order.map((key) => [key, []]));
  for (const a of open) byOwner.get(ownerKey(a))!.push(a);
  const groups = order.map((key) => ({ key, actions: byOwner.get(key)! }));
  return { groups: groups.filter((g) => g.actions.length), closed };
}

/** The Plan's rows in the order shown (the groups, then the closed ones when unfolded): what the arrow keys walk. */
export const planOrder = (g: PlanGroups, showClosed: boolean): Action[] => [
  ...g.groups.flatMap((x) => x.actions),
  ...(showClosed ? g.closed : []),
];
