import i18next from 'i18next';
import type { ActionInput } from '../../../../shared/model/strategy';
import { useApp } from '../../app/store';
import { useChart } from '../canvas/chart-store';
import { addAction } from './useActionEdit';

/** What a new action from elsewhere in the account starts with (owned by the user unless said). */
export type ActionSeed = Pick<ActionInput, 'text'> &
  Partial<Pick<ActionInput, 'owner' | 'due' | 'personIds' | 'opportunityId' | 'findingKey'>>;

/**
 * Adds one action to the open account's plan from anywhere in it (a finding, the person panel, an
 * influence-plan entry): one undo step, said in a toast with Undo. Answers the new action's id, or
 * null when refused (the limit or the schema, said in a toast).
 */
export function makeAction(seed: ActionSeed): string | null {
  const made = addAction(seed);
  if (!made) return null;
  const { t } = i18next;
  useApp.getState().toast({
    kind: 'info',
    message: t('plan.added', { text: made.action.text.trim() || t('plan.untitled') }),
    action: { label: t('toasts.undo'), run: () => useChart.getState().revert(made.step) },
  });
  return made.action.id;
}
