import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, expect, it } from 'vitest';
import { startTeamServer, type TeamServer } from '../../electron/services/team/server/server';
import { addUser } from '../../electron/services/team/server/users';
import { isSealed } from '../../electron/services/vault/file-codec';
import { openDesk, type Desk } from '../support/sharing';
import { tempDir } from '../support/temp';
import { TEST_KDF } from '../support/vault';

// A workspace that joined a team and is encrypted afterwards (Settings › Security in the app):
// its team file is sealed with the rest, the team client follows the workspace through the
// change, and it syncs on.

const open: { close(): Promise<void> }[] = [];
afterEach(async () => {
  for (const o of open.splice(0).reverse()) await o.close().catch(() => undefined);
});

it('keeps syncing after the workspace is encrypted, its team file sealed', async () => {
  const data = await tempDir();
  const token = await addUser(data, 'ann');
  const server: TeamServer = await startTeamServer({ data, port: 0 });
  open.push(server);
  const desk: Desk = await openDesk(await tempDir(), { team: {}, kdfCost: TEST_KDF, seedDemoIfEmpty: true });
  open.push({ close: () => desk.session.close() });
  await desk.call('teamJoin', { server: `ws://127.0.0.1:${server.port}`, name: 'ann', token });
  await desk.call('teamShare', { account: 'henan', user: 'ann', level: 'full' });

  await desk.call('enableEncryption', { passphrase: 'correct horse battery', idleLockMinutes: 15, remember: false });
  expect(isSealed(await readFile(join(desk.dir, 'team', 'team.json')))).toBe(true);
  await expect
    .poll(async () => ((await desk.call('teamStatus', {})) as { connection: { status: string } }).connection.status, { timeout: 15_000 })
    .toBe('connected');
  const status = (await desk.call('teamStatus', {})) as { problem: string | null; accounts: { id: string; level: string }[] };
  expect(status.problem).toBeNull();
  expect(status.accounts).toMatchObject([{ id: 'henan', level: 'full' }]);
}, 60_000);
