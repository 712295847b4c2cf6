import { app, BrowserWindow, Menu, type MenuItemConstructorOptions } from 'electron';
import { MENU_STRINGS, type MenuStrings } from '../../shared/i18n/menu';
import { MENU_CHANNEL, type MenuCommand } from '../../shared/ipc/events';
import type { Language } from '../../shared/taxonomy/keys';

/** Menu commands go to the window the user is looking at; the renderer acts on them. */
function send(command: MenuCommand): void {
  const window = BrowserWindow.getFocusedWindow() ?? BrowserWindow.getAllWindows()[0];
  window?.webContents.send(MENU_CHANNEL, command);
}

type Item = MenuItemConstructorOptions;
const separator: Item = { type: 'separator' };

// macOS keeps About, Settings and Quit in the app menu; elsewhere they live in File and Help.
function appMenu(s: MenuStrings): Item {
  return {
    label: app.name,
    submenu: [
      { label: s.about, click: () => send('showAbout') },
      separator,
      { label: s.settings, accelerator: 'CmdOrCtrl+,', click: () => send('openSettings') },
      separator,
      { label: s.services, role: 'services' },
      separator,
      { label: s.hide, role: 'hide' },
      { label: s.hideOthers, role: 'hideOthers' },
      { label: s.showAll, role: 'unhide' },
      separator,
      { label: s.quit, role: 'quit' },
    ],
  };
}

function fileMenu(s: MenuStrings, mac: boolean): Item {
  const tail: Item[] = mac
    ? []
    : [
        separator,
        { label: s.settings, accelerator: 'CmdOrCtrl+,', click: () => send('openSettings') },
        separator,
        { label: s.quit, role: 'quit' },
      ];
  return {
    label: s.file,
    submenu: [
      // The renderer handles Ctrl/Cmd+N itself where it can (and then the menu does not fire:
      // accelerators only see keys the page left unhandled); elsewhere the menu sends it.
      { label: s.newAccount, accelerator: 'CmdOrCtrl+N', click: () => send('newAccount') },
      separator,
      { label: s.importFile, accelerator: 'CmdOrCtrl+O', click: () => send('importFile') },
      { label: s.shareAccounts, accelerator: 'CmdOrCtrl+Shift+E', click: () => send('shareAccounts') },
      separator,
      { label: s.openWorkspace, click: () => send('openWorkspace') },
      { label: s.openDemoWorkspace, click: () => send('openDemoWorkspace') },
      { label: s.revealWorkspace, click: () => send('revealWorkspace') },
      // Only an encrypted workspace locks; the page ignores it otherwise.
      { label: s.lockWorkspace, accelerator: 'CmdOrCtrl+L', click: () => send('lockWorkspace') },
      ...tail,
    ],
  };
}

function viewMenu(s: MenuStrings): Item {
  // Reload and developer tools only while developing: a reload in the field loses unsaved UI state.
  const devTools: Item[] = app.isPackaged
    ? []
    : [separator, { role: 'reload' }, { role: 'forceReload' }, { role: 'toggleDevTools' }];
  return {
    label: s.view,
    submenu: [
      { label: s.home, accelerator: 'CmdOrCtrl+Shift+H', click: () => send('goHome') },
      { label: s.findAccount, accelerator: 'CmdOrCtrl+F', click: () => send('findAccount') },
      { label: s.searchEverywhere, accelerator: 'CmdOrCtrl+K', click: () => send('searchEverywhere') },
      separator,
      { label: s.actualSize, role: 'resetZoom' },
      { label: s.zoomIn, role: 'zoomIn' },
      { label: s.zoomOut, role: 'zoomOut' },
      separator,
      { label: s.fullScreen, role: 'togglefullscreen' },
      ...devTools,
    ],
  };
}

// Role items get our labels too: Electron's defaults are English only. Outside macOS their keys
// are left to the page: text fields handle them natively and the canvas uses them for its own
// undo, copy and paste; a registered accelerator could take them first. On macOS the page sees
// key equivalents first and the menu only gets what the page left unhandled.
function editMenu(s: MenuStrings, mac: boolean): Item {
  const pageKeys = mac ? {} : { registerAccelerator: false };
  return {
    label: s.edit,
    submenu: [
      // Undo and redo go to the page, which knows whether they mean the text being typed or the chart.
      { label: s.undo, accelerator: 'CmdOrCtrl+Z', click: () => send('undo'), ...pageKeys },
      { label: s.redo, accelerator: mac ? 'Shift+Cmd+Z' : 'Ctrl+Y', click: () => send('redo'), ...pageKeys },
      separator,
      { label: s.cut, role: 'cut', ...pageKeys },
      { label: s.copy, role: 'copy', ...pageKeys },
      { label: s.paste, role: 'paste', ...pageKeys },
      separator,
      { label: s.selectAll, role: 'selectAll', ...pageKeys },
    ],
  };
}

function windowMenu(s: MenuStrings, mac: boolean): Item {
  const macOnly: Item[] = mac ? [{ label: s.zoom, role: 'zoom' }, separator, { label: s.bringAllToFront, role: 'front' }] : [];
  return {
    label: s.window,
    role: 'window',
    submenu: [{ label: s.minimize, role: 'minimize' }, { label: s.close, role: 'close' }, ...macOnly],
  };
}

/** The application menu in the given language. */
export function buildMenu(language: Language): Menu {
  const s = MENU_STRINGS[language];
  const mac = process.platform === 'darwin';
  const template: Item[] = [
    ...(mac ? [appMenu(s)] : []),
    fileMenu(s, mac),
    editMenu(s, mac),
    viewMenu(s),
    windowMenu(s, mac),
    { label: s.help, role: 'help', submenu: mac ? [] : [{ label: s.about, click: () => send('showAbout') }] },
  ];
  return Menu.buildFromTemplate(template);
}
