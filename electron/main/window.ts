import { app, BrowserWindow, dialog } from 'electron';
import type { MenuStrings } from '../../shared/i18n/menu';
import { DEV_SERVER_URL, PRELOAD_PATH, RENDERER_HTML } from './paths';
import { loadWindowState, saveWindowState } from './window-state';

/**
 * The one window: sandboxed, isolated, no Node; it reopens where it was left. Returned before
 * the page has loaded, so a second start can focus it at once; it shows itself when painted.
 */
export async function createMainWindow(strings: () => MenuStrings): Promise<BrowserWindow> {
  const state = await loadWindowState(app.getPath('userData'));
  const window = new BrowserWindow({
    ...state.bounds,
    minWidth: 800,
    minHeight: 560,
    show: false,
    title: 'Bidmap',
    backgroundColor: '#f6f7f9',
    // Written out here (not spread from a shared object) so Electronegativity can check them statically.
    webPreferences: {
      preload: PRELOAD_PATH,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      spellcheck: false,
      // Middle-click must not open links in new windows (window.open is denied as well).
      disableBlinkFeatures: 'Auxclick',
    },
  });

  window.once('ready-to-show', () => {
    // maximize() also shows a hidden window on some platforms: do it here, not before.
    if (state.maximized) window.maximize();
    window.show();
  });
  let flushed = false;
  window.on('close', (event) => {
    try {
      saveWindowState(app.getPath('userData'), window);
    } catch (e) {
      console.error('bidmap: window state not saved:', e);
    }
    if (flushed) return;
    // Edits the page has not handed to the store yet land first; the window then closes.
    event.preventDefault();
    void flushPage(window).then((unsaved) => {
      if (unsaved > 0) {
        const choice = dialog.showMessageBoxSync(window, {
          type: 'warning',
          buttons: [strings().keepOpen, strings().closeAnyway],
          defaultId: 0,
          cancelId: 0,
          message: strings().unsavedMessage,
          detail: strings().unsavedDetail,
        });
        if (choice === 0) return;
      }
      flushed = true;
      window.close();
    });
  });

  const loaded = DEV_SERVER_URL ? window.loadURL(DEV_SERVER_URL) : window.loadFile(RENDERER_HTML);
  loaded.catch((e: unknown) => {
    // A load replaced by another (a dev reload) is not a failure.
    if (e instanceof Error && e.message.includes('ERR_ABORTED')) return;
    // A missing or broken build: say so rather than leave an invisible window behind.
    dialog.showErrorBox('Bidmap', `The Bidmap window could not be loaded: ${e instanceof Error ? e.message : String(e)}`);
    window.destroy();
  });
  return window;
}

/** Asks the page to send its pending edits; answers how many are still not on disk. */
async function flushPage(window: BrowserWindow): Promise<number> {
  try {
    const left: unknown = await window.webContents.executeJavaScript('window.__bidmapFlush ? window.__bidmapFlush() : 0');
    return typeof left === 'number' ? left : 0;
  } catch {
    return 0; // a page that cannot answer (crashed, still loading) holds nothing to save
  }
}
