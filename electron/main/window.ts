import { app, BrowserWindow } from 'electron';
import { DEV_SERVER_URL, PRELOAD_PATH, RENDERER_HTML } from './paths';
import { loadWindowState, saveWindowState } from './window-state';

/** The one window: sandboxed, isolated, no Node; it reopens where it was left. */
export async function createMainWindow(): Promise<BrowserWindow> {
  const state = await loadWindowState(app.getPath('userData'));
  const window = new BrowserWindow({
    ...(state.positioned ? state.bounds : { width: state.bounds.width, height: state.bounds.height }),
    minWidth: 800,
    minHeight: 560,
    show: false,
    title: 'Bidmap',
    backgroundColor: '#f6f7f9',
    webPreferences: {
      preload: PRELOAD_PATH,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      spellcheck: false,
      // Middle-click must not open links in new windows (window.open is denied as well).
      disableBlinkFeatures: 'Auxclick',
    },
  });
  if (state.maximized) window.maximize();
  window.once('ready-to-show', () => window.show());
  window.on('close', () => {
    try {
      saveWindowState(app.getPath('userData'), window);
    } catch (e) {
      console.error('bidmap: window state not saved:', e);
    }
  });
  if (DEV_SERVER_URL) await window.loadURL(DEV_SERVER_URL);
  else await window.loadFile(RENDERER_HTML);
  return window;
}
