import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Dialog } from './Dialog';

/** A view's `?` card: its keys and what each does, one row each, with notes under the table. */
export function KeysDialog({
  title,
  rows,
  testId,
  onClose,
  children,
}: {
  title: string;
  rows: readonly (readonly [keys: string, what: string])[];
  testId?: string;
  onClose(): void;
  children?: ReactNode;
}) {
  const { t } = useTranslation();
  return (
    <Dialog
      title={title}
      onClose={onClose}
      onSubmit={onClose}
      actions={
        <button type="submit" className="button button-primary">
          {t('chart.close')}
        </button>
      }
    >
      <table className="cheat-sheet" data-testid={testId}>
        <tbody>
          {rows.map(([keys, what]) => (
            <tr key={keys}>
              <td>
                <kbd>{keys}</kbd>
              </td>
              <td>{what}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {children}
    </Dialog>
  );
}
