import { useTranslation } from 'react-i18next';
import type { Finding } from '../../../../shared/logic/coverage';
import { formatDate } from '../../../../shared/logic/date-text';
import type { SetAsideFinding } from '../../../../shared/model/account';
import { currentLanguage } from '../../app/i18n';

/** The findings set aside, each with why and when, brought back in one click. Folded until opened. */
export function SetAsideList({ items, describe, onBringBack }: { items: { finding: Finding; entry: SetAsideFinding }[]; describe(f: Finding): string; onBringBack(id: string): void }) {
  const { t } = useTranslation();
  const lang = currentLanguage();
  if (!items.length) return null;
  return (
    <details className="set-aside" data-testid="set-aside">
      <summary>
        {t('findings.setAsideTitle')} <span className="count">{items.length}</span>
      </summary>
      <ul className="finding-list">
        {items.map(({ finding, entry }) => (
          <li key={entry.id} className="finding finding-aside">
            <span className="finding-text">
              {describe(finding)}
              <span className="muted small set-aside-why">
                {entry.reason ? t('findings.setAsideWhy', { reason: entry.reason, date: formatDate(entry.date, lang) }) : t('findings.setAsideWhen', { date: formatDate(entry.date, lang) })}
              </span>
            </span>
            <button type="button" className="button button-small" onClick={() => onBringBack(entry.id)}>
              {t('findings.bringBack')}
            </button>
          </li>
        ))}
      </ul>
    </details>
  );
}
