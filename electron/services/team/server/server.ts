import { createHash } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { createServer as createTlsServer } from 'node:https';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { mkdir } from 'node:fs/promises';
import { Repo, type PeerId } from '@automerge/automerge-repo';
import { WebSocketServer, type RawData } from 'ws';
import type { RedactionLevel } from '../../../../shared/taxonomy/keys';
import { PLAIN } from '../../vault/file-codec';
import { CodecStorageAdapter, shutdownRepo } from '../storage';
import { apiHandler } from './api';
import { lockData } from './data-lock';
import { currentEpochs, type Epochs } from './epochs';
import { TeamServerError } from './errors';
import { FAILED_LOGIN_BLOCK_MS, FailedLogins } from './login-limits';
import { MemberNetworkAdapter, type Frame } from './network';
import { documentsOf } from './rights';
import { authenticate, readUsers } from './users';

// `bidmap team-server`: an automerge-repo Repo whose documents live in DATA/docs, reached over a
// WebSocket by members who authenticate when the socket opens. The member's name and token travel
// as HTTP Basic credentials on the upgrade request (ws://NAME:TOKEN@HOST:PORT with the `ws`
// client); a socket without valid ones is accepted only to be closed at once with code 4401 and
// the reason, so the client can tell the member why. Rights are read from users.json (and the
// documents' epochs from epochs.json) when a socket opens: a grant or a revoke takes effect for
// the member's next connection. An address with too many failed logins is closed with 4429
// (login-limits.ts). While it runs, the server holds DATA/server.lock (data-lock.ts).

export interface TeamServerOptions {
  data: string;
  host?: string;
  port?: number;
  /** Where the server reports refused connections and problems (default: nowhere). */
  log?: (line: string) => void;
  /** PEM certificate (chain) and private key: the server speaks https and wss instead of http and ws. */
  tls?: { cert: string | Buffer; key: string | Buffer };
  /** The clock of the failed-login limits (tests move it). */
  now?: () => number;
}

export interface TeamServer {
  host: string;
  port: number;
  /** Whether it speaks TLS (https, wss). */
  tls: boolean;
  /** Messages dropped as malformed or not allowed since the start. */
  dropped(): number;
  /** Tokens hashed (scrypt) since the start: what logins have cost. */
  hashed(): number;
  /** Closes every socket, writes what the Repo holds to disk and stops listening. */
  close(): Promise<void>;
}

/** Largest message a client may send; a bigger one closes its connection (ws answers 1009). */
const MAX_PAYLOAD = 32 * 1024 * 1024;
/** What a socket may send before it is authenticated (a join is about a hundred bytes). */
const MAX_EARLY_BYTES = 64 * 1024;
export const UNAUTHORISED = 4401;
/** Close code for an address refused after too many failed logins (as HTTP 429). */
export const TOO_MANY_FAILED_LOGINS = 4429;
export const SERVER_PEER_ID = 'bidmap-team-server' as PeerId;

/** The server's document storage: durable writes, plain (run the server on an encrypted disk). */
export const serverStorage = (data: string) => new CodecStorageAdapter(join(data, 'docs'), PLAIN);

export async function startTeamServer(options: TeamServerOptions): Promise<TeamServer> {
  const { data, host = '127.0.0.1', port = 0, log = () => {}, tls, now = Date.now } = options;
  // A damaged users or epochs file stops the start, with its reason, rather than every connection.
  await readUsers(data);
  await currentEpochs(data);
  await mkdir(join(data, 'docs'), { recursive: true });

  /** Plain HTTP requests (not WebSocket upgrades). */
  let api: ((req: IncomingMessage, res: ServerResponse) => void) | null = null;
  function onRequest(req: IncomingMessage, res: ServerResponse) {
    if (api) api(req, res);
    else res.writeHead(503, { 'content-type': 'text/plain' }).end('Bidmap team server: starting.\n');
  }
  let http;
  try {
    http = tls ? createTlsServer({ cert: tls.cert, key: tls.key }, onRequest) : createServer(onRequest);
  } catch (e) {
    // OpenSSL's reason (e.g. "no start line", "key values mismatch") says what is wrong with the files.
    throw new TeamServerError(`the TLS certificate and key cannot be used: ${e instanceof Error ? e.message : String(e)}. Give a PEM certificate and its PEM private key.`);
  }
  const lock = await lockData(data, 'the team server');
  const network = new MemberNetworkAdapter();
  const storage = serverStorage(data);
  const repo = new Repo({
    storage,
    network: [network],
    peerId: SERVER_PEER_ID,
    shareConfig: {
      // The server offers nothing unasked; it serves what a member asks for and may read.
      announce: async () => false,
      access: async (peerId, documentId) => network.memberOf(peerId)?.documents.has(documentId) ?? false,
    },
  });

  const wss = new WebSocketServer({ noServer: true, maxPayload: MAX_PAYLOAD });
  let closing = false;
  const logins = new FailedLogins(now);
  let hashed = 0;
  const memberOf = authenticator(data, logins, () => hashed++, log);
  api = apiHandler({
    data,
    repo,
    storage,
    network,
    authenticate: async (req) => {
      const m = await memberOf(req);
      return 'refused' in m ? m.refused : m;
    },
  });
  // The server proxies nothing: a CONNECT is answered, not dropped (Node closes it unanswered without a listener).
  http.on('connect', (_req, socket) => {
    socket.on('error', () => socket.destroy());
    const body = `${JSON.stringify({ error: 'the team server is not a proxy' })}\n`;
    // Closed once written, whatever the other side does: a socket left half-open would hold up close().
    socket.end(`HTTP/1.1 405 Method Not Allowed\r\nConnection: close\r\nContent-Type: application/json; charset=utf-8\r\nContent-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`, () => socket.destroy());
  });
  http.on('upgrade', (req, socket, head) => {
    socket.on('error', () => socket.destroy());
    if (closing) return socket.destroy();
    // The socket opens at once and is authenticated meanwhile, its first messages held: a client
    // kept waiting for the upgrade while the token is hashed would reconnect, each time costing
    // another hash (a storm under load).
    wss.handleUpgrade(req, socket, head, (ws) => {
      const early: Frame[] = [];
      let earlyBytes = 0;
      const hold = (data: RawData, isBinary: boolean) => {
        earlyBytes += Array.isArray(data) ? data.reduce((n, b) => n + b.byteLength, 0) : data.byteLength;
        if (earlyBytes > MAX_EARLY_BYTES) ws.close(UNAUTHORISED, 'too much sent before authentication');
        else early.push([data, isBinary]);
      };
      ws.on('message', hold);
      ws.on('error', () => ws.terminate());
      void memberOf(req).then(
        (member) => {
          ws.off('message', hold);
          if (closing || ws.readyState !== ws.OPEN) return ws.terminate();
          if (!('refused' in member)) return network.accept(ws, { name: member.name, documents: documentsOf(member.grants, member.epochs) }, early);
          // A shut-out address's connections are not logged one by one (a flood would fill the log); its block is, once.
          if (member.code !== TOO_MANY_FAILED_LOGINS) log(`refused a connection from ${req.socket.remoteAddress}: ${member.refused}`);
          ws.close(member.code, member.refused);
        },
        (e: unknown) => {
          log(`could not check a connection from ${req.socket.remoteAddress}: ${e instanceof Error ? e.message : String(e)}`);
          ws.terminate();
        },
      );
    });
  });

  try {
    await new Promise<void>((resolve, reject) => {
      http.once('error', reject);
      http.listen(port, host, () => resolve());
    });
  } catch (e) {
    await shutdownRepo(repo);
    await lock.release();
    throw e;
  }
  const address = http.address() as AddressInfo;
  return {
    host: address.address,
    port: address.port,
    tls: Boolean(tls),
    dropped: () => network.dropped,
    hashed: () => hashed,
    async close() {
      // Stop listening first: a client reconnecting meanwhile is refused (ECONNREFUSED, which
      // clients take as "offline"), rather than half-accepted by a closing WebSocket server.
      closing = true;
      const closed = new Promise<void>((resolve) => http.close(() => resolve()));
      network.disconnect();
      for (const ws of wss.clients) ws.terminate(); // those still being authenticated
      wss.close();
      http.closeAllConnections();
      await closed;
      await shutdownRepo(repo);
      await storage.close();
      await lock.release();
    },
  };
}

type Admitted = { name: string; grants: Record<string, RedactionLevel>; epochs: Epochs };
type Refused = { refused: string; code: number };

/**
 * Checks the credentials of an upgrade request: the member they belong to, or why there is none.
 * A name and token verified once are remembered (in memory, by a SHA-256 of the token, for as long
 * as the member's stored hash is unchanged: a reset token no longer matches): a member
 * reconnecting costs no new scrypt hash. An address blocked for failed logins is refused before
 * anything is read or hashed, except a name and token this server already verified (no hash
 * needed), so members behind the same proxy are not locked out by someone else's guesses.
 */
function authenticator(data: string, logins: FailedLogins, onHash: () => void, log: (line: string) => void) {
  const verified = new Map<string, string>();
  const blocked = (address: string): Refused | null => {
    const wait = logins.retryAfter(address);
    return wait > 0 ? { refused: `too many failed logins; try again in ${wait} s`, code: TOO_MANY_FAILED_LOGINS } : null;
  };
  const wrong: Refused = { refused: 'unknown member or wrong token', code: UNAUTHORISED };
  return async (req: IncomingMessage): Promise<Admitted | Refused> => {
    const address = req.socket.remoteAddress ?? '?';
    const basic = req.headers.authorization?.match(/^Basic ([A-Za-z0-9+/=]+)$/);
    const decoded = basic ? Buffer.from(basic[1]!, 'base64').toString('utf8') : '';
    const colon = decoded.indexOf(':');
    if (colon < 0) return blocked(address) ?? { refused: 'no credentials: connect as ws://NAME:TOKEN@HOST:PORT', code: UNAUTHORISED };
    const token = decoded.slice(colon + 1);
    let name: string;
    try {
      name = decodeURIComponent(decoded.slice(0, colon)); // a URL's user part arrives percent-encoded
    } catch {
      return blocked(address) ?? wrong;
    }
    const key = `${name}\n${createHash('sha256').update(token).digest('base64')}`;
    if (!verified.has(key)) {
      const refusal = blocked(address);
      if (refusal) return refusal;
    }
    let users, epochs;
    try {
      users = await readUsers(data);
      epochs = await currentEpochs(data);
    } catch {
      return { refused: "the server's users or epochs file is damaged; ask its administrator", code: UNAUTHORISED };
    }
    const stored = Object.hasOwn(users.users, name) ? users.users[name] : undefined;
    if (stored && verified.get(key) === stored.hash) return { name, grants: { ...stored.grants }, epochs };
    verified.delete(key); // its member's token was reset, or the member removed
    return logins.inTurn(address, async () => {
      const refusal = blocked(address); // the checks queued before this one may have used up the address's tries
      if (refusal) return refusal;
      onHash();
      const member = await authenticate(users, name, token);
      if (!member || !stored) {
        if (logins.failed(address)) log(`too many failed logins from ${address}: its connections are refused for ${FAILED_LOGIN_BLOCK_MS / 1000} s`);
        return wrong;
      }
      verified.set(key, stored.hash);
      return { ...member, epochs };
    });
  };
}
