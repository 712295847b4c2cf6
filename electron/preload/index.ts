import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import { CALL_NAMES, channelOf } from '../../shared/ipc/contract';
import { MENU_CHANNEL, MenuCommand, OPENED_CHANNEL, TEAM_CHANNEL } from '../../shared/ipc/events';
import { TeamChange } from '../../shared/ipc/team';

// Runs sandboxed: only 'electron' may be required at run time, so everything else
// (the contract, zod) is bundled into this file by the build.

// One function per call of the contract, and nothing else: no raw ipcRenderer and no channel
// name reaches the page. Main validates every input; the page gets main's envelope back.
const bridge: Record<string, (input: unknown) => Promise<unknown>> = {};
for (const name of CALL_NAMES) {
  const channel = channelOf(name);
  bridge[name] = (input: unknown): Promise<unknown> => ipcRenderer.invoke(channel, input);
}
contextBridge.exposeInMainWorld('bidmap', bridge);

contextBridge.exposeInMainWorld('bidmapEvents', {
  /** Menu commands from main; anything that is not a known command is dropped. */
  onMenuCommand(listener: (command: MenuCommand) => void): () => void {
    const handler = (_event: IpcRendererEvent, payload: unknown): void => {
      const command = MenuCommand.safeParse(payload);
      if (command.success) listener(command.data);
    };
    ipcRenderer.on(MENU_CHANNEL, handler);
    return () => {
      ipcRenderer.removeListener(MENU_CHANNEL, handler);
    };
  },
  /** The OS opened a file with Bidmap: the page takes it with takeOpenedFiles (no payload crosses here). */
  onFileOpened(listener: () => void): () => void {
    const handler = (): void => listener();
    ipcRenderer.on(OPENED_CHANNEL, handler);
    return () => {
      ipcRenderer.removeListener(OPENED_CHANNEL, handler);
    };
  },
  /** Teammates' changes arrived in an account; anything that is not a TeamChange is dropped. */
  onTeamChanged(listener: (change: TeamChange) => void): () => void {
    const handler = (_event: IpcRendererEvent, payload: unknown): void => {
      const change = TeamChange.safeParse(payload);
      if (change.success) listener(change.data);
    };
    ipcRenderer.on(TEAM_CHANNEL, handler);
    return () => {
      ipcRenderer.removeListener(TEAM_CHANNEL, handler);
    };
  },
});
