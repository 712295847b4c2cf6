import { decodeSyncMessage } from '@automerge/automerge';
import { cbor, isValidDocumentId, NetworkAdapter, type DocumentId, type Message, type PeerId, type PeerMetadata } from '@automerge/automerge-repo';
import type { RawData, WebSocket } from 'ws';

/** A WebSocket message as ws delivers it, and whether it was binary. */
export type Frame = [RawData, boolean];

// The server's side of automerge-repo's WebSocket protocol (the messages of
// @automerge/automerge-repo-network-websocket: CBOR, a "join" answered by "peer", then repo
// messages), written here rather than taken from that package so that every socket belongs to an
// authenticated member and every message is checked before the Repo sees it:
// - a message that does not decode, or is not one the protocol defines, is dropped (never thrown);
// - a message about a document the member may not touch is dropped, and a request or a change is
//   answered "doc-unavailable", so the member learns nothing and changes nothing;
// - nothing about such a document is ever sent to the member, whatever the Repo asks.

/** The member a socket was opened by, and the documents they may read and change. */
export interface SocketMember {
  name: string;
  documents: ReadonlySet<DocumentId>;
}

const PROTOCOL_V1 = '1';
/** A client whose unsent data grows past this is too slow to keep: it is cut off, not waited for. */
const MAX_BUFFERED = 64 * 1024 * 1024;
const KEEP_ALIVE_MS = 30_000;

interface Connection {
  socket: WebSocket;
  member: SocketMember;
  peerId?: PeerId;
  alive: boolean;
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v) && !(v instanceof Uint8Array);
const isId = (v: unknown): v is string => typeof v === 'string' && v.length > 0 && v.length <= 256;

export class MemberNetworkAdapter extends NetworkAdapter {
  readonly #connections = new Set<Connection>();
  readonly #byPeer = new Map<PeerId, Connection>();
  #keepAlive: NodeJS.Timeout | undefined;
  /** Messages dropped as malformed or not allowed (for tests and logs). */
  dropped = 0;

  isReady = () => true;
  whenReady = () => Promise.resolve();

  connect(peerId: PeerId, peerMetadata?: PeerMetadata): void {
    this.peerId = peerId;
    this.peerMetadata = peerMetadata;
    this.#keepAlive = setInterval(() => {
      for (const c of this.#connections) {
        if (!c.alive) c.socket.terminate();
        else {
          c.alive = false;
          c.socket.ping();
        }
      }
    }, KEEP_ALIVE_MS);
    this.#keepAlive.unref();
  }

  disconnect(): void {
    clearInterval(this.#keepAlive);
    for (const c of this.#connections) c.socket.terminate();
  }

  /** Takes an authenticated socket: from now on its messages reach the Repo, checked. */
  accept(socket: WebSocket, member: SocketMember, early: readonly Frame[] = []): void {
    const c: Connection = { socket, member, alive: true };
    this.#connections.add(c);
    socket.on('pong', () => (c.alive = true));
    socket.on('message', (data, isBinary) => this.#frame(c, data, isBinary));
    socket.on('close', () => this.#remove(c));
    for (const [data, isBinary] of early) this.#frame(c, data, isBinary);
  }

  #frame(c: Connection, data: RawData, isBinary: boolean) {
    try {
      this.#receive(c, isBinary ? toBytes(data) : null);
    } catch {
      // A message the Repo could not take is that peer's problem, never the server's.
      this.dropped++;
    }
  }

  send(message: Message): void {
    const c = this.#byPeer.get(message.targetId);
    if (!c) return;
    if (message.documentId !== undefined && !c.member.documents.has(message.documentId)) return;
    this.#write(c, message);
  }

  #write(c: Connection, message: object) {
    if (c.socket.readyState !== c.socket.OPEN) return;
    if (c.socket.bufferedAmount > MAX_BUFFERED) {
      c.socket.terminate();
      return;
    }
    c.socket.send(cbor.encode(message));
  }

  #remove(c: Connection) {
    this.#connections.delete(c);
    if (c.peerId && this.#byPeer.get(c.peerId) === c) {
      this.#byPeer.delete(c.peerId);
      this.emit('peer-disconnected', { peerId: c.peerId });
    }
  }

  #receive(c: Connection, bytes: Uint8Array | null) {
    let message: unknown;
    try {
      message = bytes ? cbor.decode(bytes) : undefined;
    } catch {
      message = undefined;
    }
    if (!isRecord(message) || typeof message.type !== 'string' || !isId(message.senderId)) {
      this.dropped++;
      return;
    }
    if (message.type === 'join') return this.#join(c, message.senderId as PeerId, message);
    const checked = this.#check(c, message);
    if (!checked) {
      this.dropped++;
      return;
    }
    if (!c.member.documents.has(checked.documentId)) {
      this.dropped++;
      if (checked.type === 'sync' || checked.type === 'request')
        this.#write(c, { type: 'doc-unavailable', senderId: this.peerId, targetId: c.peerId, documentId: checked.documentId });
      return;
    }
    this.emit('message', checked);
  }

  /** The repo message the protocol defines, rebuilt from its checked fields only; null for anything else. */
  #check(c: Connection, m: Record<string, unknown>): (Message & { documentId: DocumentId }) | null {
    const server = this.peerId;
    // Only after a join, only as the peer that joined on this socket, only to the server (no relaying).
    if (!c.peerId || !server || m.senderId !== c.peerId || m.targetId !== server) return null;
    if (!isValidDocumentId(m.documentId)) return null;
    const head = { senderId: c.peerId, targetId: server, documentId: m.documentId };
    switch (m.type) {
      case 'sync':
      case 'request':
        if (!(m.data instanceof Uint8Array) || m.data.byteLength === 0) return null;
        decodeSyncMessage(m.data); // throws on bytes that are not a sync message (caught by the caller)
        return { type: m.type, ...head, data: m.data };
      case 'doc-unavailable':
        return { type: m.type, ...head };
      // Ephemeral messages (presence) are not Bidmap's: relayed, they would let a member pass
      // anything to the others outside the documents. Dropped with whatever else is not the protocol's.
      default:
        return null;
    }
  }

  #join(c: Connection, peerId: PeerId, m: Record<string, unknown>) {
    const versions = m.supportedProtocolVersions;
    if (versions !== undefined && !(Array.isArray(versions) && versions.includes(PROTOCOL_V1))) {
      this.#write(c, { type: 'error', senderId: this.peerId, message: 'unsupported protocol version', targetId: peerId });
      c.socket.close(4400, 'unsupported protocol version');
      return;
    }
    const held = this.#byPeer.get(peerId);
    if (held && held !== c) {
      // Another socket of the same member reconnecting takes over; another member's peer id is not theirs to take.
      if (held.member.name !== c.member.name) {
        c.socket.close(4409, 'peer id in use by another member');
        return;
      }
      held.peerId = undefined;
      held.socket.close(4000, 'replaced by a newer connection');
      this.emit('peer-disconnected', { peerId });
    }
    if (c.peerId && c.peerId !== peerId) {
      this.#byPeer.delete(c.peerId);
      this.emit('peer-disconnected', { peerId: c.peerId });
    }
    c.peerId = peerId;
    this.#byPeer.set(peerId, c);
    const meta = isRecord(m.peerMetadata) ? m.peerMetadata : {};
    const peerMetadata: PeerMetadata = {
      ...(isId(meta.storageId) ? { storageId: meta.storageId as PeerMetadata['storageId'] } : {}),
      ...(typeof meta.isEphemeral === 'boolean' ? { isEphemeral: meta.isEphemeral } : {}),
    };
    this.emit('peer-candidate', { peerId, peerMetadata });
    this.#write(c, { type: 'peer', senderId: this.peerId, peerMetadata: this.peerMetadata ?? {}, selectedProtocolVersion: PROTOCOL_V1, targetId: peerId });
  }

  /** Gives a member's open connections their new set of documents (after a share through the API). */
  regrant(name: string, documents: ReadonlySet<DocumentId>): void {
    for (const c of this.#connections) if (c.member.name === name) c.member = { name, documents };
  }

  /** The member a connected peer belongs to (for the Repo's access check). */
  memberOf(peerId: PeerId): SocketMember | undefined {
    return this.#byPeer.get(peerId)?.member;
  }
}

function toBytes(data: RawData): Uint8Array {
  if (Array.isArray(data)) return new Uint8Array(Buffer.concat(data));
  return data instanceof ArrayBuffer ? new Uint8Array(data) : new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
}
