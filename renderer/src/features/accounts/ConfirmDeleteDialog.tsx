import { useTranslation } from 'react-i18next';
import type { AccountSummary } from '../../../../shared/ipc/types';
import { Dialog } from '../../ui/Dialog';

export function ConfirmDeleteDialog({ account, onConfirm, onClose }: { account: AccountSummary; onConfirm(): void; onClose(): void }) {
  const { t } = useTranslation();
  return (
    <Dialog
      title={t('dialogs.deleteTitle', { name: account.name })}
      onClose={onClose}
      onSubmit={onConfirm}
      actions={
        <>
          <button type="button" className="button" onClick={onClose} autoFocus>
            {t('dialogs.cancel')}
          </button>
          <button type="submit" className="button button-danger">
            {t('dialogs.deleteConfirm')}
          </button>
        </>
      }
    >
      <p>{t('dialogs.deleteBody', { count: account.peopleCount })}</p>
    </Dialog>
  );
}
