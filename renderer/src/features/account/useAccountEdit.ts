import i18next from 'i18next';
import { useCallback } from 'react';
import { AccountFields, type Account } from '../../../../shared/model/account';
import { ChartPatch, type ChartPatchInput } from '../../../../shared/model/chart-patch';
import { refusalOf } from '../../app/refusal';
import { useApp } from '../../app/store';
import { useChart } from '../canvas/chart-store';

/**
 * Edits the open account's own fields (background, team, opportunities…) as undoable steps of the
 * chart's history, checked against the shared schema first. A refused edit says why where it was
 * made: `commit` (for fields) answers the reason, which the field shows under itself; `edit` (for
 * buttons and choices) says it in a toast.
 */
export function useAccountEdit() {
  const commit = useCallback((change: (a: Account) => AccountFields, session?: string): true | string => {
    const account = useChart.getState().account;
    if (!account) return i18next.t('refusal.other');
    const parsed = AccountFields.safeParse(change(account));
    if (!parsed.success) return refusalOf(parsed.error);
    const result = useChart
      .getState()
      .apply(ChartPatch.parse({ fields: parsed.data }), session ? { coalesce: `account:${session}` } : undefined);
    // A chart rule refused it: the chart store has already said which, in a toast.
    return 'step' in result ? true : i18next.t('refusal.other');
  }, []);
  const edit = useCallback(
    (change: (a: Account) => AccountFields, session?: string): boolean => {
      const answer = commit(change, session);
      if (answer !== true) useApp.getState().toast({ kind: 'error', message: answer });
      return answer === true;
    },
    [commit],
  );
  /** Chart-side records of the account (departments, people) through a plain chart patch. */
  const editChart = useCallback((patch: ChartPatchInput) => 'step' in useChart.getState().apply(ChartPatch.parse(patch)), []);
  return { edit, commit, editChart };
}
