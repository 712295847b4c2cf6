import { afterEach, describe, expect, it } from 'vitest';
import { buildDemoAccounts } from '../../electron/services/demo';
import { TeamClient } from '../../electron/services/team/client/client';
import { startTeamServer } from '../../electron/services/team/server/server';
import { addUser } from '../../electron/services/team/server/users';
import { Workspace } from '../../electron/services/store/workspace';
import { tempDir } from '../support/temp';

// A teammate's change is written into the local account when it arrives, not at the next
// background tick: automerge-repo 2.5.6 reports every change with the source "change", a remote
// one too, so the client tells its own changes apart itself. Ticks here are a minute apart, so
// only the arrival can bring the change within the test's seconds.

const open: { close(): Promise<void> }[] = [];
afterEach(async () => {
  for (const o of open.splice(0).reverse()) await o.close().catch(() => undefined);
});

describe('team sync: live', () => {
  it("writes a teammate's change into the local account when it arrives, and says who made it", async () => {
    const data = await tempDir();
    const tokens = { ann: await addUser(data, 'ann'), ben: await addUser(data, 'ben') };
    const server = await startTeamServer({ data, host: '127.0.0.1', port: 0 });
    open.push(server);
    const url = `ws://127.0.0.1:${server.port}`;
    const laptop = async (name: 'ann' | 'ben', withHenan: boolean) => {
      const ws = await Workspace.open(await tempDir());
      open.push(ws);
      if (withHenan) await ws.add(buildDemoAccounts('en', '2026-11-22T09:00:00.000Z').filter((a) => a.id === 'henan'));
      await TeamClient.join(ws, url, name, tokens[name]);
      const client = (await TeamClient.open(ws))!;
      open.push(client);
      return { ws, client };
    };
    const ann = await laptop('ann', true);
    await ann.client.share('henan', 'ben', 'team');
    await ann.client.sync();
    const ben = await laptop('ben', false);
    await ben.client.sync();
    ann.client.start(60_000);
    ben.client.start(60_000);
    await new Promise((r) => setTimeout(r, 500)); // the first ticks are over

    const applied: string[][] = [];
    ben.client.onApplied((e) => applied.push(e.by));
    const person = ann.ws.get('henan').people[1]!;
    ann.ws.update('henan', (a) => ({ ...a, people: a.people.map((p) => (p.id === person.id ? { ...p, title: 'Live from Ann' } : p)) }));
    await expect.poll(() => ben.ws.get('henan').people.find((p) => p.id === person.id)!.title, { timeout: 10_000, interval: 20 }).toBe('Live from Ann');
    await expect.poll(() => applied, { timeout: 5000 }).toContainEqual(['ann']); // told once the account is saved
  }, 60_000);
});
