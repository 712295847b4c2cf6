import { spawn } from 'node:child_process';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import * as Automerge from '@automerge/automerge';
import { cbor, type DocumentId, type PeerId, type Repo } from '@automerge/automerge-repo';
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { WebSocket } from 'ws';
import { teamServer } from '../../electron/cli/team-server';
import { teamDocumentId } from '../../electron/services/team/document-ids';
import { SERVER_PEER_ID, startTeamServer, UNAUTHORISED, type TeamServer } from '../../electron/services/team/server/server';
import { addUser, grant, revoke, usersPath } from '../../electron/services/team/server/users';
import { cli } from '../support/cli';
import { tempDir } from '../support/temp';
import { TeamTestBed, type Wire } from '../support/team-wire';

// The team server at the protocol level: real servers on 127.0.0.1 (a free port), real
// automerge-repo clients, and raw sockets speaking the protocol to see every byte a member gets.

const bed = new TeamTestBed();
const servers: TeamServer[] = bed.servers;
const sockets = bed.sockets;
afterEach(() => bed.cleanUp());

/** Shuts the client repos down (the servers stay). */
async function closeClients() {
  for (const a of bed.adapters.splice(0)) (a.socket as WebSocket | undefined)?.on('error', () => {});
  await Promise.all(bed.repos.splice(0).map((r) => r.shutdown()));
}

const ACCOUNT = 'acct-x';
const MAP_ID = teamDocumentId(ACCOUNT, 'map');
const TEAM_ID = teamDocumentId(ACCOUNT, 'team');
const TEAM_TEXT = 'TEAM-ONLY-attitude-champion';

/** A server with Ann (full on the account) and Pat (map on it). */
async function teamOfTwo() {
  const data = await tempDir();
  const ann = await addUser(data, 'ann');
  const pat = await addUser(data, 'pat');
  await grant(data, 'ann', ACCOUNT, 'full');
  await grant(data, 'pat', ACCOUNT, 'map');
  const server = await startTeamServer({ data, host: '127.0.0.1', port: 0 });
  servers.push(server);
  return { data, server, url: (name: string, token: string) => `ws://${name}:${token}@127.0.0.1:${server.port}`, ann, pat };
}

const client = (url: string): Repo => bed.client(url);

/** Ann creates the map and team documents of the account; resolves once the server holds both. */
async function annShares(url: string) {
  const ann = client(url);
  const map = ann.import<{ people: Record<string, { name: string }> }>(Automerge.save(Automerge.from({ people: { p1: { name: 'Li Wei' } } })), { docId: MAP_ID });
  const team = ann.import<{ people: Record<string, { attitude: string }> }>(Automerge.save(Automerge.from({ people: { p1: { attitude: TEAM_TEXT } } })), { docId: TEAM_ID });
  // Ann's second laptop, with nothing local, gets both from the server: then the server has them.
  expect(await fromServer(url, MAP_ID)).toEqual({ people: { p1: { name: 'Li Wei' } } });
  expect(await fromServer(url, TEAM_ID)).toEqual({ people: { p1: { attitude: TEAM_TEXT } } });
  return { ann, map, team };
}

/** A document as a new client with nothing local gets it from the server, retried while it is on its way; null if it never comes. */
const fromServer = (url: string, id: DocumentId, timeout?: number): Promise<unknown> => bed.fromServer(url, id, timeout);

type Raw = Wire;

/** A socket speaking the protocol by hand, keeping every frame the server sends. */
const raw = (url: string, join: PeerId | null = 'raw-peer' as PeerId): Promise<Raw> => bed.wire(url, {}, join);

/** Runs the sync protocol over a raw socket for one document until the server has nothing more to send; returns the document. */
async function syncByHand(wire: Raw, documentId: DocumentId): Promise<unknown> {
  let doc = Automerge.init<unknown>();
  let state = Automerge.initSyncState();
  let seen = 0;
  for (;;) {
    const next = await wire.until((m) => wire.messages.indexOf(m) >= seen && m.type === 'sync' && m.documentId === documentId, 2000).catch(() => null);
    if (!next) return Automerge.toJS(doc);
    seen = wire.messages.indexOf(next) + 1;
    [doc, state] = Automerge.receiveSyncMessage(doc, state, next.data as Uint8Array);
    const [nextState, reply] = Automerge.generateSyncMessage(doc, state);
    state = nextState;
    if (reply) wire.send({ type: 'sync', senderId: 'raw-peer', targetId: SERVER_PEER_ID, documentId, data: reply });
  }
}

const firstSync = () => Automerge.generateSyncMessage(Automerge.init(), Automerge.initSyncState())[1]!;
const pause = (ms: number) => new Promise((res) => setTimeout(res, ms));
const hasText = (chunks: Buffer[], text: string) => chunks.some((b) => b.includes(Buffer.from(text)));

async function storedBytes(dir: string): Promise<Buffer[]> {
  const files = await readdir(dir, { recursive: true, withFileTypes: true });
  return Promise.all(files.filter((f) => f.isFile()).map((f) => readFile(join(f.parentPath, f.name))));
}

describe('team server: levels are enforced by the server', () => {
  it('gives a map-level member the map document and refuses them the team document, at the protocol level', async () => {
    const t = await teamOfTwo();
    await annShares(t.url('ann', t.ann));

    expect(await fromServer(t.url('pat', t.pat), MAP_ID)).toEqual({ people: { p1: { name: 'Li Wei' } } });
    await expect(client(t.url('pat', t.pat)).find(TEAM_ID)).rejects.toThrow(/unavailable/);

    // The same requests by hand: the map document comes as sync messages, the team one as a refusal only.
    const wire = await raw(t.url('pat', t.pat));
    wire.send({ type: 'request', senderId: 'raw-peer', targetId: SERVER_PEER_ID, documentId: TEAM_ID, data: firstSync() });
    wire.send({ type: 'request', senderId: 'raw-peer', targetId: SERVER_PEER_ID, documentId: MAP_ID, data: firstSync() });
    await wire.until((m) => m.type === 'sync' && m.documentId === MAP_ID);
    await wire.until((m) => m.type === 'doc-unavailable' && m.documentId === TEAM_ID);
    // Following the sync protocol by hand gives the map content: the wire carries documents' text in clear.
    expect(await syncByHand(wire, MAP_ID)).toEqual({ people: { p1: { name: 'Li Wei' } } });
    expect(hasText(wire.bytes, 'Li Wei')).toBe(true);
    expect(wire.messages.filter((m) => m.documentId === TEAM_ID).map((m) => m.type)).toEqual(['doc-unavailable']);
    expect(hasText(wire.bytes, TEAM_TEXT)).toBe(false);
  });

  it("never lets a map-level member's change to the team document reach the full member or the server's disk", async () => {
    const t = await teamOfTwo();
    const { team, map } = await annShares(t.url('ann', t.ann));

    // Through the client library: Pat's own copy of the team document is offered to the server.
    const pat = client(t.url('pat', t.pat));
    pat.import(Automerge.save(Automerge.from({ people: { p1: { attitude: 'PAT-WROTE-THIS' } } })), { docId: TEAM_ID });
    // By hand: a sync message carrying changes for the team document, and the same for the map (allowed).
    const wire = await raw(t.url('pat', t.pat));
    const changesOf = (doc: Automerge.Doc<unknown>) => Automerge.encodeSyncMessage({ heads: Automerge.getHeads(doc), need: [], have: [], changes: Automerge.getAllChanges(doc) });
    const forTeam = Automerge.change(Automerge.clone(team.doc()), (d) => void (d.people.p1!.attitude = 'PAT-FORGED-THIS'));
    const forMap = Automerge.change(Automerge.clone(map.doc()), (d) => void (d.people.p1!.name = 'Li Wei (Pat)'));
    wire.send({ type: 'sync', senderId: 'raw-peer', targetId: SERVER_PEER_ID, documentId: TEAM_ID, data: changesOf(forTeam) });
    wire.send({ type: 'sync', senderId: 'raw-peer', targetId: SERVER_PEER_ID, documentId: MAP_ID, data: changesOf(forMap) });
    await wire.until((m) => m.type === 'doc-unavailable' && m.documentId === TEAM_ID);
    // Both attempts reached the server and were dropped there: the library's and the hand-made one.
    await expect.poll(() => t.server.dropped(), { timeout: 5000 }).toBeGreaterThanOrEqual(2);

    // The allowed change arrives at Ann: the path works, so the refused one was refused, not lost.
    await expect.poll(() => map.doc().people.p1?.name, { timeout: 5000 }).toBe('Li Wei (Pat)');
    await pause(500);
    expect(team.doc().people.p1?.attitude).toBe(TEAM_TEXT);
    expect(Automerge.getConflicts(team.doc().people.p1!, 'attitude')).toBeUndefined();

    for (const s of sockets.splice(0)) s.terminate();
    await closeClients();
    await servers.pop()!.close(); // flushed to disk
    const stored = await storedBytes(join(t.data, 'docs'));
    expect(hasText(stored, 'Li Wei (Pat)')).toBe(true);
    expect(hasText(stored, TEAM_TEXT)).toBe(true);
    expect(hasText(stored, 'PAT-WROTE-THIS')).toBe(false);
    expect(hasText(stored, 'PAT-FORGED-THIS')).toBe(false);
  });

  it('refuses a socket without credentials, with an unknown name or a wrong token, with the reason', async () => {
    const t = await teamOfTwo();
    for (const url of [`ws://127.0.0.1:${t.server.port}`, t.url('nobody', t.pat), t.url('pat', t.ann), t.url('pat', `${t.pat}x`)]) {
      const wire = await raw(url, null);
      wire.send({ type: 'join', senderId: 'intruder', peerMetadata: {}, supportedProtocolVersions: ['1'] });
      const closed = await wire.closed;
      expect(closed.code).toBe(UNAUTHORISED);
      expect(closed.reason).toMatch(url.includes('@') ? /^unknown member or wrong token$/ : /^no credentials/);
      expect(wire.messages).toEqual([]);
    }
  });

  it('refuses a peer id that another member holds', async () => {
    const t = await teamOfTwo();
    await annShares(t.url('ann', t.ann));
    await raw(t.url('ann', t.ann), 'shared-id' as PeerId);
    const thief = await raw(t.url('pat', t.pat), null);
    thief.send({ type: 'join', senderId: 'shared-id', peerMetadata: {}, supportedProtocolVersions: ['1'] });
    expect((await thief.closed).code).toBe(4409);
  });
});

describe('team server: a slow or dead client', () => {
  it('never blocks the others: a member whose socket stops reading while it is sent a large document does not delay a change between two others', async () => {
    const t = await teamOfTwo();
    // A large map document (a few MB): what the stalled member asks for and never reads.
    const big = Automerge.from({ people: Object.fromEntries(Array.from({ length: 2000 }, (_, i) => [`p${i}`, { name: `Person ${i} ${'x'.repeat(400)}` }])) });
    const ann = client(t.url('ann', t.ann));
    const map = ann.import<{ people: Record<string, { name: string }> }>(Automerge.save(big), { docId: MAP_ID });
    expect(await fromServer(t.url('ann', t.ann), MAP_ID)).toBeTruthy();

    const stalled = await raw(t.url('pat', t.pat));
    (stalled.socket as unknown as { _socket: { pause(): void } })._socket.pause(); // reads nothing more, answers no ping
    stalled.send({ type: 'request', senderId: 'raw-peer', targetId: SERVER_PEER_ID, documentId: MAP_ID, data: firstSync() });

    // Meanwhile Ann's change reaches her second laptop.
    const other = await client(t.url('ann', t.ann)).find<{ people: Record<string, { name: string }> }>(MAP_ID);
    map.change((d) => void (d.people.p1!.name = 'Renamed while Pat stalls'));
    await expect.poll(() => other.doc().people.p1?.name, { timeout: 5000 }).toBe('Renamed while Pat stalls');
  }, 30_000);
});

describe('team server: hostile input', () => {
  it('stays up through 2,000 malformed or hostile messages and serves a good member afterwards', async () => {
    const t = await teamOfTwo();
    await annShares(t.url('ann', t.ann));
    let joined = await raw(t.url('pat', t.pat), 'fuzz-peer' as PeerId);
    let unjoined = await raw(t.url('pat', t.pat), null);
    const refused: Record<string, unknown>[] = [];
    let reopened = 0;
    const ids = fc.constantFrom<string>(MAP_ID, TEAM_ID, teamDocumentId('other', 'map'), 'not-an-id', '');
    const hugeHeaders = fc.constantFrom(
      [0x5b, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff], // a byte string of 2^64-1 bytes
      [0x9b, 0x00, 0x00, 0x00, 0x10, 0x00, 0x00, 0x00, 0x00], // an array of 2^36 items
      [0xbb, 0x7f, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff], // a map of 2^63 pairs
      [0x7a, 0xff, 0xff, 0xff, 0xff, 0x61], // a text of 4 GiB, one byte given
      [0xa2, 0x64, 0x74, 0x79, 0x70, 0x65], // a map cut short
    );
    const envelope = fc.record({
      type: fc.constantFrom('sync', 'request', 'ephemeral', 'doc-unavailable', 'join', 'remote-subscription-change', 'remote-heads-changed', 'peer'),
      senderId: fc.constantFrom<unknown>('fuzz-peer', 'someone-else', 42, null),
      targetId: fc.constantFrom<unknown>(SERVER_PEER_ID, 'fuzz-peer', undefined),
      documentId: ids,
      data: fc.oneof(fc.uint8Array({ maxLength: 300 }), fc.constant(firstSync()), fc.string()),
      count: fc.oneof(fc.integer(), fc.string()),
      sessionId: fc.string(),
      supportedProtocolVersions: fc.oneof(fc.constant(['1']), fc.array(fc.string(), { maxLength: 2 }), fc.constant(undefined)),
    });
    const frame = fc.oneof(
      fc.uint8Array({ minLength: 1, maxLength: 2000 }).map((b) => ({ binary: true, bytes: b })),
      fc.anything().map((v) => ({ binary: true, bytes: cbor.encode(v) })),
      envelope.map((m) => ({ binary: true, bytes: cbor.encode(m) })),
      hugeHeaders.map((h) => ({ binary: true, bytes: new Uint8Array(h) })),
      fc.string({ maxLength: 200 }).map((s) => ({ binary: false, bytes: new TextEncoder().encode(s) })),
    );
    let sent = 0;
    await fc.assert(
      fc.asyncProperty(frame, fc.boolean(), async (f, toJoined) => {
        // A socket the server closed (a protocol mismatch, a peer id taken) takes no more: the next message goes on a new one.
        if (toJoined && joined.socket.readyState !== WebSocket.OPEN) {
          refused.push(...joined.messages);
          joined = await raw(t.url('pat', t.pat), `fuzz-peer-${++reopened}` as PeerId);
        }
        if (!toJoined && unjoined.socket.readyState !== WebSocket.OPEN) {
          refused.push(...unjoined.messages);
          unjoined = await raw(t.url('pat', t.pat), null);
          reopened++;
        }
        const target = toJoined ? joined : unjoined;
        target.socket.send(f.bytes, { binary: f.binary });
        sent++;
      }),
      { numRuns: 2000, seed: 19 },
    );
    await pause(500);
    expect(sent).toBe(2000);
    expect(t.server.dropped()).toBeGreaterThan(1000);
    // None of it gave Pat the team document.
    for (const m of [...refused, ...joined.messages, ...unjoined.messages]) expect(m.documentId === TEAM_ID && m.type !== 'doc-unavailable').toBe(false);
    // The server still answers a good member.
    expect(await fromServer(t.url('pat', t.pat), MAP_ID)).toEqual({ people: { p1: { name: 'Li Wei' } } });
  }, 60_000);
});

describe('team server: members and rights in users.json', () => {
  it('keeps only a salted hash of the token, which works from the moment it is printed', async () => {
    const data = join(await tempDir(), 'new-server');
    const added = await cli('team-server', 'add-user', 'ann', '--data', data);
    expect(added.code, added.err).toBe(0);
    const token = added.out.split('\n').at(-1)!;
    expect(token).toMatch(/^bmt_[A-Za-z0-9_-]{43}$/);
    const onDisk = await readFile(usersPath(data), 'utf8');
    expect(onDisk).not.toContain(token);
    const ann = JSON.parse(onDisk).users.ann;
    expect(Object.keys(ann).sort()).toEqual(['addedAt', 'grants', 'hash', 'salt']);
    // Two members never share a salt, so equal tokens would not show as equal hashes.
    await cli('team-server', 'add-user', 'bob', '--data', data);
    expect(JSON.parse(await readFile(usersPath(data), 'utf8')).users.bob.salt).not.toBe(ann.salt);

    expect((await cli('team-server', 'grant', 'ann', ACCOUNT, 'team', '--data', data)).code).toBe(0);
    expect((await cli('team-server', 'list', '--data', data)).out).toBe(`ann\t${ACCOUNT}:team\nbob\t(no accounts)`);
    const server = await startTeamServer({ data });
    servers.push(server);
    const url = `ws://ann:${token}@127.0.0.1:${server.port}`;
    client(url).import(Automerge.save(Automerge.from({ motives: 'budget' })), { docId: TEAM_ID });
    expect(await fromServer(url, TEAM_ID)).toEqual({ motives: 'budget' });
  });

  it('stops access for new connections once a right is revoked', async () => {
    const t = await teamOfTwo();
    await annShares(t.url('ann', t.ann));
    expect(await fromServer(t.url('pat', t.pat), MAP_ID)).toEqual({ people: { p1: { name: 'Li Wei' } } });
    expect(await revoke(t.data, 'pat', ACCOUNT)).toBe(true);
    await expect(client(t.url('pat', t.pat)).find(MAP_ID)).rejects.toThrow(/unavailable/);
    const wire = await raw(t.url('pat', t.pat));
    wire.send({ type: 'request', senderId: 'raw-peer', targetId: SERVER_PEER_ID, documentId: MAP_ID, data: firstSync() });
    await wire.until((m) => m.type === 'doc-unavailable' && m.documentId === MAP_ID);
  });

  it('answers bad input with a sentence and leaves users.json as it was', async () => {
    const data = await tempDir();
    await cli('team-server', 'add-user', 'ann', '--data', data);
    const before = await readFile(usersPath(data), 'utf8');
    const cases: [string[], RegExp][] = [
      [['add-user', 'ann'], /A member named "ann" already exists/],
      [['add-user', 'a b'], /cannot be a member's name/],
      [['add-user', '__proto__'], /cannot be a member's name/],
      [['grant', 'ann', '__proto__', 'map'], /cannot be an account id/],
      [['grant', 'zoe', ACCOUNT, 'map'], /No member is named "zoe"/],
      [['grant', 'ann', ACCOUNT, 'secret'], /"secret" is not a level: use map, team or full/],
      [['revoke', 'zoe', ACCOUNT], /No member is named "zoe"/],
    ];
    for (const [args, message] of cases) {
      const r = await cli('team-server', ...args, '--data', data);
      expect(r.code).toBe(1);
      expect(r.err).toMatch(message);
    }
    expect(await readFile(usersPath(data), 'utf8')).toBe(before);
    expect((await cli('team-server', 'revoke', 'ann', ACCOUNT, '--data', data)).out).toMatch(/had no right to account/);

    const usage = await cli('team-server', 'grant', 'ann', '--data', data);
    expect(usage.code).toBe(2);
    expect((await cli('team-server', 'list')).err).toMatch(/needs --data DIR/);

    for (const damaged of ['{"format":1,"users":{"ann":', '{"format":1,"users":{"ann":{"salt":"x"}}}']) {
      await writeFile(usersPath(data), damaged);
      const r = await cli('team-server', 'add-user', 'bob', '--data', data);
      expect(r.code).toBe(1);
      expect(r.err).toMatch(/users\.json is not (valid JSON|a Bidmap users file).*left as it is/);
      expect(await readFile(usersPath(data), 'utf8')).toBe(damaged);
      await expect(startTeamServer({ data })).rejects.toThrow(/left as it is/);
    }
  });
});

describe('bidmap team-server', () => {
  it('listens on 127.0.0.1 by default and stops, storage flushed, when told to', async () => {
    const data = await tempDir();
    const lines: string[] = [];
    let stop!: () => void;
    const stopped = new Promise<void>((res) => (stop = res));
    const running = teamServer([], { data, host: undefined, port: undefined }, { log: (l) => lines.push(l), error: (l) => lines.push(l) }, stopped);
    await expect.poll(() => lines[0]).toMatch(/^listening on 127\.0\.0\.1:\d+$/);
    stop();
    expect(await running).toBe(0);
    expect(lines.at(-1)).toBe('stopped; documents written to disk');
  });

  it('runs as a process until SIGTERM, printing where it listens', async () => {
    const data = await tempDir();
    const child = spawn(process.execPath, ['--import', 'tsx', 'electron/cli/bin.ts', 'team-server', '--data', data, '--port', '0'], {
      cwd: resolve(import.meta.dirname, '../..'),
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    child.stdout.on('data', (b: Buffer) => (out += b.toString()));
    const exited = new Promise<number | null>((res) => child.on('exit', (code) => res(code)));
    try {
      await expect.poll(() => out, { timeout: 20_000 }).toMatch(/listening on 127\.0\.0\.1:\d+\n/);
      const port = Number(out.match(/:(\d+)\n/)![1]);
      const wire = await raw(`ws://127.0.0.1:${port}`, null);
      expect((await wire.closed).code).toBe(UNAUTHORISED);
      child.kill('SIGTERM');
      expect(await exited).toBe(0);
      expect(out).toMatch(/stopped; documents written to disk\n$/);
    } finally {
      child.kill('SIGKILL');
    }
  }, 30_000);
});
