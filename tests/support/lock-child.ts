/**
 * A separate process that takes a workspace's lock, for the lock tests (run with
 * `node --import tsx`): prints `ready`, waits for a line on stdin (so several start at once),
 * tries the lock, prints `won` or `refused <message>`, and holds what it won until killed.
 */
import { createInterface } from 'node:readline';
import { WorkspaceLock, WorkspaceLockedError } from '../../electron/services/store/lock';

const dir = process.argv[2]!;
const lines = createInterface({ input: process.stdin });
console.log('ready');
lines.once('line', () => {
  WorkspaceLock.acquire(dir, { app: 'app' }).then(
    () => console.log('won'),
    (e: unknown) => console.log(e instanceof WorkspaceLockedError ? `refused ${e.message}` : `failed ${String(e)}`),
  );
});
setInterval(() => undefined, 1000); // held until killed
