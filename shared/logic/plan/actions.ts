import type { Account } from '../../model/account';
import { ME, type Action } from '../../model/strategy';
import { addDays } from '../dates';

/** Whether an open action is past its due date as of `today`. */
export const isOverdue = (a: Pick<Action, 'status' | 'due'>, today: string): boolean =>
  a.status === 'open' && !!a.due && a.due < today;

/** Whether an open action is due from today through the next six days (this week, as the Plan counts it). */
export const isDueThisWeek = (a: Pick<Action, 'status' | 'due'>, today: string): boolean =>
  a.status === 'open' && !!a.due && a.due >= today && a.due <= addDays(today, 6);

/** The open actions that serve a person. */
export const openActionsFor = (account: Pick<Account, 'actions'>, personId: string): Action[] =>
  account.actions.filter((a) => a.status === 'open' && a.personIds.includes(personId));

/** Actions that are mine: owned by the workspace's user, or by nobody yet (mine to hand out). */
export const isMine = (a: Pick<Action, 'owner'>): boolean => a.owner === ME || a.owner === null;

/** Open actions by due date (undated last), then by when they were made. */
export function byDue(actions: readonly Action[]): Action[] {
  const due = (a: Action) => a.due || '9999-99-99';
  // ISO dates order as plain strings: no locale-aware compare (ICU) for thousands of rows.
  const cmp = (x: string, y: string) => (x < y ? -1 : x > y ? 1 : 0);
  return [...actions].sort((a, b) => cmp(due(a), due(b)) || cmp(a.createdOn, b.createdOn));
}
