import dns from 'node:dns';
import http from 'node:http';
import https from 'node:https';
import { syncBuiltinESMExports } from 'node:module';
import net from 'node:net';
import tls from 'node:tls';

// Watches every way Node code can reach a network (as tests/unit/no-network.test.ts does): a
// socket connect, which http, https, fetch and ws all end in, the entry points themselves, DNS,
// fetch and a global WebSocket. Each attempt is kept with where it goes (host:port, a URL's
// host, a name looked up), so a test can say which places the process tried to reach.

export interface Attempt {
  /** What was called, e.g. `net.Socket#connect`. */
  call: string;
  /** host:port (or the name looked up, or a socket path); null when the call named none. */
  target: string | null;
}

type Target = Record<string, unknown>;

export class NetWatch {
  readonly attempts: Attempt[] = [];
  readonly #restore: (() => void)[] = [];

  /** Starts watching, with no attempts seen yet. */
  start(): void {
    this.attempts.length = 0;
    this.#watch(net.Socket.prototype as unknown as Target, 'connect', 'net.Socket#connect');
    for (const [mod, name] of [
      [net, 'net'],
      [tls, 'tls'],
      [http, 'http'],
      [https, 'https'],
    ] as const)
      for (const key of ['connect', 'createConnection', 'request', 'get']) this.#watch(mod as unknown as Target, key, `${name}.${key}`);
    for (const key of ['lookup', 'lookupService', 'resolve', 'resolve4', 'resolve6', 'resolveAny']) {
      this.#watch(dns as unknown as Target, key, `dns.${key}`);
      this.#watch(dns.promises as unknown as Target, key, `dns.promises.${key}`);
    }
    this.#watch(globalThis as unknown as Target, 'fetch', 'fetch');
    this.#watch(globalThis as unknown as Target, 'WebSocket', 'WebSocket');
    syncBuiltinESMExports(); // `import { request } from 'node:http'` elsewhere sees the wrappers too
  }

  stop(): void {
    for (const undo of this.#restore.splice(0).reverse()) undo();
    syncBuiltinESMExports();
  }

  /** The distinct places connected to (host:port, or a socket path), sorted; null for a call that named none. */
  targets(): (string | null)[] {
    return [...new Set(this.attempts.filter((a) => !a.call.startsWith('dns')).map((a) => a.target))].sort();
  }

  /** The distinct names looked up in DNS, sorted. */
  lookups(): (string | null)[] {
    return [...new Set(this.attempts.filter((a) => a.call.startsWith('dns')).map((a) => a.target))].sort();
  }

  #watch(target: Target, key: string, label: string): void {
    const original = target[key];
    if (typeof original !== 'function') return;
    const attempts = this.attempts;
    const wrapped = function (this: unknown, ...args: unknown[]) {
      attempts.push({ call: label, target: targetOf(label, args) });
      return (original as (...a: unknown[]) => unknown).apply(this, args);
    };
    Object.defineProperty(wrapped, 'name', { value: (original as { name: string }).name });
    target[key] = wrapped;
    this.#restore.push(() => {
      target[key] = original;
    });
  }
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;

/** Where a call goes, from its arguments as each API takes them. */
function targetOf(label: string, args: unknown[]): string | null {
  if (label.startsWith('dns')) return typeof args[0] === 'string' ? args[0] : null;
  let first = args[0];
  // Node calls Socket#connect with its normalised arguments: [options, callback].
  if (Array.isArray(first)) first = first[0];
  if (typeof first === 'string' || first instanceof URL || (isObject(first) && typeof first.url === 'string' && !('port' in first))) {
    // A URL (fetch, http.request(url), new WebSocket(url)) or a Request.
    const text = first instanceof URL ? first.href : typeof first === 'string' ? first : (first.url as string);
    try {
      const url = new URL(text);
      const port = url.port || { 'http:': '80', 'ws:': '80', 'https:': '443', 'wss:': '443' }[url.protocol] || '';
      return `${url.hostname}:${port}`;
    } catch {
      return null;
    }
  }
  if (typeof first === 'number') return `${typeof args[1] === 'string' ? args[1] : 'localhost'}:${first}`;
  if (isObject(first)) {
    if (typeof first.path === 'string' && first.port === undefined && first.host === undefined && first.hostname === undefined && label.includes('connect')) return `unix:${first.path}`;
    const host = (first.hostname ?? first.host ?? 'localhost') as string;
    const port = first.port ?? (label.startsWith('https') || label.startsWith('tls') ? 443 : 80);
    return `${String(host)}:${String(port)}`;
  }
  return null;
}
