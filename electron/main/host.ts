import { BrowserWindow, dialog, Notification, shell } from 'electron';
import { readFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import type { Host } from '../services/host';
import { RENDERER_HTML } from './paths';
import { printRouteToPdf } from './print';

/** The desktop abilities services may use, done by Electron (the CLI and tests pass their own Host). */
export const electronHost: Host = {
  async chooseFolder({ title, defaultPath }) {
    const parent = BrowserWindow.getFocusedWindow();
    const options = { title, defaultPath, properties: ['openDirectory' as const, 'createDirectory' as const] };
    const result = parent ? await dialog.showOpenDialog(parent, options) : await dialog.showOpenDialog(options);
    return result.canceled ? null : (result.filePaths[0] ?? null);
  },
  async chooseOpenFile({ title, filters }) {
    const parent = BrowserWindow.getFocusedWindow();
    const options = { title, filters, properties: ['openFile' as const] };
    const result = parent ? await dialog.showOpenDialog(parent, options) : await dialog.showOpenDialog(options);
    return result.canceled ? null : (result.filePaths[0] ?? null);
  },
  async chooseSaveFile({ title, defaultName, filters }) {
    const parent = BrowserWindow.getFocusedWindow();
    const options = { title, defaultPath: defaultName, filters };
    const result = parent ? await dialog.showSaveDialog(parent, options) : await dialog.showSaveDialog(options);
    return result.canceled ? null : (result.filePath ?? null);
  },
  // The name is checked by the contract (a plain .woff2 name): it cannot leave the assets folder.
  async readPageAsset(name) {
    return readFile(join(dirname(RENDERER_HTML), 'assets', basename(name)));
  },
  async revealInFolder(path) {
    shell.showItemInFolder(path);
  },
  // Paths come from the services (workspace files, exported briefings), never from the page.
  async openPath(path) {
    const error = await shell.openPath(path);
    if (error) throw new Error(error);
  },
  notify(title, body) {
    if (Notification.isSupported()) new Notification({ title, body }).show();
  },
  printToPdf: printRouteToPdf,
};
