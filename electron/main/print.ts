import { BrowserWindow } from 'electron';
import { DEV_SERVER_URL, PRELOAD_PATH, RENDERER_HTML } from './paths';

const READY_TIMEOUT_MS = 120_000;

/**
 * Prints a print route of the renderer to PDF in a hidden window with the same locked-down
 * preferences as the main one: the page loads its (already redacted) data through the preload,
 * says when it is ready, and Chromium prints it with the page's own @page sizes.
 */
export async function printRouteToPdf(route: string): Promise<Uint8Array> {
  // The main window's preferences, written out so Electronegativity can check them statically.
  const window = new BrowserWindow({
    show: false,
    width: 1240,
    height: 1754,
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
      disableBlinkFeatures: 'Auxclick',
    },
  });
  try {
    await (DEV_SERVER_URL ? window.loadURL(`${DEV_SERVER_URL}#${route}`) : window.loadFile(RENDERER_HTML, { hash: route }));
    const started = Date.now();
    for (;;) {
      const state = (await window.webContents.executeJavaScript('[document.body.dataset.printReady ?? "", document.body.dataset.printError ?? ""]')) as [string, string];
      if (state[1]) throw new Error(state[1]);
      if (state[0] === 'true') break;
      if (Date.now() - started > READY_TIMEOUT_MS) throw new Error('The briefing page did not finish rendering in time.');
      await new Promise((r) => setTimeout(r, 100));
    }
    return await window.webContents.printToPDF({ preferCSSPageSize: true, printBackground: true, generateTaggedPDF: true, generateDocumentOutline: true });
  } finally {
    window.destroy();
  }
}
