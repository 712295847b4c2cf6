import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import type { AccountSummary } from '../../../../shared/ipc/types';
import { ZONE_TERMS } from '../../../../shared/taxonomy/labels';
import { currentLanguage } from '../../app/i18n';
import { localToday, relativeTime } from '../../ui/format';
import { reviewDue } from '../../../../shared/logic/history/cadence';
import { sharedLevel, useTeam } from '../team/team-store';

interface Props {
  account: AccountSummary;
  /** The time "updated … ago" counts from (renewed while the list is shown). */
  now: number;
  onOpen(id: string): void;
  /** Opens the account's Review tab (offered while its review is due). */
  onReview(id: string): void;
  onRename(a: AccountSummary): void;
  onDelete(a: AccountSummary): void;
}

export const AccountRow = memo(function AccountRow({ account, now, onOpen, onReview, onRename, onDelete }: Props) {
  const { t } = useTranslation();
  const lang = currentLanguage();
  const damaged = account.damaged !== null;
  const teamLevel = useTeam((s) => sharedLevel(s.status, account.id));
  const reviewIsDue = !damaged && reviewDue({ reviewCadence: account.reviewCadence, lastReview: account.lastReview }, localToday()).due;
  return (
    <li className={`account-row${damaged ? ' account-row-damaged' : ''}`} data-testid="account-row">
      <button type="button" className="account-open" disabled={damaged} onClick={() => onOpen(account.id)}>
        <span className="account-name">{account.name}</span>
        <span className="account-meta">
          {damaged ? (
            <span className="badge badge-danger">{t('home.damaged')}</span>
          ) : (
            <>
              <span className={`badge zone-${account.zone ?? 'none'}`}>
                {account.zone ? ZONE_TERMS[account.zone].label[lang] : t('home.noZone')}
              </span>
              <span>{t('home.people', { count: account.peopleCount })}</span>
              {teamLevel && (
                <span className="badge badge-team" data-testid="team-badge" title={t('team.badgeTitle', { level: t(`briefing.levels.${teamLevel}`) })}>
                  {t('team.badge')}
                </span>
              )}
              {reviewIsDue && (
                <span className="badge badge-review-due" data-testid="review-due">
                  {t('home.reviewDue')}
                </span>
              )}
              <span className="muted">{t('home.updated', { when: relativeTime(account.updatedAt, lang, now) })}</span>
            </>
          )}
        </span>
      </button>
      <div className="row-actions">
        {reviewIsDue && (
          // Outside the row's own button (a button cannot hold another); first, beside the badge.
          <button
            type="button"
            className="button button-small button-primary"
            aria-label={t('home.reviewOpen', { account: account.name })}
            onClick={() => onReview(account.id)}
          >
            {t('home.review')}
          </button>
        )}
        {!damaged && (
          <button type="button" className="button button-small" onClick={() => onRename(account)}>
            {t('home.rename')}
          </button>
        )}
        <button type="button" className="button button-small" onClick={() => onDelete(account)}>
          {t('home.delete')}
        </button>
      </div>
    </li>
  );
});
