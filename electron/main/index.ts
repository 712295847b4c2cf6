import { app, type BrowserWindow, dialog, Menu, powerMonitor } from 'electron';
import { join } from 'node:path';
import { languageOf } from '../../shared/i18n';
import type { Settings } from '../../shared/model/workspace';
import type { Language } from '../../shared/taxonomy/keys';
import { defaultAppDataDir, openSession, resolveWorkspaceDir, type BidmapSession } from '../services/session';
import { releaseAllSync } from '../services/store/lock';
import { electronHost } from './host';
import { registerIpc } from './ipc';
import { MENU_STRINGS } from '../../shared/i18n/menu';
import { MENU_CHANNEL, TEAM_CHANNEL } from '../../shared/ipc/events';
import { buildMenu } from './menu';
import { filesIn, receiveOpenedFiles } from './opened-files';
import { safeStorageCipher } from './safe-storage';
import { installSecurity } from './security';
import { createMainWindow } from './window';

// One place for every per-user file, shared with the CLI (the services compute the same folder).
app.setPath('userData', defaultAppDataDir());
// Windows shows notifications only for an app with an id; the installer's shortcut carries the same one.
if (process.platform === 'win32') app.setAppUserModelId('com.bidmap.app');

let session: BidmapSession | null = null;
let mainWindow: BrowserWindow | null = null;

const messageOf = (e: unknown) => (e instanceof Error ? e.message : String(e));

/** The menu's language: the user's choice, else the OS's (any Chinese locale gives zh-CN). */
const menuLanguage = (settings: Settings): Language => settings.language ?? languageOf(app.getLocale());

let opening: Promise<void> | null = null;

/** Opens the main window, once even when asked twice while it loads. */
function openWindow(): Promise<void> {
  opening ??= createMainWindow(() => MENU_STRINGS[session ? menuLanguage(session.settings()) : languageOf(app.getLocale())])
    .then((window) => {
      mainWindow = window;
      window.on('closed', () => {
        if (mainWindow === window) mainWindow = null;
      });
      // Windows ends a logging-off session without before-quit: start the writes at least (each
      // is temp file + rename, so one cut short leaves the previous version, never a torn file).
      window.on('session-end', () => {
        session?.flush().catch((e: unknown) => console.error('bidmap: flush at session end failed:', e));
      });
    })
    .finally(() => {
      opening = null;
    });
  return opening;
}

/** A second start of Bidmap brings the running one forward instead. */
function focusWindow(): void {
  if (!mainWindow) {
    if (session) openWindow().catch((e: unknown) => dialog.showErrorBox('Bidmap', messageOf(e)));
    return;
  }
  // A window still loading shows itself when painted (see window.ts); focus is enough.
  if (mainWindow.isMinimized()) mainWindow.restore();
  mainWindow.focus();
}

async function open(): Promise<BidmapSession> {
  const appDataDir = app.getPath('userData');
  const options = { host: electronHost, appDataDir, defaultLanguage: languageOf(app.getLocale()), seedDemoIfEmpty: true, dailyNotice: true, lock: true, osCipher: safeStorageCipher, team: {} };
  const chosen = await resolveWorkspaceDir(appDataDir);
  try {
    return await openSession({ ...options, workspaceDir: chosen });
  } catch (e) {
    // The chosen folder may be on a disk that is gone: say so and open the default one.
    const fallback = join(appDataDir, 'workspace');
    if (chosen === fallback) throw e;
    dialog.showErrorBox('Bidmap', `The workspace ${chosen} could not be opened (${messageOf(e)}). Opening ${fallback} instead.`);
    return openSession({ ...options, workspaceDir: fallback });
  }
}

async function start(): Promise<void> {
  installSecurity();
  const current = await open();
  session = current;

  let language = menuLanguage(current.settings());
  Menu.setApplicationMenu(buildMenu(language));
  current.onSettingsChanged((settings) => {
    const next = menuLanguage(settings);
    if (next === language) return;
    language = next;
    Menu.setApplicationMenu(buildMenu(language));
  });

  // Teammates' changes reach the open page at once (it reloads that account).
  current.onTeamChanged((change) => mainWindow?.webContents.send(TEAM_CHANNEL, change));

  registerIpc(() => current);
  holdShutdownForFlush();
  lockWhenAway(current);
  await openWindow();
  opened.add([]); // files that arrived while starting
}

/**
 * Pending (debounced) saves are written before the app goes away: the first quit request is
 * held until the flush is done, then repeated. If that quit is cancelled later, the next one
 * flushes again.
 */
function flushBeforeQuit(): void {
  let flushedForThisQuit = false;
  app.on('before-quit', (event) => {
    if (!session) return;
    if (flushedForThisQuit) {
      flushedForThisQuit = false;
      return;
    }
    event.preventDefault();
    session
      .flush()
      .catch((e: unknown) => dialog.showErrorBox('Bidmap', `Some changes could not be saved: ${messageOf(e)}`))
      .finally(() => {
        flushedForThisQuit = true;
        app.quit();
      });
  });
}

/** A system shutdown on Linux and macOS: ask for a moment, then quit through the flush above. */
function holdShutdownForFlush(): void {
  // electron.d.ts types this listener without arguments, but Electron passes an event whose
  // preventDefault() delays the shutdown; read it defensively.
  powerMonitor.on('shutdown', (...args: unknown[]) => {
    const event = args[0] as { preventDefault?: () => void } | undefined;
    event?.preventDefault?.();
    app.quit();
  });
}

/**
 * An encrypted workspace locks when the screen locks or the laptop sleeps. The page is asked first
 * (it writes what it holds, then locks and forgets what it showed); without a page, or if it does
 * not manage within a few seconds, the services lock themselves.
 */
function lockWhenAway(current: BidmapSession): void {
  const lock = () => {
    mainWindow?.webContents.send(MENU_CHANNEL, 'lockWorkspace');
    setTimeout(() => void current.lockVault().catch((e: unknown) => console.error('bidmap: locking failed:', e)), mainWindow ? 5000 : 0);
  };
  powerMonitor.on('lock-screen', lock);
  powerMonitor.on('suspend', lock);
}

// Registered before ready: macOS sends the file that started the app right away.
const opened = receiveOpenedFiles(
  () => session,
  () => mainWindow,
);

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('second-instance', (_event, argv, workingDirectory) => {
    focusWindow();
    opened.add(filesIn(argv, workingDirectory));
  });
  app.on('activate', focusWindow);
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  flushBeforeQuit();
  app.on('quit', releaseAllSync); // after the flush above: another Bidmap may open the workspace now
  app
    .whenReady()
    .then(start)
    .catch((e: unknown) => {
      dialog.showErrorBox('Bidmap', `Bidmap could not start: ${messageOf(e)}`);
      app.exit(1);
    });
}
