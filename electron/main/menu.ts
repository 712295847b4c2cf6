import { app, BrowserWindow, Menu, type MenuItemConstructorOptions } from 'electron';
import { MENU_STRINGS } from '../../shared/i18n/menu';
import { MENU_CHANNEL, type MenuCommand } from '../../shared/ipc/events';
import type { Language } from '../../shared/taxonomy/keys';

function send(command: MenuCommand): void {
  const window = BrowserWindow.getFocusedWindow() ?? BrowserWindow.getAllWindows()[0];
  window?.webContents.send(MENU_CHANNEL, command);
}

/**
 * The application menu. Shortcuts the renderer handles itself (Ctrl/Cmd+N, +F, +Z) are shown
 * here but not registered, so a key press is acted on once, in the app and in tests alike.
 */
export function buildMenu(language: Language): Menu {
  const s = MENU_STRINGS[language];
  const mac = process.platform === 'darwin';
  const shown = (accelerator: string) => ({ accelerator, registerAccelerator: false });
  const template: MenuItemConstructorOptions[] = [
    ...(mac ? [{ role: 'appMenu' as const }] : []),
    {
      label: s.file,
      submenu: [
        { label: s.newAccount, ...shown('CmdOrCtrl+N'), click: () => send('newAccount') },
        { type: 'separator' },
        { label: s.openWorkspace, click: () => send('openWorkspace') },
        { label: s.openDemoWorkspace, click: () => send('openDemoWorkspace') },
        { label: s.revealWorkspace, click: () => send('revealWorkspace') },
        { type: 'separator' },
        { label: s.settings, accelerator: 'CmdOrCtrl+,', click: () => send('openSettings') },
        ...(mac ? [] : [{ type: 'separator' as const }, { label: s.quit, role: 'quit' as const }]),
      ],
    },
    { label: s.edit, role: 'editMenu' },
    {
      label: s.view,
      submenu: [
        { label: s.home, accelerator: 'CmdOrCtrl+Shift+H', click: () => send('goHome') },
        { label: s.findAccount, ...shown('CmdOrCtrl+F'), click: () => send('findAccount') },
        { type: 'separator' },
        { role: 'resetZoom' },
        { role: 'zoomIn' },
        { role: 'zoomOut' },
        { type: 'separator' },
        { role: 'togglefullscreen' },
        ...(app.isPackaged ? [] : [{ type: 'separator' as const }, { role: 'reload' as const }, { role: 'toggleDevTools' as const }]),
      ],
    },
    { label: s.window, role: 'windowMenu' },
    { label: s.help, role: 'help', submenu: [{ label: s.about, click: () => send('showAbout') }] },
  ];
  return Menu.buildFromTemplate(template);
}
