import i18next from 'i18next';
import { useCallback } from 'react';
import { ChartPatch } from '../../../../shared/model/chart-patch';
import type { AccountFields } from '../../../../shared/model/account';
import type { Person } from '../../../../shared/model/person';
import { refusalOf } from '../../app/refusal';
import { useApp } from '../../app/store';
import { useChart } from '../canvas/chart-store';

/**
 * Edits that change account fields and people together (removing a criterion takes it off the
 * people who cared about it; a matrix cell is a person's edit) as one undo step. `done` puts a
 * toast with Undo, for removals; a refusal is said in a toast.
 */
export function useStrategyEdit() {
  const apply = useCallback((change: { fields?: AccountFields; people?: Person[] }, options: { done?: string; coalesce?: string } = {}): boolean => {
    const parsed = ChartPatch.safeParse({ fields: change.fields ?? null, people: change.people ?? [] });
    if (!parsed.success) {
      useApp.getState().toast({ kind: 'error', message: refusalOf(parsed.error) });
      return false;
    }
    const result = useChart.getState().apply(parsed.data, options.coalesce ? { coalesce: options.coalesce } : undefined);
    if (!('step' in result)) return false;
    const step = result.step;
    if (options.done) useApp.getState().toast({ kind: 'info', message: options.done, action: { label: i18next.t('toasts.undo'), run: () => useChart.getState().revert(step) } });
    return true;
  }, []);
  /** Says a refusal (a limit reached) in a toast. */
  const refuse = useCallback((message: string) => void useApp.getState().toast({ kind: 'error', message }), []);
  return { apply, refuse };
}
