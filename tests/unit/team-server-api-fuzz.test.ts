import http from 'node:http';
import net from 'node:net';
import * as Automerge from '@automerge/automerge';
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { teamDocumentId } from '../../electron/services/team/document-ids';
import { startTeamServer } from '../../electron/services/team/server/server';
import { addUser, grant } from '../../electron/services/team/server/users';
import { TeamTestBed } from '../support/team-wire';
import { tempDir } from '../support/temp';

// The team server's HTTP API (server/api.ts) under hostile requests: random methods, paths,
// bodies (huge, deeply nested, not JSON, wrong shapes), bad Authorization headers and bad
// document ids, through Node's HTTP client and as raw bytes on a socket. Bad input gets a 4xx
// (or 426) answer with a JSON error or Node's plain 400, never a 5xx; the server stays up and
// answers a good member afterwards. A real server on 127.0.0.1; its failed-login clock is the
// test's, moved a second a request, so the address is shut out and let back in by turns.

const bed = new TeamTestBed();
afterEach(() => bed.cleanUp());

const ACCOUNT = 'acct-x';
const MAP_ID = teamDocumentId(ACCOUNT, 'map');
const TEAM_ID = teamDocumentId(ACCOUNT, 'team');
/** A body bigger than the API takes (64 KiB): the server may answer 413 or drop the connection. */
const OVER_LIMIT = 64 * 1024;

interface Answer {
  status: number | null;
  type: string;
  body: string;
  /** The connection ended without an answer (ours to a body over the limit, or the server's). */
  dropped: boolean;
}

const basic = (user: string, password: string) => `Basic ${Buffer.from(`${user}:${password}`).toString('base64')}`;

function request(port: number, r: { method: string; path: string; headers: Record<string, string>; body: string | null }): Promise<Answer> {
  return new Promise((resolve) => {
    const req = http.request({ host: '127.0.0.1', port, method: r.method, path: r.path, headers: r.headers, agent: false }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? null, type: String(res.headers['content-type'] ?? ''), body: Buffer.concat(chunks).toString('utf8'), dropped: false }));
      res.on('error', () => resolve({ status: res.statusCode ?? null, type: '', body: '', dropped: true }));
    });
    req.setTimeout(10_000, () => req.destroy(new Error('no answer in 10 s')));
    // The answer to a CONNECT comes as this event (with the socket, which a proxy would keep open).
    req.on('connect', (res, socket) => {
      socket.destroy();
      resolve({ status: res.statusCode ?? null, type: String(res.headers['content-type'] ?? ''), body: '', dropped: false });
    });
    req.on('error', (e) => resolve({ status: null, type: '', body: e.message, dropped: true }));
    req.end(r.body ?? undefined);
  });
}

/** Raw bytes on a socket: the first status line the server sends back, if any within `ms`. */
function rawRequest(port: number, bytes: Uint8Array, ms = 300): Promise<Answer> {
  return new Promise((resolve) => {
    const socket = net.connect(port, '127.0.0.1');
    const chunks: Buffer[] = [];
    const done = () => {
      clearTimeout(timer);
      socket.destroy();
      const text = Buffer.concat(chunks).toString('latin1');
      const status = /^HTTP\/1\.[01] (\d{3})/.exec(text);
      resolve({ status: status ? Number(status[1]) : null, type: /content-type: ([^\r\n]*)/i.exec(text)?.[1] ?? '', body: text.split('\r\n\r\n').slice(1).join('\r\n\r\n'), dropped: !status });
    };
    const timer = setTimeout(done, ms);
    socket.on('data', (c: Buffer) => chunks.push(c));
    socket.on('end', done);
    socket.on('error', done);
    socket.on('connect', () => socket.write(bytes));
  });
}

describe('team server: hostile HTTP API requests', () => {
  it('answers 600 hostile API requests with a 4xx or 426 error (never a 5xx), stays up and serves a good member afterwards', async () => {
    const data = await tempDir();
    const tokens = { ann: await addUser(data, 'ann'), pat: await addUser(data, 'pat'), kim: await addUser(data, 'kim') };
    await grant(data, 'ann', ACCOUNT, 'full');
    await grant(data, 'pat', ACCOUNT, 'map');
    await grant(data, 'kim', ACCOUNT, 'map');
    let clock = 1_000_000;
    const server = await startTeamServer({ data, host: '127.0.0.1', port: 0, now: () => clock });
    bed.servers.push(server);
    const { port } = server;
    const wsUrl = (name: string, token: string) => `ws://${name}:${token}@127.0.0.1:${port}`;
    // Ann makes the map and team documents; the server has them once another client gets them.
    const ann = bed.client(wsUrl('ann', tokens.ann));
    ann.import(Automerge.save(Automerge.from({ people: { p1: { name: 'Li Wei' } } })), { docId: MAP_ID });
    ann.import(Automerge.save(Automerge.from({ people: { p1: { attitude: 'champion' } } })), { docId: TEAM_ID });
    expect(await bed.fromServer(wsUrl('ann', tokens.ann), MAP_ID)).toEqual({ people: { p1: { name: 'Li Wei' } } });
    expect(await bed.fromServer(wsUrl('ann', tokens.ann), TEAM_ID)).toEqual({ people: { p1: { attitude: 'champion' } } });
    // Ann and Pat are known to the server before the guessing starts (then a shut-out address still lets them in).
    for (const [name, token] of [['ann', tokens.ann], ['pat', tokens.pat], ['kim', tokens.kim]] as const)
      expect((await request(port, { method: 'GET', path: '/api/me', headers: { authorization: basic(name, token) }, body: null })).status).toBe(200);

    const names = fc.oneof(fc.constantFrom('ann', 'pat', 'nobody', '__proto__', 'constructor', '', 'ann:x', '%E0%A4%A'), fc.string({ maxLength: 20 })).filter((n) => n !== 'kim');
    const auth = fc.oneof(
      fc.constant(null),
      { arbitrary: fc.constantFrom(basic('ann', tokens.ann), basic('pat', tokens.pat)), weight: 4 },
      names.map((n) => basic(n, tokens.pat)), // a right token, another name
      fc.string({ maxLength: 60 }).map((t) => basic('pat', t)), // a wrong token
      fc.constantFrom('Basic', 'Basic ', 'Basic !!!', 'Bearer abc', 'basic cGF0Og==', `Basic ${Buffer.from('no-colon').toString('base64')}`, `Basic ${Buffer.from('%E0%A4%A:x').toString('base64')}`, `Basic ${'A'.repeat(20_000)}`),
      fc.base64String({ maxLength: 200 }).map((b) => `Basic ${b}`),
      fc.uint8Array({ maxLength: 60 }).map((b) => `Basic ${Buffer.from(b).toString('base64')}`),
    );
    const ids = fc.oneof(
      fc.constantFrom<unknown>(MAP_ID, TEAM_ID, teamDocumentId(ACCOUNT, 'full'), teamDocumentId('other', 'map'), `automerge:${MAP_ID}`, 'not-an-id', '', null, 42, {}, []),
      fc.string({ maxLength: 40 }),
      fc.anything(),
    );
    const bodies = fc.oneof(
      fc.constant(null),
      fc.jsonValue().map((v) => JSON.stringify(v)),
      fc.string({ maxLength: 300 }), // mostly not JSON
      fc.record({ account: fc.oneof(fc.constantFrom<unknown>(ACCOUNT, '__proto__', 'constructor', '', ' ', 1), fc.string({ maxLength: 20 })), user: fc.oneof(names, fc.constant<unknown>(7)), level: fc.oneof(fc.constantFrom<unknown>('map', 'team', 'full', 'admin', '', null), fc.string({ maxLength: 8 })) }, { requiredKeys: [] }).map((v) => JSON.stringify(v)),
      fc.array(ids, { maxLength: 30 }).map((documents) => JSON.stringify({ documents })),
      fc.constantFrom(
        JSON.stringify({ documents: Array.from({ length: 1001 }, () => MAP_ID) }),
        JSON.stringify({ documents: MAP_ID }),
        '{"__proto__": {"documents": []}, "documents": {"length": 5}}',
        `${'['.repeat(30_000)}${']'.repeat(30_000)}`,
        `{"documents": [${'"x",'.repeat(20_000)}"x"]}`,
        'x'.repeat(OVER_LIMIT + 1),
        '{"account": "acct-x", "user": "pat", "level": "map"', // cut short
        '\u0000\u0001\u0002',
      ),
    );
    const paths = fc.oneof(
      { arbitrary: fc.constantFrom('/api/me', '/api/members', '/api/share', '/api/unshare', '/api/heads', '/api/snapshot'), weight: 4 },
      fc.constantFrom('/api/snapshot?account=acct-x', '/api/snapshot?account=__proto__', '/api/snapshot?account=', '/api/snapshot?account=acct-x&account=y', `/api/snapshot?account=${'%FF'.repeat(300)}`),
      fc.constantFrom('/', '/api', '/api/', '/api/me/', '/api/../api/me', '//api/me', '/API/ME', '/api/me?x=1&x=2', '/api/heads#frag', '/%ZZ', '/api/%00', `/${'a'.repeat(10_000)}`, '*'),
      fc.webPath(),
      fc.webQueryParameters().map((q) => `/api/heads?${q}`),
      fc.webQueryParameters().map((q) => `/api/snapshot?${q}`),
    );
    const methods = fc.oneof({ arbitrary: fc.constantFrom('GET', 'POST'), weight: 3 }, fc.constantFrom('PUT', 'DELETE', 'PATCH', 'OPTIONS', 'HEAD', 'TRACE', 'PROPFIND', 'M-SEARCH', 'CONNECT'));
    const viaHttp = fc.record({ method: methods, path: paths, auth, body: bodies, type: fc.constantFrom('application/json', 'text/plain', 'multipart/form-data; boundary=x', '') }).map((r) => ({ via: 'http' as const, ...r }));
    const rawLines = fc.oneof(
      fc.uint8Array({ minLength: 1, maxLength: 2000 }),
      fc.string({ maxLength: 300 }).map((s) => new TextEncoder().encode(s)),
      fc.constantFrom(
        'GET /api/me HTTP/9.9\r\n\r\n',
        'GET /api/me\r\n\r\n',
        'POST /api/heads HTTP/1.1\r\nHost: x\r\nContent-Length: -1\r\n\r\n',
        'POST /api/heads HTTP/1.1\r\nHost: x\r\nContent-Length: 5\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n',
        'POST /api/share HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\nnope\r\n',
        `GET /api/me HTTP/1.1\r\nHost: x\r\nX-Big: ${'b'.repeat(40_000)}\r\n\r\n`,
        'GET /api/me HTTP/1.1\r\nHost: x\r\nAuthorization: Basic \u0000\u0001\r\n\r\n',
        'GET /api/me HTTP/1.1\r\nHost: x\r\nConnection: Upgrade\r\nUpgrade: websocket\r\n\r\n',
        'GET /api/me HTTP/1.1\r\nHost: x\r\nConnection: Upgrade\r\nUpgrade: websocket\r\nSec-WebSocket-Key: x\r\nSec-WebSocket-Version: 99\r\n\r\n',
        '\r\n\r\n\r\n',
      ).map((s) => new TextEncoder().encode(s)),
    );
    const viaSocket = rawLines.map((bytes) => ({ via: 'socket' as const, bytes }));

    const seen: Record<string, number> = {};
    let requests = 0;
    let dropped = 0;
    await fc.assert(
      fc.asyncProperty(fc.oneof({ arbitrary: viaHttp, weight: 4 }, { arbitrary: viaSocket, weight: 1 }), async (r) => {
        clock += 1000;
        requests++;
        let answer: Answer;
        if (r.via === 'socket') answer = await rawRequest(port, r.bytes);
        else {
          const headers: Record<string, string> = {};
          if (r.auth !== null) headers.authorization = r.auth;
          if (r.type) headers['content-type'] = r.type;
          answer = await request(port, { method: r.method, path: r.path, headers, body: r.body });
          // Unanswered may go only a body over the limit (the server stops reading it); a CONNECT is
          // answered 405 (the server proxies nothing).
          if (answer.dropped) expect(r.body?.length ?? 0, `${r.method} ${r.path}: ${answer.body}`).toBeGreaterThan(OVER_LIMIT);
          if (r.method === 'CONNECT' && !answer.dropped) expect(answer.status).toBe(405);
          if (answer.dropped) dropped++;
        }
        if (answer.status === null) return;
        seen[answer.status] = (seen[answer.status] ?? 0) + 1;
        expect(answer.status, JSON.stringify(r).slice(0, 300)).toBeLessThan(500);
        expect(answer.status).toBeGreaterThanOrEqual(200);
        if (answer.type.startsWith('application/json') && answer.body) {
          const json = JSON.parse(answer.body) as { error?: unknown };
          if (answer.status >= 400) expect(typeof json.error).toBe('string');
        }
      }),
      { numRuns: 600, seed: 1919 },
    );
    expect(requests).toBeGreaterThanOrEqual(500);
    // Many kinds of answer were given: refusals, wrong routes, bad bodies, and real answers.
    for (const status of [200, 400, 401, 426]) expect(seen[status] ?? 0, JSON.stringify(seen)).toBeGreaterThan(0);
    console.log(`team API fuzz: ${requests} requests, answers by status ${JSON.stringify(seen)}, ${dropped} HTTP requests closed unanswered (bodies over 64 KiB)`);

    // The server still answers a good member: their rights over HTTP, their document over the socket.
    const me = await request(port, { method: 'GET', path: '/api/me', headers: { authorization: basic('kim', tokens.kim) }, body: null });
    expect(me.status).toBe(200);
    expect(JSON.parse(me.body)).toMatchObject({ name: 'kim', grants: { [ACCOUNT]: 'map' } });
    expect(await bed.fromServer(wsUrl('kim', tokens.kim), MAP_ID)).toEqual({ people: { p1: { name: 'Li Wei' } } });
  }, 120_000);
});
