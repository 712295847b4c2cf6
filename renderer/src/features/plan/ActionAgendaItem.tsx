import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { ownerLabel, peopleLabel } from '../../../../shared/logic/plan/names';
import type { ActionRow } from '../../../../shared/model/action-list';
import { currentLanguage } from '../../app/i18n';
import './plan.css';

/** An action due in the notebook's day: its text (opening it in its account's Plan), whom it serves, its owner. */
export const ActionAgendaItem = memo(function ActionAgendaItem({ row }: { row: ActionRow }) {
  const { t } = useTranslation();
  const lang = currentLanguage();
  const text = row.action.text.trim() || t('plan.untitled');
  const whom = peopleLabel(row, lang);
  return (
    <li className="agenda-item agenda-action" data-testid="agenda-action">
      <div className="agenda-who">
        <span className="action-mark">{t('plan.notebook.due')}</span>
        {whom && <span className="agenda-title muted">{whom}</span>}
      </div>
      <div className="agenda-what">
        <Link
          href={`/accounts/${row.accountId}/plan/${encodeURIComponent(row.action.id)}`}
          className="my-action-text"
          title={t('plan.notebook.open', { text, account: row.accountName })}
        >
          <strong>{text}</strong>
        </Link>
        <div className="agenda-detail muted">{t('plan.notebook.owner', { name: ownerLabel(row.owner, lang) })}</div>
      </div>
      <div className="agenda-account muted">{row.accountName}</div>
    </li>
  );
});
