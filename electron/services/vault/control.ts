import type { VaultChange, VaultStatus } from '../../../shared/model/vault';
import { DEFAULT_IDLE_LOCK_MINUTES } from '../../../shared/model/vault';
import { ServiceError, serviceText } from '../errors';
import { Workspace } from '../store/workspace';
import type { Resealed } from './convert';
import type { DeviceKeys } from './device-keys';
import { changePassphrase, disableEncryption, enableEncryption, finishPending, keysFor, vaultOf } from './encryption';
import { PLAIN, type FileCodec } from './file-codec';
import { readKeyring, wipe, writeKeyring, type DataKeys, type KdfCost, type Keyring } from './keyring';
import { Vault } from './vault';

/** The session's open folder, as the vault control sees it. */
export interface OpenFolder {
  dir(): string;
  /** The open workspace, or null while the folder is locked. */
  workspace(): Workspace | null;
  /** Replaces the open workspace (null: locked); the session closes nothing itself. */
  setWorkspace(ws: Workspace | null): void;
}

const rewritten = (r: Resealed | null) => r?.rewritten ?? 0;

/**
 * Encryption of the open workspace: unlock, lock, turn on, change the passphrase, turn off,
 * remember on this device. A change closes the workspace (every pending save written), rewrites
 * its files, then opens it again; whatever fails, the folder is opened again as its keyring says,
 * so the user is never left with a closed workspace and keys in hand.
 */
export class VaultControl {
  private vault: Vault | null = null;

  constructor(
    private readonly folder: OpenFolder,
    private readonly device: DeviceKeys,
    private readonly cost?: KdfCost,
  ) {}

  /**
   * How to open a folder at start or on a switch: plain, with remembered keys, or with a passphrase
   * given up front (the CLI); null when it stays locked until `unlock`. Finishes a change a crash
   * cut short. Touches nothing of the folder open now: `adopt` the codec once that one is closed.
   */
  async codecFor(dir: string, passphrase?: string): Promise<FileCodec | null> {
    const keyring = await readKeyring(dir);
    if (!keyring) return PLAIN;
    let keys: DataKeys | null = null;
    if (passphrase !== undefined) keys = await keysFor(keyring, passphrase);
    else keys = (await this.device.recall(keyring.workspaceId))?.keys ?? null;
    if (!keys || !keyring.keys.every((k) => keys.has(k.id))) {
      if (keys) wipe(keys); // remembered before a change of passphrase on another device: ask
      return null;
    }
    return this.finish(dir, keyring, keys);
  }

  /** The codec the open folder now uses (from `codecFor`); the keys of the one before are forgotten. */
  adopt(codec: FileCodec | null): void {
    if (codec === this.vault) return;
    this.forgetKeys();
    if (codec instanceof Vault) this.vault = codec;
  }

  private async finish(dir: string, keyring: Keyring, keys: DataKeys): Promise<FileCodec> {
    const finished = await finishPending(dir, keyring, keys);
    if (!finished.keyring) {
      wipe(keys);
      return PLAIN;
    }
    return vaultOf(finished.keyring, keys);
  }

  private forgetKeys(): void {
    this.vault?.close();
    this.vault = null;
  }

  async status(): Promise<VaultStatus> {
    const dir = this.folder.dir();
    const keyring = await readKeyring(dir);
    return {
      encrypted: keyring !== null,
      locked: this.folder.workspace() === null,
      idleLockMinutes: keyring?.idleLockMinutes ?? DEFAULT_IDLE_LOCK_MINUTES,
      remembered: keyring !== null && (await this.device.has(keyring.workspaceId)),
      rememberRefused: this.device.refusal(),
      unfinished: keyring?.pending ?? null,
      path: dir,
    };
  }

  private refuseRemember(): void {
    const refused = this.device.refusal();
    if (refused) throw new ServiceError('invalidInput', serviceText('cannotRemember', { reason: refused }));
  }

  async unlock(passphrase: string, remember: boolean): Promise<VaultStatus> {
    if (this.folder.workspace()) return this.status();
    if (remember) this.refuseRemember();
    const dir = this.folder.dir();
    const keyring = await readKeyring(dir);
    if (!keyring) throw new ServiceError('invalidInput', serviceText('notEncrypted'));
    const codec = await this.finish(dir, keyring, await keysFor(keyring, passphrase));
    this.adopt(codec);
    if (remember && this.vault) await this.rememberKeys(keyring.workspaceId);
    this.folder.setWorkspace(await Workspace.open(dir, codec));
    return this.status();
  }

  /** Writes every pending save, closes the workspace and forgets the keys. */
  async lock(): Promise<VaultStatus> {
    const ws = this.folder.workspace();
    if (!ws || !this.vault) return this.status();
    await ws.close();
    this.folder.setWorkspace(null);
    this.forgetKeys();
    return this.status();
  }

  private open(): Workspace {
    const ws = this.folder.workspace();
    if (!ws) throw new ServiceError('needsPassphrase', serviceText('workspaceLocked'));
    return ws;
  }

  /** Closes the workspace, runs `change` over its folder, and opens it again whatever happened. */
  private async rewrite(change: () => Promise<{ codec: FileCodec; files: number }>): Promise<VaultChange> {
    const dir = this.folder.dir();
    await this.open().close();
    this.folder.setWorkspace(null);
    let done: { codec: FileCodec; files: number };
    try {
      done = await change();
      this.folder.setWorkspace(await Workspace.open(dir, done.codec));
    } catch (e) {
      await this.reopenAfterFailure(dir);
      throw e;
    }
    return { files: done.files, status: await this.status() };
  }

  /** After a failed change: the folder as its keyring now says, with the keys still in memory. */
  private async reopenAfterFailure(dir: string): Promise<void> {
    try {
      const keyring = await readKeyring(dir);
      let codec: FileCodec | null = PLAIN;
      if (keyring) {
        const keys = this.vault?.exportKeys() ?? null;
        this.forgetKeys();
        if (keys && keyring.keys.every((k) => keys.has(k.id))) codec = this.vault = vaultOf(keyring, keys);
        else {
          if (keys) wipe(keys);
          codec = null; // the new passphrase unlocks it, and finishes the change
        }
      }
      this.folder.setWorkspace(codec ? await Workspace.open(dir, codec) : null);
    } catch (e) {
      console.error('bidmap: reopening the workspace after a failed change of encryption:', e);
      this.folder.setWorkspace(null);
    }
  }

  enable(passphrase: string, idleLockMinutes: number, remember: boolean): Promise<VaultChange> {
    this.open();
    if (remember) this.refuseRemember();
    return this.rewrite(async () => {
      const done = await enableEncryption(this.folder.dir(), passphrase, { idleLockMinutes, cost: this.cost });
      this.vault = vaultOf(done.keyring, done.keys);
      if (remember) await this.rememberKeys(done.keyring.workspaceId);
      return { codec: this.vault, files: rewritten(done.resealed) };
    });
  }

  change(current: string, next: string): Promise<VaultChange> {
    this.open();
    return this.rewrite(async () => {
      const dir = this.folder.dir();
      const before = await readKeyring(dir);
      const wasRemembered = before !== null && (await this.device.has(before.workspaceId));
      const done = await changePassphrase(dir, current, next, { cost: this.cost });
      this.forgetKeys();
      this.vault = vaultOf(done.keyring, done.keys);
      // Remembered keys are the old ones: remember the new, or they would unlock nothing.
      if (wasRemembered) await this.rememberKeys(done.keyring.workspaceId).catch(() => this.device.forget(done.keyring.workspaceId));
      return { codec: this.vault, files: rewritten(done.resealed) };
    });
  }

  disable(passphrase: string): Promise<VaultChange> {
    this.open();
    return this.rewrite(async () => {
      const dir = this.folder.dir();
      const before = await readKeyring(dir);
      const resealed = await disableEncryption(dir, passphrase);
      if (before) await this.device.forget(before.workspaceId);
      this.forgetKeys();
      return { codec: PLAIN, files: resealed.rewritten };
    });
  }

  async setIdleLock(minutes: number): Promise<VaultStatus> {
    this.open();
    const dir = this.folder.dir();
    const keyring = await readKeyring(dir);
    if (!keyring) throw new ServiceError('invalidInput', serviceText('notEncrypted'));
    await writeKeyring(dir, { ...keyring, idleLockMinutes: minutes });
    return this.status();
  }

  async remember(on: boolean): Promise<VaultStatus> {
    this.open();
    const keyring = await readKeyring(this.folder.dir());
    if (!keyring || !this.vault) throw new ServiceError('invalidInput', serviceText('notEncrypted'));
    if (on) {
      this.refuseRemember();
      await this.rememberKeys(keyring.workspaceId);
    } else {
      await this.device.forget(keyring.workspaceId);
    }
    return this.status();
  }

  private async rememberKeys(workspaceId: string): Promise<void> {
    const keys = this.vault!.exportKeys();
    try {
      await this.device.remember(workspaceId, keys, this.vault!.current);
    } finally {
      wipe(keys);
    }
  }

  /** The session is closing. */
  close(): void {
    this.forgetKeys();
  }
}
