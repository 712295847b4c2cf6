import { useTranslation } from 'react-i18next';
import type { ContactsRead } from '../../../../shared/ipc/contract';
import {
  leavesWithoutManager,
  warningValues,
  type RowProblem,
  type RowWarning,
} from '../../../../shared/logic/contacts/problems';
import type { ContactsPreview } from '../../../../shared/logic/contacts/preview';
import { listItems } from '../../../../shared/i18n/lists';
import { currentLanguage } from '../../app/i18n';

interface Props {
  read: ContactsRead;
  preview: ContactsPreview;
}

/**
 * The chart to be as an indented list; then who comes without a manager (and why) and other
 * warnings, every row left out, rows that are not people, people already there, and sensitive
 * columns not copied.
 */
export function PreviewStep({ read, preview }: Props) {
  const { t } = useTranslation();
  const where = (line: number) => t(read.unit === 'card' ? 'contacts.card' : 'contacts.row', { line });
  const problem = (p: RowProblem) => t(`contacts.problem.${p.code}`);
  const warning = (w: RowWarning) => {
    const values = warningValues(w);
    if (w.code === 'cut') values.field = t(`contacts.field.${w.field as 'name'}`);
    const reason = t(`contacts.warning.${w.code}`, values);
    return leavesWithoutManager(w) ? t('contacts.withoutManager', { reason }) : reason;
  };
  const hidden = preview.importable - preview.tree.length;
  return (
    <div className="contacts-preview">
      <p>
        <strong>{t('contacts.summary', { count: preview.importable })}</strong>
        {preview.withoutManager > 0 && (
          <span className="contacts-warning-count" data-testid="contacts-without-manager">
            {' '}
            · {t('contacts.withoutManagerCount', { count: preview.withoutManager })}
          </span>
        )}
        {preview.departments > 0 && <span className="muted"> · {t('contacts.departments', { count: preview.departments })}</span>}
      </p>
      {preview.ignoredColumns.length > 0 && (
        <p className="muted" data-testid="contacts-ignored">
          {t('contacts.ignoredColumns', { columns: listItems(preview.ignoredColumns, currentLanguage()) })}
        </p>
      )}
      <section aria-labelledby="contacts-tree-title">
        <h3 id="contacts-tree-title">{t('contacts.treeTitle')}</h3>
        <ul className="contacts-tree" data-testid="contacts-tree">
          {preview.tree.map((l) => (
            <li key={l.line} style={{ paddingInlineStart: `${l.depth * 18}px` }} data-depth={l.depth}>
              <span className="contacts-name">{l.name}</span>
              {l.title && <span className="muted"> · {l.title}</span>}
              {l.department && <span className="muted"> · {l.department}</span>}
              {l.under && <span className="muted"> ({t('contacts.under', { name: l.under })})</span>}
            </li>
          ))}
          {hidden > 0 && <li className="muted">{t('contacts.more', { count: hidden })}</li>}
        </ul>
      </section>
      {preview.warningCount > 0 && (
        <section aria-labelledby="contacts-warnings-title">
          <h3 id="contacts-warnings-title">{t('contacts.warningsTitle', { count: preview.warningCount })}</h3>
          <ul className="contacts-problems contacts-warnings" data-testid="contacts-warnings">
            {preview.warnings.map((w, i) => (
              <li key={`${w.line}-${i}`}>
                <strong>{where(w.line)}</strong> {warning(w)}
              </li>
            ))}
            {preview.warningCount > preview.warnings.length && (
              <li className="muted">{t('contacts.more', { count: preview.warningCount - preview.warnings.length })}</li>
            )}
          </ul>
        </section>
      )}
      <section aria-labelledby="contacts-problems-title">
        <h3 id="contacts-problems-title">{t('contacts.problemsTitle', { count: preview.problemCount })}</h3>
        {preview.problemCount === 0 ? (
          <p className="muted">{t('contacts.noProblems')}</p>
        ) : (
          <ul className="contacts-problems" data-testid="contacts-problems">
            {preview.problems.map((p) => (
              <li key={p.line}>
                <strong>{where(p.line)}</strong> {problem(p)}
              </li>
            ))}
            {preview.problemCount > preview.problems.length && (
              <li className="muted">{t('contacts.more', { count: preview.problemCount - preview.problems.length })}</li>
            )}
          </ul>
        )}
      </section>
      {preview.notPeopleCount > 0 && (
        <section aria-labelledby="contacts-not-people-title">
          <h3 id="contacts-not-people-title">{t('contacts.notPeopleTitle', { count: preview.notPeopleCount })}</h3>
          <ul className="contacts-skipped muted" data-testid="contacts-not-people">
            {preview.notPeople.map((n) => (
              <li key={n.line}>
                {t('contacts.notPeopleItem', { where: where(n.line), reason: t(`contacts.notPeople.${n.reason}`), text: n.text })}
              </li>
            ))}
          </ul>
        </section>
      )}
      {preview.skipped.length > 0 && (
        <section aria-labelledby="contacts-skipped-title">
          <h3 id="contacts-skipped-title">{t('contacts.skippedTitle', { count: preview.skipped.length })}</h3>
          <p className="muted">{preview.skipped.map((s) => `${where(s.line)} ${s.name}`).join(' · ')}</p>
        </section>
      )}
    </div>
  );
}
