import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import * as Automerge from '@automerge/automerge';
import { Repo } from '@automerge/automerge-repo';
import { serverStorage } from '../../electron/services/team/server/server';
import { afterEach, describe, expect, it } from 'vitest';
import { teamDocumentId } from '../../electron/services/team/document-ids';
import { SERVER_LOCK } from '../../electron/services/team/server/data-lock';
import { currentEpochs, epochsPath } from '../../electron/services/team/server/epochs';
import { documentsOf } from '../../electron/services/team/server/rights';
import { startTeamServer, UNAUTHORISED } from '../../electron/services/team/server/server';
import { addUser, grant, newToken } from '../../electron/services/team/server/users';
import { cli } from '../support/cli';
import { pull, push, TeamTestBed } from '../support/team-wire';
import { tempDir } from '../support/temp';

// The administrator's commands beside the running server: reset-token, purge-history (with the
// documents' epochs) and the data folder's lock. Real servers on 127.0.0.1, raw sockets.

const bed = new TeamTestBed();
afterEach(() => bed.cleanUp());

const ACCOUNT = 'acct-x';
const SECRET = 'SECRET-typed-by-mistake-7f3a';

async function storedBytes(dir: string): Promise<Buffer[]> {
  const files = await readdir(dir, { recursive: true, withFileTypes: true });
  return Promise.all(files.filter((f) => f.isFile()).map((f) => readFile(join(f.parentPath, f.name))));
}
const holds = (chunks: Buffer[], text: string) => chunks.some((b) => b.includes(Buffer.from(text)));

/** A pid that no process has any more. */
function deadPid(): number {
  const child = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' });
  return Number(child.stdout);
}

describe('document ids and epochs', () => {
  it('keeps the ids of before epochs for epoch 0, and gives each later epoch its own', () => {
    // Taken from the ids of the first team server (before epochs): clients that stored them must still find them.
    expect(['index', 'map', 'team', 'full'].map((p) => teamDocumentId('acct-x', p as 'map'))).toEqual([
      '1Cdg4VcuWAM9GthJaSkmz2fqgCn',
      '3NBiecSoSJ4xRbLDJQi5BAt3duNV',
      '47tbXJLf1E461teDioA8zs8LAyyH',
      '47AkdLZ1TPwTfGuS4c52bVS8AFfQ',
    ]);
    expect(teamDocumentId('acct-x', 'map', 0)).toBe('3NBiecSoSJ4xRbLDJQi5BAt3duNV');
    const ids = new Set([0, 1, 2, 3].map((e) => teamDocumentId('acct-x', 'map', e)));
    expect(ids.size).toBe(4);
    expect(() => teamDocumentId('acct-x', 'map', -1)).toThrow(RangeError);
    // A member's documents follow the epochs: the current one of each part, never an earlier one.
    const docs = documentsOf({ 'acct-x': 'team' }, { 'acct-x': { map: 2 } });
    expect([...docs].sort()).toEqual(
      [teamDocumentId('acct-x', 'index'), teamDocumentId('acct-x', 'map', 2), teamDocumentId('acct-x', 'team')].sort(),
    );
  });
});

describe('a member token', () => {
  // base64url may start with "-": `--token -abc…` was then read as an option and `team join` failed
  // (seen once in CI). 2,000 tokens put a leading dash's 1-in-64 chance past doubt.
  it('never starts with a dash, so it can follow --token on a command line', () => {
    for (let i = 0; i < 2000; i++) expect(newToken()).toMatch(/^bmt_[A-Za-z0-9_-]{43}$/);
  });
});

describe('bidmap team-server reset-token', () => {
  it('prints a new token; the old one stops working at once, also for a server that had verified it', async () => {
    const data = await tempDir();
    const old = await addUser(data, 'pat');
    await grant(data, 'pat', ACCOUNT, 'map');
    const server = await startTeamServer({ data });
    bed.servers.push(server);
    const url = (token: string) => `ws://pat:${token}@127.0.0.1:${server.port}`;
    expect(await bed.login(url(old))).toBe('joined'); // the server now remembers the old token as verified
    expect(await bed.login(url(old))).toBe('joined');

    const r = await cli('team-server', 'reset-token', 'pat', '--data', data);
    expect(r.code, r.err).toBe(0);
    const fresh = r.out.split('\n').at(-1)!;
    expect(fresh).toMatch(/^bmt_[A-Za-z0-9_-]{43}$/);
    expect(fresh).not.toBe(old);
    expect(await readFile(join(data, 'users.json'), 'utf8')).not.toContain(fresh);

    expect(await bed.login(url(old))).toEqual({ code: UNAUTHORISED, reason: 'unknown member or wrong token' });
    expect(await bed.login(url(fresh))).toBe('joined');
    // Rights are kept.
    expect(JSON.parse(await readFile(join(data, 'users.json'), 'utf8')).users.pat.grants).toEqual({ [ACCOUNT]: 'map' });

    const unknown = await cli('team-server', 'reset-token', 'zoe', '--data', data);
    expect(unknown.code).toBe(1);
    expect(unknown.err).toMatch(/No member is named "zoe"/);
    for (const odd of ['__proto__', 'constructor']) expect((await cli('team-server', 'reset-token', odd, '--data', data)).code).toBe(1);
    expect((await cli('team-server', 'reset-token', '--data', data)).code).toBe(2);
  });
});

describe('bidmap team-server purge-history', () => {
  async function sharedWithSecret() {
    const data = await tempDir();
    const ann = await addUser(data, 'ann');
    await grant(data, 'ann', ACCOUNT, 'full');
    const server = await startTeamServer({ data });
    bed.servers.push(server);
    const url = `ws://ann:${ann}@127.0.0.1:${server.port}`;
    // A secret typed into a map field, then overwritten: gone from the state, kept in the history.
    let doc = Automerge.from<{ people: Record<string, { name: string; title: string }> }>({ people: { p1: { name: SECRET, title: 'CIO' } } });
    doc = Automerge.change(doc, (d) => void (d.people.p1!.name = 'Li Wei'));
    const wire = await bed.wire(url);
    push(wire, teamDocumentId(ACCOUNT, 'map'), doc);
    await expect.poll(async () => pull(await bed.wire(url, {}, `check-${Math.random()}`), teamDocumentId(ACCOUNT, 'map'), 'x'), { timeout: 10_000 }).not.toBeNull();
    return { data, ann, oldHistory: doc };
  }

  it('rebuilds a document from its current state under the next epoch; the old id and its history are refused', async () => {
    const { data, ann, oldHistory } = await sharedWithSecret();
    const oldId = teamDocumentId(ACCOUNT, 'map');
    const newId = teamDocumentId(ACCOUNT, 'map', 1);

    // While the server runs the data folder is locked: nothing is changed.
    const refused = await cli('team-server', 'purge-history', ACCOUNT, 'map', '--data', data);
    expect(refused.code).toBe(1);
    expect(refused.err).toMatch(new RegExp(`is in use by the team server \\(pid ${process.pid}, since .+\\); stop it first\\. Nothing was changed\\.$`));
    await expect(startTeamServer({ data })).rejects.toThrow(/in use by the team server/);

    await bed.cleanUp(); // stops the server (flushed)
    expect(existsSync(join(data, SERVER_LOCK))).toBe(false);
    expect(holds(await storedBytes(join(data, 'docs')), SECRET)).toBe(true); // the history holds it: the test can fail

    const r = await cli('team-server', 'purge-history', ACCOUNT, 'map', '--data', data);
    expect(r.code, r.err).toBe(0);
    expect(r.out).toMatch(new RegExp(`before: epoch 0, 2 changes, \\d+ bytes on disk \\(${oldId}, removed\\)`));
    expect(r.out).toMatch(new RegExp(`after: +epoch 1, 1 change, \\d+ bytes on disk \\(${newId}\\)`));
    expect(await currentEpochs(data)).toEqual({ [ACCOUNT]: { map: 1 } });
    expect(JSON.parse(await readFile(epochsPath(data), 'utf8'))).toEqual({ format: 1, epochs: { [ACCOUNT]: { map: 1 } } });
    expect(holds(await storedBytes(join(data, 'docs')), SECRET)).toBe(false);
    expect(holds(await storedBytes(join(data, 'docs')), 'Li Wei')).toBe(true);

    // The new document, as stored: the current state, no trace of the secret.
    const repo = new Repo({ storage: serverStorage(data), network: [] });
    const stored = (await repo.find<unknown>(newId)).doc();
    await repo.shutdown();
    expect(Automerge.toJS(stored)).toEqual({ people: { p1: { name: 'Li Wei', title: 'CIO' } } });
    expect(Buffer.from(Automerge.save(stored)).includes(SECRET)).toBe(false);
    expect(Buffer.from(Automerge.save(oldHistory)).includes(SECRET)).toBe(true);

    // The restarted server serves the new id and refuses the old one, even to a member re-sending its history.
    const again = await startTeamServer({ data });
    bed.servers.push(again);
    const url = `ws://ann:${ann}@127.0.0.1:${again.port}`;
    const wire = await bed.wire(url);
    const got = await pull(wire, newId);
    expect(got).toEqual({ people: { p1: { name: 'Li Wei', title: 'CIO' } } });
    expect(await pull(wire, oldId)).toBeNull();
    push(wire, oldId, oldHistory);
    await wire.until((m) => m.type === 'doc-unavailable' && m.documentId === oldId && wire.messages.filter((x) => x.type === 'doc-unavailable').length >= 2);
    expect(await pull(await bed.wire(url, {}, 'second'), oldId, 'second')).toBeNull();
    await bed.cleanUp();
    expect(holds(await storedBytes(join(data, 'docs')), SECRET)).toBe(false);

    // A second purge moves on to epoch 2.
    const twice = await cli('team-server', 'purge-history', ACCOUNT, 'map', '--data', data);
    expect(twice.code, twice.err).toBe(0);
    expect(await currentEpochs(data)).toEqual({ [ACCOUNT]: { map: 2 } });
  }, 60_000);

  it('refuses what it cannot purge with a sentence, and takes over a lock left by a dead process', async () => {
    const data = await tempDir();
    await addUser(data, 'ann');
    const none = await cli('team-server', 'purge-history', ACCOUNT, 'map', '--data', data);
    expect(none.code).toBe(1);
    expect(none.err).toMatch(/holds no map document of account acct-x .*nothing was changed/);
    const level = await cli('team-server', 'purge-history', ACCOUNT, 'secret', '--data', data);
    expect(level.code).toBe(1);
    expect(level.err).toMatch(/"secret" is not a document of an account: use map, team, full or index/);
    expect((await cli('team-server', 'purge-history', ACCOUNT, '--data', data)).code).toBe(2);

    // A lock whose process is gone (a server killed by SIGKILL) is taken over, by the server too.
    await writeFile(join(data, SERVER_LOCK), JSON.stringify({ pid: deadPid(), what: 'the team server', since: '2026-01-01T00:00:00Z' }));
    const server = await startTeamServer({ data });
    expect(JSON.parse(await readFile(join(data, SERVER_LOCK), 'utf8')).pid).toBe(process.pid);
    await server.close();
    expect(existsSync(join(data, SERVER_LOCK))).toBe(false);
    await writeFile(join(data, SERVER_LOCK), 'damaged');
    expect((await cli('team-server', 'purge-history', ACCOUNT, 'map', '--data', data)).err).toMatch(/holds no map document/);
    expect(existsSync(join(data, SERVER_LOCK))).toBe(false);

    // A damaged epochs file is refused, never replaced, by the server and by purge-history.
    for (const damaged of ['{"format":1,', '{"format":1,"epochs":{"acct-x":{"map":-1}}}']) {
      await writeFile(epochsPath(data), damaged);
      await expect(startTeamServer({ data })).rejects.toThrow(/epochs\.json is not (valid JSON|a Bidmap epochs file).*left as it is/);
      const r = await cli('team-server', 'purge-history', ACCOUNT, 'map', '--data', data);
      expect(r.code).toBe(1);
      expect(r.err).toMatch(/epochs\.json is not/);
      expect(await readFile(epochsPath(data), 'utf8')).toBe(damaged);
      expect(existsSync(join(data, SERVER_LOCK))).toBe(false);
    }
  }, 30_000);
});
