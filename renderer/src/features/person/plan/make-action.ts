import i18next from 'i18next';
import { entryToAction } from '../../../../../shared/logic/plan/people';
import { ChartPatch } from '../../../../../shared/model/chart-patch';
import { newId } from '../../../../../shared/model/ids';
import { refusalOf } from '../../../app/refusal';
import { useApp } from '../../../app/store';
import { localToday } from '../../../ui/format';
import { useChart } from '../../canvas/chart-store';

/**
 * "Make it an action": the entry becomes an action of the plan owned by the user, serving the
 * person, and the entry links to it: one patch, so one undo takes both back. A refusal (the plan
 * is full) is said in a toast, as for any button.
 */
export function makeActionOfEntry(personId: string, entryId: string): boolean {
  const chart = useChart.getState();
  const account = chart.account;
  const person = account?.people.find((p) => p.id === personId);
  if (!account || !person) return false;
  const made = entryToAction(account, person, entryId, newId('ac'), localToday());
  if (!made) return false;
  const patch = ChartPatch.safeParse({ people: [made.person], fields: { actions: made.actions } });
  if (!patch.success) {
    useApp.getState().toast({ kind: 'error', message: refusalOf(patch.error) });
    return false;
  }
  if (!('step' in chart.apply(patch.data))) return false;
  const text = made.actions.at(-1)!.text;
  useApp
    .getState()
    .toast({
      kind: 'info',
      message: i18next.t('personPlan.influence.made', { text: text.length > 80 ? `${text.slice(0, 79)}…` : text }),
    });
  return true;
}
