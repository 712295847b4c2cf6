import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'wouter';
import { useDemoWorkspace } from '../features/accounts/useDemoWorkspace';
import { usePalette } from '../features/search/palette-store';
import { useImport } from '../features/sharing/import-store';
import { shareFromHere } from '../features/sharing/SharingLayer';
import { lockNow } from '../features/vault/vault-store';
import { api } from './api';
import { reportError } from './errors';
import { useApp } from './store';

/** Acts on the application menu's commands (Electron only; absent in a plain browser). */
export function useMenuCommands(): void {
  const [location, navigate] = useLocation();
  const { t } = useTranslation();
  const openDemo = useDemoWorkspace();
  useEffect(() => {
    const events = window.bidmapEvents;
    if (!events) return;
    // Shortcut-bearing commands are re-sent as the key the screen already handles.
    // Sent from where the focus is, as a real key would be, so screens see its usual target.
    const press = (key: string, shiftKey = false) =>
      (document.activeElement ?? document.body).dispatchEvent(new KeyboardEvent('keydown', { key, shiftKey, ctrlKey: true, metaKey: true, bubbles: true }));
    const editing = () => {
      const el = document.activeElement;
      return el instanceof HTMLElement && (el.isContentEditable || el.tagName === 'INPUT' || el.tagName === 'TEXTAREA');
    };
    // Files opened with Bidmap before this screen was ready wait in main; take them now and on each arrival.
    const takeOpened = () =>
      void api
        .takeOpenedFiles({})
        .then((files) => files.forEach((f) => void useImport.getState().begin({ from: 'opened', token: f.token }, f.name)))
        .catch(reportError);
    takeOpened();
    const offOpened = events.onFileOpened(takeOpened);
    const offMenu = events.onMenuCommand((command) => {
      switch (command) {
        case 'goHome':
          return navigate('/');
        case 'openSettings':
        case 'openWorkspace':
          return navigate('/settings');
        case 'newAccount':
          navigate('/');
          return setTimeout(() => press('n'));
        case 'findAccount':
          // On a chart, Find searches the chart; elsewhere it filters the account list.
          if (!location.startsWith('/accounts/')) navigate('/');
          return setTimeout(() => press('f'));
        case 'searchEverywhere':
          return usePalette.getState().show();
        case 'lockWorkspace':
          return void lockNow().catch(reportError);
        case 'revealWorkspace':
          return void api.revealWorkspace({}).catch(reportError);
        case 'openDemoWorkspace':
          return void openDemo();
        case 'undo':
        case 'redo':
          // In a text field: its own undo. Elsewhere: the screen's (the chart's edits).
          if (editing()) return void document.execCommand(command);
          return press('z', command === 'redo');
        case 'importFile':
          return void useImport.getState().begin({ from: 'dialog' });
        case 'shareAccounts':
          return shareFromHere(location);
        case 'showAbout':
          return void useApp.getState().toast({ kind: 'info', message: t('about.body', { version: __APP_VERSION__ }) });
      }
    });
    return () => {
      offOpened();
      offMenu();
    };
  }, [location, navigate, openDemo, t]);
}
