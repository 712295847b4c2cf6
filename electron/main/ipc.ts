import { ipcMain, type IpcMainInvokeEvent } from 'electron';
import { CALL_NAMES, channelOf } from '../../shared/ipc/contract';
import type { BidmapSession } from '../services/session';
import { isAppUrl } from './paths';

/** Only our own page may call the services. */
function fromOurPage(event: IpcMainInvokeEvent): boolean {
  const url = event.senderFrame?.url;
  return typeof url === 'string' && isAppUrl(url);
}

/** One handler per call of the contract; the session validates the input before any service runs. */
export function registerIpc(session: () => BidmapSession): void {
  for (const name of CALL_NAMES) {
    ipcMain.handle(channelOf(name), (event, input: unknown) => {
      if (!fromOurPage(event)) return { ok: false, error: { code: 'invalidInput', message: 'Call refused: not from the Bidmap window.' } };
      return session().invoke(name, input);
    });
  }
}
