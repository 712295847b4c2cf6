import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'wouter';
import { useApp } from '../../app/store';
import { useShortcut } from '../../ui/shortcuts';
import { ImportDialog } from './ImportDialog';
import { useImport } from './import-store';
import { ShareDialog } from './ShareDialog';
import { useShare } from './share-store';
import { useFileDrop } from './useFileDrop';

/** Opens the share dialog for the account on screen, else for every account. */
export function shareFromHere(location: string): void {
  const id = /^\/accounts\/([^/]+)/.exec(location)?.[1];
  useShare.getState().open(id ? [id] : useApp.getState().accounts.filter((a) => !a.damaged).map((a) => a.id));
}

/** What sharing adds to every screen: the import and share dialogs, the drop target and their shortcuts. */
export function SharingLayer() {
  const { t } = useTranslation();
  const [location] = useLocation();
  const over = useFileDrop();
  const ids = useShare((s) => s.ids);
  useShortcut(
    'o',
    useCallback(() => void useImport.getState().begin({ from: 'dialog' }), []),
  );
  useShortcut(
    'e',
    useCallback(() => shareFromHere(location), [location]),
    { shift: true },
  );
  return (
    <>
      <ImportDialog />
      {ids && <ShareDialog initial={ids} onClose={() => useShare.getState().close()} />}
      {over && (
        <div className="drop-overlay" aria-hidden="true">
          <p>{t('sharing.dropHint')}</p>
        </div>
      )}
    </>
  );
}
