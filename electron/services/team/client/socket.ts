import { cbor, NetworkAdapter, type Message, type PeerId, type PeerMetadata } from '@automerge/automerge-repo';
import { WebSocket, type ClientOptions } from 'ws';

// The client's side of automerge-repo's WebSocket protocol, to the team server only. Written here
// rather than taken from automerge-repo-network-websocket, whose client throws, uncaught, on any
// socket error but a refused connection and when closed while still connecting: a laptop on a
// train meets every kind. Here no network event ever throws: it becomes the connection's state,
// and the adapter tries again later (1 s, doubling to 30 s), except after the server refused the
// member (4401: a wrong token, which trying again cannot mend).

const UNAUTHORISED = 4401;
const FIRST_RETRY_MS = 1000;
const LAST_RETRY_MS = 30_000;

export type ConnectionState =
  | { status: 'connecting' }
  | { status: 'connected'; since: number }
  | { status: 'offline'; since: number; reason: string }
  | { status: 'refused'; reason: string }
  | { status: 'stopped' };

export class TeamSocketAdapter extends NetworkAdapter {
  #socket: WebSocket | undefined;
  #serverPeer: PeerId | undefined;
  #retryMs = FIRST_RETRY_MS;
  #retry: NodeJS.Timeout | undefined;
  #stopped = false;
  #ready = false;
  #whenReady: Promise<void>;
  #markReady!: () => void;
  state: ConnectionState = { status: 'connecting' };
  readonly #listeners = new Set<(state: ConnectionState) => void>();

  constructor(
    /** ws://NAME:TOKEN@HOST:PORT (or wss://). */
    private readonly url: string,
    private readonly options: ClientOptions = {},
  ) {
    super();
    this.#whenReady = new Promise((resolve) => (this.#markReady = resolve));
  }

  isReady = () => this.#ready;
  whenReady = () => this.#whenReady;

  /** Calls `listener` at every change of the connection's state. */
  onState(listener: (state: ConnectionState) => void): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  #set(state: ConnectionState) {
    this.state = state;
    for (const l of this.#listeners) l(state);
  }

  /** Ready once connected or once a first try failed: finding a document offline must not wait for the network. */
  #readyNow() {
    if (this.#ready) return;
    this.#ready = true;
    this.#markReady();
  }

  connect(peerId: PeerId, peerMetadata?: PeerMetadata): void {
    this.peerId = peerId;
    this.peerMetadata = peerMetadata ?? {};
    this.#open();
  }

  #open() {
    if (this.#stopped) return;
    this.#set({ status: 'connecting' });
    let socket: WebSocket;
    try {
      socket = new WebSocket(this.url, { ...this.options, handshakeTimeout: 10_000 });
    } catch (e) {
      this.#lost(e instanceof Error ? e.message : String(e));
      return;
    }
    this.#socket = socket;
    socket.binaryType = 'nodebuffer';
    socket.on('open', () => {
      this.#send({ type: 'join', senderId: this.peerId, peerMetadata: this.peerMetadata, supportedProtocolVersions: ['1'] });
    });
    socket.on('message', (data: Buffer) => this.#receive(data));
    socket.on('error', (e) => {
      if (this.#socket === socket) this.#lastError = e.message;
    });
    socket.on('close', (code, reason) => {
      if (this.#socket !== socket) return;
      this.#socket = undefined;
      if (this.#serverPeer) this.emit('peer-disconnected', { peerId: this.#serverPeer });
      this.#serverPeer = undefined;
      if (code === UNAUTHORISED) {
        this.#stopped = true;
        this.#readyNow();
        this.#set({ status: 'refused', reason: reason.toString() || 'the server refused this member' });
        return;
      }
      this.#lost(this.#lastError ?? (reason.toString() || `the connection closed (${code})`));
    });
  }

  #lastError: string | undefined;

  #lost(reason: string) {
    this.#lastError = undefined;
    this.#readyNow();
    const since = this.state.status === 'offline' ? this.state.since : Date.now();
    this.#set({ status: 'offline', since, reason });
    if (this.#stopped) return;
    this.#retry = setTimeout(() => this.#open(), this.#retryMs);
    this.#retry.unref();
    this.#retryMs = Math.min(this.#retryMs * 2, LAST_RETRY_MS);
  }

  #receive(data: Buffer) {
    let message: unknown;
    try {
      message = cbor.decode(new Uint8Array(data));
    } catch {
      return; // not the protocol: nothing to do with it
    }
    if (typeof message !== 'object' || message === null) return;
    const m = message as { type?: unknown; senderId?: unknown; peerMetadata?: unknown };
    if (m.type === 'peer' && typeof m.senderId === 'string') {
      this.#serverPeer = m.senderId as PeerId;
      this.#retryMs = FIRST_RETRY_MS;
      this.#set({ status: 'connected', since: Date.now() });
      this.emit('peer-candidate', { peerId: this.#serverPeer, peerMetadata: (m.peerMetadata ?? {}) as PeerMetadata });
      this.#readyNow();
    } else if (m.type === 'error') {
      return;
    } else if (this.#serverPeer) {
      this.emit('message', message as Message);
    }
  }

  #send(message: object) {
    const socket = this.#socket;
    if (socket?.readyState === WebSocket.OPEN) socket.send(cbor.encode(message));
  }

  send(message: Message): void {
    // Offline, a message is not kept: on reconnect the sync protocol works out again what the server lacks.
    this.#send(message);
  }

  /** Works offline by choice (nothing is sent or received) until `resume`; edits keep being kept locally. */
  pause(): void {
    this.#drop(false);
    this.#set({ status: 'offline', since: Date.now(), reason: 'paused' });
  }

  resume(): void {
    if (!this.#stopped || this.state.status === 'stopped' || this.state.status === 'refused') return;
    this.#stopped = false;
    this.#retryMs = FIRST_RETRY_MS;
    this.#open();
  }

  disconnect(): void {
    this.#drop(true);
    this.#readyNow();
    this.#set({ status: 'stopped' });
  }

  /** Stops trying and lets the socket go: closed politely when leaving for good, cut when pausing. */
  #drop(politely: boolean) {
    this.#stopped = true;
    clearTimeout(this.#retry);
    const socket = this.#socket;
    this.#socket = undefined;
    if (socket) {
      socket.on('error', () => {});
      if (politely && socket.readyState !== WebSocket.CONNECTING) socket.close();
      else socket.terminate();
    }
    if (this.#serverPeer) this.emit('peer-disconnected', { peerId: this.#serverPeer });
    this.#serverPeer = undefined;
  }

}
