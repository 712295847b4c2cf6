import type { TFunction } from 'i18next';
import { memo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../../../shared/logic/date-text';
import { isOverdue } from '../../../../shared/logic/plan/actions';
import type { Action } from '../../../../shared/model/strategy';
import type { Language } from '../../../../shared/taxonomy/keys';
import { ACTION_STATUS_TERMS } from '../../../../shared/taxonomy/labels';

/** How the Plan names what an action points to (made once per account, shared by every row). */
export interface PlanNames {
  /** A person's name; "(removed)" for one since removed from the chart. */
  person(id: string): string;
  owner(a: Action): string;
  /** An opportunity's name, "(removed)" for one since removed. */
  opportunity(id: string): string;
}

interface Props {
  action: Action;
  names: PlanNames;
  today: string;
  lang: Language;
  selected: boolean;
  /** The text is being edited in place. */
  editing: boolean;
  onSelect(id: string): void;
  onToggleDone(id: string): void;
  onStartEdit(id: string): void;
  /** Ends editing the text: the text typed (kept), or null (put back). */
  onEdited(id: string, text: string | null): void;
}

/** The due date as the row says it: in red when past, "Done 3 Dec" / "Dropped 3 Dec" once closed. */
function dueText(a: Action, today: string, lang: Language, t: TFunction): string {
  if (a.status !== 'open') {
    if (!a.statusDate) return ACTION_STATUS_TERMS[a.status].label[lang];
    return t(a.status === 'done' ? 'plan.doneOn' : 'plan.droppedOn', { date: formatDate(a.statusDate, lang) });
  }
  if (!a.due) return t('plan.noDue');
  return isOverdue(a, today) ? t('plan.overdueSince', { date: formatDate(a.due, lang) }) : formatDate(a.due, lang);
}

/**
 * One action of the Plan: done mark, text (edited in place), due date, owner, the people and
 * opportunity it serves. A row is one focusable option of the list; the keys live in PlanView.
 */
export const ActionItem = memo(function ActionItem({
  action: a,
  names,
  today,
  lang,
  selected,
  editing,
  onSelect,
  onToggleDone,
  onStartEdit,
  onEdited,
}: Props) {
  const { t } = useTranslation();
  const overdue = isOverdue(a, today);
  const whom = [...a.personIds.map(names.person), ...(a.opportunityId ? [names.opportunity(a.opportunityId)] : [])].join(' · ');
  return (
    <li
      role="option"
      aria-selected={selected}
      tabIndex={selected ? 0 : -1}
      data-action-id={a.id}
      data-testid="plan-action"
      className={`plan-action status-${a.status}${selected ? ' selected' : ''}${overdue ? ' overdue' : ''}`}
      onMouseDown={() => onSelect(a.id)}
      onFocus={(e) => e.target === e.currentTarget && !selected && onSelect(a.id)}
    >
      <span
        className="plan-check"
        aria-hidden="true"
        title={a.status === 'open' ? t('plan.markDone') : t('plan.reopen')}
        onClick={(e) => {
          e.stopPropagation();
          onToggleDone(a.id);
        }}
      >
        {a.status === 'done' ? '✓' : a.status === 'dropped' ? '–' : ''}
      </span>
      {editing ? (
        <InlineText initial={a.text} onDone={(text) => onEdited(a.id, text)} />
      ) : (
        <span className={`plan-text${a.text.trim() ? '' : ' muted'}`} onDoubleClick={() => onStartEdit(a.id)}>
          {a.text.trim() || t('plan.untitled')}
          {a.findingKey && (
            <span className="plan-prompted" title={t('plan.prompted')} aria-hidden="true">
              {' '}
              ◆
            </span>
          )}
        </span>
      )}
      <span className={`plan-due${overdue ? ' overdue' : ''}`}>{dueText(a, today, lang, t)}</span>
      <span className="plan-owner">{names.owner(a)}</span>
      <span className="plan-whom muted">{whom}</span>
    </li>
  );
});

/** The text in place: Enter keeps it, Esc puts it back, leaving the field keeps it. */
function InlineText({ initial, onDone }: { initial: string; onDone(text: string | null): void }) {
  const { t } = useTranslation();
  const [text, setText] = useState(initial);
  const [finished, setFinished] = useState(false);
  const done = (value: string | null) => {
    if (finished) return;
    setFinished(true);
    onDone(value);
  };
  return (
    <input
      className="plan-text-input"
      aria-label={t('plan.text')}
      placeholder={t('plan.textPlaceholder')}
      value={text}
      maxLength={1000}
      autoFocus
      onFocus={(e) => e.target.select()}
      onChange={(e) => setText(e.target.value)}
      onMouseDown={(e) => e.stopPropagation()}
      onKeyDown={(e) => {
        if (e.key === 'Enter') {
          e.preventDefault();
          e.stopPropagation();
          done(text);
        } else if (e.key === 'Escape') {
          e.preventDefault();
          e.stopPropagation();
          done(null);
        }
      }}
      onBlur={() => done(text)}
    />
  );
}
