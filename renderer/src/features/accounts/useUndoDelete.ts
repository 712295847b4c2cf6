import { useCallback, useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { AccountSummary } from '../../../../shared/ipc/types';
import { api } from '../../app/api';
import { reportError } from '../../app/errors';
import { useApp } from '../../app/store';
import { useShortcut } from '../../ui/shortcuts';

/** Deletes an account and offers Undo (a toast button, or Ctrl/Cmd+Z on the home screen). */
export function useUndoDelete(): (account: AccountSummary) => Promise<void> {
  const { t } = useTranslation();
  const last = useRef<{ trashId: string; name: string } | null>(null);

  // Each toast undoes its own delete; Ctrl/Cmd+Z undoes the latest one.
  const undoItem = useCallback(
    async (item: { trashId: string; name: string }) => {
      if (last.current?.trashId === item.trashId) last.current = null;
      try {
        await api.undoDeleteAccount({ trashId: item.trashId });
        await useApp.getState().refreshAccounts();
        useApp.getState().toast({ kind: 'info', message: t('toasts.undone', { name: item.name }) });
      } catch (e) {
        reportError(e);
      }
    },
    [t],
  );
  const undo = useCallback(async () => {
    if (last.current) await undoItem(last.current);
  }, [undoItem]);

  useShortcut('z', useCallback(() => void undo(), [undo]), { inFields: false });
  useEffect(() => () => void (last.current = null), []);

  return useCallback(
    async (account: AccountSummary) => {
      try {
        const { trashId } = await api.deleteAccount({ id: account.id });
        const { refreshAccounts, load, toast } = useApp.getState();
        await (account.damaged ? load() : refreshAccounts());
        const item = { trashId, name: account.name };
        last.current = trashId ? item : null;
        toast({
          kind: 'info',
          message: t('toasts.deleted', { name: account.name }),
          action: trashId ? { label: t('toasts.undo'), run: () => void undoItem(item) } : undefined,
        });
      } catch (e) {
        reportError(e);
      }
    },
    [t, undoItem],
  );
}
