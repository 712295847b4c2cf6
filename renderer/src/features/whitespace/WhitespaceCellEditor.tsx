import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { cellOpportunities, statusOf, unitPeople } from '../../../../shared/logic/strategy/whitespace';
import { moneyFieldText, parseMoney } from '../../../../shared/logic/money';
import type { Account } from '../../../../shared/model/account';
import type { WhitespaceCell, WhitespaceLine } from '../../../../shared/model/strategy';
import { WHITESPACE_STATUSES, type WhitespaceStatus } from '../../../../shared/taxonomy/keys';
import { WHITESPACE_STATUS_TERMS } from '../../../../shared/taxonomy/labels';
import { currentLanguage } from '../../app/i18n';
import { moneyRefusal } from '../../app/refusal';
import { CancelSubmit, Dialog } from '../../ui/Dialog';

export type CellChange = Pick<WhitespaceCell, 'status' | 'competitorId' | 'opportunityId' | 'value' | 'note'>;

/**
 * One cell of the whitespace grid: its status (whose, or which opportunity pursues it), its
 * estimated value and a note, with the opportunities and people it concerns. Done saves it all as
 * one step; a value that cannot be read is refused at the field and nothing is saved.
 */
export function WhitespaceCellEditor({
  account,
  product,
  unit,
  cell,
  onSave,
  onClose,
  openPerson,
}: {
  account: Account;
  product: WhitespaceLine;
  unit: WhitespaceLine;
  cell: WhitespaceCell | undefined;
  onSave(change: CellChange): void;
  onClose(): void;
  openPerson(id: string): void;
}) {
  const { t } = useTranslation();
  const lang = currentLanguage();
  const currency = account.whitespace.currency;
  const [status, setStatus] = useState<WhitespaceStatus>(statusOf(cell));
  const [competitorId, setCompetitorId] = useState(cell?.competitorId ?? '');
  const [opportunityId, setOpportunityId] = useState(cell?.opportunityId ?? '');
  const [value, setValue] = useState(cell?.value == null ? '' : moneyFieldText(cell.value, lang));
  const [note, setNote] = useState(cell?.note ?? '');
  const [refusal, setRefusal] = useState<string | null>(null);
  const opportunities = cellOpportunities(account, cell, product, unit);
  const people = unitPeople(account, unit);
  const done = () => {
    const read = parseMoney(value, currency);
    if (!read.ok) return setRefusal(moneyRefusal(read.reason, value));
    // One currency for the whole grid (its totals add the cells): "$2M" in a CNY grid is refused, not stored as CN¥2M.
    if (read.currency && read.currency !== currency)
      return setRefusal(t('whitespace.otherCurrency', { currency, typed: read.currency }));
    onSave({
      status,
      competitorId: status === 'competitor' && competitorId ? competitorId : null,
      opportunityId: status === 'pursuing' && opportunityId ? opportunityId : null,
      value: read.amount,
      note: note.trim(),
    });
    onClose();
  };
  return (
    <Dialog
      title={t('whitespace.cell', {
        product: product.name,
        unit: unit.name,
        status: WHITESPACE_STATUS_TERMS[status].label[lang],
      })}
      onClose={onClose}
      onSubmit={done}
      className="whitespace-edit"
      actions={<CancelSubmit cancel={t('whitespace.cancel')} submit={t('criteria.matrix.done')} onCancel={onClose} />}
    >
      <fieldset className="ws-statuses">
        <legend className="field-label">{t('whitespace.status')}</legend>
        {WHITESPACE_STATUSES.map((s, i) => (
          <label key={s} className="check" title={WHITESPACE_STATUS_TERMS[s].description[lang]}>
            <input
              type="radio"
              name="ws-status"
              checked={status === s}
              onChange={() => setStatus(s)}
              data-autofocus={status === s ? true : undefined}
            />{' '}
            {i + 1} · {WHITESPACE_STATUS_TERMS[s].label[lang]}
          </label>
        ))}
      </fieldset>
      {status === 'competitor' && (
        <div className="field">
          <label className="field-label" htmlFor="ws-competitor">
            {t('whitespace.whose')}
          </label>
          <select id="ws-competitor" value={competitorId} onChange={(e) => setCompetitorId(e.target.value)}>
            <option value="">{t('whitespace.anotherVendor')}</option>
            {account.competitors.map((c) => (
              <option key={c.id} value={c.id}>
                {c.name || '—'}
              </option>
            ))}
          </select>
        </div>
      )}
      {status === 'pursuing' && (
        <div className="field">
          <label className="field-label" htmlFor="ws-opportunity">
            {t('whitespace.opportunity')}
          </label>
          <select id="ws-opportunity" value={opportunityId} onChange={(e) => setOpportunityId(e.target.value)}>
            <option value="">{t('whitespace.none')}</option>
            {account.opportunities.map((o) => (
              <option key={o.id} value={o.id}>
                {o.name || '—'}
              </option>
            ))}
          </select>
        </div>
      )}
      <div className="field">
        <label className="field-label" htmlFor="ws-value">
          {t('whitespace.value')}
        </label>
        <input
          id="ws-value"
          value={value}
          maxLength={100}
          aria-invalid={refusal ? true : undefined}
          aria-describedby={refusal ? 'ws-value-refusal' : undefined}
          onChange={(e) => (setValue(e.target.value), setRefusal(null))}
        />
        {refusal && (
          <p id="ws-value-refusal" className="field-error" role="alert">
            {refusal}
          </p>
        )}
      </div>
      <div className="field">
        <label className="field-label" htmlFor="ws-note">
          {t('whitespace.note')}
        </label>
        <textarea id="ws-note" maxLength={1000} value={note} onChange={(e) => setNote(e.target.value)} />
      </div>
      <div className="ws-related">
        <div>
          <h3 className="field-label">{t('whitespace.opportunities')}</h3>
          {opportunities.length ? (
            <ul data-testid="ws-cell-opportunities">
              {opportunities.map((o) => (
                <li key={o.id}>{o.name || '—'}</li>
              ))}
            </ul>
          ) : (
            <p className="muted small">{t('whitespace.noOpportunities')}</p>
          )}
        </div>
        <div>
          <h3 className="field-label">{t('whitespace.people')}</h3>
          {!unit.departmentId ? (
            <p className="muted small">{t('whitespace.notDepartment')}</p>
          ) : people.length ? (
            <ul data-testid="ws-cell-people">
              {people.map((p) => (
                <li key={p.id}>
                  <button type="button" className="link" onClick={() => openPerson(p.id)}>
                    {p.name || t('canvas.placeholderName')}
                  </button>
                  {p.title && <span className="muted small"> · {p.title}</span>}
                </li>
              ))}
            </ul>
          ) : (
            <p className="muted small">{t('whitespace.nobodyInDepartment')}</p>
          )}
        </div>
      </div>
    </Dialog>
  );
}
