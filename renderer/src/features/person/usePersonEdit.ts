import i18next from 'i18next';
import { useCallback } from 'react';
import { ChartPatch } from '../../../../shared/model/chart-patch';
import { datesTurnedBack, Person } from '../../../../shared/model/person';
import { refusalOf } from '../../app/refusal';
import { useApp } from '../../app/store';
import { useChart } from '../canvas/chart-store';

/**
 * Edits one person through the chart's undo history, checked against the shared schema first. A
 * refused edit says why where it was made: `commit` (for a field being typed in) answers the
 * reason, which the field shows under itself; `edit` (buttons, choices) says it in a toast.
 */
export function usePersonEdit(personId: string) {
  const person = useChart((s) => s.account?.people.find((p) => p.id === personId) ?? null);

  /** `session`: edits with the same one form one undo step (typing in one field). */
  const commit = useCallback(
    (change: (p: Person) => Person, session?: string): true | string => {
      const current = useChart.getState().account?.people.find((p) => p.id === personId);
      if (!current) return i18next.t('refusal.other');
      const parsed = Person.safeParse(change(current));
      if (!parsed.success) return refusalOf(parsed.error);
      // A date range turned backwards (the date fields refuse it first, with their own words).
      if (datesTurnedBack(current, parsed.data)) return i18next.t('refusal.dateOrder');
      const result = useChart
        .getState()
        .apply(ChartPatch.parse({ people: [parsed.data] }), session ? { coalesce: `${personId}:${session}` } : undefined);
      return 'step' in result ? true : i18next.t('refusal.other');
    },
    [personId],
  );
  const edit = useCallback(
    (change: (p: Person) => Person, session?: string): boolean => {
      const answer = commit(change, session);
      if (answer !== true) useApp.getState().toast({ kind: 'error', message: answer });
      return answer === true;
    },
    [commit],
  );
  return { person, edit, commit };
}
