import type { JsonObject } from '../../../../shared/logic/level-table';
import type { RedactionLevel } from '../../../../shared/taxonomy/keys';
import { serverUrl, type TeamFile } from './config';

// Calls to the team server's HTTP API (server/api.ts), with the member's credentials.

export class TeamApiError extends Error {
  constructor(
    message: string,
    /** 0 when the server could not be reached at all. */
    readonly status: number,
    /** When it could not be reached: where it was looked for, and why it did not answer. */
    readonly unreachable?: { host: string; reason: string },
  ) {
    super(message);
  }
}

export interface Me {
  name: string;
  grants: Record<string, RedactionLevel>;
  /** Account → part → epoch, for the parts purge-history has renewed. */
  epochs: Record<string, Record<string, number>>;
}
export interface MemberRow {
  name: string;
  grants: Record<string, RedactionLevel>;
}
export interface ShareResult {
  account: string;
  members: { name: string; level: RedactionLevel }[];
}

/** An account as the server's documents hold it now, joined at the member's level, and the documents' heads and epochs. */
export interface Snapshot {
  account: string;
  level: RedactionLevel;
  epochs: Partial<Record<'index' | RedactionLevel, number>>;
  heads: Partial<Record<'index' | RedactionLevel, string[]>>;
  /** Null while nobody has filled the account's documents. */
  joined: JsonObject | null;
}

const TIMEOUT_MS = 15_000;

export class TeamApi {
  readonly #base: URL;
  readonly #auth: string;
  constructor(file: Pick<TeamFile, 'server' | 'name' | 'token'>) {
    const url = serverUrl(file);
    this.#auth = `Basic ${Buffer.from(`${file.name}:${file.token}`).toString('base64')}`;
    url.protocol = url.protocol === 'wss:' ? 'https:' : 'http:';
    url.username = '';
    url.password = '';
    this.#base = url;
  }

  async #call<T>(method: 'GET' | 'POST', path: string, body?: unknown): Promise<T> {
    let res: Response;
    try {
      res = await fetch(new URL(path, this.#base), {
        method,
        headers: { authorization: this.#auth, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
        body: body === undefined ? undefined : JSON.stringify(body),
        signal: AbortSignal.timeout(TIMEOUT_MS),
      });
    } catch (e) {
      const cause = (e as { cause?: { code?: string; message?: string } }).cause;
      const reason = cause?.code ?? cause?.message ?? (e as Error).message;
      throw new TeamApiError(`the team server at ${this.#base.host} cannot be reached (${reason})`, 0, { host: this.#base.host, reason });
    }
    const json = (await res.json().catch(() => null)) as { error?: string } | null;
    if (!res.ok) throw new TeamApiError(json?.error ?? `the team server answered ${res.status}`, res.status);
    return json as T;
  }

  me = () => this.#call<Me>('GET', '/api/me');
  members = () => this.#call<MemberRow[]>('GET', '/api/members');
  share = (account: string, user: string, level: RedactionLevel) => this.#call<ShareResult>('POST', '/api/share', { account, user, level });
  unshare = (account: string, user: string) => this.#call<ShareResult>('POST', '/api/unshare', { account, user });
  snapshot = (account: string) => this.#call<Snapshot>('GET', `/api/snapshot?account=${encodeURIComponent(account)}`);
  heads = (documents: string[]) => this.#call<{ heads: Record<string, string[] | null> }>('POST', '/api/heads', { documents });
}
