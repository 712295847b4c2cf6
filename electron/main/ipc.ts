import { ipcMain, type IpcMainInvokeEvent } from 'electron';
import { CALL_NAMES, channelOf } from '../../shared/ipc/contract';
import type { Envelope } from '../../shared/ipc/types';
import type { BidmapSession } from '../services/session';
import { isAppUrl } from './paths';

/**
 * Only our own page may call the services. The frame is null when it has navigated away or
 * been destroyed since sending: refused as well.
 */
function fromOurPage(event: IpcMainInvokeEvent): boolean {
  const url = event.senderFrame?.url;
  return typeof url === 'string' && isAppUrl(url);
}

const REFUSED: Envelope<never> = {
  ok: false,
  error: { code: 'invalidInput', message: 'Call refused: it did not come from the Bidmap window.' },
};

/**
 * One handler per call of the contract. The session validates the input against the contract
 * before any service runs and answers with an envelope (it never throws), so errors keep their
 * code across IPC.
 */
export function registerIpc(session: () => BidmapSession): void {
  for (const name of CALL_NAMES) {
    ipcMain.handle(channelOf(name), (event, input: unknown): Promise<Envelope<unknown>> => {
      if (!fromOurPage(event)) {
        console.warn(`bidmap: refused ${name} from ${event.senderFrame?.url ?? 'a destroyed frame'}`);
        return Promise.resolve(REFUSED);
      }
      return session().invoke(name, input);
    });
  }
}
