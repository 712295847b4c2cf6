import { useTranslation } from 'react-i18next';
import type { FileProblem } from '../../../../shared/ipc/types';
import { currentLanguage } from '../../app/i18n';
import { formatDateTime } from '../../ui/format';

/** Says which files could not be opened, why, where they went, and offers the last backup. */
export function ProblemsBanner({ problems, onRestore }: { problems: FileProblem[]; onRestore(accountId: string): void }) {
  const { t } = useTranslation();
  if (problems.length === 0) return null;
  return (
    <section className="banner banner-warning" role="alert" aria-label={t('problems.title', { count: problems.length })}>
      <h2>{t('problems.title', { count: problems.length })}</h2>
      <p>{t('problems.body')}</p>
      <ul>
        {problems.map((p) => (
          <li key={p.file} data-testid="file-problem">
            <code>{p.file}</code>: {t(`problems.codes.${p.code}`)} <span className="muted">({p.detail})</span>
            {p.movedTo && <span className="muted"> {t('problems.movedTo', { path: p.movedTo })}</span>}
            {p.accountId &&
              (p.backupAvailable ? (
                <button type="button" className="button button-small" onClick={() => onRestore(p.accountId!)}>
                  {p.backupSavedAt ? t('home.restoreBackupOf', { when: formatDateTime(p.backupSavedAt, currentLanguage()) }) : t('home.restoreBackup')}
                </button>
              ) : (
                <span className="muted"> {t('problems.noBackup')}</span>
              ))}
          </li>
        ))}
      </ul>
    </section>
  );
}
