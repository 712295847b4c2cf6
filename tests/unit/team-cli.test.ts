import { afterEach, describe, expect, it } from 'vitest';
import { startTeamServer, type TeamServer } from '../../electron/services/team/server/server';
import { Workspace } from '../../electron/services/store/workspace';
import { cli } from '../support/cli';
import { tempDir } from '../support/temp';

// `bidmap team …` drives sync without a window: join, share, sync, status, unshare, and the
// sentences of what goes wrong. A real server on 127.0.0.1 (a free port) and demo workspaces.

const servers: TeamServer[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => s.close()));
});

const tokenOf = (out: string) => out.split('\n').at(-1)!;

async function team() {
  const data = await tempDir();
  const ann = tokenOf((await cli('team-server', 'add-user', 'ann', '--data', data)).out);
  const ben = tokenOf((await cli('team-server', 'add-user', 'ben', '--data', data)).out);
  const server = await startTeamServer({ data, host: '127.0.0.1', port: 0 });
  servers.push(server);
  return { data, server, address: (name: string) => `ws://${name}@127.0.0.1:${server.port}`, ann, ben };
}

describe('bidmap team', () => {
  it('joins, shares Henan with Ben at team level, and Ben syncs it; an edit comes back the other way; status says where each stands', async () => {
    const t = await team();
    const annDir = await tempDir();
    expect((await cli('demo', '--workspace', annDir)).code).toBe(0);
    const benDir = await tempDir();
    await (await Workspace.open(benDir)).close();

    const joined = await cli('team', 'join', t.address('ann'), '--token', t.ann, '--workspace', annDir);
    expect(joined.err).toBe('');
    expect(joined.out).toContain('Joined the team at 127.0.0.1');
    expect(joined.out).toContain('Nothing is shared with you yet.');

    const shared = await cli('team', 'share', 'henan', '--user', 'ben', '--level', 'team', '--workspace', annDir);
    expect(shared.err).toBe('');
    expect(shared.out).toMatch(/^Shared .+ with ben at level team\.$/m);
    expect(shared.out).toContain('ann (full)');
    expect(shared.out).toContain('ben (team)');

    expect((await cli('team', 'join', t.address('ben'), '--token', t.ben, '--workspace', benDir)).out).toContain('henan (team)');
    const synced = await cli('team', 'sync', '--workspace', benDir, '--json');
    expect(synced.err).toBe('');
    const report = JSON.parse(synced.out) as { received: number; accounts: { id: string; level: string }[] };
    expect(report.accounts).toMatchObject([{ id: 'henan', level: 'team' }]);
    expect(report.received).toBeGreaterThan(0);
    const listed = await cli('list', '--workspace', benDir, '--json');
    expect((JSON.parse(listed.out) as { id: string }[]).map((a) => a.id)).toEqual(['henan']);

    // Ben renames a person's title; Ann's sync brings it, and says so.
    const ws = await Workspace.open(benDir);
    const person = ws.get('henan').people[0]!;
    ws.update('henan', (a) => ({ ...a, people: a.people.map((p) => (p.id === person.id ? { ...p, title: 'Chief Engineer (from Ben)' } : p)) }));
    await ws.close();
    expect((await cli('team', 'sync', '--workspace', benDir)).out).toMatch(/sent [1-9]\d* change/);
    const back = await cli('team', 'sync', '--workspace', annDir);
    expect(back.out).toMatch(/received [1-9]/);
    const shown = await cli('show', 'henan', '--workspace', annDir, '--json');
    expect((JSON.parse(shown.out) as { people: { id: string; title: string }[] }).people.find((p) => p.id === person.id)!.title).toBe('Chief Engineer (from Ben)');

    const status = await cli('team', 'status', '--workspace', annDir, '--json');
    expect(JSON.parse(status.out)).toMatchObject({ name: 'ann', connection: { status: 'connected' }, waiting: 0, accounts: [{ id: 'henan', level: 'full', revokedAt: null }] });

    // Unshared: Ben's next sync says so and keeps his copy.
    expect((await cli('team', 'unshare', 'henan', '--user', 'ben', '--workspace', annDir)).out).toContain('ben no longer has');
    const after = await cli('team', 'sync', '--workspace', benDir);
    expect(after.out).toContain('henan: no longer shared with you; the local copy stays');
    expect((await cli('list', '--workspace', benDir)).out).toContain('henan');

    // While Ben is out, Ann changes the title again and Ben's old copy says otherwise; shared
    // again, the team's account replaces his copy rather than his copy undoing Ann's work.
    const annWs = await Workspace.open(annDir);
    annWs.update('henan', (a) => ({ ...a, people: a.people.map((p) => (p.id === person.id ? { ...p, title: 'Chief Engineer (Ann, later)' } : p)) }));
    await annWs.close();
    const benWs = await Workspace.open(benDir);
    benWs.update('henan', (a) => ({ ...a, people: a.people.map((p) => (p.id === person.id ? { ...p, title: 'Stale, while out' } : p)) }));
    await benWs.close();
    expect((await cli('team', 'share', 'henan', '--user', 'ben', '--level', 'team', '--workspace', annDir)).code).toBe(0);
    expect((await cli('team', 'sync', '--workspace', benDir)).code).toBe(0);
    expect((await cli('team', 'sync', '--workspace', annDir)).code).toBe(0);
    for (const dir of [annDir, benDir]) {
      const again = JSON.parse((await cli('show', 'henan', '--workspace', dir, '--json')).out) as { people: { id: string; title: string }[] };
      expect(again.people.find((p) => p.id === person.id)!.title, dir === annDir ? 'Ann' : 'Ben').toBe('Chief Engineer (Ann, later)');
    }
  }, 90_000);

  it('says why, with exit 1, when the server cannot be reached, the token is wrong, the member may not share, or the workspace never joined', async () => {
    const t = await team();
    const dir = await tempDir();
    expect((await cli('demo', '--workspace', dir)).code).toBe(0);

    const never = await cli('team', 'sync', '--workspace', dir);
    expect(never.code).toBe(1);
    expect(never.err).toContain('has not joined a team');

    const wrong = await cli('team', 'join', t.address('ann'), '--token', 'not-the-token', '--workspace', dir);
    expect(wrong.code).toBe(1);
    expect(wrong.err).toContain('unknown member or wrong token');

    const usage = await cli('team', 'join', t.address('ann'), '--workspace', dir);
    expect(usage.code).toBe(2);
    expect(usage.err).toContain('--token');

    expect((await cli('team', 'join', t.address('ben'), '--token', t.ben, '--workspace', dir)).code).toBe(0);
    // Ann owns Henan first (through her own workspace); Ben may then not share it on.
    const annDir = await tempDir();
    await cli('demo', '--workspace', annDir);
    await cli('team', 'join', t.address('ann'), '--token', t.ann, '--workspace', annDir);
    expect((await cli('team', 'share', 'henan', '--user', 'ann', '--level', 'map', '--workspace', annDir)).code).toBe(0);
    const notOwner = await cli('team', 'share', 'henan', '--user', 'ben', '--level', 'full', '--workspace', dir);
    expect(notOwner.code).toBe(1);
    expect(notOwner.err).toContain('only a member with the full level');

    await t.server.close();
    servers.length = 0;
    const offline = await cli('team', 'sync', '--workspace', dir);
    expect(offline.code).toBe(1);
    expect(offline.err).toMatch(/cannot be reached \(ECONNREFUSED\)/);
    // Offline, the workspace works as before.
    expect((await cli('list', '--workspace', dir)).code).toBe(0);
  }, 90_000);
});
