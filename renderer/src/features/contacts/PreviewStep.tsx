import { useTranslation } from 'react-i18next';
import type { ContactsRead } from '../../../../shared/ipc/contract';
import { problemValues, type RowProblem } from '../../../../shared/logic/contacts/problems';
import type { ContactsPreview } from '../../../../shared/logic/contacts/preview';

interface Props {
  read: ContactsRead;
  preview: ContactsPreview;
}

/** The chart to be as an indented list, then every row left out with its number and reason. */
export function PreviewStep({ read, preview }: Props) {
  const { t } = useTranslation();
  const where = (line: number) => t(read.unit === 'card' ? 'contacts.card' : 'contacts.row', { line });
  const reason = (p: RowProblem) => {
    const values = problemValues(p);
    if (p.code === 'tooLong') values.field = t(`contacts.field.${p.field as 'name'}`);
    return t(`contacts.problem.${p.code}`, values);
  };
  const hidden = preview.importable - preview.tree.length;
  return (
    <div className="contacts-preview">
      <p>
        <strong>{t('contacts.summary', { count: preview.importable })}</strong>
        {preview.departments > 0 && <span className="muted"> · {t('contacts.departments', { count: preview.departments })}</span>}
      </p>
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
      <section aria-labelledby="contacts-problems-title">
        <h3 id="contacts-problems-title">{t('contacts.problemsTitle', { count: preview.problemCount })}</h3>
        {preview.problemCount === 0 ? (
          <p className="muted">{t('contacts.noProblems')}</p>
        ) : (
          <ul className="contacts-problems" data-testid="contacts-problems">
            {preview.problems.map((p) => (
              <li key={p.line}>
                <strong>{where(p.line)}</strong> {reason(p)}
              </li>
            ))}
            {preview.problemCount > preview.problems.length && <li className="muted">{t('contacts.more', { count: preview.problemCount - preview.problems.length })}</li>}
          </ul>
        )}
      </section>
      {preview.skipped.length > 0 && (
        <section aria-labelledby="contacts-skipped-title">
          <h3 id="contacts-skipped-title">{t('contacts.skippedTitle', { count: preview.skipped.length })}</h3>
          <p className="muted">{preview.skipped.map((s) => `${where(s.line)} ${s.name}`).join(' · ')}</p>
        </section>
      )}
    </div>
  );
}
