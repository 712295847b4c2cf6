import { app, type BrowserWindow } from 'electron';
import { OPENED_CHANNEL } from '../../shared/ipc/events';
import { filesIn } from '../services/incoming/file-args';
import type { BidmapSession } from '../services/session';

export { filesIn };

/**
 * Files the OS opens with Bidmap: at start (command line), from a second start (its command
 * line), and on macOS by the open-file event, which can come before the app is ready. Each is
 * registered with the services and the page is told one arrived; it takes it by token.
 */
export function receiveOpenedFiles(session: () => BidmapSession | null, window: () => BrowserWindow | null): { add(paths: string[]): void } {
  const early: string[] = [];
  const add = (paths: string[]) => {
    const s = session();
    if (!s) {
      early.push(...paths);
      return;
    }
    for (const path of [...early.splice(0), ...paths]) s.opened.add(path);
    window()?.webContents.send(OPENED_CHANNEL);
  };
  app.on('open-file', (event, path) => {
    event.preventDefault();
    add([path]);
  });
  add(filesIn(process.argv));
  return { add };
}
