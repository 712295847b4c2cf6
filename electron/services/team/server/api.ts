import type { IncomingMessage, ServerResponse } from 'node:http';
import * as Automerge from '@automerge/automerge';
import { isValidDocumentId, type DocHandle, type DocumentId, type Repo } from '@automerge/automerge-repo';
import { sees, type JsonObject } from '../../../../shared/logic/level-table';
import type { IndexDocument } from '../../../../shared/logic/team/documents';
import { heldDocuments, joinDocuments } from '../../../../shared/logic/team/materialise';
import type { RedactionLevel } from '../../../../shared/taxonomy/keys';
import type { MemberNetworkAdapter } from './network';
import { TEAM_PARTS, teamDocumentId } from '../document-ids';
import { currentEpochs, epochOf } from './epochs';
import { SnapshotCache } from './snapshot-cache';
import { findUntil } from '../find';
import type { CodecStorageAdapter } from '../storage';
import { documentsOf } from './rights';
import { grant, parseLevel, readUsers, revoke, UsersError } from './users';

// The server's small HTTP API beside the WebSocket, for what automerge-repo's protocol does not
// carry: who I am and what is shared with me, who else is on the team, sharing an account with a
// member, the heads the server holds (so a client knows when nothing is left to send or
// receive), and a snapshot of an account's documents (a new member reads a big account at once,
// its history following over the socket). Every call carries the member's name and token as HTTP Basic credentials, like the socket.

export type Authenticated = { name: string; grants: Record<string, RedactionLevel> };

export interface ApiContext {
  data: string;
  repo: Repo;
  /** The server's document store, to tell a document it does not hold without asking the Repo (whose handle would then wait on). */
  storage: CodecStorageAdapter;
  network: MemberNetworkAdapter;
  authenticate(req: IncomingMessage): Promise<Authenticated | string>;
}

/** What an API call may send: a share or a list of a few hundred document ids. */
const MAX_BODY = 64 * 1024;
/** How long the heads of a document the server has not loaded yet may take to read from its disk. */
const FIND_MS = 3000;

/** A reply already written as JSON (a kept snapshot), sent as it is. */
class RawJson {
  constructor(readonly text: string) {}
}

class ApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

export function apiHandler(ctx: ApiContext): (req: IncomingMessage, res: ServerResponse) => void {
  // Grants are read, changed and written one at a time: two shares at once must not lose one.
  let writing: Promise<unknown> = Promise.resolve();
  const snapshots = new SnapshotCache();
  const serially = <T>(task: () => Promise<T>): Promise<T> => {
    const next = writing.then(task, task);
    writing = next.catch(() => undefined);
    return next;
  };

  const routes: Record<string, (member: Authenticated, body: unknown, query: URLSearchParams) => Promise<unknown>> = {
    'GET /api/me': async (member) => {
      // The epoch of each document (bumped by purge-history): a client reaches the current one.
      const epochs = await currentEpochs(ctx.data);
      return { ...member, epochs: Object.fromEntries(Object.keys(member.grants).flatMap((a) => (epochs[a] ? [[a, epochs[a]]] : []))) };
    },
    'GET /api/members': async (member) => {
      const users = await readUsers(ctx.data);
      const mine = new Set(Object.entries(member.grants).flatMap(([a, l]) => (l === 'full' ? [a] : [])));
      // Every member's name (to share with), and their levels only on the accounts the caller owns.
      return Object.entries(users.users)
        .map(([name, m]) => ({ name, grants: Object.fromEntries(Object.entries(m.grants).filter(([a]) => mine.has(a))) }))
        .sort((a, b) => a.name.localeCompare(b.name));
    },
    'POST /api/share': (member, body) =>
      serially(async () => {
        const { account, user, level } = fields(body, ['account', 'user', 'level']);
        const lvl = parseLevel(level);
        await mayShare(member, account);
        if (member.grants[account] !== 'full') await grant(ctx.data, member.name, account, 'full');
        await grant(ctx.data, user, account, lvl);
        return afterChange(account, [member.name, user]);
      }),
    'POST /api/unshare': (member, body) =>
      serially(async () => {
        const { account, user } = fields(body, ['account', 'user']);
        await mayShare(member, account);
        await revoke(ctx.data, user, account);
        return afterChange(account, [user]);
      }),
    'POST /api/heads': async (member, body) => {
      const ids = isRecord(body) && Array.isArray(body.documents) ? body.documents : null;
      if (!ids || ids.length > 1000 || !ids.every(isValidDocumentId)) throw new ApiError(400, 'send {"documents": [document ids]} (at most 1,000)');
      const allowed = documentsOf(member.grants, await currentEpochs(ctx.data));
      const heads: Record<string, string[] | null> = {};
      for (const id of ids as DocumentId[]) heads[id] = allowed.has(id) ? await headsOf(ctx, id) : null;
      return { heads };
    },
    'GET /api/snapshot': async (member, _body, query) => {
      const account = query.get('account') ?? '';
      const level = Object.hasOwn(member.grants, account) ? member.grants[account]! : null;
      if (!level) throw new ApiError(403, `account ${account || '(none given)'} is not shared with ${member.name}`);
      const epochs = await currentEpochs(ctx.data);
      const heads: Record<string, string[]> = {};
      const read: Record<string, JsonObject> = {};
      const parts: Record<string, number> = {};
      for (const part of TEAM_PARTS) {
        if (part !== 'index' && !sees(level, part)) continue;
        parts[part] = epochOf(epochs, account, part);
        const handle = await held(ctx, teamDocumentId(account, part, parts[part]));
        if (!handle) continue;
        // The heads and the content of one instant: nothing runs between these two reads.
        const doc = handle.doc() as JsonObject;
        heads[part] = Automerge.getHeads(doc);
        read[part] = doc;
      }
      // The joined account is kept while what it is made of does not move: the level documents and
      // the index's account fields (not its authors, which each new laptop signs).
      const index = read.index as Partial<IndexDocument> | undefined;
      const version = JSON.stringify([parts, Object.entries(heads).filter(([p]) => p !== 'index'), index && [index.schemaVersion, index.id, index.name, index.levels]]);
      const key = `${level}/${account}`;
      let joined = snapshots.get(key, version);
      if (joined === undefined) {
        // The account as the member's level joins it, for the member's client to check and keep;
        // null while nobody has filled the documents.
        const documents = heldDocuments(read, '');
        joined = JSON.stringify(documents && Object.keys(heads).length === Object.keys(parts).length ? joinDocuments(documents) : null);
        if (joined !== 'null') snapshots.set(key, version, joined);
      }
      return new RawJson(`{"account":${JSON.stringify(account)},"level":${JSON.stringify(level)},"epochs":${JSON.stringify(parts)},"heads":${JSON.stringify(heads)},"joined":${joined}}`);
    },
  };

  /** A member may share an account they hold at full, or one nobody holds yet (which makes it theirs). */
  async function mayShare(member: Authenticated, account: string): Promise<void> {
    const users = await readUsers(ctx.data);
    const held = Object.values(users.users).some((m) => Object.hasOwn(m.grants, account));
    if (held && users.users[member.name]?.grants[account] !== 'full')
      throw new ApiError(403, `only a member with the full level on account ${account} may share it`);
  }

  /** The account's members and levels now; the open connections of those it changed see it at once. */
  async function afterChange(account: string, changed: string[]) {
    const users = await readUsers(ctx.data);
    const epochs = await currentEpochs(ctx.data);
    for (const name of changed) {
      const m = users.users[name];
      if (m) ctx.network.regrant(name, documentsOf(m.grants, epochs));
    }
    return {
      account,
      members: Object.entries(users.users).flatMap(([name, m]) => (Object.hasOwn(m.grants, account) ? [{ name, level: m.grants[account]! }] : [])),
    };
  }

  return (req, res) => {
    let path: string;
    try {
      path = new URL(req.url ?? '/', 'http://server').pathname;
    } catch {
      // A target URL cannot read ("//", "//:/x"): thrown here, it would have stopped the server.
      reply(res, 400, { error: 'the request path cannot be read' });
      return;
    }
    const route = routes[`${req.method ?? ''} ${path}`];
    const query = new URL(req.url ?? '/', 'http://server').searchParams;
    if (!route) {
      reply(res, 426, { error: 'Bidmap team server: connect with a WebSocket, or call /api/me, /api/members, /api/share, /api/unshare, /api/heads, /api/snapshot.' });
      return;
    }
    void (async () => {
      try {
        const member = await ctx.authenticate(req);
        if (typeof member === 'string') throw new ApiError(401, member);
        // Rights as they are now (a share by another member since this one connected counts).
        const fresh = (await readUsers(ctx.data)).users[member.name];
        const body = req.method === 'POST' ? await readBody(req) : undefined;
        reply(res, 200, await route({ name: member.name, grants: { ...(fresh?.grants ?? member.grants) } }, body, query));
      } catch (e) {
        if (e instanceof ApiError) reply(res, e.status, { error: e.message });
        else if (e instanceof UsersError) reply(res, 400, { error: e.message });
        else reply(res, 500, { error: 'the server could not do that; its log says why' });
      }
    })();
  };
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

function fields<K extends string>(body: unknown, keys: readonly K[]): Record<K, string> {
  if (!isRecord(body)) throw new ApiError(400, `send a JSON object with ${keys.join(', ')}`);
  for (const k of keys) if (typeof body[k] !== 'string' || !(body[k] as string).trim()) throw new ApiError(400, `"${k}" is missing`);
  return body as Record<K, string>;
}

function readBody(req: IncomingMessage): Promise<unknown> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.byteLength;
      if (size > MAX_BODY) {
        reject(new ApiError(413, 'the request is too large'));
        req.destroy();
      } else chunks.push(chunk);
    });
    req.on('end', () => {
      try {
        resolve(JSON.parse(Buffer.concat(chunks).toString('utf8') || 'null'));
      } catch {
        reject(new ApiError(400, 'the request is not JSON'));
      }
    });
    req.on('error', reject);
  });
}

function reply(res: ServerResponse, status: number, body: unknown) {
  if (res.headersSent) return;
  const text = body instanceof RawJson ? body.text : JSON.stringify(body);
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' }).end(`${text}\n`);
}

/** The heads the server holds of a document, or [] when it has none of it yet. */
async function headsOf(ctx: ApiContext, id: DocumentId): Promise<string[]> {
  return (await held(ctx, id))?.heads() ?? [];
}

/** The server's document, read from its disk if it is not in memory; null when it has none. */
async function held(ctx: ApiContext, id: DocumentId): Promise<DocHandle<unknown> | null> {
  const handle = ctx.repo.handles[id];
  if (handle?.isReady()) return handle;
  // Not on disk either (the server writes what arrives): asking the Repo would leave a handle waiting for it.
  // (Its changes, that is: the sync states kept beside a document are not the document.)
  if (!(await ctx.storage.has([id, 'snapshot'])) && !(await ctx.storage.has([id, 'incremental']))) return null;
  try {
    return await findUntil(ctx.repo, id, AbortSignal.timeout(FIND_MS));
  } catch {
    return null;
  }
}
