import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { formatDate } from '../../../../shared/logic/date-text';
import type { DebriefList } from '../../../../shared/model/debrief-list';
import { api } from '../../app/api';
import { currentLanguage } from '../../app/i18n';
import { useApp } from '../../app/store';
import { localToday } from '../../ui/format';

/** Lines the card shows. */
const CARD_LINES = 6;

/**
 * The home screen's ask for debriefs: meetings whose day has passed without one, across
 * accounts, oldest first; each opens its person's panel, which offers the debrief. Shown only
 * when there is one; read again whenever the account list changes (every saved edit).
 */
export function DebriefsDueCard() {
  const { t } = useTranslation();
  const lang = currentLanguage();
  const today = localToday();
  const accounts = useApp((s) => s.accounts);
  const [list, setList] = useState<DebriefList | null>(null);
  useEffect(() => {
    let live = true;
    // A failed read leaves the card out: the person panels still ask for each debrief.
    api.listDebriefsDue({ today, limit: CARD_LINES }).then(
      (l) => live && setList(l),
      () => live && setList(null),
    );
    return () => {
      live = false;
    };
  }, [today, accounts]);
  if (!list || list.total === 0) return null;
  return (
    <aside className="upcoming-card debriefs-due" aria-labelledby="debriefs-due-title" data-testid="debriefs-due">
      <header className="upcoming-header">
        <h2 id="debriefs-due-title">{t('meetings.homeTitle')}</h2>
      </header>
      <ul className="upcoming-list">
        {list.rows.map((r) => (
          <li key={`${r.accountId}/${r.meetingId}`} className="upcoming-item">
            <span className="upcoming-when overdue">{formatDate(r.date, lang)}</span>
            <span className="upcoming-what">
              <Link href={`/accounts/${encodeURIComponent(r.accountId)}/people/${encodeURIComponent(r.personId)}`}>
                {r.personName ?? t('timeline.removed', { id: r.personId })}
              </Link>
            </span>
            <span className="upcoming-account muted">{r.accountName}</span>
          </li>
        ))}
      </ul>
    </aside>
  );
}
