import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { mkdir } from 'node:fs/promises';
import { Repo, type PeerId } from '@automerge/automerge-repo';
import { NodeFSStorageAdapter } from '@automerge/automerge-repo-storage-nodefs';
import { WebSocketServer } from 'ws';
import { MemberNetworkAdapter } from './network';
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

/** Largest message a client may send (a first sync of a big account fits many times over). */
const MAX_PAYLOAD = 32 * 1024 * 1024;
export const UNAUTHORISED = 4401;
export const SERVER_PEER_ID = 'bidmap-team-server' as PeerId;

export async function startTeamServer(options: TeamServerOptions): Promise<TeamServer> {
  const { data, host = '127.0.0.1', port = 0, log = () => {} } = options;
  await readUsers(data); // a damaged users file stops the start, with its reason, rather than every connection
  await mkdir(join(data, 'docs'), { recursive: true });
  const network = new MemberNetworkAdapter();
  const repo = new Repo({
    storage: new NodeFSStorageAdapter(join(data, 'docs')),
    network: [network],
    peerId: SERVER_PEER_ID,
    shareConfig: {
      // The server offers nothing unasked; it serves what a member asks for and may read.
      announce: async () => false,
      access: async (peerId, documentId) => network.memberOf(peerId)?.documents.has(documentId) ?? false,
    },
  });

  const http = createServer((_req, res) => {
    res.writeHead(426, { 'content-type': 'text/plain' }).end('Bidmap team server: connect with a WebSocket.\n');
  });
  const wss = new WebSocketServer({ noServer: true, maxPayload: MAX_PAYLOAD });
  let closing = false;
  http.on('upgrade', (req, socket, head) => {
    socket.on('error', () => socket.destroy());
    if (closing) return socket.destroy();
    void memberOf(req, data).then(
      (member) =>
        closing
          ? socket.destroy()
          : wss.handleUpgrade(req, socket, head, (ws) => {
          if (typeof member === 'string') {
            log(`refused a connection from ${req.socket.remoteAddress}: ${member}`);
            ws.close(UNAUTHORISED, member);
          } else network.accept(ws, { name: member.name, documents: documentsOf(member.grants) });
        }),
      (e: unknown) => {
        log(`could not check a connection from ${req.socket.remoteAddress}: ${e instanceof Error ? e.message : String(e)}`);
        socket.destroy();
      },
    );
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
      wss.close();
      http.closeAllConnections();
      await closed;
      await repo.flush();
      await repo.shutdown();
    },
  };
}

/** The member whose credentials the upgrade request carries, or why there is none. */
async function memberOf(req: IncomingMessage, data: string) {
  const auth = req.headers.authorization;
  const basic = auth?.match(/^Basic ([A-Za-z0-9+/=]+)$/);
  if (!basic) return 'no credentials: connect as ws://NAME:TOKEN@HOST:PORT';
  const decoded = Buffer.from(basic[1]!, 'base64').toString('utf8');
  const colon = decoded.indexOf(':');
  if (colon < 0) return 'no credentials: connect as ws://NAME:TOKEN@HOST:PORT';
  let name = decoded.slice(0, colon);
  try {
    name = decodeURIComponent(name); // a URL's user part arrives percent-encoded
  } catch {
    return 'unknown member or wrong token';
  }
  let users;
  try {
    users = await readUsers(data);
  } catch {
    return "the server's users file is damaged; ask its administrator";
  }
  return (await authenticate(users, name, decoded.slice(colon + 1))) ?? 'unknown member or wrong token';
}
