import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { addDays } from '../../../../shared/logic/dates';
import { formatDate } from '../../../../shared/logic/date-text';
import { peopleLabel } from '../../../../shared/logic/plan/names';
import type { ActionList } from '../../../../shared/model/action-list';
import { api } from '../../app/api';
import { messageOf } from '../../app/errors';
import { currentLanguage } from '../../app/i18n';
import { useApp } from '../../app/store';
import { localToday } from '../../ui/format';
import './plan.css';

/** Lines the card shows before saying how many more. */
const CARD_LINES = 6;

type State = { status: 'loading' } | { status: 'ready'; list: ActionList } | { status: 'failed'; message: string };

/**
 * The home screen's "My actions": mine (the user's, and nobody's yet) overdue or due within the
 * week, across accounts, overdue first; each opens in its account's Plan. Read again whenever the
 * account list changes (every saved edit).
 */
export function MyActionsCard() {
  const { t } = useTranslation();
  const lang = currentLanguage();
  const today = localToday();
  const accounts = useApp((s) => s.accounts);
  const [state, setState] = useState<State>({ status: 'loading' });
  useEffect(() => {
    let live = true;
    api.listActions({ today, dueBy: addDays(today, 6), owner: { kind: 'mine' }, limit: 100 }).then(
      (list) => live && setState({ status: 'ready', list }),
      (e: unknown) => live && setState({ status: 'failed', message: messageOf(e) }),
    );
    return () => {
      live = false;
    };
  }, [today, accounts]);
  const rows = state.status === 'ready' ? state.list.rows : [];
  const total = state.status === 'ready' ? state.list.total : 0;

  return (
    <aside className="upcoming-card my-actions" aria-labelledby="my-actions-title" data-testid="my-actions">
      <header className="upcoming-header">
        <h2 id="my-actions-title">{t('plan.card.title')}</h2>
        <span className="muted">{t('plan.card.subtitle')}</span>
      </header>
      {state.status === 'failed' && (
        <p className="upcoming-empty field-error" role="alert">
          {state.message}
        </p>
      )}
      {state.status === 'ready' && rows.length === 0 && <p className="muted upcoming-empty">{t('plan.card.empty')}</p>}
      {rows.length > 0 && (
        <ul className="upcoming-list">
          {rows.slice(0, CARD_LINES).map(({ accountId, accountName, action: a, people }) => {
            const late = a.due < today;
            const whom = peopleLabel({ people }, lang);
            return (
              <li key={`${accountId}/${a.id}`} className="upcoming-item" data-testid="my-action">
                <span className={`upcoming-when${late ? ' overdue' : ''}`}>
                  {late
                    ? t('plan.overdueSince', { date: formatDate(a.due, lang) })
                    : a.due === today
                      ? t('plan.card.today')
                      : formatDate(a.due, lang)}
                </span>
                <span className="upcoming-what">
                  <Link href={`/accounts/${accountId}/plan/${encodeURIComponent(a.id)}`} className="my-action-text">
                    {a.text.trim() || t('plan.untitled')}
                  </Link>
                  {whom && <span className="muted"> · {whom}</span>}
                </span>
                <span className="upcoming-account muted">{accountName}</span>
              </li>
            );
          })}
        </ul>
      )}
      {total > CARD_LINES && <p className="muted small">{t('plan.card.more', { count: total - CARD_LINES })}</p>}
    </aside>
  );
}
