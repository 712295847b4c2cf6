import { useTranslation } from 'react-i18next';
import { ChartPatch } from '../../../../shared/model/chart-patch';
import { newId } from '../../../../shared/model/ids';
import type { Activity, Person } from '../../../../shared/model/person';
import { Action, ME } from '../../../../shared/model/strategy';
import { refusalOf } from '../../app/refusal';
import { useApp } from '../../app/store';
import { BufferedText } from '../../ui/BufferedText';
import { CheckField, DateField } from '../../ui/Fields';
import { localToday } from '../../ui/format';
import { useAccountEdit } from '../account/useAccountEdit';
import { useChart } from '../canvas/chart-store';

/**
 * The next step logged with an activity: an action of the account's plan (owned by the user,
 * serving this person), edited here or in the Plan. "+ Next step" makes one, linked both ways, as
 * one undoable edit.
 */
export function ActivityNextStep({ activity, person }: { activity: Activity; person: Person }) {
  const { t } = useTranslation();
  const action = useChart((s) => (activity.actionId ? s.account?.actions.find((a) => a.id === activity.actionId) : undefined));
  const { commit, edit } = useAccountEdit();
  const change = (c: Partial<Action>, session?: string) => {
    const apply = (a: { actions: Action[] }) => ({ actions: a.actions.map((x) => (x.id === action?.id ? { ...x, ...c } : x)) });
    return session ? commit(apply, `action.${action?.id}.${Object.keys(c)[0]}:${session}`) : edit(apply);
  };
  if (!action) {
    const add = () => {
      const id = newId('ac');
      const created = Action.parse({
        id,
        text: '',
        owner: ME,
        personIds: [person.id],
        activityId: activity.id,
        createdOn: localToday(),
      });
      const account = useChart.getState().account!;
      const linked = { ...person, activities: person.activities.map((a) => (a.id === activity.id ? { ...a, actionId: id } : a)) };
      // A full plan (5,000 actions) is refused in a toast naming the limit, as every button's refusal is.
      const patch = ChartPatch.safeParse({ people: [linked], fields: { actions: [...account.actions, created] } });
      if (!patch.success) return useApp.getState().toast({ kind: 'error', message: refusalOf(patch.error) });
      useChart.getState().apply(patch.data);
    };
    return (
      <div className="field-wide">
        <button type="button" className="button button-small" onClick={add}>
          {t('plan.addNextStep')}
        </button>
      </div>
    );
  }
  return (
    <>
      <BufferedText label={t('plan.nextStep')} value={action.text} multiline onCommit={(text, s) => change({ text }, s)} />
      <DateField label={t('plan.due')} value={action.due} onChange={(due) => change({ due })} />
      <CheckField
        label={t('plan.done')}
        checked={action.status === 'done'}
        onChange={(done) => change(done ? { status: 'done', statusDate: localToday() } : { status: 'open', statusDate: '' })}
      />
    </>
  );
}
