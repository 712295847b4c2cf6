import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { inRecordRange } from '../../../../shared/model/record-date';
import { ClientMove } from '../../../../shared/model/client-move';
import { newId } from '../../../../shared/model/ids';
import { CLIENT_MOVE_KINDS, type ClientMoveKind } from '../../../../shared/taxonomy/keys';
import { CancelSubmit, Dialog } from '../../ui/Dialog';
import { DateField, SelectField } from '../../ui/Fields';
import { localToday } from '../../ui/format';
import { PeoplePicker } from '../account/PeoplePicker';
import { useChart } from '../canvas/chart-store';
import { saveMove } from './history-edit';

/** A date the history takes, or the sentence refusing it (at the field). */
export const useRecordDateCheck = () => {
  const { t } = useTranslation();
  return (value: string): string | null => (inRecordRange(value) ? null : t('refusal.dateRange'));
};

/**
 * Adds or edits one client move (客户动向). Saved whole on Save, as one undo step; what happened
 * is needed, and a date out of range is refused at its field.
 */
export function MoveDialog({ move, onClose }: { move: ClientMove | null; onClose(): void }) {
  const { t } = useTranslation();
  const account = useChart((s) => s.account)!;
  const checkDate = useRecordDateCheck();
  const [draft, setDraft] = useState<ClientMove>(() => move ?? ClientMove.parse({ id: newId('mv'), date: localToday() }));
  const [error, setError] = useState<string | null>(null);
  const set = (change: Partial<ClientMove>) => setDraft((d) => ({ ...d, ...change }));
  const submit = () => {
    if (!draft.what.trim()) return setError(t('moves.whatRequired'));
    if (saveMove(draft)) onClose();
  };
  const field = (key: 'what' | 'source' | 'meaning', multiline: boolean) => (
    <div className="field">
      <label className="field-label" htmlFor={`move-${key}`}>
        {t(`moves.${key}`)}
      </label>
      {multiline ? (
        <textarea
          id={`move-${key}`}
          rows={3}
          maxLength={2000}
          value={draft[key]}
          onChange={(e) => set({ [key]: e.target.value })}
          data-autofocus={key === 'what' ? true : undefined}
        />
      ) : (
        <input id={`move-${key}`} maxLength={500} value={draft[key]} onChange={(e) => set({ [key]: e.target.value })} />
      )}
      {key === 'what' && error && (
        <p className="field-error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
  return (
    <Dialog
      title={move ? t('moves.editTitle') : t('moves.addTitle')}
      onClose={onClose}
      onSubmit={submit}
      className="move-dialog"
      actions={<CancelSubmit cancel={t('moves.cancel')} submit={t('moves.save')} onCancel={onClose} />}
    >
      <div className="form-row">
        <DateField label={t('moves.date')} value={draft.date} required check={checkDate} onChange={(date) => set({ date })} />
        <SelectField<ClientMoveKind>
          label={t('moves.kind')}
          value={draft.kind}
          options={CLIENT_MOVE_KINDS.map((k) => ({ value: k, label: t(`moves.kinds.${k}`) }))}
          onChange={(kind) => kind && set({ kind })}
        />
      </div>
      {field('what', true)}
      {field('source', false)}
      {field('meaning', true)}
      <PeoplePicker
        id="move-people"
        label={t('moves.people')}
        people={account.people}
        chosen={draft.personIds}
        onChange={(personIds) => set({ personIds })}
      />
      <SelectField<string>
        label={t('moves.opportunity')}
        value={draft.opportunityId}
        none={t('moves.noOpportunity')}
        options={account.opportunities.map((o) => ({ value: o.id, label: o.name }))}
        onChange={(opportunityId) => set({ opportunityId })}
      />
    </Dialog>
  );
}
