import type { ActionList, ActionOwnerQuery, ActionQuery, ActionRow, OwnerKind } from '../../model/action-list';
import type { Account } from '../../model/account';
import { ME, type Action } from '../../model/strategy';
import { isMine, isOverdue } from './actions';

/** What listing actions reads of an account: all it depends on, and lighter to build in tests. */
export type ActionSource = Pick<Account, 'id' | 'name' | 'actions' | 'team' | 'opportunities'> & {
  people: readonly Pick<Account['people'][number], 'id' | 'name' | 'title' | 'placeholder' | 'keyPerson'>[];
};

// Code-point order for ties: the same on every machine, whatever its locale.
const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
const fold = (s: string) => s.trim().toLocaleLowerCase();

/** An account's lookups, built once per account however many of its actions are listed. */
export interface RowMaker {
  (action: Action): ActionRow;
}

/**
 * Makes an account's rows: each action with the names of its people (null for one since removed),
 * its owner (the user, a member, one taken off the team, nobody) and its opportunity.
 * `me` is the user's own name (Settings › "Your name"), '' when not set.
 */
export function rowMaker(account: ActionSource, me: string): RowMaker {
  const people = new Map(account.people.map((p) => [p.id, p]));
  const members = new Map(account.team.map((m) => [m.id, m.name]));
  const opportunities = new Map(account.opportunities.map((o) => [o.id, o.name]));
  const ownerOf = (owner: Action['owner']): { kind: OwnerKind; name: string } => {
    if (owner === null) return { kind: 'nobody', name: '' };
    if (owner === ME) return { kind: 'me', name: me };
    const name = members.get(owner);
    return name === undefined ? { kind: 'removed', name: '' } : { kind: 'member', name };
  };
  return (action) => ({
    accountId: account.id,
    accountName: account.name,
    action,
    people: action.personIds.map((id) => {
      const p = people.get(id);
      // A placeholder ("the CFO, name not known yet") goes by its title.
      return { id, name: p ? p.name || (p.placeholder ? p.title : '') : null, keyPerson: p?.keyPerson ?? false };
    }),
    owner: ownerOf(action.owner),
    opportunity: action.opportunityId
      ? { id: action.opportunityId, name: opportunities.get(action.opportunityId) ?? null }
      : null,
  });
}

/**
 * Whether an action's owner answers the query. A name matches a member of the account's bid team
 * (case and surrounding spaces ignored), or the user when it is their own name.
 */
export function ownerMatches(
  action: Pick<Action, 'owner'>,
  query: ActionOwnerQuery,
  account: Pick<Account, 'team'>,
  me: string,
): boolean {
  switch (query.kind) {
    case 'all':
      return true;
    case 'mine':
      return isMine(action);
    case 'named': {
      const name = fold(query.name);
      if (action.owner === ME) return !!me.trim() && fold(me) === name;
      if (action.owner === null) return false;
      const member = account.team.find((m) => m.id === action.owner);
      return !!member && fold(member.name) === name;
    }
  }
}

/** Whether anyone answers to this name: a member of some account's team, or the user. */
export function ownerKnown(accounts: readonly Pick<Account, 'team'>[], name: string, me: string): boolean {
  const wanted = fold(name);
  return (!!me.trim() && fold(me) === wanted) || accounts.some((a) => a.team.some((m) => fold(m.name) === wanted));
}

/** Every open action answering the query, across accounts. */
function* matching(accounts: readonly ActionSource[], query: ActionQuery, me: string): Generator<[ActionSource, Action]> {
  for (const account of accounts) {
    for (const a of account.actions) {
      if (a.status !== 'open') continue;
      if (query.overdueOnly && !isOverdue(a, query.today)) continue;
      if (query.dueBy && (!a.due || a.due > query.dueBy)) continue;
      if (!ownerMatches(a, query.owner, account, me)) continue;
      yield [account, a];
    }
  }
}

/**
 * The open actions across accounts that answer the query, soonest due first (undated last), then
 * by account name and when they were made. At most `limit` rows; `total` counts every match.
 */
export function listActions(accounts: readonly ActionSource[], query: ActionQuery, me: string): ActionList {
  const found = [...matching(accounts, query, me)];
  const due = (a: Action) => a.due || '9999-99-99';
  found.sort(
    ([x, a], [y, b]) =>
      cmp(due(a), due(b)) || cmp(x.name, y.name) || cmp(x.id, y.id) || cmp(a.createdOn, b.createdOn) || cmp(a.id, b.id),
  );
  const makers = new Map<string, RowMaker>();
  const rows = found.slice(0, query.limit).map(([account, a]) => {
    let make = makers.get(account.id);
    if (!make) makers.set(account.id, (make = rowMaker(account, me)));
    return make(a);
  });
  return { rows, total: found.length };
}
