import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { newId } from '../../../../shared/model/ids';
import { Meeting } from '../../../../shared/model/meeting';
import { CancelSubmit, Dialog } from '../../ui/Dialog';
import { CheckField, DateField } from '../../ui/Fields';
import { localToday } from '../../ui/format';
import { PeoplePicker } from '../account/PeoplePicker';
import { useChart } from '../canvas/chart-store';
import { saveMeeting } from '../timeline/history-edit';
import { useRecordDateCheck } from '../timeline/MoveDialog';

type PlanText = 'objective' | 'commitment' | 'minimum' | 'questions' | 'bring';
const TEXTS: readonly { key: PlanText; rows: number; max: number }[] = [
  { key: 'objective', rows: 2, max: 1000 },
  { key: 'commitment', rows: 2, max: 1000 },
  { key: 'minimum', rows: 2, max: 1000 },
  { key: 'questions', rows: 3, max: 4000 },
  { key: 'bring', rows: 2, max: 1000 },
];

/**
 * The plan of a meeting with a person (Miller Heiman's call plan): when, who goes on each side,
 * the objective, the commitment we seek and the least we accept, the questions, what we bring.
 * Saved whole on Save, one undo step.
 */
export function MeetingDialog({ personId, meeting, onClose }: { personId: string; meeting: Meeting | null; onClose(): void }) {
  const { t } = useTranslation();
  const account = useChart((s) => s.account)!;
  const checkDate = useRecordDateCheck();
  const person = account.people.find((p) => p.id === (meeting?.personId ?? personId));
  const [draft, setDraft] = useState<Meeting>(() => meeting ?? Meeting.parse({ id: newId('mt'), date: localToday(), personId }));
  const set = (change: Partial<Meeting>) => setDraft((d) => ({ ...d, ...change }));
  const submit = () => {
    if (saveMeeting(draft)) onClose();
  };
  const others = account.people.filter((p) => p.id !== draft.personId);
  return (
    <Dialog
      title={t('meetings.planTitle', { name: person?.name ?? '' })}
      onClose={onClose}
      onSubmit={submit}
      className="meeting-dialog"
      actions={<CancelSubmit cancel={t('meetings.cancel')} submit={t('meetings.save')} onCancel={onClose} />}
    >
      <DateField label={t('meetings.date')} value={draft.date} required check={checkDate} onChange={(date) => set({ date })} />
      <fieldset className="field member-checks">
        <legend className="field-label">{t('meetings.ours')}</legend>
        {account.team.map((m) => (
          <CheckField
            key={m.id}
            label={m.name}
            checked={draft.memberIds.includes(m.id)}
            onChange={(on) => set({ memberIds: on ? [...draft.memberIds, m.id] : draft.memberIds.filter((x) => x !== m.id) })}
          />
        ))}
      </fieldset>
      <PeoplePicker
        id="meeting-theirs"
        label={t('meetings.theirs')}
        people={others}
        chosen={draft.personIds}
        onChange={(personIds) => set({ personIds })}
      />
      {TEXTS.map(({ key, rows, max }) => (
        <div className="field" key={key}>
          <label className="field-label" htmlFor={`meeting-${key}`}>
            {t(`meetings.${key}`)}
          </label>
          <textarea
            id={`meeting-${key}`}
            rows={rows}
            maxLength={max}
            value={draft[key]}
            onChange={(e) => set({ [key]: e.target.value })}
          />
        </div>
      ))}
    </Dialog>
  );
}
