import { buildDemoAccounts } from '../../electron/services/demo';
import { TeamClient } from '../../electron/services/team/client/client';
import { startTeamServer } from '../../electron/services/team/server/server';
import { addUser } from '../../electron/services/team/server/users';
import { Workspace } from '../../electron/services/store/workspace';
import type { Account } from '../../shared/model/account';
import { tempDir } from './temp';

// Members of a bid team in the team tests: each a workspace folder of their own with a started
// TeamClient, closed (client, then workspace) by `closeAll` after each test.

/** The demo's Henan account, in English, as of the day the demo's story is told. */
export const henan = (): Account => buildDemoAccounts('en', '2026-11-22T09:00:00.000Z').find((a) => a.id === 'henan')!;

export interface Member {
  dir: string;
  ws: Workspace;
  client: TeamClient;
  close(): Promise<void>;
}

const open: { close(): Promise<void> }[] = [];

/** Closes, newest first, what the test opened (members, servers): for an afterEach. */
export async function closeAll(): Promise<void> {
  for (const o of open.splice(0).reverse()) await o.close().catch(() => undefined);
}

/** Closes this with the rest after the test. */
export function closeLater<T extends { close(): Promise<void> }>(thing: T): T {
  open.push(thing);
  return thing;
}

/**
 * A member's laptop: a new workspace holding `accounts` that joins the team at `url`, or, with
 * `dir`, a workspace that joined before, opened again (a restart).
 */
export async function member(url: string, name: string, token: string, options: { accounts?: Account[]; dir?: string } = {}): Promise<Member> {
  const dir = options.dir ?? (await tempDir());
  const ws = await Workspace.open(dir);
  if (options.accounts?.length) await ws.add(options.accounts);
  if (!options.dir) await TeamClient.join(ws, url, name, token);
  const client = (await TeamClient.open(ws))!;
  return closeLater({
    dir,
    ws,
    client,
    close: async () => {
      await client.close();
      await ws.close();
    },
  });
}

/** A team server on 127.0.0.1 (a free port) with Ann, Ben and Pat as members, closed after the test. */
export async function teamServer() {
  const data = await tempDir();
  const tokens = { ann: await addUser(data, 'ann'), ben: await addUser(data, 'ben'), pat: await addUser(data, 'pat') };
  const server = closeLater(await startTeamServer({ data, host: '127.0.0.1', port: 0 }));
  return { data, server, url: `ws://127.0.0.1:${server.port}`, tokens };
}
