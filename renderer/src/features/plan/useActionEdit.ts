import i18next from 'i18next';
import { useCallback, useMemo } from 'react';
import { hasRoomForActions, newAction } from '../../../../shared/logic/plan/edit';
import type { Account, AccountFields } from '../../../../shared/model/account';
import { ChartPatch } from '../../../../shared/model/chart-patch';
import { newId } from '../../../../shared/model/ids';
import { ACTIONS_MAX, type Action, type ActionInput } from '../../../../shared/model/strategy';
import { refusalOf } from '../../app/refusal';
import { useApp } from '../../app/store';
import { localToday } from '../../ui/format';
import { useAccountEdit } from '../account/useAccountEdit';
import { useChart, type Step } from '../canvas/chart-store';

/** "Not added: an account holds at most 5,000 actions…", the number as the language writes it. */
export const limitSentence = () => i18next.t('plan.limit', { max: ACTIONS_MAX.toLocaleString(i18next.language) });

/**
 * Edits of the plan's actions, each one undo step of the account's history through
 * `ChartPatch.fields.actions` (the list replaced whole, checked against the schema first).
 * `change`, `add` and `remove` are for keys, buttons and choices: they answer the step (for a
 * toast's Undo) or null when refused, said in a toast. `commit` is for a field being typed in: it
 * answers the refusal for the field to show. `add` refuses past ACTIONS_MAX with a sentence naming
 * the limit.
 */
export function useActionEdit() {
  const { commit: commitFields } = useAccountEdit();
  const commit = useCallback(
    (id: string, c: Partial<Action>, session: string): true | string =>
      commitFields(replacing(id, c), `action.${id}.${Object.keys(c)[0]}:${session}`),
    [commitFields],
  );
  return useMemo(() => ({ change, commit, add: addAction, remove }), [commit]);
}

const replacing = (id: string, change: Partial<Action> | ((a: Action) => Action)) => (a: Pick<Account, 'actions'>) => ({
  actions: a.actions.map((x) => (x.id === id ? (typeof change === 'function' ? change(x) : { ...x, ...change }) : x)),
});

/** One undoable edit of the account's fields; the step, or null when refused (the reason toasted). */
function run(fields: (a: Account) => AccountFields): Step | null {
  const account = useChart.getState().account;
  if (!account) return null;
  const parsed = ChartPatch.safeParse({ fields: fields(account) });
  if (!parsed.success) {
    useApp.getState().toast({ kind: 'error', message: refusalOf(parsed.error) });
    return null;
  }
  const done = useChart.getState().apply(parsed.data);
  return 'step' in done ? done.step : null;
}

const change = (id: string, c: Partial<Action> | ((a: Action) => Action)): Step | null => run(replacing(id, c));

const remove = (id: string): Step | null => run((a) => ({ actions: a.actions.filter((x) => x.id !== id) }));

/** A new action (mine, made today unless `fields` say otherwise) with its step, or null when refused. */
export function addAction(fields: Omit<ActionInput, 'id' | 'createdOn'> = { text: '' }): { action: Action; step: Step } | null {
  const account = useChart.getState().account;
  if (!account) return null;
  if (!hasRoomForActions(account)) {
    useApp.getState().toast({ kind: 'error', message: limitSentence() });
    return null;
  }
  const action = newAction({ id: newId('ac'), ...fields, today: localToday() });
  const step = run((a) => ({ actions: [...a.actions, action] }));
  return step ? { action, step } : null;
}
