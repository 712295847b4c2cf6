import { createHash } from 'node:crypto';
import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { mkdir } from 'node:fs/promises';
import { Repo, type PeerId } from '@automerge/automerge-repo';
import { WebSocketServer, type RawData } from 'ws';
import { PLAIN } from '../../vault/file-codec';
import { CodecStorageAdapter } from '../storage';
import { apiHandler } from './api';
import { MemberNetworkAdapter, type Frame } from './network';
import { documentsOf } from './rights';
import { authenticate, readUsers } from './users';

// `bidmap team-server`: an automerge-repo Repo whose documents live in DATA/docs, reached over a
// WebSocket by members who authenticate when the socket opens. The member's name and token travel
// as HTTP Basic credentials on the upgrade request (ws://NAME:TOKEN@HOST:PORT with the `ws`
// client); a socket without valid ones is accepted only to be closed at once with code 4401 and
// the reason, so the client can tell the member why. Rights are read from users.json when a
// socket opens: a grant or a revoke takes effect for the member's next connection.

export interface TeamServerOptions {
  data: string;
  host?: string;
  port?: number;
  /** Where the server reports refused connections and problems (default: nowhere). */
  log?: (line: string) => void;
}

export interface TeamServer {
  host: string;
  port: number;
  /** Messages dropped as malformed or not allowed since the start. */
  dropped(): number;
  /** Closes every socket, writes what the Repo holds to disk and stops listening. */
  close(): Promise<void>;
}

/** Largest message a client may send; a bigger one closes its connection (ws answers 1009). */
const MAX_PAYLOAD = 32 * 1024 * 1024;
/** What a socket may send before it is authenticated (a join is about a hundred bytes). */
const MAX_EARLY_BYTES = 64 * 1024;
export const UNAUTHORISED = 4401;
export const SERVER_PEER_ID = 'bidmap-team-server' as PeerId;

/** The server's document storage: durable writes, plain (run the server on an encrypted disk). */
export const serverStorage = (data: string) => new CodecStorageAdapter(join(data, 'docs'), PLAIN);

export async function startTeamServer(options: TeamServerOptions): Promise<TeamServer> {
  const { data, host = '127.0.0.1', port = 0, log = () => {} } = options;
  await readUsers(data); // a damaged users file stops the start, with its reason, rather than every connection
  await mkdir(join(data, 'docs'), { recursive: true });
  const network = new MemberNetworkAdapter();
  const repo = new Repo({
    storage: serverStorage(data),
    network: [network],
    peerId: SERVER_PEER_ID,
    shareConfig: {
      // The server offers nothing unasked; it serves what a member asks for and may read.
      announce: async () => false,
      access: async (peerId, documentId) => network.memberOf(peerId)?.documents.has(documentId) ?? false,
    },
  });

  const memberOf = authenticator(data);
  const http = createServer(apiHandler({ data, repo, network, authenticate: memberOf }));
  const wss = new WebSocketServer({ noServer: true, maxPayload: MAX_PAYLOAD });
  let closing = false;
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
          if (typeof member !== 'string') return network.accept(ws, { name: member.name, documents: documentsOf(member.grants) }, early);
          log(`refused a connection from ${req.socket.remoteAddress}: ${member}`);
          ws.close(UNAUTHORISED, member);
        },
        (e: unknown) => {
          log(`could not check a connection from ${req.socket.remoteAddress}: ${e instanceof Error ? e.message : String(e)}`);
          ws.terminate();
        },
      );
    });
  });

  await new Promise<void>((resolve, reject) => {
    http.once('error', reject);
    http.listen(port, host, () => resolve());
  });
  const address = http.address() as AddressInfo;
  return {
    host: address.address,
    port: address.port,
    dropped: () => network.dropped,
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
      await repo.flush();
      await repo.shutdown();
    },
  };
}

/**
 * Checks the credentials of an upgrade request: the member they belong to, or why there is none.
 * A name and token verified once are remembered (in memory, by a SHA-256 of the token, for as long
 * as the member's stored hash is unchanged): a member reconnecting costs no new scrypt hash.
 */
function authenticator(data: string) {
  const verified = new Map<string, string>();
  return async (req: IncomingMessage): Promise<NonNullable<Awaited<ReturnType<typeof authenticate>>> | string> => {
    const basic = req.headers.authorization?.match(/^Basic ([A-Za-z0-9+/=]+)$/);
    const decoded = basic ? Buffer.from(basic[1]!, 'base64').toString('utf8') : '';
    const colon = decoded.indexOf(':');
    if (colon < 0) return 'no credentials: connect as ws://NAME:TOKEN@HOST:PORT';
    const token = decoded.slice(colon + 1);
    let name: string;
    try {
      name = decodeURIComponent(decoded.slice(0, colon)); // a URL's user part arrives percent-encoded
    } catch {
      return 'unknown member or wrong token';
    }
    let users;
    try {
      users = await readUsers(data);
    } catch {
      return "the server's users file is damaged; ask its administrator";
    }
    const key = `${name}\n${createHash('sha256').update(token).digest('base64')}`;
    const stored = Object.hasOwn(users.users, name) ? users.users[name] : undefined;
    if (stored && verified.get(key) === stored.hash) return { name, grants: { ...stored.grants } };
    const member = await authenticate(users, name, token);
    if (!member || !stored) return 'unknown member or wrong token';
    verified.set(key, stored.hash);
    return member;
  };
}
