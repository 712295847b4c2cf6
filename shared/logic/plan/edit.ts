import type { Account } from '../../model/account';
import { Action, ACTIONS_MAX, ME, type ActionInput } from '../../model/strategy';
import type { ActionStatus } from '../../taxonomy/keys';
import { findingKey, type Finding } from '../coverage';

/** Whether the account has room for `count` more actions (ACTIONS_MAX: 5,000). */
export const hasRoomForActions = (account: Pick<Account, 'actions'>, count = 1): boolean =>
  account.actions.length + count <= ACTIONS_MAX;

/** A new open action made today, mine unless said otherwise. */
export const newAction = (fields: Omit<ActionInput, 'createdOn'> & { today: string }): Action => {
  const { today, ...rest } = fields;
  return Action.parse({ owner: ME, ...rest, createdOn: today });
};

/**
 * The action with a new status: done or dropped today (a drop keeps its reason in `note`), or
 * open again (its status date cleared, the note kept: why it was dropped stays worth knowing).
 */
export function withStatus(a: Action, status: ActionStatus, today: string, note?: string): Action {
  if (status === 'open') return { ...a, status, statusDate: '' };
  return { ...a, status, statusDate: today, ...(note !== undefined ? { note } : {}) };
}

/** Space in the Plan: an open action is done today; a done or dropped one is open again. */
export const toggledDone = (a: Action, today: string): Action => withStatus(a, a.status === 'open' ? 'done' : 'open', today);

/**
 * What an action made from a finding starts with: the finding's key (so the Plan says what
 * prompted it and the finding's row points to it), the people and opportunity it names, and a due
 * date where the finding has one (a key person's trip, a target's date). Null for a finding that
 * is an action already (an overdue one).
 */
export function actionForFinding(f: Finding): Pick<Action, 'personIds' | 'opportunityId' | 'due' | 'findingKey'> | null {
  const base = { personIds: [] as string[], opportunityId: null as string | null, due: '', findingKey: findingKey(f) };
  switch (f.kind) {
    case 'actionOverdue':
      return null;
    case 'roleUncovered':
    case 'typeUncovered':
      // A placeholder that stands for the role is who the action is about, until a name is known.
      return { ...base, personIds: f.placeholders.slice(0, 200) };
    case 'questionUnanswered':
    case 'criterionBehind':
      return { ...base, opportunityId: f.opportunityId };
    case 'singleThreaded':
      return base;
    case 'keyPersonTravelling':
      return { ...base, personIds: [f.personId], due: f.from };
    case 'relationshipGap':
      return { ...base, personIds: [f.personId], due: f.by };
    case 'keyRoleDistant':
    case 'strongOpponent':
    case 'keyPersonSilent':
    case 'keyPersonNoAction':
    case 'leansToCompetitor':
    case 'motivesStale':
    case 'newIncumbent':
      return { ...base, personIds: [f.personId] };
  }
}

/** The open action a finding already prompted, if any (the newest). */
export const actionOfFinding = (account: Pick<Account, 'actions'>, key: string): Action | undefined =>
  account.actions.findLast((a) => a.status === 'open' && a.findingKey === key);
