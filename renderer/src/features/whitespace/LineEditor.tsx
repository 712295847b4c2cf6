import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Account } from '../../../../shared/model/account';
import type { WhitespaceLine } from '../../../../shared/model/strategy';
import { CancelSubmit, Dialog } from '../../ui/Dialog';

/**
 * A product line's or a unit's name, and for a unit the department of the chart it is (which gives
 * its cells their people and lets the installed base name it by the department's name). Done
 * saves both as one step; a blank or taken name is refused at the field.
 */
export function LineEditor({
  account,
  kind,
  line,
  onSave,
  onClose,
}: {
  account: Account;
  kind: 'products' | 'units';
  line: WhitespaceLine;
  onSave(change: Pick<WhitespaceLine, 'name' | 'departmentId'>): void;
  onClose(): void;
}) {
  const { t } = useTranslation();
  const [name, setName] = useState(line.name);
  const [departmentId, setDepartmentId] = useState(line.departmentId ?? '');
  const taken = account.whitespace[kind].some((l) => l.id !== line.id && l.name.trim() === name.trim());
  const refusal = !name.trim() ? t('refusal.empty') : taken ? t('whitespace.nameTaken', { name: name.trim() }) : null;
  const [shown, setShown] = useState(false);
  const done = () => {
    if (refusal) return setShown(true);
    onSave({ name: name.trim(), departmentId: kind === 'units' && departmentId ? departmentId : null });
    onClose();
  };
  return (
    <Dialog
      title={t('whitespace.editLine', { name: line.name })}
      onClose={onClose}
      onSubmit={done}
      actions={<CancelSubmit cancel={t('whitespace.cancel')} submit={t('criteria.matrix.done')} onCancel={onClose} />}
    >
      <div className="field">
        <label className="field-label" htmlFor="ws-line-name">
          {t('whitespace.lineName')}
        </label>
        <input
          id="ws-line-name"
          data-autofocus
          value={name}
          maxLength={200}
          aria-invalid={shown && refusal ? true : undefined}
          onChange={(e) => setName(e.target.value)}
        />
        {shown && refusal && (
          <p className="field-error" role="alert">
            {refusal}
          </p>
        )}
      </div>
      {kind === 'units' && (
        <div className="field">
          <label className="field-label" htmlFor="ws-line-department">
            {t('whitespace.department')}
          </label>
          <select id="ws-line-department" value={departmentId} onChange={(e) => setDepartmentId(e.target.value)}>
            <option value="">{t('whitespace.notOnChart')}</option>
            {account.departments.map((d) => (
              <option key={d.id} value={d.id}>
                {d.name}
              </option>
            ))}
          </select>
        </div>
      )}
    </Dialog>
  );
}
