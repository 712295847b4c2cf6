import { rm } from 'node:fs/promises';
import type { TeamChange, TeamStatus } from '../../shared/ipc/team';
import { ServiceError, serviceText } from './errors';
import type { Workspace } from './store/workspace';
import { TeamClient } from './team/client/client';
import { TeamApiError } from './team/client/api';
import { teamPaths } from './team/client/config';

// The open workspace's team client, for the app's session: opened with the workspace when it
// joined a team (without team/team.json nothing is opened and no connection is made), started
// in the background, closed with the workspace. One change at a time (open, join, leave, close).

export interface TeamSessionOptions {
  /** How often the background sync runs (ms); the client's default when not given. */
  everyMs?: number;
}

export class TeamSession {
  #client: TeamClient | null = null;
  #workspace: Workspace | null = null;
  /** Why the team file could not be read, when it could not (the workspace then does not sync). */
  #problem: string | null = null;
  #queue: Promise<unknown> = Promise.resolve();
  readonly #listeners = new Set<(change: TeamChange) => void>();
  #off: (() => void)[] = [];

  constructor(private readonly options: TeamSessionOptions = {}) {}

  #serially<T>(task: () => Promise<T>): Promise<T> {
    const next = this.#queue.then(task, task);
    this.#queue = next.catch(() => undefined);
    return next;
  }

  /** The client of the open workspace, or null (no team, or locked). */
  client(): TeamClient | null {
    return this.#client;
  }

  /** Follows the open workspace: closes the old one's client, opens (and starts) the new one's. */
  attach(ws: Workspace | null): Promise<void> {
    return this.#serially(async () => {
      if (ws === this.#workspace && (this.#client || !ws)) return;
      await this.#detach();
      this.#workspace = ws;
      if (ws) await this.#open(ws);
    });
  }

  async #open(ws: Workspace): Promise<void> {
    this.#problem = null;
    let client: TeamClient | null;
    try {
      client = await TeamClient.open(ws);
    } catch (e) {
      this.#problem = e instanceof Error ? e.message : String(e);
      return;
    }
    if (!client) return;
    this.#client = client;
    const self = client.file.name;
    this.#off.push(client.onApplied(({ account, by }) => this.#emit({ account, by: by.filter((n) => n !== self) })));
    // An account shared with this member arrives as a new account: the page lists it at once.
    const known = new Set(ws.list().map((a) => a.id));
    this.#off.push(
      ws.onAccountChange((id) => {
        if (known.has(id) || !ws.has(id)) return;
        known.add(id);
        this.#emit({ account: id, by: [] });
      }),
    );
    client.start(this.options.everyMs);
  }

  async #detach(): Promise<void> {
    for (const off of this.#off.splice(0)) off();
    const client = this.#client;
    this.#client = null;
    await client?.close().catch((e: unknown) => console.error('bidmap: closing the team client failed:', e));
  }

  #emit(change: TeamChange): void {
    for (const l of this.#listeners) l(change);
  }

  /** Calls `listener` when teammates' changes were written into a local account (or one arrived). */
  onChanged(listener: (change: TeamChange) => void): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  status(): TeamStatus {
    const client = this.#client;
    if (!client) return { joined: false, problem: this.#problem };
    const s = client.status();
    const c = s.connection;
    const iso = (ms: number) => new Date(ms).toISOString();
    return {
      joined: true,
      server: s.server,
      name: s.name,
      connection:
        c.status === 'connected'
          ? { status: 'connected', since: iso(c.since) }
          : c.status === 'offline'
            ? { status: 'offline', since: iso(c.since), reason: c.reason }
            : c.status === 'refused'
              ? { status: 'refused', reason: c.reason }
              : { status: c.status },
      waiting: s.waiting,
      problem: s.problem,
      accounts: s.accounts,
    };
  }

  /** Joins a team (the server checks the token first); the workspace then syncs in the background. */
  join(ws: Workspace, server: string, name: string, token: string): Promise<TeamStatus> {
    return this.#serially(async () => {
      await teamCall(() => TeamClient.join(ws, server, name, token));
      await this.#detach();
      this.#workspace = ws;
      await this.#open(ws);
      return this.status();
    });
  }

  /**
   * Leaves the team: stops syncing and removes the workspace's team folder (the team file and
   * the synced documents). The accounts' local copies stay, as they are now.
   */
  leave(ws: Workspace): Promise<TeamStatus> {
    return this.#serially(async () => {
      await this.#detach();
      this.#workspace = ws;
      await rm(teamPaths(ws.dir).dir, { recursive: true, force: true });
      this.#problem = null;
      return this.status();
    });
  }

  /** The joined client, or a sentence saying there is none. */
  joined(): TeamClient {
    if (!this.#client) throw new ServiceError('notFound', serviceText('teamNotJoined'));
    return this.#client;
  }

  close(): Promise<void> {
    return this.#serially(async () => {
      await this.#detach();
      this.#workspace = null;
    });
  }
}

/** Runs a call to the team server; its failures become sentences the page words in its language. */
export async function teamCall<T>(run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (e) {
    if (!(e instanceof TeamApiError)) throw e;
    if (e.unreachable) throw new ServiceError('io', serviceText('teamUnreachable', { host: e.unreachable.host, reason: e.unreachable.reason }));
    if (e.status === 401) throw new ServiceError('invalidInput', serviceText('teamWrongToken'));
    if (e.status === 403) throw new ServiceError('invalidInput', serviceText('teamNotAllowed', { reason: e.message }));
    throw new ServiceError('invalidInput', serviceText('teamRefused', { reason: e.message, status: e.status }));
  }
}
