import * as Automerge from '@automerge/automerge';
import { cbor, Repo, type DocumentId } from '@automerge/automerge-repo';
import { WebSocketClientAdapter } from '@automerge/automerge-repo-network-websocket';
import { WebSocket, type ClientOptions } from 'ws';
import { SERVER_PEER_ID, type TeamServer } from '../../electron/services/team/server/server';

// Helpers of the team server's tests: automerge-repo clients, raw sockets speaking the protocol
// by hand (any `ws` options: a TLS test's CA), and cleaning them all up after each test.

let logins = 0;

export const pause = (ms: number) => new Promise((res) => setTimeout(res, ms));

export type Closed = { code: number; reason: string };

export interface Wire {
  socket: WebSocket;
  messages: Record<string, unknown>[];
  /** Every frame as it came, to look for text in the bytes a member received. */
  bytes: Buffer[];
  closed: Promise<Closed>;
  send(message: object): void;
  until(test: (m: Record<string, unknown>) => boolean, ms?: number): Promise<Record<string, unknown>>;
}

export class TeamTestBed {
  readonly servers: TeamServer[] = [];
  readonly repos: Repo[] = [];
  readonly adapters: WebSocketClientAdapter[] = [];
  readonly sockets: WebSocket[] = [];

  async cleanUp() {
    for (const s of this.sockets.splice(0)) s.terminate();
    // The stock client adapter closes a socket still connecting without an error listener, which ws reports as an uncaught error.
    for (const a of this.adapters.splice(0)) (a.socket as WebSocket | undefined)?.on('error', () => {});
    await Promise.all(this.repos.splice(0).map((r) => r.shutdown()));
    await Promise.all(this.servers.splice(0).map((s) => s.close()));
  }

  /** An automerge-repo client (the stock WebSocket adapter) with nothing local. */
  client(url: string): Repo {
    const adapter = new WebSocketClientAdapter(url, 200);
    const repo = new Repo({ network: [adapter] });
    this.repos.push(repo);
    this.adapters.push(adapter);
    return repo;
  }

  /** A document as a new client gets it from the server, retried until it comes (null if it never does). */
  async fromServer(url: string, id: DocumentId, timeout = 10_000): Promise<unknown> {
    const until = Date.now() + timeout;
    for (;;) {
      const doc = await this.client(url)
        .find(id)
        .then(
          (h) => Automerge.toJS(h.doc() as Automerge.Doc<unknown>),
          () => null,
        );
      if (doc !== null || Date.now() > until) return doc;
      await pause(200);
    }
  }

  /** Opens a socket that joins as a new peer: "joined" when the server admits it, else how it was closed. */
  async login(url: string, options: ClientOptions = {}): Promise<'joined' | Closed | { error: string }> {
    const socket = new WebSocket(url, options);
    this.sockets.push(socket);
    return new Promise((res) => {
      socket.once('error', (e) => res({ error: e.message }));
      socket.once('close', (code, reason) => res({ code, reason: reason.toString() }));
      socket.once('open', () => socket.send(cbor.encode({ type: 'join', senderId: `login-${++logins}`, peerMetadata: {}, supportedProtocolVersions: ['1'] })));
      socket.on('message', (data: Buffer) => {
        if ((cbor.decode(new Uint8Array(data)) as { type?: unknown }).type === 'peer') res('joined');
      });
    });
  }

  /** A socket speaking the protocol by hand, joined as `peer` (null: not joined), keeping every message the server sends. */
  async wire(url: string, options: ClientOptions = {}, peer: string | null = 'raw-peer'): Promise<Wire> {
    const socket = new WebSocket(url, options);
    this.sockets.push(socket);
    const messages: Record<string, unknown>[] = [];
    const bytes: Buffer[] = [];
    const waiters: (() => void)[] = [];
    socket.on('message', (data: Buffer) => {
      bytes.push(data);
      messages.push(cbor.decode(new Uint8Array(data)) as Record<string, unknown>);
      waiters.splice(0).forEach((w) => w());
    });
    const closed = new Promise<Closed>((res) => socket.on('close', (code, reason) => res({ code, reason: reason.toString() })));
    await new Promise<void>((res, rej) => {
      socket.once('open', () => res());
      socket.once('error', rej);
    });
    const w: Wire = {
      socket,
      messages,
      bytes,
      closed,
      send: (m) => socket.send(cbor.encode(m)),
      until: (test, ms = 5000) =>
        new Promise((res, rej) => {
          const timer = setTimeout(() => rej(new Error(`no such message in ${ms} ms; got ${messages.map((m) => m.type).join(', ')}`)), ms);
          const look = () => {
            const found = messages.find(test);
            if (found) {
              clearTimeout(timer);
              res(found);
            } else waiters.push(look);
          };
          look();
        }),
    };
    if (peer === null) return w;
    w.send({ type: 'join', senderId: peer, peerMetadata: {}, supportedProtocolVersions: ['1'] });
    await w.until((m) => m.type === 'peer');
    return w;
  }
}

/** Sends every change of `doc` to the server as one sync message. */
export function push(wire: Wire, documentId: DocumentId, doc: Automerge.Doc<unknown>, peer = 'raw-peer') {
  const data = Automerge.encodeSyncMessage({ heads: Automerge.getHeads(doc), need: [], have: [], changes: Automerge.getAllChanges(doc) });
  wire.send({ type: 'sync', senderId: peer, targetId: SERVER_PEER_ID, documentId, data });
}

/** Asks for a document and follows the sync protocol until the server sends nothing more; the document, or null if refused. */
export async function pull(wire: Wire, documentId: DocumentId, peer = 'raw-peer'): Promise<unknown> {
  let doc = Automerge.init<unknown>();
  let state = Automerge.initSyncState();
  const [first, request] = Automerge.generateSyncMessage(doc, state);
  state = first;
  const start = wire.messages.length;
  wire.send({ type: 'request', senderId: peer, targetId: SERVER_PEER_ID, documentId, data: request });
  let seen = start;
  for (;;) {
    const next = await wire
      .until((m) => wire.messages.indexOf(m) >= seen && m.documentId === documentId && (m.type === 'sync' || m.type === 'doc-unavailable'), 2000)
      .catch(() => null);
    if (!next) return Automerge.toJS(doc);
    if (next.type === 'doc-unavailable') return null;
    seen = wire.messages.indexOf(next) + 1;
    [doc, state] = Automerge.receiveSyncMessage(doc, state, next.data as Uint8Array);
    const [nextState, reply] = Automerge.generateSyncMessage(doc, state);
    state = nextState;
    if (reply) wire.send({ type: 'sync', senderId: peer, targetId: SERVER_PEER_ID, documentId, data: reply });
  }
}
