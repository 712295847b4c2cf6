import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { formatDate } from '../../../../shared/logic/date-text';
import { byDue, isOverdue, openActionsFor } from '../../../../shared/logic/plan/actions';
import { toggledDone } from '../../../../shared/logic/plan/edit';
import { ME } from '../../../../shared/model/strategy';
import { currentLanguage } from '../../app/i18n';
import { useApp } from '../../app/store';
import { localToday } from '../../ui/format';
import { useChart } from '../canvas/chart-store';
import { makeAction } from './make-action';
import { ownerName } from './owner';
import { useActionEdit } from './useActionEdit';
import './plan.css';

const SHOWN = 6;

/**
 * A person's open actions in their panel, soonest first: the box marks one done (Undo in the toast),
 * the text opens it in the Plan; the field below adds one for them, mine, with Enter.
 */
export function PersonActions({ personId, name }: { personId: string; name: string }) {
  const { t } = useTranslation();
  const lang = currentLanguage();
  const today = localToday();
  const account = useChart((s) => s.account)!;
  const me = useApp((s) => s.info?.settings.preparedBy ?? '');
  const edits = useActionEdit();
  const [text, setText] = useState('');
  const open = byDue(openActionsFor(account, personId));
  const plan = `/accounts/${account.id}/plan`;

  const done = (id: string, label: string) => {
    const step = edits.change(id, (a) => toggledDone(a, today));
    if (step)
      useApp.getState().toast({
        kind: 'info',
        message: t('plan.doneToast', { text: label }),
        action: { label: t('toasts.undo'), run: () => useChart.getState().revert(step) },
      });
  };
  const add = () => {
    if (!text.trim()) return;
    if (makeAction({ text: text.trim(), owner: ME, personIds: [personId] })) setText('');
  };

  return (
    <section className="person-actions" aria-labelledby={`person-actions-${personId}`} data-testid="person-actions">
      <h3 id={`person-actions-${personId}`}>
        {t('plan.personTitle')} <span className="count">{open.length}</span>
      </h3>
      {open.length === 0 ? (
        <p className="muted">{t('plan.personNone')}</p>
      ) : (
        <ul>
          {open.slice(0, SHOWN).map((a) => {
            const label = a.text.trim() || t('plan.untitled');
            const late = isOverdue(a, today);
            return (
              <li key={a.id} data-testid="person-action">
                <button
                  type="button"
                  className="plan-check"
                  aria-label={`${t('plan.markDone')}: ${label}`}
                  title={t('plan.markDone')}
                  onClick={() => done(a.id, label)}
                />
                <Link
                  href={`${plan}/${encodeURIComponent(a.id)}`}
                  className="person-action-text"
                  title={`${label} · ${ownerName(a.owner, account, me, t)}`}
                >
                  {label}
                </Link>
                {a.due && (
                  <span className={`person-action-due${late ? ' overdue' : ''}`}>
                    {late ? t('plan.overdueSince', { date: formatDate(a.due, lang) }) : formatDate(a.due, lang)}
                  </span>
                )}
              </li>
            );
          })}
        </ul>
      )}
      {open.length > SHOWN && (
        <Link href={plan} className="small">
          {t('plan.personMore', { count: open.length })}
        </Link>
      )}
      <form
        className="person-action-add"
        onSubmit={(e) => {
          e.preventDefault();
          add();
        }}
      >
        <input
          aria-label={t('plan.personAdd', { name })}
          placeholder={t('plan.personAdd', { name })}
          value={text}
          maxLength={1000}
          onChange={(e) => setText(e.target.value)}
        />
        <button type="submit" className="button button-small" disabled={!text.trim()}>
          {t('plan.personAddButton')}
        </button>
      </form>
    </section>
  );
}
