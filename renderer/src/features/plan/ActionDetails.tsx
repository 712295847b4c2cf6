import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { findingKey, findings } from '../../../../shared/logic/coverage';
import { formatDate } from '../../../../shared/logic/date-text';
import type { Account } from '../../../../shared/model/account';
import { ME, type Action } from '../../../../shared/model/strategy';
import type { Language } from '../../../../shared/taxonomy/keys';
import { ACTION_STATUS_TERMS } from '../../../../shared/taxonomy/labels';
import { BufferedText } from '../../ui/BufferedText';
import { DateField, SelectField } from '../../ui/Fields';
import { PeoplePicker } from '../account/PeoplePicker';
import { describe } from '../findings/describe';
import type { useActionEdit } from './useActionEdit';

interface Props {
  action: Action;
  account: Account;
  me: string;
  today: string;
  lang: Language;
  edits: ReturnType<typeof useActionEdit>;
  /** Asking why it is dropped (Delete on the list, or the button). */
  dropping: boolean;
  onDrop(id: string): void;
  /** The drop's reason given (null: not dropped after all). */
  onDropped(id: string, reason: string | null): void;
  onToggleDone(id: string): void;
  onRemove(id: string): void;
  onOpenFindings(): void;
}

/**
 * The selected action, whole: text, due date, owner, the people and opportunity it serves, what
 * prompted it, its status and note. Every change is one undo step; D and O on the list land here.
 */
export function ActionDetails({
  action: a,
  account,
  me,
  today,
  lang,
  edits,
  dropping,
  onDrop,
  onDropped,
  onToggleDone,
  onRemove,
  onOpenFindings,
}: Props) {
  const { t } = useTranslation();
  const members = new Set(account.team.map((m) => m.id));
  const ownerRemoved = a.owner !== null && a.owner !== ME && !members.has(a.owner);
  const opportunityRemoved = a.opportunityId !== null && !account.opportunities.some((o) => o.id === a.opportunityId);
  // What prompted it, as Coverage & risks says it today; a finding since resolved says so.
  const prompted = useMemo(() => {
    if (!a.findingKey) return null;
    const f = findings(account, today).find((x) => findingKey(x) === a.findingKey);
    return f ? describe(f, account, t, lang) : t('plan.findingGone');
  }, [a.findingKey, account, today, t, lang]);
  const status =
    a.status === 'open'
      ? ACTION_STATUS_TERMS.open.label[lang]
      : a.statusDate
        ? t(a.status === 'done' ? 'plan.doneOn' : 'plan.droppedOn', { date: formatDate(a.statusDate, lang) })
        : ACTION_STATUS_TERMS[a.status].label[lang];

  return (
    <section className="plan-details" aria-label={t('plan.details')} data-testid="plan-details">
      <p className={`plan-status status-${a.status}`}>
        {t('plan.status')}: <strong>{status}</strong>
        {a.createdOn && <span className="muted small"> · {formatDate(a.createdOn, lang)}</span>}
      </p>
      <BufferedText
        key={`text-${a.id}`}
        label={t('plan.text')}
        value={a.text}
        multiline
        maxLength={1000}
        placeholder={t('plan.textPlaceholder')}
        onCommit={(text, s) => edits.commit(a.id, { text }, s)}
      />
      <div className="section-grid">
        <div data-field="due">
          <DateField key={`due-${a.id}`} label={t('plan.due')} value={a.due} onChange={(due) => edits.change(a.id, { due })} />
        </div>
        <div data-field="owner">
          <SelectField<string>
            label={t('plan.owner')}
            value={a.owner}
            none={t('plan.noOwner')}
            options={[
              { value: ME, label: me.trim() ? `${me.trim()} (${t('plan.me')})` : t('plan.me') },
              ...account.team.map((m) => ({ value: m.id, label: m.name || t('plan.unnamedMember') })),
              ...(ownerRemoved ? [{ value: a.owner!, label: t('plan.removedMember') }] : []),
            ]}
            onChange={(owner) => edits.change(a.id, { owner })}
          />
        </div>
      </div>
      <PeoplePicker
        id={`plan-people-${a.id}`}
        label={t('plan.people')}
        people={account.people}
        chosen={a.personIds}
        onChange={(personIds) => edits.change(a.id, { personIds })}
      />
      <SelectField<string>
        label={t('plan.opportunity')}
        value={a.opportunityId}
        none={t('plan.noOpportunity')}
        options={[
          ...account.opportunities.map((o) => ({ value: o.id, label: o.name })),
          ...(opportunityRemoved ? [{ value: a.opportunityId!, label: t('plan.removedPerson') }] : []),
        ]}
        onChange={(opportunityId) => edits.change(a.id, { opportunityId })}
      />
      {prompted && (
        <div className="plan-prompted-by">
          <span className="field-label">{t('plan.prompted')}</span>
          <p className="small">{prompted}</p>
          <button type="button" className="button button-small button-quiet" onClick={onOpenFindings}>
            {t('plan.emptyFindings')} →
          </button>
        </div>
      )}
      <BufferedText
        key={`note-${a.id}`}
        label={t('plan.note')}
        value={a.note}
        multiline
        onCommit={(note, s) => edits.commit(a.id, { note }, s)}
      />
      {dropping ? (
        <DropForm onDone={(reason) => onDropped(a.id, reason)} />
      ) : (
        <div className="row plan-buttons">
          <button type="button" className="button button-small" onClick={() => onToggleDone(a.id)}>
            {a.status === 'open' ? t('plan.markDone') : t('plan.reopen')}
          </button>
          {a.status === 'open' ? (
            <button type="button" className="button button-small" onClick={() => onDrop(a.id)}>
              {t('plan.drop')}
            </button>
          ) : (
            <button type="button" className="button button-small button-quiet" onClick={() => onRemove(a.id)}>
              {t('plan.remove')}
            </button>
          )}
        </div>
      )}
    </section>
  );
}

/** Why it is dropped, asked in place: Enter drops it with the reason, Esc keeps it open. */
function DropForm({ onDone }: { onDone(reason: string | null): void }) {
  const { t } = useTranslation();
  const [reason, setReason] = useState('');
  return (
    <form
      className="set-aside-form plan-drop"
      onSubmit={(e) => {
        e.preventDefault();
        onDone(reason.trim());
      }}
    >
      <input
        autoFocus
        aria-label={t('plan.dropReason')}
        placeholder={t('plan.dropReason')}
        value={reason}
        maxLength={4000}
        onChange={(e) => setReason(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === 'Escape') {
            e.preventDefault();
            e.stopPropagation();
            onDone(null);
          }
        }}
      />
      <button type="submit" className="button button-small">
        {t('plan.dropConfirm')}
      </button>
      <button type="button" className="button button-small" onClick={() => onDone(null)}>
        {t('dialogs.cancel')}
      </button>
    </form>
  );
}
