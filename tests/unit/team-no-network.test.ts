import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { henan } from '../support/team-members';
import { TeamClient } from '../../electron/services/team/client/client';
import { startTeamServer, type TeamServer } from '../../electron/services/team/server/server';
import { addUser } from '../../electron/services/team/server/users';
import { Workspace } from '../../electron/services/store/workspace';
import { NetWatch } from '../support/net-watch';
import { tempDir } from '../support/temp';

// With sync on, the only connections Bidmap makes go to the team server it was told about; a
// workspace that never joined a team makes none (issue 19, "Network"). Every way Node code can
// reach a network is watched, with where it goes, while members join, share, sync, edit and
// receive a teammate's edit from a real server on 127.0.0.1.

const watch = new NetWatch();
const open: { close(): Promise<void> }[] = [];
beforeEach(() => watch.start());
afterEach(async () => {
  watch.stop();
  for (const o of open.splice(0).reverse()) await o.close().catch(() => undefined);
});

async function laptop(withHenan: boolean) {
  const ws = await Workspace.open(await tempDir());
  open.push(ws);
  if (withHenan) await ws.add([henan()]);
  return ws;
}

describe('team sync reaches only the configured server', () => {
  it('join, share, sync, edits both ways and background sync connect only to the team server’s host and port', async () => {
    const data = await tempDir();
    const tokens = { ann: await addUser(data, 'ann'), ben: await addUser(data, 'ben') };
    const server: TeamServer = await startTeamServer({ data, host: '127.0.0.1', port: 0 });
    open.push(server);
    const url = `ws://127.0.0.1:${server.port}`;
    const only = `127.0.0.1:${server.port}`;

    const annWs = await laptop(true);
    await TeamClient.join(annWs, url, 'ann', tokens.ann);
    const ann = (await TeamClient.open(annWs))!;
    open.push(ann);
    await ann.share('henan', 'ben', 'team');
    await ann.sync();

    const benWs = await laptop(false);
    await TeamClient.join(benWs, url, 'ben', tokens.ben);
    const ben = (await TeamClient.open(benWs))!;
    open.push(ben);
    await ben.sync();
    expect(benWs.has('henan')).toBe(true);

    // Edits on both sides, one through sync() and one live (both clients syncing in the background).
    const person = annWs.get('henan').people[0]!;
    benWs.update('henan', (a) => ({ ...a, people: a.people.map((p) => (p.id === person.id ? { ...p, attitude: 'supporter' } : p)) }));
    await benWs.saveNow('henan');
    await ben.sync();
    await ann.sync();
    expect(annWs.get('henan').people.find((p) => p.id === person.id)!.attitude).toBe('supporter');
    ann.start(60_000);
    ben.start(60_000);
    annWs.update('henan', (a) => ({ ...a, people: a.people.map((p) => (p.id === person.id ? { ...p, title: 'Title from Ann' } : p)) }));
    await expect.poll(() => benWs.get('henan').people.find((p) => p.id === person.id)!.title, { timeout: 15_000 }).toBe('Title from Ann');
    await ben.check();
    expect(ben.status().connection.status).toBe('connected');
    await ann.close();
    await ben.close();

    // The watch saw the sync's connections (the API's fetches and the WebSocket), every one to the server.
    expect(watch.attempts.some((a) => a.call === 'net.Socket#connect')).toBe(true);
    expect(watch.attempts.some((a) => a.call === 'fetch')).toBe(true);
    expect(watch.attempts.some((a) => a.call === 'http.request')).toBe(true); // ws opens its socket with an upgrade request
    expect(watch.targets()).toEqual([only]);
    // Node looks the host up even when it is an address; only the server's host is ever looked up.
    expect(watch.lookups().every((name) => name === '127.0.0.1')).toBe(true);
  }, 60_000);

  it('a workspace that never joined a team makes no connection: no team client, edits and saves stay local', async () => {
    const ws = await laptop(true);
    expect(await TeamClient.open(ws)).toBeNull();
    ws.update('henan', (a) => ({ ...a, people: a.people.map((p, i) => (i === 0 ? { ...p, title: 'Offline title' } : p)) }));
    await ws.saveNow('henan');
    await ws.close();
    const reopened = await Workspace.open(ws.dir);
    open.push(reopened);
    expect(await TeamClient.open(reopened)).toBeNull();
    expect(reopened.get('henan').people[0]!.title).toBe('Offline title');
    expect(watch.attempts).toEqual([]);
  });

  it('the watch sees where a connection goes (it looks)', async () => {
    const data = await tempDir();
    const server = await startTeamServer({ data, host: '127.0.0.1', port: 0 });
    open.push(server);
    const answer = await fetch(`http://127.0.0.1:${server.port}/`);
    await answer.text();
    expect(watch.targets()).toEqual([`127.0.0.1:${server.port}`]);
    // A different port is a different place: it would show.
    await fetch(`http://127.0.0.1:${server.port + 1 === 65536 ? 1 : server.port + 1}/`).catch(() => null);
    expect(watch.targets()).toHaveLength(2);
  });
});
