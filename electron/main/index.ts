import { app, type BrowserWindow, dialog, Menu } from 'electron';
import { languageOf } from '../../shared/i18n';
import { defaultAppDataDir, openSession, resolveWorkspaceDir, type BidmapSession } from '../services/session';
import { join } from 'node:path';
import { electronHost } from './host';
import { registerIpc } from './ipc';
import { buildMenu } from './menu';
import { installSecurity } from './security';
import { createMainWindow } from './window';

// One place for every per-user file, shared with the CLI (services compute the same folder).
app.setPath('userData', defaultAppDataDir());

let session: BidmapSession | null = null;
let mainWindow: BrowserWindow | null = null;

function focusWindow(): void {
  if (!mainWindow) return;
  if (mainWindow.isMinimized()) mainWindow.restore();
  mainWindow.focus();
}

async function open(): Promise<BidmapSession> {
  const appDataDir = app.getPath('userData');
  const options = { host: electronHost, appDataDir, defaultLanguage: languageOf(app.getLocale()), seedDemoIfEmpty: true };
  const chosen = await resolveWorkspaceDir(appDataDir);
  try {
    return await openSession({ ...options, workspaceDir: chosen });
  } catch (e) {
    // The chosen folder may be on a disk that is gone: say so and open the default one.
    const fallback = join(appDataDir, 'workspace');
    if (chosen === fallback) throw e;
    dialog.showErrorBox('Bidmap', `The workspace ${chosen} could not be opened (${(e as Error).message}). Opening ${fallback} instead.`);
    return openSession({ ...options, workspaceDir: fallback });
  }
}

async function start(): Promise<void> {
  installSecurity();
  session = await open();
  const current = session;
  const applyMenu = () => Menu.setApplicationMenu(buildMenu(current.settings().language ?? languageOf(app.getLocale())));
  applyMenu();
  current.onSettingsChanged(applyMenu);
  registerIpc(() => current);
  mainWindow = await createMainWindow();
  mainWindow.on('closed', () => (mainWindow = null));
}

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('second-instance', focusWindow);
  app.whenReady().then(start, (e: unknown) => {
    dialog.showErrorBox('Bidmap', `Bidmap could not start: ${(e as Error).message}`);
    app.exit(1);
  });
  app.on('activate', () => {
    if (!mainWindow && session) void createMainWindow().then((w) => (mainWindow = w));
  });
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  // Pending saves are written before the app goes away.
  let flushed = false;
  app.on('before-quit', (event) => {
    if (flushed || !session) return;
    event.preventDefault();
    session
      .close()
      .catch((e: unknown) => dialog.showErrorBox('Bidmap', `Some changes could not be saved: ${(e as Error).message}`))
      .finally(() => {
        flushed = true;
        app.quit();
      });
  });
}
