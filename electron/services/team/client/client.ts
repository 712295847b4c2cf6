import { randomBytes } from 'node:crypto';
import * as Automerge from '@automerge/automerge';
import { decodeHeads, Repo, type DocHandle, type DocumentId, type PeerId, type UrlHeads } from '@automerge/automerge-repo';
import type { ClientOptions } from 'ws';
import { ACCOUNT_SCHEMA_VERSION, type Account } from '../../../../shared/model/account';
import { ZodError } from 'zod';
import { checkAccount } from '../../../../shared/model/checked';
import { sees, type Json, type JsonObject } from '../../../../shared/logic/level-table';
import { projectAccount, type IndexDocument } from '../../../../shared/logic/team/documents';
import { heldDocuments, materialise, type HeldDocuments } from '../../../../shared/logic/team/materialise';
import { applyDifference, sameJson } from '../../../../shared/logic/team/patch';
import type { RedactionLevel } from '../../../../shared/taxonomy/keys';
import type { Workspace } from '../../store/workspace';
import { TEAM_PARTS, teamDocumentId, type TeamPart } from '../document-ids';
import { TeamApi, TeamApiError } from './api';
import { readTeamFile, serverUrl, teamPaths, writeTeamFile, type SharedAccount, type TeamFile } from './config';
import { conflictsOf, type Conflict } from './conflicts';
import { skeletonBytes } from './skeleton';
import { CodecStorageAdapter, shutdownRepo } from '../storage';
import { plainJson } from '../plain-json';
import { findUntil, untilAborted, WaitEnded } from '../find';
import { TeamSocketAdapter, type ConnectionState } from './socket';

// A workspace's side of team sync, in the main process (or the CLI), never in the renderer. The
// account file stays the local view the app reads and writes; the Automerge documents are how it
// travels. One step, `reconcile`, runs for an account after a local save and after a remote
// change, one at a time per account:
//  1. what the local file changed since the last reconcile (the documents as they were then, at
//     the heads recorded in team.json, against the file now) is written into the documents the
//     member holds, field by field (shared/logic/team/patch.ts);
//  2. the documents, with whatever teammates sent, are materialised and, if that differs from
//     the file, written through the store (the same validation, backups and versions as any edit);
//  3. the documents are flushed to disk, then the heads recorded.
// A crash at any point loses nothing the file holds: the next reconcile finds the same difference
// again (writing a value the documents already hold writes nothing).

export interface SyncReport {
  /** Changes this laptop made that the server now holds. */
  sent: number;
  /** Changes from teammates that arrived. */
  received: number;
  accounts: { id: string; name: string; level: RedactionLevel; sent: number; received: number }[];
  /** Accounts no longer shared with this member: their local copy stays. */
  revoked: string[];
  conflicts: Conflict[];
}

export class TeamOfflineError extends Error {}

/** Teammates' changes written into a local account, and who made them (names from the index). */
export interface AppliedChange {
  account: string;
  by: string[];
}

export interface TeamStatus {
  server: string;
  name: string;
  connection: ConnectionState;
  /** Changes made here the server did not hold at the last look; null before the first look. */
  waiting: number | null;
  /** Why the last background sync failed, if it did. */
  problem: string | null;
  accounts: { id: string; name: string; level: RedactionLevel; revokedAt: string | null }[];
}

type Handles = Partial<Record<TeamPart, DocHandle<JsonObject>>>;

/** Fields of the account that only say when this laptop last wrote it: never synced. */
const LOCAL_ONLY = ['updatedAt'] as const;

const FIND_MS = 10_000;
/** How long documents known to be on the server (read from a snapshot) may take to arrive: their whole history. */
const ARRIVE_MS = 30_000;
/** How long after the first of a burst of local saves its reconcile runs (the rest of the burst joins it). */
const LOCAL_DELAY_MS = 100;

export class TeamClient {
  readonly repo: Repo;
  readonly #storage: CodecStorageAdapter;
  readonly socket: TeamSocketAdapter;
  readonly api: TeamApi;
  readonly #handles = new Map<string, Handles>();
  readonly #queues = new Map<string, Promise<void>>();
  readonly #timers = new Map<string, NodeJS.Timeout>();
  /** Accounts being written by a reconcile: their change events are ours, not the user's. */
  readonly #applying = new Set<string>();
  /** Accounts whose documents a reconcile is writing: those document changes are ours. */
  readonly #writing = new Set<string>();
  /** Counts of this session: changes made here and changes received, per account. */
  readonly #sent = new Map<string, number>();
  readonly #received = new Map<string, number>();
  readonly #unsubscribe: () => void;
  #closed = false;
  /** Aborts waits for documents on their way when the client closes. */
  readonly #stop = new AbortController();
  /**
   * Each account's documents as plain JSON at the heads last recorded: the base of the next
   * reconcile, kept so it is not read out of Automerge again (a document's past state is
   * materialised afresh, the dearest step of a reconcile).
   */
  readonly #conflicts = new Map<string, { heads: string; list: Conflict[] }>();
  readonly #bases = new Map<string, { heads: Record<string, string[]>; json: Partial<Record<TeamPart, JsonObject>> }>();
  /** The last reconciled state of documents replaced by a purge, per account and part. */
  readonly #purgedBases = new Map<string, Partial<Record<TeamPart, JsonObject>>>();
  readonly #appliedListeners = new Set<(event: AppliedChange) => void>();
  /** Per account, the account object the last reconcile left in the workspace (see #isSettled). */
  readonly #settled = new Map<string, Account>();
  /** Per account, bumped each time its handles are dropped (see #forgetHandles). */
  readonly #generations = new Map<string, number>();
  /** Accounts read from a snapshot whose documents have not been reconciled yet: the state read. */
  readonly #snapshots = new Map<string, Account>();
  #loop: NodeJS.Timeout | undefined;
  /** Changes made here that the server did not have at the last look (null: not looked yet). */
  #waiting: number | null = null;
  #lastProblem: string | null = null;

  private constructor(
    readonly workspace: Workspace,
    public file: TeamFile,
    options: { tls?: ClientOptions; log?: (line: string) => void },
  ) {
    this.#savedFile = JSON.stringify(file);
    this.socket = new TeamSocketAdapter(serverUrl(file).toString(), options.tls);
    this.#storage = new CodecStorageAdapter(teamPaths(workspace.dir).docs, workspace.codec);
    this.api = new TeamApi(file);
    this.repo = new Repo({
      storage: this.#storage,
      network: [this.socket],
      peerId: `${file.name}-${randomBytes(6).toString('hex')}` as PeerId,
      isEphemeral: false,
      shareConfig: {
        announce: async (_peer, id) => (id ? this.#mine().has(id) : false),
        access: async (_peer, id) => this.#mine().has(id),
      },
    });
    this.#unsubscribe = workspace.onAccountChange((id) => {
      if (!this.#applying.has(id) && this.#active(id)) this.schedule(id, LOCAL_DELAY_MS);
    });
  }

  /** The team client of a workspace that joined a team; null for one that did not (which then makes no connection at all). */
  static async open(workspace: Workspace, options: { tls?: ClientOptions; log?: (line: string) => void } = {}): Promise<TeamClient | null> {
    const file = await readTeamFile(workspace.dir, workspace.codec);
    return file ? new TeamClient(workspace, file, options) : null;
  }

  /** Records a team in the workspace (replacing any earlier one). The server is asked who the token belongs to first. */
  static async join(workspace: Workspace, server: string, name: string, token: string): Promise<{ me: Awaited<ReturnType<TeamApi['me']>> }> {
    const url = new URL(server);
    if (url.protocol !== 'ws:' && url.protocol !== 'wss:') throw new TeamApiError(`the server address must start with ws:// or wss://, not ${url.protocol}//`, 400);
    url.username = '';
    url.password = '';
    const file: TeamFile = { format: 1, server: url.toString().replace(/\/$/, ''), name, token, joinedAt: new Date().toISOString(), accounts: {} };
    const me = await new TeamApi(file).me();
    const old = await readTeamFile(workspace.dir, workspace.codec).catch(() => null);
    // Joining the same server as the same member again keeps what is known of the shared accounts.
    if (old && old.server === file.server && old.name === name) file.accounts = old.accounts;
    await writeTeamFile(workspace.dir, workspace.codec, file);
    return { me };
  }

  get state(): ConnectionState {
    return this.socket.state;
  }

  #active(id: string): SharedAccount | undefined {
    const a = this.file.accounts[id];
    return a && !a.revokedAt ? a : undefined;
  }

  /** The accounts shared with this member now (not revoked). */
  #activeIds(): string[] {
    return Object.keys(this.file.accounts).filter((id) => this.#active(id));
  }

  /** The documents this member holds and may send: those of every account shared with them, up to their level. */
  #mine(): Set<DocumentId> {
    const ids = new Set<DocumentId>();
    for (const [account, a] of Object.entries(this.file.accounts))
      if (!a.revokedAt) for (const part of partsOf(a.level)) ids.add(teamDocumentId(account, part, a.epochs[part] ?? 0));
    return ids;
  }

  /** Asks the server what is shared with this member now; new accounts join, withdrawn ones stop. */
  async refresh(): Promise<{ added: string[]; revoked: string[] }> {
    const me = await this.api.me();
    const added: string[] = [];
    const revoked: string[] = [];
    let changed = false;
    for (const [id, level] of Object.entries(me.grants)) {
      const known = this.file.accounts[id];
      const epochs = me.epochs?.[id] ?? {};
      if (!known || known.revokedAt || known.level !== level) {
        if (!known || known.revokedAt) added.push(id);
        // A new level keeps the base of the parts already held (a part new to this member starts without one).
        this.file.accounts[id] = { level, heads: known && !known.revokedAt ? known.heads : {}, epochs };
        this.#forgetHandles(id);
        changed = true;
      } else if (!sameJson(known.epochs, epochs)) {
        // A part's history was purged on the server: its document starts again under a new id.
        // The old one, as last reconciled, stays the base of what this laptop changed since.
        const snapshot = this.#snapshots.get(id);
        // (Read from a snapshot, its documents not here yet: the snapshot is that state.)
        this.#purgedBases.set(id, !this.#handles.has(id) && snapshot ? projected(snapshot) : this.#basesOf(id, known));
        known.epochs = epochs;
        known.heads = {};
        this.#forgetHandles(id);
        changed = true;
      }
    }
    for (const [id, a] of Object.entries(this.file.accounts))
      if (!a.revokedAt && !Object.hasOwn(me.grants, id)) {
        a.revokedAt = new Date().toISOString();
        this.#forgetHandles(id);
        revoked.push(id);
      }
    if (changed || revoked.length) await this.#saveFile();
    return { added, revoked };
  }

  /**
   * Shares a local account with a member at a level. The first share makes the account's
   * documents from the local file and makes this member its owner (full).
   */
  async share(accountId: string, user: string, level: RedactionLevel) {
    this.workspace.get(accountId); // a sentence if there is no such account here
    const result = await this.api.share(accountId, user, level);
    await this.refresh(); // the account, now this member's at full, with its documents' epochs
    await this.reconcile(accountId);
    return result;
  }

  async unshare(accountId: string, user: string) {
    return this.api.unshare(accountId, user);
  }

  /** The team file as this client last wrote it: each background round ends with a save, most of them of nothing new. */
  #savedFile = '';
  /** Writes of the team file, one at a time (reconciles of two accounts run at once): the last one holds the latest state. */
  #fileWrites: Promise<void> = Promise.resolve();
  #saveFile(): Promise<void> {
    const write = async () => {
      const now = JSON.stringify(this.file);
      if (now === this.#savedFile) return;
      await writeTeamFile(this.workspace.dir, this.workspace.codec, this.file);
      this.#savedFile = now;
    };
    const next = this.#fileWrites.then(write, write);
    this.#fileWrites = next.catch(() => undefined);
    return next;
  }

  /** Drops an account's handles (a new level, a purge, a revoke): a wait for them under way must not put them back. */
  #forgetHandles(id: string) {
    this.#handles.delete(id);
    this.#generations.set(id, (this.#generations.get(id) ?? 0) + 1);
  }

  /** The handles of an account's documents, found on disk or at the server, else started from the skeleton. */
  async #handlesOf(id: string, shared: SharedAccount): Promise<Handles> {
    const known = this.#handles.get(id);
    if (known) return known;
    const generation = this.#generations.get(id) ?? 0;
    const handles: Handles = {};
    for (const part of partsOf(shared.level)) {
      const docId = teamDocumentId(id, part, shared.epochs[part] ?? 0);
      const base = shared.heads[part];
      let handle: DocHandle<JsonObject>;
      try {
        const known = this.repo.handles[docId];
        const signal = AbortSignal.any([AbortSignal.timeout(base ? ARRIVE_MS : FIND_MS), this.#stop.signal]);
        handle = known?.isReady() ? known : await findUntil<JsonObject>(this.repo, docId, signal);
        // Read from a snapshot, the account's base is heads the documents must reach first.
        if (base && !holds(handle.doc(), base)) await arrival(handle, base, signal);
      } catch (e) {
        // The team holds this document (its heads are the base here), or the client is closing:
        // never a new start, which would write this laptop's edits over nothing. The next
        // reconcile (the next session's) tries again.
        if (base || this.#stop.signal.aborted) throw new TeamOfflineError(this.#notHere(id, e), { cause: e });
        // Nowhere yet (offline, or nobody shared it): start from the first state every laptop shares.
        handle = this.repo.import<JsonObject>(skeletonBytes(part), { docId });
        // A find that ended "unavailable" leaves its handle so; the skeleton is a state to start from.
        if (!handle.isReady()) handle.doneLoading();
      }
      // Changes that arrived from the network (automerge-repo 2.5 reports those too with the
      // source 'change', so it cannot tell them apart): every change but this laptop's own writes.
      handle.on('change', () => {
        if (!this.#writing.has(id)) this.schedule(id, 50);
      });
      handles[part] = handle;
    }
    if ((this.#generations.get(id) ?? 0) !== generation) {
      // The account's level or epochs changed while its documents were on their way: these are not its documents now.
      this.schedule(id, 0);
      throw new TeamOfflineError(`the sharing of ${this.#nameOf(id)} changed while its documents were arriving; trying again`);
    }
    this.#handles.set(id, handles);
    return handles;
  }

  #nameOf(id: string): string {
    return this.workspace.has(id) ? `"${this.workspace.get(id).name}"` : `account ${id}`;
  }

  /** Why an account's documents are not here, in words. */
  #notHere(id: string, e: unknown): string {
    if (this.#stop.signal.aborted) return `the team's documents of ${this.#nameOf(id)} had not arrived when sync stopped; the next start sends what was edited`;
    const why = e instanceof WaitEnded ? '' : ` (${e instanceof Error ? e.message : String(e)})`;
    return `the team's documents of ${this.#nameOf(id)} have not arrived yet${why}; trying again`;
  }

  /** The documents of an account as they were at the last reconcile (what a purge replaces). */
  #basesOf(id: string, shared: SharedAccount): Partial<Record<TeamPart, JsonObject>> {
    const bases: Partial<Record<TeamPart, JsonObject>> = {};
    for (const [part, handle] of Object.entries(this.#handles.get(id) ?? {}) as [TeamPart, DocHandle<JsonObject>][]) {
      const heads = shared.heads[part];
      const doc = handle.doc();
      if (heads && Automerge.hasHeads(doc, heads)) bases[part] = plainJson(Automerge.view(doc, heads));
    }
    return bases;
  }

  /**
   * Reconciles an account `delay` ms after the first of a burst of saves or remote changes (the
   * rest join it): never postponed further, so someone typing on and on still syncs.
   */
  schedule(id: string, delay: number): void {
    if (this.#closed || this.#timers.has(id)) return;
    const timer = setTimeout(() => {
      this.#timers.delete(id);
      this.reconcile(id).then(
        () => (this.#lastProblem = null),
        (e: unknown) => (this.#lastProblem = `${id}: ${e instanceof Error ? e.message : String(e)}`),
      );
    }, delay);
    timer.unref();
    this.#timers.set(id, timer);
  }

  /** Brings the local file and the documents of one account together (see the top of this file). */
  reconcile(id: string): Promise<void> {
    const previous = this.#queues.get(id) ?? Promise.resolve();
    const next = previous.catch(() => undefined).then(() => this.#reconcile(id));
    this.#queues.set(id, next);
    return next;
  }

  async #reconcile(id: string): Promise<void> {
    const shared = this.#active(id);
    if (!shared || this.#closed) return;
    if (!this.workspace.has(id) && !this.#handles.has(id) && Object.keys(shared.heads).length === 0 && !this.#purgedBases.has(id))
      if ((await this.#fromSnapshot(id, shared)) || this.#stop.signal.aborted) return;
    const handles = await this.#handlesOf(id, shared);
    const purged = this.#purgedBases.get(id);
    const local = this.workspace.has(id) ? this.workspace.get(id) : null;
    const cached = this.#bases.get(id);
    /** The documents' JSON at the recorded base, from the cache when it is of those heads. */
    const baseOf = (part: TeamPart, doc: Automerge.Doc<JsonObject>): JsonObject | null => {
      const heads = shared.heads[part];
      if (!heads) return purged?.[part] ?? null;
      const json = cached?.json[part];
      if (json && sameJson(cached.heads[part], heads)) return json;
      if (!holds(doc, heads)) return purged?.[part] ?? null;
      // The document's own objects when nothing arrived since (an account read from a snapshot): no state materialised again.
      return sameJson([...Automerge.getHeads(doc)].sort(), [...heads].sort()) ? plainJson(doc) : plainJson(Automerge.view(doc, heads));
    };
    // Whether anything arrived since the base: if not, the documents after this save's difference
    // are the local file itself, and there is nothing to materialise.
    let arrived = !cached || !local;
    const wrote: Partial<Record<TeamPart, JsonObject>> = {};
    if (local) {
      const projection = projected(local);
      const teamHolds = Boolean((handles.index!.doc() as Partial<IndexDocument>).name);
      // Each document has its own Automerge actor on this laptop: the index names them all.
      const actors = partsOf(shared.level).map((p) => Automerge.getActorId(handles[p]!.doc()));
      for (const part of partsOf(shared.level)) {
        const handle = handles[part]!;
        const doc = handle.doc();
        if (!sameJson(Automerge.getHeads(doc), shared.heads[part] ?? null)) arrived = true;
        const base = baseOf(part, doc);
        // No base yet (the first reconcile on this laptop, or again after a revoke): when the team
        // already holds the account, its documents win and the local copy is replaced by them (an
        // older copy must not undo teammates' work); when they are still empty (the first share),
        // the local file fills them.
        const from = base ?? (teamHolds ? projection[part] : plainJson(doc));
        // The index's authors are not the account's: kept out of the difference.
        const want = part === 'index' && from.authors !== undefined ? { ...projection.index, authors: from.authors } : projection[part];
        this.#writing.add(id);
        try {
          handle.change((d) => {
            applyDifference(d, from, want);
            if (part === 'index') for (const actor of actors) signAs(d, actor, this.file.name);
          });
        } finally {
          this.#writing.delete(id);
        }
        if (!sameJson(Automerge.getHeads(doc), Automerge.getHeads(handle.doc()))) this.#sent.set(id, (this.#sent.get(id) ?? 0) + 1);
        // With nothing arrived the document now holds exactly `want` (its authors aside: the index is read, it is small).
        wrote[part] = part === 'index' ? plainJson(handle.doc()) : want;
      }
    }
    // The heads the account is materialised at, taken in the same instant: a change arriving
    // during the awaits below is not in the file yet, so it must not be in the recorded base
    // either (else the next reconcile would read the file's older value as a local edit).
    const materialisedAt = Object.fromEntries(partsOf(shared.level).map((p) => [p, Automerge.getHeads(handles[p]!.doc())]));
    /** The account object this reconcile leaves in the workspace: the next background round skips the account while it is still there. */
    let wroteLocal: Account | null = local;
    const read = arrived ? readDocuments(handles, partsOf(shared.level)) : wrote;
    const held = arrived ? heldDocuments(read, local?.updatedAt ?? new Date().toISOString()) : null;
    if (held) {
      const merged = materialiseOrSay(held);
      if (!local) {
        this.#applying.add(id);
        try {
          await this.workspace.add([merged]);
          wroteLocal = null; // an edit may come before the add answers (see below)
        } finally {
          this.#applying.delete(id);
          // The account was in memory (and editable) before the add had written it: an edit made
          // meanwhile was taken for this write; one more reconcile sends it now, not at the next round.
          this.schedule(id, 300);
        }
      } else if (!sameJson(withoutLocal(local), withoutLocal(merged))) {
        this.#applying.add(id);
        try {
          this.workspace.update(id, () => ({ ...merged, updatedAt: local.updatedAt }));
          wroteLocal = this.workspace.get(id);
        } finally {
          this.#applying.delete(id);
        }
        await this.workspace.saveNow(id);
        const event: AppliedChange = { account: id, by: authorsSince(handles, shared.heads) };
        for (const l of this.#appliedListeners) l(event);
      }
    }
    // Heads are recorded only once the documents holding them are on disk.
    await this.repo.flush(partsOf(shared.level).map((p) => handles[p]!.documentId));
    shared.heads = materialisedAt;
    this.#bases.set(id, { heads: materialisedAt, json: read });
    await this.#saveFile();
    this.#purgedBases.delete(id);
    this.#snapshots.delete(id);
    if (wroteLocal) this.#settled.set(id, wroteLocal);
    else this.#settled.delete(id);
  }

  /**
   * Whether an account is as its last reconcile left it: the same account object in the workspace
   * (the store replaces the object at every change) and documents still at the recorded heads.
   * A background round skips it then: a reconcile of nothing costs some 100 ms of the main
   * process for a 1,000-person account.
   */
  #isSettled(id: string): boolean {
    const shared = this.#active(id);
    const handles = this.#handles.get(id);
    if (!shared || !handles || this.#timers.has(id) || this.#purgedBases.has(id) || !this.workspace.has(id)) return false;
    if (this.#settled.get(id) !== this.workspace.get(id)) return false;
    return partsOf(shared.level).every((p) => {
      const h = handles[p];
      return h !== undefined && sameJson(Automerge.getHeads(h.doc()), shared.heads[p] ?? null);
    });
  }

  /**
   * An account new to this laptop, read from the server's snapshot of its documents (joined at
   * this member's level): a big account is here in about the time its JSON takes to travel,
   * where syncing the documents first costs their whole history (seconds for 1,000 people). The
   * snapshot's heads become the recorded base, so what is edited here before the documents
   * arrive is written into them as a difference from that state once they do (the reconcile
   * scheduled at once waits for them). False when there is nothing to read yet (nobody filled
   * the account) or the server cannot give one: the documents' own way then.
   */
  async #fromSnapshot(id: string, shared: SharedAccount): Promise<boolean> {
    const parts = partsOf(shared.level);
    let snapshot;
    try {
      snapshot = await this.api.snapshot(id);
    } catch {
      return false;
    }
    // A purge or a new level since the last look: the account as this client knows it is not the server's.
    const current = snapshot.level === shared.level && parts.every((p) => snapshot.heads[p] && snapshot.epochs[p] === (shared.epochs[p] ?? 0));
    if (!current || !snapshot.joined || this.#closed || this.workspace.has(id)) return false;
    const account = checkedOrSay(snapshot.joined, new Date().toISOString());
    // The base first: killed before the add, the next start waits for the documents and adds the
    // account from them; killed after, an edit made here is still measured from the snapshot.
    shared.heads = Object.fromEntries(parts.map((p) => [p, snapshot.heads[p]!]));
    await this.#saveFile();
    if (this.workspace.has(id)) {
      // Added meanwhile by other means (an import): that copy is not the snapshot's, so no base of it.
      shared.heads = {};
      await this.#saveFile();
      return false;
    }
    this.#snapshots.set(id, account);
    this.#applying.add(id);
    try {
      await this.workspace.add([account]);
    } finally {
      this.#applying.delete(id);
      // Edits made while the add was writing were taken for it: the next reconcile sends them.
      this.schedule(id, 0);
    }
    return true;
  }

  /**
   * Syncs every shared account until the server holds what this laptop holds and the other way
   * round (or `timeoutMs` passes: then it throws, saying what is left). Offline: TeamOfflineError.
   */
  async sync(timeoutMs = 60_000): Promise<SyncReport> {
    let refreshed;
    try {
      refreshed = await this.refresh();
    } catch (e) {
      if (e instanceof TeamApiError && e.status === 0) throw new TeamOfflineError(e.message);
      throw e;
    }
    const ids = this.#activeIds();
    // What arrives is counted from the heads of the last sync on this laptop (none: everything).
    const start = new Map(ids.map((id) => [id, { ...this.file.accounts[id]!.heads }]));
    for (const id of ids) await this.reconcile(id);
    const until = Date.now() + timeoutMs;
    for (;;) {
      if (this.socket.state.status === 'refused') throw new TeamOfflineError(`the server refused this member: ${this.socket.state.reason}`);
      const left = await this.#unsynced(ids);
      if (left.length === 0) break;
      if (Date.now() > until) throw new TeamOfflineError(`still syncing after ${Math.round(timeoutMs / 1000)} s: ${left.length} document(s) differ from the server's`);
      await pause(100);
    }
    for (const id of ids) await this.reconcile(id);
    const accounts: SyncReport['accounts'] = [];
    for (const id of ids) {
      const handles = this.#handles.get(id)!;
      const before = start.get(id)!;
      let received = 0;
      for (const [part, handle] of Object.entries(handles)) {
        const mine = Automerge.getActorId(handle.doc());
        received += Automerge.getChangesMetaSince(handle.doc(), before[part] ?? []).filter((c) => c.actor !== mine).length;
      }
      this.#received.set(id, (this.#received.get(id) ?? 0) + received);
      accounts.push({ id, name: this.workspace.has(id) ? this.workspace.get(id).name : id, level: this.file.accounts[id]!.level, sent: this.#sent.get(id) ?? 0, received });
    }
    return {
      sent: accounts.reduce((n, a) => n + a.sent, 0),
      received: accounts.reduce((n, a) => n + a.received, 0),
      accounts,
      revoked: refreshed.revoked,
      conflicts: this.conflicts(),
    };
  }

  /** Document ids whose heads differ from the server's. */
  async #unsynced(ids: string[]): Promise<string[]> {
    const local = new Map<string, string[]>();
    for (const id of ids) for (const h of Object.values(this.#handles.get(id) ?? {})) local.set(h.documentId, h.heads());
    const { heads } = await this.api.heads([...local.keys()]);
    return [...local].filter(([doc, mine]) => {
      const theirs = heads[doc];
      return theirs !== null && theirs !== undefined && !sameJson([...mine].sort(), [...theirs].sort());
    }).map(([doc]) => doc);
  }

  /** Fields two members changed at once, with both values and who wrote each. */
  /**
   * Fields two members changed at once, with both values and who wrote them: of one account, or
   * of all. Walking a document is dear and the page asks every few seconds, so each account's list
   * is kept until its documents' heads move.
   */
  conflicts(account?: string): Conflict[] {
    const out: Conflict[] = [];
    for (const [id, handles] of this.#handles) {
      if (account !== undefined && id !== account) continue;
      const heads = JSON.stringify(Object.values(handles).map((h) => Automerge.getHeads(h.doc())));
      const known = this.#conflicts.get(id);
      if (known?.heads === heads) {
        out.push(...known.list);
        continue;
      }
      const authors = (handles.index?.doc() as { authors?: Record<string, string> } | undefined)?.authors ?? {};
      const list = LEVEL_PARTS.flatMap((part) => {
        const h = handles[part];
        return h ? conflictsOf(h.doc(), { account: id, part, authors }) : [];
      });
      this.#conflicts.set(id, { heads, list });
      out.push(...list);
    }
    return out;
  }

  /**
   * Keeps one value of a field two members changed at once: written again over both (Automerge
   * then holds that one), and the account file follows through a reconcile like any change.
   * False when the account's document of that level is not held here.
   */
  async keep(account: string, part: LevelPart, path: string[], value: Json): Promise<boolean> {
    const handle = this.#handles.get(account)?.[part];
    if (!handle || path.length === 0) return false;
    handle.change((doc) => {
      let node: JsonObject = doc;
      for (const key of path.slice(0, -1)) {
        const next = node[key];
        if (typeof next !== 'object' || next === null || Array.isArray(next)) return;
        node = next;
      }
      node[path.at(-1)!] = JSON.parse(JSON.stringify(value)) as Json;
    });
    await this.reconcile(account);
    return true;
  }

  /** Calls `listener` each time teammates' changes were written into a local account. */
  onApplied(listener: (event: AppliedChange) => void): () => void {
    this.#appliedListeners.add(listener);
    return () => this.#appliedListeners.delete(listener);
  }

  /**
   * Keeps syncing in the background (the app): every `everyMs`, and at once on each reconnect,
   * asks what is shared now, reconciles every account and counts what the server still lacks.
   */
  start(everyMs = 5000): void {
    if (this.#loop || this.#closed) return;
    const tick = () => void this.#tick();
    this.#loop = setInterval(tick, everyMs);
    this.#loop.unref();
    this.socket.onState((s) => {
      if (s.status === 'connected') tick();
    });
    tick();
  }

  #ticking = false;
  async #tick(): Promise<void> {
    if (this.#ticking || this.#closed || this.socket.state.status !== 'connected') return;
    this.#ticking = true;
    try {
      await this.refresh();
      const ids = this.#activeIds();
      for (const id of ids) if (!this.#isSettled(id)) await this.reconcile(id);
      this.#waiting = await this.#waitingCount(ids);
      this.#lastProblem = null;
    } catch (e) {
      this.#lastProblem = e instanceof Error ? e.message : String(e);
    } finally {
      this.#ticking = false;
    }
  }

  /** Changes of this laptop's documents the server does not hold (by the heads it reports). */
  async #waitingCount(ids: string[]): Promise<number> {
    const handles = ids.flatMap((id) => Object.values(this.#handles.get(id) ?? {}));
    const { heads } = await this.api.heads(handles.map((h) => h.documentId));
    let waiting = 0;
    for (const h of handles) {
      const theirs = heads[h.documentId];
      if (!theirs) continue;
      const doc = h.doc();
      // Heads of the server's this laptop does not have: it is behind, not ahead, on those.
      const known = decodeHeads(theirs as UrlHeads).filter((head) => holds(doc, [head]));
      waiting += Automerge.getChangesMetaSince(doc, known).length;
    }
    return waiting;
  }

  /** One look at the server now (for `bidmap team status`): waits up to `ms` for the connection. */
  async check(ms = 5000): Promise<void> {
    const until = Date.now() + ms;
    while (this.socket.state.status === 'connecting' && Date.now() < until) await pause(50);
    await this.#tick();
    // What the round itself just wrote (a new session signs the index) is on its way: a moment
    // for it to arrive, so the count is of what waits, not of what is in flight.
    const settle = Date.now() + 2000;
    while (this.#waiting && this.socket.state.status === 'connected' && Date.now() < settle) {
      await pause(100);
      this.#waiting = await this.#waitingCount(this.#activeIds()).catch(() => this.#waiting);
    }
  }

  /** What Settings › Team and `bidmap team status` show. */
  status(): TeamStatus {
    return {
      server: this.file.server,
      name: this.file.name,
      connection: this.socket.state,
      waiting: this.#waiting,
      problem: this.#lastProblem,
      accounts: Object.entries(this.file.accounts).map(([id, a]) => ({
        id,
        name: this.workspace.has(id) ? this.workspace.get(id).name : id,
        level: a.level,
        revokedAt: a.revokedAt ?? null,
      })),
    };
  }

  /** Waits for reconciles under way, writes the documents and stops syncing. */
  async close(): Promise<void> {
    if (this.#closed) return;
    clearInterval(this.#loop);
    // Documents still on their way are not waited for: the account file holds every edit, and the
    // base recorded in team.json lets the next session send them.
    this.#stop.abort();
    for (const [id, timer] of this.#timers) {
      clearTimeout(timer);
      await this.reconcile(id).catch(() => undefined);
    }
    this.#closed = true;
    this.#unsubscribe();
    await Promise.all([...this.#queues.values()].map((q) => q.catch(() => undefined)));
    await shutdownRepo(this.repo);
    await this.#storage.close();
  }
}

/** The account the documents hold, or an error that says in words why it cannot be used here. */
function materialiseOrSay(held: HeldDocuments): Account {
  const kept = 'your copy stays as it is';
  newerSays(held.index.schemaVersion, kept);
  return validOrSay(() => materialise(held), kept);
}

/** An account as the server joined it, checked here like any other (updatedAt: this laptop's own). */
function checkedOrSay(joined: JsonObject, updatedAt: string): Account {
  const kept = 'nothing was added to this workspace';
  newerSays(typeof joined.schemaVersion === 'number' ? joined.schemaVersion : 0, kept);
  return validOrSay(() => checkAccount({ ...joined, updatedAt }), kept);
}

function newerSays(schemaVersion: number, kept: string) {
  if (schemaVersion > ACCOUNT_SCHEMA_VERSION)
    throw new Error(`it was written by a newer Bidmap (account format ${schemaVersion}, this one reads ${ACCOUNT_SCHEMA_VERSION}): update Bidmap to sync it; ${kept}`);
}

function validOrSay(read: () => Account, kept: string): Account {
  try {
    return read();
  } catch (e) {
    const issue = e instanceof ZodError ? e.issues[0] : undefined;
    throw new Error(`the team's copy is not a valid account here${issue ? ` (${issue.message} at ${issue.path.join('.')})` : ''}; ${kept}`, { cause: e });
  }
}

type LevelPart = Exclude<TeamPart, 'index'>;
const LEVEL_PARTS = TEAM_PARTS.filter((p): p is LevelPart => p !== 'index');

/** The parts a member at `level` holds: the index and each level document up to theirs. */
export const partsOf = (level: RedactionLevel): TeamPart[] => TEAM_PARTS.filter((p) => p === 'index' || sees(level, p));

function projected(account: Account): Record<TeamPart, JsonObject> {
  const docs = projectAccount(account);
  for (const f of LOCAL_ONLY) delete docs.map[f];
  return { index: { ...docs.index } as unknown as JsonObject, map: docs.map, team: docs.team, full: docs.full };
}

const withoutLocal = (a: Account): JsonObject => {
  const copy = { ...a } as unknown as JsonObject;
  for (const f of LOCAL_ONLY) delete copy[f];
  return copy;
};

/** The documents as materialise takes them, or null while the index has not arrived. */
function readDocuments(handles: Handles, parts: TeamPart[]): Partial<Record<TeamPart, JsonObject>> {
  return Object.fromEntries(parts.map((p) => [p, plainJson(handles[p]!.doc())]));
}

/** Names this laptop's Automerge actor in the index, so a conflict can say who wrote each value. */
function signAs(index: JsonObject, actor: string, name: string) {
  const authors = (index.authors ??= {}) as JsonObject;
  if (authors[actor] !== name) authors[actor] = name;
}

/** The names of the members whose changes a set of documents holds since `heads` (part → heads). */
function authorsSince(handles: Handles, heads: Record<string, string[]>): string[] {
  const authors = ((handles.index?.doc() as { authors?: Record<string, string> } | undefined)?.authors ?? {}) as Record<string, string>;
  const names = new Set<string>();
  // This laptop's own changes (its actors sign the index as they first write) are not a teammate's.
  const mine = new Set(Object.values(handles).map((h) => Automerge.getActorId(h.doc())));
  for (const [part, h] of Object.entries(handles)) {
    const since = heads[part] ?? [];
    let metas: Automerge.ChangeMetadata[];
    try {
      metas = Automerge.getChangesMetaSince(h.doc(), since);
    } catch {
      continue;
    }
    for (const m of metas) if (!mine.has(m.actor) && authors[m.actor]) names.add(authors[m.actor]!);
  }
  return [...names].sort();
}

/** Whether a document holds every one of `heads` (false for a head it cannot read). */
function holds(doc: Automerge.Doc<unknown>, heads: string[]): boolean {
  try {
    return Automerge.hasHeads(doc, heads);
  } catch {
    return false;
  }
}

const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Resolves once a document holds `heads` (its changes arriving in more than one message), or rejects (WaitEnded) when `signal` aborts. */
async function arrival(handle: DocHandle<JsonObject>, heads: string[], signal: AbortSignal): Promise<void> {
  let look = () => {};
  try {
    await untilAborted(
      new Promise<void>((resolve) => {
        look = () => void (holds(handle.doc(), heads) && resolve());
        handle.on('change', look);
        look();
      }),
      signal,
    );
  } finally {
    handle.off('change', look);
  }
}

export { teamPaths };
