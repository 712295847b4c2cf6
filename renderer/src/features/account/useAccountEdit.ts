import { useCallback, useState } from 'react';
import { AccountFields, type Account } from '../../../../shared/model/account';
import { ChartPatch, type ChartPatchInput } from '../../../../shared/model/chart-patch';
import { useChart } from '../canvas/chart-store';

/**
 * Edits the open account's own fields (background, team, opportunities…) as undoable steps of the
 * chart's history, checked against the shared schema first: a bad value is refused with its path.
 */
export function useAccountEdit() {
  const [problem, setProblem] = useState<string | null>(null);
  const edit = useCallback((change: (a: Account) => AccountFields, session?: string): boolean => {
    const account = useChart.getState().account;
    if (!account) return false;
    const parsed = AccountFields.safeParse(change(account));
    if (!parsed.success) {
      setProblem(parsed.error.issues[0]!.path.map(String).join('.'));
      return false;
    }
    setProblem(null);
    const result = useChart.getState().apply(ChartPatch.parse({ fields: parsed.data }), session ? { coalesce: `account:${session}` } : undefined);
    return 'step' in result;
  }, []);
  /** Chart-side records of the account (departments, people) through a plain chart patch. */
  const editChart = useCallback((patch: ChartPatchInput) => 'step' in useChart.getState().apply(ChartPatch.parse(patch)), []);
  return { edit, editChart, problem };
}
