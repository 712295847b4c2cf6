import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { formatDay } from '../../../../shared/logic/itinerary/format';
import type { AgendaReview } from '../../../../shared/model/agenda';
import { currentLanguage } from '../../app/i18n';

/** An account whose review is due, in the notebook's day: the account (opening its Review tab), its cadence, its last review. */
export const ReviewAgendaItem = memo(function ReviewAgendaItem({ entry }: { entry: AgendaReview }) {
  const { t } = useTranslation();
  const lang = currentLanguage();
  const details = [
    t(`review.cadences.${entry.cadence}`),
    entry.lastReview ? t('review.lastOn', { date: formatDay(entry.lastReview, lang) }) : t('review.never'),
    // Due before the day it shows on (the window began after it): say since when.
    entry.dueOn < entry.date && t('review.notebook.since', { date: formatDay(entry.dueOn, lang) }),
  ].filter(Boolean);
  return (
    <li className="agenda-item agenda-review" data-testid="agenda-review">
      <div className="agenda-who">
        <span className="badge badge-review-due">{t('review.due')}</span>
      </div>
      <div className="agenda-what">
        <Link href={`/accounts/${entry.accountId}/review`} className="agenda-person-link">
          <strong>{t('review.notebook.open', { account: entry.accountName })}</strong>
        </Link>
        <div className="agenda-detail muted">{details.join(' · ')}</div>
      </div>
      <div className="agenda-account muted">{entry.accountName}</div>
    </li>
  );
});
