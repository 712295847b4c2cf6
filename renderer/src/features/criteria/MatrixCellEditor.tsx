import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PersonCriterion } from '../../../../shared/model/strategy';
import { Dialog } from '../../ui/Dialog';

/**
 * One cell of the matrix: how much the person cares (1–5) and what "good" means to them, in their
 * words. Done saves it as one step; "Does not care" takes the criterion off them; Esc leaves it.
 */
export function MatrixCellEditor({ person, criterion, value, onSave, onClose }: {
  person: string;
  criterion: string;
  value: PersonCriterion | null;
  onSave(change: Partial<Omit<PersonCriterion, 'id'>> | null): void;
  onClose(): void;
}) {
  const { t } = useTranslation();
  const [priority, setPriority] = useState(value?.priority ?? 3);
  const [good, setGood] = useState(value?.good ?? '');
  const done = () => {
    onSave({ priority, good: good.trim() });
    onClose();
  };
  return (
    <Dialog
      title={t('criteria.matrix.editTitle', { person, criterion })}
      onClose={onClose}
      onSubmit={done}
      className="matrix-edit"
      actions={
        <>
          {value && (
            <button
              type="button"
              className="button"
              onClick={() => {
                onSave(null);
                onClose();
              }}
            >
              {t('criteria.matrix.clear')}
            </button>
          )}
          <button type="submit" className="button button-primary">
            {t('criteria.matrix.done')}
          </button>
        </>
      }
    >
      <fieldset className="prio-choices">
        <legend className="field-label">{t('criteria.matrix.priority')}</legend>
        {[1, 2, 3, 4, 5].map((n) => (
          <label key={n} className="check">
            <input type="radio" name="priority" checked={priority === n} onChange={() => setPriority(n)} /> {n}
          </label>
        ))}
      </fieldset>
      <div className="field">
        <label className="field-label" htmlFor="matrix-good">
          {t('criteria.matrix.good')}
        </label>
        <textarea id="matrix-good" data-autofocus maxLength={1000} value={good} onChange={(e) => setGood(e.target.value)} />
      </div>
    </Dialog>
  );
}
