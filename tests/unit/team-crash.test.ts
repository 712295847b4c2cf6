import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TeamClient } from '../../electron/services/team/client/client';
import { addUser } from '../../electron/services/team/server/users';
import { Workspace } from '../../electron/services/store/workspace';
import { CrashChild } from '../support/crash-process';
import { mulberry32, generateOrgAccount } from '../support/org-generator';
import { tempDir } from '../support/temp';

// Nothing acknowledged is lost when a member's laptop or the team server is killed (SIGKILL) at any
// moment while they sync. A member process adds people to a shared account for ever, printing
// `ack n` once each save is on disk; it is killed 20 times, and the server 10 times in between, at
// random points. Then the member syncs once more and a second member, fetching the account from
// the server afresh, must find every acknowledged person.

const seed = Number(process.env.BIDMAP_CRASH_SEED ?? Date.now() % 100_000);
const CLIENT_KILLS = 20;
const SERVER_KILLS = 10;

let children: CrashChild;
beforeAll(async () => {
  children = await CrashChild.bundle('team-crash-child.ts');
});
afterAll(async () => {
  await children?.dispose();
});

describe(`team sync survives SIGKILLs of members and of the server (seed ${seed})`, () => {
  it(`loses no acknowledged edit over ${CLIENT_KILLS} member kills and ${SERVER_KILLS} server kills`, async () => {
    const random = mulberry32(seed);
    const data = await tempDir();
    const tokens = { ann: await addUser(data, 'ann'), obs: await addUser(data, 'obs') };

    let server = children.start('server', data, '0');
    await server.waitFor((l) => l.startsWith('listening '));
    const port = Number(server.lines.find((l) => l.startsWith('listening '))!.split(' ')[1]);
    const url = `ws://127.0.0.1:${port}`;
    let serverUp = true;
    const restartServer = async () => {
      server = children.start('server', data, String(port));
      await server.waitFor((l) => l.startsWith('listening '));
      serverUp = true;
    };

    // Ann shares a small account with the observer, then leaves it to her killed processes.
    const annDir = await tempDir();
    {
      const ws = await Workspace.open(annDir);
      await ws.add([generateOrgAccount({ people: 20, seed: 7, id: 'acct', name: 'Crash Test Account' })]);
      await TeamClient.join(ws, url, 'ann', tokens.ann);
      const client = (await TeamClient.open(ws))!;
      await client.share('acct', 'obs', 'map');
      await client.sync();
      await client.close();
      await ws.close();
    }

    const acked = new Set<number>();
    let next = 1;
    let serverKills = 0;
    for (let round = 0; round < CLIENT_KILLS; round++) {
      const running = children.start('member', annDir, 'acct', String(next));
      const want = next + 1 + Math.floor(random() * 8);
      await running.waitFor((l) => l === `ack ${want}`);
      // Every other round the server dies too, before or after the member, and comes back.
      if (round % 2 === 1) {
        await pause(random() * 300);
        await server.kill();
        serverUp = false;
        serverKills++;
        await pause(random() * 300);
        if (random() < 0.5) await restartServer();
      }
      await pause(random() * 400);
      for (const line of await running.kill()) {
        const n = /^ack (\d+)$/.exec(line)?.[1];
        if (n) acked.add(Number(n));
      }
      if (!serverUp) await restartServer();
      next = Math.max(...acked) + 1;
    }
    expect(serverKills).toBe(SERVER_KILLS);

    // Ann's laptop, started once more, syncs to the end; the observer fetches the account afresh.
    {
      const ws = await Workspace.open(annDir);
      const client = (await TeamClient.open(ws))!;
      await client.sync();
      const local = new Set(ws.get('acct').people.map((p) => p.id));
      expect([...acked].filter((n) => !local.has(`k-${n}`)), 'acknowledged but missing from her own file').toEqual([]);
      await client.close();
      await ws.close();
    }
    const obsDir = await tempDir();
    const obs = await Workspace.open(obsDir);
    await TeamClient.join(obs, url, 'obs', tokens.obs);
    const obsClient = (await TeamClient.open(obs))!;
    await obsClient.sync();
    const there = new Set(obs.get('acct').people.map((p) => p.id));
    const lost = [...acked].filter((n) => !there.has(`k-${n}`));
    await obsClient.close();
    await obs.close();
    await server.kill();
    console.log(`team crash test (seed ${seed}): ${CLIENT_KILLS} member kills, ${serverKills} server kills, ${acked.size} edits acknowledged; acknowledged edits lost: ${lost.length}`);
    expect(acked.size).toBeGreaterThanOrEqual(CLIENT_KILLS * 2);
    expect(lost, `seed ${seed}`).toEqual([]);
  }, 240_000);
});

const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));
