import { contextBridge, ipcRenderer } from 'electron';
import { CALL_NAMES, channelOf } from '../../shared/ipc/contract';
import { MENU_CHANNEL, MenuCommand } from '../../shared/ipc/events';

// One function per call of the contract, and nothing else: no raw ipcRenderer reaches the page.
const bridge = Object.fromEntries(CALL_NAMES.map((name) => [name, (input: unknown) => ipcRenderer.invoke(channelOf(name), input)]));
contextBridge.exposeInMainWorld('bidmap', bridge);

contextBridge.exposeInMainWorld('bidmapEvents', {
  onMenuCommand(listener: (command: MenuCommand) => void): () => void {
    const handler = (_event: unknown, payload: unknown) => {
      const command = MenuCommand.safeParse(payload);
      if (command.success) listener(command.data);
    };
    ipcRenderer.on(MENU_CHANNEL, handler);
    return () => ipcRenderer.removeListener(MENU_CHANNEL, handler);
  },
});
